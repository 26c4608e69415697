import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { entityId, parse } from '../http/validate.ts';
import { query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { claimsFrom, toEntity } from '../graph/map.ts';
import { propsToPlain, toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: entityId });

export const articles: ApiRoute = {
  id: 'articles',
  register(app, { db }) {
    app.get('/api/articles', async () => {
      const rows = await query(db, 'articles');
      return {
        articles: rows.map((r) => ({
          ...propsToPlain(r.get('article') as Record<string, unknown>),
          mentions: toPlain(r.get('mentions')),
          claims: toPlain(r.get('claims')),
        })),
      };
    });

    app.get('/api/articles/:id', async (req) => {
      const { id } = parse(Params, req.params, 'id');
      const [row] = await query(db, 'article', { id });
      if (!row) throw notFound(`no article with id "${id}"`);
      const mentions = (row.get('mentions') as { entity: unknown; count: unknown }[]).map((m) => ({
        entity: toEntity(m.entity),
        count: toPlain(m.count),
      }));
      return {
        ...propsToPlain(row.get('article') as Record<string, unknown>),
        claims: claimsFrom(row.get('claims')),
        mentions,
      };
    });
  },
};
