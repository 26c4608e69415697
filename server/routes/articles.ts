import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { entityId, intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { toEntity } from '../graph/map.ts';
import { propsToPlain, toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: entityId });
const Page = z.object({ skip: intParam(0, 10_000_000, 0), limit: intParam(1, 200, 100) });
export const ARTICLE_MENTION_CAP = 100;

export const articles: ApiRoute = {
  id: 'articles',
  register(app, { db }) {
    app.get('/api/articles', async (req) => {
      const { skip, limit } = parse(Page, req.query, 'query');
      const [row] = await query(db, 'articles', { skip: int(skip), limit: int(limit) });
      const list = (row?.get('articles') ?? []) as { article: Record<string, unknown>; mentions: unknown }[];
      return {
        articles: list.map((r) => ({ ...propsToPlain(r.article), mentions: toPlain(r.mentions) })),
        total: toPlain(row?.get('total') ?? 0) as number,
        skip,
        limit,
      };
    });

    app.get('/api/articles/:id', async (req) => {
      const { id } = parse(Params, req.params, 'id');
      const [row] = await query(db, 'article', { id, mentionCap: int(ARTICLE_MENTION_CAP) });
      if (!row) throw notFound(`no article with id "${id}"`);
      const mentions = (row.get('mentions') as { entity: unknown; count: unknown }[]).map((m) => ({
        entity: toEntity(m.entity),
        count: toPlain(m.count),
      }));
      return {
        ...propsToPlain(row.get('article') as Record<string, unknown>),
        mentions,
        mentionCount: toPlain(row.get('mentionCount')),
      };
    });
  },
};
