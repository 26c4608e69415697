// Messages between the API thread (pool-worker.ts) and a console worker thread (worker.ts). Structured-clone safe:
// parameters travel as JSON and become driver values in the worker (driver Integers lose their class in a clone).
import type { Neo4jConfig } from '../../lib/config.ts';
import type { Result } from '../../lib/neo4j/client.ts';
import type { ConsoleResult } from '../../lib/model/console.ts';
import type { ExecuteOptions } from './execute.ts';

/** What executeConsoleQuery takes, minus the signal; `params` are JSON as the client sent them (fromJsonParams runs in the worker). */
export type ConsoleJob = Omit<ExecuteOptions, 'signal'>;

export interface WorkerSetup {
  neo4j: Pick<Neo4jConfig, 'uri' | 'user' | 'password' | 'database'>;
  /** One BigInt64 slot: Date.now() of the worker's last heartbeat, so the API thread can see it is blocked. */
  heartbeat: SharedArrayBuffer;
}

/** How often the worker's event loop writes its heartbeat. */
export const HEARTBEAT_MS = 100;

export type ToWorker = { type: 'run'; id: number; job: ConsoleJob } | { type: 'abort'; id: number };

export interface FromWorker {
  type: 'done';
  id: number;
  result: Result<ConsoleResult>;
}
