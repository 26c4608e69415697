// Test/CLI hook: window.__figure drives the same export code as the panel. Every method is async:
// edges whose bundle carried only a preview of its claims get all of them paged in first (evidence.ts).
import type cytoscape from 'cytoscape';
import { cytoscapeJson, edgesCsv, graphml, nodesCsv } from './data.ts';
import { defaultFigureOptions, exportPngBase64, exportSvg, buildFigure, type FigureOptions } from './figure.ts';
import { exportGraphOf, type Region } from './snapshot.ts';
import { sourcesOf } from './furniture.ts';
import { canvasFilter, loadEvidence } from './evidence.ts';
import { canvasMeasure } from './canvasDraw.ts';
import { svgOverlaps } from './placement/svgCheck.ts';
import { exportFigure, type FigureRequest } from './exportFigure.ts';
import { withRestingLook } from './resting.ts';
// The chart figures register their methods the same way: an object of methods, spread in below.
import { figureTableHook, type FigureTableHook } from '../figures/install.ts';
import { timelineHook, type TimelineHook } from '../timeline/install.ts';

export interface ExportedData {
  nodesCsv: string;
  edgesCsv: string;
  cytoscapeJson: string;
  graphml: string;
}

export interface FigureHook extends FigureTableHook, TimelineHook {
  /** Any format: SVG text, or base64 bytes for PNG and PDF. */
  exportFigure(opts: Partial<FigureOptions> & FigureRequest): Promise<string>;
  exportPng(opts?: Partial<FigureOptions>): Promise<string>;
  exportSvg(opts?: Partial<FigureOptions>): Promise<string>;
  exportData(region?: Region): Promise<ExportedData>;
  /** What the furniture would say (tests compare the sources with window.cy). */
  describe(
    opts?: Partial<FigureOptions>,
  ): Promise<{ sources: string[]; legend: string[]; width: number; height: number; unresolved: number }>;
  /** The overlap check of an exported SVG, measured with the page's canvas fonts (placement/svgCheck.ts). */
  overlaps(svg: string): Promise<Array<{ kind: string; a: string; b: string }>>;
}

declare global {
  interface Window {
    __figure?: FigureHook;
  }
}

const core = (): cytoscape.Core => {
  const cy = (window as unknown as { cy?: cytoscape.Core }).cy;
  if (!cy) throw new Error('window.cy is not ready');
  return cy;
};

const opts = (o: Partial<FigureOptions> = {}): FigureOptions => ({ ...defaultFigureOptions(), ...o });
const evidence = (region: Region) => loadEvidence(core(), region, canvasFilter());

export function installFigureHook(): void {
  window.__figure = {
    ...figureTableHook,
    ...timelineHook,
    exportFigure: async ({ format, portable, ...o }) =>
      exportFigure(core(), opts(o), { format, portable }, await evidence(opts(o).region)),
    exportPng: async (o) => {
      const ev = await evidence(opts(o).region);
      return withRestingLook(core(), () => exportPngBase64(core(), opts(o), ev));
    },
    exportSvg: async (o) => {
      const ev = await evidence(opts(o).region);
      return withRestingLook(core(), () => exportSvg(core(), opts(o), ev));
    },
    exportData: async (region = 'full') => {
      const g = exportGraphOf(core(), region, await evidence(region));
      return { nodesCsv: nodesCsv(g), edgesCsv: edgesCsv(g), cytoscapeJson: cytoscapeJson(g), graphml: graphml(g) };
    },
    describe: async (o) => {
      const ev = await evidence(opts(o).region);
      const f = await withRestingLook(core(), () => buildFigure(core(), opts(o), ev));
      return {
        sources: sourcesOf(f.snap.edges).map((s) => s.id),
        legend: f.layout.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])),
        width: f.layout.width,
        height: f.layout.height,
        unresolved: f.unresolved,
      };
    },
    overlaps: async (svg) =>
      svgOverlaps(svg, canvasMeasure()).map((o) => ({ kind: o.kind, a: o.a.text, b: o.b.text || o.b.id })),
  };
}

installFigureHook();
