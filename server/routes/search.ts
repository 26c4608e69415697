// GET /api/search?q=&limit=: search any graph (server/search/searcher.ts). A database without a full-text index
// still answers (by indexed seeks or a capped, partial scan), never with a 503.
import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import type { SearchPage } from '../../lib/model/wire.ts';
import { intParam, parse } from '../http/validate.ts';
import { fitCount, jsonBytes } from '../http/budget.ts';
import { createSearcher } from '../search/searcher.ts';

const Query = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200, 'at most 200 characters'),
  limit: intParam(1, 50, 20),
});

/** Foreign nodes carry their (capped) properties; the page keeps the best results that fit and says it is cut. */
export function fitToBudget(page: SearchPage, budget: number): SearchPage {
  const fit = fitCount(page.results, budget, jsonBytes({ ...page, results: [] }) + 64);
  return fit === page.results.length ? page : { ...page, results: page.results.slice(0, fit), partial: true };
}

export const search: ApiRoute = {
  id: 'search',
  register(app, { db, config }) {
    const searcher = createSearcher(db, { scanCap: config.search.scanCap });
    app.get('/api/search', async (req): Promise<SearchPage> => {
      const { q, limit } = parse(Query, req.query, 'query');
      return fitToBudget(await searcher.search(q, limit), config.server.responseBudget);
    });
  },
};
