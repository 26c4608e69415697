// Report presets as data: the page a figure is made for, in millimetres at a print resolution. The pixel size
// and the furniture unit follow from it, so the smallest furniture text (the 10-unit origin line) is
// `minFontPt` points when the figure is printed at that size; the PDF page is the preset's millimetres.
// Column presets fix the width only: the height follows the content, so no source is dropped to fit a page.
export interface FigurePreset {
  id: string;
  label: string;
  widthMm: number;
  /** A fixed page; absent: the height follows the content, with the graph area `graphShare` × as tall as wide. */
  heightMm?: number;
  graphShare?: number;
  dpi: number;
  /** Size, in points at print size, of the smallest furniture text. */
  minFontPt: number;
}

/** Base size (at unit 1) of the smallest furniture font (layout.ts: the "generated from" line). */
const SMALLEST_FONT_UNITS = 10;
const MM_PER_INCH = 25.4;

export const FIGURE_PRESETS: readonly FigurePreset[] = [
  // Single journal column: a 4:3 graph area, legend and sources below it at 7 pt.
  { id: 'column', label: 'Single column (85 mm, 300 dpi)', widthMm: 85, graphShare: 0.75, dpi: 300, minFontPt: 7 },
  // Full text width: a 5:3 graph area.
  { id: 'double', label: 'Double column (180 mm, 300 dpi)', widthMm: 180, graphShare: 0.6, dpi: 300, minFontPt: 7 },
  // 13.333 × 7.5 in, the 16:9 slide of presentation programs; 144 dpi gives 1920 × 1080.
  { id: 'slide', label: 'Slide 16:9 (1920 × 1080)', widthMm: 338.667, heightMm: 190.5, dpi: 144, minFontPt: 9 },
  { id: 'a4', label: 'A4 page (210 × 297 mm, 300 dpi)', widthMm: 210, heightMm: 297, dpi: 300, minFontPt: 8 },
];

export type PresetId = 'column' | 'double' | 'slide' | 'a4';

export const presetById = (id: string): FigurePreset | undefined => FIGURE_PRESETS.find((p) => p.id === id);

/** Layout sizes (layout.ts SizeMode) a preset gives: a fixed page, or a fixed width. `unit`: px per layout unit. */
export type PresetSize =
  | { kind: 'size'; width: number; height: number; unit: number }
  | { kind: 'width'; width: number; unit: number; graphShare: number };

const px = (mm: number, dpi: number): number => Math.round((mm / MM_PER_INCH) * dpi);

export function presetSize(p: FigurePreset): PresetSize {
  const unit = (p.minFontPt * p.dpi) / 72 / SMALLEST_FONT_UNITS;
  const width = px(p.widthMm, p.dpi);
  return p.heightMm !== undefined
    ? { kind: 'size', width, height: px(p.heightMm, p.dpi), unit }
    : { kind: 'width', width, unit, graphShare: p.graphShare ?? 0.75 };
}

/** A PDF page in millimetres: the preset's (its width, the height the content took), else the pixels at 96 dpi. */
export function pageMm(width: number, height: number, preset?: FigurePreset): { width: number; height: number } {
  if (preset) return { width: preset.widthMm, height: preset.heightMm ?? (height / preset.dpi) * MM_PER_INCH };
  return { width: (width / 96) * MM_PER_INCH, height: (height / 96) * MM_PER_INCH };
}
