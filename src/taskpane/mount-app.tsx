// Mounts the React app inside Fluent UI's provider. Loaded on demand, only when the host is Excel.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/i18n/catalog";
import { App } from "./App";

export function mountApp(root: HTMLElement, lang: Lang): void {
  document.documentElement.lang = lang;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App lang={lang} />
    </FluentProvider>,
  );
}
