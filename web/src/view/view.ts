// The shareable view: everything needed to redraw the same picture. Pure (de)serialisation + validation.
import { z } from 'zod';
import { emptyFilters } from '../state/graph.ts';
import type { Claim, Entity } from '../../../lib/model/wire.ts';
import { MENTIONS } from '../../../lib/model/domain.ts';
import type { Filters, GraphState } from '../state/types.ts';

/**
 * 2 adds `inline` (non-entity nodes and non-claim edges stored in the view); 3 stores bundle ids
 * (`source|TYPE|target`) instead of claim ids. Versions 1 and 2 are still read.
 */
export const VIEW_VERSION = 3;
export const READABLE_VIEW_VERSIONS = [1, 2, 3] as const;

/** Property values whose JSON is longer than this are dropped from inline nodes/edges (article texts …). */
export const MAX_INLINE_VALUE_CHARS = 2000;

const filtersSchema = z.object({
  entityTypes: z.array(z.string()).default([]),
  relTypes: z.array(z.string()).default([]),
  statuses: z.array(z.string()).default([]),
  articles: z.array(z.string()).default([]),
  outlets: z.array(z.string()).default([]),
  dateRange: z
    .object({ from: z.string().nullable().default(null), to: z.string().nullable().default(null) })
    .default({ from: null, to: null }),
  includeUndated: z.boolean().default(true),
});

const propertiesSchema = z.record(z.string(), z.unknown());

const inlineNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  labels: z.array(z.string()).optional(),
  properties: propertiesSchema.optional(),
});

const articleRefSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
});

/** An edge stored whole, evidence included (older views stored none: the fields default to null). */
const inlineEdgeSchema = z.object({
  id: z.string(),
  type: z.string(),
  source: z.string(),
  target: z.string(),
  status: z.string().nullable().default(null),
  date: z.string().nullable().default(null),
  dateText: z.string().nullable().default(null),
  claimant: z.object({ id: z.string(), name: z.string() }).nullable().default(null),
  article: articleRefSchema.nullable().default(null),
  quote: z.string().nullable().default(null),
  figures: z.record(z.string(), z.number()).default({}),
  properties: propertiesSchema.optional(),
});

const viewSchema = z.object({
  version: z.union([z.literal(1), z.literal(2), z.literal(3)]).transform((): typeof VIEW_VERSION => VIEW_VERSION),
  nodes: z.array(z.string()).max(100_000),
  /** Bundle ids on the canvas; restoring keeps exactly these (absent = every bundle among the nodes). */
  bundles: z.array(z.string()).optional(),
  /** Versions 1 and 2: claim ids on the canvas (a bundle is kept when one of its claims is listed). */
  claims: z.array(z.string()).optional(),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])).default({}),
  pinned: z.array(z.string()).default([]),
  hidden: z.array(z.string()).default([]),
  expandedFrom: z.record(z.string(), z.string()).default({}),
  expansions: z
    .record(
      z.string(),
      z.object({
        total: z.number(),
        loaded: z.number(),
        types: z.array(z.string()).optional(),
        direction: z.enum(['out', 'in', 'both']),
      }),
    )
    .default({}),
  filters: filtersSchema.default(emptyFilters()),
  layout: z.string().default('fcose'),
  style: z.string().default('default'),
  seed: z.number().int().default(1),
  viewport: z.object({ zoom: z.number().positive(), pan: z.object({ x: z.number(), y: z.number() }) }).optional(),
  selection: z.array(z.string()).default([]),
  /**
   * Edges /api/graph does not return (MENTIONS), stored whole so that the view restores them exactly; views
   * saved by older versions also hold `neo4j:` nodes and non-claim edges here.
   */
  inline: z
    .object({ nodes: z.array(inlineNodeSchema).default([]), edges: z.array(inlineEdgeSchema).default([]) })
    .default({ nodes: [], edges: [] }),
});

export type ViewState = z.infer<typeof viewSchema>;

