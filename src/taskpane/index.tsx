// Task pane entry. It stays tiny: it waits for Office, then loads the pane for the host (the
// workbook pane in Excel, "Sett inn endringstabell" in Word), or shows a plain page that says the
// pane runs in Excel. React and Fluent UI live in separate chunks that only Office downloads.
import { formatMessage, langFromLocale, type Lang } from "../core/i18n/catalog";
import { EXCEL_HOST, WORD_HOST, waitForOffice, type PaneHost } from "./office-ready";
import { renderOutsideOffice } from "./outside-office";

// Office.onReady answers in about 0.1 s outside Office and within a few seconds inside it.
const OFFICE_READY_TIMEOUT_MS = 10_000;

interface PaneModule {
  mountApp(root: HTMLElement, lang: Lang): void;
}

/** The pane for each Office host this add-in supports, each its own lazily loaded chunk. */
const panesByHost: Readonly<Record<string, () => Promise<PaneModule>>> = {
  [EXCEL_HOST]: () => import(/* webpackChunkName: "app" */ "./mount-app"),
  [WORD_HOST]: () => import(/* webpackChunkName: "word" */ "./word/mount-word-app"),
};

function browserLang(): Lang {
  return langFromLocale(navigator.languages?.[0] ?? navigator.language);
}

function showLoadFailure(root: HTMLElement, lang: Lang, error: unknown): void {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = formatMessage("UI-APP-LOAD-FAILED", { text: error instanceof Error ? error.message : String(error) }, lang);
  root.replaceChildren(p);
}

async function start(root: HTMLElement): Promise<void> {
  // A late answer from Office (after the timeout page is up) still starts the pane.
  const where: PaneHost = await waitForOffice(OFFICE_READY_TIMEOUT_MS, (late) => void show(root, late));
  await show(root, where);
}

async function show(root: HTMLElement, where: PaneHost): Promise<void> {
  const loadPane = where.kind === "office" ? panesByHost[where.host] : undefined;
  if (where.kind !== "office" || !loadPane) {
    renderOutsideOffice(root, where, browserLang());
    return;
  }
  const lang = langFromLocale(where.displayLanguage ?? navigator.language);
  try {
    const { mountApp } = await loadPane();
    mountApp(root, lang);
  } catch (error) {
    showLoadFailure(root, lang, error);
  }
}

const root = document.getElementById("root");
if (root) {
  root.textContent = formatMessage("UI-LOADING", {}, browserLang());
  void start(root);
}
