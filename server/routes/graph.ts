// GET/POST /api/graph: the entities of a view and the bundles among them, paged under the response budget.
// Pages walk the ids in order: first the nodes, then the bundles leaving each chunk of SOURCE_CHUNK ids,
// so a page costs one chunk's relationships, never the whole view's. The cursor is
// `${nodeOffset}.${sourceOffset}.${keysAlreadySentFromThatChunk}`.
import { z } from 'zod';
import type { Bundle, Entity, GraphPage } from '../../lib/model/wire.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import type { ApiRoute } from './types.ts';
import { csv, entityId, parse } from '../http/validate.ts';
import { query } from '../http/db.ts';
import { badRequest } from '../http/errors.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { entitiesFrom } from '../graph/map.ts';
import { fetchBundles, summaryOf } from '../graph/bundles.ts';
import { keysAmong } from '../graph/among.ts';

export const MAX_GRAPH_IDS = 5000;
/** Source ids whose outgoing bundles one page looks at. */
export const SOURCE_CHUNK = 250;
/** Bundles fetched per page before the budget trims them. */
export const GRAPH_PAGE_BUNDLES = 150;

const Query = z.object({ ids: csv(entityId, MAX_GRAPH_IDS), cursor: z.string().max(40).nullish() });

type Cursor = [node: number, source: number, sent: number];

function parseCursor(c: string | null | undefined): Cursor {
  if (!c) return [0, 0, 0];
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(c);
  if (!m) throw badRequest('invalid cursor');
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The next bundles after (source, sent) that fit in `room` bytes, and where the page after them starts. */
async function bundlePage(db: Db, ids: string[], at: Cursor, room: number): Promise<{ bundles: Bundle[]; at: Cursor }> {
  let [, source, sent] = at;
  while (source < ids.length) {
    const keys = (await keysAmong(db, ids.slice(source, source + SOURCE_CHUNK), ids)).slice(sent);
    // A view restore needs every bundle's summary, not its claims: large bundles (paged anyway) travel as
    // summaries, so a page holds many more of them and a hub's relationships are read for fewer pages.
    const batch = (await fetchBundles(db, keys.slice(0, GRAPH_PAGE_BUNDLES))).map(summaryOf);
    if (batch.length > 0) {
      const fit = Math.max(1, fitCount(batch, room, 0));
      const chunkDone = fit >= keys.length;
      return {
        bundles: batch.slice(0, fit),
        at: [at[0], chunkDone ? source + SOURCE_CHUNK : source, chunkDone ? 0 : sent + fit],
      };
    }
    [source, sent] = [source + SOURCE_CHUNK, 0];
  }
  return { bundles: [], at: [at[0], ids.length, 0] };
}

export const graph: ApiRoute = {
  id: 'graph',
  register(app, { db, config }) {
    const budget = config.server.responseBudget;
    const handler = async (input: unknown): Promise<GraphPage> => {
      const { ids, cursor } = parse(Query, input, 'ids');
      const unique = [...new Set(ids)];
      const at = parseCursor(cursor);
      const [row] = unique.length ? await query(db, 'graph', { ids: unique }) : [];
      const found = new Map(entitiesFrom(row?.get('nodes')).map((n) => [n.id, n]));
      const present = unique.filter((i) => found.has(i));
      // Ids that no longer exist (after a re-ingest) are reported once, not an error: the view still opens.
      const missing = cursor ? [] : unique.filter((i) => !found.has(i));
      const nodesLeft: Entity[] = present.slice(at[0]).map((i) => found.get(i)!);
      const nodes = nodesLeft.slice(0, fitCount(nodesLeft, budget / 2, 200 + jsonBytes(missing)));
      const next: Cursor = [at[0] + nodes.length, at[1], at[2]];
      const room = budget - jsonBytes({ nodes, missing }) - 200;
      const page = await bundlePage(db, present, next, room);
      const done = page.at[0] >= present.length && page.at[1] >= present.length;
      return { nodes, bundles: page.bundles, missing, next: done ? null : page.at.join('.') };
    };
    app.get('/api/graph', (req) => handler(req.query));
    // 5000 ids do not fit in a URL: POST {ids: [..], cursor} (or ids as "a,b,c").
    app.post('/api/graph', (req) => {
      const body = (req.body ?? {}) as { ids?: unknown; cursor?: unknown };
      return handler({ ids: Array.isArray(body.ids) ? body.ids.join(',') : body.ids, cursor: body.cursor });
    });
  },
};
