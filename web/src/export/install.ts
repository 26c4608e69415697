// Test/CLI hook: window.__figure drives the same export code as the panel.
import type cytoscape from 'cytoscape';
import { cytoscapeJson, edgesCsv, graphml, nodesCsv } from './data.ts';
import { defaultFigureOptions, exportPngBase64, exportSvg, buildFigure, type FigureOptions } from './figure.ts';
import { exportGraphOf, type Region } from './snapshot.ts';
import { sourcesOf } from './furniture.ts';

export interface FigureHook {
  exportPng(opts?: Partial<FigureOptions>): Promise<string>;
  exportSvg(opts?: Partial<FigureOptions>): string;
  exportData(region?: Region): { nodesCsv: string; edgesCsv: string; cytoscapeJson: string; graphml: string };
  /** What the furniture would say (tests compare the sources with window.cy). */
  describe(opts?: Partial<FigureOptions>): { sources: string[]; legend: string[]; width: number; height: number };
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

export function installFigureHook(): void {
  window.__figure = {
    exportPng: (o) => exportPngBase64(core(), opts(o)),
    exportSvg: (o) => exportSvg(core(), opts(o)),
    exportData: (region = 'full') => {
      const g = exportGraphOf(core(), region);
      return { nodesCsv: nodesCsv(g), edgesCsv: edgesCsv(g), cytoscapeJson: cytoscapeJson(g), graphml: graphml(g) };
    },
    describe: (o) => {
      const f = buildFigure(core(), opts(o));
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
