// The pane's root component: a header, then either the four tabs or, when this Excel lacks an
// API the add-in needs, a plain explanation. The host actions default to the real Excel ones;
// tests pass their own.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { Lang } from "../core/i18n/catalog";
import { formatMessage } from "../core/i18n/catalog";
import type { PaneActions, PaneSettings } from "../app/pane-actions";
import { missingSets, REQUIRED_SETS, type RequirementChecker, type RequirementSet } from "../excel/requirements";
import { createPaneActions, officeRequirements } from "./excel-actions";
import { PaneHeader } from "./components/PaneHeader";
import { Pane, type TabName } from "./Pane";
import { PaneProvider } from "./pane-context";
import { loadSettings, saveSettings } from "./settings";

const describeSets = (sets: readonly RequirementSet[]): string => sets.map((s) => `${s.name} ${s.version}`).join(", ");

const useStyles = makeStyles({
  tooOld: { margin: tokens.spacingHorizontalM },
});

export interface AppProps {
  lang: Lang;
  /** The host actions; the real Excel ones unless a test gives others. */
  actions?: PaneActions;
  /** The requirement-set checker; Office.context.requirements unless a test gives another. */
  requirements?: RequirementChecker | null;
  neededSets?: readonly RequirementSet[];
  initialSettings?: PaneSettings;
  initialTab?: TabName;
}

export function App({ lang, actions, requirements, neededSets = REQUIRED_SETS, initialSettings, initialTab }: AppProps) {
  const styles = useStyles();
  const paneActions = useMemo(() => actions ?? createPaneActions(), [actions]);
  const missing = useMemo(
    () => missingSets(requirements === undefined ? officeRequirements() : requirements, neededSets),
    [requirements, neededSets],
  );
  const [settings, setSettingsState] = useState<PaneSettings>(() => initialSettings ?? loadSettings());
  const setSettings = useCallback((next: PaneSettings) => {
    setSettingsState(next);
    saveSettings(next);
  }, []);

  return (
    <PaneProvider lang={lang} actions={paneActions} settings={settings} setSettings={setSettings}>
      <PaneHeader title={formatMessage("UI-PRODUCT-NAME", {}, lang)} tagline={formatMessage("UI-TAGLINE", {}, lang)} />
      <main>
        {missing.length > 0 ? (
          <MessageBar intent="error" layout="multiline" className={styles.tooOld} data-testid="too-old">
            <MessageBarBody>
              <MessageBarTitle>{formatMessage("UI-TOO-OLD-TITLE", {}, lang)}</MessageBarTitle>
              {formatMessage("UI-TOO-OLD", { sets: describeSets(missing) }, lang)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Pane initialTab={initialTab} />
        )}
      </main>
    </PaneProvider>
  );
}
