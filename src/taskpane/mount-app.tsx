// Mounts the React app inside Fluent UI's provider. Loaded on demand, only when the host is Excel.
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/i18n/catalog";
import { App } from "./App";
import { paneTheme } from "./theme";

export function mountApp(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  const theme = paneTheme();
  createRoot(root).render(
    <FluentProvider theme={theme}>
      <App lang={lang} />
    </FluentProvider>,
  );
}
