// The facts a report states, for component tests' hand-made reports: Gul bok 2024 from the sheet
// title, amounts from «Tildeling» in 1 000 kr (the seed workbook's allocation sheet).
import type { ReportFacts } from "../../../src/app/report-facts";

export const TEST_FACTS: ReportFacts = {
  budgetYear: 2024,
  yearSource: "title",
  chartYear: 2024,
  sheets: ["Tildeling"],
  amountColumn: { header: "Tildeling", cell: "Tildeling!C3", source: "only-one", alternatives: [] },
  unit: "1000 kr",
  unitSource: "caption",
};
