import { z } from 'zod';
import type { PathsResult } from '../../lib/model/wire.ts';
import { bundleId } from '../../lib/model/wire.ts';
import type { ApiRoute } from './types.ts';
import { entityId, intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { badRequest, notFound } from '../http/errors.ts';
import { fitCount } from '../http/budget.ts';
import { entitiesFrom } from '../graph/map.ts';
import { fetchBundles, type BundleKey } from '../graph/bundles.ts';

const Query = z.object({
  from: entityId,
  to: entityId,
  max: intParam(1, 10, 6),
  limit: intParam(1, 50, 20),
});

export const paths: ApiRoute = {
  id: 'paths',
  register(app, { db, config }) {
    app.get('/api/paths', async (req): Promise<PathsResult> => {
      const { from, to, max, limit } = parse(Query, req.query, 'query');
      if (from === to) throw badRequest('from and to must be different entities');
      const [row] = await query(db, 'paths', { from, to, max: int(max), limit: int(limit) });
      if (!row?.get('fromFound')) throw notFound(`no entity with id "${from}"`);
      if (!row.get('toFound')) throw notFound(`no entity with id "${to}"`);
      const found = row.get('paths') as { nodes: unknown; keys: BundleKey[] }[];
      // Parallel claims make several paths over the same bundles: one path per bundle sequence.
      const seen = new Map<string, { nodes: unknown; keys: BundleKey[] }>();
      for (const p of found) seen.set(p.keys.map(bundleId).join(' '), p);
      const unique = [...seen.values()];
      const all = new Map(unique.flatMap((p) => p.keys).map((k) => [bundleId(k), k]));
      const bundles = new Map((await fetchBundles(db, [...all.values()])).map((b) => [b.id, b]));
      const list = unique.map((p) => ({
        nodes: entitiesFrom(p.nodes),
        bundles: p.keys.map((k) => bundles.get(bundleId(k))!).filter(Boolean),
      }));
      return { paths: list.slice(0, fitCount(list, config.server.responseBudget, 100, 1)), max };
    });
  },
};
