// The one export control of the chart figures (figure table, timeline): a picker over every figure format and a
// button that stays disabled while the file is written.
import { useState } from 'react';
import { FIGURE_MIME, type FigureFormat } from './document.ts';

export const FIGURE_FORMATS = Object.keys(FIGURE_MIME) as FigureFormat[];

export function ChartExport(p: { label: string; testId: string; onExport(format: FigureFormat): Promise<void> }) {
  const [format, setFormat] = useState<FigureFormat>('svg');
  const [busy, setBusy] = useState(false);
  return (
    <>
      <select aria-label={p.label} value={format} onChange={(e) => setFormat(e.target.value as FigureFormat)}>
        {FIGURE_FORMATS.map((f) => (
          <option key={f} value={f}>
            {f.toUpperCase()}
          </option>
        ))}
      </select>
      <button
        data-testid={p.testId}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void p.onExport(format).finally(() => setBusy(false));
        }}
      >
        Export…
      </button>
    </>
  );
}
