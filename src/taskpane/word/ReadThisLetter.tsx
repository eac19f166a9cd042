// Les dette brevet (the Word pane): reads the open letter's paragraphs and tables through the
// Word adapter it receives, shows the same items as the Excel pane's Les inn fra brev, each with
// its source and a checkbox, and copies the ticked items for Excel, one sheet at a time
// (Tildeling, Endringer, Oppdrag), in the layout the Excel pane and the command line write.
// Never touches Office.js itself; letter text is only ever rendered as React text.
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CopyOutcome } from "../../app/pane-actions";
import type { Unit } from "../../core/amounts/unit";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import type { LetterDocument } from "../../core/letter-reading/document";
import { letterSheets } from "../../core/letter-reading/letter-sheets";
import { copyTable } from "../clipboard";
import "../message-face";
import { LetterItemList } from "../letter-reading/LetterItemList";
import { LetterUnitChoice } from "../letter-reading/LetterUnitChoice";
import { unitLine } from "../letter-reading/item-text";
import { type LetterRead, readDocument } from "../letter-reading/read-input";
import { sheetHtml, sheetTsv } from "../letter-reading/sheet-clipboard";
import { useLetterSelection } from "../letter-reading/use-letter-selection";

export interface ReadThisLetterProps {
  readonly lang: Lang;
  /** Reads the open document's body in one Word round trip (src/word/read-letter-document.ts). */
  readonly readLetterDocument: () => Promise<LetterDocument>;
  /** The clipboard; the browser's unless a test gives another. */
  readonly copy?: (html: string, text: string) => Promise<CopyOutcome>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "read"; read: LetterRead } | { kind: "failed"; text: string };

export function ReadThisLetter({ lang, readLetterDocument, copy = (html, text) => copyTable(html, text) }: ReadThisLetterProps) {
  const styles = useStyles();
  const t = (key: string, params: Record<string, string | number> = {}) => formatMessage(key, params, lang);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [copied, setCopied] = useState<{ sheet: string; outcome: CopyOutcome } | null>(null);
  // The unit the user says the letter's tables are in; unset = as the letter says. A new unit
  // reads the document already fetched again, with no new request to Word.
  const [unit, setUnit] = useState<Unit | undefined>(undefined);
  const [document, setDocument] = useState<LetterDocument | null>(null);
  const read = status.kind === "read" && status.read.ok ? status.read : null;
  const selection = useLetterSelection(read ? read.reading : null);

  async function readLetter(): Promise<void> {
    setStatus({ kind: "busy" });
    setCopied(null);
    try {
      const fetched = await readLetterDocument();
      setDocument(fetched);
      setStatus({ kind: "read", read: readDocument(fetched, t("UI-LR-WORD-NAME"), unit ? { unit } : {}) });
    } catch (error) {
      setStatus({ kind: "failed", text: error instanceof Error ? error.message : String(error) });
    }
  }

  const sheets = read && selection.kept ? letterSheets(selection.kept, t("UI-LR-WORD-NAME")) : [];
  const reading = read?.reading;
  return (
    <section className={styles.section} aria-labelledby="word-read-letter-title">
      <h2 id="word-read-letter-title" className={styles.heading}>
        {t("UI-LR-WORD-TITLE")}
      </h2>
      <Caption1 as="p">{t("UI-LR-WORD-INTRO")}</Caption1>
      <div className={styles.actions}>
        <Button
          disabledFocusable={status.kind === "busy"}
          icon={status.kind === "busy" ? <Spinner size="extra-tiny" aria-label={t("UI-LR-READING")} /> : undefined}
          onClick={() => {
            if (status.kind !== "busy") void readLetter();
          }}
        >
          {t("UI-LR-WORD-READ")}
        </Button>
      </div>
      <div role="status" aria-live="polite" data-testid="word-letter-status">
        {reading && (
          <MessageBar intent={reading.diagnostics.length > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {t("UI-LR-SUMMARY", { source: t("UI-LR-WORD-NAME"), allocations: reading.allocations.length, changes: reading.changes.length, assignments: reading.assignments.length })}
              {unitLine(reading, lang) ? ` ${unitLine(reading, lang)}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {status.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{t("UI-LR-WORD-READ-FAILED", { text: status.text })}</MessageBarBody>
        </MessageBar>
      )}
      {reading && (
        <>
          <LetterUnitChoice
            lang={lang}
            unit={unit}
            onChange={(chosen) => {
              setUnit(chosen);
              if (document) setStatus({ kind: "read", read: readDocument(document, t("UI-LR-WORD-NAME"), chosen ? { unit: chosen } : {}) });
            }}
          />
          <LetterItemList reading={reading} items={selection.items} checked={selection.checked} onToggle={selection.toggle} lang={lang} headingLevel={3} />
          <div className={styles.actions}>
            {sheets.map((spec) => (
              <Button
                key={spec.name}
                disabled={spec.rows.length === 0}
                onClick={() => {
                  // Straight from the click, with nothing awaited first: webviews refuse the clipboard otherwise.
                  void copy(sheetHtml(spec), sheetTsv(spec)).then((outcome) => setCopied({ sheet: spec.name, outcome }));
                }}
              >
                {t("UI-LR-COPY", { sheet: spec.name })}
              </Button>
            ))}
          </div>
          <div role="status" aria-live="polite" data-testid="word-letter-copied">
            {copied && (
              <MessageBar intent={copied.outcome === "failed" ? "error" : "success"} layout="multiline">
                <MessageBarBody>{copied.outcome === "failed" ? t("UI-LR-COPY-FAILED") : t("UI-LR-COPIED", { sheet: copied.sheet })}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </>
      )}
    </section>
  );
}
