import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { registerExtensions } from '../graph/cy-setup.ts';
import { layoutRequest, runLayout, WORKER_MIN_NODES } from './run.ts';
import { runLayoutHeadless } from './headless.ts';
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
      expect(p1!.e).toEqual({ x: 500, y: 500 });
      expect(new Set(Object.values(p1!).map((p) => `${p.x},${p.y}`)).size).toBe(5);
    });
  }

  // A worker-sized graph: a random tree plus extra edges, one pinned node, all at made-up start positions.
  const bigGraph = (n = WORKER_MIN_NODES + 20) => {
    const rnd = mulberry32(11);
    const nodes = Array.from({ length: n }, (_, i) => ({
      data: { id: `n${i}`, pinned: i === 5 },
      position: { x: Math.round(rnd() * 800), y: Math.round(rnd() * 600) },
    }));
    const edges = [];
    for (let i = 1; i < n; i++)
      edges.push({ data: { id: `t${i}`, source: `n${i}`, target: `n${Math.floor(rnd() * i)}` } });
    for (let k = 0; k < n / 5; k++) {
      const [a, b] = [Math.floor(rnd() * n), Math.floor(rnd() * n)];
      if (a !== b) edges.push({ data: { id: `x${k}`, source: `n${a}`, target: `n${b}` } });
    }
    return cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: 'preset' },
      elements: [...nodes, ...edges],
    });
  };

  for (const id of ['fcose', 'dagre']) {
    it(`${id}: the worker's headless runner matches the main-thread run for the same seed`, async () => {
      const cy = bigGraph();
      const request = layoutRequest(cy.elements(), { id, seed: 5, held: new Set(['n5']), subset: false });
      // Only plain data crosses the worker boundary.
      expect(structuredClone(request)).toEqual(request);
      expect(JSON.parse(JSON.stringify(request))).toEqual(request);
      expect(request.nodes.find((n) => n.id === 'n5')?.locked).toBe(true);
      const h1 = runLayoutHeadless(request);
      const h2 = runLayoutHeadless(structuredClone(request));
      expect(h1).toEqual(h2);
      const main = await runLayout(cy, { id, seed: 5, worker: false });
      expect(main).toEqual(h1);
      const pinned = request.nodes[5]!;
      expect(h1.n5).toEqual({ x: pinned.x, y: pinned.y });
      const other = runLayoutHeadless({ ...request, seed: 6 });
      if (id === 'fcose') expect(other).not.toEqual(h1);
    });
  }

  it('incremental headless runs keep held nodes and are deterministic', () => {
    const cy = bigGraph();
    const held = new Set(
      cy
        .nodes()
        .map((n) => n.id())
        .slice(0, 200),
    );
    const request = layoutRequest(cy.elements(), { id: 'fcose', seed: 2, incremental: true, held, subset: false });
    const a = runLayoutHeadless(request);
    expect(runLayoutHeadless(request)).toEqual(a);
    for (const n of request.nodes.slice(0, 200)) expect(a[n.id]).toEqual({ x: n.x, y: n.y });
  });
});
