import { describe, expect, it } from 'vitest';
import { FIGURE_PRESETS, pageMm, presetById, presetSize } from './presets.ts';
import { layoutFigure } from './layout.ts';
import { approxMeasure } from './testFixtures.ts';

const PT_PER_INCH = 72;

describe('report presets', () => {
  it('are single column, double column, a 16:9 slide and an A4 page, in pixels at their dpi', () => {
    const sizes = FIGURE_PRESETS.map((p) => {
      const s = presetSize(p);
      return `${p.id} ${s.width}x${s.kind === 'size' ? s.height : 'content'}`;
    });
    expect(sizes).toEqual(['column 1004xcontent', 'double 2126xcontent', 'slide 1920x1080', 'a4 2480x3508']);
    expect(presetById('column')!.widthMm).toBe(85);
    expect(presetById('double')!.widthMm).toBe(180);
    expect(presetById('nope')).toBeUndefined();
  });

  it('keep every furniture font at least the preset minimum in points when printed at size', () => {
    for (const p of FIGURE_PRESETS) {
      const size = presetSize(p);
      const layout = layoutFigure({
        size,
        content: { title: 'T', caption: 'c', generatedFrom: 'Generated from x', sources: [] },
        fontFamily: 'DejaVu Sans',
        measure: approxMeasure,
      });
      const fonts = layout.items.flatMap((i) => (i.kind === 'text' ? [i.font.size] : []));
      const smallestPt = (Math.min(...fonts) / p.dpi) * PT_PER_INCH;
      expect(smallestPt, p.id).toBeGreaterThanOrEqual(p.minFontPt - 1e-9);
      expect(p.minFontPt).toBeGreaterThanOrEqual(7);
    }
  });

  it('fix a column width and let the height follow the content, so no source is dropped', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({
      id: `a${i}`,
      outlet: 'NOS Nieuws',
      title: `A long enough article title that wraps in a column, number ${i}`,
      published: '2024-10-28',
    }));
    const layout = layoutFigure({
      size: presetSize(presetById('column')!),
      content: { title: 'T', sources },
      fontFamily: 'DejaVu Sans',
      measure: approxMeasure,
    });
    expect(layout.width).toBe(1004);
    expect(layout.omittedSources).toBe(0);
    expect(layout.graph.h).toBe(Math.round(layout.graph.w * 0.75));
    expect(layout.height).toBeGreaterThan(layout.graph.y + layout.graph.h);
  });

  it('give the PDF page in millimetres: the preset, else the pixels at 96 per inch', () => {
    const column = pageMm(1004, 1181.1, presetById('column'));
    expect(column.width).toBe(85);
    expect(column.height).toBeCloseTo(100, 2);
    expect(pageMm(2480, 3508, presetById('a4'))).toEqual({ width: 210, height: 297 });
    expect(pageMm(960, 480)).toEqual({ width: 254, height: 127 });
  });
});
