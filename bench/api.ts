// `npm run bench:api -- [--entities 100000] [--claims 1000000] [--requests 200] [--clients 16] …`
// Every endpoint of the API on a synthetic graph loaded with `npm run ingest`: p50/p95 latency and
// response size, sequentially and with concurrent clients, against a hand-written Cypher floor; and the
// start page's first draw in Chromium. Not a test: it prints figures and exits 0 even when targets miss.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from '../scripts/stack.ts';
import { parseArgs } from './api/args.ts';
import { endpointCases, type EndpointCase } from './api/endpoints.ts';
import { findFixture, type Fixture } from './api/fixture.ts';
import { measureFirstDraw } from './api/first-draw.ts';
import { floorQueries } from './api/floors.ts';
import { httpProbe, pageCount } from './api/http.ts';
import { formatVerdicts, judge } from './api/judge.ts';
import { floorProbe, measureProbe } from './api/measure.ts';
import { endpointTable, floorTable, fmtMs, type EndpointResult, type FirstDraw } from './api/report.ts';
import { sizesOf, startStack, WORK_DIR, type Stack } from './api/stack.ts';

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const args = parseArgs(process.argv.slice(2));

async function measureEndpoints(stack: Stack, f: Fixture, cases: EndpointCase[]): Promise<EndpointResult[]> {
  const floors = floorQueries(f);
  const results: EndpointResult[] = [];
  for (const c of cases) {
    const t = Date.now();
    const ours = await measureProbe(httpProbe(stack.apiUrl, c.request), args);
    const q = floors[c.key];
    const floor = !args.floors ? null : q ? await measureProbe(floorProbe(stack.db, q), args) : null;
    results.push({ name: c.name, ours, floor });
    const s = ours.seq;
    log(
      `  ${c.name}: ${ours.error ? `ERROR ${ours.error}` : `seq p50 ${fmtMs(s?.p50)} p95 ${fmtMs(s?.p95)}`}` +
        `${floor?.error ? `; floor ERROR ${floor.error}` : floor ? `; floor p50 ${fmtMs(floor.seq?.p50)}` : ''}` +
        ` (${((Date.now() - t) / 1000).toFixed(0)} s)`,
    );
  }
  return results;
}

/** The seed's own counts are what the canvas must show before the start page counts as drawn. */
async function firstDraw(stack: Stack): Promise<FirstDraw | { skipped: string }> {
  if (!args.browser) return { skipped: '--no-browser' };
  try {
    ensureWebBuild(stack.config, log);
    const res = await fetch(new URL('/api/seed', stack.apiUrl));
    if (!res.ok) return { skipped: `seed answered HTTP ${res.status}` };
    const seed = (await res.json()) as { nodes?: unknown[]; bundles?: unknown[] };
    const expected = { nodes: seed.nodes?.length ?? 1, edges: seed.bundles?.length ?? 0 };
    log(`first draw: ${args.loads} cold loads, waiting for ${expected.nodes} nodes / ${expected.edges} edges…`);
    return await measureFirstDraw(stack.apiUrl, expected, args.loads);
  } catch (e) {
    return { skipped: `failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}` };
  }
}

function header(f: Fixture, graphPages: string): string {
  const s = sizesOf(args);
  return [
    `bench:api — ${new Date().toISOString()}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `graph: ${s.entities} entities, ${s.claims} claims, ${s.hubs} hubs (hubShare ${s.hubShare}), ${s.articles} articles; ` +
      `Neo4j heap ${process.env.BENCH_HEAP ?? '12g'}, page cache 2g`,
    `hub ${f.hub}: ${f.hubClaims} claims, ${f.hubNeighbours} neighbours, largest bundle ${f.hubBundle} (${f.hubBundleCount}); ` +
      `leaf ${f.leaf}; view of ${f.viewIds.length} ids ${graphPages}`,
    `${args.requests} requests per endpoint and mode after ${args.warmup} warm-up, ${args.clients} concurrent clients, ` +
      `cap ${args.maxSeconds} s per mode; floor = one hand-written Cypher query through the driver`,
  ]
    .map((line) => `- ${line}`)
    .join('\n');
}

async function run(stack: Stack): Promise<void> {
  log('finding hubs, leaves and bundles to ask about…');
  const f = await findFixture(stack.db, stack.hubIds, args.entities);
  const cases = endpointCases(f).filter((c) => !args.only.length || args.only.some((o) => c.key.includes(o)));
  const view = cases.find((c) => c.key === 'graph-view');
  const pages = view
    ? await pageCount(stack.apiUrl, view.request).then(
        (n) => `(${n} page(s))`,
        () => '',
      )
    : '';
  log(`measuring ${cases.length} endpoints…`);
  const results = await measureEndpoints(stack, f, cases);
  const draw = await firstDraw(stack);
  const drawLine =
    'skipped' in draw
      ? `first draw: skipped (${draw.skipped})`
      : `first draw: median ${fmtMs(draw.ms)} of ${draw.runs.join(', ')} ms (${draw.nodes} nodes, ${draw.edges} edges)`;
  const report = [
    header(f, pages),
    '',
    endpointTable(results, args.clients),
    '',
    args.floors ? floorTable(results, args.clients) : '',
    '',
    drawLine,
    '',
    formatVerdicts(judge(results, draw, args.floors)),
  ].join('\n');
  process.stdout.write(`${report}\n`);
  mkdirSync(WORK_DIR, { recursive: true });
  writeFileSync(path.join(WORK_DIR, 'report.md'), `${report}\n`);
  log(`report written to ${path.relative(process.cwd(), path.join(WORK_DIR, 'report.md'))}`);
}

async function main(): Promise<void> {
  let stop = async (): Promise<void> => undefined;
  const onSignal = (sig: string) => {
    log(`${sig}: stopping Neo4j…`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const stack = await startStack(args, log, (s) => (stop = s));
  try {
    await run(stack);
  } finally {
    await stack.stop();
  }
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
