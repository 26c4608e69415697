// `npm run bench:load -- [--connections 50] [--seconds 30] [--chaos-seconds 30] [--reuse] [--no-chaos] …`
// A bounded load test of the product as a user runs it (npm start in a child process, story data, loopback):
// 50 keep-alive connections on search, expand, entities, seed and the console, with GET /api/health as the
// floor in the same mix; then a chaos phase: kill -9 of the JVM, a console bomb and a concurrent ingest.
// Not a test: it prints figures and verdicts and exits 0 even when targets miss.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../lib/config.ts';
import type { Result } from '../lib/neo4j/client.ts';
import { parseArgs } from './load/args.ts';
import { readCounts, readCountsFromStore, type Counts } from './load/counts.ts';
import { stopAllChildren } from './load/child.ts';
import { createClient } from './load/http.ts';
import { loadFixture } from './load/mix.ts';
import { startProduct, type Product } from './load/product.ts';
import { fullReport } from './load/summary.ts';
import { runPhases } from './load/run.ts';

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const REPORT = path.join(ROOT_DIR, '.data', 'bench-load-report.md');
const REQUEST_TIMEOUT_MS = 15_000;

/** After the run: count through the product's Neo4j if it answers, else open the store with one of our own. */
async function countsAfter(product: Product): Promise<Result<Counts> & { source?: string }> {
  const live = await readCounts();
  if (live.ok) return { ...live, source: "through the product's Neo4j" };
  log(`counting after: the product's Neo4j does not answer (${live.error.code}); stopping it and opening the store…`);
  await product.stop();
  const stored = await readCountsFromStore(log).catch((e: unknown) => ({
    ok: false as const,
    error: { kind: 'unavailable' as const, code: 'StartFailed', message: String(e) },
  }));
  return { ...stored, source: 'store reopened by the bench after the product stopped' };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const onSignal = (sig: string) => {
    log(`${sig}: stopping what the bench started…`);
    void stopAllChildren(20_000).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  log(`starting the product (npm start) on a ${args.reuse ? 'kept' : 'fresh'} store…`);
  const product = await startProduct({ reuse: args.reuse, log });
  const client = createClient(product.url, args.connections, REQUEST_TIMEOUT_MS);
  try {
    const fixture = await loadFixture(client);
    const before = await readCounts();
    const run = await runPhases(product, client, fixture, args, log);
    const after = await countsAfter(product);
    const text = fullReport(args, fixture, run, before, after);
    process.stdout.write(`${text}\n`);
    mkdirSync(path.dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${text}\n`);
    log(`report written to ${path.relative(process.cwd(), REPORT)}`);
  } finally {
    client.close();
    await product.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
