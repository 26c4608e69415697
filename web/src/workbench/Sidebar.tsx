// Saved report queries (one click runs) and the query history (click loads).
import { useState } from 'react';
import type { HistoryEntry } from './history.ts';
import type { SavedQuery } from './types.ts';

export interface SidebarProps {
  saved: SavedQuery[] | null;
  savedError?: string;
  history: HistoryEntry[];
  onRunSaved(q: SavedQuery): void;
  onLoadSaved(q: SavedQuery): void;
  onLoadHistory(h: HistoryEntry): void;
  onForget(h: HistoryEntry): void;
  onClearHistory(): void;
}

const TABS = [
  { id: 'saved', label: 'Reports' },
  { id: 'history', label: 'History' },
] as const;

export function Sidebar(p: SidebarProps) {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('saved');
  return (
    <aside className="wb-side">
      <div className="wb-tabs" role="tablist">
        {TABS.map((t) => (
          <button
            key={t.id}
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'on' : ''}
            onClick={() => setTab(t.id)}
          >
            {t.label}
            {t.id === 'history' && p.history.length > 0 ? ` (${p.history.length})` : ''}
          </button>
        ))}
      </div>
      {tab === 'saved' ? (
        <ul className="wb-list" data-testid="wb-saved">
          {p.savedError && <li className="error">{p.savedError}</li>}
          {p.saved === null && !p.savedError && <li className="muted">Loading…</li>}
          {p.saved?.map((q) => (
            <li key={q.id} data-query-id={q.id}>
              <button className="link wb-title" onClick={() => p.onRunSaved(q)} title="Run this report">
                {q.title}
              </button>
              <div className="muted small">{q.description}</div>
              <button className="link small" onClick={() => p.onLoadSaved(q)}>
                Open in editor
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <ul className="wb-list" data-testid="wb-history">
          {p.history.length === 0 && <li className="muted">Queries you run appear here, newest first.</li>}
          {p.history.length > 0 && (
            <li>
              <button className="link small" onClick={p.onClearHistory}>
                Clear history
              </button>
            </li>
          )}
          {p.history.map((h) => (
            <li key={h.at}>
              <button className="link wb-code" onClick={() => p.onLoadHistory(h)} title={h.query}>
                {h.query.length > 160 ? `${h.query.slice(0, 160)}…` : h.query}
              </button>
              <div className="muted small">
                {new Date(h.at).toLocaleString()}{' '}
                <button className="link small" onClick={() => p.onForget(h)} aria-label="Remove from history">
                  remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
