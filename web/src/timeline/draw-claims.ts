// Claims mode: two rows on one time scale, when it happened and when it was reported. A full date is a filled
// dot; a partial date ('2024-10') a hollow dot at the period's start with a bar over the period. Marks of one
// day stack upwards. Claims outside the canvas's date filter are drawn faint.
import type { ScaleTime } from 'd3-scale';
import { dayTime, nextDay } from './dates.ts';
import { drawAxis, INK, MARGIN, markTitle, type G, type TimelineDrawOptions } from './draw-parts.ts';
import { ROWS, type DensityBin, type TimelineMark, type TimelineModel, type TimelineRow } from './model.ts';

const ROW_GAP = 26;
const R = 4;

interface Placed {
  m: TimelineMark;
  y: number;
}

/** Stacks the marks of one row: k-th mark of a day goes k steps up from the row's base line. */
function stack(marks: TimelineMark[], base: number, height: number): Placed[] {
  const perDay = new Map<string, number>();
  for (const m of marks) perDay.set(m.start, (perDay.get(m.start) ?? 0) + 1);
  const most = Math.max(1, ...perDay.values());
  const step = Math.min(2 * R + 2, (height - 2 * R - 4) / most);
  const seen = new Map<string, number>();
  return marks.map((m) => {
    const k = seen.get(m.start) ?? 0;
    seen.set(m.start, k + 1);
    return { m, y: base - R - 3 - k * step };
  });
}

function drawDensity(g: G, bins: DensityBin[], x: ScaleTime<number, number>, base: number, height: number) {
  const most = Math.max(1, ...bins.map((b) => b.count));
  g.append('g')
    .attr('class', 'density')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('x', (b) => x(dayTime(b.day)))
    .attr('width', (b) => Math.max(2, x(dayTime(nextDay(b.day))) - x(dayTime(b.day)) - 1))
    .attr('y', (b) => base - (b.count / most) * height * 0.6)
    .attr('height', (b) => (b.count / most) * height * 0.6)
    .attr('fill', '#ced4da')
    .attr('data-count', (b) => b.count)
    .append('title')
    .text((b) => `${b.day}: ${b.count.toLocaleString('en-GB')} claims`);
}

function drawMarks(layer: G, placed: Placed[], x: ScaleTime<number, number>, o: TimelineDrawOptions) {
  const mark = layer
    .selectAll<SVGGElement, Placed>('g.mark')
    .data(placed)
    .join('g')
    .attr('class', (p) => `mark${p.m.partial ? ' partial' : ''}${p.m.inRange ? '' : ' out-of-range'}`)
    .attr('data-claim', (p) => p.m.claim.id)
    .attr('data-bundle', (p) => p.m.bundleId)
    .attr('data-row', (p) => p.m.row)
    .attr('data-day', (p) => p.m.start)
    .attr('opacity', (p) => (p.m.inRange ? 1 : 0.25));
  if (o.interactive) mark.attr('tabindex', 0).attr('role', 'button').attr('cursor', 'pointer');
  mark
    .filter((p) => p.m.partial)
    .append('rect')
    .attr('x', (p) => x(dayTime(p.m.start)))
    .attr('y', (p) => p.y - 1.5)
    .attr('width', (p) => Math.max(1, x(dayTime(nextDay(p.m.end))) - x(dayTime(p.m.start))))
    .attr('height', 3)
    .attr('fill', (p) => p.m.colour)
    .attr('fill-opacity', 0.35);
  mark
    .append('circle')
    .attr('cx', (p) => x(dayTime(p.m.start)))
    .attr('cy', (p) => p.y)
    .attr('r', R)
    .attr('fill', (p) => (p.m.partial ? '#ffffff' : p.m.colour))
    .attr('stroke', (p) => p.m.colour)
    .attr('stroke-width', 1.5);
  mark.append('title').text((p) => markTitle(p.m));
}

/** Draws both rows; returns the event row's band (the brush sets the claim-date filter). */
export function drawClaimRows(
  g: G,
  layer: G,
  model: TimelineModel,
  x: ScaleTime<number, number>,
  o: TimelineDrawOptions,
): [[number, number], [number, number]] {
  const rowHeight = (o.height - MARGIN.top - MARGIN.bottom - ROW_GAP) / 2;
  const top = (row: TimelineRow) => MARGIN.top + (row === 'event' ? 0 : rowHeight + ROW_GAP);
  for (const row of ROWS) {
    const y0 = top(row.id);
    const base = y0 + rowHeight - 20;
    g.append('text')
      .attr('class', 'row-label')
      .attr('x', 8)
      .attr('y', y0 + rowHeight / 2 - 10)
      .attr('fill', INK)
      .attr('font-weight', 'bold')
      .text(row.label);
    g.append('text')
      .attr('x', 8)
      .attr('y', y0 + rowHeight / 2 + 4)
      .attr('fill', '#555555')
      .attr('font-size', 10)
      .text(row.sub);
    if (row.id === 'event') drawDensity(g, model.density, x, base, base - y0);
    drawAxis(g, x, base, o.width - MARGIN.left - MARGIN.right);
    const rowLayer = layer.append('g').attr('class', `row row-${row.id}`) as unknown as G;
    drawMarks(
      rowLayer,
      stack(
        model.marks.filter((m) => m.row === row.id),
        base,
        base - y0,
      ),
      x,
      o,
    );
  }
  const y0 = top('event');
  return [
    [x.range()[0]!, y0],
    [x.range()[1]!, y0 + rowHeight - 20],
  ];
}
