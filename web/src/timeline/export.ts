// The timeline as a figure: the same drawing as the panel, framed by chartDocument with the figure furniture
// (title, caption, a status legend, a sources footer listing every article the marks cite, the origin line),
// then written by figureFileText — the one path every figure takes to SVG (portable), PNG and PDF.
import {
  chartDocument,
  FIGURE_FONT,
  type FigureDocument,
  type FigureFormat,
  type FigureSize,
} from '../export/document.ts';
import { canvasMeasure } from '../export/canvasDraw.ts';
import { figureFileText } from '../export/fileText.ts';
import { generatedFromLine, sourcesOf, type LegendItem } from '../export/furniture.ts';
import type { GraphState } from '../state/types.ts';
import { SERIES_COLOURS } from './draw-figures.ts';
import { timelineMarkup, type TimelineMode } from './draw.ts';
import { figureSeries } from './figures.ts';
import { timelineModel, withinDays, type TimelineModel } from './model.ts';
import { statusColour } from '../styles/status-colours.ts';

export interface TimelineExportOptions {
  mode: TimelineMode;
  title?: string;
  caption?: string;
  size: FigureSize;
  /** A report preset (export/presets.ts) instead of `size`. */
  preset?: string;
  format: FigureFormat;
  /** Export date (YYYY-MM-DD) for the origin line; fixed by tests and the CLI for reproducible figures. */
  date?: string;
  transparent?: boolean;
  origin?: { kind: 'view' | 'query' | 'session'; name?: string };
  /** Figures mode: the figure keys drawn (all when absent). */
  keys?: string[];
  /** First and last day shown (the panel zoomed to the date filter); else everything drawn. */
  domain?: [string, string];
}

/** The chart's own size (scale 1); a fixed-size export scales it into the figure's chart area. */
export const CHART_SIZE: Record<TimelineMode, { width: number; height: number }> = {
  claims: { width: 960, height: 320 },
  figures: { width: 960, height: 380 },
};

/** The claims the picture shows: every marked claim, or in figures mode those with a figure drawn. */
function drawnClaims(model: TimelineModel, mode: TimelineMode, keys?: string[]) {
  if (mode === 'claims') {
    const marked = new Set(model.marks.map((m) => m.claim.id));
    return model.claims.filter((c) => marked.has(c.id));
  }
  return figureSeries(model, keys).series.flatMap((s) => s.points.map((p) => p.claim));
}

function legendOf(model: TimelineModel, mode: TimelineMode, keys?: string[]): LegendItem[] {
  const claims = drawnClaims(model, mode, keys);
  const byStatus = new Map<string, number>();
  for (const c of new Set(claims))
    byStatus.set(c.status ?? 'no status', (byStatus.get(c.status ?? 'no status') ?? 0) + 1);
  const dot = (label: string, fill: string, border: string, count: number): LegendItem => ({
    kind: 'node',
    label,
    shape: 'ellipse',
    fill,
    border,
    borderWidth: 1.5,
    count,
  });
  const items = [...byStatus].map(([s, n]) => dot(s, statusColour(s === 'no status' ? null : s), statusColour(s), n));
  const partial =
    mode === 'claims'
      ? model.marks.filter((m) => m.partial).length
      : figureSeries(model, keys).series.reduce((n, s) => n + s.points.filter((p) => p.mark.partial).length, 0);
  if (partial) items.push(dot('partial date (at its start, bar over the period)', '#ffffff', '#555555', partial));
  if (mode === 'figures')
    figureSeries(model, keys).series.forEach((s, i) =>
      items.push({
        kind: 'edge',
        label: s.key,
        color: SERIES_COLOURS[i % SERIES_COLOURS.length]!,
        width: 2,
        dash: [],
        count: s.points.length,
      }),
    );
  return items;
}

export function timelineDocument(state: GraphState, o: TimelineExportOptions): FigureDocument {
  const model = o.domain ? withinDays(timelineModel(state), o.domain) : timelineModel(state);
  const size = CHART_SIZE[o.mode];
  const body = {
    svg: timelineMarkup(model, {
      mode: o.mode,
      ...size,
      fontFamily: FIGURE_FONT,
      interactive: false,
      ...(o.keys && { figureKeys: o.keys }),
      ...(o.domain && { domain: o.domain }),
    }),
    ...size,
  };
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  return chartDocument(body, {
    size: o.size,
    ...(o.preset && { preset: o.preset }),
    transparent: o.transparent ?? false,
    title: o.title?.trim() || undefined,
    content: {
      title: o.title?.trim() || undefined,
      caption: o.caption?.trim() || undefined,
      legend: legendOf(model, o.mode, o.keys),
      sources: sourcesOf([{ claims: drawnClaims(model, o.mode, o.keys) }]),
      generatedFrom: generatedFromLine(o.origin ?? { kind: 'session' }, date),
    },
    measure: canvasMeasure(),
  });
}

/** The timeline figure as a file's content (SVG text, or base64 bytes for binary formats). */
export const exportTimeline = (state: GraphState, o: TimelineExportOptions): Promise<string> =>
  figureFileText(timelineDocument(state, o), o.format);
