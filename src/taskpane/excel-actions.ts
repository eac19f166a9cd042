// The pane's bridge to Excel: PaneActions as implemented by the Office.js adapter (src/excel),
// reaching Excel through the page's globals (`Excel.run`, `Office.context.requirements`), plus
// the browser's clipboard for "Kopier til brev".
// Components import nothing from here; App creates the actions once and hands them down.
import { createExcelActions } from "../excel/actions";
import { hostFromGlobals } from "../excel/host";
import type { RequirementChecker } from "../excel/requirements";
import type { PaneActions } from "../app/pane-actions";
import { copyLetterTable } from "./clipboard";

export function createPaneActions(): PaneActions {
  return {
    ...createExcelActions(hostFromGlobals()),
    // The paragraphs come placed (blocks with their sentences) from composeLetter.
    copyLetterTable: (table, paragraphs) => copyLetterTable(table, { caption: true, paragraphs }),
  };
}

/** The host's requirement-set check; null when Office offers none (the pane then explains). */
export function officeRequirements(): RequirementChecker | null {
  try {
    return hostFromGlobals().requirements;
  } catch {
    return null;
  }
}
