// One export entry for every format of the graph figure: the panel and window.__figure (the CLI) call it.
// The figure is drawn at rest (resting.ts), as one SVG document; SVG is made portable (a font subset embedded,
// or text as outlines), PDF is that document in vector on the preset's page.
import type cytoscape from 'cytoscape';
import { documentText, type FigureDocument, type FigureFormat } from './document.ts';
import { buildFigure, exportPngBase64, FIGURE_FONT, type FigureOptions } from './figure.ts';
import { loadFigureFonts } from './fonts.ts';
import type { ParsedFonts, PortableMode } from './portable.ts';
import { pageMm, presetById } from './presets.ts';
import { withRestingLook } from './resting.ts';
import type { Evidence } from './snapshot.ts';
import { toSvg } from './svg.ts';

export interface FigureRequest {
  format: FigureFormat;
  /** SVG only: 'embed' (default) a font subset, 'paths' text as glyph outlines, 'none' as drawn. */
  portable?: PortableMode;
}

// opentype.js and the font files load on the first portable SVG only.
const portable = () => import('./portable.ts');
let parsed: Promise<ParsedFonts> | null = null;
const figureFonts = (): Promise<ParsedFonts> =>
  (parsed ??= Promise.all([portable(), loadFigureFonts()]).then(([p, files]) => p.parseFonts(files)));

/** The graph figure as one SVG document, with the PDF page of its preset. */
export function graphDocument(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): FigureDocument {
  const { snap, layout } = buildFigure(cy, o, evidence);
  const svg = toSvg(snap, layout, {
    background: o.transparent ? null : '#ffffff',
    fontFamily: FIGURE_FONT,
    title: o.title,
  });
  const preset = o.preset ? presetById(o.preset) : undefined;
  return {
    svg,
    width: layout.width,
    height: layout.height,
    title: o.title,
    page: pageMm(layout.width, layout.height, preset),
  };
}

/** The figure in `req.format`: SVG text, or base64 bytes (PNG, PDF). */
export function exportFigure(
  cy: cytoscape.Core,
  o: FigureOptions,
  req: FigureRequest,
  evidence?: Evidence,
): Promise<string> {
  return withRestingLook(cy, async () => {
    // PNG: the canvas compositor until the PNG is the rasterised SVG (documentPng).
    if (req.format === 'png') return exportPngBase64(cy, o, evidence);
    const doc = graphDocument(cy, o, evidence);
    const mode = req.portable ?? 'embed';
    if (req.format === 'svg' && mode !== 'none')
      return (await portable()).portableSvg(doc.svg, mode, await figureFonts());
    return documentText(doc, req.format);
  });
}
