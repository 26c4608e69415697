// window.__figure.exportTimeline: the timeline figure for tests and the figure CLI, the same code as the panel's
// export button. export/install.ts imports this module by one line; the static import runs first, so the method
// is attached in a microtask, once export/install.ts has set window.__figure (before any later task sees it).
import type { GraphState } from '../state/types.ts';
import type { FigureFormat, FigureSize } from '../export/document.ts';
import { exportTimeline, type TimelineExportOptions } from './export.ts';
import type { TimelineMode } from './draw.ts';

export interface TimelineHookOptions {
  mode?: TimelineMode;
  title?: string;
  caption?: string;
  size?: FigureSize;
  format?: FigureFormat;
  date?: string;
  transparent?: boolean;
  origin?: TimelineExportOptions['origin'];
  /** Figures mode: the figure keys drawn, e.g. ['troops'] (all when absent). */
  keys?: string[];
  /** First and last day shown, e.g. ['2024-10-01', '2024-10-31'] (else everything drawn). */
  domain?: [string, string];
}

declare module '../export/install.ts' {
  interface FigureHook {
    /** The timeline of the claims on the canvas as SVG text or base64 PNG. */
    exportTimeline?(opts?: TimelineHookOptions): Promise<string>;
  }
}

const present = (): GraphState => {
  const state = window.__explorer?.getState();
  if (!state) throw new Error('window.__explorer is not ready');
  return state;
};

export function installTimelineHook(): void {
  if (!window.__figure) throw new Error('window.__figure is not installed');
  window.__figure.exportTimeline = (o = {}) =>
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
    });
}

queueMicrotask(installTimelineHook);
