// Innstillinger between sessions: the due-soon window, unit and chart year are remembered; the
// reference date is today in Oslo on every start; anything unreadable in storage is ignored.
import { defaultSettings, loadSettings, parseSoonDays, saveSettings } from "../../../src/taskpane/settings";

function memoryStore() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe("pane settings", () => {
  it("starts from today in Oslo (23:30 UTC on 22 November is already the 23rd), 30 days, the unit as in the sheet", () => {
    const s = defaultSettings(new Date("2026-11-22T23:30:00Z"));
    expect(s.referenceDate).toBe("2026-11-23");
    expect(s.soonDays).toBe(30);
    expect(s.unit).toBe("auto");
    // The sheet's budget year decides the Gul bok unless the user picks one (issue 13).
    expect(s.chartYear).toBe("auto");
  });

  it("does not carry over the year the first version remembered as if the user had chosen it", () => {
    const store = memoryStore();
    store.setItem("tildeling.settings.v1", JSON.stringify({ soonDays: 14, unit: "auto", chartYear: 2026 }));
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z")).chartYear).toBe("auto");
  });

  it("remembers the window, unit, chart year and letter language but not the reference date", () => {
    const store = memoryStore();
    saveSettings({ referenceDate: "2025-03-15", soonDays: 14, unit: "mill. kr", chartYear: "workbook", letterLanguage: "nn" }, store);
    const later = loadSettings(store, new Date("2026-11-23T08:00:00Z"));
    expect(later).toEqual({ referenceDate: "2026-11-23", soonDays: 14, unit: "mill. kr", chartYear: "workbook", letterLanguage: "nn" });
  });

  it("writes letters in Bokmål until Nynorsk is chosen, and ignores a language it does not know", () => {
    const store = memoryStore();
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z")).letterLanguage).toBe("nb");
    store.setItem("tildeling.settings.v2", JSON.stringify({ letterLanguage: "en" }));
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z")).letterLanguage).toBe("nb");
  });

  it("keeps settings in Office's storage partition when it has one (Excel on the web), apart from other partitions", () => {
    const store = memoryStore();
    saveSettings({ referenceDate: "2025-03-15", soonDays: 14, unit: "mill. kr", chartYear: "workbook" }, store, "partisjon-a/");
    expect([...store.data.keys()]).toEqual(["partisjon-a/tildeling.settings.v2"]);
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z"), "partisjon-a/").soonDays).toBe(14);
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z"), "partisjon-b/").soonDays).toBe(30);
  });

  it("ignores stored values it cannot trust", () => {
    const store = memoryStore();
    store.setItem("tildeling.settings.v2", JSON.stringify({ soonDays: -3, unit: "NOK", chartYear: 1999 }));
    const s = loadSettings(store, new Date("2026-11-23T08:00:00Z"));
    expect(s).toEqual(defaultSettings(new Date("2026-11-23T08:00:00Z")));
    store.setItem("tildeling.settings.v2", "{not json");
    expect(loadSettings(store, new Date("2026-11-23T08:00:00Z")).soonDays).toBe(30);
  });

  it("reads the due-soon window as a whole number of days from 0 to 365", () => {
    expect(parseSoonDays("14")).toBe(14);
    expect(parseSoonDays(" 0 ")).toBe(0);
    expect(parseSoonDays("365")).toBe(365);
    expect(parseSoonDays("366")).toBeNull();
    expect(parseSoonDays("1,5")).toBeNull();
    expect(parseSoonDays("")).toBeNull();
  });
});
