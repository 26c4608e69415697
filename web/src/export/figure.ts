// Figure export in the browser: snapshot the live graph, place its labels without overlaps, lay out the
// furniture, write the SVG (pure writer); the PNG is that SVG rasterised (one image source).
import type cytoscape from 'cytoscape';
import { categoryTitle } from '../styles/perspective.ts';
import { generatedFromLine, legendItems, sourcesOf } from './furniture.ts';
import { layoutFigure, type FigureLayout } from './layout.ts';
import { snapshotGraph, type Evidence, type Region } from './snapshot.ts';
import { toSvg } from './svg.ts';
import type { GraphSnapshot } from './types.ts';
import { canvasMeasure } from './canvasDraw.ts';
import { documentPng, FIGURE_FONT, type FigureDocument } from './document.ts';
import { extentOf } from './placement/extent.ts';
import { placeLabels } from './placement/placer.ts';

export { FIGURE_FONT };

export interface FigureOptions {
  size: { kind: 'scale'; scale: number } | { kind: 'size'; width: number; height: number };
  region: Region;
  transparent: boolean;
  title?: string;
  caption?: string;
  legend: boolean;
  sources: boolean;
  generatedFrom: boolean;
  origin: { kind: 'view' | 'query' | 'session'; name?: string };
  /** Export date (YYYY-MM-DD) for the footer; fixed by the CLI for reproducible figures. */
  date?: string;
  /** false: labels exactly where the canvas draws them, overlaps and all (to measure the placer against). */
  placeLabels?: boolean;
}

export const defaultFigureOptions = (): FigureOptions => ({
  size: { kind: 'scale', scale: 2 },
  region: 'full',
  transparent: false,
  legend: true,
  sources: true,
  generatedFrom: true,
  origin: { kind: 'session' },
});

/** Legend names: the story's names for its types ("Region or city"), any other category by its label. */
const typeLabel = categoryTitle;

export interface Figure {
  snap: GraphSnapshot;
  layout: FigureLayout;
  /** Labels the placer found no free spot for (0 in a clean figure). */
  unresolved: number;
}

/** `evidence`: the paged-in claims of edges that carried a preview (loadEvidence), for the sources list. */
export function buildFigure(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Figure {
  const raw = snapshotGraph(cy, o.region, evidence);
  if (raw.nodes.length === 0) throw new Error('nothing to export: no visible nodes in this view');
  const measure = canvasMeasure();
  const placed = o.placeLabels === false ? { snap: raw, callouts: [], unresolved: 0 } : placeLabels(raw, measure);
  // A full figure grows to hold labels placed outside Cytoscape's box; a viewport figure keeps its frame.
  const grow = o.region === 'full' && o.placeLabels !== false;
  const snap = grow ? { ...placed.snap, bounds: extentOf(placed.snap) } : placed.snap;
  const natural = o.region === 'full' ? { w: snap.bounds.w, h: snap.bounds.h } : { w: cy.width(), h: cy.height() };
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const layout = layoutFigure({
    size:
      o.size.kind === 'size'
        ? { kind: 'size', width: Math.round(o.size.width), height: Math.round(o.size.height) }
        : { kind: 'scale', scale: o.size.scale, graphWidth: natural.w, graphHeight: natural.h },
    content: {
      title: o.title?.trim() || undefined,
      caption: o.caption?.trim() || undefined,
      // Legend and sources from every drawn edge before merging: a merged bundle keeps all its types and claims.
      legend: o.legend ? legendItems(raw, typeLabel) : undefined,
      notes: placed.callouts.length ? placed.callouts : undefined,
      sources: o.sources ? sourcesOf(raw.edges) : undefined,
      generatedFrom: o.generatedFrom ? generatedFromLine(o.origin, date) : undefined,
    },
    fontFamily: FIGURE_FONT,
    measure,
  });
  return { snap, layout, unresolved: placed.unresolved };
}

export function figureDocument(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): FigureDocument {
  const { snap, layout } = buildFigure(cy, o, evidence);
  const svg = toSvg(snap, layout, {
    background: o.transparent ? null : '#ffffff',
    fontFamily: FIGURE_FONT,
    title: o.title,
  });
  return { svg, width: layout.width, height: layout.height, title: o.title };
}

export function exportSvg(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): string {
  return figureDocument(cy, o, evidence).svg;
}

/** PNG as a data-less base64 string, exactly layout.width × layout.height pixels: the SVG, rasterised. */
export async function exportPngBase64(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Promise<string> {
  return documentPng(figureDocument(cy, o, evidence));
}
