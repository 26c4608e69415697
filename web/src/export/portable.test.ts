import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import opentype from 'opentype.js';
import { DOMParser } from '@xmldom/xmldom';
import { embedFontSubset, parseFonts, textAsPaths, textPath } from './portable.ts';
import { layoutFigure } from './layout.ts';
import { legendItems, sourcesOf } from './furniture.ts';
import { toSvg } from './svg.ts';
import { approxMeasure, snapshot } from './testFixtures.ts';

const ttf = (name: string): ArrayBuffer => {
  const b = readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${name}`);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const files = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const fonts = parseFonts(files);

function figureSvg(): string {
  const snap = snapshot();
  const first = snap.nodes[0]!;
  first.label = { ...first.label!, font: { ...first.label!.font, family: 'Inter, sans-serif' } };
  const layout = layoutFigure({
    size: { kind: 'size', width: 1200, height: 800 },
    content: { title: 'Troops <& “Kursk”>', legend: legendItems(snap), sources: sourcesOf(snap.edges) },
    fontFamily: 'DejaVu Sans',
    measure: approxMeasure,
  });
  return toSvg(snap, layout, { background: '#ffffff', fontFamily: 'DejaVu Sans', title: 'T' });
}

const wellFormed = (svg: string): void => {
  const errors: string[] = [];
  new DOMParser({
    onError: (level: string, m: string) => void (level !== 'warning' && errors.push(m)),
  }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
};

describe('portable SVG', () => {
  it('embeds a subset of DejaVu Sans with exactly the glyphs the figure draws', () => {
    const svg = embedFontSubset(figureSvg(), fonts);
    wellFormed(svg);
    const faces = [...svg.matchAll(/font-weight:(\w+);src:url\(data:font\/ttf;base64,([A-Za-z0-9+/=]+)\)/g)];
    expect(faces.map((f) => f[1])).toEqual(['normal', 'bold']);
    const regular = Buffer.from(faces[0]![2]!, 'base64');
    // The whole regular face is ~740 kB; the subset carries a few dozen glyphs.
    expect(regular.length).toBeLessThan(files.regular.byteLength / 20);
    const sub = opentype.parse(regular.buffer.slice(regular.byteOffset, regular.byteOffset + regular.length));
    for (const ch of 'Kursk' + '“') expect(sub.charToGlyph(ch).index, ch).toBeGreaterThan(0);
    expect(sub.charToGlyph('Z').index).toBe(0);
    expect(svg).toContain(`font-family="'DejaVu Sans', Inter, sans-serif"`);
  });

  it('draws text as glyph outlines on request: no <text> left, one path per line', () => {
    const before = figureSvg();
    const lines = before.match(/<text\b/g)!.length;
    const svg = textAsPaths(before, fonts);
    wellFormed(svg);
    expect(svg).not.toMatch(/<text\b/);
    expect(svg.match(/<path d="M[^"]+"[^>]*><title>/g)).toHaveLength(lines);
  });

  it('places outlines at the anchor: middle-anchored text is centred on x', () => {
    const start = textPath(fonts.regular, 'Kursk', 100, 50, 20, 'start');
    const mid = textPath(fonts.regular, 'Kursk', 100, 50, 20, 'middle');
    const firstX = (d: string) => Number(/^M([\d.]+)/.exec(d)![1]);
    const glyphs = [...'Kursk'].map((c) => fonts.regular.charToGlyph(c));
    const kern = glyphs.slice(1).reduce((k, g, i) => k + fonts.regular.getKerningValue(glyphs[i]!, g), 0);
    const width = ((glyphs.reduce((w, g) => w + g.advanceWidth!, 0) + kern) * 20) / fonts.regular.unitsPerEm;
    expect(firstX(start) - firstX(mid)).toBeCloseTo(width / 2, 0);
  });
});
