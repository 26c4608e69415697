// One console worker thread seen from the API thread: runs a job and stops the thread when the job outlives its
// timeout, hits the heap ceiling, or ignores a cancel (a thread busy decoding cannot read the abort message).
import { Worker } from 'node:worker_threads';
import type { DbError, Result } from '../../lib/neo4j/client.ts';
import type { ConsoleResult } from '../../lib/model/console.ts';
import { cancelled, timedOut, tooLargeForMemory, tooLargeForTime, workerFailed } from './errors.ts';
import type { ConsoleJob, FromWorker, ToWorker, WorkerSetup } from './worker-protocol.ts';

/**
 * The worker is TypeScript. On Node 20 `--import tsx` in a worker's execArgv does not reach its entry module, so a
 * tiny ESM entry registers tsx's loader and then imports worker.ts; this works under tsx and under vitest alike.
 */
const BOOT = [
  `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});`,
  'register();',
  `await import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)});`,
].join('\n');
const WORKER_ENTRY = new URL(`data:text/javascript,${encodeURIComponent(BOOT)}`);
/** A heartbeat older than this means the worker's event loop is stuck in one task (decoding a huge record). */
export const BLOCKED_MS = 1_000;
/** Time a worker gets to act on a cancel itself (terminating the transaction) before it is stopped. */
const CANCEL_GRACE_MS = 1_500;
/** How long after its timeout a job may still answer by itself (Neo4j's timeout, execute.ts's cleanup). */
const DEADLINE_GRACE_MS = 1_000;

export interface ConsoleWorkerOptions {
  setup: Omit<WorkerSetup, 'heartbeat'>;
  workerMb: number;
  /** Terminates the job's Neo4j transaction from the API thread after its worker was stopped. */
  terminate(queryId: string): void;
  onExit(w: ConsoleWorker): void;
}

export class ConsoleWorker {
  private readonly thread: Worker;
  private readonly heartbeat = new BigInt64Array(new SharedArrayBuffer(8));
  private seq = 0;
  private settle: ((r: Result<ConsoleResult>) => void) | undefined;
  dead = false;

  constructor(private readonly opts: ConsoleWorkerOptions) {
    this.thread = new Worker(WORKER_ENTRY, {
      workerData: { ...opts.setup, heartbeat: this.heartbeat.buffer } satisfies WorkerSetup,
      resourceLimits: { maxOldGenerationSizeMb: opts.workerMb },
    });
    // An idle worker must not keep the process alive; a request in flight keeps it alive anyway.
    this.thread.unref();
    this.thread.on('error', (err: Error & { code?: string }) => {
      this.dead = true;
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.settle?.({ ok: false, error: oom ? tooLargeForMemory(opts.workerMb) : workerFailed(err.message) });
    });
    this.thread.on('exit', (code) => {
      this.dead = true;
      this.settle?.({ ok: false, error: workerFailed(`exit code ${code}`) });
      opts.onExit(this);
    });
  }

  /** How long the worker's event loop has not run (0 while it is still loading: no heartbeat yet). */
  blockedMs(): number {
    const last = Number(Atomics.load(this.heartbeat, 0));
    return last === 0 ? 0 : Date.now() - last;
  }

  run(job: ConsoleJob, signal?: AbortSignal): Promise<Result<ConsoleResult>> {
    if (signal?.aborted) return Promise.resolve({ ok: false, error: cancelled() });
    const id = ++this.seq;
    return new Promise((resolve) => {
      const timers: NodeJS.Timeout[] = [];
      const onMessage = (m: FromWorker) => m.id === id && settle(m.result);
      const onAbort = () => {
        this.post({ type: 'abort', id });
        timers.push(setTimeout(() => void this.stop(cancelled()), CANCEL_GRACE_MS));
      };
      const settle = (r: Result<ConsoleResult>) => {
        if (this.settle !== settle) return;
        this.settle = undefined;
        timers.forEach(clearTimeout);
        signal?.removeEventListener('abort', onAbort);
        this.thread.off('message', onMessage);
        // A worker that died mid-query took its connection with it; make sure Neo4j drops the transaction too.
        if (this.dead) this.opts.terminate(job.queryId);
        resolve(r);
      };
      this.settle = settle;
      signal?.addEventListener('abort', onAbort, { once: true });
      this.thread.on('message', onMessage);
      timers.push(setTimeout(() => this.checkDeadline(job.timeoutMs), job.timeoutMs + DEADLINE_GRACE_MS));
      this.post({ type: 'run', id, job });
    });
  }

  /**
   * Shortly after the timeout the job is overdue whatever it is doing: a worker stuck decoding a record is stopped
   * with ResultTooLarge; one still waiting on Neo4j (whose own timeout did not end the query) with a timeout.
   * Either way the transaction is terminated from this thread.
   */
  private checkDeadline(timeoutMs: number): void {
    void this.stop(this.blockedMs() >= BLOCKED_MS ? tooLargeForTime(timeoutMs) : timedOut(timeoutMs));
  }

  /** Stops the thread; the running job, if any, ends with `error`. */
  stop(error: DbError): Promise<void> {
    const settle = this.settle;
    const stopped = this.kill();
    settle?.({ ok: false, error });
    return stopped;
  }

  private post(m: ToWorker): void {
    this.thread.postMessage(m);
  }

  private kill(): Promise<void> {
    this.dead = true;
    return this.thread.terminate().then(() => undefined);
  }
}
