// Renders the whole pane (App inside Fluent UI's provider) with a fake host, as Excel would show it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import type { Lang } from "../../../src/core/i18n/catalog";
import type { PaneSettings } from "../../../src/app/pane-actions";
import { App } from "../../../src/taskpane/App";
import type { TabName } from "../../../src/taskpane/Pane";
import type { RequirementChecker } from "../../../src/excel/requirements";
import { FakePaneActions, SEED_SOURCES } from "./fake-actions";

export const allSupported: RequirementChecker = { isSetSupported: () => true };

export const testSettings: PaneSettings = { referenceDate: "2026-11-23", soonDays: 30, unit: "auto", chartYear: 2024 };

export function renderApp(options: { lang?: Lang; actions?: FakePaneActions; requirements?: RequirementChecker | null; tab?: TabName; settings?: Partial<PaneSettings> } = {}) {
  const actions = options.actions ?? Object.assign(new FakePaneActions(), { sources: SEED_SOURCES });
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App
        lang={options.lang ?? "nb"}
        actions={actions}
        requirements={options.requirements === undefined ? allSupported : options.requirements}
        initialSettings={{ ...testSettings, ...options.settings }}
        initialTab={options.tab}
      />
    </FluentProvider>,
  );
  return { ...result, actions };
}

/** The named button once it can be pressed (the sheet list arrives from Excel first). */
export async function enabledButton(name: string | RegExp): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
  return button;
}
