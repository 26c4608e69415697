import { describe, expect, it } from 'vitest';
import { node } from '../testFixtures.ts';
import { labelQuad, nodeQuad, overlaps, rectQuad, rotateQuad } from './overlapMath.ts';

describe('overlapMath', () => {
  it('boxes that share area overlap; touching or apart ones do not', () => {
    const a = rectQuad(0, 0, 10, 10);
    expect(overlaps(a, rectQuad(5, 5, 10, 10))).toBe(true);
    expect(overlaps(a, rectQuad(10, 0, 10, 10))).toBe(false);
    expect(overlaps(a, rectQuad(10.3, 0, 10, 10))).toBe(false);
    expect(overlaps(a, rectQuad(9, 0, 10, 10))).toBe(true);
    expect(overlaps(a, rectQuad(30, 30, 1, 1))).toBe(false);
  });

  it('a rotated box is tested on its own axes, not its bounding box', () => {
    const thin = rotateQuad(rectQuad(-50, -2, 100, 4), { x: 0, y: 0 }, Math.PI / 4);
    // The corner square lies inside the diagonal's bounding box but away from the diagonal itself.
    expect(overlaps(thin, rectQuad(20, -30, 8, 8))).toBe(false);
    expect(overlaps(thin, rectQuad(18, 18, 6, 6))).toBe(true);
  });

  it('a label box follows its anchor alignment and background padding', () => {
    const l = node('a').label!;
    const q = labelQuad({ ...l, x: 0, y: 20, valign: 'bottom', halign: 'center', width: 40, height: 12 });
    expect(q[0]).toEqual({ x: -20, y: 20 });
    expect(q[2]).toEqual({ x: 20, y: 32 });
    const padded = labelQuad({
      ...l,
      x: 0,
      y: 0,
      valign: 'center',
      background: { color: '#fff', opacity: 1, padding: 2 },
    });
    expect(padded[0]).toEqual({ x: -22, y: -8 });
    const n = node('b', { x: 10, y: 10, w: 20, h: 10 });
    expect(nodeQuad(n)[0]).toEqual({ x: -0.5, y: 4.5 });
  });
});
