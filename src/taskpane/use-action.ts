// Runs one host action at a time for a component: tracks busy, result and error, and keeps the
// last call so the error message can offer "Prøv igjen". A result that arrives after a newer call
// started is dropped, so a slow first click cannot overwrite a later answer.
import { useCallback, useEffect, useRef, useState } from "react";
import { classifyHostError, type HostErrorInfo } from "./host-errors";

export interface ActionState<T> {
  readonly busy: boolean;
  readonly value: T | undefined;
  readonly error: HostErrorInfo | null;
  /** Start the action; resolves when it settles (never rejects). */
  readonly run: (job: () => Promise<T>) => Promise<T | undefined>;
  /** Run the last job again. */
  readonly retry: () => void;
  readonly dismissError: () => void;
  readonly reset: () => void;
}

export function useAction<T>(): ActionState<T> {
  const [busy, setBusy] = useState(false);
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<HostErrorInfo | null>(null);
  const lastJob = useRef<(() => Promise<T>) | null>(null);
  const generation = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (job: () => Promise<T>): Promise<T | undefined> => {
    lastJob.current = job;
    const mine = ++generation.current;
    setBusy(true);
    setError(null);
    try {
      const result = await job();
      if (mounted.current && mine === generation.current) setValue(result);
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
  const dismissError = useCallback(() => setError(null), []);
  const reset = useCallback(() => {
    generation.current++;
    setValue(undefined);
    setError(null);
    setBusy(false);
  }, []);

  return { busy, value, error, run, retry, dismissError, reset };
}
