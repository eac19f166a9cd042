export type { ChangeEntry, ChangeRow, ChangeRowStatus, ChangeSheet, ChangeTable, ChangeTotals, ChapterTotals } from "./types";
export { type ReadChangesOptions, readChanges } from "./read-changes";
export { type ChangeTextOptions, type ChangeTextResult, parseChangeText } from "./change-text";
export { type AllocationInput, type ApplyOptions, type ChangeInput, applyChanges } from "./apply";
export { checkTransfers, transferSums } from "./transfers";
export { gridFromPastedText, readPastedChanges, splitPastedText } from "./paste";
export { findSignWords, directionOf } from "./sign-words";
