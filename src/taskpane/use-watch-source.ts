// "Out of date": once a result is shown, watch the cells it was computed from; an edit there
// (the user fixed a cell) marks the result stale until the next run. Watching stops when the
// result is replaced or the tab goes away.
import { useEffect, useState } from "react";
import type { SourceRef } from "../app/pane-actions";
import { useActions } from "./pane-context";

/** True once a watched cell changed after `resultAt`; `source` null or `resultAt` null: not watching. */
export function useWatchSource(source: SourceRef | null, resultAt: Date | null): boolean {
  const actions = useActions();
  const [staleFor, setStaleFor] = useState<Date | null>(null);
  useEffect(() => {
    if (!source || !resultAt) return undefined;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    actions
      .watchSource(source, () => {
        if (live) setStaleFor(resultAt);
      })
      .then((unwatch) => {
        if (live) stop = unwatch;
        else void unwatch();
      })
      // Watching is a help, not a need: an Excel that refuses it leaves the result as it is.
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [actions, source, resultAt]);
  return !!resultAt && staleFor === resultAt;
}
