// The dot plot of a figure table: value over time, one small panel per figure key (their magnitudes differ:
// troops and shells share no axis), dots coloured by status. Pure geometry in plot pixels, drawn by the
// inspector (DotPlotView) and by the exported figure (chart.ts) alike. Undated rows are not plotted: counted.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { formatNumber, unitOf } from '../graph/units.ts';
import type { FigureRow } from './model.ts';
import { statusColour } from '../styles/status-colours.ts';

/** At most this many panels (keys); the rest are counted in `keysLeftOut`. */
export const PLOT_PANELS = 4;
/** Panel height in plot pixels unless the caller asks for another. */
export const PANEL_H = 84;
/** Room above each panel for its unit, so no dot covers it. */
const LABEL_H = 16;
/** Time ticks at least this far apart (a date label is ~60 px). */
const TICK_GAP = 90;
const GAP = 14;
const AXIS_H = 20;
const LEFT = 64;
const RIGHT = 14;
const TOP = 6;
const DOT_R = 4.5;

export interface PlotTick {
  at: number;
  text: string;
}

export interface PlotDot {
  x: number;
  y: number;
  r: number;
  colour: string;
  status: string | null;
  /** The source gave a month or year only: drawn hollow at its first day. */
  partial: boolean;
  claimId: string;
  /** Tooltip / accessible text: `11,000 troops · claimant · 2024-10`. */
  title: string;
}

export interface PlotPanel {
  key: string;
  unit: string;
  top: number;
  height: number;
  /** Baseline of the unit label, above the panel's dots. */
  labelY: number;
  yTicks: PlotTick[];
  dots: PlotDot[];
}

export interface DotPlot {
  width: number;
  height: number;
  left: number;
  right: number;
  panels: PlotPanel[];
  xTicks: PlotTick[];
  /** y of the shared time axis. */
  axisY: number;
  undated: number;
  keysLeftOut: number;
}

const DAY = 86_400_000;
const dayOf = (iso: string): Date => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
const dayText = (d: Date): string => d.toISOString().slice(0, 10);

function timeScale(rows: FigureRow[], width: number) {
  const times = rows.map((r) => dayOf(r.date!).getTime());
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const pad = Math.max(DAY, (hi - lo) * 0.06);
  return scaleUtc()
    .domain([new Date(lo - pad), new Date(hi + pad)])
    .range([LEFT, width - RIGHT]);
}

function panelOf(key: string, rows: FigureRow[], top: number, h: number, x: (d: Date) => number): PlotPanel {
  const max = Math.max(...rows.map((r) => r.value));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range([top + h, top + LABEL_H]);
  const dots = rows
    .filter((r) => r.date !== null)
    .map((r) => ({
      x: x(dayOf(r.date!)),
      y: y(r.value),
      r: DOT_R,
      colour: statusColour(r.status),
      status: r.status,
      partial: (r.dateText ?? r.date!).length < 10,
      claimId: r.claimId,
      title: [r.valueText, r.claimant ?? 'no claimant', r.dateText ?? r.date, r.status].filter(Boolean).join(' · '),
    }));
  dodge(dots);
  const yTicks = y.ticks(4).map((v) => ({ at: y(v), text: formatNumber(v) }));
  return { key, unit: unitOf(key), top, height: h, labelY: top + 10, yTicks, dots };
}

/** d3 may give more ticks than asked for (every other day): keep those at least TICK_GAP apart. */
function spaced(ticks: PlotTick[]): PlotTick[] {
  const out: PlotTick[] = [];
  for (const t of ticks) if (out.length === 0 || t.at - out[out.length - 1]!.at >= TICK_GAP) out.push(t);
  return out;
}

/** Dots on the same spot (three claims of 3,000 troops on one day) are spread sideways so each one shows. */
function dodge(dots: PlotDot[]): void {
  const seen = new Map<string, number>();
  for (const d of dots) {
    const spot = `${Math.round(d.x)}:${Math.round(d.y)}`;
    const n = seen.get(spot) ?? 0;
    seen.set(spot, n + 1);
    d.x += (n % 2 === 1 ? 1 : -1) * Math.ceil(n / 2) * d.r * 1.6;
  }
}

/** The plot of the table's rows, `width` pixels wide; null when no row is dated. */
export function dotPlot(rows: FigureRow[], keys: string[], width: number, panelHeight = PANEL_H): DotPlot | null {
  const dated = rows.filter((r) => r.date !== null);
  if (dated.length === 0) return null;
  const x = timeScale(dated, width);
  const plotted = keys.filter((k) => dated.some((r) => r.key === k));
  const shown = plotted.slice(0, PLOT_PANELS);
  const panels = shown.map((k, i) =>
    panelOf(
      k,
      dated.filter((r) => r.key === k),
      TOP + i * (panelHeight + GAP),
      panelHeight,
      (d) => x(d),
    ),
  );
  const axisY = TOP + shown.length * (panelHeight + GAP) - GAP + 4;
  const xTicks = spaced(
    x.ticks(Math.max(2, Math.floor(width / TICK_GAP))).map((d) => ({ at: x(d), text: dayText(d) })),
  );
  return {
    width,
    height: axisY + AXIS_H,
    left: LEFT,
    right: width - RIGHT,
    panels,
    xTicks,
    axisY,
    undated: rows.length - dated.length,
    keysLeftOut: plotted.length - shown.length,
  };
}

/** What the plot does not show as it is: undated rows, keys past PLOT_PANELS, month-only dates. */
export const plotNotes = (p: DotPlot): string[] =>
  [
    p.undated > 0 ? `${p.undated} undated not plotted` : '',
    p.keysLeftOut > 0 ? `${p.keysLeftOut} more figure keys in the table only` : '',
    p.panels.some((x) => x.dots.some((d) => d.partial)) ? 'hollow: month or year only' : '',
  ].filter(Boolean);
