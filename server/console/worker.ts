// A console worker thread: runs console queries with its own driver, so the driver decoding a huge record blocks
// this thread (which the pool can stop and replace), never the API's event loop. One query at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { createDb, toDbError, type Result } from '../../lib/neo4j/client.ts';
import type { ConsoleResult } from '../../lib/model/console.ts';
import { executeConsoleQuery } from './execute.ts';
import { fromJsonParams } from './params.ts';
import { HEARTBEAT_MS, type FromWorker, type ToWorker, type WorkerSetup } from './worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('server/console/worker.ts runs as a worker thread (see pool-worker.ts)');

const setup = workerData as WorkerSetup;
const db = createDb(setup.neo4j);
const heartbeat = new BigInt64Array(setup.heartbeat);
const beat = () => Atomics.store(heartbeat, 0, BigInt(Date.now()));
beat();
setInterval(beat, HEARTBEAT_MS);

const running = new Map<number, AbortController>();

port.on('message', (m: ToWorker) => {
  if (m.type === 'abort') {
    running.get(m.id)?.abort();
    return;
  }
  const abort = new AbortController();
  running.set(m.id, abort);
  void executeConsoleQuery(db, { ...m.job, params: fromJsonParams(m.job.params), signal: abort.signal })
    .catch((err: unknown): Result<ConsoleResult> => ({ ok: false, error: toDbError(err) }))
    .then((result) => port.postMessage({ type: 'done', id: m.id, result } satisfies FromWorker))
    .finally(() => running.delete(m.id));
});
