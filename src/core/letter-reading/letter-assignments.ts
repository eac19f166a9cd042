// Assignments (oppdrag) in a letter's running text. An assignment starts at a heading that begins
// with its id ("Oppdrag 2024-t4:1 Poststruktur og postbruk", "Oppdrag 2023:61 om … anses ikke som
// avsluttet og ny frist settes til utgangen av 2025.") or ends with one ("… – til oppdrag
// 2022:55"), and runs to the next such heading or section heading. Inside it: "Frist:" (the
// deadline), "ny frist" (a revised one), "Del 1: … Frist …" (parts), "Oppdrag nr (Udir): 2024-018"
// (another numbering of the same task) and "anser oppdraget som avsluttet" (closed). Ids named in
// passing inside other text are mentions, not assignments.
import type { CalendarDate } from "../deadlines/calendar-date";
import { findDateCandidates } from "../deadlines/find-dates";
import { parseDeadlineText } from "../deadlines/parse-deadline";
import { type Diagnostic, diagnostic } from "../diagnostics";
import type { LetterSource } from "./document";
import { type Paragraph, isBullet, sentencesOf, withoutBullet } from "./flow";
import type { LetterAssignment, LetterAssignmentPart } from "./types";

// The id forms of DOMAIN.md: 2024-t4:1, 2024 t-4:2, 2023:61, TB2026-17, TTB2024-41, 13/2024, 2024-018.
export const ASSIGNMENT_ID = String.raw`(?:\d{4}\s?-?\s?t-?\d{1,2}:\d{1,3}|T?TB\s?\d{4}-\d{1,3}|\d{4}:\d{1,3}|\d{1,3}\/\d{4}|\d{4}-\d{2,3})`;
const HEAD = new RegExp(String.raw`^oppdrag\s+(?:nr\.?\s*)?(${ASSIGNMENT_ID})(?![\d/-]|:\d)\s*(.*)$`, "iu");
const TAIL = new RegExp(String.raw`^(.*?)\s*[–-]\s*(?:til|jf\.?|gjelder)\s+oppdrag\s+(?:nr\.?\s*)?(${ASSIGNMENT_ID})(?![\d/-]|:\d)\s*(.*)$`, "iu");
const OTHER_ID = new RegExp(String.raw`\boppdrag\s*(?:nr\.?|nummer)\s*\(([^)]+)\)\s*:?\s*(${ASSIGNMENT_ID})`, "iu");
const PART = /^(del\s+\d{1,2})\s*[:.–-]\s*(.*)$/iu;
const FRIST = /\b(ny\s+)?frist(?:en)?\b(?:\s+(?:for\s+\p{L}+\s+)?(?:er|settes\s+til|blir|vert|:))?\s*:?\s*/giu;
const CLOSED = /\b(?:anse[rs]|reknar|vert\s+rekna)\s+(?:oppdraget\s+)?som\s+(?:avsluttet|avslutta)\b|\boppdraget\s+(?:er|blir|vert)\s+(?:avsluttet|avslutta)\b/iu;
const CONDITIONAL = /^(?:når|dersom|hvis|om)\b/iu;
const RESPONSIBLE = /([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)*)\s+er\s+(?:lederdirektorat|ansvarlig|hovedansvarlig)\b/u;
// A title line that stops mid-phrase goes on on the next line ("… og utvikling av" / "nasjonale faglige råd").
const OPEN_END = /(?:\s(?:av|og|om|til|for|i|med|på|ved|fra|samt|eller)|-)$/iu;
// A sentence after the id, not a title: the inline form "Oppdrag 2023:61 om … anses …".
const VERB = /\s(?:anses|anser|skal|bes|er|blir|vil|må|ble|har|vert|blei|viser|ber)\s/iu;

const KAP_HEADING = /^kap\.?\s*\d{1,4}\s+\p{L}/iu;

/** A paragraph that ends an assignment: a section heading ("Pågående oppdrag", "3. Rapportering", "Med hilsen") or a "Kap. 351 …" heading. */
export function endsSection(p: Paragraph): boolean {
  return p.heading || (p.lines.length === 1 && KAP_HEADING.test(p.lines[0].text));
}

export interface Heading {
  readonly id: string;
  readonly title: string;
  /** The rest of the heading's paragraph after the title: inline text about the assignment. */
  readonly rest: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("nb") + text.slice(1);
}

/** The heading an assignment starts with, or null. */
export function assignmentHeading(paragraph: Paragraph): Heading | null {
  const first = paragraph.lines[0]?.text ?? "";
  const head = HEAD.exec(first);
  if (head) {
    const id = head[1];
    let after = head[2];
    if (after.startsWith(":")) {
      // "Oppdrag 2023:30: BFD viser til …": a sentence follows, not a title.
      return { id, title: "", rest: paragraph.text.slice(paragraph.text.indexOf(after) + 1).trim() };
    }
    const inline = /^om\s+/iu.exec(after);
    if (inline) {
      const text = paragraph.text.slice(paragraph.text.indexOf(after) + inline[0].length);
      const verb = VERB.exec(text);
      return { id, title: capitalise((verb ? text.slice(0, verb.index) : text).trim()), rest: verb ? text.slice(verb.index).trim() : "" };
    }
    // The title is the heading line, and the next lines while the line stops mid-phrase.
    let k = 1;
    while (k < paragraph.lines.length && (OPEN_END.test(after) || /^\p{Ll}/u.test(paragraph.lines[k].text)) && !VERB.test(` ${paragraph.lines[k].text} `)) {
      after = `${after} ${paragraph.lines[k].text}`;
      k++;
    }
    return { id, title: after.trim(), rest: paragraph.lines.slice(k).map((l) => l.text).join(" ") };
  }
  const tail = TAIL.exec(paragraph.text);
  if (tail && tail[1].trim() !== "" && !/[.!?]/u.test(tail[1])) return { id: tail[2], title: tail[1].trim(), rest: tail[3] };
  return null;
}

