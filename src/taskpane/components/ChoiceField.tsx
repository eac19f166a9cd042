// One labelled drop-down of choices (year, sheet, amount column, unit), with an optional first
// entry for "nothing chosen" ("Velg …", "Som tildelingen").
import { Field, Select } from "@fluentui/react-components";

export interface Choice {
  readonly value: string;
  readonly text: string;
}

export interface ChoiceFieldProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
  /** The text of an empty first entry (value ""), when nothing may be chosen. */
  readonly none?: string;
}

export function ChoiceField({ label, value, choices, onChange, none }: ChoiceFieldProps) {
  return (
    <Field label={label}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {none !== undefined && <option value="">{none}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
