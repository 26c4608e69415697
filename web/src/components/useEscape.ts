import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Calls `fn` on Escape. The listener is registered once: re-registering on every render would drop
 * the key when another window listener re-renders us mid-dispatch (removed listeners are skipped).
 */
export function useEscape(fn: () => void) {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') ref.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
