// `tildeling letter-table --letter-language nb|nn`: the letter is Norwegian whatever --lang says,
// and Nynorsk when asked for. The sample is the seed letter's supplement (351/70 +1 000 in 1 000 kr,
// and the transfer of 1 000 from 671/62 to 858/01).
import { SAMPLE, STACK_TRACE, runCli } from "./run-cli";

describe("tildeling letter-table --letter-language", () => {
  it("writes the seed's sentences in Bokmål by default, also with English messages", () => {
    const r = runCli(["letter-table", SAMPLE, "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Beløp i 1 000 kr");
    expect(lines[1]).toMatch(/^Kap\/post +Tildeling før tillegget +Endring +Ny tildeling$/);
    expect(lines).toContain("Tildelingen på kap. 351, post 70 økes med 1 mill. kroner.");
    // Under the line it reduces, and once: the sample's own text for 671/62 already is the sentence.
    const at671 = lines.indexOf("Post 62 Kommunale integreringstiltak");
    expect(lines[at671 + 1]).toBe("Tildelingen på kap. 671, post 62 reduseres med 1 mill. kroner mot en tilsvarende økning på kap. 858, post 01");
    expect(lines[at671 + 2]).toBe("");
    expect(r.stdout).not.toMatch(/allocation|Amounts in/);
  });

  it("writes them in Nynorsk with --letter-language nn, keeping the sheet's own texts as written", () => {
    const r = runCli(["letter-table", SAMPLE, "--letter-language", "nn"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines).toContain("Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.");
    expect(lines).toContain("Løyvinga på kap. 671, post 62 vert redusert med 1 mill. kroner mot ein tilsvarande auke på kap. 858, post 01.");
    expect(lines).toContain("Tildelingen til prosjektet Gutter til helse- og omsorgssektoren økes med 1 mill. kr.");
    const html = runCli(["letter-table", SAMPLE, "--letter-language", "nn", "--format", "html"]).stdout;
    expect(html).toContain("Løyvinga på kap. 351, post 70 vert auka med 1 mill. kroner.");
  });

  it("refuses a language it does not write, naming the choices, exit 2", () => {
    const r = runCli(["letter-table", SAMPLE, "--letter-language", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("«en» er ikke gyldig for --letter-language; velg en av: nb, nn.");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});
