// An in-memory PaneActions for component tests: answers from what each test sets, records every
// call, and can refuse a call the way Excel does (for example while the user edits a cell).
import type {
  ChangePreview,
  ChangeRequest,
  CheckReport,
  DeadlineReport,
  LetterSheetReport,
  LetterSheetsReport,
  PaneActions,
  PaneSettings,
  Placement,
  ResultChoices,
  RunControl,
  SourceOption,
  SourceRef,
  WriteReport,
} from "../../../src/app/pane-actions";
import type { Diagnostic } from "../../../src/core/diagnostics";
import type { Lang } from "../../../src/core/i18n/catalog";
import type { LetterChoice } from "../../../src/core/letter/letter-source";
import type { LetterTable } from "../../../src/core/letter/letter-table";
import type { LetterSheetSpec } from "../../../src/core/letter-reading/letter-sheets";
import type { CopyOutcome } from "../../../src/taskpane/clipboard";

/** Shaped like OfficeExtension.Error: a code and a message. */
export class HostError extends Error {
  constructor(readonly code: string, message = code) {
    super(message);
  }
}

export const cellEditError = () => new HostError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");

type Answer<T> = T | Error | (() => T | Error);

export class FakePaneActions implements PaneActions {
  sources: readonly SourceOption[] = [];
  checkAnswers: Answer<CheckReport>[] = [];
  previewAnswers: Answer<ChangePreview>[] = [];
  writeAnswers: Answer<WriteReport>[] = [];
  flagAnswers: Answer<DeadlineReport>[] = [];
  statusAnswers: Answer<WriteReport>[] = [];
  highlightAnswers: Answer<number>[] = [];
  clearAnswers: Answer<number>[] = [];
  selectAnswers: Answer<void>[] = [];
  letterSheetAnswers: Answer<LetterSheetReport>[] = [];
  copyAnswers: Answer<CopyOutcome>[] = [];
  letterSheetsAnswers: Answer<LetterSheetsReport>[] = [];
  readonly calls: Array<{ method: keyof PaneActions; args: unknown[] }> = [];
  /** Who watches which source now (watchSource), for `userEdits`. */
  readonly watchers = new Set<{ source: SourceRef; onChange: () => void }>();

  private answer<T>(queue: Answer<T>[], fallback?: T): Promise<T> {
    const next = queue.length > 1 ? queue.shift()! : queue[0];
    const value = typeof next === "function" ? (next as () => T | Error)() : next;
    if (value instanceof Error) return Promise.reject(value);
    if (value === undefined && fallback === undefined) return Promise.reject(new Error("FakePaneActions: no answer set for this call"));
    return Promise.resolve((value ?? fallback) as T);
  }

  callsOf(method: keyof PaneActions): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  listSources() {
    this.calls.push({ method: "listSources", args: [] });
    return Promise.resolve(this.sources);
  }
  /** The progress callback and Avbryt signal the pane handed each check, in order. */
  readonly checkControls: RunControl[] = [];
  /** While set, a check waits for this answer (a long read the test drives through `checkControls`). */
  checkHeld: Promise<CheckReport> | null = null;
  check(source: SourceRef, settings: PaneSettings, choices?: ResultChoices, control?: RunControl) {
    this.calls.push({ method: "check", args: choices ? [source, settings, choices] : [source, settings] });
    if (control) this.checkControls.push(control);
    return this.checkHeld ?? this.answer(this.checkAnswers);
  }
  watchSource(source: SourceRef, onChange: () => void) {
    this.calls.push({ method: "watchSource", args: [source] });
    const w = { source, onChange };
    this.watchers.add(w);
    return Promise.resolve(() => {
      this.watchers.delete(w);
      return Promise.resolve();
    });
  }
  /** The user edits a cell of `sheet`: every watcher of that sheet is told, as the worksheet handler would. */
  userEdits(sheet: string) {
    for (const w of [...this.watchers]) if (w.source.sheet === sheet) w.onChange();
  }
  selectCell(address: string) {
    this.calls.push({ method: "selectCell", args: [address] });
    return this.selectAnswers.length ? this.answer(this.selectAnswers) : Promise.resolve();
  }
  highlight(diagnostics: readonly Diagnostic[], lang: Lang) {
    this.calls.push({ method: "highlight", args: [diagnostics, lang] });
    return this.answer(this.highlightAnswers, diagnostics.length);
  }
  clearHighlight() {
    this.calls.push({ method: "clearHighlight", args: [] });
    return this.answer(this.clearAnswers);
  }
  previewChanges(request: ChangeRequest, settings: PaneSettings) {
    this.calls.push({ method: "previewChanges", args: [request, settings] });
    return this.answer(this.previewAnswers);
  }
  writeChanges(request: ChangeRequest, placement: Placement, settings: PaneSettings, lang: Lang) {
    this.calls.push({ method: "writeChanges", args: [request, placement, settings, lang] });
    return this.answer(this.writeAnswers);
  }
  writeLetterTable(request: ChangeRequest, choice: LetterChoice, settings: PaneSettings, lang: Lang) {
    this.calls.push({ method: "writeLetterTable", args: [request, choice, settings, lang] });
    return this.answer(this.letterSheetAnswers);
  }
  copyLetterTable(table: LetterTable, paragraphs: ReadonlyArray<readonly string[]>, choice: LetterChoice) {
    this.calls.push({ method: "copyLetterTable", args: [table, paragraphs, choice] });
    return this.answer(this.copyAnswers);
  }
  flagDeadlines(source: SourceRef, settings: PaneSettings) {
    this.calls.push({ method: "flagDeadlines", args: [source, settings] });
    return this.answer(this.flagAnswers);
  }
  writeDeadlineStatus(source: SourceRef, settings: PaneSettings, lang: Lang) {
    this.calls.push({ method: "writeDeadlineStatus", args: [source, settings, lang] });
    return this.answer(this.statusAnswers);
  }
  writeLetterSheets(sheets: readonly LetterSheetSpec[]) {
    this.calls.push({ method: "writeLetterSheets", args: [sheets] });
    return this.answer(this.letterSheetsAnswers);
  }
}

export const SEED_SOURCES: readonly SourceOption[] = [
  { sheet: "Notater", kinds: [] },
  { sheet: "Tildeling", kinds: ["allocations"], address: "Tildeling!A1:C7" },
  { sheet: "Endringer", kinds: ["changes"], address: "Endringer!A1:C5" },
  { sheet: "Oppdrag", table: "OppdragTabell", kinds: ["assignments"], address: "Oppdrag!A1:E8" },
];
