// The one Cypher-result decoder: walks any result value (nested lists, maps, paths) of tagged plain
// values (values.ts) and maps nodes and relationships onto the wire's Entity and Claim, bundled.
// Used by the workbench (graph view, "send to canvas") and the figure CLI. Pure.
import { bundlesFromClaims } from '../model/bundle.ts';
import type { ArticleRef, Bundle, Claim, Entity } from '../model/wire.ts';
import type { Plain } from './values.ts';
import { elementKey, isElementKey, nodeKeyOf } from '../model/node-key.ts';
import { decodeQualifiers } from '../model/figures.ts';
import { captionKeyOf } from '../model/caption.ts';
import { RESERVED_CLAIM_KEYS } from '../model/domain.ts';

type Obj = { [k: string]: Plain };

interface RawNode {
  elementId: string;
  labels: string[];
  properties: Obj;
}
interface RawRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Obj;
}

const isObj = (v: Plain | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);
const propsOf = (v: Obj): Obj => (isObj(v.properties) ? v.properties : {});

function walk(v: Plain, nodes: Map<string, RawNode>, rels: Map<string, RawRel>): void {
  if (Array.isArray(v)) return v.forEach((x) => walk(x, nodes, rels));
  if (!isObj(v)) return;
  const id = String(v.id);
  if (v.$type === 'node') {
    if (!nodes.has(id))
      nodes.set(id, {
        elementId: id,
        labels: (Array.isArray(v.labels) ? v.labels : []).map(String),
        properties: propsOf(v),
      });
    return;
  }
  if (v.$type === 'relationship') {
    if (!rels.has(id))
      rels.set(id, {
        elementId: id,
        type: String(v.type),
        start: String(v.start),
        end: String(v.end),
        properties: propsOf(v),
      });
    return;
  }
  if (v.$type === 'path') {
    walk(v.start ?? null, nodes, rels);
    walk(v.end ?? null, nodes, rels);
    for (const s of Array.isArray(v.segments) ? v.segments : []) walk(s, nodes, rels);
    return;
  }
  if (typeof v.$type === 'string') return; // a temporal, point or big int: a value, not a container
  for (const x of Object.values(v)) walk(x, nodes, rels);
}

/** A display text for a scalar property: strings as they are, tagged values by their value. */
const scalarText = (v: Plain | undefined): string | null =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : isObj(v)
        ? str(v.value)
        : null;

/** Per node or relationship: at most this many properties, strings cut to this length, lists to this many
 *  items. A foreign graph may hold whole documents or embeddings in a property; the inspector says "…". */
export const PROPERTY_CAPS = { keys: 100, text: 2000, items: 50 };

function capValue(v: Plain): Plain {
  if (typeof v === 'string') return v.length > PROPERTY_CAPS.text ? `${v.slice(0, PROPERTY_CAPS.text)}…` : v;
  if (Array.isArray(v)) return v.slice(0, PROPERTY_CAPS.items).map(capValue);
  return v;
}

/** Properties within PROPERTY_CAPS (a list cut short keeps its first items; the cut is visible as "…"). */
export function cappedProperties(p: Obj): Obj {
  const out: Obj = {};
  for (const k of Object.keys(p).sort().slice(0, PROPERTY_CAPS.keys)) out[k] = capValue(p[k]!);
  return out;
}

/** :Entity nodes with a curated id keep it and their type; any other node is keyed `neo4j:<elementId>`
 *  (lib/model/node-key.ts), typed by its first label, named by its caption property, with every property. */
export function toEntity(n: RawNode): Entity {
  const p = n.properties;
  const key = nodeKeyOf(n.labels, p.id, n.elementId);
  if (!isElementKey(key)) {
    return {
      id: key,
      name: str(p.name) ?? key,
      type: str(p.type) ?? n.labels.find((l) => l !== 'Entity') ?? 'Entity',
      aliases: Array.isArray(p.aliases) ? p.aliases.map(String) : [],
      description: str(p.description),
    };
  }
  const caption = captionKeyOf(p);
  return {
    id: key,
    name: (caption ? str(p[caption]) : null) ?? scalarText(p.id) ?? n.labels[0] ?? 'node',
    type: n.labels[0] ?? 'Node',
    aliases: [],
    description: null,
    labels: n.labels,
    properties: cappedProperties(p),
  };
}

/** A node as toPlain gives it ({$type: 'node', id, labels, properties}) → Entity. */
export function entityFromPlain(v: Plain): Entity {
  const o = isObj(v) ? v : {};
  return toEntity({
    elementId: String(o.id),
    labels: (Array.isArray(o.labels) ? o.labels : []).map(String),
    properties: propsOf(o),
  });
}

