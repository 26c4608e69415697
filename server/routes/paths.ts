import { z } from 'zod';
import type { PathsResult } from '../../lib/model/wire.ts';
import { bundleId } from '../../lib/model/wire.ts';
import type { ApiRoute } from './types.ts';
import { intParam, nodeKey, parse } from '../http/validate.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';
import { toPlain, type Plain } from '../../lib/neo4j/values.ts';
import { entityFromPlain } from '../../lib/neo4j/result-graph.ts';
import type { Entity } from '../../lib/model/wire.ts';
import { int, query } from '../http/db.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { fitCount } from '../http/budget.ts';
import { fetchBundles, type BundleKey } from '../graph/bundles.ts';

const Query = z.object({
  from: nodeKey,
  to: nodeKey,
  max: intParam(1, 10, 6),
  limit: intParam(1, 50, 20),
});

interface RawPath {
  nodes: unknown[];
  hops: { start: string; type: string; end: string }[];
}
interface KeyedPath {
  nodes: Entity[];
  keys: BundleKey[];
}

/** A path's nodes as entities and its hops as bundle keys, through the one node decoder. */
function keyedPath(p: RawPath): KeyedPath {
  const plain = p.nodes.map((n) => toPlain(n) as { id: Plain });
  const nodes = plain.map(entityFromPlain);
  const keyOf = new Map(plain.map((n, i) => [String(n.id), nodes[i]!.id]));
  const keys = p.hops.map((h) => ({ source: keyOf.get(h.start)!, type: h.type, target: keyOf.get(h.end)! }));
  return { nodes, keys };
}

export const paths: ApiRoute = {
  id: 'paths',
  register(app, { db, config }) {
    app.get('/api/paths', async (req): Promise<PathsResult> => {
      const { from, to, max, limit } = parse(Query, req.query, 'query');
      if (from === to) throw badRequest('from and to must be different nodes');
      const params = { from: toKeyParam(from), to: toKeyParam(to), max: int(max), limit: int(limit) };
      const [row] = await query(db, 'paths', params);
      if (!row?.get('fromFound')) throw notFound(`no node with key "${from}"`);
      if (!row.get('toFound')) throw notFound(`no node with key "${to}"`);
      const found = (row.get('paths') as RawPath[]).map(keyedPath);
      // Parallel claims make several paths over the same bundles: one path per bundle sequence.
      const seen = new Map<string, KeyedPath>();
      for (const p of found) seen.set(p.keys.map(bundleId).join(' '), p);
      const unique = [...seen.values()];
      const all = new Map(unique.flatMap((p) => p.keys).map((k) => [bundleId(k), k]));
      const bundles = new Map((await fetchBundles(db, [...all.values()])).map((b) => [b.id, b]));
      const list = unique.map((p) => ({
        nodes: p.nodes,
        bundles: p.keys.map((k) => bundles.get(bundleId(k))!).filter(Boolean),
      }));
      return { paths: list.slice(0, fitCount(list, config.server.responseBudget, 100, 1)), max };
    });
  },
};
