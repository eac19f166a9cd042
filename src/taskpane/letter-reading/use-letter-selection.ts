// The items of the latest reading and which of them are ticked: every item is ticked when a new
// letter is read, and the user unticks what should stay out of the sheets.
import { useCallback, useMemo, useState } from "react";
import { type LetterItem, keepItems, letterItems } from "../../core/letter-reading/letter-items";
import type { LetterReading } from "../../core/letter-reading/types";

export interface LetterSelection {
  readonly items: readonly LetterItem[];
  readonly checked: ReadonlySet<string>;
  readonly toggle: (key: string, on: boolean) => void;
  /** The reading with only the ticked items; null before a letter is read. */
  readonly kept: LetterReading | null;
}

export function useLetterSelection(reading: LetterReading | null): LetterSelection {
  const items = useMemo(() => (reading ? letterItems(reading) : []), [reading]);
  // Keyed by the reading, so a new letter starts with all of its items ticked.
  const [state, setState] = useState<{ of: LetterReading | null; unticked: ReadonlySet<string> }>({ of: null, unticked: new Set() });
  const unticked = state.of === reading ? state.unticked : new Set<string>();
  const checked = useMemo(() => new Set(items.map((i) => i.key).filter((k) => !unticked.has(k))), [items, unticked]);
  const toggle = useCallback(
    (key: string, on: boolean) =>
      setState((s) => {
        const next = new Set(s.of === reading ? s.unticked : []);
        if (on) next.delete(key);
        else next.add(key);
        return { of: reading, unticked: next };
      }),
    [reading],
  );
  const kept = useMemo(() => (reading ? keepItems(reading, checked) : null), [reading, checked]);
  return { items, checked, toggle, kept };
}
