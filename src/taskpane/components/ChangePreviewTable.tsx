// The change table as it will be written: Kap/post, Tildeling før, Endring, Ny tildeling and a
// total row. Amounts go through the engine's formatter ("57 625", "−1 000"), in the table's unit.
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useId } from "react";
import { formatAmount } from "../../core/amounts/format-amount";
import { unitLabel } from "../../core/amounts/unit";
import type { ChangePreview } from "../actions";
import { useLang, useT } from "../pane-context";

const useStyles = makeStyles({
  // Scrolls sideways inside a narrow pane; focusable so a keyboard user can scroll it too.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  caption: { captionSide: "top", textAlign: "start", paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  table: { minWidth: "288px" },
  num: { textAlign: "end", justifyContent: "flex-end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  code: { whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface ChangePreviewTableProps {
  readonly preview: ChangePreview;
}

export function ChangePreviewTable({ preview }: ChangePreviewTableProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const captionId = useId();
  const amount = (v: Decimal | null) => (v === null ? t("UI-UNKNOWN-AMOUNT") : formatAmount(v));
  const caption = preview.unit ? `${t("UI-PREVIEW-TABLE")} (${unitLabel(preview.unit, lang)})` : t("UI-PREVIEW-TABLE");
  if (preview.rows.length === 0) return <p>{t("UI-NO-ROWS")}</p>;
  return (
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
            <TableCell>{t("UI-TOTAL")}</TableCell>
            <TableCell className={styles.num}>{amount(preview.totals.before)}</TableCell>
            <TableCell className={styles.num}>{amount(preview.totals.change)}</TableCell>
            <TableCell className={styles.num}>{amount(preview.totals.after)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
