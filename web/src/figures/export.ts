// The figure table as a file: the document of chart.ts in a figure format (figureFileText), downloaded by the
// inspector's "Export…" button; the same call serves window.__figure.exportFigureTable (install.ts).
import { canvasMeasure } from '../export/canvasDraw.ts';
import { FIGURE_MIME, type FigureFormat, type FigureSize } from '../export/document.ts';
import { figureFileText } from '../export/fileText.ts';
import { base64ToBlob, downloadBlob, downloadText, fileSlug } from '../export/download.ts';
import { figureTableDocument } from './chart.ts';
import type { FigureTableModel } from './model.ts';

export type FigureTableFormat = FigureFormat;

export interface FigureTableExport {
  title?: string;
  caption?: string;
  size?: FigureSize;
  /** A report preset (export/presets.ts) instead of `size`. */
  preset?: string;
  format: FigureTableFormat;
  /** ISO day on the origin line; today when absent. */
  date?: string;
  origin?: { kind: 'view' | 'query' | 'session'; name?: string };
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The figure as text: SVG markup, or base64 bytes for binary formats. */
export function figureTableText(model: FigureTableModel, o: FigureTableExport): Promise<string> {
  const doc = figureTableDocument(model, {
    title: o.title,
    caption: o.caption,
    size: o.size,
    preset: o.preset,
    origin: o.origin,
    date: o.date ?? today(),
    measure: canvasMeasure(),
  });
  return figureFileText(doc, o.format);
}

export async function exportFigureTableFile(model: FigureTableModel, o: FigureTableExport): Promise<void> {
  const text = await figureTableText(model, o);
  const name = `${fileSlug(o.title ?? 'figures', 'figures')}.${o.format}`;
  if (o.format === 'svg') downloadText(text, name, FIGURE_MIME.svg);
  else downloadBlob(base64ToBlob(text, FIGURE_MIME[o.format]), name);
}
