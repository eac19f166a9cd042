// Which date system the workbook counts in. A workbook made on an old Mac counts days from
// 1904-01-01, so the same serial is a date four years and a day later than in the 1900 system;
// reading a deadline, or writing one, without knowing would move every date silently. Excel's
// DATE() answers in the workbook's own system (WorkbookFunctions, ExcelApi 1.2, so every Excel
// the add-in runs in): DATE(1904,1,1) is 0 in a 1904 workbook and 1462 in a 1900 one.
// (Workbook.use1904DateSystem says the same in newer Excel, but neither the office.js build in
// the repository nor its types know it yet.)

/** Queue the question in the caller's request; call the result after the sync. */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => probe.value === 0;
}
