// "Kopier til brev": the clipboard gets the letter table as HTML and as text, through the async
// clipboard API or, where a webview refuses it, through the copy command's event.
import { letterParagraphGroups } from "../../../src/core/letter/letter-paragraphs";
import Decimal from "decimal.js";
import seed from "../../fixtures/seed/seed-letter.json";
import { parseBudgetCode } from "../../../src/core/codes/budget-code";
import { buildLetterTable } from "../../../src/core/letter/letter-table";
import { type ClipboardHost, copyLetterTable, copyTable } from "../../../src/taskpane/clipboard";

/** The letter's amounts as the product writes them: thousands grouped with U+202F ("57 625"). */
const thin = (text: string): string => text.replace(/(\d)[ \u00a0](?=\d{3}(?:\D|$))/g, "$1\u202f");

const code = (t: string) => {
  const r = parseBudgetCode(t);
  if (!r.ok) throw new Error(t);
  return r.value;
};

const evil = '"><img src=x onerror=alert(1)>';
const table = buildLetterTable(
  [
    {
      code: code("351/70"),
      before: new Decimal(seed.allocation[0].amount),
      change: new Decimal(seed.changes[0].change),
      after: new Decimal(seed.allocation[0].amount).plus(seed.changes[0].change),
      chapterName: "Likestilling",
      postName: "Tilskudd til likestilling",
      text: `<script>alert(1)</script>${evil}`,
    },
  ],
  "1000 kr",
);

class FakeClipboardItem {
  constructor(readonly data: Record<string, Blob>) {}
}

function cellsOf(html: string): string[][] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  return Array.from(doc.querySelectorAll("tr"), (tr) => Array.from(tr.querySelectorAll("th, td"), (c) => c.textContent ?? ""));
}

async function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe("copyLetterTable", () => {
  it("writes HTML and plain text through the clipboard API; the HTML parses back to the table's cells", async () => {
    const written: FakeClipboardItem[][] = [];
    const host: ClipboardHost = {
      clipboard: { write: async (items) => void written.push(items as unknown as FakeClipboardItem[]) },
      ClipboardItem: FakeClipboardItem as unknown as typeof ClipboardItem,
      document,
    };
    expect(await copyLetterTable(table, { paragraphs: letterParagraphGroups(table, { blocks: true }) }, host)).toBe("clipboard-api");
    const [item] = written[0];
    const html = await blobText(item.data["text/html"]);
    const text = await blobText(item.data["text/plain"]);
    expect(cellsOf(html).map((r) => r.join("\t")).join("\n")).toBe(thin(seed.expectedLetterTableText));
    expect(text.split("\n").slice(0, 2).join("\n")).toBe(thin(seed.expectedLetterTableText));
    const doc = new DOMParser().parseFromString(html, "text/html");
    expect(doc.querySelectorAll("script, img")).toHaveLength(0);
    expect(doc.body.textContent).toContain(`<script>alert(1)</script>${evil}`);
    expect(text).toContain(`<script>alert(1)</script>${evil}`);
  });

  it("falls back to the copy command when the clipboard API refuses, filling both flavours", async () => {
    const data = new Map<string, string>();
    document.execCommand = ((command: string) => {
      if (command !== "copy") return false;
      const event = new Event("copy", { cancelable: true });
      Object.defineProperty(event, "clipboardData", { value: { setData: (type: string, value: string) => data.set(type, value) } });
      document.dispatchEvent(event);
      return true;
    }) as typeof document.execCommand;
    const host: ClipboardHost = {
      clipboard: { write: async () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) },
      ClipboardItem: FakeClipboardItem as unknown as typeof ClipboardItem,
      document,
    };
    expect(await copyLetterTable(table, {}, host)).toBe("copy-command");
    expect(cellsOf(data.get("text/html")!).map((r) => r.join("\t")).join("\n")).toBe(thin(seed.expectedLetterTableText));
    expect(data.get("text/plain")).toBe(thin(seed.expectedLetterTableText));
    // Nothing is left behind in the pane, and the HTML never entered its DOM.
    expect(document.body.innerHTML).toBe("");
  });

  it("reports failure when neither way works, instead of claiming success", async () => {
    document.execCommand = (() => false) as typeof document.execCommand;
    const host: ClipboardHost = { document };
    expect(await copyTable("<table></table>", "x", host)).toBe("failed");
    expect(document.body.innerHTML).toBe("");
  });
});
