// `tildeling letter-table FILE.xlsx`: the change table as a supplement letter prints it, in
// text (aligned), tab-separated or HTML form, with the unit caption and a block per kap/post.
import { hasErrors } from "../../core/diagnostics";
import { letterOf } from "../../core/use-cases/build-letter";
import { letterTableHtml } from "../../core/letter/letter-html";
import { amountColumns, letterCells } from "../../core/letter/letter-table";
import { letterTableText } from "../../core/letter/letter-text";
import { choiceOption } from "../args";
import { computeChangeRun } from "../change-run";
import { type CommandContext, EXIT_ERRORS_FOUND, EXIT_OK } from "../io";
import { alignColumns, diagnosticsText, fail } from "../report";

export async function runLetterTable(ctx: CommandContext): Promise<number> {
  const { io, lang, options } = ctx;
  const format = choiceOption(options.format, "format", ["text", "html", "tsv"] as const, "text");
  if (!format.ok) return fail(io, format.diagnostic, lang, false, "letter-table");
  const result = await computeChangeRun(ctx);
  if (!result.ok) return fail(io, result.diagnostic, lang, false, result.usage ? "letter-table" : undefined);
  const { table, diagnostics } = result.run;
  // The table goes to stdout (to be pasted or piped); findings go to stderr so they never end up in a letter.
  if (table) {
    const letter = letterOf(table, {}, lang).table;
    if (format.value === "tsv") io.out(`${letterTableText(letter)}\n`);
    else if (format.value === "html") io.out(`${letterTableHtml(letter, { caption: true, blocks: true })}\n`);
    else {
      const blocks = letter.blocks.map((b) => b.lines.join("\n")).join("\n\n");
      io.out(`${letter.caption}\n${alignColumns(letterCells(letter), new Set(amountColumns(letter)))}\n\n${blocks}\n`);
    }
  }
  const shown = diagnostics.filter((d) => d.severity !== "info");
  if (shown.length > 0) io.err(`${diagnosticsText(shown, lang)}\n`);
  return hasErrors(diagnostics) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
