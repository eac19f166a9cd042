// A small in-memory Word document: a list of paragraphs and tables with the cursor in one
// paragraph. It implements only the calls the Word adapter makes and checks their arguments the
// way Word does (insert locations, table size against values). Plain TypeScript with no Node
// imports, so the contract tests (tests/contract/word, inside office-addin-mock) and the pane's
// end-to-end test (tests/e2e/fixtures/word-host.ts, in the browser) share it.

export interface FakeParagraph {
  readonly kind: "paragraph";
  text: string;
  /** Word's built-in style name ("Heading1"); Normal when absent. */
  style?: string;
  listItem?: boolean;
}
export interface FakeCell {
  bold: boolean;
  alignment: string;
}
export interface FakeTable {
  readonly kind: "table";
  readonly values: string[][];
  readonly cells: FakeCell[][];
  styleBuiltIn: string;
  headerRowCount: number;
}
export type FakeBlock = FakeParagraph | FakeTable;

export class WordDocumentModel {
  readonly blocks: FakeBlock[];
  readonly calls: string[] = [];
  private readonly cursor: FakeParagraph;

  constructor(paragraphs: string[], cursorIndex: number) {
    this.blocks = paragraphs.map((text) => ({ kind: "paragraph", text }));
    this.cursor = this.blocks[cursorIndex] as FakeParagraph;
  }

  /** `context.document` as the adapter uses it. */
  documentApi(): { getSelection(): object } {
    return { getSelection: () => this.selection() };
  }

  /** Add paragraphs and tables at the end, as a letter's fixture gives them ({p, style, list} or {table}). */
  append(blocks: ReadonlyArray<{ p?: string; style?: string; list?: boolean; table?: string[][] }>): void {
    for (const b of blocks) {
      if (b.table) {
        const values = b.table.map((r) => [...r]);
        this.blocks.push({ kind: "table", values, cells: values.map((r) => r.map(() => ({ bold: false, alignment: "Left" }))), styleBuiltIn: "TableGrid", headerRowCount: 1 });
      } else {
        this.blocks.push({ kind: "paragraph", text: b.p ?? "", style: b.style, listItem: b.list });
      }
    }
  }

  /**
   * `document.body` for reading: `paragraphs` (every paragraph, a table's cell paragraphs with
   * tableNestingLevel 1, as Word lists them) and `tables`, each readable only after load().
   * Apart from documentApi(): office-addin-mock reads every property of what it is given.
   */
  bodyApi(): object {
    const collection = <T>(name: string, items: () => T[]) => {
      let loaded: T[] | null = null;
      return {
        load: (props: string) => {
          this.calls.push(`load ${name} ${props}`);
          loaded = items();
        },
        get items(): T[] {
          if (!loaded) throw new Error(`PropertyNotLoaded: ${name}.items`);
          return loaded;
        },
      };
    };
    return {
      paragraphs: collection("paragraphs", () =>
        this.blocks.flatMap((b) =>
          b.kind === "paragraph"
            ? [{ text: b.text, tableNestingLevel: 0, styleBuiltIn: b.style ?? "Normal", isListItem: b.listItem === true }]
            : b.values.flat().map((text) => ({ text, tableNestingLevel: 1, styleBuiltIn: "Normal", isListItem: false })),
        ),
      ),
      tables: collection("tables", () => this.tables().map((t) => ({ values: t.values.map((r) => [...r]), nestingLevel: 1 }))),
    };
  }

  tables(): FakeTable[] {
    return this.blocks.filter((b): b is FakeTable => b.kind === "table");
  }

  texts(): string[] {
    return this.blocks.map((b) => (b.kind === "paragraph" ? b.text : `[table ${b.values.length}x${b.values[0].length}]`));
  }

  private selection() {
    this.calls.push("getSelection");
    return { paragraphs: { getLast: () => this.paragraphProxy(this.cursor) } };
  }

  private insertAfter(anchor: FakeBlock, block: FakeBlock): void {
    const i = this.blocks.indexOf(anchor);
    if (i < 0) throw new Error("anchor is not in the document");
    this.blocks.splice(i + 1, 0, block);
  }

  private checkLocation(where: string): void {
    if (where !== "Before" && where !== "After") throw new Error(`InvalidArgument: insertLocation ${where}`);
  }

  private paragraphProxy(p: FakeParagraph): object {
    return {
      insertParagraph: (text: string, where: string) => this.insertParagraph(p, text, where),
      insertTable: (rows: number, cols: number, where: string, values?: string[][]) => {
        this.calls.push("insertTable");
        this.checkLocation(where);
        if (!values || values.length !== rows || values.some((r) => r.length !== cols)) {
          throw new Error("InvalidArgument: values do not match the table size");
        }
        const table: FakeTable = {
          kind: "table",
          values: values.map((r) => [...r]),
          cells: values.map((r) => r.map(() => ({ bold: false, alignment: "Left" }))),
          styleBuiltIn: "Normal",
          headerRowCount: 0,
        };
        if (where === "After") this.insertAfter(p, table);
        else this.blocks.splice(this.blocks.indexOf(p), 0, table);
        return this.tableProxy(table);
      },
    };
  }

  private insertParagraph(anchor: FakeBlock, text: string, where: string): object {
    this.calls.push("insertParagraph");
    this.checkLocation(where);
    const p: FakeParagraph = { kind: "paragraph", text };
    if (where === "After") this.insertAfter(anchor, p);
    else this.blocks.splice(this.blocks.indexOf(anchor), 0, p);
    return this.paragraphProxy(p);
  }

  private tableProxy(t: FakeTable): object {
    return {
      set styleBuiltIn(v: string) {
        t.styleBuiltIn = v;
      },
      set headerRowCount(v: number) {
        t.headerRowCount = v;
      },
      getCell: (r: number, c: number) => {
        const cell = t.cells[r]?.[c];
        if (!cell) throw new Error(`ItemNotFound: cell ${r},${c}`);
        return {
          body: { font: { set bold(v: boolean) { cell.bold = v; } } },
          set horizontalAlignment(v: string) {
            cell.alignment = v;
          },
        };
      },
      insertParagraph: (text: string, where: string) => this.insertParagraph(t, text, where),
    };
  }
}
