// The header both panes share (Excel and Word): the pane's name as the page's one h1 and a line
// saying what it is for, on a thin rule.
import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tagline: { color: tokens.colorNeutralForeground2 },
});

export interface PaneHeaderProps {
  readonly title: string;
  readonly tagline: string;
  readonly titleId?: string;
}

export function PaneHeader({ title, tagline, titleId }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header} data-testid="app-header">
      <Subtitle2 as="h1" id={titleId}>
        {title}
      </Subtitle2>
      <Text size={200} className={styles.tagline}>
        {tagline}
      </Text>
    </header>
  );
}
