// Pure layout of a figure: title, caption, graph area, legend, sources footer and the
// "generated from" line, as positioned boxes and text lines in output pixels.
// The SVG writer and the PNG compositor both draw exactly these items.
import type { FontSpec, Rect } from './types.ts';
import { formatSource, type LegendItem, type SourceEntry } from './furniture.ts';
import { legendBlock, type Block } from './legendLayout.ts';

export type Measure = (text: string, font: FontSpec) => number;

export interface FurnitureContent {
  title?: string;
  caption?: string;
  legend?: LegendItem[];
  /** Key lines of numbered callouts in the graph ("① Russia – North Korea: …"), under the legend. */
  notes?: string[];
  sources?: SourceEntry[];
  generatedFrom?: string;
  /** Model units → output pixels of the graph's lines, for the legend's width scale (default: the unit). */
  strokeScale?: number;
}

export type SizeMode =
  /** `unit`: the furniture unit, when a print preset fixes it (fonts in points at its dpi). */
  | { kind: 'size'; width: number; height: number; unit?: number }
  | { kind: 'scale'; scale: number; graphWidth: number; graphHeight: number }
  /** A fixed width (a print column) whose height follows the content: the graph area is `graphShare` × wide. */
  | { kind: 'width'; width: number; unit: number; graphShare: number };

export interface LayoutRequest {
  size: SizeMode;
  content: FurnitureContent;
  fontFamily: string;
  measure: Measure;
}

export type LayoutItem =
  | { kind: 'text'; x: number; y: number; text: string; font: FontSpec; color: string }
  | {
      kind: 'node-swatch';
      x: number;
      y: number;
      w: number;
      h: number;
      shape: string;
      fill: string;
      stroke: string;
      strokeWidth: number;
    }
  | {
      kind: 'edge-swatch';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      color: string;
      width: number;
      dash: number[];
      /** An arrow head at (x2, y2), pointing right. */
      arrow?: { shape: string; size: number };
    }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; color: string; width: number };

export interface FigureLayout {
  width: number;
  height: number;
  /** Furniture unit: 1 at 1x; every font and gap is multiplied by it. */
  unit: number;
  graph: Rect;
  items: LayoutItem[];
  /** Sources left out because the fixed-size figure had no room for them. */
  omittedSources: number;
}

const INK = '#1a1a1a';
const MUTED = '#555555';
const FAINT = '#888888';
const PAD = 16;
const GAP = 10;
const MIN_CONTENT_WIDTH = 560;
/** In a fixed-size figure the graph keeps at least this share of the height. */
const MIN_GRAPH_SHARE = 0.4;

function font(family: string, size: number, weight = 'normal', style = 'normal'): FontSpec {
  return { family, size, weight, style };
}

