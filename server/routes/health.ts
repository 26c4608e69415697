import type { ApiRoute } from './types.ts';
import { dbFailure } from '../http/errors.ts';

export const health: ApiRoute = {
  id: 'health',
  register(app, { db }) {
    app.get('/api/health', async (_req, reply) => {
      const r = await db.ping();
      if (r.ok) return { status: 'ok', neo4j: { serverVersion: r.value.serverVersion } };
      const e = dbFailure(r.error);
      return reply.code(503).send({ status: 'unavailable', error: { code: e.code, message: e.message } });
    });
  },
};
