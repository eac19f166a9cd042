// The pane follows Office's theme: Office.context.officeTheme gives the colours Office itself
// uses (White, Colorful, Dark Gray, Black); a dark body background picks Fluent's dark theme, any
// other its light one (Colorful has a light body). Windows high contrast needs nothing of ours:
// the browser forces the system colours, and Fluent's components carry forced-colors styles.
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

export type ThemeKind = "light" | "dark";

interface OfficeThemeLike {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (0 black .. 1 white) of "#rrggbb" or "#rgb"; null when unreadable. */
function luminance(colour: string): number | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeKindOf(officeTheme: OfficeThemeLike | null | undefined): ThemeKind {
  const l = officeTheme?.bodyBackgroundColor ? luminance(officeTheme.bodyBackgroundColor) : null;
  return l !== null && l < 0.2 ? "dark" : "light";
}

/** Office's theme as the page's globals give it; null outside Office or in an Office without themes. */
export function currentOfficeTheme(scope: unknown = globalThis): OfficeThemeLike | null {
  try {
    const office = (scope as { Office?: { context?: { officeTheme?: OfficeThemeLike } } }).Office;
    return office?.context?.officeTheme ?? null;
  } catch {
    return null;
  }
}

/** The Fluent theme for Office's theme, and the page set to match (its background, native controls). */
export function paneTheme(officeTheme: OfficeThemeLike | null = currentOfficeTheme()): Theme {
  const kind = themeKindOf(officeTheme);
  const theme = kind === "dark" ? webDarkTheme : webLightTheme;
  if (typeof document !== "undefined") {
    document.documentElement.style.colorScheme = kind;
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
  }
  return theme;
}
