// The timeline panel below the canvas: the canvas's claims on two time axes (or their figures over time), a
// brush that sets the date filter, marks that open their claim, and the export of the same drawing as a figure.
import { useEffect, useMemo, useRef, useState } from 'react';
import { FIGURE_FONT, FIGURE_MIME, type FigureFormat } from '../export/document.ts';
import { base64ToBlob, downloadBlob, downloadText } from '../export/download.ts';
import type { DateRange, GraphState } from '../state/types.ts';
import type { TimelineMode } from './draw.ts';
import { exportTimeline, type TimelineExportOptions } from './export.ts';
import { figureSeries } from './figures.ts';
import { statusColour, timelineModel } from './model.ts';
import { useTimelineChart, type ChartEvents } from './useTimelineChart.ts';
import './timeline.css';

interface Props {
  state: GraphState;
  onRange(range: DateRange): void;
  onOpenClaim(bundleId: string, claimId: string): void;
  onClose(): void;
}

const HEIGHT: Record<TimelineMode, number> = { claims: 230, figures: 260 };
const MODES: { id: TimelineMode; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'figures', label: 'Figures' },
];
const FORMATS = Object.keys(FIGURE_MIME) as FigureFormat[];

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.floor(el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/** The days shown when zoomed to the date filter (an open end: the extent's). */
function zoomDomain(on: boolean, r: DateRange, extent: [string, string] | null): [string, string] | undefined {
  const from = r.from ?? extent?.[0];
  const to = r.to ?? extent?.[1];
  return on && from && to ? [from, to] : undefined;
}

type Shown = Pick<TimelineExportOptions, 'mode' | 'keys' | 'domain'>;

async function download(state: GraphState, shown: Shown, format: FigureFormat) {
  const title = shown.mode === 'figures' ? 'Figures over time' : 'Claims over time';
  const text = await exportTimeline(state, { ...shown, format, size: { kind: 'scale', scale: 2 }, title });
  const name = `timeline-${shown.mode}.${format}`;
  if (format === 'svg') downloadText(text, name, FIGURE_MIME[format]);
  else downloadBlob(base64ToBlob(text, FIGURE_MIME[format]), name);
}

export function TimelinePanel({ state, onRange, onOpenClaim, onClose }: Props) {
  const [mode, setMode] = useState<TimelineMode>('claims');
  const [format, setFormat] = useState<FigureFormat>('svg');
  const [zoom, setZoom] = useState(false);
  const [figureKey, setFigureKey] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const model = useMemo(() => timelineModel(state), [state]);
  const events: ChartEvents = useMemo(() => ({ onRange, onOpenClaim }), [onRange, onOpenClaim]);
  const range = state.filters.dateRange;
  const ranged = range.from !== null || range.to !== null;
  const domain = zoomDomain(zoom && ranged, range, model.extent);
  const keys = useMemo(() => figureSeries(model).keys, [model]);
  const figureKeys = mode === 'figures' && keys.includes(figureKey) ? [figureKey] : undefined;
  const shown: Shown = { mode, ...(domain && { domain }), ...(figureKeys && { keys: figureKeys }) };
  const opts = {
    mode,
    width,
    height: HEIGHT[mode],
    fontFamily: FIGURE_FONT,
    interactive: true,
    ...(domain && { domain }),
    ...(figureKeys && { figureKeys }),
  };
  useTimelineChart(svg, model, opts, range, events);
  const statuses = [...new Set(model.marks.map((m) => m.claim.status ?? 'no status'))];
  return (
    <section className="timeline-panel" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-head">
        <h3>Timeline</h3>
        <div className="group" role="group" aria-label="Timeline mode">
          {MODES.map((m) => (
            <button key={m.id} aria-pressed={mode === m.id} onClick={() => setMode(m.id)} data-mode={m.id}>
              {m.label}
            </button>
          ))}
        </div>
        <span className="muted small" data-testid="timeline-range">
          {ranged ? `${range.from ?? '…'} → ${range.to ?? '…'}` : 'All dates · drag on the time axis to filter'}
        </span>
        <button className="link" disabled={!ranged} onClick={() => onRange({ from: null, to: null })}>
          Clear range
        </button>
        {mode === 'figures' && (
          <select aria-label="Figure" value={figureKey} onChange={(e) => setFigureKey(e.target.value)}>
            <option value="">every figure</option>
            {keys.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        )}
        <label className="check small">
          <input type="checkbox" checked={zoom} disabled={!ranged} onChange={(e) => setZoom(e.target.checked)} /> zoom
          to range
        </label>
        <ul className="timeline-legend" aria-label="Claim status">
          {statuses.map((s) => (
            <li key={s}>
              <span className="swatch" style={{ background: statusColour(s === 'no status' ? null : s) }} /> {s}
            </li>
          ))}
        </ul>
        <span className="spacer" />
        <select
          aria-label="Timeline export format"
          value={format}
          onChange={(e) => setFormat(e.target.value as FigureFormat)}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {f.toUpperCase()}
            </option>
          ))}
        </select>
        <button onClick={() => void download(state, shown, format)} data-testid="timeline-export">
          Export
        </button>
        <button className="link" onClick={onClose} aria-label="Close timeline">
          ×
        </button>
      </div>
      <div className="timeline-chart" ref={wrap}>
        <svg
          ref={svg}
          data-testid="timeline-chart"
          role="group"
          aria-label={`Timeline of ${model.claims.length} claims`}
        />
      </div>
    </section>
  );
}

export default TimelinePanel;
