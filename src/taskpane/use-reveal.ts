import { useEffect, useRef } from "react";

/**
 * Brings a result into view and gives it focus whenever `key` changes to something non-null, so
 * that the eye (and a screen reader) lands on what an action produced. The element needs
 * `tabIndex={-1}` to take focus.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (key === null || key === undefined || !el) return;
    el.scrollIntoView?.({ block: "nearest" });
    el.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
