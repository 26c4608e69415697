// `npm run bench:ingest -- [--entities 100000] [--relations 1000000] [--naive 3000]`
// Our ingest against Neo4j's own LOAD CSV and a naive one-statement-per-row load,
// on the same rows and the same embedded server, in one run. Not a test: it prints figures.
// Both ours and LOAD CSV hold the whole load in one transaction: 1M relations need ~6 GB of
// transaction state, hence the 14g heap (BENCH_HEAP).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, ROOT_DIR } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { cypher } from '../lib/neo4j/cypher.ts';
import { openNeo4j } from '../neo4j/open.ts';
import { readInputs, runIngest, formatProblems } from '../ingest/index.ts';
import { validate } from '../ingest/validate.ts';
import { planWrite } from '../ingest/write/plan.ts';
import { ensureSchema } from '../ingest/write/writer.ts';
import { progressBar } from '../ingest/progress.ts';
import { generate } from './ingest/synthetic.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '1000000' },
    naive: { type: 'string', default: '3000' },
    port: { type: 'string', default: '7700' },
  },
});
const E = Number(values.entities);
const R = Number(values.relations);
const NAIVE = Math.min(Number(values.naive), R);

const work = path.join(ROOT_DIR, '.data', 'bench');
const importDir = path.join(work, 'import');
rmSync(work, { recursive: true, force: true });
mkdirSync(importDir, { recursive: true });

console.log(`generating ${E} entities / ${R} relations…`);
await generate(importDir, E, R);

const base = loadConfig();
const neo = await openNeo4j(
  {
    ...base.neo4j,
    homeDir: path.join(work, 'neo4j'),
    boltPort: Number(values.port),
    heap: process.env.BENCH_HEAP ?? '14g',
    pageCache: '2g',
    // The load is one transaction on purpose (it is what is measured): only the global cap applies.
    txMemory: '0',
    passwordSource: 'store',
  },
  { csvImportDir: importDir },
);
const db = createDb(neo.neo4j);

async function auto(text: string, params: Record<string, unknown> = {}): Promise<void> {
  const s = db.session({ mode: 'WRITE' });
  try {
    await s.run(text, params);
  } finally {
    await s.close();
  }
}

async function wipe(d: Db): Promise<void> {
  await auto(cypher('bench-wipe'));
  const r = await d.run({ text: 'MATCH (n) RETURN count(n) AS n' });
  if (!r.ok || Number(r.value.records[0]!.get('n')) !== 0) throw new Error('wipe failed');
}

async function relCount(): Promise<number> {
  const r = await db.run({ text: "MATCH ()-[r]->() WHERE r.source = 'curated' RETURN count(r) AS n" });
  if (!r.ok) throw new Error(r.error.message);
  return Number(r.value.records[0]!.get('n'));
}

const rows: Array<{ method: string; relations: number; seconds: number; rate: number }> = [];
try {
  const schema = await ensureSchema(db);
  if (!schema.ok) throw new Error(schema.error.message);

  // 1. Ours: parse + validate (incl. quote check) + one atomic batched UNWIND transaction.
  await wipe(db);
  let t = performance.now();
  const report = await runIngest(db, { paths: [importDir], progress: progressBar() });
  let s = (performance.now() - t) / 1000;
  if (!report.ok)
    throw new Error('problems' in report ? formatProblems(report.problems.slice(0, 5)) : report.error.message);
  if ((await relCount()) !== R) throw new Error('ours: wrong relation count');
  rows.push({ method: 'ours: npm run ingest (parse, validate, 1 tx UNWIND)', relations: R, seconds: s, rate: R / s });

  // 2. LOAD CSV on the same rows, one transaction per file.
  await wipe(db);
  t = performance.now();
  await auto(cypher('bench-loadcsv-entities'));
  await auto(cypher('bench-loadcsv-relations'));
  s = (performance.now() - t) / 1000;
  if ((await relCount()) !== R) throw new Error('LOAD CSV: wrong relation count');
  rows.push({ method: 'Neo4j LOAD CSV (entities + relations)', relations: R, seconds: s, rate: R / s });

  // 3. Naive: one auto-commit statement per relation row (a sample; entities loaded first, untimed).
  await wipe(db);
  const parsed = readInputs([importDir]);
  const { valid } = validate(parsed);
  const plan = planWrite(
    valid,
    { entities: new Map(), articles: new Map(), claims: new Map(), mentions: new Map() },
    { prune: false },
  );
  await auto(cypher('ingest-upsert-entities'), { rows: plan.entityRows });
  t = performance.now();
  const text = cypher('bench-naive-relation');
  for (const row of plan.claimRows.slice(0, NAIVE))
    await auto(text, { from: row.from, to: row.to, type: row.type, props: row.props });
  s = (performance.now() - t) / 1000;
  rows.push({
    method: `naive: 1 statement per row (first ${NAIVE} rows)`,
    relations: NAIVE,
    seconds: s,
    rate: NAIVE / s,
  });
} finally {
  await db.close();
  await neo.stop();
}

const loadCsv = rows.find((r) => r.method.startsWith('Neo4j'))!.rate;
console.log(
  `\nbench:ingest — ${E} entities, ${R} relations, same rows, same embedded Neo4j 5.26, ${process.env.BENCH_HEAP ?? '14g'} heap`,
);
console.log(
  'method'.padEnd(56) + 'relations'.padStart(10) + 'seconds'.padStart(10) + 'rel/s'.padStart(10) + '  vs LOAD CSV',
);
for (const r of rows) {
  console.log(
    r.method.padEnd(56) +
      String(r.relations).padStart(10) +
      r.seconds.toFixed(1).padStart(10) +
      Math.round(r.rate).toString().padStart(10) +
      `  ${(r.rate / loadCsv).toFixed(2)}x`,
  );
}
const ours = rows[0]!.rate / loadCsv;
console.log(`\ntarget: ours ≥ 0.50x LOAD CSV → ${ours.toFixed(2)}x ${ours >= 0.5 ? 'MET' : 'MISSED'}`);
