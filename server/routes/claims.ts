// GET /api/claims: the evidence behind a bundle or an entity, one page at a time, in the one claim order.
import { z } from 'zod';
import type { ClaimsPage } from '../../lib/model/wire.ts';
import { parseBundleId } from '../../lib/model/wire.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import type { ApiRoute } from './types.ts';
import { claimFilterParams, claimFilterQuery, intParam, nodeKey, parse, relTypes } from '../http/validate.ts';
import { WALK_CAP } from '../../lib/model/wire.ts';
import { isNodeKey, toKeyParam } from '../../lib/model/node-key.ts';
import { int, query } from '../http/db.ts';
import { badRequest } from '../http/errors.ts';
import { fitCount } from '../http/budget.ts';
import { claimsFrom } from '../graph/map.ts';
import { HUB_CLAIMS_CHUNK } from '../../lib/model/hub-index.ts';

export const MAX_CLAIMS_PAGE = 100;

const Query = z.object({
  bundle: z.string().max(400).optional(),
  entity: nodeKey.optional(),
  types: relTypes.optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  skip: intParam(0, 10_000_000, 0),
  limit: intParam(1, MAX_CLAIMS_PAGE, 25),
  /** 1: only the claims that carry figures (the figure table). */
  withFigures: z.enum(['0', '1']).default('0'),
  ...claimFilterQuery,
});

export const claims: ApiRoute = {
  id: 'claims',
  register(app, { db, config }) {
    app.get('/api/claims', async (req): Promise<ClaimsPage> => {
      const q = parse(Query, req.query, 'query');
      const page = {
        skip: int(q.skip),
        limit: int(q.limit),
        withFigures: q.withFigures === '1',
        ...claimFilterParams(q),
      };
      let rows;
      if (q.bundle !== undefined) {
        const key = parseBundleId(q.bundle);
        if (!key || !isNodeKey(key.source) || !isNodeKey(key.target))
          throw badRequest('invalid bundle: expected source|TYPE|target');
        const ends = { s: toKeyParam(key.source), t: toKeyParam(key.target) };
        rows = await query(db, 'claims-bundle', { ...key, ...ends, ...page });
      } else if (q.entity !== undefined) {
        const types = q.types && q.types.length > 0 ? q.types : null;
        const chunk = int(HUB_CLAIMS_CHUNK);
        const params = { key: toKeyParam(q.entity), types, direction: q.direction, chunk, walkCap: int(WALK_CAP) };
        rows = await query(db, 'claims-entity', { ...params, ...page });
      } else throw badRequest('give bundle=<source|TYPE|target> or entity=<id>');
      const total = rows.length ? (toPlain(rows[0]!.get('total')) as number) : 0;
      const list = claimsFrom(rows[0]?.get('claims'));
      // Long quotes can make a page too big: send fewer; the client continues at skip + claims.length.
      const fit = fitCount(list, config.server.responseBudget, 200, 1);
      const partial = rows[0]?.has('partial') && rows[0].get('partial') === true ? { partial: true as const } : {};
      return { claims: list.slice(0, fit), total, skip: q.skip, limit: q.limit, ...partial };
    });
  },
};
