// exceljs ships its SAX helper (saxes underneath) without type declarations (exceljs is pinned
// to 4.4.0 in package.json because this is an internal path); the sheet reader
// uses it so that it needs no XML parser of its own.
declare module "exceljs/lib/utils/parse-sax" {
  interface SaxNode {
    name: string;
    attributes: Record<string, string>;
  }
  type SaxEvent =
    | { eventType: "opentag"; value: SaxNode }
    | { eventType: "closetag"; value: SaxNode }
    | { eventType: "text"; value: string };
  function parseSax(iterable: AsyncIterable<unknown> | NodeJS.ReadableStream): AsyncGenerator<SaxEvent[]>;
  export = parseSax;
}
