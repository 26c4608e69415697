import { describe, expect, it } from 'vitest';
import { FIGURE_PRESETS, pageMm, presetById, presetSize } from './presets.ts';
import { layoutFigure } from './layout.ts';
import { approxMeasure } from './testFixtures.ts';

const PT_PER_INCH = 72;

describe('report presets', () => {
  it('are single column, double column, a 16:9 slide and an A4 page, in pixels at their dpi', () => {
    const sizes = FIGURE_PRESETS.map((p) => {
      const s = presetSize(p);
      return `${p.id} ${s.width}x${s.height}`;
    });
    expect(sizes).toEqual(['column 1004x1335', 'double 2126x1417', 'slide 1920x1080', 'a4 2480x3508']);
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

  it('give the PDF page in millimetres: the preset, else the pixels at 96 per inch', () => {
    expect(pageMm(1004, 1335, presetById('column'))).toEqual({ width: 85, height: 113 });
    expect(pageMm(960, 480)).toEqual({ width: 254, height: 127 });
  });
});
