// Innstillinger: reference date, due-soon window, unit and the chart's budget year. A value is
// applied as soon as it is valid; an invalid one stays in its field with the reason beside it.
import { Field, Input, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { UNITS, type Unit } from "../../core/amounts/unit";
import { useSettings, useT } from "../pane-context";
import { CHART_YEARS, isValidReferenceDate, MAX_SOON_DAYS, parseSoonDays } from "../settings";
import { useTabStyles } from "./styles";

const UNIT_KEY: Record<Unit | "auto", string> = { auto: "UI-UNIT-AUTO", kr: "UI-UNIT-KR", "1000 kr": "UI-UNIT-1000", "mill. kr": "UI-UNIT-MILL" };

export default function SettingsTab() {
  const t = useT();
  const styles = useTabStyles();
  const [settings, setSettings] = useSettings();
  const [dateText, setDateText] = useState(settings.referenceDate);
  const [soonText, setSoonText] = useState(String(settings.soonDays));
  const dateOk = isValidReferenceDate(dateText);
  const soonOk = parseSoonDays(soonText) !== null;

  return (
    <div className={styles.panel}>
      <Text size={200} className={styles.intro}>
        {t("UI-SETTINGS-INTRO")}
      </Text>
      <Field
        label={t("UI-REFERENCE-DATE")}
        hint={dateOk ? t("UI-REFERENCE-DATE-HINT") : undefined}
        validationState={dateOk ? "none" : "error"}
        validationMessage={dateOk ? undefined : t("UI-REFERENCE-DATE-INVALID")}
      >
        <Input
          type="date"
          value={dateText}
          data-testid="reference-date"
          onChange={(_, d) => {
            setDateText(d.value);
            if (isValidReferenceDate(d.value)) setSettings({ ...settings, referenceDate: d.value });
          }}
        />
      </Field>
      <Field
        label={t("UI-SOON-DAYS")}
        hint={soonOk ? t("UI-SOON-DAYS-HINT") : undefined}
        validationState={soonOk ? "none" : "error"}
        validationMessage={soonOk ? undefined : t("UI-SOON-DAYS-INVALID")}
      >
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
      </Field>
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
          onChange={(_, d) => setSettings({ ...settings, chartYear: d.value === "workbook" ? "workbook" : Number(d.value) })}
        >
          {CHART_YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
          <option value="workbook">{t("UI-YEAR-WORKBOOK")}</option>
        </Select>
      </Field>
    </div>
  );
}
