// The timeline panel's controls: mode, date range (shown, cleared, zoomed to), figure key, status legend, export.
import type { FigureFormat } from '../export/document.ts';
import { ChartExport } from '../export/ChartExport.tsx';
import type { DateRange } from '../state/types.ts';
import type { TimelineMode } from './draw.ts';
import { statusColour } from '../styles/status-colours.ts';

const MODES: { id: TimelineMode; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'figures', label: 'Figures' },
];
/** Every format a figure document is written as (the registry in export/document.ts). */

export const isRanged = (r: DateRange): boolean => r.from !== null || r.to !== null;

interface ControlProps {
  mode: TimelineMode;
  onMode(m: TimelineMode): void;
  range: DateRange;
  onRange(r: DateRange): void;
  keys: string[];
  figureKey: string;
  onFigureKey(k: string): void;
  zoom: boolean;
  onZoom(z: boolean): void;
}

export function TimelineControls(p: ControlProps) {
  const { mode, range, keys, figureKey, zoom } = p;
  const ranged = isRanged(range);
  return (
    <>
      <div className="group" role="group" aria-label="Timeline mode">
        {MODES.map((m) => (
          <button key={m.id} aria-pressed={mode === m.id} onClick={() => p.onMode(m.id)} data-mode={m.id}>
            {m.label}
          </button>
        ))}
      </div>
      <span className="muted small" data-testid="timeline-range">
        {ranged ? `${range.from ?? '…'} → ${range.to ?? '…'}` : 'All dates · drag on the time axis to filter'}
      </span>
      <button className="link" disabled={!ranged} onClick={() => p.onRange({ from: null, to: null })}>
        Clear range
      </button>
      {mode === 'figures' && (
        <select aria-label="Figure" value={figureKey} onChange={(e) => p.onFigureKey(e.target.value)}>
          <option value="">every figure</option>
          {keys.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      )}
      <label className="check small">
        <input type="checkbox" checked={zoom} disabled={!ranged} onChange={(e) => p.onZoom(e.target.checked)} /> zoom to
        range
      </label>
    </>
  );
}

export function StatusLegend({ statuses }: { statuses: string[] }) {
  return (
    <ul className="timeline-legend" aria-label="Claim status">
      {statuses.map((s) => (
        <li key={s}>
          <span className="swatch" style={{ background: statusColour(s === 'no status' ? null : s) }} /> {s}
        </li>
      ))}
    </ul>
  );
}

export const ExportButton = ({ onExport }: { onExport(format: FigureFormat): Promise<void> }) => (
  <ChartExport label="Timeline export format" testId="timeline-export" onExport={onExport} />
);
