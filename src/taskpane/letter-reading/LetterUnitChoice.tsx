// "Beløpene i brevet er i": the unit the user says a letter's tables are in (the command line's
// --unit), shared by Fra brev in Excel and Les dette brevet in Word; empty = as the letter says.
import { UNITS, type Unit } from "../../core/amounts/unit";
import { type Lang, formatMessage } from "../../core/i18n/catalog";
import { ChoiceField } from "../components/ChoiceField";

export interface LetterUnitChoiceProps {
  readonly lang: Lang;
  readonly unit: Unit | undefined;
  readonly onChange: (unit: Unit | undefined) => void;
}

export function LetterUnitChoice({ lang, unit, onChange }: LetterUnitChoiceProps) {
  const t = (key: string) => formatMessage(key, {}, lang);
  return (
    <ChoiceField
      label={t("UI-LR-UNIT-CHOICE")}
      value={unit ?? ""}
      none={t("UI-LR-UNIT-AS-LETTER")}
      choices={UNITS.map((u, i) => ({ value: u, text: t(`LR-CLI-UNIT-LABEL-${i}`) }))}
      onChange={(v) => onChange(v === "" ? undefined : (v as Unit))}
    />
  );
}
