// Les dette brevet (Word pane): the open letter read through the Word adapter it is given, the
// items shown with their sources, and each sheet copied for Excel from the ticked items only. A
// Word that refuses the read gets a message, not an empty list.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LetterDocument } from "../../src/core/letter-reading/document";
import { ReadThisLetter } from "../../src/taskpane/word/ReadThisLetter";
import { wordLetterDocument } from "../../src/word/read-letter-document";

interface Block {
  p?: string;
  style?: string;
  list?: boolean;
  table?: string[][];
}
const SEED = JSON.parse(readFileSync(join(__dirname, "..", "fixtures", "seed", "tillegg-bufdir-2024.word.json"), "utf8")) as { blocks: Block[] };

/** The seed as Word's body.paragraphs and body.tables give it. */
function seedDocument(): LetterDocument {
  const paragraphs = SEED.blocks.flatMap((b) =>
    b.table ? b.table.flat().map((text) => ({ text, tableNestingLevel: 1 })) : [{ text: b.p ?? "", tableNestingLevel: 0, styleBuiltIn: b.style, isListItem: b.list }],
  );
  return wordLetterDocument(paragraphs, SEED.blocks.filter((b) => b.table).map((b) => ({ values: b.table as string[][], nestingLevel: 1 })));
}

function renderSection(read: () => Promise<LetterDocument>) {
  const copies: Array<{ html: string; text: string }> = [];
  const copy = (html: string, text: string) => {
    copies.push({ html, text });
    return Promise.resolve("clipboard-api" as const);
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ReadThisLetter lang="nb" readLetterDocument={read} copy={copy} />
    </FluentProvider>,
  );
  return copies;
}

describe("Les dette brevet", () => {
  it("reads the open letter and copies Endringer for Excel with only the ticked changes", async () => {
    const copies = renderSection(() => Promise.resolve(seedDocument()));
    fireEvent.click(screen.getByRole("button", { name: "Les dette brevet" }));
    const list = await screen.findByTestId("letter-items");
    expect(screen.getByTestId("word-letter-status").textContent).toMatch(/^Lest fra det åpne dokumentet: 1 tildeling, 3 endringer, 5 oppdrag\./);
    expect(within(list).getAllByTestId("letter-source")[1].textContent).toMatch(/^avsnitt \d+: «351\/70/);
    fireEvent.click(screen.getByRole("checkbox", { name: /^351\/70 \+1/ }));
    fireEvent.click(screen.getByRole("button", { name: "Kopier Endringer for Excel" }));
    await screen.findByText("Endringer er kopiert. Lim inn i celle A1 på et tomt ark i Excel.");
    const rows = copies[0].text.split("\n").map((l) => l.split("\t"));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["Tildelingsbrev 2024: endringer, lest fra det åpne dokumentet", undefined, undefined],
      ["(i 1 000 kr)", undefined, undefined],
      ["Kap/post", "Endring", "Omdisponering"],
      ["671/62", "-1000", "T1"],
      ["858/01", "1000", "T1"],
    ]);
    expect(copies[0].html).toContain(`<td style="mso-number-format:'\\#\\,\\#\\#0'">-1000</td>`);
  });

  it("escapes the letter's own markup in what it copies", async () => {
    const doc: LetterDocument = {
      blocks: [{ kind: "paragraph", text: "Tildelingen på kap. 351, post 70 økes med 1 mill. kroner <script>x</script>.", place: { paragraph: 1 } }],
      blocksAreLines: false,
    };
    const copies = renderSection(() => Promise.resolve(doc));
    fireEvent.click(screen.getByRole("button", { name: "Les dette brevet" }));
    await screen.findByTestId("letter-items");
    fireEvent.click(screen.getByRole("button", { name: "Kopier Endringer for Excel" }));
    await screen.findByText(/Endringer er kopiert/);
    expect(copies[0].html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(copies[0].html).not.toContain("<script>");
  });

  it("says why when Word refuses the read", async () => {
    renderSection(() => Promise.reject(new Error("GeneralException")));
    fireEvent.click(screen.getByRole("button", { name: "Les dette brevet" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Det åpne dokumentet kunne ikke leses: GeneralException");
    expect(screen.queryByTestId("letter-items")).toBeNull();
  });
});
