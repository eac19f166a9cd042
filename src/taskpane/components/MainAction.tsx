// A step's button (Kontroller, Forhåndsvis, Skriv til arket, Finn frister) with, right under it,
// its news (StatusSlot) and why its last run was refused, with "Prøv igjen". The button is off
// until the tab has what the action needs, and runs with exactly that. Work over a second gets
// Avbryt beside the button when stopping it is safe (reading, not writing).
import { Button } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { HostErrorInfo } from "../host-errors";
import { useT } from "../pane-context";
import { useTabStyles } from "../tabs/styles";
import { ActionError } from "./ActionError";
import { RunButton } from "./RunButton";
import { type SlotMessage, StatusSlot } from "./StatusSlot";

export interface MainActionProps<T> {
  /** The action the button runs (a `useAction` state). */
  readonly action: {
    readonly busy: boolean;
    readonly slow: boolean;
    readonly error: HostErrorInfo | null;
    readonly retry: () => void;
    readonly cancel: () => void;
  };
  readonly label: string;
  /** What the action runs on; null while the tab lacks it. */
  readonly input: T | null;
  readonly onRun: (input: T) => void;
  readonly "data-testid": string;
  readonly appearance?: "primary" | "secondary";
  /** The work in words while it runs ("Leser 3 000 rader fra Tildeling …"). */
  readonly progress?: string;
  /** Offer Avbryt when the work takes more than a second (only for work that only reads). */
  readonly cancellable?: boolean;
  /** The result or confirmation, shown under the button. */
  readonly message?: SlotMessage | null;
  /** Further buttons for the same row. */
  readonly children?: ReactNode;
}

export function MainAction<T>({
  action,
  label,
  input,
  onRun,
  "data-testid": testId,
  appearance = "primary",
  progress,
  cancellable = false,
  message = null,
  children,
}: MainActionProps<T>) {
  const t = useT();
  const styles = useTabStyles();
  return (
    <>
      <div className={styles.actions}>
        <RunButton appearance={appearance} busy={action.busy} disabled={input === null} data-testid={testId} onClick={() => input !== null && onRun(input)}>
          {label}
        </RunButton>
        {cancellable && action.busy && action.slow && (
          <Button data-testid={`${testId}-cancel`} onClick={action.cancel}>
            {t("UI-CANCEL")}
          </Button>
        )}
        {children}
      </div>
      <StatusSlot progress={action.busy ? (progress ?? t("UI-WORKING")) : null} message={message} data-testid={`${testId}-status`} />
      <ActionError error={action.error} onRetry={action.retry} />
    </>
  );
}
