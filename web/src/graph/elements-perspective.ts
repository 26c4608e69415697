// What the perspective adds to the pure element builder (elements.ts): a node's category, colour, shape, caption
// and size; an edge's caption; and which nodes and edges it hides (the legend and status bar say how many).
import { categoryOf } from '../../../lib/model/perspective.ts';
import { numericValue } from '../../../lib/model/perspective-facts.ts';
import { isElementKey } from '../../../lib/model/node-key.ts';
import type { Plain } from '../../../lib/neo4j/values.ts';
import type { Bundle, Claim, Entity } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import type { CategoryLook, ResolvedPerspective } from '../styles/perspective.ts';
import { styleById } from '../styles/registry.ts';

/** Node sizes (px) a sizeBy property maps onto; nodes without a value keep the default. */
export const NODE_SIZE = { min: 18, max: 64, default: 28 } as const;
/** Longest caption drawn; the inspector has the whole value. */
export const CAPTION_CHARS = 80;
/** Distinct caption values an edge lists before "…". */
export const EDGE_CAPTION_VALUES = 3;

export const lookOf = (e: Entity, p: ResolvedPerspective): CategoryLook | null => {
  const label = categoryOf(e, (l) => p.categories.has(l));
  return label === null ? null : p.categories.get(label)!;
};

const text = (v: Plain | undefined): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.value === 'string') return v.value;
  return null;
};
const cut = (s: string) => (s.length > CAPTION_CHARS ? `${s.slice(0, CAPTION_CHARS - 1)}…` : s);

/** Curated entities keep their name; any other node shows its caption property when it has one. */
export function captionOf(e: Entity, look: CategoryLook | null): string {
  if (!look?.caption || !isElementKey(e.id)) return e.name;
  const t = text(e.properties?.[look.caption]);
  return t && t.trim() ? cut(t) : e.name;
}

export interface NodeLook {
  category: string;
  colour: string;
  shape: string;
  caption: string;
}

export function nodeLook(e: Entity, p: ResolvedPerspective): NodeLook {
  const look = lookOf(e, p);
  const neutral = styleById(p.styleId).neutral;
  return {
    category: look?.label ?? '',
    colour: look?.colour ?? neutral.colour,
    shape: look?.shape ?? neutral.shape,
    caption: captionOf(e, look),
  };
}

/** Node id → size for the categories that size by a property: their values mapped onto NODE_SIZE, per category. */
export function nodeSizes(state: GraphState, ids: Iterable<string>, p: ResolvedPerspective): Map<string, number> {
  const values = new Map<string, { id: string; v: number }[]>();
  for (const id of ids) {
    const e = state.nodes[id]!.entity;
    const look = lookOf(e, p);
    const v = look?.sizeBy ? numericValue(e.properties?.[look.sizeBy]) : null;
    if (v === null) continue;
    const list = values.get(look!.label) ?? [];
    list.push({ id, v });
    values.set(look!.label, list);
  }
  const out = new Map<string, number>();
  for (const list of values.values()) {
    // A loop, not Math.min(...list): a category of 100,000 nodes would overflow the argument stack.
    let min = Infinity;
    let max = -Infinity;
    for (const { v } of list) [min, max] = [Math.min(min, v), Math.max(max, v)];
    for (const { id, v } of list) {
      const t = max === min ? 0.5 : (v - min) / (max - min);
      out.set(id, Math.round(NODE_SIZE.min + t * (NODE_SIZE.max - NODE_SIZE.min)));
    }
  }
  return out;
}

/** A claim's value for a caption key: its relationship properties, else the claim's own fields, else a figure. */
const CLAIM_FIELDS: Record<string, (c: Claim) => Plain | undefined> = {
  status: (c) => c.status,
  date: (c) => c.date,
  dateText: (c) => c.dateText,
  quote: (c) => c.quote,
  claimantName: (c) => c.claimant?.name,
  claimantId: (c) => c.claimant?.id,
  articleId: (c) => c.article?.id,
};
const claimValue = (c: Claim, key: string): Plain | undefined =>
  c.properties?.[key] ?? CLAIM_FIELDS[key]?.(c) ?? c.figures[key];

/** `value1, value2, … ×n` from the passing claims' `key`, or null when none of them has it. */
export function edgeCaption(b: Bundle, claims: Claim[], count: number, key: string): string | null {
  const values = [...new Set(claims.map((c) => text(claimValue(c, key))).filter((t): t is string => !!t))];
  if (values.length === 0) return null;
  const shown = values.slice(0, EDGE_CAPTION_VALUES).map(cut);
  const more = values.length > EDGE_CAPTION_VALUES || b.claims.length < b.count ? ', …' : '';
  return `${shown.join(', ')}${more}${count > 1 ? ` ×${count.toLocaleString('en-GB')}` : ''}`;
}

export const nodeHidden = (e: Entity, p: ResolvedPerspective): boolean => lookOf(e, p)?.hidden ?? false;
export const typeHidden = (type: string, p: ResolvedPerspective): boolean => p.relationships.get(type)?.hidden ?? false;
