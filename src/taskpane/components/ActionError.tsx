// The one way the pane reports a refused host call: why (in the user's words) and a retry button.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostErrorInfo } from "../host-errors";
import { useT } from "../pane-context";

export interface ActionErrorProps {
  readonly error: HostErrorInfo | null;
  readonly onRetry: () => void;
}

export function ActionError({ error, onRetry }: ActionErrorProps) {
  const t = useT();
  if (!error) return null;
  const title = error.kind === "cell-edit" ? t("UI-ERR-CELL-EDIT-TITLE") : t("UI-ERR-UNEXPECTED-TITLE");
  const body =
    error.kind === "cell-edit"
      ? t("UI-ERR-CELL-EDIT")
      : error.kind === "busy"
        ? t("UI-ERR-BUSY")
        : error.kind === "source-gone"
          ? t("UI-ERR-SOURCE-GONE")
          : error.kind === "known"
            ? t(error.code, error.params)
            : t("UI-ERR-UNEXPECTED", { text: error.message || error.code });
  return (
    <MessageBar intent={error.kind === "unexpected" ? "error" : "warning"} layout="multiline" role="alert" data-testid="action-error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {t("UI-RETRY")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
