import { z } from 'zod';
import type { ApiRoute } from './types.ts';
import { csv, entityId, parse } from '../http/validate.ts';
import { query } from '../http/db.ts';
import { claimsFrom, entitiesFrom } from '../graph/map.ts';

export const MAX_GRAPH_IDS = 5000;

const Query = z.object({ ids: csv(entityId, MAX_GRAPH_IDS) });

export const graph: ApiRoute = {
  id: 'graph',
  register(app, { db }) {
    const handler = async (input: unknown) => {
      const { ids } = parse(Query, input, 'ids');
      if (ids.length === 0) return { nodes: [], edges: [], missing: [] };
      const unique = [...new Set(ids)];
      const [row] = await query(db, 'graph', { ids: unique });
      const nodes = entitiesFrom(row?.get('nodes'));
      const found = new Set(nodes.map((n) => n.id));
      // Ids that no longer exist (after a re-ingest) are reported, not an error: the view still opens.
      return { nodes, edges: claimsFrom(row?.get('edges')), missing: unique.filter((i) => !found.has(i)) };
    };
    app.get('/api/graph', (req) => handler(req.query));
    // 5000 ids do not fit in a URL; the same contract as a POST body {ids: "a,b,c"} or {ids: [..]}.
    app.post('/api/graph', (req) => {
      const body = (req.body ?? {}) as { ids?: unknown };
      return handler({ ids: Array.isArray(body.ids) ? body.ids.join(',') : body.ids });
    });
  },
};
