// The shareable view: everything needed to redraw the same picture. Pure (de)serialisation + validation.
import { z } from 'zod';
import { emptyFilters } from '../state/graph.ts';
import type { Filters, GraphState } from '../state/types.ts';

export const VIEW_VERSION = 1;

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

const viewSchema = z.object({
  version: z.literal(VIEW_VERSION),
  nodes: z.array(z.string()).max(100_000),
  /** Claim ids on the canvas; restoring keeps exactly these (absent = every claim among the nodes). */
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
});

export type ViewState = z.infer<typeof viewSchema>;

export interface UiSnapshot {
  viewport?: { zoom: number; pan: { x: number; y: number } };
  selection?: string[];
}

const round = (n: number) => Math.round(n * 10) / 10;

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
    claims: Object.keys(s.claims).sort(),
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
