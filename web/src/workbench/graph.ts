// Collects nodes and relationships from any result value (nested lists, maps, paths) and maps them onto the
// explorer's node/edge shape. Pure.
import type { Claim, GNode } from '../api/types.ts';
import { renderValue } from './render.ts';
import type { Plain, PlainObject } from './types.ts';

const isObj = (v: Plain | undefined): v is PlainObject => typeof v === 'object' && v !== null && !Array.isArray(v);

interface RawNode {
  elementId: string;
  labels: string[];
  properties: PlainObject;
}
interface RawRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: PlainObject;
}

function walk(v: Plain, nodes: Map<string, RawNode>, rels: Map<string, RawRel>): void {
  if (Array.isArray(v)) {
    for (const x of v) walk(x, nodes, rels);
    return;
  }
  if (!isObj(v)) return;
  if (v.$type === 'node') {
    const id = String(v.id);
    if (!nodes.has(id)) {
      nodes.set(id, {
        elementId: id,
        labels: Array.isArray(v.labels) ? v.labels.map(String) : [],
        properties: isObj(v.properties) ? v.properties : {},
      });
    }
    return;
  }
  if (v.$type === 'relationship') {
    const id = String(v.id);
    if (!rels.has(id)) {
      rels.set(id, {
        elementId: id,
        type: String(v.type),
        start: String(v.start),
        end: String(v.end),
        properties: isObj(v.properties) ? v.properties : {},
      });
    }
    return;
  }
  if (v.$type === 'path') {
    walk(v.start ?? null, nodes, rels);
    for (const s of Array.isArray(v.segments) ? v.segments : []) {
      if (isObj(s)) {
        walk(s.start ?? null, nodes, rels);
        walk(s.relationship ?? null, nodes, rels);
        walk(s.end ?? null, nodes, rels);
      }
    }
    return;
  }
  if (typeof v.$type === 'string') return;
  for (const x of Object.values(v)) walk(x, nodes, rels);
}

const str = (v: Plain | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const scalar = (v: Plain | undefined): string | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'string' ? v : renderValue(v);

/** :Entity nodes keep their curated id and type; anything else gets a `neo4j:<elementId>` id and its first label. */
export function toGNode(n: RawNode): GNode {
  const p = n.properties;
  const entityId = str(p.id);
  if (n.labels.includes('Entity') && entityId) {
    const node: GNode = {
      id: entityId,
      name: str(p.name) ?? entityId,
      type: str(p.type) ?? n.labels.find((l) => l !== 'Entity') ?? 'Entity',
    };
    if (Array.isArray(p.aliases)) node.aliases = p.aliases.map(String);
    if (typeof p.description === 'string') node.description = p.description;
    return node;
  }
  return {
    id: `neo4j:${n.elementId}`,
    name: scalar(p.name) ?? scalar(p.title) ?? scalar(p.id) ?? n.labels[0] ?? 'node',
    type: n.labels[0] ?? 'Node',
    labels: n.labels,
    properties: p,
  };
}

function toClaim(r: RawRel, source: string, target: string): Claim {
  const p = r.properties;
  const claim: Claim = { id: str(p.id) ?? `neo4j:${r.elementId}`, type: r.type, source, target, properties: p };
  if (typeof p.status === 'string') claim.status = p.status;
  if (p.date !== undefined) claim.date = p.date === null ? null : (scalar(p.date) ?? null);
  if (p.dateText !== undefined) claim.dateText = str(p.dateText) ?? null;
  if (typeof p.quote === 'string') claim.quote = p.quote;
  if (typeof p.claimantId === 'string')
    claim.claimant = { id: p.claimantId, name: str(p.claimantName) ?? p.claimantId };
  if (Array.isArray(p.figureKeys)) {
    const figures: Record<string, number> = {};
    for (const k of p.figureKeys.map(String)) if (typeof p[k] === 'number') figures[k] = p[k] as number;
    claim.figures = figures;
  }
  return claim;
}

export interface ResultGraph {
  nodes: GNode[];
  edges: Claim[];
  /** Relationships whose end nodes were not returned (Neo4j Browser fetches them; we say so instead). */
  danglingEdges: number;
  /** Nodes left out because of the graph-view cap. */
  omittedNodes: number;
}

export function resultGraph(rows: PlainObject[], maxNodes = Infinity): ResultGraph {
  const raw = new Map<string, RawNode>();
  const rawRels = new Map<string, RawRel>();
  for (const row of rows) walk(row, raw, rawRels);
  const all = [...raw.values()];
  const kept = all.slice(0, maxNodes);
  const idOf = new Map(kept.map((n) => [n.elementId, toGNode(n)]));
  const nodes = [...new Map([...idOf.values()].map((n) => [n.id, n])).values()];
  const edges: Claim[] = [];
  let dangling = 0;
  for (const r of rawRels.values()) {
    const s = idOf.get(r.start);
    const t = idOf.get(r.end);
    if (!s || !t) {
      if (!raw.has(r.start) || !raw.has(r.end)) dangling++;
      continue;
    }
    edges.push(toClaim(r, s.id, t.id));
  }
  return { nodes, edges, danglingEdges: dangling, omittedNodes: all.length - kept.length };
}
