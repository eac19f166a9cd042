// Assignment ids are typed by hand and drift: the seed letter writes one series as "2024-t4:1"
// and "2024 t-4:2". Ids are compared by a normalised key (series + number) and always shown as
// written. Forms seen: 2024-t4:1, 2024 t-4:2, 2023:61, 2022:55, TB2026-17, TTB2024-41,
// "oppdrag 13/2024", Udir's 2024-018.
import { normalizeSpaces } from "../sheet/text";

export interface AssignmentId {
  /** As written, without a leading "Oppdrag" / "Oppdrag nr." ("2024 t-4:2"). */
  readonly text: string;
  /** Normalised series ("2024-t4"), or null when the id has no number to split off. */
  readonly series: string | null;
  /** The running number inside the series (1 for "2024-t4:1", 18 for "2024-018"). */
  readonly number: number | null;
  /** Series and number joined ("2024-t4:1"): equal keys mean the same assignment. */
  readonly key: string;
}

const PREFIX = /^(?:(?:oppdrag(?:snummer|nummer|snr\.?)?|tildelingsoppdrag)(?!\p{L}))?\s*(?:(?:nr\.?|nummer)(?!\p{L}))?\s*[:.]?\s*/iu;
// "13/2024": a number within a year, written number first.
const NUMBER_SLASH_YEAR = /^(\d{1,4})\s*\/\s*((?:19|20)\d{2})$/;

/** The id without the words people put in front of it ("Oppdrag nr. 2023:61" -> "2023:61"). */
export function stripIdPrefix(raw: string): string {
  const text = normalizeSpaces(raw);
  const stripped = text.replace(PREFIX, "");
  return stripped === "" ? text : stripped;
}

/** Letter runs and digit runs; a letter run followed by digits is one token ("t-4" -> "t4", "TB2026" -> "tb2026"). */
function tokens(text: string): string[] {
  const raw = text.toLowerCase().match(/\p{L}+|[0-9]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const next = raw[i + 1];
    if (/^\p{L}+$/u.test(t) && next !== undefined && /^[0-9]+$/.test(next)) {
      out.push(t + next);
      i++;
    } else {
      out.push(t);
    }
  }
  return out;
}

export function parseAssignmentId(raw: string): AssignmentId {
  const text = stripIdPrefix(raw);
  const slash = NUMBER_SLASH_YEAR.exec(text);
  if (slash) {
    const number = Number(slash[1]);
    return { text, series: slash[2], number, key: `${slash[2]}:${number}` };
  }
  const parts = tokens(text);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last !== undefined && /^[0-9]+$/.test(last)) {
    const series = parts.slice(0, -1).join("-");
    const number = Number(last);
    return { text, series, number, key: `${series}:${number}` };
  }
  return { text, series: null, number: null, key: parts.join("-") || text.toLowerCase() };
}

/** Same series, whatever the spelling ("2024-t4:1" and "2024 t-4:2"). */
export function sameSeries(a: AssignmentId, b: AssignmentId): boolean {
  return a.series !== null && a.series === b.series;
}
