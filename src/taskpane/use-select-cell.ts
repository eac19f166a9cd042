// Jumping from a result to its cell in Excel, as every result list offers it: the handler, and
// the refusal (Excel busy, a cell being edited) for the tab to show with "Prøv igjen".
import { useCallback } from "react";
import type { HostErrorInfo } from "./host-errors";
import { useActions } from "./pane-context";
import { useAction } from "./use-action";

export interface SelectCell {
  readonly onSelectCell: (address: string) => void;
  readonly error: HostErrorInfo | null;
  readonly retry: () => void;
}

export function useSelectCell(): SelectCell {
  const actions = useActions();
  const { run, error, retry } = useAction<void>();
  const onSelectCell = useCallback((address: string) => void run(() => actions.selectCell(address)), [run, actions]);
  return { onSelectCell, error, retry };
}
