// A bundle whose labels cannot all be placed is drawn as one edge between its pair of entities,
// carrying every claim of the bundle, with a compact label of the merged types or a numbered callout.
import type { ArrowSnap, LabelSnap, SnapEdge, SnapNode } from '../types.ts';
import { pointAt, polylineOf } from './pathGeom.ts';

/** Edges grouped by their unordered pair of end nodes, in first-seen order. */
export function bundlesOf(edges: SnapEdge[]): SnapEdge[][] {
  const groups = new Map<string, SnapEdge[]>();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join('\u0000');
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()];
}

const labelText = (e: SnapEdge): string => e.label?.lines.join(' ').trim() ?? '';

/** "sends troops to ×9 · supplies ×7 · pays": each distinct label once, in drawing order. */
export function mergedText(bundle: SnapEdge[], sep = ' · '): string {
  return [...new Set(bundle.map(labelText).filter(Boolean))].join(sep);
}

/** The straightest edge of the bundle: its middle lies closest to the middle of its chord. */
function straightest(bundle: SnapEdge[]): SnapEdge {
  const bend = (e: SnapEdge) => {
    const line = polylineOf(e.path);
    const m = pointAt(line, 0.5);
    const a = line[0] ?? m;
    const b = line.at(-1) ?? m;
    return Math.hypot(m.x - (a.x + b.x) / 2, m.y - (a.y + b.y) / 2);
  };
  return bundle.reduce((best, e) => (bend(e) < bend(best) ? e : best));
}

function reversedArrow(rep: SnapEdge, other: ArrowSnap | null): ArrowSnap | null {
  const pts = rep.path.points;
  if (!other || pts.length < 2) return rep.sourceArrow;
  const tip = pts[0]!;
  const prev = pts[1]!;
  const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
  return { ...other, tip, dir: { x: (tip.x - prev.x) / len, y: (tip.y - prev.y) / len } };
}

/** One edge for the bundle: the straightest one's path, every claim, both arrows when both directions occur. */
export function mergeBundle(bundle: SnapEdge[], label: LabelSnap | null): SnapEdge {
  const rep = straightest(bundle);
  const back = bundle.find((e) => e.source === rep.target && e.target === rep.source);
  const colors = new Set(bundle.map((e) => e.color));
  return {
    ...rep,
    type: [...new Set(bundle.map((e) => e.type))].join('+'),
    color: colors.size === 1 ? rep.color : '#777777',
    width: Math.max(...bundle.map((e) => e.width)),
    lineStyle: bundle.some((e) => e.lineStyle === 'solid') ? 'solid' : rep.lineStyle,
    dash: bundle.some((e) => e.lineStyle === 'solid') ? [] : rep.dash,
    sourceArrow: back ? reversedArrow(rep, back.targetArrow) : rep.sourceArrow,
    targetArrow: rep.targetArrow,
    label,
    claims: bundle.flatMap((e) => e.claims),
  };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The callout mark for the n-th (1-based) merged bundle. */
export function calloutMark(n: number): string {
  return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : `(${n})`;
}

/** The key line under the figure: "① Russia – North Korea: sends troops to ×9, supplies ×7". */
export function calloutKey(n: number, bundle: SnapEdge[], nodes: ReadonlyMap<string, SnapNode>): string {
  const e = bundle[0]!;
  const name = (id: string) => nodes.get(id)?.name ?? id;
  return `${calloutMark(n)} ${name(e.source)} – ${name(e.target)}: ${mergedText(bundle, ', ')}`;
}
