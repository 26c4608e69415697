// GET/POST /api/graph: the entities of a view and the bundles among them, paged under the response budget.
// Pages walk the ids in order: first the nodes, then the bundles leaving each chunk of SOURCE_CHUNK ids,
// so a page costs one chunk's relationships, never the whole view's. With `focus` (entities added to a
// canvas of `ids`), only the focus entities travel, with the bundles between them and `ids`. The cursor is
// `${nodeOffset}.${chunk}.${keysAlreadySentFromThatChunk}`.
import { z } from 'zod';
import type { Bundle, Entity, GraphPage } from '../../lib/model/wire.ts';
import type { Db } from '../../lib/neo4j/client.ts';
import type { ApiRoute } from './types.ts';
import { csv, nodeKey, parse } from '../http/validate.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';
import { query } from '../http/db.ts';
import { badRequest } from '../http/errors.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { toEntity } from '../graph/map.ts';
import { fetchBundles, summaryOf } from '../graph/bundles.ts';
import { keysAmong, keysTouching, type CountedKey } from '../graph/among.ts';
import { createDataCache, type DataCache } from '../graph/data-cache.ts';
import { createHash } from 'node:crypto';

export const MAX_GRAPH_IDS = 5000;
/** Source ids whose outgoing bundles one page looks at. */
export const SOURCE_CHUNK = 250;
/** Bundles fetched per page before the budget trims them. */
export const GRAPH_PAGE_BUNDLES = 150;

export const MAX_FOCUS_IDS = 50;

const Query = z.object({
  ids: csv(nodeKey, MAX_GRAPH_IDS),
  focus: csv(nodeKey, MAX_FOCUS_IDS).optional(),
  cursor: z.string().max(40).nullish(),
});

type Cursor = [node: number, chunk: number, sent: number];

function parseCursor(c: string | null | undefined): Cursor {
  if (!c) return [0, 0, 0];
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(c);
  if (!m) throw badRequest('invalid cursor');
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Where a page's bundles come from: `count` chunks of keys, walked in order. */
interface KeyChunks {
  count: number;
  keys(chunk: number): Promise<CountedKey[]>;
}

/** Keys found once per ingest version and shared by the pages that walk them (a chunk often spans several). */
function sharedKeys(cache: DataCache, what: unknown, find: () => Promise<CountedKey[]>): Promise<CountedKey[]> {
  const digest = createHash('sha1').update(JSON.stringify(what)).digest('hex');
  return cache.get(`graph-keys:${digest}`, find);
}

/** A view: the keys leaving each SOURCE_CHUNK of its ids. */
function viewChunks(db: Db, cache: DataCache, ids: string[]): KeyChunks {
  return {
    count: Math.ceil(ids.length / SOURCE_CHUNK),
    keys(chunk) {
      const sources = ids.slice(chunk * SOURCE_CHUNK, (chunk + 1) * SOURCE_CHUNK);
      return sharedKeys(cache, ['among', sources, ids], () => keysAmong(db, sources, ids));
    },
  };
}

/** Entities added to a canvas (`focus`): only the keys between them and the view, in one chunk. */
const focusChunks = (db: Db, cache: DataCache, focus: string[], ids: string[]): KeyChunks => ({
  count: 1,
  keys: () => sharedKeys(cache, ['touching', focus, ids], () => keysTouching(db, focus, ids)),
});

/** The next bundles after (chunk, sent) that fit in `room` bytes, and where the page after them starts. */
async function bundlePage(
  chunks: KeyChunks,
  db: Db,
  at: Cursor,
  room: number,
): Promise<{ bundles: Bundle[]; at: Cursor }> {
  let [, chunk, sent] = at;
  while (chunk < chunks.count) {
    const keys = (await chunks.keys(chunk)).slice(sent);
    // A view restore needs every bundle's summary, not its claims: large bundles (paged anyway) travel as
    // summaries, so a page holds many more of them and a hub's relationships are read for fewer pages.
    const batch = (await fetchBundles(db, keys.slice(0, GRAPH_PAGE_BUNDLES))).map(summaryOf);
    if (batch.length > 0) {
      const fit = Math.max(1, fitCount(batch, room, 0));
      const chunkDone = fit >= keys.length;
      return { bundles: batch.slice(0, fit), at: [at[0], chunkDone ? chunk + 1 : chunk, chunkDone ? 0 : sent + fit] };
    }
    [chunk, sent] = [chunk + 1, 0];
  }
  return { bundles: [], at: [at[0], chunks.count, 0] };
}

/** The nodes that `keys` name, by the key that asked (a key that names nothing is absent). */
async function nodesByKey(db: Db, keys: string[]): Promise<Map<string, Entity>> {
  if (keys.length === 0) return new Map();
  const [row] = await query(db, 'graph', { keys: keys.map((key) => ({ key, ...toKeyParam(key) })) });
  const pairs = (row?.get('found') ?? []) as { key: string; node: unknown }[];
  return new Map(pairs.map((p) => [p.key, toEntity(p.node)]));
}

export const graph: ApiRoute = {
  id: 'graph',
  register(app, { db, config }) {
    const budget = config.server.responseBudget;
    const cache = createDataCache(db);
    const handler = async (input: unknown): Promise<GraphPage> => {
      const { ids, focus, cursor } = parse(Query, input, 'ids');
      const unique = [...new Set(ids)];
      // With `focus`, only those entities travel, with the bundles between them and the view's ids.
      const wanted = focus?.length ? [...new Set(focus)] : unique;
      const at = parseCursor(cursor);
      const found = await nodesByKey(db, wanted);
      // A curated entity asked for by its element key answers with its id: keys below are the canonical ones.
      const present = [...new Set(wanted.filter((i) => found.has(i)).map((i) => found.get(i)!.id))];
      const byId = new Map([...found.values()].map((n) => [n.id, n]));
      // Ids that no longer exist (after a re-ingest) are reported once, not an error: the view still opens.
      const missing = cursor ? [] : wanted.filter((i) => !found.has(i));
      const nodesLeft: Entity[] = present.slice(at[0]).map((i) => byId.get(i)!);
      const nodes = nodesLeft.slice(0, fitCount(nodesLeft, budget / 2, 200 + jsonBytes(missing)));
      const next: Cursor = [at[0] + nodes.length, at[1], at[2]];
      const room = budget - jsonBytes({ nodes, missing }) - 200;
      const chunks = focus?.length ? focusChunks(db, cache, present, unique) : viewChunks(db, cache, present);
      const page = await bundlePage(chunks, db, next, room);
      const done = page.at[0] >= present.length && page.at[1] >= chunks.count;
      return { nodes, bundles: page.bundles, missing, next: done ? null : page.at.join('.') };
    };
    app.get('/api/graph', (req) => handler(req.query));
    // 5000 ids do not fit in a URL: POST {ids: [..], cursor} (or ids as "a,b,c").
    app.post('/api/graph', (req) => {
      const body = (req.body ?? {}) as { ids?: unknown; focus?: unknown; cursor?: unknown };
      const list = (v: unknown) => (Array.isArray(v) ? v.join(',') : v);
      return handler({ ids: list(body.ids), focus: list(body.focus), cursor: body.cursor });
    });
  },
};
