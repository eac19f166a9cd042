// The workbook's sheets and tables, listed once for every tab and refreshed on demand (the user
// may add a sheet while the pane is open). Each tab picks its own default from what was detected.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type SourceKind, type SourceOption, type SourceRef, sourceKey } from "../app/pane-actions";
import { rowsOfAddress } from "./amount-text";
import type { HostErrorInfo } from "./host-errors";
import { useActions } from "./pane-context";
import { useAction } from "./use-action";

interface SourcesValue {
  readonly sources: readonly SourceOption[] | undefined;
  readonly busy: boolean;
  readonly error: HostErrorInfo | null;
  readonly refresh: () => void;
}

const SourcesContext = createContext<SourcesValue | null>(null);

export function SourcesProvider({ children }: { readonly children: ReactNode }) {
  const actions = useActions();
  const state = useAction<readonly SourceOption[]>();
  const { run } = state;
  const refresh = useCallback(() => void run(() => actions.listSources()), [run, actions]);
  useEffect(refresh, [refresh]);
  const value = useMemo(
    () => ({ sources: state.value, busy: state.busy, error: state.error, refresh }),
    [state.value, state.busy, state.error, refresh],
  );
  return <SourcesContext.Provider value={value}>{children}</SourcesContext.Provider>;
}

export function useSources(): SourcesValue {
  const value = useContext(SourcesContext);
  if (!value) throw new Error("useSources must be used inside SourcesProvider");
  return value;
}

/** The source that most looks like `kind`: detected as that first, then as that at all, else none. */
export function defaultSourceFor(sources: readonly SourceOption[], kind: SourceKind): SourceRef | null {
  const first = sources.find((s) => s.kinds[0] === kind) ?? sources.find((s) => s.kinds.includes(kind));
  return first ? { sheet: first.sheet, ...(first.table ? { table: first.table } : {}) } : null;
}

/** A tab's chosen source; choosing another one clears what the tab computed from the old one. */
export function useChosenSource(clear: () => void): [SourceRef | null, (source: SourceRef | null) => void] {
  const [source, setSource] = useState<SourceRef | null>(null);
  const choose = useCallback(
    (next: SourceRef | null) => {
      setSource(next);
      clear();
    },
    [clear],
  );
  return [source, choose];
}

/** How many rows a source spans, from the address Excel gave when listing it; null when unknown. */
export function useSourceRows(source: SourceRef | null): number | null {
  const { sources } = useSources();
  if (!source || !sources) return null;
  const found = sources.find((s) => sourceKey(s) === sourceKey(source));
  return rowsOfAddress(found?.address);
}
