// What the legend says: only what the picture encodes. Entity types (categories) shown; a relationship type only
// when its lines have a colour of their own (most lines share one, and naming 22 types beside the same grey line
// says nothing); what line width means (claims, with a scale); the dash rule and any status arrow, once each,
// as the stylesheet states them. Everything is read from the snapshot and the style rules passed in.
import { DASHED_STATUSES, EDGE_WIDTH, edgeRules, edgeWidthFor, styleById } from '../styles/registry.ts';
import type { GraphSnapshot, SnapEdge, SnapNode } from './types.ts';

export interface LegendNodeItem {
  kind: 'node';
  label: string;
  shape: string;
  fill: string;
  border: string;
  borderWidth: number;
  count: number;
}

export interface LegendEdgeItem {
  kind: 'edge';
  label: string;
  color: string;
  /** Line width in the picture's model units (the layout scales it like the graph). */
  width: number;
  dash: number[];
  count: number;
  /** Arrow head drawn at the right end of the sample line, when the entry is about the arrow. */
  arrow?: string;
}

/** "line width: 1 · 5 · 8+ claims": sample lines at the widths the stylesheet maps those counts to. */
export interface LegendWidthItem {
  kind: 'widths';
  label: string;
  color: string;
  samples: Array<{ label: string; width: number }>;
}

export type LegendItem = LegendNodeItem | LegendEdgeItem | LegendWidthItem;

/** The style rules the legend explains (defaults: the app's stylesheet). */
export interface LegendRules {
  /** Statuses a line is dashed for when every one of its claims has one of them. */
  dashedStatuses: readonly string[];
  width: { from: number; to: number; at: (claims: number) => number };
  /** `edge[status = "x"]` rules that set a target arrow: status → arrow shape. */
  statusArrows: ReadonlyArray<{ status: string; shape: string }>;
}

const STATUS_SELECTOR = /^edge\[status = "([^"]+)"\]$/;

export const appLegendRules = (): LegendRules => ({
  dashedStatuses: DASHED_STATUSES,
  width: { from: EDGE_WIDTH.from, to: EDGE_WIDTH.to, at: edgeWidthFor },
  statusArrows: edgeRules(styleById('default')).flatMap((r) => {
    const status = STATUS_SELECTOR.exec(r.selector)?.[1];
    const shape = r.style['target-arrow-shape'];
    return status && typeof shape === 'string' ? [{ status, shape }] : [];
  }),
});

/** Types named in one colour entry; the rest are counted. */
const TYPES_PER_ENTRY = 3;
const KEY_COLOUR = '#555555';

/** Human label for a relationship type: SENDS_TROOPS_TO → "sends troops to". */
export function relationLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** "a, b or c". */
export const orList = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;

function nodeItems(nodes: SnapNode[], typeLabel: (type: string) => string): LegendNodeItem[] {
  const byKey = new Map<string, { first: SnapNode; count: number }>();
  for (const n of nodes) {
    if (n.isParent) continue;
    // By what the canvas draws it as: its perspective category (the same look for all of them), else its type.
    const key = n.category || n.type;
    const hit = byKey.get(key);
    if (hit) hit.count++;
    else byKey.set(key, { first: n, count: 1 });
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, { first, count }]) => ({
      kind: 'node',
      label: typeLabel(key),
      shape: first.shape,
      fill: first.fill,
      border: first.border.color,
      borderWidth: first.border.width,
      count,
    }));
}

const claimCount = (edges: SnapEdge[]): number => edges.reduce((n, e) => n + Math.max(1, e.claims.length), 0);

/** One entry per line colour other than the commonest, naming the types drawn in it. */
function colourItems(edges: SnapEdge[]): LegendEdgeItem[] {
  const byColour = new Map<string, SnapEdge[]>();
  for (const e of edges) byColour.set(e.color, [...(byColour.get(e.color) ?? []), e]);
  const groups = [...byColour.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return groups.slice(1).map(([color, es]) => {
    const types = [...new Set(es.map((e) => e.type))].sort();
    const named = types.slice(0, TYPES_PER_ENTRY).map(relationLabel).join(', ');
    const more = types.length - TYPES_PER_ENTRY;
    return {
      kind: 'edge',
      label: more > 0 ? `${named} and ${more} more` : named,
      color,
      width: 2,
      dash: [],
      count: claimCount(es),
    };
  });
}

function widthItem(edges: SnapEdge[], rules: LegendRules): LegendWidthItem[] {
  if (!edges.some((e) => e.claims.length > 0)) return [];
  const { from, to, at } = rules.width;
  const mid = Math.round((from + to) / 2);
  return [
    {
      kind: 'widths',
      label: 'claims',
      color: KEY_COLOUR,
      samples: [
        { label: String(from), width: at(from) },
        { label: String(mid), width: at(mid) },
        { label: `${to}+`, width: at(to) },
      ],
    },
  ];
}

function ruleItems(edges: SnapEdge[], rules: LegendRules): LegendEdgeItem[] {
  const out: LegendEdgeItem[] = [];
  const dashed = edges.find((e) => e.lineStyle !== 'solid' && e.dash.length > 0);
  if (dashed && rules.dashedStatuses.length)
    out.push({
      kind: 'edge',
      label: `dashed: every claim ${orList(rules.dashedStatuses)}`,
      color: KEY_COLOUR,
      width: 2,
      dash: dashed.dash,
      count: 0,
    });
  for (const { status, shape } of rules.statusArrows)
    if (edges.some((e) => e.targetArrow?.shape === shape))
      out.push({
        kind: 'edge',
        label: `${shape} end: every claim ${status}`,
        color: KEY_COLOUR,
        width: 2,
        dash: [],
        count: 0,
        arrow: shape,
      });
  return out;
}

export function legendItems(
  snap: Pick<GraphSnapshot, 'nodes' | 'edges'>,
  typeLabel: (type: string) => string = (t) => t,
  rules: LegendRules = appLegendRules(),
): LegendItem[] {
  return [
    ...nodeItems(snap.nodes, typeLabel),
    ...colourItems(snap.edges),
    ...widthItem(snap.edges, rules),
    ...ruleItems(snap.edges, rules),
  ];
}
