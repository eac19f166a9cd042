// Mounts the Word pane. The pane entry (src/taskpane/index.tsx) loads this chunk when the host is
// Word, the way it loads mount-app.tsx for Excel; it exports `mountApp` with the same signature.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../../core/i18n/catalog";
import { wordActions } from "../../word/insert-letter-table";
import { wordLetterReader } from "../../word/read-letter-document";
import { paneTheme } from "../theme";
import { WordApp } from "./WordApp";

export function mountApp(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  const theme = paneTheme();
  const actions = wordActions();
  createRoot(root).render(
    <FluentProvider theme={theme}>
      <WordApp lang={lang} insertLetterTable={actions.insertLetterTable} canInsertTables={actions.canInsertTables()} readLetterDocument={wordLetterReader()} />
    </FluentProvider>,
  );
}
