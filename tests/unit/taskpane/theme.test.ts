// The pane follows Office's theme by its body colour: Office's own theme colours (Excel 365,
// File > Account > Office Theme) for White, Colorful, Dark Gray and Black.
import { themeKindOf } from "../../../src/taskpane/theme";

describe("Office's theme", () => {
  it("White and Colorful have a light body: the light theme", () => {
    expect(themeKindOf({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(themeKindOf({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
  });

  it("Dark Gray and Black have a dark body: the dark theme", () => {
    expect(themeKindOf({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(themeKindOf({ bodyBackgroundColor: "#000000" })).toBe("dark");
    expect(themeKindOf({ bodyBackgroundColor: "#1f1f1f" })).toBe("dark");
  });

  it("no theme (outside Office, an old Office) or an unreadable colour: the light theme", () => {
    expect(themeKindOf(null)).toBe("light");
    expect(themeKindOf({})).toBe("light");
    expect(themeKindOf({ bodyBackgroundColor: "black" })).toBe("light");
  });
});
