import { useEffect, useRef } from "react";

/**
 * Scrolls `el` so that its top is in view: not at all when it is wholly visible, to its top when
 * its top is hidden or it is taller than the pane, else just enough to show its end.
 */
export function bringIntoView(el: HTMLElement) {
  if (!el.scrollIntoView) return; // jsdom
  const box = el.getBoundingClientRect();
  const height = window.innerHeight || document.documentElement.clientHeight;
  if (box.top >= 0 && box.bottom <= height) return;
  el.scrollIntoView({ block: box.top < 0 || box.height > height ? "start" : "nearest" });
}

/**
 * Brings a result into view and gives it focus whenever `key` changes to something non-null, so
 * that the eye (and a screen reader) lands on what an action produced. The key the element mounts
 * with is taken as already seen: a step reopened (its panel mounted again) does not steal the focus
 * for a result the user has met before. The element needs `tabIndex={-1}` to take focus.
 */
export function useReveal<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const seen = useRef(key);
  useEffect(() => {
    if (Object.is(key, seen.current)) return;
    seen.current = key;
    const el = ref.current;
    if (key === null || key === undefined || !el) return;
    bringIntoView(el);
    el.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
