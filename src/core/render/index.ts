export { escapeHtml } from "./escape-html";
export { type ChangeTableLabels, changeTableLabels } from "./change-table-labels";
export { type ChangeTableRenderOptions, renderChangeTableText } from "./change-table-text";
export { type ChangeTableHtmlOptions, renderChangeTableHtml } from "./change-table-html";
export { changeTableToJson } from "./change-table-json";
