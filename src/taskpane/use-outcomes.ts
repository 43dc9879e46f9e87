import { useCallback, useState } from "react";

/**
 * Counts the actions of a component that have come to an end (a result, a refusal or an error),
 * as the key a `Revealed` area takes focus on: the same answer twice is still a new outcome.
 */
export function useOutcomes(): [number, () => void] {
  const [count, setCount] = useState(0);
  const settled = useCallback(() => setCount((n) => n + 1), []);
  return [count, settled];
}
