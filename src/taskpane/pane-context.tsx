// What every component of the pane reads from context: the UI language, the host actions and the
// shared settings (Innstillinger). Kept in one provider so a test can render any tab on its own.
import { createContext, type ReactNode, useCallback, useContext, useMemo } from "react";
import { formatMessage, hasMessage, type Lang, rawMessage } from "../core/i18n/catalog";
import type { PaneActions, PaneSettings } from "../app/pane-actions";
import { countText } from "./amount-text";
import "./message-face";

export type Translate = (key: string, params?: Readonly<Record<string, string | number>>) => string;

interface PaneContextValue {
  readonly lang: Lang;
  readonly actions: PaneActions;
  readonly settings: PaneSettings;
  readonly setSettings: (next: PaneSettings) => void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export interface PaneProviderProps extends PaneContextValue {
  readonly children: ReactNode;
}

export function PaneProvider({ lang, actions, settings, setSettings, children }: PaneProviderProps) {
  const value = useMemo(() => ({ lang, actions, settings, setSettings }), [lang, actions, settings, setSettings]);
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error("Pane components must be rendered inside PaneProvider");
  return value;
}

export function useLang(): Lang {
  return usePane().lang;
}

/** `t("UI-CHECK-RUN")` -> "Kontroller" (or "Check" in English). */
export function useT(): Translate {
  const lang = usePane().lang;
  return useCallback((key, params = {}) => formatMessage(key, params, lang), [lang]);
}

/** A message with a count: `${key}-ONE` when the count is 1 and the catalog has it ("1 celle", not "1 celler"). */
export function useTCount(): (key: string, count: number, params?: Readonly<Record<string, string | number>>) => string {
  const t = useT();
  // The count is written as amounts are: "3 000 rader", with a narrow no-break space; a message
  // with the catalog's plural form ("{count|celle|celler}") gets the number and words it itself.
  const lang = usePane().lang;
  return useCallback(
    (key, count, params = {}) => {
      const chosen = count === 1 && hasMessage(`${key}-ONE`) ? `${key}-ONE` : key;
      const plural = rawMessage(chosen)?.[lang].includes("{count|") ?? false;
      return t(chosen, { count: plural ? count : countText(count), ...params });
    },
    [t, lang],
  );
}

export function useActions(): PaneActions {
  return usePane().actions;
}

export function useSettings(): [PaneSettings, (next: PaneSettings) => void] {
  const { settings, setSettings } = usePane();
  return [settings, setSettings];
}
