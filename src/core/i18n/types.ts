export type Lang = "nb" | "en";

/** A message in both languages; `{name}` marks a placeholder. */
export interface Message {
  readonly nb: string;
  readonly en: string;
}

export type MessageTable = Readonly<Record<string, Message>>;
