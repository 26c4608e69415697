import { describe, expect, it } from 'vitest';
import { ENTITY_TYPE_IDS } from '../../lib/model/domain.ts';
import { syntheticGraph } from './synthetic.ts';

describe('syntheticGraph', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(syntheticGraph(500, { seed: 7 })).toEqual(syntheticGraph(500, { seed: 7 }));
    expect(syntheticGraph(500, { seed: 7 })).not.toEqual(syntheticGraph(500, { seed: 8 }));
  });

  it.each([1000, 5000])('has %i nodes and twice as many edges', (n) => {
    const g = syntheticGraph(n);
    expect(g.nodes).toHaveLength(n);
    expect(g.edges).toHaveLength(2 * n);
    expect(new Set(g.nodes.map((x) => x.data.id)).size).toBe(n);
    expect(new Set(g.edges.map((x) => x.data.id)).size).toBe(2 * n);
  });

  it('only connects existing nodes, without self loops', () => {
    const g = syntheticGraph(2000, { seed: 3 });
    const ids = new Set(g.nodes.map((x) => x.data.id));
    for (const { data } of g.edges) {
      expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
      expect(data.source).not.toBe(data.target);
    }
  });

  it('spreads nodes evenly over the 8 entity types', () => {
    const g = syntheticGraph(800);
    const counts = new Map<string, number>();
    for (const { data } of g.nodes) counts.set(data.type, (counts.get(data.type) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...ENTITY_TYPE_IDS].sort());
    expect([...counts.values()]).toEqual(Array(8).fill(100));
  });

  it('has hubs, like a news graph', () => {
    const g = syntheticGraph(5000);
    const degree = new Map<string, number>();
    for (const { data } of g.edges)
      for (const id of [data.source, data.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    expect(Math.max(...degree.values())).toBeGreaterThan(20);
  });

  it('handles degenerate sizes', () => {
    expect(syntheticGraph(0)).toEqual({ nodes: [], edges: [] });
    expect(syntheticGraph(1).edges).toEqual([]);
  });
});
