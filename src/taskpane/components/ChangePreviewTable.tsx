// The change table as it will be written: Kap/post, Tildeling før, Endring, Ny tildeling for the
// lines that have an allocation, and their Sum. Changes with no allocation line are listed apart,
// each with what became of it and why, so every row on screen either adds up to the Sum or says
// plainly that it is not in it. Columns take the width of their content; in a narrow pane the
// amounts scroll sideways while Kap/post stays put, and amount headers sit over their numbers.
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type Decimal from "decimal.js";
import { useId } from "react";
import { unitLabel } from "../../core/amounts/unit";
import { messageOf } from "../../core/diagnostics";
import type { ChangePreview, ChangePreviewOtherRow } from "../../app/pane-actions";
import { amountText } from "../amount-text";
import { useLang, useT, useTCount } from "../pane-context";

const useStyles = makeStyles({
  // Scrolls sideways inside a narrow pane; focusable so a keyboard user can scroll it too.
  scroller: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { captionSide: "top", textAlign: "start", paddingBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "bottom",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { fontWeight: tokens.fontWeightSemibold, textAlign: "start", whiteSpace: "normal", minWidth: "4.5em" },
  num: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // Kap/post stays in view while the amounts scroll.
  sticky: { position: "sticky", left: 0, zIndex: 1, whiteSpace: "nowrap", borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  rowHead: { fontWeight: "inherit", textAlign: "start" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
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
  const c = (...more: Array<string | false>) => mergeClasses(styles.cell, ...more);
  return (
    <section className={styles.other} aria-labelledby={headingId} data-testid="change-other-rows">
      <h3 id={headingId} className={styles.heading}>
        {t("UI-OTHER-ROWS")}
      </h3>
      <div className={styles.scroller}>
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className={c(styles.head, styles.sticky)}>
                {t("UI-COL-CODE")}
              </th>
              <th scope="col" className={c(styles.head, styles.num)}>
                {t("UI-COL-CHANGE")}
              </th>
              <th scope="col" className={c(styles.head)}>
                {t("UI-COL-OUTCOME")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row" className={c(styles.sticky, styles.rowHead)} title={r.name}>
                  {r.code}
                </th>
                <td className={c(styles.num)}>{amountText(r.change)}</td>
                <td className={c()}>{t(r.status === "new" ? "UI-OUTCOME-NEW" : "UI-OUTCOME-REJECTED")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.messages}>
        {rows.flatMap((r) =>
          r.diagnostics.map((d, i) => (
            <li key={`${r.code}-${i}`}>
              <Text size={200}>{messageOf(d, lang)}</Text>
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
  const amount = (v: Decimal | null) => (v === null ? t("UI-UNKNOWN-AMOUNT") : amountText(v));
  const caption = preview.unit ? `${t("UI-PREVIEW-TABLE")} (${unitLabel(preview.unit, lang)})` : t("UI-PREVIEW-TABLE");
  const others = preview.otherRows;
  const c = (...more: Array<string | false>) => mergeClasses(styles.cell, ...more);
  return (
    <>
      {preview.rows.length === 0 ? (
        <p>{t("UI-NO-ROWS")}</p>
      ) : (
        <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0} data-testid="change-preview">
          <table className={styles.table}>
            <caption id={captionId} className={styles.caption}>
              {caption}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={c(styles.head, styles.sticky)}>
                  {t("UI-COL-CODE")}
                </th>
                <th scope="col" className={c(styles.head, styles.num)}>
                  {t("UI-COL-BEFORE")}
                </th>
                <th scope="col" className={c(styles.head, styles.num)}>
                  {t("UI-COL-CHANGE")}
                </th>
                <th scope="col" className={c(styles.head, styles.num)}>
                  {t("UI-COL-AFTER")}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row" className={c(styles.sticky, styles.rowHead)} title={r.name}>
                    {r.code}
                  </th>
                  <td className={c(styles.num)}>{amount(r.before)}</td>
                  <td className={c(styles.num)}>{amount(r.change)}</td>
                  <td className={c(styles.num)}>{amount(r.after)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row" className={c(styles.sticky, styles.rowHead, styles.total)}>
                  {t(others.length > 0 ? "UI-TOTAL-LINES" : "UI-TOTAL")}
                </th>
                <td className={c(styles.num, styles.total)}>{amount(preview.totals.before)}</td>
                <td className={c(styles.num, styles.total)}>{amount(preview.totals.change)}</td>
                <td className={c(styles.num, styles.total)}>{amount(preview.totals.after)}</td>
              </tr>
            </tbody>
          </table>
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
