// One export entry for every format of the graph figure: the panel and window.__figure (the CLI) call it.
// The figure is drawn at rest (resting.ts), as one SVG document; SVG is made portable (a font subset embedded,
// or text as outlines), PDF is that document in vector on the preset's page.
import type cytoscape from 'cytoscape';
import { documentText, type FigureFormat } from './document.ts';
import { figureDocument, type FigureOptions } from './figure.ts';
import { loadFigureFonts } from './fonts.ts';
import type { ParsedFonts, PortableMode } from './portable.ts';
import { withRestingLook } from './resting.ts';
import type { Evidence } from './snapshot.ts';

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

/** The figure in `req.format`: SVG text, or base64 bytes (PNG, PDF). */
export function exportFigure(
  cy: cytoscape.Core,
  o: FigureOptions,
  req: FigureRequest,
  evidence?: Evidence,
): Promise<string> {
  return withRestingLook(cy, async () => {
    const doc = figureDocument(cy, o, evidence);
    const mode = req.portable ?? 'embed';
    if (req.format === 'svg' && mode !== 'none')
      return (await portable()).portableSvg(doc.svg, mode, await figureFonts());
    return documentText(doc, req.format);
  });
}
