// "Lag brevtabell" / "Kopier til brev" / `tildeling letter-table`: the change table as a letter
// prints it (unit caption, a row per changed line, kap./post blocks, sentences), from the same
// change run as Endringer and `apply`.
import type { ChangeTable } from "../changes/types";
import { type ComposedLetter, type LetterChoice, composeLetter, letterSourceOf } from "../letter/letter-source";
import { type ApplyInput, type ApplyReport, applyChanges } from "./apply-changes";

export interface LetterInput extends ApplyInput {
  /** What the letter shows, and its language (choice.language; Bokmål unless chosen). */
  readonly choice?: LetterChoice;
}

export interface LetterReport {
  readonly run: ApplyReport;
  /** Null when there is no change table (the run's diagnostics say why). */
  readonly letter: ComposedLetter | null;
}

/** The letter of a change table already computed (the command line's `letter-table` after its change run). */
export function letterOf(table: ChangeTable, choice: LetterChoice = {}): ComposedLetter {
  return composeLetter(letterSourceOf(table), choice);
}

export async function buildLetter(input: LetterInput): Promise<LetterReport> {
  const run = await applyChanges(input);
  return { run, letter: run.table ? letterOf(run.table, input.choice) : null };
}
