// The legend section of the figure layout: a row-wrapped run of chips (swatch + text). A width scale is one chip
// of three sample lines drawn at the graph's own scale, so "8+ claims" is as thick as an 8-claim line.
import type { LegendItem } from './legend.ts';
import type { LayoutItem, Measure } from './layout.ts';
import type { FontSpec } from './types.ts';

const INK = '#1a1a1a';

export interface Block {
  height: number;
  place(x: number, y: number): LayoutItem[];
}

interface Chip {
  width: number;
  draw(left: number, cy: number): LayoutItem[];
}

interface ChipEnv {
  u: number;
  /** Model units → output pixels for line widths (the graph's fit scale). */
  strokeScale: number;
  font: FontSpec;
  measure: Measure;
  maxStroke: number;
}

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
    const label = item.count > 0 ? `${item.label} (${item.count})` : item.label;
    return {
      width: sw + 6 * u + measure(label, font),
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
        text(left + sw + 6 * u, cy, label, env),
      ],
    };
  }
  if (item.kind === 'edge') {
    const label = item.count > 0 ? `${item.label} (${item.count})` : item.label;
    return {
      width: lineW + 6 * u + measure(label, font),
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
        text(left + lineW + 6 * u, cy, label, env),
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
  };
  const placed: Array<{ chip: Chip; dx: number; row: number }> = [];
  let dx = 0;
  let row = 0;
  for (const item of items) {
    const chip = chipOf(item, chipEnv);
    const w = chip.width + 18 * u;
    if (dx > 0 && dx + w > width) {
      row++;
      dx = 0;
    }
    placed.push({ chip, dx, row });
    dx += w;
  }
  return {
    height: (items.length ? row + 1 : 0) * rowH,
    place: (x, y) => placed.flatMap(({ chip, dx: ix, row: r }) => chip.draw(x + ix, y + r * rowH + rowH / 2)),
  };
}
