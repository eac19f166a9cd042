// The one place under a step's button where its news appears: what it is doing while it works
// ("Leser 3 000 rader …"), then its result or confirmation, each replacing the last. The live
// region is always in the page, so screen readers announce every change of its text, and it is
// scrolled into view when news arrives, so the user sees it where they are looking.
import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

export interface SlotMessage {
  readonly text: string;
  readonly intent?: "success" | "info" | "warning" | "error";
}

const useStyles = makeStyles({
  slot: { minWidth: 0, overflowWrap: "anywhere" },
  progress: { color: tokens.colorNeutralForeground2 },
});

export interface StatusSlotProps {
  /** While busy: the work in words. */
  readonly progress: string | null;
  readonly message: SlotMessage | null;
  readonly "data-testid"?: string;
}

export function StatusSlot({ progress, message, "data-testid": testId }: StatusSlotProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const shown = progress ?? message?.text ?? "";
  useEffect(() => {
    if (shown !== "") ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown]);
  return (
    <div ref={ref} role="status" aria-live="polite" className={styles.slot} data-testid={testId}>
      {progress ? (
        <Text size={200} className={styles.progress}>
          {progress}
        </Text>
      ) : message ? (
        <MessageBar intent={message.intent ?? "success"} layout="multiline">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