interface DeadlineFound {
  readonly date: CalendarDate | null;
  readonly text: string;
  readonly revised: boolean;
}

/** The deadline a paragraph states after "frist" (or "ny frist"), the first date after the word. */
export function deadlineIn(text: string, defaultYear: number | undefined): DeadlineFound | null {
  FRIST.lastIndex = 0;
  for (let m = FRIST.exec(text); m !== null; m = FRIST.exec(text)) {
    const after = text.slice(m.index + m[0].length);
    const lower = after.toLowerCase();
    const candidate = findDateCandidates(lower)[0];
    // The date must follow the word closely, not stand three sentences later.
    if (!candidate || candidate.index > 40) continue;
    const written = after.slice(candidate.index, candidate.end);
    const parsed = parseDeadlineText(written, defaultYear === undefined ? {} : { defaultYear });
    return { date: parsed.date, text: written.trim(), revised: m[1] !== undefined };
  }
  return null;
}

interface PartRead {
  readonly part: LetterAssignmentPart;
  /** The paragraph's text after the part's own sentence and deadline: more about the assignment. */
  readonly rest: string;
}

function partOf(text: string, defaultYear: number | undefined): PartRead | null {
  const m = PART.exec(withoutBullet(text));
  if (!m) return null;
  // The part is its first sentence, and its deadline when "Frist" follows straight after.
  const own = /^(.*?[.!?])(?:\s+(?:[Nn]y\s+)?[Ff]rist\b[^!?]*?\d{4}\.?)?(?=\s+\p{Lu}|\s*$)/u.exec(m[2]);
  const ownText = own ? own[0] : m[2];
  const deadline = deadlineIn(ownText, defaultYear);
  const title = ownText.replace(/\s*(?:\.\s*)?(?:ny\s+)?frist\b.*$/iu, "").replace(/\.$/u, "").trim();
  const part = { part: capitalise(m[1].replace(/\s+/gu, " ")), title, deadline: deadline?.date ?? null, deadlineText: deadline?.text ?? null };
  return { part, rest: m[2].slice(ownText.length).trim() };
}

/** Reads every assignment; `paragraphs` are the letter's running text outside its tables. */
export function readAssignments(paragraphs: readonly Paragraph[], defaultYear: number | undefined, diagnostics: Diagnostic[]): LetterAssignment[] {
  const out: LetterAssignment[] = [];
  let current: { heading: Heading; source: LetterSource; body: Paragraph[] } | null = null;
  const finish = (): void => {
    if (current) out.push(build(current.heading, current.source, current.body, defaultYear, diagnostics));
    current = null;
  };
  for (const p of paragraphs) {
    const heading = assignmentHeading(p);
    if (heading) {
      finish();
      current = { heading, source: { ...p.lines[0].place, text: p.text }, body: [] };
      continue;
    }
    if (endsSection(p)) {
      finish();
      continue;
    }
    current?.body.push(p);
  }
  finish();
  return out;
}

function build(heading: Heading, source: LetterSource, body: readonly Paragraph[], defaultYear: number | undefined, diagnostics: Diagnostic[]): LetterAssignment {
  const texts = [heading.rest, ...body.map((p) => p.text)].filter((t) => t !== "");
  const parts = new Map<string, LetterAssignmentPart>();
  const otherIds: string[] = [];
  let deadline: DeadlineFound | null = null;
  let responsible: string | undefined;
  let closed = false;
  for (const text of texts) {
    const other = OTHER_ID.exec(text);
    if (other) otherIds.push(`${other[1].trim()} ${other[2]}`);
    const read = isBullet(text) || PART.test(text) ? partOf(text, defaultYear) : null;
    if (read) {
      const { part } = read;
      const key = part.part.toLowerCase();
      const seen = parts.get(key);
      // A letter may list the parts twice (summary, then description): the first listing names them.
      if (!seen) parts.set(key, part);
      else if (!seen.deadline && part.deadline) parts.set(key, { ...seen, deadline: part.deadline, deadlineText: part.deadlineText });
    }
    const body = read ? read.rest : text;
    const found = deadlineIn(body, defaultYear);
    // The first deadline stands, unless a later sentence sets a new one.
    if (found && (!deadline || (found.revised && !deadline.revised))) deadline = found;
    for (const sentence of sentencesOf(body)) {
      if (!CONDITIONAL.test(sentence) && CLOSED.test(sentence)) closed = true;
    }
    responsible ??= RESPONSIBLE.exec(body)?.[1];
  }
  if (deadline && deadline.date === null) {
    diagnostics.push(diagnostic("warning", "LR-DEADLINE-UNREAD", { id: heading.id }, { text: deadline.text }));
  }
  return {
    id: heading.id,
    otherIds,
    title: heading.title,
    deadline: deadline?.date ?? null,
    deadlineText: deadline?.text ?? null,
    revised: deadline?.revised ?? false,
    status: closed ? "closed" : "open",
    ...(responsible ? { responsible } : {}),
    parts: [...parts.values()],
    source,
  };
}
