// Figures over time: every figure a claim states (troops: 3000) as a value at the claim's date, one series per
// figure key, oldest first — the escalation of an estimate made visible. Pure; built from the timeline's marks,
// so it is bounded by the same cap.
import type { Claim } from '../../../lib/model/wire.ts';
import type { TimelineMark, TimelineModel } from './model.ts';

export interface FigurePoint {
  key: string;
  value: number;
  /** The claim's event-date mark (its span, status colour, bundle and range flag). */
  mark: TimelineMark;
  claim: Claim;
}

export interface FigureSeries {
  key: string;
  points: FigurePoint[];
  min: number;
  max: number;
}

export interface FigureSeriesModel {
  series: FigureSeries[];
  /** Every figure key among the claims (to choose from). */
  keys: string[];
  /** Claims with figures but no date: not drawn, counted. */
  undated: number;
}

const byPlace = (a: FigurePoint, b: FigurePoint): number =>
  a.mark.start < b.mark.start ? -1 : a.mark.start > b.mark.start ? 1 : a.value - b.value;

/** `keys`: the figure keys to draw (all when absent). */
export function figureSeries(m: TimelineModel, keys?: readonly string[]): FigureSeriesModel {
  const byKey = new Map<string, FigurePoint[]>();
  for (const mark of m.marks) {
    if (mark.row !== 'event') continue;
    for (const [key, value] of Object.entries(mark.claim.figures)) {
      if (keys && !keys.includes(key)) continue;
      const list = byKey.get(key) ?? [];
      list.push({ key, value, mark, claim: mark.claim });
      byKey.set(key, list);
    }
  }
  const dated = new Set(m.marks.filter((k) => k.row === 'event').map((k) => k.claim.id));
  const series = [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, points]) => {
      const values = points.map((p) => p.value);
      return { key, points: points.sort(byPlace), min: Math.min(...values), max: Math.max(...values) };
    });
  return {
    series,
    keys: [...new Set(m.claims.flatMap((c) => Object.keys(c.figures)))].sort(),
    undated: m.claims.filter((c) => !dated.has(c.id) && Object.keys(c.figures).length > 0).length,
  };
}

/** Whether a log scale is needed to show every series (values spanning more than two orders of magnitude). */
export function wantsLog(series: FigureSeries[]): boolean {
  const values = series.flatMap((s) => [s.min, s.max]);
  // A log axis has no place for zero or less.
  if (values.length === 0 || values.some((v) => v <= 0)) return false;
  return Math.max(...values) / Math.min(...values) > 100;
}

/** First and last day the series' points cover (their periods' ends included), or null without points. */
export function seriesExtent(f: FigureSeriesModel): [string, string] | null {
  const days = f.series.flatMap((s) => s.points.flatMap((p) => [p.mark.start, p.mark.end])).sort();
  return days.length ? [days[0]!, days[days.length - 1]!] : null;
}
