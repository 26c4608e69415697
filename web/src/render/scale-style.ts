// Stylesheet patch appended after the app's own style for large graphs: cheaper edges, zoom-dependent labels.
import type { StylesheetJson } from 'cytoscape';
import { scaleTier } from './renderer.ts';

/** Above this many edges bezier control points and arrows cost more than they tell. */
export const HAYSTACK_MIN_EDGES = 4000;

export function scaleStyle(nodeCount: number, edgeCount = nodeCount * 2): StylesheetJson {
  const tier = scaleTier(nodeCount);
  const patch: StylesheetJson = [];
  if (tier.minZoomedFontSize > 0) {
    patch.push({ selector: 'node, edge', style: { 'min-zoomed-font-size': tier.minZoomedFontSize } });
  }
  if (edgeCount >= HAYSTACK_MIN_EDGES) {
    // Haystack edges are straight, arrow-less and drawn in one pass; selected ones keep their direction.
    patch.push({
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
      },
    });
    patch.push({
      selector: 'edge:selected',
      style: { 'curve-style': 'straight', 'target-arrow-shape': 'triangle' },
    });
  }
  return patch;
}
