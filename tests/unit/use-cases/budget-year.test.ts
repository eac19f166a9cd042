import { yearFromFileName } from "../../../src/core/use-cases/budget-year";

describe("yearFromFileName", () => {
  it("takes the one budget year a file name names", () => {
    expect(yearFromFileName("../data/Gul bok 2025.xlsx")).toBe(2025);
    expect(yearFromFileName("C:\\brev\\tildelingsbrev-2024-tillegg3.xlsx")).toBe(2024);
  });
  it("gives none when the name has no year, two years, or a longer number", () => {
    expect(yearFromFileName("tillegg-bufdir.xlsx")).toBeNull();
    expect(yearFromFileName("tildeling 2024-2025.xlsx")).toBeNull();
    expect(yearFromFileName("sak 202512345.xlsx")).toBeNull();
  });
});
