// Runs one host action at a time for a component: tracks busy, result and error, and keeps the
// last call so the error message can offer "Prøv igjen". A result that arrives after a newer call
// started is dropped, so a slow first click cannot overwrite a later answer. Work that takes more
// than a second is "slow": the pane then offers Avbryt, which stops waiting for the answer (Excel
// may still finish reading; nothing is shown from it).
import { useCallback, useEffect, useRef, useState } from "react";
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
  /** Start the action; resolves when it settles (never rejects). */
  readonly run: (job: () => Promise<T>) => Promise<T | undefined>;
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
  const lastJob = useRef<(() => Promise<T>) | null>(null);
  const generation = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
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

  const run = useCallback(async (job: () => Promise<T>): Promise<T | undefined> => {
    lastJob.current = job;
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    setCancelled(false);
    try {
      const result = await job();
      if (mounted.current && mine === generation.current) {
        setValue(result);
        setAt(new Date());
      }
      return result;
    } catch (e) {
      if (mounted.current && mine === generation.current) setError(classifyHostError(e));
      return undefined;
    } finally {
      if (mounted.current && mine === generation.current) setBusy(false);
    }
  }, []);

  const retry = useCallback(() => {
    if (lastJob.current) void run(lastJob.current);
  }, [run]);
  const cancel = useCallback(() => {
    generation.current++;
    setBusy(false);
    setCancelled(true);
  }, []);
  const dismissError = useCallback(() => setError(null), []);
  const reset = useCallback(() => {
    generation.current++;
    setValue(undefined);
    setAt(null);
    setError(null);
    setBusy(false);
    setCancelled(false);
  }, []);

  return { busy, slow, value, error, cancelled, at, run, retry, cancel, dismissError, reset };
}
