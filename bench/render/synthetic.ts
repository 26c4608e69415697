// Deterministic synthetic graphs shaped like the app's data: 8 entity types, claim-typed directed edges,
// a few hubs (preferential attachment) as in news graphs where Russia or Putin touch everything.
import { CLAIM_STATUSES, ENTITY_TYPES } from '../../lib/model/domain.ts';
import { mulberry32 } from '../../lib/util/prng.ts';

export interface SyntheticNode {
  data: { id: string; label: string; name: string; type: string };
  position: { x: number; y: number };
}
export interface SyntheticEdge {
  data: {
    id: string;
    source: string;
    target: string;
    type: string;
    label: string;
    status: string;
    dashed: boolean;
    claimCount: number;
  };
}
export interface SyntheticGraph {
  nodes: SyntheticNode[];
  edges: SyntheticEdge[];
}

const CLAIM_TYPES = [
  'SENDS_TROOPS_TO',
  'DEPLOYED_TO',
  'SUPPLIES',
  'FIGHTS_IN',
  'MEETS',
  'SIGNS',
  'DENIES',
  'COMMANDS',
  'PART_OF',
  'LOCATED_IN',
] as const;

const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)] as T;

export function syntheticGraph(nodeCount: number, opts: { seed?: number; edgeFactor?: number } = {}): SyntheticGraph {
  const rand = mulberry32(opts.seed ?? 1);
  const edgeCount = Math.round(nodeCount * (opts.edgeFactor ?? 2));
  const side = Math.sqrt(nodeCount) * 80;
  const nodes: SyntheticNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = (ENTITY_TYPES[i % ENTITY_TYPES.length] as (typeof ENTITY_TYPES)[number]).id;
    const name = `${type} ${i}`;
    nodes.push({ data: { id: `n${i}`, label: name, name, type }, position: { x: rand() * side, y: rand() * side } });
  }
  const edges: SyntheticEdge[] = [];
  if (nodeCount < 2) return { nodes, edges };
  // Every edge endpoint is pushed here, so popular nodes get picked more often.
  const endpoints: number[] = [];
  for (let e = 0; e < edgeCount; e++) {
    const s = Math.floor(rand() * nodeCount);
    let t = endpoints.length > 0 && rand() < 0.5 ? (pick(endpoints, rand()) as number) : Math.floor(rand() * nodeCount);
    if (t === s) t = (s + 1 + Math.floor(rand() * (nodeCount - 1))) % nodeCount;
    endpoints.push(s, t);
    const type = pick(CLAIM_TYPES, rand());
    const status = pick(CLAIM_STATUSES, rand());
    // Same data keys as web/src/graph/elements.ts puts on an edge, so every style rule applies.
    edges.push({
      data: {
        id: `e${e}`,
        source: `n${s}`,
        target: `n${t}`,
        type,
        label: type.toLowerCase().replace(/_/g, ' '),
        status: status.id,
        dashed: status.dashed,
        claimCount: 1 + Math.floor(rand() * 3),
      },
    });
  }
  return { nodes, edges };
}
