import { describe, expect, it } from 'vitest';
import { approxMeasure } from '../testFixtures.ts';
import { layoutFigure } from '../layout.ts';
import { toSvg } from '../svg.ts';
import type { GraphSnapshot } from '../types.ts';
import { crowdedSnapshot, spacedSnapshot } from './crowdedFixture.ts';
import { extentOf } from './extent.ts';
import { placeLabels } from './placer.ts';
import { svgOverlaps } from './svgCheck.ts';

function overlapsOf(snap: GraphSnapshot, notes?: string[]) {
  const layout = layoutFigure({
    size: { kind: 'scale', scale: 2, graphWidth: snap.bounds.w, graphHeight: snap.bounds.h },
    content: { notes },
    fontFamily: 'DejaVu Sans',
    measure: approxMeasure,
  });
  return { svg: toSvg(snap, layout, { background: null, fontFamily: 'DejaVu Sans' }), layout };
}

describe('placeLabels', () => {
  it('a crowded figure has overlaps before and none after', () => {
    const before = crowdedSnapshot();
    expect(svgOverlaps(overlapsOf(before).svg, approxMeasure).length).toBeGreaterThan(5);
    const p = placeLabels(before, approxMeasure);
    const snap = { ...p.snap, bounds: extentOf(p.snap) };
    expect(svgOverlaps(overlapsOf(snap, p.callouts).svg, approxMeasure)).toEqual([]);
    expect(p.unresolved).toBe(0);
  });

  it('a bundle that cannot be labelled edge by edge is one edge keeping every claim, explained by a key', () => {
    const before = crowdedSnapshot();
    const p = placeLabels(before, approxMeasure);
    expect(p.snap.edges.length).toBeLessThan(before.edges.length);
    const claims = (s: GraphSnapshot) => s.edges.flatMap((e) => e.claims.map((c) => c.id)).sort();
    expect(claims(p.snap)).toEqual(claims(before));
    const merged = p.snap.edges.find((e) => e.claims.length > 1)!;
    const text = merged.label!.lines.join(' ');
    if (p.callouts.length) {
      expect(p.callouts[0]).toMatch(/^① russia – north-korea: sends troops to ×1, supplies ×2, /);
      expect(text).toBe('①');
      const { svg } = overlapsOf({ ...p.snap, bounds: extentOf(p.snap) }, p.callouts);
      expect(svg).toContain('① russia – north-korea: sends troops to ×1');
    } else expect(text).toContain('sends troops to ×1 · supplies ×2');
  });

  it('nodes on top of each other are spread apart, their edges follow', () => {
    const p = placeLabels(crowdedSnapshot(), approxMeasure);
    const [russia, , kursk] = p.snap.nodes;
    expect(Math.max(Math.abs(russia!.x - kursk!.x), Math.abs(russia!.y - kursk!.y))).toBeGreaterThanOrEqual(30);
    const e0 = p.snap.edges.find((e) => e.source === 'russia')!;
    expect(e0.path.points[0]).toEqual({ x: russia!.x, y: russia!.y });
  });

  it('leaves an uncrowded figure where Cytoscape drew it', () => {
    const snap = spacedSnapshot();
    const p = placeLabels(snap, approxMeasure);
    expect(p.snap.nodes.map((n) => [n.x, n.y, n.label!.x, n.label!.y])).toEqual(
      snap.nodes.map((n) => [n.x, n.y, n.label!.x, n.label!.y]),
    );
    expect(p.callouts).toEqual([]);
  });
});
