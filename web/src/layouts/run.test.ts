import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { registerExtensions } from '../graph/cy-setup.ts';
import { runLayout } from './run.ts';
import { LAYOUTS } from './registry.ts';
import { mulberry32 } from '../../../lib/util/prng.ts';
import { withSeededRandom } from './prng.ts';

registerExtensions();

const graph = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ data: { id, pinned: id === 'e' }, position: { x: 0, y: 0 } })),
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
      { data: { id: 'de', source: 'd', target: 'e' } },
    ],
  });

describe('layouts', () => {
  it('mulberry32 is deterministic and Math.random is restored', () => {
    const r = Math.random;
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual([
      mulberry32(7)(),
      (() => {
        const g = mulberry32(7);
        g();
        return g();
      })(),
    ]);
    expect(Math.random).toBe(r);
  });

  for (const def of LAYOUTS) {
    it(`${def.id}: same seed gives the same positions, pinned node stays`, async () => {
      const cy1 = graph();
      cy1.getElementById('e').position({ x: 500, y: 500 });
      const p1 = await runLayout(cy1, { id: def.id, seed: 3 });
      const cy2 = graph();
      cy2.getElementById('e').position({ x: 500, y: 500 });
      const p2 = await runLayout(cy2, { id: def.id, seed: 3 });
      expect(p1).toEqual(p2);
      expect(p1.e).toEqual({ x: 500, y: 500 });
      expect(new Set(Object.values(p1).map((p) => `${p.x},${p.y}`)).size).toBe(5);
    });
  }
});
