// Reporting deadlines a letter sets outside its assignments: "Tertialrapport for 1. tertial sendes
// innen 15. mai 2025", "Årsrapporten skal sendes departementet innen 15. mars 2026". Listed apart
// from the assignments, each with the words it came from.
import { findDateCandidates } from "../deadlines/find-dates";
import { parseDeadlineText } from "../deadlines/parse-deadline";
import { type Paragraph, sentencesOf } from "./flow";
import { assignmentHeading, endsSection } from "./letter-assignments";
import type { LetterReporting } from "./types";

// (?<!\p{L}) rather than \b: \b is ASCII-only and never stands before "Å" in "Årsrapporten".
const REPORT = /(?<![\p{L}\d])(?:\d\.\s*tertial(?:rapport(?:en)?)?|(?:første|andre|tredje)\s+tertial(?:rapport(?:en)?)?|tertialrapport(?:en|ar|er)?|årsrapport(?:en)?|halvårsrapport(?:en)?|delårsrapport(?:en)?|regnskapsrapport(?:en|ar|er)?|rekneskapsrapport(?:en)?)(?!\p{L})/iu;

export function readReporting(paragraphs: readonly Paragraph[], defaultYear: number | undefined): LetterReporting[] {
  const out: LetterReporting[] = [];
  let inAssignment = false;
  for (const p of paragraphs) {
    if (assignmentHeading(p)) {
      inAssignment = true;
      continue;
    }
    if (endsSection(p)) {
      inAssignment = false;
      continue;
    }
    if (inAssignment) continue;
    for (const sentence of sentencesOf(p.text)) {
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
