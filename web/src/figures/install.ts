// window.__figure.exportFigureTable: the figure table of a bundle (its claims with figures, paged from the API
// with the canvas filters) or of the claims given (a saved report's result, e.g. "conflicting-figures", as
// Claim[] from lib/neo4j/result-graph.ts; articles cited by id only are looked up), as a figure in a figure format. The figure CLI and the e2e call it.
import type { Claim } from '../../../lib/model/wire.ts';
import { canvasFilter } from '../export/evidence.ts';
import { figureTableText, type FigureTableExport } from './export.ts';
import { loadFigureTable, withArticles } from './load.ts';
import { figureTable, type FigureTableModel } from './model.ts';

export interface FigureTableRequest extends Partial<FigureTableExport> {
  /** A bundle id (source|TYPE|target). */
  bundle?: string;
  claims?: Claim[];
}

async function modelOf(r: FigureTableRequest): Promise<FigureTableModel> {
  if (r.claims) {
    const m = figureTable(r.claims);
    return figureTable(await withArticles(m.claims), m.total);
  }
  if (!r.bundle) throw new Error('exportFigureTable: give bundle or claims');
  const m = await loadFigureTable({ bundle: r.bundle }, canvasFilter());
  if (!m.ok) throw new Error(`exportFigureTable: ${m.error.message}`);
  return m.value;
}

/** The methods this module adds to window.__figure (export/install.ts spreads them in). */
export const figureTableHook = {
  /** SVG text, or base64 bytes for binary formats. */
  exportFigureTable: async (r: FigureTableRequest): Promise<string> =>
    figureTableText(await modelOf(r), { ...r, format: r.format ?? 'svg' }),
};

export type FigureTableHook = typeof figureTableHook;
