// Draws the timeline into the panel's <svg> and wires it: a d3-brush on the time axis (a user's brush sets the
// date filter; a brush cleared clears it; the filter, however set, is shown as the brush), and marks that open
// their claim on click, Enter or Space.
import { useEffect, type RefObject } from 'react';
import { brushX, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import type { DateRange } from '../state/types.ts';
import { dayOnOrAfter, dayOnOrBefore, dayTime } from './dates.ts';
import { drawTimeline } from './draw.ts';
import type { TimelineDrawOptions } from './draw-parts.ts';
import type { TimelineModel } from './model.ts';

export interface ChartEvents {
  onRange(range: DateRange): void;
  onOpenClaim(bundleId: string, claimId: string): void;
}

const HALF_DAY = 43_200_000;

/** The brush's pixels for a date filter (half a day around its ends, so a one-day range is visible). */
function brushPixels(range: DateRange, x: ScaleTime<number, number>): [number, number] | null {
  if (range.from === null && range.to === null) return null;
  const [lo, hi] = x.range() as [number, number];
  const a = range.from ? x(dayTime(range.from).getTime() - HALF_DAY) : lo;
  const b = range.to ? x(dayTime(range.to).getTime() + HALF_DAY) : hi;
  return [Math.max(lo, Math.min(a, hi)), Math.max(lo, Math.min(b, hi))];
}

/** The inclusive whole days a brush selection covers. */
export function rangeOfPixels([a, b]: [number, number], x: ScaleTime<number, number>): DateRange {
  return { from: dayOnOrAfter(x.invert(a)), to: dayOnOrBefore(x.invert(b)) };
}

export function useTimelineChart(
  ref: RefObject<SVGSVGElement | null>,
  model: TimelineModel,
  opts: TimelineDrawOptions,
  range: DateRange,
  events: ChartEvents,
): void {
  const { mode, width, height, fontFamily, interactive } = opts;
  const from = opts.domain?.[0];
  const to = opts.domain?.[1];
  const keys = opts.figureKeys?.join('\n');
  useEffect(() => {
    const svg = ref.current;
    if (!svg || width <= 0) return;
    const domain: [string, string] | undefined = from && to ? [from, to] : undefined;
    const figureKeys = keys?.split('\n');
    const drawn = drawTimeline(svg, model, {
      mode,
      width,
      height,
      fontFamily,
      interactive,
      ...(domain && { domain }),
      ...(figureKeys && { figureKeys }),
    });
    const brush = brushX<unknown>()
      .extent(drawn.band)
      .on('end', (ev: D3BrushEvent<unknown>) => {
        if (!ev.sourceEvent) return; // moved by us to show the filter
        const sel = ev.selection as [number, number] | null;
        events.onRange(sel ? rangeOfPixels(sel, drawn.x) : { from: null, to: null });
      });
    const layer = drawn.brushLayer.attr('data-testid', 'timeline-brush').call(brush);
    // Zoomed to the range, the whole axis is the range: no selection, so a new brush starts anywhere.
    if (!domain) brush.move(layer, brushPixels(range, drawn.x));
    const open = (el: Element) =>
      events.onOpenClaim(el.getAttribute('data-bundle') ?? '', el.getAttribute('data-claim') ?? '');
    drawn.marks
      .selectAll<SVGGElement, unknown>('g.mark')
      .on('click', (ev: MouseEvent) => open(ev.currentTarget as Element))
      .on('keydown', (ev: KeyboardEvent) => {
        if (ev.key !== 'Enter' && ev.key !== ' ') return;
        ev.preventDefault();
        open(ev.currentTarget as Element);
      });
  }, [ref, model, mode, width, height, fontFamily, interactive, from, to, keys, range, events]);
}
