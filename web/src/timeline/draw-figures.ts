// Figures mode: each figure key a series of values over the claim dates (y log when the values span more than
// two orders of magnitude, else linear), points coloured by status and labelled with their value. A partial
// date is a hollow point at the month's start with a bar over the month.
import { axisLeft } from 'd3-axis';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric, type ScaleTime } from 'd3-scale';
import { dayTime, nextDay } from './dates.ts';
import { drawAxis, INK, MARGIN, markTitle, type G, type TimelineDrawOptions } from './draw-parts.ts';
import { wantsLog, type FigurePoint, type FigureSeriesModel } from './figures.ts';

/** Series line colours, in key order (dark and distinct from the status colours of the points). */
export const SERIES_COLOURS = ['#343a40', '#0b7285', '#a61e4d', '#5c940d', '#e8590c', '#364fc7'];
const R = 4.5;
const fmt = (v: number) => v.toLocaleString('en-GB');

function yScale(f: FigureSeriesModel, top: number, bottom: number): ScaleContinuousNumeric<number, number> {
  const values = f.series.flatMap((s) => [s.min, s.max]);
  const lo = Math.min(...values, 1);
  const hi = Math.max(...values, 1);
  if (wantsLog(f.series) && lo > 0)
    return scaleLog()
      .domain([lo / 1.5, hi * 1.5])
      .range([bottom, top])
      .nice();
  return scaleLinear()
    .domain([0, hi * 1.1])
    .range([bottom, top])
    .nice();
}

function drawPoints(
  layer: G,
  points: FigurePoint[],
  x: ScaleTime<number, number>,
  y: (v: number) => number,
  o: TimelineDrawOptions,
) {
  const mark = layer
    .selectAll<SVGGElement, FigurePoint>('g.mark')
    .data(points)
    .join('g')
    .attr(
      'class',
      (p) => `mark figure-point${p.mark.partial ? ' partial' : ''}${p.mark.inRange ? '' : ' out-of-range'}`,
    )
    .attr('data-claim', (p) => p.claim.id)
    .attr('data-bundle', (p) => p.mark.bundleId)
    .attr('data-row', 'event')
    .attr('data-day', (p) => p.mark.start)
    .attr('data-value', (p) => p.value)
    .attr('opacity', (p) => (p.mark.inRange ? 1 : 0.25));
  if (o.interactive) mark.attr('tabindex', 0).attr('role', 'button').attr('cursor', 'pointer');
  mark
    .filter((p) => p.mark.partial)
    .append('rect')
    .attr('x', (p) => x(dayTime(p.mark.start)))
    .attr('y', (p) => y(p.value) - 1.5)
    .attr('width', (p) => Math.max(1, x(dayTime(nextDay(p.mark.end))) - x(dayTime(p.mark.start))))
    .attr('height', 3)
    .attr('fill', (p) => p.mark.colour)
    .attr('fill-opacity', 0.35);
  mark
    .append('circle')
    .attr('cx', (p) => x(dayTime(p.mark.start)))
    .attr('cy', (p) => y(p.value))
    .attr('r', R)
    .attr('fill', (p) => (p.mark.partial ? '#ffffff' : p.mark.colour))
    .attr('stroke', (p) => p.mark.colour)
    .attr('stroke-width', 1.5);
  mark
    .append('text')
    .attr('class', 'value')
    .attr('x', (p) => x(dayTime(p.mark.start)) + R + 2)
    .attr('y', (p) => y(p.value) - R - 1)
    .attr('fill', INK)
    .attr('font-size', 10)
    .text((p) => fmt(p.value));
  mark.append('title').text((p) => `${p.key} ${fmt(p.value)} · ${markTitle(p.mark)}`);
}

/** Draws every series; returns the plot's band (the brush sets the claim-date filter). */
export function drawFigureSeries(
  g: G,
  layer: G,
  f: FigureSeriesModel,
  x: ScaleTime<number, number>,
  o: TimelineDrawOptions,
): [[number, number], [number, number]] {
  const top = MARGIN.top + 4;
  const bottom = o.height - MARGIN.bottom - 6;
  const y = yScale(f, top, bottom);
  g.append('g')
    .attr('class', 'axis value-axis')
    .attr('transform', `translate(${x.range()[0]! - 6},0)`)
    .call(axisLeft(y).ticks(5, ',.0f'))
    .selectAll('text')
    .attr('fill', INK)
    .attr('font-family', null);
  drawAxis(g, x, bottom, o.width - x.range()[0]! - MARGIN.right);
  if (f.series.length === 0)
    g.append('text')
      .attr('x', x.range()[0]! + 8)
      .attr('y', top + 16)
      .attr('fill', INK)
      .text('No figures among these claims.');
  f.series.forEach((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const at = (p: FigurePoint): [number, number] => [x(dayTime(p.mark.start)), y(p.value)];
    // The line joins the points with a full date only: a month-only date is not a place in the sequence.
    const exact = s.points.filter((p) => !p.mark.partial);
    const path = exact.map((p, k) => `${k ? 'L' : 'M'}${at(p)[0].toFixed(1)},${at(p)[1].toFixed(1)}`).join('');
    const series = layer.append('g').attr('class', 'series').attr('data-key', s.key) as unknown as G;
    if (exact.length > 1)
      series.append('path').attr('d', path).attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 1.5);
    const last = at(s.points[s.points.length - 1]!);
    // One series is named by the legend; several are named on the chart too.
    if (f.series.length > 1)
      series
        .append('text')
        .attr('class', 'series-label')
        .attr('x', last[0])
        .attr('y', last[1] + 16)
        .attr('text-anchor', 'end')
        .attr('fill', colour)
        .attr('font-weight', 'bold')
        .text(s.key);
    drawPoints(series, s.points, x, (v) => y(v), o);
  });
  return [
    [x.range()[0]!, top],
    [x.range()[1]!, bottom],
  ];
}
