#!/usr/bin/env node
// The floor under `check` and `apply`: a process that only reads a workbook's rows with the
// product's own .xlsx reader (unzip, scan the XML, make each row's values) and does nothing with
// them. The CLI benchmark times it beside the commands, so a ratio target can be read against
// what reading alone costs. Prints the number of rows read.
const { streamWorkbookFile } = require("../../lib/xlsx/read-workbook");

(async () => {
  let rows = 0;
  const sink = { row: () => void rows++, end: () => undefined };
  const read = await streamWorkbookFile(process.argv[2], { begin: () => true, wants: () => true, sinkFor: () => sink, settle: () => null });
  if (read.ok !== true) throw new Error(`not read: ${JSON.stringify(read)}`);
  console.log(rows);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
