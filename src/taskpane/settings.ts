// Innstillinger: defaults, validation and what is remembered between sessions. The reference date
// is not remembered: a pane opened tomorrow must judge deadlines against tomorrow.
import { UNITS, type Unit } from "../core/amounts/unit";
import { parseIsoDate, todayInOslo, toIsoDate } from "../core/deadlines/calendar-date";
import { availableChartYears } from "../core/chart/load-chart-async";
import { DEFAULT_SOON_DAYS } from "../core/deadlines/flag";
import type { PaneSettings } from "../app/pane-actions";
import { DEFAULT_LETTER_LANGUAGE, LETTER_LANGUAGES, type LetterLanguage } from "../core/letter/letter-language";

/** The Gul bok years the product ships a chart for (scripts/build-chart.js generates them), oldest first. */
export const CHART_YEARS: readonly number[] = availableChartYears();

export const MAX_SOON_DAYS = 365;

export function defaultSettings(now: Date = new Date()): PaneSettings {
  return {
    referenceDate: toIsoDate(todayInOslo(now)),
    soonDays: DEFAULT_SOON_DAYS,
    unit: "auto",
    // The sheet's own budget year (title, else this year with a warning); a year here overrides it.
    chartYear: "auto",
    letterLanguage: DEFAULT_LETTER_LANGUAGE,
  };
}

export function isValidReferenceDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** A whole number of days from 0 to 365, or null. */
export function parseSoonDays(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text.trim());
  return n <= MAX_SOON_DAYS ? n : null;
}

// v1 remembered the newest Gul bok year as if the user had chosen it; v2 starts from "auto".
const STORAGE_KEY = "tildeling.settings.v2";

/**
 * Office on the web and new Outlook-style hosts partition a pane's local storage by the
 * document's origin; Office.context.partitionKey names the partition, and Microsoft asks that
 * keys be prefixed with it where it is set (it is undefined in desktop Excel).
 */
export function officePartitionKey(): string | undefined {
  try {
    return typeof Office === "undefined" ? undefined : Office.context?.partitionKey || undefined;
  } catch {
    return undefined;
  }
}

function storageKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}${STORAGE_KEY}` : STORAGE_KEY;
}

type Remembered = Pick<PaneSettings, "soonDays" | "unit" | "chartYear" | "letterLanguage">;

interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Some webviews throw on access when storage is disabled.
    return null;
  }
}

/** Defaults overlaid with what was remembered; anything unreadable in storage is ignored. */
export function loadSettings(store: KeyValueStore | null = browserStore(), now: Date = new Date(), partitionKey: string | undefined = officePartitionKey()): PaneSettings {
  const base = defaultSettings(now);
  let saved: Partial<Record<keyof Remembered, unknown>> = {};
  try {
    saved = JSON.parse(store?.getItem(storageKey(partitionKey)) ?? "{}") ?? {};
  } catch {
    saved = {};
  }
  const soonDays = typeof saved.soonDays === "number" && Number.isInteger(saved.soonDays) && saved.soonDays >= 0 && saved.soonDays <= MAX_SOON_DAYS ? saved.soonDays : base.soonDays;
  const unit = saved.unit === "auto" || UNITS.includes(saved.unit as Unit) ? (saved.unit as Unit | "auto") : base.unit;
  const chartYear = saved.chartYear === "workbook" || saved.chartYear === "auto" || CHART_YEARS.includes(saved.chartYear as number) ? (saved.chartYear as PaneSettings["chartYear"]) : base.chartYear;
  const letterLanguage = LETTER_LANGUAGES.includes(saved.letterLanguage as LetterLanguage) ? (saved.letterLanguage as LetterLanguage) : base.letterLanguage;
  return { ...base, soonDays, unit, chartYear, letterLanguage };
}

export function saveSettings(settings: PaneSettings, store: KeyValueStore | null = browserStore(), partitionKey: string | undefined = officePartitionKey()): void {
  const remembered: Remembered = { soonDays: settings.soonDays, unit: settings.unit, chartYear: settings.chartYear, letterLanguage: settings.letterLanguage };
  try {
    store?.setItem(storageKey(partitionKey), JSON.stringify(remembered));
  } catch {
    // Storage full or refused: the settings still apply to this session.
  }
}
