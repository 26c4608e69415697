import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { buildLuceneQuery } from '../search/lucene.ts';
import { toEntity } from '../graph/map.ts';

const Query = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200, 'at most 200 characters'),
  limit: intParam(1, 50, 20),
});

export const search: ApiRoute = {
  id: 'search',
  register(app, { db }) {
    app.get('/api/search', async (req) => {
      const { q, limit } = parse(Query, req.query, 'query');
      const lucene = buildLuceneQuery(q);
      if (lucene === null) return { results: [] };
      const rows = await query(db, 'search-entities', { lucene, limit: int(limit) });
      return {
        results: rows.map((r) => ({ ...toEntity(r.get('node')), score: r.get('score') as number })),
      };
    });
  },
};
