// A generated graph next to the story (lib/testing/synthetic-graph.ts, ingested into the e2e database):
// a saved view of 2,000 entities restores through POST /api/graph pages, and the inspector pages
// through a hub's claims. The story alone is put back afterwards, so other specs see data/ only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { loadConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { e2eNeo4j } from './store.ts';
import { runIngest, formatProblems } from '../ingest/index.ts';
import { generateGraph } from '../lib/testing/synthetic-graph.ts';
import { createApiClient } from '../lib/api/client.ts';
import { ExplorerPage } from './pages/explorer.ts';

const VIEW_SIZE = 2000;
const SIZES = { entities: 2100, claims: 6000, hubs: 2, hubShare: 0.5, articles: 40, seed: 11 };
const ids = Array.from({ length: VIEW_SIZE }, (_, i) => `e-${i}`);

let db: Db;
let dir: string;
const config = loadConfig();

async function ingest(paths: string[]) {
  const report = await runIngest(db, { paths, prune: true });
  if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  db = createDb(e2eNeo4j());
  dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-big-'));
  await generateGraph(dir, SIZES);
  await ingest([config.dataDir, dir]);
});

test.afterAll(async () => {
  test.setTimeout(300_000);
  await ingest([config.dataDir]);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('a saved view of 2,000 entities restores through POST /api/graph pages', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  // A grid of stored positions: the restore itself is measured, not a layout of 2,000 nodes.
  const positions = Object.fromEntries(ids.map((id, i) => [id, [(i % 50) * 60, Math.floor(i / 50) * 60]]));
  const view = { version: 3, nodes: ids, positions };
  const put = await page.request.put('/api/views/big-2000', { data: { view } });
  expect(put.ok()).toBe(true);

  const graphCalls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/graph') graphCalls.push(r.method());
  });
  const x = new ExplorerPage(page);
  const t0 = Date.now();
  await page.goto('/?view=big-2000');
  await page.waitForFunction(() => window.__explorer?.ready === true, null, { timeout: 150_000 });
  const restoreMs = Date.now() - t0;

  const onCanvas = await page.evaluate(() => ({
    state: Object.keys(window.__explorer!.getState().nodes).length,
    bundles: Object.keys(window.__explorer!.getState().bundles).length,
    cyNodes: window.cy!.nodes().length,
    cyEdges: window.cy!.edges().length,
  }));
  expect(onCanvas.state).toBe(VIEW_SIZE);
  expect(onCanvas.cyNodes).toBe(VIEW_SIZE);
  // Never the ids in a URL; and more than one page of bundles for this many entities.
  expect(graphCalls.every((m) => m === 'POST')).toBe(true);
  expect(graphCalls.length).toBeGreaterThan(1);

  // The same question asked from Node through the same client: every bundle among the 2,000 arrived.
  const api = createApiClient({ base: baseURL! });
  const t1 = Date.now();
  const all = await api.graph(ids);
  const fetchMs = Date.now() - t1;
  console.log(
    `view of ${VIEW_SIZE} entities: restored in the app ${restoreMs} ms; POST /api/graph alone ${fetchMs} ms, ` +
      `${all.ok ? all.value.pages : '?'} pages, ${onCanvas.bundles} bundles`,
  );
  expect(all.ok).toBe(true);
  if (!all.ok) return;
  expect(all.value.missing).toEqual([]);
  expect(onCanvas.bundles).toBe(all.value.bundles.length);
  expect(onCanvas.cyEdges).toBe(all.value.bundles.length);
  expect((await x.nodeIds()).length).toBe(VIEW_SIZE);
});

test('the inspector pages through a hub bundle: "25 more of N", then every page, no duplicates', async ({ page }) => {
  test.setTimeout(180_000);
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['e-0', 'e-1']);
  const biggest = await page.evaluate(() => {
    const b = Object.values(window.__explorer!.getState().bundles).sort((p, q) => q.count - p.count)[0]!;
    return { id: b.id, count: b.count, inline: b.claims.length };
  });
  expect(biggest.count).toBeGreaterThan(biggest.inline); // a preview only: the rest is paged
  expect(biggest.count).toBeGreaterThan(25);
  await x.selectEdge(biggest.id);
  const inspector = page.getByTestId('edge-details');
  const more = inspector.getByTestId('claims-more');
  await expect(more).toHaveText(`25 more of ${biggest.count.toLocaleString('en-GB')}`);
  await expect(inspector.getByTestId('bundle-count')).toContainText(`${biggest.count} claims from`);
  while (await more.isVisible()) {
    const before = await inspector.getByTestId('claim').count();
    await more.click();
    await expect.poll(() => inspector.getByTestId('claim').count()).toBeGreaterThan(before);
  }
  const cards = await inspector
    .getByTestId('claim')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claimId!));
  expect(cards.length).toBe(biggest.count);
  expect(new Set(cards).size).toBe(biggest.count);
  // Every card is evidence: a quote and an article.
  expect(await inspector.getByTestId('quote').count()).toBe(biggest.count);
  expect(await inspector.getByTestId('open-article').count()).toBe(biggest.count);
  await expect(inspector.getByTestId('claims-shown')).toHaveText(
    `${biggest.count.toLocaleString('en-GB')} of ${biggest.count.toLocaleString('en-GB')} claims shown`,
  );
});

test('a hub node pages its claims through the entity claims endpoint', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['e-0', 'e-1']);
  await page.evaluate(() => window.cy!.getElementById('e-0').select());
  const node = page.getByTestId('node-details');
  await expect(node.getByTestId('claims-shown')).toHaveText(/^25 of [\d,]+ claims shown$/);
  const total = (await node.getByTestId('claims-shown').textContent())!.match(/of ([\d,]+)/)![1]!;
  expect(Number(total.replace(/,/g, ''))).toBeGreaterThan(1000);
  await expect(node.getByTestId('claim-count')).toHaveText(`(${total})`);
  await node.getByTestId('claims-more').click();
  await expect(node.getByTestId('claims-shown')).toHaveText(`50 of ${total} claims shown`);
  const cards = await node
    .getByTestId('claim')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.claimId));
  expect(new Set(cards).size).toBe(50);
});

test('exports page in the claims of bundles that carried a preview: one CSV row per claim, with evidence', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['e-0', 'e-1']);
  const r = await page.evaluate(async () => {
    const edges = window.cy!.edges(':visible');
    const claims = edges.reduce((s, e) => s + Number(e.data('claimCount')), 0);
    const previews = edges.filter((e) => e.data('complete') === false).length;
    const d = await window.__figure!.exportData('full');
    const sources = (await window.__figure!.describe({})).sources.length;
    return { claims, previews, csv: d.edgesCsv, sources };
  });
  expect(r.previews).toBeGreaterThan(0);
  const rows = r.csv.trimEnd().split('\r\n').slice(1);
  expect(rows).toHaveLength(r.claims);
  expect(new Set(rows.map((row) => row.split(',')[0])).size).toBe(r.claims);
  // article_id (column 8) on every row: no claim lost its article on the way out
  expect(rows.every((row) => /^c-\d+,e-[01],[A-Z_]+,e-[01],[a-z]+,[^,]*,[^,]*,art-\d+,/.test(row))).toBe(true);
  expect(r.sources).toBeGreaterThan(10);
});
