import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../ingest/read/csv.ts';
import { readInputs, validate } from '../../ingest/index.ts';
import { generateGraph } from './synthetic-graph.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'synthetic-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const SIZES = { entities: 300, claims: 4000, hubs: 2, hubShare: 0.25, articles: 30, seed: 7 };
const rows = (file: string) => parseCsv(readFileSync(file, 'utf8')).records.slice(1);

describe('generateGraph', () => {
  it('writes the asked counts, and the ingest validator accepts every row (quotes are verbatim)', async () => {
    const dir = tmp();
    const g = await generateGraph(dir, SIZES);
    expect(rows(g.files.entities)).toHaveLength(SIZES.entities);
    expect(rows(g.files.relations)).toHaveLength(SIZES.claims);
    expect(readdirSync(g.files.articles)).toHaveLength(SIZES.articles);
    const { valid, problems } = validate(readInputs([dir]), { entityIds: new Set(), articleTexts: new Map() });
    expect(problems).toEqual([]);
    expect(valid.claims).toHaveLength(SIZES.claims);
    expect(new Set(valid.claims.map((c) => c.status)).size).toBeGreaterThan(3);
    expect(valid.claims.some((c) => c.date === null)).toBe(true);
    expect(valid.claims.some((c) => Object.keys(c.figures).length > 0)).toBe(true);
    expect(new Set(valid.articles.map((a) => a.outlet)).size).toBe(20);
  });

  it('is deterministic for a seed and differs for another', async () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    await generateGraph(a, SIZES);
    await generateGraph(b, SIZES);
    await generateGraph(c, { ...SIZES, seed: 8 });
    const text = (d: string) => readFileSync(path.join(d, 'relations.csv'), 'utf8');
    expect(text(a)).toBe(text(b));
    expect(text(a)).not.toBe(text(c));
  });

  it('gives the hubs about hubShare of all claim endpoints', async () => {
    const dir = tmp();
    const g = await generateGraph(dir, SIZES);
    const hubs = new Set(g.hubIds);
    const endpoints = rows(g.files.relations).flatMap((r) => [r.fields[1]!, r.fields[3]!]);
    const share = endpoints.filter((e) => hubs.has(e)).length / endpoints.length;
    expect(share).toBeGreaterThan(SIZES.hubShare - 0.03);
    expect(share).toBeLessThan(SIZES.hubShare + 0.03);
  });
});
