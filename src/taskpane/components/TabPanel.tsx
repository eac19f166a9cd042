// The frame every tab shares: one column that fits a 320 px pane, opened by a short intro.
import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTabStyles } from "../tabs/styles";

export interface TabPanelProps {
  readonly intro: string;
  readonly children: ReactNode;
}

export function TabPanel({ intro, children }: TabPanelProps) {
  const styles = useTabStyles();
  return (
    <div className={styles.panel}>
      <Text size={200} className={styles.intro}>
        {intro}
      </Text>
      {children}
    </div>
  );
}
