// The legend section of the figure layout: a row-wrapped run of chips (swatch + text). A width scale is one chip
// of three sample lines drawn at the graph's own scale, so "8+ claims" is as thick as an 8-claim line.
import type { LegendItem } from './legend.ts';
import { wrapText, type LayoutItem, type Measure } from './layout.ts';
import type { FontSpec } from './types.ts';

const INK = '#1a1a1a';

export interface Block {
  height: number;
  place(x: number, y: number): LayoutItem[];
}

interface Chip {
  width: number;
  /** Rows it takes: more than one when its text had to wrap to fit the row width. */
  rows: number;
  draw(left: number, cy: number): LayoutItem[];
}

interface ChipEnv {
  u: number;
  /** Model units → output pixels for line widths (the graph's fit scale). */
  strokeScale: number;
  font: FontSpec;
  measure: Measure;
  maxStroke: number;
  rowWidth: number;
  rowH: number;
}

/** A swatch's text, wrapped when it is wider than the row leaves it. */
function labelLines(label: string, swatchW: number, env: ChipEnv): string[] {
  const room = env.rowWidth - swatchW - 6 * env.u;
  return env.measure(label, env.font) <= room ? [label] : wrapText(label, room, env.font, env.measure);
}

const texts = (x: number, cy: number, lines: string[], env: ChipEnv): LayoutItem[] =>
  lines.map((l, i) => text(x, cy + i * env.rowH, l, env));

const widest = (lines: string[], env: ChipEnv): number => Math.max(...lines.map((l) => env.measure(l, env.font)));

const text = (x: number, cy: number, s: string, env: ChipEnv): LayoutItem => ({
  kind: 'text',
  x,
  y: cy + env.font.size * 0.35,
  text: s,
  font: env.font,
  color: INK,
});

const stroke = (w: number, env: ChipEnv): number => Math.min(env.maxStroke, Math.max(env.u, w * env.strokeScale));

function chipOf(item: LegendItem, env: ChipEnv): Chip {
  const { u, measure, font } = env;
  const sw = 14 * u;
  const lineW = 26 * u;
  if (item.kind === 'node') {
    const lines = labelLines(item.count > 0 ? `${item.label} (${item.count})` : item.label, sw, env);
    return {
      width: sw + 6 * u + widest(lines, env),
      rows: lines.length,
      draw: (left, cy) => [
        {
          kind: 'node-swatch',
          x: left + sw / 2,
          y: cy,
          w: sw,
          h: sw,
          shape: item.shape,
          fill: item.fill,
          stroke: item.border,
          strokeWidth: Math.min(2, item.borderWidth) * u,
        },
        ...texts(left + sw + 6 * u, cy, lines, env),
      ],
    };
  }
  if (item.kind === 'edge') {
    const lines = labelLines(item.count > 0 ? `${item.label} (${item.count})` : item.label, lineW, env);
    return {
      width: lineW + 6 * u + widest(lines, env),
      rows: lines.length,
      draw: (left, cy) => [
        {
          kind: 'edge-swatch',
          x1: left,
          y1: cy,
          x2: left + lineW,
          y2: cy,
          color: item.color,
          width: item.width * u,
          dash: item.dash.map((d) => d * u),
          ...(item.arrow ? { arrow: { shape: item.arrow, size: 9 * u } } : {}),
        },
        ...texts(left + lineW + 6 * u, cy, lines, env),
      ],
    };
  }
  const segW = 18 * u;
  const parts = item.samples.map((s, i) => {
    const label = i === item.samples.length - 1 ? `${s.label} ${item.label}` : s.label;
    return { s, label, w: segW + 4 * u + measure(label, font) + 8 * u };
  });
  return {
    width: parts.reduce((w, p) => w + p.w, 0),
    rows: 1,
    draw: (left, cy) => {
      let x = left;
      return parts.flatMap((p) => {
        const at = x;
        x += p.w;
        return [
          {
            kind: 'edge-swatch',
            x1: at,
            y1: cy,
            x2: at + segW,
            y2: cy,
            color: item.color,
            width: stroke(p.s.width, env),
            dash: [],
          } as LayoutItem,
          text(at + segW + 4 * u, cy, p.label, env),
        ];
      });
    },
  };
}

export function legendBlock(
  items: LegendItem[],
  width: number,
  env: { u: number; family: string; measure: Measure; strokeScale?: number },
): Block {
  const { u } = env;
  const rowH = 20 * u;
  const chipEnv: ChipEnv = {
    u,
    strokeScale: env.strokeScale ?? u,
    font: { family: env.family, size: 12 * u, weight: 'normal', style: 'normal' },
    measure: env.measure,
    maxStroke: rowH * 0.6,
    rowWidth: width,
    rowH,
  };
  const placed: Array<{ chip: Chip; dx: number; row: number }> = [];
  let dx = 0;
  let row = 0;
  for (const item of items) {
    const chip = chipOf(item, chipEnv);
    const w = chip.width + 18 * u;
    if (dx > 0 && (dx + w > width || chip.rows > 1)) {
      row++;
      dx = 0;
    }
    placed.push({ chip, dx, row });
    dx += w;
    // A wrapped chip has its rows to itself.
    if (chip.rows > 1) {
      row += chip.rows;
      dx = 0;
    }
  }
  return {
    height: (items.length ? (dx > 0 ? row + 1 : row) : 0) * rowH,
    place: (x, y) => placed.flatMap(({ chip, dx: ix, row: r }) => chip.draw(x + ix, y + r * rowH + rowH / 2)),
  };
}
