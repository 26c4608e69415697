// Figures without overlaps (issue 11 item 1): for the start page, every saved view and every saved report
// query that returns a graph, the exported SVG's own text and shape boxes show no label over another label
// or over a node; the PNG (the same SVG rasterised) keeps the figure's size. The counts with placement off
// (labels where the canvas draws them) are logged for comparison.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { resultGraph } from '../lib/neo4j/result-graph.ts';
import type { Plain } from '../lib/neo4j/values.ts';
import { paramsFromHeader } from '../figure/queryHeader.ts';

const views = readdirSync('data/views')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const queries = readdirSync('cypher/queries').filter((f) => f.endsWith('.cypher'));

async function open(page: Page) {
  await page.goto('/');
  await page.waitForFunction(() => window.__explorer?.ready === true && !!window.__figure, null, { timeout: 30_000 });
}

async function loadView(page: Page, name: string) {
  // The saved file itself (the e2e server keeps its own views folder).
  const body = JSON.parse(readFileSync(`data/views/${name}.json`, 'utf8')) as { view?: Record<string, unknown> };
  const state = body.view ?? (body as Record<string, unknown>);
  await page.evaluate(async (s) => window.__explorer!.loadView(s as never), { ...state, seed: 1 });
  const nodes = (state.nodes as string[] | undefined) ?? [];
  const positions = (state.positions as Record<string, unknown> | undefined) ?? {};
  if (nodes.some((id) => !positions[id]))
    await page.evaluate(async (id) => window.__explorer!.runLayout(id, { seed: 1 }), String(state.layout ?? 'fcose'));
}

/** Loads the query's result into the canvas like the figure CLI does; false when it returns no graph. */
async function loadQuery(page: Page, file: string): Promise<boolean> {
  const query = readFileSync(`cypher/queries/${file}`, 'utf8');
  const res = await page.request.post('/api/cypher', { data: { query, params: paramsFromHeader(query) } });
  expect(res.ok()).toBe(true);
  const graph = resultGraph(((await res.json()) as { rows?: Plain[] }).rows ?? []);
  if (graph.nodes.length === 0) return false;
  await page.evaluate(
    async (g) => {
      const ex = window.__explorer!;
      ex.dispatch(ex.actions.mergeGraph(g as never, 'replace'));
      await ex.runLayout('fcose', { seed: 1 });
    },
    { nodes: graph.nodes, bundles: graph.bundles } as unknown,
  );
  return true;
}

async function expectNoOverlaps(page: Page, what: string) {
  await page.waitForFunction(() => (window.cy?.nodes(':visible').length ?? 0) > 0, null, { timeout: 30_000 });
  const r = await page.evaluate(async () => {
    const f = window.__figure!;
    const t0 = performance.now();
    const svg = await f.exportSvg({});
    const ms = performance.now() - t0;
    const before = await f.overlaps(await f.exportSvg({ placeLabels: false }));
    const d = await f.describe({ size: { kind: 'scale', scale: 1 } });
    const png = await f.exportPng({ size: { kind: 'scale', scale: 1 } });
    return { after: await f.overlaps(svg), before: before.length, ms, d, png };
  });
  console.log(
    `${what}: overlaps before ${r.before}, after ${r.after.length}; unresolved ${r.d.unresolved}; export ${r.ms.toFixed(0)} ms`,
  );
  expect(r.after, `${what}: ${JSON.stringify(r.after.slice(0, 5))}`).toEqual([]);
  expect(r.d.unresolved).toBe(0);
  const png = PNG.sync.read(Buffer.from(r.png, 'base64'));
  expect([png.width, png.height]).toEqual([Math.round(r.d.width), Math.round(r.d.height)]);
}

test('start page figure has no overlaps', async ({ page }) => {
  await open(page);
  await expectNoOverlaps(page, 'start page');
});

for (const name of views)
  test(`saved view ${name}: no overlaps`, async ({ page }) => {
    await open(page);
    await loadView(page, name);
    await expectNoOverlaps(page, `view ${name}`);
  });

for (const file of queries)
  test(`saved query ${file}: no overlaps`, async ({ page }) => {
    await open(page);
    test.skip(!(await loadQuery(page, file)), 'returns a table, not a graph');
    await expectNoOverlaps(page, `query ${file}`);
  });
