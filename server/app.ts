// Builds the Fastify app (no listen): security headers, Host and Origin checks, JSON depth limit, API routes
// from the registry, web app.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Config } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { HttpError } from './http/errors.ts';
import { installSecurity } from './http/security.ts';
import { installOriginCheck } from './http/origin.ts';
import { installJsonDepthLimit } from './http/json-depth.ts';
import { installResponseBudget } from './http/budget.ts';
import { routes as defaultRoutes, type ApiRoute } from './routes/index.ts';
import { installWeb } from './web/static.ts';

export interface BuildOptions {
  config: Config;
  db: Db;
  /** Defaults to every route in routes/index.ts. */
  routes?: ApiRoute[];
  logger?: boolean;
}

export async function buildServer({
  config,
  db,
  routes = defaultRoutes,
  logger = false,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ? { level: 'info' } : false,
    bodyLimit: 1024 * 1024,
  });

  installSecurity(app, config.server.host);
  installOriginCheck(app, config.server);
  installJsonDepthLimit(app);
  installResponseBudget(app, config.server.responseBudget);

  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).send({ error: { code: err.code, message: err.message } });
    }
    const status =
      typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    // Client errors from Fastify (bad JSON, body too large, bad content type) keep their message; nothing else leaks.
    const message = status < 500 ? err.message : 'internal server error';
    const code = status === 400 ? 'BadRequest' : status < 500 ? (err.code ?? 'ClientError') : 'InternalError';
    return reply.code(status).send({ error: { code, message } });
  });

  for (const route of routes) await route.register(app, { config, db });
  await installWeb(app, config.server.webDir);
  return app;
}