/** Articles the result itself returned, so claims that cite them get title and outlet without a lookup. */
function articlesIn(nodes: Iterable<RawNode>): Map<string, ArticleRef> {
  const out = new Map<string, ArticleRef>();
  for (const n of nodes) {
    const id = str(n.properties.id);
    if (!n.labels.includes('Article') || !id) continue;
    const p = n.properties;
    const url = str(p.url);
    out.set(id, {
      id,
      title: str(p.title),
      outlet: str(p.outlet),
      published: scalarText(p.published),
      ...(url ? { url } : {}),
    });
  }
  return out;
}

function figuresOf(p: Obj): Pick<Claim, 'figures' | 'figureQualifiers'> {
  const figures: Record<string, number> = {};
  for (const k of (Array.isArray(p.figureKeys) ? p.figureKeys : []).map(String)) {
    const v = p[k];
    if (typeof v === 'number') figures[k] = v;
  }
  const bounds = Object.entries(decodeQualifiers(p.figureQualifiers)).filter(([k]) => k in figures);
  return bounds.length > 0 ? { figures, figureQualifiers: Object.fromEntries(bounds) } : { figures };
}

/** The one claim decoder: a relationship (plain properties) with its end keys and cited article → Claim.
 *  Used for Cypher results here and for the API's own queries (server/graph/map.ts). */
export function claimOf(
  r: Pick<RawRel, 'elementId' | 'type' | 'properties'>,
  source: string,
  target: string,
  article: ArticleRef | null,
): Claim {
  const p = r.properties;
  const claimantId = scalarText(p.claimantId);
  const day = scalarText(p.date);
  return {
    // Only a text id is a claim id; a foreign graph's integer ids are not unique across relationships.
    id: str(p.id) ?? elementKey(r.elementId),
    type: r.type,
    source,
    target,
    status: scalarText(p.status),
    date: day && /^\d{4}-\d{2}-\d{2}/.test(day) ? day.slice(0, 10) : null,
    dateText: scalarText(p.dateText),
    claimant: claimantId ? { id: claimantId, name: scalarText(p.claimantName) ?? claimantId } : null,
    article,
    quote: str(p.quote),
    ...figuresOf(p),
    ...extraProperties(p),
  };
}

/** A relationship as a claim. An article id that neither the result nor `articles` knows stays an id-only reference. */
export function toClaim(r: RawRel, source: string, target: string, articles: Map<string, ArticleRef>): Claim {
  const articleId = str(r.properties.articleId);
  const article = articleId
    ? (articles.get(articleId) ?? { id: articleId, title: null, outlet: null, published: null })
    : null;
  return claimOf(r, source, target, article);
}

/** A relationship's properties that are not evidence (RESERVED_CLAIM_KEYS and figures, which the claim's own
 *  fields carry), capped; absent when there are none, so a story claim costs nothing more. */
export function extraProperties(p: Obj): { properties?: Obj } {
  const figureKeys = new Set((Array.isArray(p.figureKeys) ? p.figureKeys : []).map(String));
  const reserved = new Set<string>(RESERVED_CLAIM_KEYS);
  const rest = Object.fromEntries(Object.entries(p).filter(([k]) => !reserved.has(k) && !figureKeys.has(k)));
  return Object.keys(rest).length > 0 ? { properties: cappedProperties(rest) } : {};
}

export interface ResultGraph {
  nodes: Entity[];
  claims: Claim[];
  bundles: Bundle[];
  /** Relationships whose end nodes were not returned (Neo4j Browser fetches them; we say so instead). */
  danglingEdges: number;
  /** Nodes left out because of the graph-view cap. */
  omittedNodes: number;
}

export interface ResultGraphOptions {
  maxNodes?: number;
  /** Known articles (e.g. from /api/articles), used where the result did not return the Article node. */
  articles?: Map<string, ArticleRef>;
}

export function resultGraph(rows: readonly Plain[], opts: ResultGraphOptions = {}): ResultGraph {
  const raw = new Map<string, RawNode>();
  const rawRels = new Map<string, RawRel>();
  for (const row of rows) walk(row, raw, rawRels);
  const all = [...raw.values()];
  const kept = all.slice(0, opts.maxNodes ?? Infinity);
  const idOf = new Map(kept.map((n) => [n.elementId, toEntity(n)]));
  const articles = new Map([...(opts.articles ?? []), ...articlesIn(all)]);
  const claims: Claim[] = [];
  let dangling = 0;
  for (const r of rawRels.values()) {
    const s = idOf.get(r.start);
    const t = idOf.get(r.end);
    if (s && t) claims.push(toClaim(r, s.id, t.id, articles));
    else if (!raw.has(r.start) || !raw.has(r.end)) dangling++;
  }
  const nodes = [...new Map([...idOf.values()].map((n) => [n.id, n])).values()];
  return {
    nodes,
    claims,
    bundles: bundlesFromClaims(claims),
    danglingEdges: dangling,
    omittedNodes: all.length - kept.length,
  };
}
