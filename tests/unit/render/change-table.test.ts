import Decimal from "decimal.js";
import { applyChanges } from "../../../src/core/changes/apply";
import { readAllocations } from "../../../src/core/allocations/read-allocations";
import { readChanges } from "../../../src/core/changes/read-changes";
import type { ChangeTable } from "../../../src/core/changes/types";
import { gridFromRows } from "../../../src/core/grid";
import { changeTableToJson } from "../../../src/core/render/change-table-json";
import { renderChangeTableHtml } from "../../../src/core/render/change-table-html";
import { renderChangeTableText } from "../../../src/core/render/change-table-text";
import { escapeHtml } from "../../../src/core/render/escape-html";

function table(): ChangeTable {
  const allocations = readAllocations(
    gridFromRows("Tildeling", [
      ["(i 1 000 kr)"],
      ["Kap/post", "Betegnelse", "Tildeling"],
      ["351/70", "Tilskudd <likestilling> & \"mer\"", "57 625"],
      ["858/01", "Driftsutgifter", "512 400"],
      ["858/21", "Spesielle driftsutgifter", "14 500"],
    ]),
  );
  const changes = readChanges(
    gridFromRows("Endringer", [
      ["(i 1 000 kr)"],
      ["Kap/post", "Endring", "Tekst"],
      ["351/70", "1 000", "Økes med 1 mill. kr."],
      ["858/01", "-2 500,5", "Reduseres"],
      ["858/21", "2 500,5", "Økes"],
      ["855/01", "300", "Ny linje"],
    ]),
  );
  return applyChanges(allocations, changes);
}

describe("renderChangeTableText", () => {
  it("prints the letter's table, tab-separated, without totals by default", () => {
    expect(renderChangeTableText(table())).toBe(
      "Kap/post\tTildeling før tillegget\tEndring\tNy tildeling\n" +
        "351/70\t57 625\t1 000\t58 625\n" +
        "858/01\t512 400\t\u22122 500,5\t509 899,5\n" +
        "858/21\t14 500\t2 500,5\t17 000,5",
    );
  });

  it("adds chapter totals, the total, names and new lines on request", () => {
    const text = renderChangeTableText(table(), { totals: true, chapterTotals: true, names: true, newLines: true, minus: "hyphen", lang: "en" });
    expect(text.split("\n")).toEqual([
      "Kap/post\tChapter\tPost\tAllocation before\tChange\tNew allocation",
      "351/70\t\tTilskudd <likestilling> & \"mer\"\t57 625\t1 000\t58 625",
      "Total chapter 351\t\t\t57 625\t1 000\t58 625",
      "858/01\t\tDriftsutgifter\t512 400\t-2 500,5\t509 899,5",
      "858/21\t\tSpesielle driftsutgifter\t14 500\t2 500,5\t17 000,5",
      "Total chapter 858\t\t\t526 900\t0\t526 900",
      "855/01\t\t\t\t300\t300",
      "Total\t\t\t584 525\t1 000\t585 525",
    ]);
  });

  it("uses the caller's labels", () => {
    expect(renderChangeTableText(table(), { header: { before: "Tildeling før" } }).split("\n")[0]).toBe("Kap/post\tTildeling før\tEndring\tNy tildeling");
  });
});

describe("renderChangeTableHtml", () => {
  it("writes a table with inline styles, the unit as caption, and every text escaped", () => {
    const html = renderChangeTableHtml(table(), { names: true, totals: true });
    expect(html.startsWith('<table style="border-collapse:collapse;')).toBe(true);
    expect(html).toContain(">Beløp i 1 000 kr</caption>");
    expect(html).toContain("Tilskudd &lt;likestilling&gt; &amp; &quot;mer&quot;");
    expect(html).not.toContain("<likestilling>");
    expect(html).toContain('<td style="border:1px solid #808080;padding:2px 6px;text-align:right;white-space:nowrap;">57\u00a0625</td>');
    expect(html).toContain("\u22122\u00a0500,5");
    expect(html).toContain(">Sum</td>");
    expect(html.match(/<tr>/g)).toHaveLength(5);
    expect(html).not.toMatch(/class=/);
  });
});

describe("changeTableToJson", () => {
  it("gives amounts as exact decimal strings, rows, other rows, totals and diagnostics", () => {
    const json = changeTableToJson(table(), "en") as Record<string, unknown>;
    expect(json.unit).toBe("1000 kr");
    const lines = json.lines as Record<string, unknown>[];
    expect(lines.map((l) => [l.code, l.before, l.change, l.after, l.status, l.cell])).toEqual([
      ["351/70", "57625", "1000", "58625", "changed", "Tildeling!C3"],
      ["858/01", "512400", "-2500.5", "509899.5", "changed", "Tildeling!C4"],
      ["858/21", "14500", "2500.5", "17000.5", "changed", "Tildeling!C5"],
    ]);
    expect((lines[0].entries as unknown[])[0]).toEqual({ amount: "1000", text: "Økes med 1 mill. kr.", cell: "Endringer!B3" });
    expect((json.otherLines as Record<string, unknown>[]).map((l) => [l.code, l.before, l.after, l.status])).toEqual([["855/01", null, "300", "new"]]);
    expect(json.totals).toEqual({
      before: "584525",
      change: "1000",
      after: "585525",
      chapters: [
        { chapter: 351, before: "57625", change: "1000", after: "58625" },
        { chapter: 858, before: "526900", change: "0", after: "526900" },
      ],
    });
    const diagnostics = json.diagnostics as Record<string, string>[];
    expect(diagnostics.find((d) => d.code === "CHG-NEW-LINE")).toEqual({
      severity: "warning",
      code: "CHG-NEW-LINE",
      message: "855/01 has no allocation line; the change of 300 makes a new line.",
      cell: "Endringer!B6",
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("never writes a long amount in exponent form", () => {
    const t = table();
    const big = { ...t, rows: [{ ...t.rows[0], before: new Decimal("123456789012345678901.5"), change: new Decimal("1e-3"), after: new Decimal("123456789012345678901.501") }] };
    const line = (changeTableToJson(big).lines as Record<string, unknown>[])[0];
    expect([line.before, line.change, line.after]).toEqual(["123456789012345678901.5", "0.001", "123456789012345678901.501"]);
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter", () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  });
});
