// The dot plot as SVG markup (for the exported figure); the inspector draws the same geometry as React
// elements (DotPlotView.tsx). Every text is escaped.
import { escapeXml, num } from '../export/xml.ts';
import type { DotPlot } from './plot.ts';

const AXIS = '#888888';
const GRID = '#eeeeee';
const INK = '#333333';

export function plotSvg(p: DotPlot, fontSize = 10): string {
  const out: string[] = [];
  const t = (x: number, y: number, text: string, anchor = 'start', weight = 'normal') =>
    `<text x="${num(x)}" y="${num(y)}" font-size="${num(fontSize)}" font-weight="${weight}" text-anchor="${anchor}" fill="${INK}">${escapeXml(text)}</text>`;
  for (const panel of p.panels) {
    for (const tick of panel.yTicks) {
      out.push(
        `<line x1="${num(p.left)}" y1="${num(tick.at)}" x2="${num(p.right)}" y2="${num(tick.at)}" stroke="${GRID}"/>`,
      );
      out.push(t(p.left - 6, tick.at + fontSize * 0.35, tick.text, 'end'));
    }
    out.push(
      `<line x1="${num(p.left)}" y1="${num(panel.top)}" x2="${num(p.left)}" y2="${num(panel.top + panel.height)}" stroke="${AXIS}"/>`,
    );
    out.push(t(p.left + 6, panel.labelY, panel.unit, 'start', 'bold'));
    for (const d of panel.dots)
      out.push(
        `<circle cx="${num(d.x)}" cy="${num(d.y)}" r="${num(d.r)}" ${d.partial ? `fill="#ffffff" stroke="${d.colour}" stroke-width="1.5"` : `fill="${d.colour}" fill-opacity="0.85" stroke="#ffffff" stroke-width="1"`}><title>${escapeXml(d.title)}</title></circle>`,
      );
  }
  out.push(
    `<line x1="${num(p.left)}" y1="${num(p.axisY)}" x2="${num(p.right)}" y2="${num(p.axisY)}" stroke="${AXIS}"/>`,
  );
  for (const tick of p.xTicks) {
    out.push(
      `<line x1="${num(tick.at)}" y1="${num(p.axisY)}" x2="${num(tick.at)}" y2="${num(p.axisY + 4)}" stroke="${AXIS}"/>`,
    );
    out.push(t(tick.at, p.axisY + 6 + fontSize, tick.text, 'middle'));
  }
  return out.join('\n');
}
