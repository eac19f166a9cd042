// PROVISIONAL: replaced by the bridge to src/excel once the adapter lands.
import type { PaneActions } from "./actions";
import type { RequirementChecker } from "../excel/requirements";

export function officeRequirements(): RequirementChecker | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.requirements ?? null) : null;
  } catch {
    return null;
  }
}

export function createPaneActions(): PaneActions {
  const missing = (): Promise<never> => Promise.reject(new Error("The Excel adapter is not built yet"));
  return {
    listSources: missing,
    check: missing,
    selectCell: missing,
    highlight: missing,
    clearHighlight: missing,
    previewChanges: missing,
    writeChanges: missing,
    flagDeadlines: missing,
    writeDeadlineStatus: missing,
  };
}
