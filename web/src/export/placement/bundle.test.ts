import { describe, expect, it } from 'vitest';
import { approxMeasure, claim, edge, node } from '../testFixtures.ts';
import { bundlesOf, calloutKey, calloutMark, mergeBundle, mergedText } from './bundle.ts';
import { crowdedSnapshot, edgeLabel } from './crowdedFixture.ts';
import { placeLabels } from './placer.ts';

describe('bundles', () => {
  it('groups edges by their unordered pair of end nodes', () => {
    const snap = crowdedSnapshot(6);
    const extra = { ...snap.edges[0]!, id: 'x', source: 'kursk', target: 'russia' };
    const groups = bundlesOf([...snap.edges, extra]);
    expect(groups.map((g) => g.length)).toEqual([6, 1]);
  });

  it('a merged edge keeps every claim, both arrow directions and each distinct label once', () => {
    const b = crowdedSnapshot(3).edges;
    const m = mergeBundle(b, null);
    expect(m.claims.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(m.sourceArrow).not.toBeNull(); // e2 runs north-korea → russia
    expect(mergedText([...b, b[0]!])).toBe('sends troops to ×1 · supplies ×2 · provides technology to ×3');
  });

  it('callout marks are circled up to 20, then numbered; the key names both entities and every type', () => {
    expect([calloutMark(1), calloutMark(20), calloutMark(21)]).toEqual(['①', '⑳', '(21)']);
    const snap = crowdedSnapshot(2);
    const names = new Map(snap.nodes.map((n) => [n.id, { ...n, name: n.id.toUpperCase() }]));
    expect(calloutKey(3, snap.edges, names)).toBe('③ RUSSIA – NORTH-KOREA: sends troops to ×1, supplies ×2');
  });

  it('a bundle that only fits as one label gets one compact merged label, not a callout', () => {
    // A corridor: six "pays" edges (both directions) between two small nodes, walled in above and below.
    const ends = [
      node('a', { x: 0, y: 0, w: 10, h: 10, label: null }),
      node('b', { x: 100, y: 0, w: 10, h: 10, label: null }),
    ];
    const walls = [0, 34, 68, 102].flatMap((x) => [-25, 25].map((y) => node(`w${x}${y}`, { x, y, label: null })));
    const edges = Array.from({ length: 6 }, (_, i) => {
      const [s, t] = i % 2 ? ['b', 'a'] : ['a', 'b'];
      const e = edge(`e${i}`, s!, t!, [claim(`c${i}`, { type: 'PAYS' })], {
        path: {
          kind: 'poly',
          points:
            i % 2
              ? [
                  { x: 100, y: 0 },
                  { x: 0, y: 0 },
                ]
              : [
                  { x: 0, y: 0 },
                  { x: 100, y: 0 },
                ],
        },
      });
      return { ...e, label: edgeLabel('pays', e) };
    });
    const p = placeLabels(
      { nodes: [...ends, ...walls], edges, bounds: { x: -20, y: -40, w: 140, h: 80 } },
      approxMeasure,
    );
    expect(p.callouts).toEqual([]);
    expect(p.unresolved).toBe(0);
    expect(p.snap.edges).toHaveLength(1);
    expect(p.snap.edges[0]!.label!.lines).toEqual(['pays']);
    expect(p.snap.edges[0]!.claims).toHaveLength(6);
  });
});
