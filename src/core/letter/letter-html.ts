// The letter table as HTML for the clipboard: Word and Outlook keep a pasted <table> a table,
// but they ignore style sheets and fall back to Times New Roman for unstyled text, so every
// element carries its own inline style. Every text goes through the engine's escaper: a cell
// holding `<script>` or `"><img onerror=...>` must paste as those characters, never as markup.
import { escapeHtml } from "../render/escape-html";
import { amountColumns, letterCells, type LetterTable } from "./letter-table";

export interface LetterHtmlOptions {
  readonly caption?: boolean;
  /** Paragraphs after the table: the kap./post blocks and sentences, as letter-paragraphs.ts places them. */
  readonly paragraphs?: readonly string[];
  /** CSS font-family list; the letters' own font by default. */
  readonly font?: string;
  /** Font size in points. */
  readonly fontSize?: number;
}

const DEFAULT_FONT = "Calibri, Arial, sans-serif";
const DEFAULT_SIZE = 11;

function styleOf(parts: Record<string, string>): string {
  return Object.entries(parts)
    .map(([k, v]) => `${k}:${v}`)
    .join(";");
}

export function letterTableHtml(table: LetterTable, options: LetterHtmlOptions = {}): string {
  const font = { "font-family": options.font ?? DEFAULT_FONT, "font-size": `${options.fontSize ?? DEFAULT_SIZE}pt` };
  const paragraphStyle = escapeHtml(styleOf({ ...font, margin: "0 0 6pt 0" }));
  const amounts = new Set(amountColumns(table));
  const totals = new Set(table.rows.flatMap((r, i) => (r.kind === "total" ? [i + 1] : [])));
  const cell = (tag: "th" | "td", text: string, col: number, bold: boolean): string => {
    const style: Record<string, string> = {
      ...font,
      border: "1px solid #000000",
      padding: "1pt 5pt",
      "vertical-align": "top",
      "text-align": amounts.has(col) ? "right" : "left",
      "font-weight": bold ? "bold" : "normal",
    };
    // Amounts never wrap between their thousands groups in a narrow column.
    if (amounts.has(col)) style["white-space"] = "nowrap";
    return `<${tag} style="${escapeHtml(styleOf(style))}">${escapeHtml(text)}</${tag}>`;
  };

  const [header, ...body] = letterCells(table);
  const out: string[] = [];
  if (options.caption) out.push(`<p style="${paragraphStyle}">${escapeHtml(table.caption)}</p>`);
  out.push(`<table style="${escapeHtml(styleOf({ "border-collapse": "collapse", ...font }))}">`);
  out.push(`<thead><tr>${header.map((t, c) => cell("th", t, c, true)).join("")}</tr></thead>`);
  out.push("<tbody>");
  body.forEach((row, i) => out.push(`<tr>${row.map((t, c) => cell("td", t, c, totals.has(i + 1))).join("")}</tr>`));
  out.push("</tbody></table>");
  for (const text of options.paragraphs ?? []) out.push(`<p style="${paragraphStyle}">${escapeHtml(text)}</p>`);
  return out.join("");
}
