// Mounts the Word pane. The pane entry (src/taskpane/index.tsx) loads this chunk when the host is
// Word, the way it loads mount-app.tsx for Excel; it exports `mountApp` with the same signature.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadChartAsync } from "../../core/chart/load-chart-async";
import type { Lang } from "../../core/i18n/catalog";
import type { LetterLanguage } from "../../core/letter/letter-language";
import { wordActions } from "../../word/insert-letter-table";
import { wordLetterReader } from "../../word/read-letter-document";
import { loadSettings, saveSettings } from "../settings";
import { paneTheme } from "../theme";
import { WordApp } from "./WordApp";

export function mountApp(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  const theme = paneTheme();
  const actions = wordActions();
  // The letter language is the one setting the Excel pane and the Word pane share.
  const settings = loadSettings();
  const rememberLanguage = (letterLanguage: LetterLanguage) => saveSettings({ ...loadSettings(), letterLanguage });
  createRoot(root).render(
    <FluentProvider theme={theme}>
      <WordApp
        lang={lang}
        insertLetterTable={actions.insertLetterTable}
        canInsertTables={actions.canInsertTables()}
        letterLanguage={settings.letterLanguage}
        onLetterLanguage={rememberLanguage}
        {...(typeof settings.chartYear === "number" ? { year: settings.chartYear } : {})}
        loadChart={loadChartAsync}
        readLetterDocument={wordLetterReader()}
      />
    </FluentProvider>,
  );
}
