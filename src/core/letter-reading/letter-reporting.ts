// Reporting deadlines a letter sets outside its assignments: "Tertialrapport for 1. tertial sendes
// innen 15. mai 2025", "Årsrapporten skal sendes departementet innen 15. mars 2026". Listed apart
// from the assignments, each with the words it came from.
import { findDateCandidates } from "../deadlines/find-dates";
import { parseDeadlineText } from "../deadlines/parse-deadline";
import type { Paragraph } from "./flow";
import { SECTION, assignmentHeading } from "./letter-assignments";
import type { LetterReporting } from "./types";

const REPORT = /\b(?:\d\.\s*tertial(?:rapport(?:en)?)?|(?:første|andre|tredje)\s+tertial(?:rapport(?:en)?)?|tertialrapport(?:en|ar|er)?|årsrapport(?:en)?|halvårsrapport(?:en)?|delårsrapport(?:en)?|regnskapsrapport(?:en|ar|er)?|rekneskapsrapport(?:en)?)\b/iu;

export function readReporting(paragraphs: readonly Paragraph[], defaultYear: number | undefined): LetterReporting[] {
  const out: LetterReporting[] = [];
  let inAssignment = false;
  for (const p of paragraphs) {
    if (assignmentHeading(p)) {
      inAssignment = true;
      continue;
    }
    if (SECTION.test(p.lines[0].text) && p.lines.length === 1) {
      inAssignment = false;
      continue;
    }
    if (inAssignment) continue;
    for (const sentence of p.text.split(/(?<=[.!?])\s+/u)) {
      const what = REPORT.exec(sentence);
      if (!what) continue;
      const lower = sentence.toLowerCase();
      const candidate = findDateCandidates(lower).find((c) => c.index > what.index);
      if (!candidate) continue;
      const written = sentence.slice(candidate.index, candidate.end).trim();
      const parsed = parseDeadlineText(written, defaultYear === undefined ? {} : { defaultYear });
      out.push({ what: what[0], deadline: parsed.date, deadlineText: written, source: { ...p.lines[0].place, text: sentence } });
    }
  }
  return out;
}
