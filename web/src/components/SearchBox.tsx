// As-you-type search of any graph's nodes (debounced, cancellable) with full keyboard control. A partial answer
// (the server scanned a capped number of nodes because no full-text index covers them) says so in a note.
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { SearchResult } from '../api/types.ts';
import { TypeIcon } from './TypeIcon.tsx';
import { resultKind, searchNote } from './search-note.ts';

interface Props {
  styleId: string;
  onPick(hit: SearchResult): void;
}

export function SearchBox({ styleId, onPick }: Props) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle');
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) {
      setResults([]);
      setNote(null);
      return;
    }
    const ctrl = new AbortController();
    const t = setTimeout(async () => {
      setStatus('loading');
      const r = await api.search(q, 12, { signal: ctrl.signal });
      if (ctrl.signal.aborted) return;
      if (r.ok) {
        setResults(r.value.results);
        setNote(searchNote(r.value));
        setActive(0);
        setOpen(true);
        setStatus('idle');
      } else setStatus('error');
    }, 180);
    return () => {
      clearTimeout(t);
      ctrl.abort();
    };
  }, [text]);

  const pick = (hit: SearchResult | undefined) => {
    if (!hit) return;
    onPick(hit);
    setOpen(false);
    setText('');
    setResults([]);
    setNote(null);
  };

  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && text.trim().length >= 2;
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        placeholder="Search entities (Kursk, Koersk, Poetin…)"
        aria-label="Search entities"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="search-input"
      />
      {status === 'loading' && <span className="search-spinner" aria-hidden="true" />}
      {showList && (
        <ul className="search-results" id={listId} role="listbox" data-testid="search-results">
          {results.length === 0 && status !== 'loading' && <li className="empty">No matches</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(r);
              }}
              onMouseEnter={() => setActive(i)}
              data-id={r.id}
            >
              <TypeIcon styleId={styleId} type={r.type} />
              <span className="name">{r.name}</span>
              <span className="type">{resultKind(r)}</span>
              {r.aliases && r.aliases.length > 0 && <span className="aliases">{r.aliases.slice(0, 3).join(', ')}</span>}
            </li>
          ))}
          {note && (
            <li
              className="empty"
              role="presentation"
              style={{ display: 'block', fontSize: 11 }}
              data-testid="search-note"
            >
              {note}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
