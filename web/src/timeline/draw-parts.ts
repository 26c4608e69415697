// Pieces both drawing modes share: options, margins, the time axis, a mark's hover text.
import { axisBottom } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import type { Selection } from 'd3-selection';
import type { TimelineMark } from './model.ts';

export type TimelineMode = 'claims' | 'figures';

export interface TimelineDrawOptions {
  mode: TimelineMode;
  width: number;
  height: number;
  fontFamily: string;
  /** Live panel: marks are focusable buttons. */
  interactive: boolean;
  /** First and last day shown (zoomed to the date filter); else the extent of what is drawn. */
  domain?: [string, string];
  /** Figures mode: the figure keys drawn (all when absent). */
  figureKeys?: readonly string[];
}

export type G = Selection<SVGGElement, unknown, null, undefined>;

/** What the panel needs to brush and click: the time scale and the band the brush covers. */
export interface DrawnTimeline {
  x: ScaleTime<number, number>;
  /** The brushable band in chart coordinates: [[x0, y0], [x1, y1]]. */
  band: [[number, number], [number, number]];
  /** The marks group (brush goes beneath it so marks stay clickable). */
  marks: G;
  /** Where the brush is added, beneath the marks. */
  brushLayer: G;
}

export const FIGURES_LEFT = 90;
export const MARGIN = { left: 150, right: 24, top: 12, bottom: 34 };
export const INK = '#1a1a1a';
export const MUTED = '#555555';

export function drawAxis(g: G, x: ScaleTime<number, number>, y: number, width: number): void {
  const axis = g
    .append('g')
    .attr('class', 'axis time-axis')
    .attr('transform', `translate(0,${y})`)
    .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
  axis.selectAll('text').attr('fill', INK).attr('font-family', null);
}

/** A mark's hover text: the evidence in one line (status, date as given, claimant, quote). */
export function markTitle(m: TimelineMark): string {
  const c = m.claim;
  const who = c.claimant ? `${c.claimant.name}: ` : '';
  const when = m.row === 'event' ? (c.dateText ?? c.date) : c.article?.published;
  return `${c.status ?? 'no status'} · ${when ?? 'undated'} · ${who}${c.quote ? `“${c.quote}”` : '(no quote)'}`;
}
