import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { intParam, parse } from '../http/validate.ts';
import { int, query } from '../http/db.ts';
import { buildLuceneQuery } from '../search/lucene.ts';
import { toEntity } from '../graph/map.ts';
import { HttpError } from '../http/errors.ts';

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
      const rows = await query(db, 'search-entities', { lucene, limit: int(limit) }).catch((err: unknown) => {
        // An empty or never-ingested database has no full-text index yet: say so instead of a bare 500.
        if (err instanceof HttpError && err.code === 'QueryFailed' && /ProcedureCallFailed/.test(err.message)) {
          throw new HttpError(
            503,
            'SearchIndexMissing',
            'the full-text index entity_search is missing: run npm run ingest',
          );
        }
        throw err;
      });
      return {
        results: rows.map((r) => ({ ...toEntity(r.get('node')), score: r.get('score') as number })),
      };
    });
  },
};
