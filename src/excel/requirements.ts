// The Excel API requirement sets the adapter uses. One base set is required for everything;
// newer sets switch on refinements (telling "no fill" from white, cell notes), so an older Excel
// still gets the core of every feature and the pane can say what it lacks.

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

/** Office.context.requirements, or anything shaped like it. */
export interface RequirementChecker {
  isSetSupported(name: string, version?: string): boolean;
}

/**
 * ExcelApi 1.7: getRangeByIndexes (row blocks), NamedItem.formula (finding the add-in's ranges),
 * plus what 1.4-1.6 bring (settings, named ranges, *OrNullObject, conditional formats).
 * Excel 2019, Excel 2021, Microsoft 365 and Excel on the web have it.
 */
export const REQUIRED_SETS: readonly RequirementSet[] = [{ name: "ExcelApi", version: "1.7" }];

export interface ExcelFeatures {
  /** RangeFill.tintAndShade (1.9) is null for "No fill": lets Fjern markering restore a white fill exactly. */
  readonly tintAndShade: boolean;
  /** Cell notes (1.18): "Marker i arket" adds the message as a note; without them it only colours. */
  readonly notes: boolean;
  /** RangeAreas (1.9): one conditional format covers many cells of a sheet (Worksheet.getRanges). */
  readonly rangeAreas: boolean;
  /** Range.getColumnProperties (1.9): which columns of a range are hidden, each by itself. */
  readonly columnProperties: boolean;
  /** RunOptions.mergeUndoGroup (1.20): one action is one undo step. */
  readonly mergeUndo: boolean;
  /** RunOptions.delayForCellEdit (1.11): wait for the user to leave the cell instead of failing. */
  readonly delayForCellEdit: boolean;
}

function supported(checker: RequirementChecker | null | undefined, version: string): boolean {
  try {
    return !!checker && checker.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export function missingSets(checker: RequirementChecker | null | undefined, needed: readonly RequirementSet[] = REQUIRED_SETS): RequirementSet[] {
  return needed.filter((set) => {
    try {
      return !checker || !checker.isSetSupported(set.name, set.version);
    } catch {
      return true;
    }
  });
}

export function excelFeatures(checker: RequirementChecker | null | undefined): ExcelFeatures {
  return {
    tintAndShade: supported(checker, "1.9"),
    notes: supported(checker, "1.18"),
    rangeAreas: supported(checker, "1.9"),
    columnProperties: supported(checker, "1.9"),
    mergeUndo: supported(checker, "1.20"),
    delayForCellEdit: supported(checker, "1.11"),
  };
}
