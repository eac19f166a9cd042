// One numbered step of a tab that works in steps (Endringer: 1 Forhåndsvis, 2 Skriv til arket,
// 3 Til brevet): a heading with the number, then the step's controls, its button and its news.
import { makeStyles, tokens } from "@fluentui/react-components";
import { type ReactNode, useId } from "react";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "24px",
    height: "24px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface StepProps {
  readonly n: number;
  readonly title: string;
  readonly children: ReactNode;
  readonly "data-testid"?: string;
}

export function Step({ n, title, children, "data-testid": testId }: StepProps) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={styles.step} aria-labelledby={titleId} data-testid={testId}>
      <h2 className={styles.heading}>
        <span className={styles.number} aria-hidden="true">
          {n}
        </span>
        <span id={titleId}>{title}</span>
      </h2>
      {children}
    </section>
  );
}
