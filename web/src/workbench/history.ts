// Query history: newest first, deduplicated, bounded; pure state functions plus a localStorage adapter.
export interface HistoryEntry {
  query: string;
  params: string;
  at: number;
}

export const HISTORY_MAX = 100;
const KEY = 'kg-explorer.workbench.history.v1';

export const addToHistory =
  (entry: HistoryEntry) =>
  (history: HistoryEntry[]): HistoryEntry[] => {
    const q = entry.query.trim();
    if (q === '') return history;
    const rest = history.filter((h) => !(h.query.trim() === q && h.params.trim() === entry.params.trim()));
    return [{ ...entry, query: q }, ...rest].slice(0, HISTORY_MAX);
  };

export const removeFromHistory =
  (at: number) =>
  (history: HistoryEntry[]): HistoryEntry[] =>
    history.filter((h) => h.at !== at);

export function loadHistory(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): HistoryEntry[] {
  try {
    const raw = storage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (h): h is HistoryEntry =>
        typeof h?.query === 'string' && typeof h?.params === 'string' && typeof h?.at === 'number',
    );
  } catch {
    return [];
  }
}

export function saveHistory(
  history: HistoryEntry[],
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(history));
  } catch {
    // Storage full or disabled: history is a convenience, not data.
  }
}
