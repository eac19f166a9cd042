// An action button that shows a spinner while its action runs. While busy it stays focusable
// (aria-disabled, clicks ignored) instead of disabled, so keyboard focus stays on it rather than
// falling to the page, and a second press cannot start the same Excel request twice.
import { Button, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useT } from "../pane-context";

export interface RunButtonProps {
  readonly busy: boolean;
  readonly disabled?: boolean;
  readonly appearance?: "primary" | "secondary";
  readonly onClick: () => void;
  readonly children: ReactNode;
  readonly "data-testid"?: string;
}

export function RunButton({ busy, disabled, appearance = "secondary", onClick, children, "data-testid": testId }: RunButtonProps) {
  const t = useT();
  return (
    <Button
      appearance={appearance}
      disabled={!busy && disabled}
      disabledFocusable={busy}
      aria-busy={busy || undefined}
      data-testid={testId}
      onClick={() => {
        if (!busy) onClick();
      }}
      icon={busy ? <Spinner size="extra-tiny" aria-label={t("UI-WORKING")} /> : undefined}
    >
      {children}
    </Button>
  );
}