export interface UiSnapshot {
  viewport?: { zoom: number; pan: { x: number; y: number } };
  selection?: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Every node comes back from /api/graph by its key (a curated id or `neo4j:<elementId>`, lib/model/node-key.ts);
 *  views saved before that carry some nodes inline, and those are still read (view/apply.ts). */
export const isInlineNode = (_n: Entity): boolean => false;
/** /api/graph brings back every relationship among the nodes but our articles' MENTIONS (the @drawn rule of
 *  lib/neo4j/cypher.ts): those travel in the view, whole. */
export const isInlineEdge = (e: Claim): boolean => e.type === MENTIONS;

/** Drops values whose JSON exceeds MAX_INLINE_VALUE_CHARS (and values JSON cannot carry). */
export function boundProperties(p: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!p) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(p).sort()) {
    const json = JSON.stringify(p[k]);
    if (json !== undefined && json.length <= MAX_INLINE_VALUE_CHARS) out[k] = JSON.parse(json) as unknown;
  }
  return out;
}

const inlineNode = (n: Entity): ViewState['inline']['nodes'][number] => {
  const properties = boundProperties(n.properties);
  return {
    id: n.id,
    name: n.name,
    type: n.type,
    ...(n.labels ? { labels: [...n.labels] } : {}),
    ...(properties ? { properties } : {}),
  };
};

const inlineEdge = (e: Claim): ViewState['inline']['edges'][number] => {
  const properties = boundProperties(e.properties);
  const { id, type, source, target, status, date, dateText, claimant, article, quote, figures } = e;
  const evidence = { status, date, dateText, claimant, article, quote, figures: { ...figures } };
  return { id, type, source, target, ...structuredClone(evidence), ...(properties ? { properties } : {}) };
};

export function toViewState(s: GraphState, ui: UiSnapshot = {}): ViewState {
  const ids = Object.keys(s.nodes).sort();
  const positions: ViewState['positions'] = {};
  const expandedFrom: Record<string, string> = {};
  for (const id of ids) {
    const n = s.nodes[id]!;
    if (n.position) positions[id] = [round(n.position.x), round(n.position.y)];
    if (n.expandedFrom) expandedFrom[id] = n.expandedFrom;
  }
  return {
    version: VIEW_VERSION,
    nodes: ids,
    bundles: Object.keys(s.bundles).sort(),
    positions,
    pinned: ids.filter((id) => s.nodes[id]!.pinned),
    hidden: ids.filter((id) => s.nodes[id]!.hidden),
    expandedFrom,
    expansions: structuredClone(s.expansions),
    filters: structuredClone(s.filters) as Filters,
    layout: s.layout,
    style: s.style,
    seed: s.seed,
    ...(ui.viewport
      ? { viewport: { zoom: ui.viewport.zoom, pan: { x: round(ui.viewport.pan.x), y: round(ui.viewport.pan.y) } } }
      : {}),
    selection: ui.selection ?? [],
    inline: {
      nodes: ids
        .map((id) => s.nodes[id]!.entity)
        .filter(isInlineNode)
        .map(inlineNode),
      edges: Object.keys(s.bundles)
        .sort()
        .flatMap((id) => s.bundles[id]!.claims)
        .filter(isInlineEdge)
        .map(inlineEdge),
    },
  };
}

export type ParseResult = { ok: true; view: ViewState } | { ok: false; error: string };

export function parseView(raw: unknown): ParseResult {
  const r = viewSchema.safeParse(raw);
  if (!r.success)
    return { ok: false, error: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, view: r.data };
}

const toBase64Url = (s: string): string => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (s: string): string => {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
};

export const encodeView = (v: ViewState): string => toBase64Url(JSON.stringify(v));

export function decodeView(encoded: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, error: 'the view in the link is not valid base64url JSON' };
  }
  return parseView(raw);
}

/** `#view=…` → encoded payload, or null. */
export const viewFromHash = (hash: string): string | null => {
  const m = /(?:^#|&)view=([A-Za-z0-9_-]+)/.exec(hash);
  return m ? m[1]! : null;
};

export const hashForView = (v: ViewState): string => `#view=${encodeView(v)}`;
