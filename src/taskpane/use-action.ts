// Runs one host action at a time for a component: tracks busy, result and error, and keeps the
// last call so the error message can offer "Prøv igjen". A result that arrives after a newer call
// started is dropped, so a slow first click cannot overwrite a later answer. Work that takes more
// than a second is "slow": the pane then offers Avbryt, which stops waiting for the answer and
// tells the job (its AbortSignal), so a read in row blocks sends no further request; a request
// already with Excel may still finish, and nothing is shown from it. A job that reads in blocks
// reports how far it has come (`progress`), for the words under the button.
import { useCallback, useEffect, useRef, useState } from "react";
import type { RunControl, RunProgress } from "../app/pane-actions";
import { classifyHostError, type HostErrorInfo } from "./host-errors";

/** After this long the pane says what it is doing and offers Avbryt. */
const SLOW_MS = 1000;

export interface ActionState<T> {
  readonly busy: boolean;
  /** Busy for longer than SLOW_MS. */
  readonly slow: boolean;
  readonly value: T | undefined;
  readonly error: HostErrorInfo | null;
  /** The last run was cancelled by the user. */
  readonly cancelled: boolean;
  /** When the current value arrived. */
  readonly at: Date | null;
  /** How far the running job has come, when it says (rows read of how many). */
  readonly progress: RunProgress | null;
  /** Start the action; resolves when it settles (never rejects). The job gets Avbryt's signal and a progress callback. */
  readonly run: (job: (control: Required<RunControl>) => Promise<T>) => Promise<T | undefined>;
  /** Run the last job again. */
  readonly retry: () => void;
  /** Stop waiting for the running job; its answer is ignored. */
  readonly cancel: () => void;
  readonly dismissError: () => void;
  readonly reset: () => void;
}

export function useAction<T>(): ActionState<T> {
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [value, setValue] = useState<T | undefined>(undefined);
  const [at, setAt] = useState<Date | null>(null);
  const [error, setError] = useState<HostErrorInfo | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const lastJob = useRef<((control: Required<RunControl>) => Promise<T>) | null>(null);
  const generation = useRef(0);
  const running = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Nobody is left to show the answer: a read in blocks stops before its next request.
      running.current?.abort();
    };
  }, []);
  useEffect(() => {
    if (!busy) {
      setSlow(false);
      return undefined;
    }
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, [busy]);

  /** Stop the running job (if any): it is told, and its answer will be dropped. */
  const stopRunning = useCallback(() => {
    generation.current++;
    running.current?.abort();
    running.current = null;
  }, []);

  const run = useCallback(async (job: (control: Required<RunControl>) => Promise<T>): Promise<T | undefined> => {
    lastJob.current = job;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    setCancelled(false);
    setProgress(null);
    const onProgress = (p: RunProgress) => {
      if (mounted.current && mine === generation.current) setProgress(p);
    };
    try {
      const result = await job({ signal: controller.signal, onProgress });
      if (mounted.current && mine === generation.current) {
        setValue(result);
        setAt(new Date());
      }
      return result;
    } catch (e) {
      if (mounted.current && mine === generation.current) setError(classifyHostError(e));
      return undefined;
    } finally {
      if (mounted.current && mine === generation.current) {
        setBusy(false);
        setProgress(null);
      }
      if (running.current === controller) running.current = null;
    }
  }, []);

  const retry = useCallback(() => {
    if (lastJob.current) void run(lastJob.current);
  }, [run]);
  const cancel = useCallback(() => {
    stopRunning();
    setBusy(false);
    setProgress(null);
    setCancelled(true);
  }, [stopRunning]);
  const dismissError = useCallback(() => setError(null), []);
  const reset = useCallback(() => {
    stopRunning();
    setProgress(null);
    setValue(undefined);
    setAt(null);
    setError(null);
    setBusy(false);
    setCancelled(false);
  }, [stopRunning]);

  return { busy, slow, value, error, cancelled, at, progress, run, retry, cancel, dismissError, reset };
}
