// The engine's change table as the pane previews it, for component tests: the same mapping the
// Excel adapter uses (src/app/change-preview.ts), so the tests see what Excel users see.
import { changePreviewOf as previewOf } from "../../../src/app/change-preview";
import type { ChangeTable } from "../../../src/core/changes/types";
import { TEST_FACTS } from "./facts";

export function changePreviewOf(table: ChangeTable) {
  return previewOf(table, TEST_FACTS);
}
