// A small pool of console worker threads with a bounded queue. Workers start on demand, are reused across
// queries, and a stopped or crashed one is replaced by the next query that needs it.
import type { Config } from '../../lib/config.ts';
import type { Db, DbError, Result } from '../../lib/neo4j/client.ts';
import type { ConsoleResult } from '../../lib/model/console.ts';
import { cancelled, consoleBusy } from './errors.ts';
import { terminateUntilGone } from './execute.ts';
import { ConsoleWorker } from './pool-worker.ts';
import type { ConsoleJob } from './worker-protocol.ts';

export interface ConsolePoolOptions {
  neo4j: Config['neo4j'];
  /** Threads at most (CYPHER_WORKERS), queries waiting at most (CYPHER_QUEUE), heap per thread (CYPHER_WORKER_MB). */
  workers: number;
  queue: number;
  workerMb: number;
  /** The API thread's database, to terminate the transaction of a stopped worker. */
  db: Db;
}

interface Waiter {
  start(w: ConsoleWorker): void;
  abandon(error: DbError): void;
}

const closedError = (): DbError => ({
  kind: 'query',
  code: 'ConsoleClosed',
  message: 'The server is shutting down; the console takes no more queries.',
});

export class ConsolePool {
  private readonly all = new Set<ConsoleWorker>();
  private idle: ConsoleWorker[] = [];
  private waiting: Waiter[] = [];
  private closed = false;

  constructor(private readonly opts: ConsolePoolOptions) {}

  /** Worker threads alive now. */
  get size(): number {
    return this.all.size;
  }

  run(job: ConsoleJob, signal?: AbortSignal): Promise<Result<ConsoleResult>> {
    if (this.closed) return Promise.resolve({ ok: false, error: closedError() });
    const free = this.acquire();
    if (free) return this.runOn(free, job, signal);
    if (this.waiting.length >= this.opts.queue) {
      return Promise.resolve({ ok: false, error: consoleBusy(this.opts.workers) });
    }
    return new Promise((resolve) => {
      const onAbort = () => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        resolve({ ok: false, error: cancelled() });
      };
      const waiter: Waiter = {
        start: (w) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(this.runOn(w, job, signal));
        },
        abandon: (error) => {
          signal?.removeEventListener('abort', onAbort);
          resolve({ ok: false, error });
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Stops every worker (their open transactions end with their connections); waiting queries get ConsoleClosed. */
  async close(): Promise<void> {
    this.closed = true;
    for (const w of this.waiting) w.abandon(closedError());
    this.waiting = [];
    await Promise.all([...this.all].map((w) => w.stop(closedError())));
  }

  private acquire(): ConsoleWorker | undefined {
    // A worker can die while idle (its exit event not yet handled): never hand that one out.
    this.idle = this.idle.filter((w) => !w.dead);
    const reused = this.idle.pop();
    if (reused) return reused;
    if (this.all.size >= this.opts.workers) return undefined;
    const w = new ConsoleWorker({
      setup: { neo4j: this.opts.neo4j },
      workerMb: this.opts.workerMb,
      terminate: (queryId) => void terminateUntilGone(this.opts.db, queryId, () => this.closed),
      onExit: (gone) => this.forget(gone),
    });
    this.all.add(w);
    return w;
  }

  private async runOn(w: ConsoleWorker, job: ConsoleJob, signal?: AbortSignal): Promise<Result<ConsoleResult>> {
    try {
      return await w.run(job, signal);
    } finally {
      if (w.dead) this.forget(w);
      else this.idle.push(w);
      this.pump();
    }
  }

  private forget(w: ConsoleWorker): void {
    this.all.delete(w);
    this.idle = this.idle.filter((x) => x !== w);
    this.pump();
  }

  /** Hands free (or newly started) workers to waiting queries, oldest first. */
  private pump(): void {
    while (!this.closed && this.waiting.length > 0) {
      const w = this.acquire();
      if (!w) return;
      this.waiting.shift()!.start(w);
    }
  }
}
