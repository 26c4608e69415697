// The timeline's content, from the claims on the canvas: one mark per claim on two rows — when it happened
// (the claim's date) and when it was reported (its article's publication date). Pure and bounded: at most
// MARK_CAP marks; bundles that carry only a preview of their claims add their per-day counts as density.
import { claimPasses } from '../../../lib/model/filter.ts';
import { isComplete, type Bundle, type Claim } from '../../../lib/model/wire.ts';
import type { Filters, GraphState } from '../state/types.ts';
import { passingClaims, visibility } from '../state/visibility.ts';
import { spanOf, type DateSpan } from './dates.ts';
import { statusColour } from '../styles/status-colours.ts';

/** At most this many claims are drawn as marks (each gives up to two marks, one per row). */
export const MARK_CAP = 2000;

export type TimelineRow = 'event' | 'published';

export const ROWS: readonly { id: TimelineRow; label: string; sub: string }[] = [
  { id: 'event', label: 'Happened', sub: 'claim date' },
  { id: 'published', label: 'Reported', sub: 'article published' },
];

export interface TimelineMark extends DateSpan {
  row: TimelineRow;
  claim: Claim;
  bundleId: string;
  colour: string;
  /** Whether the claim passes the canvas's date filter (marks outside are drawn faint). */
  inRange: boolean;
}

export interface DensityBin {
  day: string;
  count: number;
}

export interface TimelineModel {
  marks: TimelineMark[];
  /** Claims of the canvas the marks stand for (≤ MARK_CAP). */
  claims: Claim[];
  /** Claims without a date / without a published article, per row (of the loaded claims and previews). */
  undated: Record<TimelineRow, number>;
  /** Claims beyond MARK_CAP, not drawn. */
  capped: number;
  /** Claims of bundles that carried a preview only: not drawn as marks, counted per day in `density`. */
  notLoaded: number;
  density: DensityBin[];
  /** Whether `density` lists every day (bundle day lists are capped). */
  densityComplete: boolean;
  /** First and last ISO day over the marks and the density, or null when nothing is dated. */
  extent: [string, string] | null;
}

/** The filters the timeline shows claims under: the canvas's, but every date (the brush needs the context). */
export const undatedFilters = (f: Filters): Filters => ({
  ...f,
  dateRange: { from: null, to: null },
  includeUndated: true,
});

/** The claim bundles of the canvas (visible endpoints), under the canvas filters except the date. */
export function canvasBundles(s: GraphState): Bundle[] {
  const context = { ...s, filters: undatedFilters(s.filters) };
  const shown = visibility(context).bundles;
  return Object.values(s.bundles).filter((b) => b.kind === 'claims' && shown.has(b.id));
}

function marksOf(c: Claim, bundleId: string, f: Filters): TimelineMark[] {
  const common = { claim: c, bundleId, colour: statusColour(c.status), inRange: claimPasses(c, f) };
  const event = spanOf(c.dateText ?? c.date);
  const published = spanOf(c.article?.published);
  return [
    ...(event ? [{ ...event, row: 'event' as const, ...common }] : []),
    ...(published ? [{ ...published, row: 'published' as const, ...common }] : []),
  ];
}

function densityOf(bundles: Bundle[]): { bins: DensityBin[]; complete: boolean } {
  const days = new Map<string, number>();
  for (const b of bundles) for (const d of b.days) days.set(d.value, (days.get(d.value) ?? 0) + d.count);
  const bins = [...days].map(([day, count]) => ({ day, count })).sort((a, b) => (a.day < b.day ? -1 : 1));
  return { bins, complete: bundles.every((b) => b.daysComplete) };
}

export function timelineModel(s: GraphState, cap = MARK_CAP): TimelineModel {
  const bundles = canvasBundles(s);
  const context = undatedFilters(s.filters);
  const complete = bundles.filter(isComplete);
  const previews = bundles.filter((b) => !isComplete(b));
  const all = complete.flatMap((b) => passingClaims(b, context).map((c) => ({ c, b: b.id })));
  const kept = all.slice(0, cap);
  const marks = kept.flatMap(({ c, b }) => marksOf(c, b, s.filters));
  const { bins, complete: densityComplete } = densityOf(previews);
  const days = [...marks.flatMap((m) => [m.start, m.end]), ...bins.map((d) => d.day)].sort();
  const claims = kept.map((k) => k.c);
  return {
    marks,
    claims,
    undated: {
      event: claims.filter((c) => !spanOf(c.dateText ?? c.date)).length + previews.reduce((n, b) => n + b.undated, 0),
      published: claims.filter((c) => !spanOf(c.article?.published)).length,
    },
    capped: all.length - kept.length,
    notLoaded: previews.reduce((n, b) => n + b.count, 0),
    density: bins,
    densityComplete,
    extent: days.length ? [days[0]!, days[days.length - 1]!] : null,
  };
}

/** The model with only the marks that overlap [first, last] (a figure zoomed to a range cites only those). */
export const withinDays = (m: TimelineModel, [first, last]: [string, string]): TimelineModel => ({
  ...m,
  marks: m.marks.filter((k) => k.end >= first && k.start <= last),
});
