// The one writer of a figure file, for the graph and every chart: SVG made portable (a DejaVu subset embedded by
// default, or text as glyph outlines), else the document in its format (documentText: PNG rasterised, PDF vector).
import { documentText, type FigureDocument, type FigureFormat } from './document.ts';
import { loadFigureFonts } from './fonts.ts';
import type { ParsedFonts, PortableMode } from './portable.ts';

// opentype.js and the font files load on the first portable SVG only.
const portable = () => import('./portable.ts');
let parsed: Promise<ParsedFonts> | null = null;
const figureFonts = (): Promise<ParsedFonts> =>
  (parsed ??= Promise.all([portable(), loadFigureFonts()]).then(([p, files]) => p.parseFonts(files)));

/** SVG text, or base64 bytes (PNG, PDF). `mode` is for SVG: 'embed' (default), 'paths', 'none'. */
export async function figureFileText(
  doc: FigureDocument,
  format: FigureFormat,
  mode: PortableMode = 'embed',
): Promise<string> {
  if (format === 'svg' && mode !== 'none') return (await portable()).portableSvg(doc.svg, mode, await figureFonts());
  return documentText(doc, format);
}
