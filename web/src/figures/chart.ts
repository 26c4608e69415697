// The figure table as a figure: the dot plot above the table (value, claimant, date, outlet with its source
// number, status, quote verbatim and wrapped, never cut), one SVG chart framed by chartDocument with title,
// caption, status legend, every cited article as a source and the origin line.
import {
  chartDocument,
  FIGURE_FONT,
  type ChartBody,
  type FigureDocument,
  type FigureSize,
} from '../export/document.ts';
import { generatedFromLine, sourcesOf, type LegendItem } from '../export/furniture.ts';
import { wrapText, type Measure } from '../export/layout.ts';
import type { FontSpec } from '../export/types.ts';
import { escapeXml, num } from '../export/xml.ts';
import { formatNumber } from '../graph/units.ts';
import { rowDate, type FigureRow, type FigureTableModel } from './model.ts';
import { dotPlot, plotNotes } from './plot.ts';
import { plotSvg } from './plot-svg.ts';
import { statusColour } from '../styles/status-colours.ts';

export const CHART_WIDTH = 1000;
/** The exported plot's panels are taller than the inspector's. */
const CHART_PANEL_H = 130;
const LINE_H = 15;
const ROW_PAD = 5;
const INK = '#1a1a1a';
const MUTED = '#555555';

interface Column {
  title: string;
  width: number;
  text(r: FigureRow, source: (r: FigureRow) => string): string;
}

/** Registry of the table's columns; the quote takes the width the others leave. */
const COLUMNS: Column[] = [
  { title: 'Value', width: 120, text: (r) => r.valueText },
  { title: 'Claimant', width: 160, text: (r) => r.claimant ?? 'no claimant' },
  { title: 'Date', width: 80, text: rowDate },
  { title: 'Outlet', width: 110, text: (r, source) => `${r.article?.outlet ?? 'no outlet'} ${source(r)}`.trim() },
  { title: 'Status', width: 84, text: (r) => r.status ?? '—' },
  { title: 'Quote', width: 0, text: (r) => (r.quote ? `“${r.quote}”` : 'no quote') },
];

const font = (size: number, weight = 'normal'): FontSpec => ({ family: FIGURE_FONT, size, weight, style: 'normal' });

function widths(total: number): number[] {
  const fixed = COLUMNS.reduce((s, c) => s + c.width, 0);
  return COLUMNS.map((c) => (c.width > 0 ? c.width : total - fixed));
}

const text = (x: number, y: number, s: string, f: FontSpec, fill: string) =>
  `<text x="${num(x)}" y="${num(y)}" font-size="${num(f.size)}" font-weight="${f.weight}" fill="${fill}">${escapeXml(s)}</text>`;

/** The table's rows as SVG from `top`; returns the markup and the height used. */
function tableSvg(m: FigureTableModel, top: number, measure: Measure): { svg: string; height: number } {
  const ws = widths(CHART_WIDTH);
  const head = font(11, 'bold');
  const body = font(11);
  const sources = sourcesOf([{ claims: m.claims }]);
  const index = new Map(sources.map((s, i) => [s.id, i + 1]));
  const source = (r: FigureRow) => (r.article && index.has(r.article.id) ? `[${index.get(r.article.id)}]` : '');
  const out: string[] = [];
  let y = top;
  let x = 0;
  COLUMNS.forEach((c, i) => {
    out.push(text(x, y + head.size, c.title, head, INK));
    x += ws[i]!;
  });
  y += LINE_H + ROW_PAD;
  for (const r of m.rows) {
    out.push(
      `<line x1="0" y1="${num(y - ROW_PAD / 2)}" x2="${CHART_WIDTH}" y2="${num(y - ROW_PAD / 2)}" stroke="#dddddd"/>`,
    );
    const cells = COLUMNS.map((c, i) => wrapText(c.text(r, source), ws[i]! - 8, body, measure));
    x = 0;
    cells.forEach((lines, i) => {
      const fill = COLUMNS[i]!.title === 'Status' ? statusColour(r.status) : i === 0 ? INK : MUTED;
      lines.forEach((l, k) => out.push(text(x, y + body.size + k * LINE_H, l, body, fill)));
      x += ws[i]!;
    });
    y += Math.max(...cells.map((l) => l.length)) * LINE_H + ROW_PAD;
  }
  if (m.more > 0) {
    out.push(
      text(
        0,
        y + body.size,
        `… and ${formatNumber(m.more)} more claims with figures (see the data export)`,
        body,
        MUTED,
      ),
    );
    y += LINE_H;
  }
  return { svg: out.join('\n'), height: y - top };
}

/** Plot, notes and table in chart coordinates (CHART_WIDTH wide). */
export function figureChart(m: FigureTableModel, measure: Measure): ChartBody {
  const plot = dotPlot(m.rows, m.keys, CHART_WIDTH, CHART_PANEL_H);
  const parts: string[] = [];
  let y = 0;
  if (plot) {
    parts.push(plotSvg(plot));
    y += plot.height + 6;
    const notes = plotNotes(plot);
    if (notes.length) {
      parts.push(text(0, y + 10, notes.join(' · '), font(10), MUTED));
      y += LINE_H;
    }
    y += 10;
  }
  const table = tableSvg(m, y, measure);
  parts.push(table.svg);
  return { svg: parts.join('\n'), width: CHART_WIDTH, height: Math.ceil(y + table.height) };
}

/** The statuses of the rows, as legend swatches in their plot colours. */
function statusLegend(rows: FigureRow[]): LegendItem[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status ?? 'no status', (counts.get(r.status ?? 'no status') ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => ({
      kind: 'node',
      label: status,
      shape: 'ellipse',
      fill: statusColour(status === 'no status' ? null : status),
      border: '#ffffff',
      borderWidth: 1,
      count,
    }));
}

export interface FigureTableFigure {
  title?: string;
  caption?: string;
  size?: FigureSize;
  preset?: string;
  transparent?: boolean;
  origin?: { kind: 'view' | 'query' | 'session'; name?: string };
  /** The export date for the origin line (ISO day). */
  date: string;
  measure: Measure;
}

export const defaultCaption = (m: FigureTableModel): string =>
  `${formatNumber(m.total)} ${m.total === 1 ? 'claim' : 'claims'} with figures` +
  (m.more > 0 ? ` (the first ${formatNumber(m.claims.length)} shown)` : '') +
  '; value over time, dots coloured by status; the table is sorted by date, undated last.';

export function figureTableDocument(m: FigureTableModel, f: FigureTableFigure): FigureDocument {
  const title = f.title ?? 'Figures';
  return chartDocument(figureChart(m, f.measure), {
    size: f.size ?? { kind: 'scale', scale: 1 },
    ...(f.preset && { preset: f.preset }),
    transparent: f.transparent ?? false,
    title,
    measure: f.measure,
    content: {
      title,
      caption: f.caption ?? defaultCaption(m),
      legend: statusLegend(m.rows),
      sources: sourcesOf([{ claims: m.claims }]),
      generatedFrom: generatedFromLine(f.origin ?? { kind: 'session' }, f.date),
    },
  });
}
