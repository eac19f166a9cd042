// The pane's settings and a result's choices as the use cases' options: a choice made from the
// result wins over Innstillinger, and "auto" leaves the budget year to the use case.
import type { RunOptions } from "../core/use-cases/workbook";
import type { PaneSettings, ResultChoices } from "./pane-actions";

export function runOptionsOf(settings: Pick<PaneSettings, "unit" | "chartYear">, choices: ResultChoices = {}, sheet?: string): RunOptions {
  const standing = {
    ...(typeof settings.chartYear === "number" ? { year: settings.chartYear } : {}),
    ...(settings.unit !== "auto" ? { unit: settings.unit } : {}),
  };
  return {
    ...(sheet !== undefined ? { sheet } : {}),
    ...(choices.year !== undefined ? { year: choices.year } : {}),
    ...(choices.amountColumn !== undefined && choices.amountColumn.trim() !== "" ? { amountColumn: choices.amountColumn } : {}),
    ...(choices.unit !== undefined ? { unit: choices.unit } : {}),
    ...(choices.changesUnit !== undefined ? { changesUnit: choices.changesUnit } : {}),
    settings: standing,
    ...(settings.chartYear === "workbook" ? { ownChart: true } : {}),
  };
}
