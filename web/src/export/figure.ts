// Figure export in the browser: snapshot the live graph, place its labels without overlaps (placement/),
// lay out the furniture, then write one SVG document. The PNG is that SVG rasterised, the PDF its vector copy.
import type cytoscape from 'cytoscape';
import { categoryTitle } from '../styles/perspective.ts';
import { generatedFromLine, legendItems, sourcesOf } from './furniture.ts';
import { layoutFigure, type FigureLayout, type LayoutRequest } from './layout.ts';
import { snapshotGraph, type Evidence, type Region } from './snapshot.ts';
import { fitTransform, toSvg } from './svg.ts';
import { pageMm, presetById, presetSize } from './presets.ts';
import type { GraphSnapshot } from './types.ts';
import { canvasMeasure } from './canvasDraw.ts';
import { documentPng, FIGURE_FONT, type FigureDocument, type FigureSize } from './document.ts';
import { extentOf } from './placement/extent.ts';
import { placeLabels } from './placement/placer.ts';
import { enlargeLabels, labelGain } from './printLabels.ts';

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
  /** A report preset (presets.ts): its pixel size and furniture unit replace `size`. */
  preset?: string;
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

/** The figure's size: the preset's when one is named, else the options' own. */
export function figureSize(o: FigureOptions): FigureSize {
  const preset = o.preset ? presetById(o.preset) : undefined;
  if (o.preset && !preset) throw new Error(`unknown figure preset "${o.preset}"`);
  return preset ? presetSize(preset) : o.size;
}

/** Legend names: the story's names for its types ("Region or city"), any other category by its label. */
const typeLabel = categoryTitle;

export interface Figure {
  snap: GraphSnapshot;
  layout: FigureLayout;
  /** Labels the placer found no free spot for (0 in a clean figure). */
  unresolved: number;
}

function sizeMode(o: FigureOptions, natural: { w: number; h: number }): LayoutRequest['size'] {
  const size = figureSize(o);
  if (size.kind === 'size')
    return { kind: 'size', width: Math.round(size.width), height: Math.round(size.height), unit: size.unit };
  // A column is as tall as the graph needs (its aspect), at most the preset's share, at least 0.3.
  if (size.kind === 'width')
    return { ...size, graphShare: Math.min(size.graphShare, Math.max(0.3, natural.h / Math.max(1, natural.w))) };
  return { kind: 'scale', scale: size.scale, graphWidth: natural.w, graphHeight: natural.h };
}

/** Labels grow at most this much for print: beyond it the placer can only push them away from their edges. */
const MAX_PRINT_GAIN = 1.5;

interface Placed extends Figure {
  /** Output px per model unit in the graph area. */
  scale: number;
}

function placeAndLayout(cy: cytoscape.Core, o: FigureOptions, raw: GraphSnapshot, labelled: GraphSnapshot): Placed {
  const measure = canvasMeasure();
  const placed =
    o.placeLabels === false ? { snap: labelled, callouts: [], unresolved: 0 } : placeLabels(labelled, measure);
  // A full figure grows to hold labels placed outside Cytoscape's box; a viewport figure keeps its frame.
  const grow = o.region === 'full' && o.placeLabels !== false;
  const snap = grow ? { ...placed.snap, bounds: extentOf(placed.snap) } : placed.snap;
  const natural = o.region === 'full' ? { w: snap.bounds.w, h: snap.bounds.h } : { w: cy.width(), h: cy.height() };
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const req: LayoutRequest = {
    size: sizeMode(o, natural),
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
  };
  // The legend's width scale is drawn at the graph's own scale, known once the graph area is laid out.
  const first = layoutFigure(req);
  const scale = fitTransform(snap.bounds, first.graph).scale;
  const layout = req.content.legend ? layoutFigure({ ...req, content: { ...req.content, strokeScale: scale } }) : first;
  return { snap, layout, unresolved: placed.unresolved, scale };
}

/** `evidence`: the paged-in claims of edges that carried a preview (loadEvidence), for the sources list. */
export function buildFigure(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Figure {
  const raw = snapshotGraph(cy, o.region, evidence);
  if (raw.nodes.length === 0) throw new Error('nothing to export: no visible nodes in this view');
  let fig = placeAndLayout(cy, o, raw, raw);
  const preset = o.preset ? presetById(o.preset) : undefined;
  if (!preset) return fig;
  // Print: labels at least the preset's smallest size. Bigger labels take room, which shrinks the graph's
  // scale again, so the gain is refined a second time.
  const minPx = (preset.minFontPt * preset.dpi) / 72;
  let gain = 1;
  for (let round = 0; round < 2; round++) {
    const more = Math.min(labelGain(enlargeLabels(raw, gain), fig.scale, minPx), MAX_PRINT_GAIN / gain);
    if (more < 1.05) break;
    gain *= more;
    fig = placeAndLayout(cy, o, raw, enlargeLabels(raw, gain));
  }
  return fig;
}

/** The graph figure as one SVG document, with the PDF page of its preset. */
export function figureDocument(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): FigureDocument {
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

export function exportSvg(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): string {
  return figureDocument(cy, o, evidence).svg;
}

/** PNG as a data-less base64 string, exactly layout.width × layout.height pixels: the SVG, rasterised. */
export async function exportPngBase64(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Promise<string> {
  return documentPng(figureDocument(cy, o, evidence));
}
