import { z } from 'zod';
import type { Bundle, Entity, ExpandResult } from '../../lib/model/wire.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import type { ApiRoute } from './types.ts';
import { intParam, nodeKey, parse, relTypes } from '../http/validate.ts';
import { WALK_CAP } from '../../lib/model/wire.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';
import { int, query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { entitiesFrom, toEntity } from '../graph/map.ts';
import { fetchBundles, shrinkBundles, type BundleKey } from '../graph/bundles.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: nodeKey });
const Query = z.object({
  types: relTypes.optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  limit: intParam(1, 100, 25),
  skip: intParam(0, 1_000_000, 0),
});

/** Bundle keys fetched per round trip: a page of leaves takes one, a page of hubs (a bundle per type and
 *  direction each) stops fetching once the budget is full instead of reading every neighbour's bundles. */
const KEYS_PER_FETCH = 64;

interface Group {
  n: Entity;
  bundles: Bundle[];
}

/** Where the slice of neighbours from `i` whose keys fit one fetch ends (at least one neighbour). */
function fetchEnd(keys: BundleKey[][], i: number): number {
  let [j, n] = [i, 0];
  while (j < keys.length && (j === i || n + keys[j]!.length <= KEYS_PER_FETCH)) n += keys[j++]!.length;
  return j;
}

/** Per ranked neighbour: itself and its bundles with the center, fetched in rank order until `room` is full. */
async function neighbourGroups(
  db: Db,
  id: string,
  ranked: Entity[],
  keysByNode: unknown,
  room: number,
): Promise<Group[]> {
  const keys = keysByNode as BundleKey[][];
  const groups: Group[] = [];
  let bytes = 0;
  for (let i = 0; i < ranked.length && bytes <= room;) {
    const j = fetchEnd(keys, i);
    const bundles = await fetchBundles(db, keys.slice(i, j).flat());
    const other = (b: Bundle) => (b.source === id ? b.target : b.source);
    for (const n of ranked.slice(i, j)) {
      const g = { n, bundles: bundles.filter((b) => other(b) === n.id) };
      groups.push(g);
      bytes += jsonBytes(g);
    }
    i = j;
  }
  return groups;
}

export const expand: ApiRoute = {
  id: 'expand',
  register(app, { db, config }) {
    app.get('/api/expand/:id', async (req): Promise<ExpandResult> => {
      const { id } = parse(Params, req.params, 'id');
      const { types, direction, limit, skip } = parse(Query, req.query, 'query');
      const [row] = await query(db, 'expand', {
        key: toKeyParam(id),
        // An empty list would match nothing; "no filter" is null.
        types: types && types.length > 0 ? types : null,
        direction,
        limit: int(limit),
        skip: int(skip),
        walkCap: int(WALK_CAP),
      });
      if (!row) throw notFound(`no node with key "${id}"`);
      const center = toEntity(row.get('c'));
      const room = config.server.responseBudget - jsonBytes(center) - 200;
      const groups = await neighbourGroups(db, center.id, entitiesFrom(row.get('nodes')), row.get('keysByNode'), room);
      const fit = fitCount(groups, room, 0);
      // Not even the first neighbour fits (two hubs, a bundle per type and direction): send it with slimmer bundles.
      const kept =
        fit > 0
          ? groups.slice(0, fit)
          : groups.slice(0, 1).map((g) => ({ ...g, bundles: shrinkBundles(g.bundles, room) }));
      return {
        center,
        nodes: kept.map((g) => g.n),
        bundles: kept.flatMap((g) => g.bundles),
        total: toPlain(row.get('total')) as number,
        returned: kept.length,
        ...(row.get('partial') === true ? { partial: true } : {}),
        skip,
        limit,
      };
    });
  },
};
