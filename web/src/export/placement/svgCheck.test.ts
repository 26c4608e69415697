import { describe, expect, it } from 'vitest';
import { approxMeasure, snapshot } from '../testFixtures.ts';
import { layoutFigure } from '../layout.ts';
import { toSvg } from '../svg.ts';
import type { GraphSnapshot } from '../types.ts';
import { spacedSnapshot } from './crowdedFixture.ts';
import { pathBox, svgOverlaps, svgShapes } from './svgCheck.ts';
import { parseTransform, apply } from './svgTree.ts';

const svgOf = (snap: GraphSnapshot) =>
  toSvg(
    snap,
    layoutFigure({
      size: { kind: 'scale', scale: 2, graphWidth: snap.bounds.w, graphHeight: snap.bounds.h },
      content: { title: 'T', legend: [], generatedFrom: 'x' },
      fontFamily: 'DejaVu Sans',
      measure: approxMeasure,
    }),
    { background: '#fff', fontFamily: 'DejaVu Sans' },
  );

describe('svgCheck', () => {
  it('reads transforms and path extents like SVG does', () => {
    const m = parseTransform('translate(10 20) scale(2) rotate(90)');
    const p = apply(m, { x: 1, y: 0 });
    expect(p.x).toBeCloseTo(10);
    expect(p.y).toBeCloseTo(22);
    expect(pathBox('M-10 0 A10 5 0 1 0 10 0 A10 5 0 1 0 -10 0 Z')).toEqual({ x1: -10, y1: -5, x2: 10, y2: 5 });
  });

  it('finds every node and label of the graph body, none of the furniture', () => {
    const shapes = svgShapes(svgOf(snapshot()), approxMeasure);
    expect(shapes.filter((s) => s.kind === 'node')).toHaveLength(4);
    expect(shapes.filter((s) => s.kind === 'node-label')).toHaveLength(4);
    expect(shapes.some((s) => s.text === 'T')).toBe(false);
  });

  it('a clean figure has no overlaps; a planted one is found, with both texts', () => {
    const snap = spacedSnapshot();
    expect(svgOverlaps(svgOf(snap), approxMeasure)).toEqual([]);
    const kursk = snap.nodes[1]!;
    const planted = {
      ...snap,
      nodes: snap.nodes.map((n, i) => (i === 0 ? { ...n, label: { ...n.label!, x: kursk.x, y: kursk.y + 20 } } : n)),
    };
    const found = svgOverlaps(svgOf(planted), approxMeasure);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((o) => [o.a.text, o.b.text].sort().join('|'))).toContain('kursk|north-korea');
  });

  it('a label over another node counts; over its own node it does not', () => {
    const snap = snapshot();
    const own = {
      ...snap,
      nodes: snap.nodes.map((n) => ({ ...n, label: { ...n.label!, x: n.x, y: n.y, valign: 'center' as const } })),
    };
    expect(svgOverlaps(svgOf(own), approxMeasure)).toEqual([]);
    const other = { ...own, nodes: own.nodes.map((n, i) => (i === 0 ? { ...n, label: { ...n.label!, x: 100 } } : n)) };
    expect(svgOverlaps(svgOf(other), approxMeasure).map((o) => o.kind)).toContain('label-node');
  });
});
