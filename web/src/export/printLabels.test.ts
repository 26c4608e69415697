import { describe, expect, it } from 'vitest';
import { enlargeLabels, labelGain, smallestLabelFont } from './printLabels.ts';
import type { GraphSnapshot, LabelSnap } from './types.ts';

const label = (size: number): LabelSnap => ({
  lines: ['Russia'],
  x: 0,
  y: 0,
  halign: 'center',
  valign: 'bottom',
  justify: 'center',
  font: { family: 'DejaVu Sans', size, weight: 'normal', style: 'normal' },
  color: '#000',
  opacity: 1,
  lineHeight: size * 1.2,
  width: size * 4,
  height: size * 1.2,
  angle: 0,
  outline: { color: '#fff', width: 2 },
  background: null,
});

const snap = (sizes: number[]): GraphSnapshot =>
  ({
    nodes: sizes.map((s, i) => ({ id: `n${i}`, label: label(s) })),
    edges: [],
    bounds: { x: 0, y: 0, w: 100, h: 100 },
  }) as unknown as GraphSnapshot;

describe('labels legible in print', () => {
  it('enlarges until the smallest label reaches the minimum at the figure scale', () => {
    // 7 pt at 300 dpi is 29.2 px; a 12-unit label at 1.1 px per unit is 13.2 px: × 2.2.
    const s = snap([12, 16]);
    const k = labelGain(s, 1.1, (7 * 300) / 72);
    expect(k).toBeCloseTo(29.1667 / 13.2, 3);
    const big = enlargeLabels(s, k);
    expect(smallestLabelFont(big) * 1.1).toBeCloseTo(29.1667, 3);
    expect(big.nodes[1]!.label!.width).toBeCloseTo(64 * k, 6);
    expect(big.nodes[0]!.label!.outline!.width).toBeCloseTo(2 * k, 6);
  });

  it('never shrinks, and leaves a figure without labels alone', () => {
    expect(labelGain(snap([12]), 5, 20)).toBe(1);
    expect(labelGain(snap([]), 1, 20)).toBe(1);
    const s = snap([12]);
    expect(enlargeLabels(s, 1)).toBe(s);
  });
});
