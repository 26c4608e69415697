// Figure export in the browser: snapshot the live graph, lay out the furniture, then write
// SVG (pure writer) or compose a PNG (Cytoscape raster + the same furniture on a canvas).
import type cytoscape from 'cytoscape';
import { categoryTitle } from '../styles/perspective.ts';
import { generatedFromLine, legendItems, sourcesOf } from './furniture.ts';
import { layoutFigure, type FigureLayout } from './layout.ts';
import { graphBounds, snapshotGraph, type Evidence, type Region } from './snapshot.ts';
import { fitTransform, toSvg } from './svg.ts';
import { presetById, presetSize } from './presets.ts';
import type { GraphSnapshot } from './types.ts';
import { canvasMeasure, drawFurniture } from './canvasDraw.ts';
import { FIGURE_FONT, loadImage, type FigureSize } from './document.ts';

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
}

/** `evidence`: the paged-in claims of edges that carried a preview (loadEvidence), for the sources list. */
export function buildFigure(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Figure {
  const snap = snapshotGraph(cy, o.region, evidence);
  if (snap.nodes.length === 0) throw new Error('nothing to export: no visible nodes in this view');
  const bounds = graphBounds(cy, o.region);
  const natural = o.region === 'full' ? { w: bounds.w, h: bounds.h } : { w: cy.width(), h: cy.height() };
  const date = o.date ?? new Date().toISOString().slice(0, 10);
  const size = figureSize(o);
  const req = {
    size:
      size.kind === 'size'
        ? { kind: 'size' as const, width: Math.round(size.width), height: Math.round(size.height), unit: size.unit }
        : size.kind === 'width'
          ? // A column is as tall as the graph needs (its aspect), at most the preset's share, at least 0.3.
            { ...size, graphShare: Math.min(size.graphShare, Math.max(0.3, natural.h / Math.max(1, natural.w))) }
          : { kind: 'scale' as const, scale: size.scale, graphWidth: natural.w, graphHeight: natural.h },
    content: {
      title: o.title?.trim() || undefined,
      caption: o.caption?.trim() || undefined,
      legend: o.legend ? legendItems(snap, typeLabel) : undefined,
      sources: o.sources ? sourcesOf(snap.edges) : undefined,
      generatedFrom: o.generatedFrom ? generatedFromLine(o.origin, date) : undefined,
    },
    fontFamily: FIGURE_FONT,
    measure: canvasMeasure(),
  };
  // The legend's width scale is drawn at the graph's own scale, known once the graph area is laid out.
  const first = layoutFigure(req);
  const strokeScale = fitTransform(snap.bounds, first.graph).scale;
  const layout = req.content.legend ? layoutFigure({ ...req, content: { ...req.content, strokeScale } }) : first;
  return { snap, layout };
}

export function exportSvg(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): string {
  const { snap, layout } = buildFigure(cy, o, evidence);
  return toSvg(snap, layout, { background: o.transparent ? null : '#ffffff', fontFamily: FIGURE_FONT, title: o.title });
}

/** PNG as a data-less base64 string, exactly layout.width × layout.height pixels. */
export async function exportPngBase64(cy: cytoscape.Core, o: FigureOptions, evidence?: Evidence): Promise<string> {
  const { layout } = buildFigure(cy, o, evidence);
  const { graph } = layout;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width);
  canvas.height = Math.round(layout.height);
  const ctx = canvas.getContext('2d')!;
  if (!o.transparent) {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  // maxWidth/maxHeight make Cytoscape rasterise at exactly the area's scale, ignoring devicePixelRatio.
  const uri = cy.png({
    output: 'base64uri',
    full: o.region === 'full',
    maxWidth: Math.floor(graph.w),
    maxHeight: Math.floor(graph.h),
  }) as unknown as string;
  const img = await loadImage(uri);
  ctx.drawImage(img, Math.round(graph.x + (graph.w - img.width) / 2), Math.round(graph.y + (graph.h - img.height) / 2));
  drawFurniture(ctx, layout.items);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}
