// The engine's change table as the pane previews it, for component tests: the same mapping the
// Excel adapter uses (src/excel/change-preview.ts), so the tests see what Excel users see.
export { changePreviewOf } from "../../../src/excel/change-preview";
