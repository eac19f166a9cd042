// The choices under a result's facts: every drop-down offers what the user can choose instead
// (another sheet, another amount column, a unit when none was found, the change list's own unit),
// and "Forhåndsvis med disse valgene" runs the step again with exactly what was chosen.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import type { ReportFacts } from "../../src/app/report-facts";
import { type ReportChoices, ResultFacts } from "../../src/taskpane/components/ResultFacts";
import { PaneProvider } from "../../src/taskpane/pane-context";
import { FakePaneActions } from "./support/fake-actions";
import { testSettings } from "./support/render-app";

const FACTS: ReportFacts = {
  budgetYear: 2024,
  yearSource: "title",
  chartYear: 2024,
  sheets: ["Tildeling"],
  amountColumn: { header: "Samlet tildeling", cell: "Tildeling!D3", source: "header", alternatives: ["Opprinnelig tildeling"] },
  unit: null,
  unitSource: "default",
};

function renderFacts(onChoose: (choices: ReportChoices) => void) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PaneProvider lang="nb" actions={new FakePaneActions()} settings={testSettings} setSettings={() => undefined}>
        <ResultFacts facts={FACTS} kind="changes" sheets={["Tildeling", "Tillegg"]} choices={{}} onChoose={onChoose} />
      </PaneProvider>
    </FluentProvider>,
  );
  const shown = screen.getByTestId("result-facts");
  fireEvent.click(within(shown).getByRole("button", { name: "Endre valgene" }));
  return shown;
}

const options = (select: HTMLElement) => [...(select as HTMLSelectElement).options].map((o) => o.text);

describe("ResultFacts", () => {
  it("offers each choice with the entries the user can take, a blank first only where nothing was found", () => {
    const shown = renderFacts(() => undefined);
    expect(options(within(shown).getByLabelText("Ark"))).toEqual(["Tildeling", "Tillegg"]);
    expect(options(within(shown).getByLabelText("Beløpskolonne"))).toEqual(["Samlet tildeling", "Opprinnelig tildeling"]);
    expect(options(within(shown).getByLabelText("Enhet for tildelingene"))).toEqual(["Velg …", "kroner", "1\u202f000 kr", "mill. kr", "mrd. kr"]);
    expect(options(within(shown).getByLabelText("Enhet for endringene"))).toEqual(["Som tildelingene", "kroner", "1\u202f000 kr", "mill. kr", "mrd. kr"]);
    expect((within(shown).getByLabelText("Budsjettår (Gul bok)") as HTMLSelectElement).value).toBe("2024");
  });

  it("runs again with the sheet, column and units chosen", () => {
    const chosen: ReportChoices[] = [];
    const shown = renderFacts((c) => chosen.push(c));
    fireEvent.change(within(shown).getByLabelText("Ark"), { target: { value: "Tillegg" } });
    fireEvent.change(within(shown).getByLabelText("Beløpskolonne"), { target: { value: "Opprinnelig tildeling" } });
    fireEvent.change(within(shown).getByLabelText("Enhet for tildelingene"), { target: { value: "kr" } });
    fireEvent.change(within(shown).getByLabelText("Enhet for endringene"), { target: { value: "mill. kr" } });
    fireEvent.click(within(shown).getByRole("button", { name: "Forhåndsvis med disse valgene" }));
    expect(chosen).toEqual([{ sheet: "Tillegg", amountColumn: "Opprinnelig tildeling", unit: "kr", changesUnit: "mill. kr" }]);
  });

  it("names the workbook's own sheet of budget codes when the check used it instead of a Gul bok", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PaneProvider lang="nb" actions={new FakePaneActions()} settings={testSettings} setSettings={() => undefined}>
          <ResultFacts facts={{ ...FACTS, chartYear: null, chartSheet: "Kontoplan" }} kind="check" choices={{}} onChoose={() => undefined} />
          <ResultFacts facts={{ ...FACTS, chartYear: null }} kind="check" choices={{}} onChoose={() => undefined} />
        </PaneProvider>
      </FluentProvider>,
    );
    const [own, none] = screen.getAllByTestId("result-facts");
    expect(own.textContent).toContain("Kontrollert mot arbeidsbokens egen liste over kap/post i arket «Kontoplan»");
    expect(own.textContent).not.toContain("Ikke kontrollert mot noen Gul bok");
    expect(none.textContent).toContain("Ikke kontrollert mot noen Gul bok");
  });
});
