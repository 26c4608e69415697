// Ingest against the real Neo4j: counts, idempotency, atomicity, quote check, linking.
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../lib/config.ts';
import type { Db } from '../lib/neo4j/client.ts';
import { testConfig, testDb, wipe } from '../lib/testing/db.ts';
import { readInputs, runIngest } from './index.ts';

const DATA = path.join(ROOT_DIR, 'data');
let db: Db;

async function snapshot(): Promise<string> {
  const r = await db.run({
    text: `CALL () { MATCH (n) RETURN collect(coalesce(n.id, '') + ':' + coalesce(n.contentHash, '')) AS ns }
           CALL () { MATCH ()-[r]->() RETURN collect(type(r) + ':' + coalesce(r.id, '') + ':' + coalesce(r.contentHash, toString(r.count))) AS rs }
           RETURN ns, rs`,
  });
  if (!r.ok) throw new Error(r.error.message);
  const rec = r.value.records[0]!;
  return JSON.stringify([[...rec.get('ns')].sort(), [...rec.get('rs')].sort()]);
}

async function one<T>(text: string, params: Record<string, unknown> = {}): Promise<T> {
  const r = await db.run({ text, params });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.records[0]?.toObject() as T;
}

function copyData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  db = testDb();
  await wipe(db);
});
afterAll(async () => db.close());

