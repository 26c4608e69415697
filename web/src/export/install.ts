// Test/CLI hook: window.__figure drives the same export code as the panel. Every method is async:
// edges whose bundle carried only a preview of its claims get all of them paged in first (evidence.ts).
import type cytoscape from 'cytoscape';
import { cytoscapeJson, edgesCsv, graphml, nodesCsv } from './data.ts';
import { defaultFigureOptions, exportPngBase64, exportSvg, buildFigure, type FigureOptions } from './figure.ts';
import { exportGraphOf, type Region } from './snapshot.ts';
import { sourcesOf } from './furniture.ts';
import { canvasFilter, loadEvidence } from './evidence.ts';
import { figureTableHook, type FigureTableHook } from '../figures/install.ts';

export interface ExportedData {
  nodesCsv: string;
  edgesCsv: string;
  cytoscapeJson: string;
  graphml: string;
}

export interface FigureHook extends FigureTableHook {
  exportPng(opts?: Partial<FigureOptions>): Promise<string>;
  exportSvg(opts?: Partial<FigureOptions>): Promise<string>;
  exportData(region?: Region): Promise<ExportedData>;
  /** What the furniture would say (tests compare the sources with window.cy). */
  describe(
    opts?: Partial<FigureOptions>,
  ): Promise<{ sources: string[]; legend: string[]; width: number; height: number }>;
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
    exportPng: async (o) => exportPngBase64(core(), opts(o), await evidence(opts(o).region)),
    exportSvg: async (o) => exportSvg(core(), opts(o), await evidence(opts(o).region)),
    exportData: async (region = 'full') => {
      const g = exportGraphOf(core(), region, await evidence(region));
      return { nodesCsv: nodesCsv(g), edgesCsv: edgesCsv(g), cytoscapeJson: cytoscapeJson(g), graphml: graphml(g) };
    },
    describe: async (o) => {
      const f = buildFigure(core(), opts(o), await evidence(opts(o).region));
      return {
        sources: sourcesOf(f.snap.edges).map((s) => s.id),
        legend: f.layout.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])),
        width: f.layout.width,
        height: f.layout.height,
      };
    },
  };
}

installFigureHook();
