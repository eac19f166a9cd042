// Innstillinger: reference date, due-soon window, unit and the chart's budget year. A value is
// applied as soon as it is valid; an invalid one stays in its field with the reason beside it.
import { Field, Input, Select } from "@fluentui/react-components";
import { type ReactNode, useState } from "react";
import { UNITS, type Unit } from "../../core/amounts/unit";
import { LETTER_LANGUAGES, type LetterLanguage } from "../../core/letter/letter-language";
import { AboutLine } from "../components/AboutLine";
import { TabPanel } from "../components/TabPanel";
import { useSettings, useT } from "../pane-context";
import { CHART_YEARS, isValidReferenceDate, MAX_SOON_DAYS, parseSoonDays } from "../settings";

const UNIT_KEY: Record<Unit | "auto", string> = { auto: "UI-UNIT-AUTO", kr: "UI-UNIT-KR", "1000 kr": "UI-UNIT-1000", "mill. kr": "UI-UNIT-MILL", "mrd. kr": "UI-UNIT-MRD" };

/** A typed field: its hint while the text is valid, the reason in its place while it is not. */
function CheckedField({ label, hint, invalid, ok, children }: { label: string; hint: string; invalid: string; ok: boolean; children: ReactNode }) {
  return (
    <Field label={label} hint={ok ? hint : undefined} validationState={ok ? "none" : "error"} validationMessage={ok ? undefined : invalid}>
      {children}
    </Field>
  );
}

export default function SettingsTab() {
  const t = useT();
  const [settings, setSettings] = useSettings();
  const [dateText, setDateText] = useState(settings.referenceDate);
  const [soonText, setSoonText] = useState(String(settings.soonDays));
  const dateOk = isValidReferenceDate(dateText);
  const soonOk = parseSoonDays(soonText) !== null;

  return (
    <TabPanel intro={t("UI-SETTINGS-INTRO")}>
      <CheckedField label={t("UI-REFERENCE-DATE")} hint={t("UI-REFERENCE-DATE-HINT")} invalid={t("UI-REFERENCE-DATE-INVALID")} ok={dateOk}>
        <Input
          type="date"
          value={dateText}
          data-testid="reference-date"
          onChange={(_, d) => {
            setDateText(d.value);
            if (isValidReferenceDate(d.value)) setSettings({ ...settings, referenceDate: d.value });
          }}
        />
      </CheckedField>
      <CheckedField label={t("UI-SOON-DAYS")} hint={t("UI-SOON-DAYS-HINT")} invalid={t("UI-SOON-DAYS-INVALID")} ok={soonOk}>
        <Input
          type="number"
          min={0}
          max={MAX_SOON_DAYS}
          step={1}
          value={soonText}
          onChange={(_, d) => {
            setSoonText(d.value);
            const n = parseSoonDays(d.value);
            if (n !== null) setSettings({ ...settings, soonDays: n });
          }}
        />
      </CheckedField>
      <Field label={t("UI-UNIT")}>
        <Select value={settings.unit} onChange={(_, d) => setSettings({ ...settings, unit: d.value as Unit | "auto" })}>
          {(["auto", ...UNITS] as const).map((u) => (
            <option key={u} value={u}>
              {t(UNIT_KEY[u])}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("UI-YEAR")} hint={t("UI-YEAR-HINT")}>
        <Select
          value={String(settings.chartYear)}
          onChange={(_, d) => setSettings({ ...settings, chartYear: d.value === "workbook" || d.value === "auto" ? d.value : Number(d.value) })}
        >
          <option value="auto">{t("UI-YEAR-AUTO")}</option>
          {CHART_YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
          <option value="workbook">{t("UI-YEAR-WORKBOOK")}</option>
        </Select>
      </Field>
      <Field label={t("UI-LETTER-LANGUAGE")} hint={t("UI-LETTER-LANGUAGE-HINT")}>
        <Select
          value={settings.letterLanguage ?? "nb"}
          data-testid="letter-language"
          onChange={(_, d) => setSettings({ ...settings, letterLanguage: d.value as LetterLanguage })}
        >
          {LETTER_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(l === "nb" ? "UI-LETTER-LANGUAGE-NB" : "UI-LETTER-LANGUAGE-NN")}
            </option>
          ))}
        </Select>
      </Field>
      <AboutLine />
    </TabPanel>
  );
}
