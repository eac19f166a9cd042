// A tab's main button (Kontroller, Finn frister, Forhåndsvis) at the head of its button row, and
// under the row why its last run was refused, with "Prøv igjen". The button is off until the tab
// has what the action needs (a source, a complete request), and runs with exactly that.
import type { ReactNode } from "react";
import type { HostErrorInfo } from "../host-errors";
import { useTabStyles } from "../tabs/styles";
import { ActionError } from "./ActionError";
import { RunButton } from "./RunButton";

export interface MainActionProps<T> {
  /** The action the button runs (a `useAction` state). */
  readonly action: { readonly busy: boolean; readonly error: HostErrorInfo | null; readonly retry: () => void };
  readonly label: string;
  /** What the action runs on; null while the tab lacks it. */
  readonly input: T | null;
  readonly onRun: (input: T) => void;
  readonly "data-testid": string;
  /** Further buttons for the same row. */
  readonly children?: ReactNode;
}

export function MainAction<T>({ action, label, input, onRun, "data-testid": testId, children }: MainActionProps<T>) {
  const styles = useTabStyles();
  return (
    <>
      <div className={styles.actions}>
        <RunButton appearance="primary" busy={action.busy} disabled={input === null} data-testid={testId} onClick={() => input !== null && onRun(input)}>
          {label}
        </RunButton>
        {children}
      </div>
      <ActionError error={action.error} onRetry={action.retry} />
    </>
  );
}
