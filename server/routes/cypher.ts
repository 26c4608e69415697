// Cypher workbench API: POST /api/cypher (read-only console), POST /api/cypher/cancel, GET /api/queries.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { Db, DbError } from '../../lib/neo4j/client.ts';
import type { ApiRoute } from './types.ts';
import { checkReadOnly } from '../console/explain.ts';
import { terminateConsoleQuery } from '../console/cancel.ts';
import { consoleFailure } from '../console/errors.ts';
import { ConsolePool } from '../console/pool.ts';
import { fromJsonParams } from '../console/params.ts';
import { loadSavedQueries } from '../console/saved.ts';
import { ALLOWED_PROCEDURES } from '../console/classify.ts';

export interface CypherRouteDeps {
  db: Db;
  config: Config;
}

const QUERY_ID = /^[A-Za-z0-9_-]{1,64}$/;

const RunBody = z.object({
  query: z.string().min(1).max(100_000),
  params: z.record(z.string(), z.unknown()).optional(),
  timeoutMs: z.number().int().positive().optional(),
  queryId: z.string().regex(QUERY_ID).optional(),
});
const CancelBody = z.object({ queryId: z.string().regex(QUERY_ID) });

function sendDbError(reply: FastifyReply, e: DbError, config: Config) {
  const { status, error } = consoleFailure(e, config.neo4j.database);
  // A worker frees up within one console timeout (plus its guard) at the latest.
  if (error.code === 'ConsoleBusy') reply.header('retry-after', String(Math.ceil(config.console.timeoutMs / 1000)));
  return reply.code(status).send({
    error: { code: error.code, message: error.message, ...(error.position ? { position: error.position } : {}) },
  });
}

export async function registerCypherRoutes(app: FastifyInstance, deps: CypherRouteDeps): Promise<void> {
  const { db, config } = deps;
  const queriesDir = path.join(config.cypherDir, 'queries');
  const running = new Map<string, AbortController>();
  // Console queries run in worker threads: the driver decoding a huge record must not block this event loop.
  const pool = new ConsolePool({
    neo4j: config.neo4j,
    workers: config.console.workers,
    queue: config.console.queue,
    workerMb: config.console.workerMb,
    db,
  });
  app.addHook('onClose', () => pool.close());

  app.get('/api/queries', async (_req, reply) => {
    try {
      return { queries: loadSavedQueries(queriesDir) };
    } catch (err) {
      return reply.code(500).send({ error: { code: 'BadSavedQuery', message: (err as Error).message } });
    }
  });

  app.post('/api/cypher', async (req, reply) => {
    const parsed = RunBody.safeParse(req.body);
    if (!parsed.success) {
      return reply.code(400).send({ error: { code: 'BadRequest', message: z.prettifyError(parsed.error) } });
    }
    const { query } = parsed.data;
    const params = fromJsonParams(parsed.data.params ?? {});
    // A client may ask for a shorter timeout, never a longer one.
    const timeoutMs = Math.min(parsed.data.timeoutMs ?? config.console.timeoutMs, config.console.timeoutMs);
    const queryId = parsed.data.queryId ?? randomUUID();
    const caps = { maxRows: config.console.maxRows, maxNodes: config.console.maxNodes };
    const abort = new AbortController();
    running.set(queryId, abort);
    // The client went away (fetch aborted, tab closed): terminate the transaction in Neo4j.
    const onClose = () => {
      if (!reply.raw.writableFinished) abort.abort();
    };
    reply.raw.on('close', onClose);
    try {
      const checked = await checkReadOnly(db, query, params, timeoutMs);
      if (!checked.ok) return sendDbError(reply, checked.error, config);
      const { verdict } = checked.value;
      if (!verdict.ok) {
        return reply.code(403).send({ error: { code: 'Refused', reason: verdict.reason, message: verdict.message } });
      }
      // The worker gets the JSON parameters: driver Integers would not survive the structured clone.
      const job = { queryId, query, params: parsed.data.params ?? {}, timeoutMs, ...caps };
      const result = await pool.run(job, abort.signal);
      if (!result.ok) return sendDbError(reply, result.error, config);
      return { ...result.value, limits: { timeoutMs, ...caps } };
    } finally {
      running.delete(queryId);
      reply.raw.off('close', onClose);
    }
  });

  // Functions and allowed procedures for the editor's autocomplete.
  app.get('/api/cypher/catalog', async (_req, reply) => {
    const [fns, procs] = await Promise.all([
      db.run({ name: 'console/catalog-functions' }),
      db.run({ name: 'console/catalog-procedures', params: { allowed: ALLOWED_PROCEDURES } }),
    ]);
    if (!fns.ok) return sendDbError(reply, fns.error, config);
    if (!procs.ok) return sendDbError(reply, procs.error, config);
    const sig = (r: { get(k: string): unknown }) => ({
      name: String(r.get('name')),
      signature: String(r.get('signature')),
    });
    return {
      functions: fns.value.records.map(sig),
      procedures: procs.value.records.map((r) => ({ ...sig(r), returnItems: [] })),
    };
  });

  app.post('/api/cypher/cancel', async (req, reply) => {
    const parsed = CancelBody.safeParse(req.body);
    if (!parsed.success) {
      return reply.code(400).send({ error: { code: 'BadRequest', message: z.prettifyError(parsed.error) } });
    }
    const ctl = running.get(parsed.data.queryId);
    if (ctl) {
      ctl.abort();
      return { cancelled: true };
    }
    // Not started by this server process (or already done): still try to terminate it in Neo4j.
    return { cancelled: (await terminateConsoleQuery(db, parsed.data.queryId)) > 0 };
  });
}

/** Registry entry for server/routes/index.ts. */
export const cypher: ApiRoute = { id: 'cypher', register: registerCypherRoutes };
