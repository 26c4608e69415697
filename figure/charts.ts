// The figures the CLI renders from a loaded view or query, registered by name (`--chart <name>`): the graph
// itself and the chart figures (web/src/figures, web/src/timeline). Each calls its window.__figure method with
// the same furniture options and returns the file's content as text (SVG) or base64 (PNG, PDF).
import type { Page } from '@playwright/test';
import type { Claim } from '../lib/model/wire.ts';

/** The options every chart shares (FigureOptions for the graph; the charts take the subset they know). */
export interface ChartCall {
  size: { kind: 'scale'; scale: number } | { kind: 'size'; width: number; height: number };
  preset?: string;
  format: 'png' | 'svg' | 'pdf';
  title?: string;
  caption?: string;
  date?: string;
  transparent: boolean;
  origin: { kind: 'view' | 'query'; name: string };
  /** timeline-figures: the figure keys drawn. */
  keys?: string[];
  /** The graph only. */
  graph: Record<string, unknown>;
}

export interface ChartSource {
  page: Page;
  /** The claims a query returned (figure table); absent for a view. */
  claims?: Claim[];
}

interface ChartRenderer {
  describe: string;
  render(src: ChartSource, o: ChartCall): Promise<string>;
}

const common = ({ graph: _graph, keys: _keys, ...o }: ChartCall) => o;

export const FIGURE_CHARTS: Record<string, ChartRenderer> = {
  graph: {
    describe: 'the graph (default)',
    render: ({ page }, o) =>
      page.evaluate((r) => window.__figure!.exportFigure(r as never), { ...o.graph, ...common(o) }),
  },
  'figure-table': {
    describe: 'the claims with figures as a table and dot plot (a query such as conflicting-figures)',
    render: ({ page, claims }, o) => {
      if (!claims) throw new Error('--chart figure-table takes a --query (its claims are the table)');
      // Claim's recursive property type is too deep for Playwright's argument typing: pass it as plain JSON.
      const arg = { ...common(o), claims } as unknown as Record<string, string>;
      return page.evaluate((r) => window.__figure!.exportFigureTable(r as never), arg);
    },
  },
  timeline: {
    describe: 'the claims on two time axes: claim date and article published',
    render: ({ page }, o) =>
      page.evaluate((r) => window.__figure!.exportTimeline(r as never), { ...common(o), mode: 'claims' }),
  },
  'timeline-figures': {
    describe: 'the figures over time, one series per figure key',
    render: ({ page }, o) =>
      page.evaluate((r) => window.__figure!.exportTimeline(r as never), {
        ...common(o),
        mode: 'figures',
        ...(o.keys && { keys: o.keys }),
      }),
  },
};

export const CHART_NAMES: readonly string[] = Object.keys(FIGURE_CHARTS);
