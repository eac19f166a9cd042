// A PDF letter with a text layer, through pdf.js. Text comes as positioned pieces; lines are
// rebuilt from their baselines, and a wide horizontal gap between pieces (a table's cell gap) is
// kept as several spaces, so a row such as "351/70  57 625  1 000  58 625" keeps its cells apart
// from the spaces inside the numbers. A PDF whose pages hold no text (a scan) has no lines.
// Shared by the command line and the pane. pdf.js's worker code runs on this thread (its
// "fake worker", given as `globalThis.pdfjsWorker`): nothing is fetched, in Node or in the
// browser, and a letter of some pages parses in well under a second.
import type { LetterBlock, LetterDocument } from "../core/letter-reading/document";

interface Piece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly end: number;
  readonly size: number;
}

function linesOf(pieces: Piece[]): string[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    // Pieces within half a text height of the row's baseline are on the same line.
    if (row && Math.abs(row[0].y - p.y) <= Math.max(1, p.size / 2)) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = "";
    let end: number | null = null;
    for (const p of row) {
      if (end !== null) {
        const gap = p.x - end;
        // A gap wider than a word space (about a third of the text height) is a cell gap.
        line += gap > p.size * 1.2 ? "   " : gap > p.size * 0.15 && !line.endsWith(" ") && !p.text.startsWith(" ") ? " " : "";
      }
      line += p.text;
      end = p.end;
    }
    return line;
  });
}

/** Null when the PDF cannot be opened; a document with no lines when it has no text layer. */
export async function readPdf(data: Uint8Array): Promise<LetterDocument> {
  const pdfjs = await import(/* webpackChunkName: "letter-pdf" */ "pdfjs-dist/legacy/build/pdf.mjs");
  const global = globalThis as { pdfjsWorker?: unknown };
  global.pdfjsWorker ??= await import(/* webpackChunkName: "letter-pdf-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs");
  const doc = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const blocks: LetterBlock[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const size = Math.abs(item.transform[3]) || item.height || 10;
        pieces.push({ text: item.str, x: item.transform[4], y: item.transform[5], end: item.transform[4] + item.width, size });
      }
      linesOf(pieces).forEach((text, i) => blocks.push({ kind: "paragraph", text, place: { page: n, paragraph: i + 1 } }));
    }
  } finally {
    await doc.destroy();
  }
  return { blocks, blocksAreLines: true };
}