describe('ingest of data/', () => {
  const files = readInputs([DATA]);

  it('writes every entity, article and claim in the files', async () => {
    const report = await runIngest(db, { paths: [DATA], prune: true });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.counts.entities.created).toBe(files.entities.length);
    expect(report.counts.claims.created).toBe(files.relations.length);
    const c = await one<{ e: number; a: number; r: number; m: number }>(
      `CALL () { MATCH (e:Entity) RETURN count(e) AS e } CALL () { MATCH (a:Article) RETURN count(a) AS a }
       CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS r } CALL () { MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS m }
       RETURN e, a, r, m`,
    );
    expect(Number(c.e)).toBe(files.entities.length);
    expect(Number(c.a)).toBe(files.articles.length);
    expect(Number(c.r)).toBe(files.relations.length);
    expect(Number(c.m)).toBeGreaterThan(files.articles.length);
    expect(files.entities.length).toBeGreaterThanOrEqual(50);
    expect(files.relations.length).toBeGreaterThanOrEqual(80);
  });

  it('has North Korea → Kursk troops and Russia → North Korea technology, with quotes', async () => {
    const troops = await db.run({
      text: `MATCH (:Entity {id: 'north-korea'})-[r]->(:Entity {id: 'kursk'}) WHERE type(r) IN ['SENDS_TROOPS_TO', 'DEPLOYED_IN']
             MATCH (a:Article {id: r.articleId}) RETURN r.quote AS quote, a.text AS text`,
    });
    expect(troops.ok && troops.value.records.length).toBeGreaterThan(0);
    if (troops.ok)
      for (const rec of troops.value.records) expect(rec.get('text').replace(/\s+/g, ' ')).toContain(rec.get('quote'));
    const tech = await one<{ n: number }>(
      `MATCH (:Entity {id: 'russia'})-[r:PROVIDES_TECHNOLOGY_TO]->(:Entity {id: 'north-korea'}) WHERE r.quote <> '' RETURN count(r) AS n`,
    );
    expect(Number(tech.n)).toBeGreaterThan(0);
  });

  it('keeps conflicting troop figures as separate claims, each with its claimant', async () => {
    const r = await db.run({
      text: `MATCH ()-[r]->() WHERE r.troops IS NOT NULL RETURN DISTINCT r.troops AS n, r.claimantId AS who`,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const figures = new Set(r.value.records.map((x) => Number(x.get('n'))));
    for (const n of [1500, 3000, 10000, 11000]) expect(figures).toContain(n);
    const claimants = r.value.records.filter((x) => x.get('who') !== null).map((x) => x.get('who'));
    expect(new Set(claimants).size).toBeGreaterThanOrEqual(3);
  });

  it('links articles to entities they mention, through Dutch aliases', async () => {
    const m = await one<{ n: number }>(
      `MATCH (:Article)-[m:MENTIONS]->(:Entity {id: 'kursk'}) RETURN sum(m.count) AS n`,
    );
    expect(Number(m.n)).toBeGreaterThan(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const before = await snapshot();
    const report = await runIngest(db, { paths: [DATA], prune: true });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    for (const t of Object.values(report.counts)) expect(t.created + t.updated + t.deleted).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it('leaves the graph exactly as it was when a file is bad, and says file:line', async () => {
    const before = await snapshot();
    const dir = copyData();
    writeFileSync(
      path.join(dir, 'graph', 'broken.yaml'),
      'relations:\n  - id: broken-one\n    from: north-korea\n    type: SENDS_TROOPS_TO\n    to: nowhere\n    article: nos-2024-10-23-us-evidence-nk-troops\n    quote: "not in the article"\n',
    );
    const report = await runIngest(db, { paths: [dir], prune: true });
    expect(report.ok).toBe(false);
    if (report.ok || !('problems' in report)) throw new Error('expected problems');
    const rel = (p: { file: string }) => path.basename(p.file);
    expect(report.problems.map((p) => `${rel(p)}:${p.line}: ${p.message}`)).toEqual([
      'broken.yaml:5: unknown entity "nowhere" in `to`',
      expect.stringMatching(/^broken\.yaml:7: quote not found in article/),
    ]);
    expect(await snapshot()).toBe(before);
  });

  it('rolls back whole when the run dies mid-way', async () => {
    const before = await snapshot();
    const dir = copyData();
    const file = path.join(dir, 'graph', 'entities.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: North Korea\n', 'name: North Korea (renamed)\n'));
    writeFileSync(
      path.join(dir, 'graph', 'extra.yaml'),
      'relations:\n  - id: extra-claim\n    from: russia\n    type: PAYS\n    to: north-korea\n    article: nos-2024-10-23-us-evidence-nk-troops\n    quote: "Lloyd Austin"\n',
    );
    const report = await runIngest(db, {
      paths: [dir],
      prune: true,
      hooks: {
        afterStep: (step) => {
          if (step === 'claims') throw new Error('simulated crash after writing claims');
        },
      },
    });
    expect(report.ok).toBe(false);
    expect(await snapshot()).toBe(before);
  });

  it('links a newly dropped article to known entities without curation', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'new-article-'));
    writeFileSync(
      path.join(dir, 'new.md'),
      '---\nid: new-article\ntitle: Nieuw\noutlet: Test\npublished: 2024-11-01\nlanguage: nl\nurl: https://example.org/nieuw\n---\nPoetin ontving militairen uit Noord-Korea in Koersk. Koersk blijft omstreden.\n',
    );
    const report = await runIngest(db, { paths: [dir] });
    expect(report.ok).toBe(true);
    const r = await db.run({
      text: `MATCH (:Article {id: 'new-article'})-[m:MENTIONS]->(e) RETURN e.id AS id, m.count AS n ORDER BY id`,
    });
    expect(r.ok && r.value.records.map((x) => [x.get('id'), Number(x.get('n'))])).toEqual([
      ['kursk', 2],
      ['north-korea', 1],
      ['vladimir-putin', 1],
    ]);
    const url = await db.run({ text: "MATCH (a:Article {id: 'new-article'}) RETURN a.url AS url" });
    expect(url.ok && url.value.records[0]!.get('url')).toBe('https://example.org/nieuw');
  });

  it('reads entities.csv / relations.csv', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'csv-'));
    writeFileSync(
      path.join(dir, 'entities.csv'),
      'id,name,type,aliases,description\ntest-brigade,Test Brigade,ArmedForce,"Testbrigade;TB-1",From a spreadsheet\n',
    );
    writeFileSync(
      path.join(dir, 'relations.csv'),
      'id,from,type,to,status,date,claimant,figures,article,quote\ncsv-claim,test-brigade,DEPLOYED_IN,kursk,estimated,2024-10,,troops=500,new-article,"militairen uit Noord-Korea in Koersk"\n',
    );
    const report = await runIngest(db, { paths: [dir] });
    expect(report.ok).toBe(true);
    const row = await one<{ t: number; s: string; d: string }>(
      `MATCH (:ArmedForce {id: 'test-brigade'})-[r:DEPLOYED_IN {id: 'csv-claim'}]->(:Place {id: 'kursk'}) RETURN r.troops AS t, r.status AS s, toString(r.date) AS d`,
    );
    expect(row).toEqual({ t: 500, s: 'estimated', d: '2024-10-01' });
  });

  it('the CLI exits non-zero with file:line errors and writes nothing', async () => {
    const before = await snapshot();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
    writeFileSync(
      path.join(dir, 'bad.yaml'),
      'entities:\n  - id: ok-one\n    name: Fine\n    type: Country\n  - id: Not Valid\n    name: X\n    type: Country\n',
    );
    const cfg = testConfig();
    const r = spawnSync('npx', ['tsx', 'ingest/cli.ts', dir], {
      cwd: ROOT_DIR,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: cfg.neo4j.uri, NEO4J_USER: cfg.neo4j.user, NEO4J_PASSWORD: cfg.neo4j.password },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:5: entity id "Not Valid" must be kebab-case/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(await snapshot()).toBe(before);
  });
});
