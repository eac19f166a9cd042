// The page shown when the pane is opened anywhere but Excel. Plain DOM, no React: it must render
// even when the app bundle or office.js did not load, and it keeps the first download small.
import { formatMessage, type Lang } from "../core/i18n/catalog";
import type { PaneHost } from "./office-ready";

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  return el;
}

function reasonFor(where: PaneHost, lang: Lang): string | null {
  switch (where.kind) {
    case "no-office-js":
      return formatMessage("UI-OUTSIDE-NO-OFFICE-JS", {}, lang);
    case "timeout":
      return formatMessage("UI-OUTSIDE-TIMEOUT", { seconds: where.seconds }, lang);
    case "office":
      return formatMessage("UI-OUTSIDE-OTHER-HOST", { host: where.host }, lang);
    case "browser":
      return null;
  }
}

export function renderOutsideOffice(root: HTMLElement, where: PaneHost, lang: Lang): void {
  const page = element("main");
  page.className = "outside";
  page.setAttribute("data-testid", "outside-excel");
  page.append(element("h1", formatMessage("UI-OUTSIDE-TITLE", {}, lang)));
  page.append(element("p", formatMessage("UI-OUTSIDE-INTRO", {}, lang)));
  const reason = reasonFor(where, lang);
  if (reason) {
    const note = element("p", reason);
    note.className = "note";
    page.append(note);
  }
  page.append(element("p", formatMessage("UI-OUTSIDE-HOW", {}, lang)));
  const steps = element("ol");
  steps.append(element("li", formatMessage("UI-OUTSIDE-STEP-INSTALL", {}, lang)));
  steps.append(element("li", formatMessage("UI-OUTSIDE-STEP-OPEN", {}, lang)));
  page.append(steps);
  root.replaceChildren(page);
  document.documentElement.lang = lang;
  document.title = formatMessage("UI-OUTSIDE-TITLE", {}, lang);
}
