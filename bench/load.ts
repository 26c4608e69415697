// `npm run bench:load -- [--connections 50] [--seconds 30] [--chaos-seconds 30] [--reuse] [--no-chaos] …`
// A bounded load test of the product as a user runs it (npm start in a child process, story data, loopback):
// 50 keep-alive connections on search, expand, entities, seed and the console, with GET /api/health as the
// floor in the same mix; then a chaos phase: kill -9 of the JVM, a console bomb and a concurrent ingest.
// Not a test: it prints figures and verdicts and exits 0 even when targets miss.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../lib/config.ts';
import type { Result } from '../lib/neo4j/client.ts';
import { analyse } from './load/analyse.ts';
import { parseArgs, type LoadBenchArgs } from './load/args.ts';
import { readCounts, readCountsFromStore, type Counts } from './load/counts.ts';
import { createClient } from './load/http.ts';
import { ENDPOINTS, FLOOR, WEIGHTS, loadFixture, type Fixture } from './load/mix.ts';
import { startProduct, type Product } from './load/product.ts';
import { chaosLines, statsTable } from './load/report.ts';
import { runPhases, type RunOutcome } from './load/run.ts';
import { countsVerdict, errorsVerdict, formatVerdicts, latencyVerdict, recoveryVerdict } from './load/targets.ts';

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const REPORT = path.join(ROOT_DIR, '.data', 'bench-load-report.md');
const REQUEST_TIMEOUT_MS = 15_000;

const fmtCounts = (c: Result<Counts>): string =>
  c.ok
    ? `${c.value.nodes} nodes, ${c.value.relationships} relationships, ${c.value.claims} claims`
    : `not counted (${c.error.message.split('\n')[0]})`;

function header(args: LoadBenchArgs, f: Fixture, before: Result<Counts>): string {
  const mix = ENDPOINTS.map((e) => `${e} ${WEIGHTS[e]}`).join(', ');
  return [
    `bench:load — ${new Date().toISOString()}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `product: npm start (scripts/start.ts) in a child process, fresh store${args.reuse ? ' (--reuse: kept)' : ''}, story data: ${fmtCounts(before)}`,
    `${args.connections} keep-alive connections (node:http, closed loop), mix weights ${mix}; ${f.ids.length} entity ids, ${f.names.length} names`,
    `phases: warm-up ${args.warmupSeconds} s (not counted), steady ${args.seconds} s, chaos ${args.chaos ? `${args.chaosSeconds} s+` : 'skipped'}, settle ${args.settleSeconds} s after recovery`,
    `floor: GET /api/health in the same mix (HTTP stack + one Bolt server-info round trip, no query); earlier p95 = the issue's run at 30 connections`,
  ]
    .map((l) => `- ${l}`)
    .join('\n');
}

function report(
  args: LoadBenchArgs,
  f: Fixture,
  run: RunOutcome,
  before: Result<Counts>,
  after: Result<Counts> & { source?: string },
): string {
  const killAt = run.kill?.pid ? run.kill.at : null;
  const figures = analyse(
    run.samples,
    run.spans,
    ENDPOINTS,
    killAt !== null && run.recovery ? { at: killAt, recovery: run.recovery } : null,
  );
  const tables = figures.phases.flatMap((p) => [
    `${p.span.name} (${((p.span.to - p.span.from) / 1000).toFixed(1)} s)`,
    statsTable(p.stats),
    '',
  ]);
  if (figures.chaos) tables.push('chaos, outside the kill window', statsTable(figures.chaos.outside), '');
  const chaosFrom = run.spans.find((s) => s.name === 'chaos')?.from ?? 0;
  const gaveUpMs = args.recoverSeconds * 1000;
  const steady =
    figures.phases
      .find((p) => p.span.name === 'steady')
      ?.stats.filter((s) => s.endpoint !== 'all' && s.endpoint !== FLOOR) ?? [];
  const recoveredMs = run.recovery?.recovered && killAt !== null ? run.recovery.recovered - killAt : null;
  const verdicts = [
    errorsVerdict(figures.errorsOutside),
    ...(args.chaos ? [recoveryVerdict(recoveredMs, gaveUpMs, killAt !== null)] : []),
    latencyVerdict(steady, args.connections),
    countsVerdict(before, after),
  ];
  return [
    header(args, f, before),
    '',
    ...tables,
    ...chaosLines(
      { chaosFrom, kill: run.kill, recovery: run.recovery, gaveUpMs, bomb: run.bomb, ingest: run.ingest },
      figures,
    ),
    '',
    `counts before: ${fmtCounts(before)}`,
    `counts after:  ${fmtCounts(after)}${after.source ? ` (${after.source})` : ''}`,
    '',
    formatVerdicts(verdicts),
  ].join('\n');
}

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
  log(`starting the product (npm start) on a ${args.reuse ? 'kept' : 'fresh'} store…`);
  const product = await startProduct({ reuse: args.reuse, log });
  const onSignal = (sig: string) => {
    log(`${sig}: stopping the product…`);
    void product.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const client = createClient(product.url, args.connections, REQUEST_TIMEOUT_MS);
  try {
    const fixture = await loadFixture(client);
    const before = await readCounts();
    const run = await runPhases(product, client, fixture, args, log);
    const after = await countsAfter(product);
    const text = report(args, fixture, run, before, after);
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
