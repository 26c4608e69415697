// Concurrent ingests against the real Neo4j (issue 10): they serialise, so the graph and every report are
// what one ingest after the other would give, and a claim id exists once.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { readInputs, runIngest, type IngestOptions, type IngestReport } from './index.ts';
import { counts, duplicateClaimIds, emptyStore, snapshot, snapshotDiff } from './testing/graph-state.ts';

const DATA = path.join(ROOT_DIR, 'data');
const files = readInputs([DATA]);
let db: Db;

/** `n` ingests started together, each with its own driver, as separate `npm run ingest` would be. */
async function together(runs: IngestOptions[]): Promise<IngestReport[]> {
  const dbs = runs.map(() => createDb(testConfig().neo4j));
  try {
    return await Promise.all(runs.map((opts, i) => runIngest(dbs[i]!, opts)));
  } finally {
    await Promise.all(dbs.map((d) => d.close()));
  }
}

function okReports(reports: IngestReport[]) {
  for (const r of reports) if (!r.ok) throw new Error(JSON.stringify('error' in r ? r.error : r.problems));
  return reports as Extract<IngestReport, { ok: true }>[];
}

/** The graph one ingest of `runs` after the other leaves in an empty store. */
async function sequential(runs: IngestOptions[]): Promise<string> {
  await emptyStore(db);
  for (const opts of runs) okReports([await runIngest(db, opts)]);
  return snapshot(db);
}

/** data/ plus one file with a new entity, article and claims (and mentions of the new entity). */
function dataPlusExtra(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-extra-'));
  cpSync(DATA, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'articles', 'extra.md'),
    '---\nid: extra-article\ntitle: Extra\noutlet: Test\npublished: 2024-11-02\nlanguage: nl\n---\nDe Testbrigade trok naar Koersk. Poetin zweeg.\n',
  );
  writeFileSync(
    path.join(dir, 'graph', 'extra.yaml'),
    'entities:\n  - id: test-brigade\n    name: Testbrigade\n    type: ArmedForce\nrelations:\n' +
      '  - id: extra-claim\n    from: test-brigade\n    type: DEPLOYED_IN\n    to: kursk\n    article: extra-article\n    quote: "trok naar Koersk"\n' +
      '  - id: extra-claim-new-type\n    from: test-brigade\n    type: MARCHES_TO\n    to: kursk\n    article: extra-article\n    quote: "Testbrigade trok"\n',
  );
  return dir;
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
});
afterAll(async () => db.close());

describe('concurrent ingests', () => {
  it('8 at once into an empty store leave each claim once, and one run reports creating them', async () => {
    const expected = await sequential([{ paths: [DATA], prune: true }]);
    await emptyStore(db);
    const reports = okReports(await together(Array.from({ length: 8 }, () => ({ paths: [DATA], prune: true }))));

    expect(await duplicateClaimIds(db)).toEqual([]);
    const c = await counts(db);
    expect(c).toMatchObject({ entities: files.entities.length, articles: files.articles.length, meta: 1 });
    expect(c.claims).toBe(files.relations.length);
    expect(c.claimIds).toBe(files.relations.length);
    expect(snapshotDiff(await snapshot(db), expected)).toEqual({ missing: [], extra: [] });
    const creators = reports.filter((r) => r.counts.claims.created > 0);
    expect(creators).toHaveLength(1);
    expect(creators[0]!.counts.claims).toEqual({
      created: files.relations.length,
      updated: 0,
      unchanged: 0,
      deleted: 0,
    });
    expect(creators[0]!.counts.mentions.created).toBe(c.mentions);
    for (const r of reports.filter((x) => x !== creators[0])) {
      expect(r.counts.claims).toEqual({ created: 0, updated: 0, unchanged: files.relations.length, deleted: 0 });
      for (const t of Object.values(r.counts)) expect(t.created + t.updated + t.deleted).toBe(0);
    }
  });

  it('two ingests of different content end as one after the other, whichever went first', async () => {
    const extra = dataPlusExtra();
    const runs = [{ paths: [DATA] }, { paths: [extra] }];
    const expected = await sequential(runs);
    await emptyStore(db);
    const reports = okReports(await together(runs));

    expect(snapshotDiff(await snapshot(db), expected)).toEqual({ missing: [], extra: [] });
    expect(await duplicateClaimIds(db)).toEqual([]);
    // Whichever ran first created the story's claims; the two new ones were created exactly once.
    const created = reports.reduce((s, r) => s + r.counts.claims.created, 0);
    const unchanged = reports.reduce((s, r) => s + r.counts.claims.unchanged, 0);
    expect(created).toBe(files.relations.length + 2);
    expect(unchanged).toBe(files.relations.length);
  });
});
