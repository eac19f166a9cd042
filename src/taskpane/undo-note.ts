// After a write, a sentence saying that Ctrl+Z cannot take it back as one step, when Excel says
// so (WriteReport.undoable false); nothing when it can or when the host does not say.
import type { WriteReport } from "../app/pane-actions";

export function undoNote(report: WriteReport, t: (key: string) => string): string {
  return report.undoable === false && report.rows > 0 ? ` ${t("UI-NOT-UNDOABLE")}` : "";
}
