// The bench times the app's own 'fcose' registry entry. Above BIG_GRAPH nodes the app switches fcose to its
// spectral "draft" pass: the default quality took over 120 s at 5k nodes on this 2-core machine.
import { BIG_GRAPH } from '../../web/src/layouts/registry.ts';

export const BENCH_LAYOUT_ID = 'fcose';

export const layoutLabel = (nodes: number, draft: boolean): string =>
  draft || nodes > BIG_GRAPH
    ? `fcose draft (spectral${draft ? ', forced' : `, app rule >${BIG_GRAPH}`})`
    : 'fcose default';
