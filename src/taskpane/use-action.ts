import { useCallback, useEffect, useRef, useState } from "react";
import { describeError, type UserError } from "./describe-error";

export interface ActionState {
  busy: boolean;
  /** What to tell the user about the last failure, or null. */
  error: UserError | null;
  /** Runs `fn` with busy/error bookkeeping; resolves to undefined when it threw. */
  run<T>(fn: () => Promise<T>): Promise<T | undefined>;
}

/** One asynchronous user action (save, import, write): busy flag and a caught error, no throws. */
export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (err) {
      if (mounted.current) setError(describeError(err));
      return undefined;
    } finally {
      if (mounted.current) setBusy(false);
    }
  }, []);

  return { busy, error, run };
}
