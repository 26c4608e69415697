// The timeline panel below the canvas: the canvas's claims on two time axes (or their figures over time), a
// brush that sets the date filter, marks that open their claim, and the export of the same drawing as a figure.
import { useEffect, useMemo, useRef, useState } from 'react';
import { FIGURE_FONT, FIGURE_MIME, type FigureFormat } from '../export/document.ts';
import { base64ToBlob, downloadBlob, downloadText } from '../export/download.ts';
import type { DateRange, GraphState } from '../state/types.ts';
import type { TimelineMode } from './draw.ts';
import { exportTimeline, type TimelineExportOptions } from './export.ts';
import { figureSeries } from './figures.ts';
import { timelineModel } from './model.ts';
import { useTimelineChart, type ChartEvents } from './useTimelineChart.ts';
import { ExportButton, isRanged, StatusLegend, TimelineControls } from './TimelineControls.tsx';
import './timeline.css';

interface Props {
  state: GraphState;
  onRange(range: DateRange): void;
  onOpenClaim(bundleId: string, claimId: string): void;
  onClose(): void;
}

const HEIGHT: Record<TimelineMode, number> = { claims: 230, figures: 260 };

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
  const [zoom, setZoom] = useState(false);
  const [figureKey, setFigureKey] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(wrap);
  const model = useMemo(() => timelineModel(state), [state]);
  const events: ChartEvents = useMemo(() => ({ onRange, onOpenClaim }), [onRange, onOpenClaim]);
  const range = state.filters.dateRange;
  const domain = zoomDomain(zoom && isRanged(range), range, model.extent);
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
        <TimelineControls
          mode={mode}
          onMode={setMode}
          range={range}
          onRange={onRange}
          keys={keys}
          figureKey={figureKey}
          onFigureKey={setFigureKey}
          zoom={zoom}
          onZoom={setZoom}
        />
        <StatusLegend statuses={statuses} />
        <span className="spacer" />
        <ExportButton onExport={(format) => download(state, shown, format)} />
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
