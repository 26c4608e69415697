// Collision-aware label placement on a figure snapshot (greedy, like Gephi's "label adjust" and yEd's
// label placement): nodes that sit on each other are spread apart, node labels take the first free spot
// around their node, edge labels the first free spot along their edge; a bundle between two entities whose
// labels do not all fit becomes one edge with merged types, or a numbered callout explained under the figure.
import type { Measure } from '../layout.ts';
import type { GraphSnapshot, LabelSnap, SnapEdge, SnapNode } from '../types.ts';
import { bundlesOf, calloutKey, calloutMark, mergeBundle, mergedText } from './bundle.ts';
import { edgeLabelCandidates, fitLabel, nodeLabelCandidates, spiralCandidates } from './candidates.ts';
import { BoxGrid, CLEARANCE } from './grid.ts';
import { labelQuad, nodeQuad, overlaps, type Quad } from './overlapMath.ts';
import { pointAt, polylineOf } from './pathGeom.ts';
import { followNodes, spreadNodes } from './spread.ts';

export interface Placement {
  snap: GraphSnapshot;
  /** Key lines for numbered callouts, in number order. */
  callouts: string[];
  /** Labels that found no free spot (drawn at their least crowded one). */
  unresolved: number;
}

/** A merged label wider than this many label heights becomes a callout. */
const MAX_MERGED_RATIO = 24;
/** Rings of the spiral a full (merged) label may use before it becomes a callout. */
const NEAR_RINGS = 3;

interface Ctx {
  grid: BoxGrid;
  measure: Measure;
  unresolved: number;
}

/** The first candidate that hits nothing placed (nor `extra`), else the one with the fewest hits. */
function choose(cands: LabelSnap[], ctx: Ctx, owner: string, extra: Quad[] = []): { l: LabelSnap; free: boolean } {
  let best = cands[0]!;
  let bestHits = Infinity;
  for (const c of cands) {
    const q = labelQuad(c);
    const hits = ctx.grid.hits(q, [owner]).length + extra.filter((x) => overlaps(q, x, -CLEARANCE)).length;
    if (hits === 0) return { l: c, free: true };
    if (hits < bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  return { l: best, free: false };
}

function placeNodeLabels(nodes: SnapNode[], ctx: Ctx): SnapNode[] {
  return nodes.map((n) => {
    if (!n.label) return n;
    const l = fitLabel(n.label, ctx.measure);
    const cands = [...nodeLabelCandidates(n, l), ...spiralCandidates(l, n)];
    const { l: placed, free } = choose(cands, ctx, n.id);
    if (!free) ctx.unresolved++;
    ctx.grid.add({ quad: labelQuad(placed), owner: n.id });
    return { ...n, label: placed };
  });
}

/** Every label of the bundle in a free spot, or null (nothing committed). */
function placeEach(bundle: SnapEdge[], ctx: Ctx): SnapEdge[] | null {
  const taken: Quad[] = [];
  const out: SnapEdge[] = [];
  for (const e of bundle) {
    if (!e.label) {
      out.push(e);
      continue;
    }
    const l = fitLabel(e.label, ctx.measure);
    const { l: placed, free } = choose(edgeLabelCandidates(polylineOf(e.path), l, l), ctx, e.id, taken);
    if (!free) return null;
    taken.push(labelQuad(placed));
    out.push({ ...e, label: placed });
  }
  for (const e of out) if (e.label) ctx.grid.add({ quad: labelQuad(e.label), owner: e.id });
  return out;
}

function commit(e: SnapEdge, l: LabelSnap, ctx: Ctx): SnapEdge {
  const line = polylineOf(e.path);
  const cands = [...edgeLabelCandidates(line, l), ...spiralCandidates(l, pointAt(line, 0.5))];
  const { l: placed, free } = choose(cands, ctx, e.id);
  if (!free) ctx.unresolved++;
  ctx.grid.add({ quad: labelQuad(placed), owner: e.id });
  return { ...e, label: placed };
}

function placeBundle(bundle: SnapEdge[], ctx: Ctx, callouts: string[], names: Map<string, SnapNode>): SnapEdge[] {
  const each = placeEach(bundle, ctx);
  if (each) return each;
  const base = fitLabel(bundle.find((e) => e.label)!.label!, ctx.measure);
  const merged = mergeBundle(bundle, null);
  const text = mergedText(bundle);
  const compact = fitLabel({ ...base, lines: [text], height: base.lineHeight }, ctx.measure);
  if (compact.width <= MAX_MERGED_RATIO * compact.height) {
    // Along the edge, else just off its middle (a couple of label heights away, still read as its label).
    const line = polylineOf(merged.path);
    const near = [...edgeLabelCandidates(line, compact), ...spiralCandidates(compact, pointAt(line, 0.5), NEAR_RINGS)];
    const { l, free } = choose(near, ctx, merged.id);
    if (free) {
      ctx.grid.add({ quad: labelQuad(l), owner: merged.id });
      return [{ ...merged, label: l }];
    }
  }
  const n = callouts.length + 1;
  callouts.push(calloutKey(n, bundle, names));
  const font = { ...base.font, size: base.font.size * 1.3 };
  const mark = fitLabel(
    { ...base, lines: [calloutMark(n)], font, lineHeight: font.size * 1.2, height: font.size * 1.2, angle: 0 },
    ctx.measure,
  );
  return [commit(merged, mark, ctx)];
}

export function placeLabels(snap: GraphSnapshot, measure: Measure): Placement {
  const { nodes: spread, moves } = spreadNodes(snap.nodes);
  const edges = followNodes(snap.edges, moves);
  const ctx: Ctx = { grid: new BoxGrid(), measure, unresolved: 0 };
  for (const n of spread) if (!n.isParent) ctx.grid.add({ quad: nodeQuad(n), owner: n.id });
  const nodes = placeNodeLabels(spread, ctx);
  const names = new Map(nodes.map((n) => [n.id, n]));
  const callouts: string[] = [];
  // Small bundles first: a lone label gets its natural spot before a crowded pair is considered for merging.
  const bundles = bundlesOf(edges).sort((a, b) => a.length - b.length);
  const placed = bundles.flatMap((b) => (b.some((e) => e.label) ? placeBundle(b, ctx, callouts, names) : b));
  // Keep the drawing order of the input.
  const order = new Map(snap.edges.map((e, i) => [e.id, i]));
  placed.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { snap: { ...snap, nodes, edges: placed }, callouts, unresolved: ctx.unresolved };
}
