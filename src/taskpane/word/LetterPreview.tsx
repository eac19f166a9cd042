// The letter table as the user will get it in Word: same cells, same alignment, and the
// caption and the paragraphs under the table (kap./post lines, sentences) when they are chosen. Cell texts are React text children,
// so whatever was pasted shows as characters, never as HTML.
import { makeStyles, tokens } from "@fluentui/react-components";
import { amountColumns, letterCells, type LetterTable } from "../../core/letter/letter-table";

const useStyles = makeStyles({
  // A wide table scrolls sideways inside the pane instead of widening it.
  scroller: { overflowX: "auto", maxWidth: "100%", minWidth: 0 },
  table: { borderCollapse: "collapse", marginTop: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalS },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    verticalAlign: "top",
  },
  amount: { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
});

export interface LetterPreviewProps {
  readonly table: LetterTable;
  readonly caption: boolean;
  /** The paragraphs under the table, placed as they will be inserted (letter-paragraphs.ts). */
  readonly paragraphs: readonly string[];
}

export function LetterPreview({ table, caption, paragraphs }: LetterPreviewProps) {
  const styles = useStyles();
  const amounts = new Set(amountColumns(table));
  const [header, ...body] = letterCells(table);
  const cellClass = (col: number, bold: boolean): string =>
    [styles.cell, amounts.has(col) ? styles.amount : "", bold ? styles.bold : ""].filter(Boolean).join(" ");
  return (
    <div>
      {caption && <p className={styles.paragraph}>{table.caption}</p>}
      <div className={styles.scroller} role="region" aria-label={table.caption} tabIndex={0}>
      <table className={styles.table}>
        <thead>
          <tr>
            {header.map((text, c) => (
              <th key={c} scope="col" className={cellClass(c, true)}>
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {row.map((text, c) => (
                <td key={c} className={cellClass(c, table.rows[r].kind === "total")}>
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {paragraphs.map((line, i) => (
        <p key={i} className={styles.paragraph}>
          {line}
        </p>
      ))}
    </div>
  );
}
