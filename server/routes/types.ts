// A route plugin: one file per concern, listed in routes/index.ts.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../lib/config.ts';
import type { Db } from '../../lib/neo4j/client.ts';

export interface RouteDeps {
  config: Config;
  db: Db;
}

export interface ApiRoute {
  id: string;
  /** Registers its handlers with full paths (`/api/...`). */
  register(app: FastifyInstance, deps: RouteDeps): void | Promise<void>;
}
