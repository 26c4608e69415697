// A value loaded at most once per `ttlMs` (the search plan: indexes change rarely, searches come per keystroke).
// Callers that arrive while it loads share the one load; a failed load is not kept.

export interface Cached<T> {
  get(): Promise<T>;
  /** Drop the value: the next get loads again (e.g. after an index vanished under a query). */
  forget(): void;
}

export function cached<T>(load: () => Promise<T>, ttlMs: number, now: () => number = Date.now): Cached<T> {
  let entry: { at: number; value: Promise<T> } | null = null;
  return {
    get() {
      if (entry && now() - entry.at < ttlMs) return entry.value;
      const mine = { at: now(), value: load() };
      entry = mine;
      mine.value.catch(() => {
        if (entry === mine) entry = null;
      });
      return mine.value;
    },
    forget() {
      entry = null;
    },
  };
}
