// Save the current view by name and open saved ones (PUT/GET /api/views).
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { SavedViewInfo } from '../api/types.ts';
import { useEscape } from './useEscape.ts';

interface Props {
  onSave(name: string): void;
  onOpen(name: string): void;
  onClose(): void;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}$/;

export function ViewsMenu({ onSave, onOpen, onClose }: Props) {
  const [name, setName] = useState('');
  const [views, setViews] = useState<SavedViewInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.views().then((r) => {
      if (!r.ok) return setError(r.error.message);
      const list = Array.isArray(r.value) ? r.value : r.value.views;
      setViews(list.map((v) => (typeof v === 'string' ? { name: v } : v)));
    });
  }, []);
  useEscape(onClose);
  const valid = NAME.test(name);
  return (
    <div className="popover views-menu" role="dialog" aria-label="Saved views" data-testid="views-menu">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onSave(name.trim());
        }}
      >
        <label>
          Save current view as
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="kursk-briefing" autoFocus />
        </label>
        <button type="submit" disabled={!valid}>
          Save
        </button>
      </form>
      <h4>Saved views</h4>
      {error && <p className="error">{error}</p>}
      {views === null && !error && <p className="muted">Loading…</p>}
      {views?.length === 0 && <p className="muted">None yet.</p>}
      <ul>
        {views?.map((v) => (
          <li key={v.name}>
            <button className="link" onClick={() => onOpen(v.name)}>
              {v.name}
            </button>
            {v.updated && <span className="muted small"> {v.updated.slice(0, 16).replace('T', ' ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