/** Greedy word wrap; words longer than the line are broken by character. */
export function wrapText(text: string, maxWidth: number, f: FontSpec, measure: Measure): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, f) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      let rest = word;
      while (measure(rest, f) > maxWidth && rest.length > 1) {
        let cut = rest.length - 1;
        while (cut > 1 && measure(rest.slice(0, cut), f) > maxWidth) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

function textBlock(lines: string[], f: FontSpec, color: string, lineHeight: number): Block {
  return {
    height: lines.length * lineHeight,
    place: (x, y) =>
      lines.map((text, i) => ({ kind: 'text', x, y: y + i * lineHeight + f.size, text, font: f, color }) as LayoutItem),
  };
}

function sourcesBlock(lines: string[], u: number, family: string): Block {
  const head = font(family, 12 * u, 'bold');
  const body = font(family, 11 * u);
  const lh = 15 * u;
  return {
    height: lh + lines.length * lh,
    place: (x, y) => [
      { kind: 'text', x, y: y + head.size, text: 'Sources', font: head, color: INK },
      ...lines.map(
        (text, i) =>
          ({ kind: 'text', x, y: y + lh + i * lh + body.size, text, font: body, color: MUTED }) as LayoutItem,
      ),
    ],
  };
}

export function layoutFigure(req: LayoutRequest): FigureLayout {
  const { size, content, fontFamily: family, measure } = req;
  const u =
    size.kind === 'scale'
      ? size.scale
      : size.kind === 'width'
        ? size.unit
        : (size.unit ?? Math.max(1, Math.min(size.width / 1200, size.height / 800)));
  const pad = PAD * u;
  const gap = GAP * u;
  const width =
    size.kind !== 'scale' ? size.width : Math.ceil(Math.max(size.graphWidth * u, MIN_CONTENT_WIDTH * u) + 2 * pad);
  const inner = width - 2 * pad;

  const titleF = font(family, 20 * u, 'bold');
  const captionF = font(family, 13 * u);
  const smallF = font(family, 10 * u);
  const top: Block[] = [];
  if (content.title) top.push(textBlock(wrapText(content.title, inner, titleF, measure), titleF, INK, 25 * u));
  if (content.caption)
    top.push(textBlock(wrapText(content.caption, inner, captionF, measure), captionF, MUTED, 17 * u));

  const bodyF = font(family, 11 * u);
  const sourceLines = (sources: SourceEntry[], omitted: number): string[] => {
    const lines = sources.flatMap((s, i) => wrapText(formatSource(s, i), inner, bodyF, measure));
    if (omitted > 0) lines.push(`… and ${omitted} more (see the data export)`);
    return lines;
  };
  const bottomBlocks = (keep: number): Block[] => {
    const blocks: Block[] = [];
    if (content.legend?.length)
      blocks.push(legendBlock(content.legend, inner, { u, family, measure, strokeScale: content.strokeScale }));
    if (content.notes?.length) {
      const lines = content.notes.flatMap((t) => wrapText(t, inner, bodyF, measure));
      blocks.push(textBlock(lines, bodyF, INK, 15 * u));
    }
    if (content.sources?.length) {
      const all = content.sources;
      blocks.push(sourcesBlock(sourceLines(all.slice(0, keep), all.length - keep), u, family));
    }
    if (content.generatedFrom)
      blocks.push(textBlock(wrapText(content.generatedFrom, inner, smallF, measure), smallF, FAINT, 13 * u));
    return blocks;
  };
  const stackHeight = (blocks: Block[]) => blocks.reduce((h, b) => h + b.height + gap, 0);

  const topH = stackHeight(top);
  let keep = content.sources?.length ?? 0;
  let bottom = bottomBlocks(keep);
  let graphH: number;
  let height: number;
  if (size.kind === 'size') {
    height = size.height;
    const avail = () => height - 2 * pad - topH - stackHeight(bottom);
    // A fixed-size figure drops trailing sources rather than squashing the graph.
    while (keep > 0 && avail() < height * MIN_GRAPH_SHARE) bottom = bottomBlocks(--keep);
    graphH = Math.max(1, avail());
  } else {
    graphH = size.kind === 'width' ? Math.round(inner * size.graphShare) : Math.ceil(size.graphHeight * u);
    height = Math.ceil(2 * pad + topH + graphH + stackHeight(bottom));
  }

  const items: LayoutItem[] = [];
  let y = pad;
  for (const b of top) {
    items.push(...b.place(pad, y));
    y += b.height + gap;
  }
  const graph: Rect = { x: pad, y, w: inner, h: graphH };
  y += graphH + gap;
  if (bottom.length)
    items.push({
      kind: 'rule',
      x1: pad,
      y1: y - gap / 2,
      x2: width - pad,
      y2: y - gap / 2,
      color: '#dddddd',
      width: u,
    });
  for (const b of bottom) {
    items.push(...b.place(pad, y));
    y += b.height + gap;
  }
  return { width, height, unit: u, graph, items, omittedSources: (content.sources?.length ?? 0) - keep };
}
