// Office.onReady can answer after the pane gave up waiting (a busy machine, a large workbook
// opening): the pane shows its "still waiting" page, and starts when Office does answer.
import { waitForOffice } from "../../../src/taskpane/office-ready";

type Ready = { host: string | null };

function officeAnsweringLater() {
  let answer: (info: Ready) => void = () => undefined;
  const ready = new Promise<Ready>((resolve) => (answer = resolve));
  (globalThis as { Office?: unknown }).Office = { onReady: () => ready, context: { displayLanguage: "nb-NO" } };
  return (info: Ready) => answer(info);
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.useRealTimers();
});

describe("waitForOffice", () => {
  it("answers 'timeout' after the wait, then hands a late Excel to the pane", async () => {
    jest.useFakeTimers();
    const answer = officeAnsweringLater();
    const late = jest.fn();
    const first = waitForOffice(10_000, late);
    jest.advanceTimersByTime(10_000);
    expect(await first).toEqual({ kind: "timeout", seconds: 10 });
    expect(late).not.toHaveBeenCalled();

    answer({ host: "Excel" });
    await Promise.resolve();
    await Promise.resolve();
    expect(late).toHaveBeenCalledWith({ kind: "office", host: "Excel", displayLanguage: "nb-NO" });
  });

  it("answers once, without calling back, when Office is ready in time", async () => {
    jest.useFakeTimers();
    const answer = officeAnsweringLater();
    const late = jest.fn();
    const first = waitForOffice(10_000, late);
    answer({ host: "Excel" });
    expect(await first).toEqual({ kind: "office", host: "Excel", displayLanguage: "nb-NO" });
    jest.advanceTimersByTime(20_000);
    expect(late).not.toHaveBeenCalled();
  });
});
