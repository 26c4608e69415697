import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { entityId, parse } from '../http/validate.ts';
import { query } from '../http/db.ts';
import { notFound } from '../http/errors.ts';
import { claimsFrom, entitiesFrom, toArticleRef, toEntity } from '../graph/map.ts';
import { toPlain } from '../../lib/neo4j/values.ts';

const Params = z.object({ id: entityId });

export const entities: ApiRoute = {
  id: 'entities',
  register(app, { db }) {
    app.get('/api/entities/:id', async (req) => {
      const { id } = parse(Params, req.params, 'id');
      const [row] = await query(db, 'entity', { id });
      if (!row) throw notFound(`no entity with id "${id}"`);
      const mentions = (row.get('mentions') as { article: unknown; count: unknown }[]).map((m) => ({
        article: toArticleRef(m.article),
        count: toPlain(m.count),
      }));
      return {
        entity: toEntity(row.get('e')),
        claims: claimsFrom(row.get('claims')),
        neighbours: entitiesFrom(row.get('neighbours')),
        mentions,
      };
    });
  },
};
