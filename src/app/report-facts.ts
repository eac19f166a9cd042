// What a result was computed from. The use cases (src/core/use-cases) decide these facts and own
// their definition; the pane contract and the command line carry them as they are.
export type { AmountColumnFact, FactSource, ReportFacts } from "../core/use-cases/facts";
