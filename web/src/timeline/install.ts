// window.__figure.exportTimeline: the timeline figure for tests and the figure CLI, the same code as the panel's
// export button.
import type { GraphState } from '../state/types.ts';
import type { FigureFormat, FigureSize } from '../export/document.ts';
import { exportTimeline, type TimelineExportOptions } from './export.ts';
import type { TimelineMode } from './draw.ts';

export interface TimelineHookOptions {
  mode?: TimelineMode;
  title?: string;
  caption?: string;
  size?: FigureSize;
  /** A report preset (export/presets.ts) instead of `size`. */
  preset?: string;
  format?: FigureFormat;
  date?: string;
  transparent?: boolean;
  origin?: TimelineExportOptions['origin'];
  /** Figures mode: the figure keys drawn, e.g. ['troops'] (all when absent). */
  keys?: string[];
  /** First and last day shown, e.g. ['2024-10-01', '2024-10-31'] (else everything drawn). */
  domain?: [string, string];
}

const present = (): GraphState => {
  const state = window.__explorer?.getState();
  if (!state) throw new Error('window.__explorer is not ready');
  return state;
};

/** The methods this module adds to window.__figure (export/install.ts spreads them in). */
export const timelineHook = {
  /** The timeline of the claims on the canvas as SVG text, or base64 bytes for binary formats. */
  exportTimeline: (o: TimelineHookOptions = {}): Promise<string> =>
    exportTimeline(present(), {
      mode: o.mode ?? 'claims',
      size: o.size ?? { kind: 'scale', scale: 1 },
      format: o.format ?? 'svg',
      ...(o.title !== undefined && { title: o.title }),
      ...(o.caption !== undefined && { caption: o.caption }),
      ...(o.date !== undefined && { date: o.date }),
      ...(o.transparent !== undefined && { transparent: o.transparent }),
      ...(o.origin !== undefined && { origin: o.origin }),
      ...(o.keys !== undefined && { keys: o.keys }),
      ...(o.domain !== undefined && { domain: o.domain }),
      ...(o.preset !== undefined && { preset: o.preset }),
    }),
};

export type TimelineHook = typeof timelineHook;
