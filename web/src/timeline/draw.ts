// Draws the timeline into an <svg> element with d3 (scales, axes, selections): the live panel draws into its
// own element, the export into a detached one that is then serialised (one drawing for both). Every piece of
// data goes in as an attribute or as text (selection.text), never as markup.
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { dayTime, nextDay } from './dates.ts';
import { drawClaimRows } from './draw-claims.ts';
import { drawFigureSeries } from './draw-figures.ts';
import { figureSeries, seriesExtent } from './figures.ts';
import type { TimelineModel } from './model.ts';
import {
  FIGURES_LEFT,
  MARGIN,
  MUTED,
  type DrawnTimeline,
  type G,
  type TimelineDrawOptions,
  type TimelineMode,
} from './draw-parts.ts';

export type { TimelineMode };

/** The time domain: every mark's span and every density day, with a day of air either side. */
export function timeScale(extent: [string, string] | null, left: number, right: number): ScaleTime<number, number> {
  const [first, last] = extent ?? ['2024-01-01', '2024-12-31'];
  const lo = dayTime(first).getTime() - 86_400_000;
  const hi = dayTime(nextDay(last)).getTime() + 86_400_000;
  return scaleUtc()
    .domain([new Date(lo), new Date(hi)])
    .range([left, right]);
}

/** The counts the picture leaves out, stated. */
export function notesOf(model: TimelineModel, mode: TimelineMode): string[] {
  const n = (k: number, one: string, many = `${one}s`) => `${k.toLocaleString('en-GB')} ${k === 1 ? one : many}`;
  const out: string[] = [];
  if (model.undated.event) out.push(`${n(model.undated.event, 'claim')} undated`);
  if (mode === 'claims' && model.undated.published)
    out.push(`${n(model.undated.published, 'claim')} without a publication date`);
  if (model.notLoaded)
    out.push(
      `${n(model.notLoaded, 'claim')} of large bundles ${mode === 'claims' ? 'drawn as claims per day (grey)' : 'not loaded'}${model.densityComplete ? '' : ', busiest days only'}`,
    );
  if (model.capped)
    out.push(`${n(model.capped, 'claim')} beyond the ${model.claims.length.toLocaleString('en-GB')} drawn`);
  return out;
}

export function drawTimeline(svg: SVGSVGElement, model: TimelineModel, o: TimelineDrawOptions): DrawnTimeline {
  const root = select(svg);
  root.selectAll('*').remove();
  root
    .attr('width', o.width)
    .attr('height', o.height)
    .attr('viewBox', `0 0 ${o.width} ${o.height}`)
    .attr('font-family', o.fontFamily)
    .attr('font-size', 11);
  const g = root.append('g').attr('class', `timeline mode-${o.mode}`) as unknown as G;
  const left = o.mode === 'figures' ? FIGURES_LEFT : MARGIN.left;
  const series = o.mode === 'figures' ? figureSeries(model, o.figureKeys) : null;
  const extent = o.domain ?? (series ? seriesExtent(series) : model.extent);
  const x = timeScale(extent, left, o.width - MARGIN.right);
  // Zoomed in, marks outside the domain would be drawn over the row labels: clip them to the plot.
  root
    .append('clipPath')
    .attr('id', 'timeline-plot-clip')
    .append('rect')
    .attr('x', left - 6)
    .attr('y', 0)
    .attr('width', o.width - MARGIN.right - left + 12)
    .attr('height', o.height);
  const brushLayer = g.append('g').attr('class', 'brush-layer');
  const marks = g.append('g').attr('class', 'marks').attr('clip-path', 'url(#timeline-plot-clip)');
  const band = series ? drawFigureSeries(g, marks, series, x, o) : drawClaimRows(g, marks, model, x, o);
  g.append('text')
    .attr('class', 'notes')
    .attr('x', left)
    .attr('y', o.height - 4)
    .attr('fill', MUTED)
    .attr('font-size', 10)
    .text(notesOf(model, o.mode).join(' · '));
  return { x, band, marks, brushLayer };
}

/** The drawing as SVG markup, drawn into a detached element (for the figure document). */
export function timelineMarkup(model: TimelineModel, o: TimelineDrawOptions): string {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  drawTimeline(svg, model, o);
  const xml = new XMLSerializer();
  return Array.from(svg.childNodes, (n) => xml.serializeToString(n)).join('');
}
