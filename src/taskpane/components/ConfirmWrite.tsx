// Asked before "Skriv til arket" when the preview has errors: what will happen, and how to undo
// it. The add-in only writes its own new columns (or a new sheet), never a typed cell.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useTCount, useT } from "../pane-context";

export interface ConfirmWriteProps {
  readonly open: boolean;
  readonly errors: number;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmWrite({ open, errors, onConfirm, onCancel }: ConfirmWriteProps) {
  const t = useT();
  const tn = useTCount();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface aria-describedby="confirm-write-body" data-testid="confirm-write">
        <DialogBody>
          <DialogTitle>{tn("UI-CONFIRM-WRITE-TITLE", errors)}</DialogTitle>
          <DialogContent id="confirm-write-body">{t("UI-CONFIRM-WRITE")}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} data-testid="confirm-write-yes">
              {t("UI-CONFIRM-WRITE-YES")}
            </Button>
            <Button onClick={onCancel}>{t("UI-CONFIRM-WRITE-NO")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
