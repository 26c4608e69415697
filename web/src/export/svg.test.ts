import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { toSvg, fitTransform } from './svg.ts';
import { layoutFigure } from './layout.ts';
import { legendItems, sourcesOf } from './furniture.ts';
import { NODE_SHAPES, shapePath, arrowPath } from './shapes.ts';
import { escapeXml } from './xml.ts';
import { approxMeasure, node, snapshot } from './testFixtures.ts';

function render() {
  const snap = snapshot();
  snap.nodes = snap.nodes.map((n) => ({ ...n, label: n.label && { ...n.label, lines: [n.name] } }));
  const layout = layoutFigure({
    size: { kind: 'size', width: 1200, height: 800 },
    content: {
      title: 'Troops <& "quotes">',
      caption: 'A caption',
      legend: legendItems(snap),
      sources: sourcesOf(snap.edges),
      generatedFrom: 'Generated from saved view “x”',
    },
    fontFamily: 'DejaVu Sans',
    measure: approxMeasure,
  });
  return { snap, svg: toSvg(snap, layout, { background: '#ffffff', fontFamily: 'DejaVu Sans', title: 'T' }) };
}

function parse(svg: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, msg: string) => {
      if (level !== 'warning') errors.push(msg);
    },
  }).parseFromString(svg, 'image/svg+xml');
  return { doc, errors };
}

describe('toSvg', () => {
  it('writes well-formed XML with labels as <text> and escaped text', () => {
    const { svg } = render();
    const { doc, errors } = parse(svg);
    expect(errors).toEqual([]);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('North Korea');
    expect(texts).toContain('Russia <RU> & "co"');
    expect(texts).toContain('Troops <& "quotes">');
    expect(svg).toContain('Russia &lt;RU&gt; &amp; &quot;co&quot;');
    expect(svg).not.toContain('<RU>');
  });

  it('draws one group per node and edge, dashed edges with a dash array, arrows as paths', () => {
    const { svg, snap } = render();
    const { doc } = parse(svg);
    const groups = Array.from(doc.getElementsByTagName('g'));
    expect(groups.filter((g) => g.getAttribute('class') === 'node')).toHaveLength(snap.nodes.length);
    const edges = groups.filter((g) => g.getAttribute('class') === 'edge');
    expect(edges).toHaveLength(2);
    const dashed = edges.find((g) => g.getAttribute('data-id') === 'e2')!;
    expect(dashed.getElementsByTagName('path')[0]!.getAttribute('stroke-dasharray')).toBe('6 3');
    expect(edges[0]!.getElementsByTagName('path')).toHaveLength(2);
  });

  it('has the exact requested size and a background only when asked', () => {
    const { svg } = render();
    const { doc } = parse(svg);
    const root = doc.documentElement!;
    expect(root.getAttribute('width')).toBe('1200');
    expect(root.getAttribute('height')).toBe('800');
    const snap = snapshot();
    const layout = layoutFigure({
      size: { kind: 'size', width: 300, height: 200 },
      content: {},
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect(toSvg(snap, layout, { background: null, fontFamily: 'x' })).not.toContain('<rect x="0" y="0"');
  });

  it('drops XML-invalid control characters', () => {
    expect(escapeXml('a\u0001b\u0007c')).toBe('abc');
    const snap = snapshot();
    snap.nodes[0] = node('n', { label: { ...snap.nodes[0]!.label!, lines: ['bad\u0000name'] } });
    const layout = layoutFigure({
      size: { kind: 'size', width: 300, height: 200 },
      content: {},
      fontFamily: 'x',
      measure: approxMeasure,
    });
    expect(parse(toSvg(snap, layout, { background: null, fontFamily: 'x' })).errors).toEqual([]);
  });

  it('fits the graph bounds into the area, centred', () => {
    const t = fitTransform({ x: 0, y: 0, w: 100, h: 50 }, { x: 10, y: 10, w: 200, h: 200 });
    expect(t.scale).toBe(2);
    expect(t.dx).toBe(10);
    expect(t.dy).toBe(10 + 50);
  });
});

describe('shapes', () => {
  it('gives a closed path for every registered shape, inside the node box', () => {
    for (const s of NODE_SHAPES) {
      const d = shapePath(s.id, 100, 100, 40, 20);
      expect(d, s.id).toMatch(/^M/);
      expect(d, s.id).toMatch(/Z$/);
      const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      // Every coordinate stays within the node's box (arc radii are ≤ 20 too).
      for (const v of nums) expect(v, s.id).toBeLessThanOrEqual(120.01);
    }
  });

  it('draws a diamond through the four box midpoints and a triangle pointing up', () => {
    expect(shapePath('diamond', 0, 0, 20, 10)).toBe('M0 5 L10 0 L0 -5 L-10 0 Z');
    expect(shapePath('triangle', 0, 0, 20, 20).startsWith('M0 -10')).toBe(true);
    expect(shapePath('unknown-shape', 0, 0, 10, 10)).toBe(shapePath('ellipse', 0, 0, 10, 10));
  });

  it('points arrows along the edge direction with the tip at the node', () => {
    expect(arrowPath('triangle', { x: 100, y: 0 }, { x: 1, y: 0 }, 10)).toBe('M97 -1.5 L100 0 L97 1.5 Z');
    expect(arrowPath('none', { x: 0, y: 0 }, { x: 1, y: 0 }, 10)).toBe('');
  });
});
