// Labels legible in print: a report preset fits the whole graph into, say, 85 mm, which shrinks Cytoscape's
// 12 px labels to 2–3 pt. Before placement, every label is enlarged so that, at the figure's scale, the smallest
// one prints at the preset's minimum size; the placer then makes room for them (spreading, merging, callouts).
import type { GraphSnapshot, LabelSnap } from './types.ts';

function scaled(l: LabelSnap, k: number): LabelSnap {
  return {
    ...l,
    font: { ...l.font, size: l.font.size * k },
    lineHeight: l.lineHeight * k,
    width: l.width * k,
    height: l.height * k,
    outline: l.outline && { ...l.outline, width: l.outline.width * k },
    background: l.background && { ...l.background, padding: l.background.padding * k },
  };
}

/** Every label's font and box × k (k ≥ 1). */
export function enlargeLabels(snap: GraphSnapshot, k: number): GraphSnapshot {
  if (!(k > 1)) return snap;
  return {
    ...snap,
    nodes: snap.nodes.map((n) => (n.label ? { ...n, label: scaled(n.label, k) } : n)),
    edges: snap.edges.map((e) => (e.label ? { ...e, label: scaled(e.label, k) } : e)),
  };
}

/** The smallest label font in model units (0 when there are no labels). */
export function smallestLabelFont(snap: GraphSnapshot): number {
  const sizes = [...snap.nodes, ...snap.edges].flatMap((x) => (x.label ? [x.label.font.size] : []));
  return sizes.length ? Math.min(...sizes) : 0;
}

/** How much to enlarge: the smallest label at `scale` (output px per model unit) reaches `minPx`. */
export function labelGain(snap: GraphSnapshot, scale: number, minPx: number): number {
  const smallest = smallestLabelFont(snap);
  return smallest > 0 && scale > 0 ? Math.max(1, minPx / (smallest * scale)) : 1;
}
