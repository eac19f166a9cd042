// A primary action button that shows a spinner while its action runs and stays named for screen readers.
import { Button, type ButtonProps, Spinner } from "@fluentui/react-components";
import { useT } from "../pane-context";

export interface RunButtonProps extends Omit<ButtonProps, "icon"> {
  readonly busy: boolean;
}

export function RunButton({ busy, disabled, children, ...rest }: RunButtonProps) {
  const t = useT();
  return (
    <Button
      {...rest}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      icon={busy ? <Spinner size="extra-tiny" aria-label={t("UI-WORKING")} /> : undefined}
    >
      {children}
    </Button>
  );
}
