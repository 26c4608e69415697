// Report presets as data: the page a figure is made for, in millimetres at a print resolution. The pixel size
// and the furniture unit follow from it, so the smallest furniture text (the 10-unit origin line) is
// `minFontPt` points when the figure is printed at that size; the PDF page is the preset's millimetres.
export interface FigurePreset {
  id: string;
  label: string;
  widthMm: number;
  heightMm: number;
  dpi: number;
  /** Size, in points at print size, of the smallest furniture text. */
  minFontPt: number;
}

/** Base size (at unit 1) of the smallest furniture font (layout.ts: the "generated from" line). */
const SMALLEST_FONT_UNITS = 10;
const MM_PER_INCH = 25.4;

export const FIGURE_PRESETS: readonly FigurePreset[] = [
  // Single journal column; 4:3 leaves room below the graph for legend and sources at 7 pt.
  { id: 'column', label: 'Single column (85 mm, 300 dpi)', widthMm: 85, heightMm: 113, dpi: 300, minFontPt: 7 },
  // Full page width; 3:2.
  { id: 'double', label: 'Double column (180 mm, 300 dpi)', widthMm: 180, heightMm: 120, dpi: 300, minFontPt: 7 },
  // 13.333 × 7.5 in, the 16:9 slide of presentation programs; 144 dpi gives 1920 × 1080.
  { id: 'slide', label: 'Slide 16:9 (1920 × 1080)', widthMm: 338.667, heightMm: 190.5, dpi: 144, minFontPt: 9 },
  { id: 'a4', label: 'A4 page (210 × 297 mm, 300 dpi)', widthMm: 210, heightMm: 297, dpi: 300, minFontPt: 8 },
];

export type PresetId = 'column' | 'double' | 'slide' | 'a4';

export const presetById = (id: string): FigurePreset | undefined => FIGURE_PRESETS.find((p) => p.id === id);

export interface PresetSize {
  kind: 'size';
  width: number;
  height: number;
  /** Furniture unit: output pixels per layout unit. */
  unit: number;
}

const px = (mm: number, dpi: number): number => Math.round((mm / MM_PER_INCH) * dpi);

export function presetSize(p: FigurePreset): PresetSize {
  const pxPerPt = p.dpi / 72;
  return {
    kind: 'size',
    width: px(p.widthMm, p.dpi),
    height: px(p.heightMm, p.dpi),
    unit: (p.minFontPt * pxPerPt) / SMALLEST_FONT_UNITS,
  };
}

/** A PDF page in millimetres: the preset's, else the pixels at 96 per inch (CSS pixels). */
export function pageMm(width: number, height: number, preset?: FigurePreset): { width: number; height: number } {
  if (preset) return { width: preset.widthMm, height: preset.heightMm };
  return { width: (width / 96) * MM_PER_INCH, height: (height / 96) * MM_PER_INCH };
}
