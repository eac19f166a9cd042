// The pane's four tabs. Kontroll is in the first download; the other tabs load when first opened
// (React.lazy), and stay mounted afterwards so their results survive a switch of tab.
import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useT } from "./pane-context";
import { SourcesProvider } from "./sources";
import CheckTab from "./tabs/CheckTab";

const ChangesTab = lazy(() => import(/* webpackChunkName: "tab-changes" */ "./tabs/ChangesTab"));
const AssignmentsTab = lazy(() => import(/* webpackChunkName: "tab-assignments" */ "./tabs/AssignmentsTab"));
const SettingsTab = lazy(() => import(/* webpackChunkName: "tab-settings" */ "./tabs/SettingsTab"));
const LetterTab = lazy(() => import(/* webpackChunkName: "tab-letter" */ "./tabs/LetterTab"));

export type TabName = "check" | "changes" | "assignments" | "letter" | "settings";

const TABS: ReadonlyArray<{ name: TabName; label: string; render: () => ReactNode }> = [
  { name: "check", label: "UI-TAB-CHECK", render: () => <CheckTab /> },
  { name: "changes", label: "UI-TAB-CHANGES", render: () => <ChangesTab /> },
  { name: "assignments", label: "UI-TAB-ASSIGNMENTS", render: () => <AssignmentsTab /> },
  { name: "letter", label: "UI-TAB-LETTER", render: () => <LetterTab /> },
  { name: "settings", label: "UI-TAB-SETTINGS", render: () => <SettingsTab /> },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Four Norwegian tab names fit one line of a 320 px pane only with tight padding; narrower panes wrap.
  tabs: {
    flexWrap: "wrap",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  loading: { padding: tokens.spacingVerticalL },
});

export interface PaneProps {
  readonly initialTab?: TabName;
}

export function Pane({ initialTab = "check" }: PaneProps) {
  const t = useT();
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>(initialTab);
  const [visited, setVisited] = useState<ReadonlySet<TabName>>(() => new Set([initialTab]));

  const select = (name: TabName) => {
    setTab(name);
    setVisited((v) => (v.has(name) ? v : new Set([...v, name])));
  };

  return (
    <SourcesProvider>
      <div className={styles.root}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => select(d.value as TabName)}
          aria-label={t("UI-TABS")}
        >
          {TABS.map((x) => (
            <Tab
              key={x.name}
              className={styles.tab}
              value={x.name}
              id={`tab-${x.name}`}
              aria-controls={visited.has(x.name) ? `panel-${x.name}` : undefined}
            >
              {t(x.label)}
            </Tab>
          ))}
        </TabList>
        {TABS.map((x) =>
          visited.has(x.name) ? (
            // Focusable, as the ARIA tabs pattern asks when a panel does not start with a control:
            // Tab from the tab list lands in the panel at once, even while its chunk still loads
            // (its controls do not exist yet), and the next Tab reaches its first control.
            <div key={x.name} role="tabpanel" tabIndex={0} id={`panel-${x.name}`} aria-labelledby={`tab-${x.name}`} hidden={tab !== x.name}>
              <Suspense fallback={<Spinner className={styles.loading} size="small" label={t("UI-LOADING")} />}>{x.render()}</Suspense>
            </div>
          ) : null,
        )}
      </div>
    </SourcesProvider>
  );
}
