// JSON result view: pretty-printed rows as text, with copy.
import { useMemo, useState } from 'react';
import type { PlainObject } from './types.ts';

const SHOW_MAX = 2_000_000;

export function JsonView({ rows }: { rows: PlainObject[] }) {
  const text = useMemo(() => JSON.stringify(rows, null, 2), [rows]);
  const [copied, setCopied] = useState(false);
  return (
    <div className="wb-json">
      <div className="wb-graph-bar">
        <span className="muted">{text.length.toLocaleString()} characters</span>
        <button
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => {
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            });
          }}
        >
          {copied ? 'Copied' : 'Copy JSON'}
        </button>
      </div>
      <pre data-testid="wb-json">
        {text.length > SHOW_MAX ? `${text.slice(0, SHOW_MAX)}\n… (truncated for display; Copy JSON copies all)` : text}
      </pre>
    </div>
  );
}
