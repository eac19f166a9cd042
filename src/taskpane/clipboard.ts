// Puts a table on the clipboard as HTML and as plain text, so pasting into Word or Outlook keeps
// it a table and pasting into a plain editor gives tab-separated lines.
// Office task panes run in different webviews (Edge WebView2, Safari WKWebView, the browser on
// the web); some lack ClipboardItem or refuse clipboard.write outside a user gesture, so a
// fallback uses the old `copy` command and fills the clipboard from its copy event instead.

import { letterTableHtml } from "../core/letter/letter-html";
import type { LetterTable } from "../core/letter/letter-table";
import { letterTableText } from "../core/letter/letter-text";

import type { CopyOutcome } from "../app/pane-actions";
export type { CopyOutcome };

/** What the helper needs from the browser; tests pass their own. */
export interface ClipboardHost {
  readonly clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> };
  readonly ClipboardItem?: typeof ClipboardItem;
  readonly document: Document;
}

function browserHost(): ClipboardHost {
  return {
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem !== "undefined" ? ClipboardItem : undefined,
    document,
  };
}

/** Copy `html` (already escaped by the renderer) with `text` as its plain-text twin. Never throws. */
export async function copyTable(html: string, text: string, host: ClipboardHost = browserHost()): Promise<CopyOutcome> {
  const Item = host.ClipboardItem;
  const write = host.clipboard?.write;
  if (Item && write) {
    try {
      const item = new Item({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await write.call(host.clipboard, [item]);
      return "clipboard-api";
    } catch {
      // Permission refused or the webview lacks HTML support: try the copy command below.
    }
  }
  return copyWithCommand(html, text, host.document);
}

function copyWithCommand(html: string, text: string, doc: Document): CopyOutcome {
  let filled = false;
  const onCopy = (event: ClipboardEvent): void => {
    if (!event.clipboardData) return;
    event.clipboardData.setData("text/html", html);
    event.clipboardData.setData("text/plain", text);
    event.preventDefault();
    filled = true;
  };
  // The copy command only fires when something is selected, so select an off-screen
  // text node; the HTML itself never enters the pane's DOM.
  const holder = doc.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.textContent = text;
  doc.body.appendChild(holder);
  doc.addEventListener("copy", onCopy);
  try {
    const selection = doc.getSelection();
    if (selection) {
      const range = doc.createRange();
      range.selectNodeContents(holder);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    const done = typeof doc.execCommand === "function" && doc.execCommand("copy");
    selection?.removeAllRanges();
    return done && filled ? "copy-command" : "failed";
  } catch {
    return "failed";
  } finally {
    doc.removeEventListener("copy", onCopy);
    holder.remove();
  }
}

export interface CopyLetterOptions {
  readonly caption?: boolean;
  /** What goes under the table, in groups (letter-paragraphs.ts): blocks with their sentences. */
  readonly paragraphs?: ReadonlyArray<readonly string[]>;
}

/**
 * "Kopier til brev": the letter table as HTML (a real table in Word and Outlook) and as
 * tab-separated text. The charset tag keeps "ø" and "å" intact where a host reads the HTML
 * flavour as Windows-1252.
 */
export function copyLetterTable(table: LetterTable, options: CopyLetterOptions = {}, host?: ClipboardHost): Promise<CopyOutcome> {
  const html = `<meta charset="utf-8">${letterTableHtml(table, { caption: options.caption, paragraphs: (options.paragraphs ?? []).flat() })}`;
  const text = letterTableText(table, { caption: options.caption, paragraphs: options.paragraphs });
  return copyTable(html, text, host);
}
