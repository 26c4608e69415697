import { z } from 'zod';
import type { DegreeCount, EntityDetail, Mention } from '../../lib/model/wire.ts';
import type { ApiRoute } from './types.ts';
import { nodeKey, parse } from '../http/validate.ts';
import { WALK_CAP } from '../../lib/model/wire.ts';
import { toKeyParam } from '../../lib/model/node-key.ts';
import { int, query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { toArticleRef, toEntity } from '../graph/map.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: nodeKey });
export const MENTION_CAP = 25;

const nums = (v: unknown): number[] => (Array.isArray(v) ? v.map((x) => toPlain(x) as number) : []);

/** Stored per-type lists (ingest-rank-entities.cypher) → one count per type and direction that has any. */
function degreeOf(types: unknown, outs: unknown, ins: unknown): DegreeCount[] {
  const t = Array.isArray(types) ? types.map(String) : [];
  const [o, i] = [nums(outs), nums(ins)];
  return t.flatMap((type, k) => [
    ...(o[k] ? [{ type, direction: 'out' as const, count: o[k]! }] : []),
    ...(i[k] ? [{ type, direction: 'in' as const, count: i[k]! }] : []),
  ]);
}

/** Live counts (a node ingest did not rank) → one count per type and direction, by type then out before in. */
function liveDegreeOf(rows: unknown): DegreeCount[] {
  const list = (Array.isArray(rows) ? rows : []) as { type: string; out: boolean; count: unknown }[];
  return list
    .map((r) => ({
      type: r.type,
      direction: r.out ? ('out' as const) : ('in' as const),
      count: toPlain(r.count) as number,
    }))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.direction === 'out' ? -1 : 1));
}

export const entities: ApiRoute = {
  id: 'entities',
  register(app, { db }) {
    app.get('/api/entities/:id', async (req): Promise<EntityDetail> => {
      const { id } = parse(Params, req.params, 'id');
      const params = { key: toKeyParam(id), mentionCap: int(MENTION_CAP), walkCap: int(WALK_CAP) };
      const [row] = await query(db, 'entity', params);
      if (!row) throw notFound(`no node with key "${id}"`);
      const mentions: Mention[] = (row.get('mentions') as { article: unknown; count: unknown }[]).map((m) => ({
        article: toArticleRef(m.article)!,
        count: toPlain(m.count) as number,
      }));
      return {
        entity: toEntity(row.get('e')),
        degree: [
          ...degreeOf(row.get('degreeTypes'), row.get('degreeOut'), row.get('degreeIn')),
          ...liveDegreeOf(row.get('liveDegree')),
        ],
        ...(row.get('degreeComplete') === false ? { degreeComplete: false } : {}),
        claimCount: toPlain(row.get('claimCount')) as number,
        mentions,
        mentionCount: toPlain(row.get('mentionCount')) as number,
      };
    });
  },
};
