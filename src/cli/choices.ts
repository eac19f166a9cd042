// The reading choices every command that reads amounts takes, with the names the pane and the use
// cases use: `--unit` / unit, `--changes-unit` / changesUnit, `--amount-column` / amountColumn,
// `--strict` / strict (warnings fail the run, for controllers).
import { type Unit, parseUnitOption } from "../core/amounts/unit";
import { type Diagnostic, diagnostic } from "../core/diagnostics";
import type { UserChoices } from "../core/use-cases/workbook";

export type ChoicesResult = { ok: true; choices: Pick<UserChoices, "unit" | "changesUnit" | "amountColumn" | "strict"> } | { ok: false; diagnostic: Diagnostic };

function unitOption(value: string | boolean | undefined, name: string): Unit | null | Diagnostic {
  if (value === undefined || typeof value === "boolean") return null;
  return parseUnitOption(value) ?? diagnostic("error", "CLI-BAD-CHOICE", { option: `--${name}`, choices: "kr, 1000, mill, mrd" }, { text: value });
}

export function readingChoices(options: Readonly<Record<string, string | boolean>>): ChoicesResult {
  const unit = unitOption(options.unit, "unit");
  if (unit !== null && typeof unit === "object") return { ok: false, diagnostic: unit };
  const changesUnit = unitOption(options["changes-unit"], "changes-unit");
  if (changesUnit !== null && typeof changesUnit === "object") return { ok: false, diagnostic: changesUnit };
  const column = options["amount-column"];
  return {
    ok: true,
    choices: {
      ...(unit ? { unit } : {}),
      ...(changesUnit ? { changesUnit } : {}),
      ...(typeof column === "string" && column.trim() !== "" ? { amountColumn: column } : {}),
      ...(options.strict === true ? { strict: true } : {}),
    },
  };
}
