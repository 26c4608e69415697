// One export entry for every format of the graph figure: the panel and window.__figure (the CLI) call it.
// The figure is drawn at rest (resting.ts), as one SVG document; SVG is made portable (a font subset embedded,
// or text as outlines), PDF is that document in vector on the preset's page.
import type cytoscape from 'cytoscape';
import type { FigureFormat } from './document.ts';
import { figureFileText } from './fileText.ts';
import { figureDocument, type FigureOptions } from './figure.ts';
import type { PortableMode } from './portable.ts';
import { withRestingLook } from './resting.ts';
import type { Evidence } from './snapshot.ts';

export interface FigureRequest {
  format: FigureFormat;
  /** SVG only: 'embed' (default) a font subset, 'paths' text as glyph outlines, 'none' as drawn. */
  portable?: PortableMode;
}

/** The figure in `req.format`: SVG text, or base64 bytes (PNG, PDF). */
export function exportFigure(
  cy: cytoscape.Core,
  o: FigureOptions,
  req: FigureRequest,
  evidence?: Evidence,
): Promise<string> {
  return withRestingLook(cy, () => {
    return figureFileText(figureDocument(cy, o, evidence), req.format, req.portable);
  });
}
