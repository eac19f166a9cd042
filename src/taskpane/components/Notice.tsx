// A short, polite confirmation ("Markerte 3 celler ...") announced to screen readers.
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeProps {
  readonly text: string | null;
  readonly intent?: "success" | "info" | "warning";
}

export function Notice({ text, intent = "success" }: NoticeProps) {
  if (!text) return null;
  return (
    <MessageBar intent={intent} layout="multiline" aria-live="polite">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
