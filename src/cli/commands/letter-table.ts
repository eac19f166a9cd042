// `tildeling letter-table FILE.xlsx`: the change table as a supplement letter prints it, in
// text (aligned), tab-separated or HTML form, with the unit caption, a block per kap/post and
// the sentences under it, in the letter's language (--letter-language nb|nn; --lang only
// changes the messages, never the letter).
import { type Diagnostic, hasErrors } from "../../core/diagnostics";
import { letterOf } from "../../core/use-cases/build-letter";
import { letterTableHtml } from "../../core/letter/letter-html";
import { LETTER_LANGUAGES } from "../../core/letter/letter-language";
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
  const language = choiceOption(options["letter-language"], "letter-language", LETTER_LANGUAGES, "nb");
  if (!language.ok) return fail(io, language.diagnostic, lang, false, "letter-table");
  const result = await computeChangeRun(ctx);
  if (!result.ok) return fail(io, result.diagnostic, lang, false, result.usage ? "letter-table" : undefined);
  const { table, diagnostics } = result.run;
  const letterNotes: Diagnostic[] = [];
  // The table goes to stdout (to be pasted or piped); findings go to stderr so they never end up in a letter.
  if (table) {
    const letter = letterOf(table, { blocks: true, sentences: true, language: language.value });
    letterNotes.push(...letter.diagnostics);
    const paragraphs = letter.paragraphs;
    if (format.value === "tsv") io.out(`${letterTableText(letter.table)}\n`);
    else if (format.value === "html") io.out(`${letterTableHtml(letter.table, { caption: true, paragraphs: paragraphs.flat() })}\n`);
    else {
      const below = paragraphs.map((group) => group.join("\n")).join("\n\n");
      io.out(`${letter.table.caption}\n${alignColumns(letterCells(letter.table), new Set(amountColumns(letter.table)))}\n\n${below}\n`);
    }
  }
  const shown = [...diagnostics, ...letterNotes].filter((d) => d.severity !== "info");
  if (shown.length > 0) io.err(`${diagnosticsText(shown, lang)}\n`);
  return hasErrors(diagnostics) ? EXIT_ERRORS_FOUND : EXIT_OK;
}
