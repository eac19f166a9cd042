// The change table as it will be written: Kap/post, Tildeling før, Endring, Ny tildeling for the
// lines that have an allocation, and their Sum, labelled as such. Changes with no allocation line
// are listed apart, with what became of each and why, so every row on screen either adds up to
// the Sum or says plainly that it is not in it. Amounts go through the engine's formatter
// ("57 625", "−1 000"), in the table's unit.
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useId } from "react";
import { formatAmount } from "../../core/amounts/format-amount";
import { unitLabel } from "../../core/amounts/unit";
import { messageOf } from "../../core/diagnostics";
import type { ChangePreview, ChangePreviewOtherRow } from "../../app/pane-actions";
import { useLang, useT, useTCount } from "../pane-context";

const useStyles = makeStyles({
  // Scrolls sideways inside a narrow pane; focusable so a keyboard user can scroll it too.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  caption: { captionSide: "top", textAlign: "start", paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  table: { minWidth: "288px" },
  num: { textAlign: "end", justifyContent: "flex-end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  code: { whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
  other: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground2 },
  messages: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export interface ChangePreviewTableProps {
  readonly preview: ChangePreview;
}

function OtherRows({ rows }: { readonly rows: readonly ChangePreviewOtherRow[] }) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.other} aria-labelledby={headingId} data-testid="change-other-rows">
      <h3 id={headingId} className={styles.heading}>
        {t("UI-OTHER-ROWS")}
      </h3>
      <div className={styles.scroller}>
        <Table size="extra-small" aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("UI-COL-CODE")}</TableHeaderCell>
              <TableHeaderCell className={styles.num}>{t("UI-COL-CHANGE")}</TableHeaderCell>
              <TableHeaderCell>{t("UI-COL-OUTCOME")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.code}>
                <TableCell className={styles.code} title={r.name}>
                  {r.code}
                </TableCell>
                <TableCell className={styles.num}>{formatAmount(r.change)}</TableCell>
                <TableCell>{t(r.status === "new" ? "UI-OUTCOME-NEW" : "UI-OUTCOME-REJECTED")}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className={styles.messages}>
        {rows.flatMap((r) =>
          r.diagnostics.map((d, i) => (
            <li key={`${r.code}-${i}`}>
              <Text size={200}>
                <strong>{r.code}</strong>: {messageOf(d, lang)}
              </Text>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

export function ChangePreviewTable({ preview }: ChangePreviewTableProps) {
  const t = useT();
  const tn = useTCount();
  const lang = useLang();
  const styles = useStyles();
  const captionId = useId();
  const amount = (v: Decimal | null) => (v === null ? t("UI-UNKNOWN-AMOUNT") : formatAmount(v));
  const caption = preview.unit ? `${t("UI-PREVIEW-TABLE")} (${unitLabel(preview.unit, lang)})` : t("UI-PREVIEW-TABLE");
  const others = preview.otherRows;
  return (
    <>
      {preview.rows.length === 0 ? (
        <p>{t("UI-NO-ROWS")}</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0} data-testid="change-preview">
          <Table size="extra-small" className={styles.table}>
            <caption id={captionId} className={styles.caption}>
              {caption}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("UI-COL-CODE")}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{t("UI-COL-BEFORE")}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{t("UI-COL-CHANGE")}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{t("UI-COL-AFTER")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {preview.rows.map((r) => (
                <TableRow key={r.code}>
                  <TableCell className={styles.code} title={r.name}>
                    {r.code}
                  </TableCell>
                  <TableCell className={styles.num}>{amount(r.before)}</TableCell>
                  <TableCell className={styles.num}>{amount(r.change)}</TableCell>
                  <TableCell className={styles.num}>{amount(r.after)}</TableCell>
                </TableRow>
              ))}
              <TableRow className={styles.total}>
                <TableCell>{t(others.length > 0 ? "UI-TOTAL-LINES" : "UI-TOTAL")}</TableCell>
                <TableCell className={styles.num}>{amount(preview.totals.before)}</TableCell>
                <TableCell className={styles.num}>{amount(preview.totals.change)}</TableCell>
                <TableCell className={styles.num}>{amount(preview.totals.after)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </div>
      )}
      {others.length > 0 && (
        <>
          {preview.rows.length > 0 && (
            <Text size={200} className={styles.note} data-testid="change-sum-note">
              {tn("UI-PREVIEW-SUM-NOTE", others.length)}
            </Text>
          )}
          <OtherRows rows={others} />
        </>
      )}
    </>
  );
}
