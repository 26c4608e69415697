// The explorer on a graph this app did not create (lib/testing/foreign-graph.ts, written into the e2e database
// with plain Cypher instead of the story): start page, search, expand, inspect, paths, filter, export and a saved
// view all work on `neo4j:<elementId>` keys, and the database is left as it was. The story is put back afterwards.
import { test, expect } from '@playwright/test';
import { loadConfig } from '../lib/config.ts';
import { createDb, type Db } from '../lib/neo4j/client.ts';
import { runIngest, formatProblems } from '../ingest/index.ts';
import { FOREIGN_GRAPH, foreignKey, graphCounts, writeForeignGraph } from '../lib/testing/foreign-graph.ts';
import { e2eNeo4j } from './store.ts';
import { ExplorerPage } from './pages/explorer.ts';

let db: Db;
const key: Record<string, string> = {};

async function wipe() {
  const r = await db.run({ mode: 'WRITE', text: 'MATCH (n) DETACH DELETE n' });
  if (!r.ok) throw new Error(r.error.message);
}

test.beforeAll(async () => {
  db = createDb(e2eNeo4j());
  await wipe();
  await writeForeignGraph(db);
  for (const [name, id] of Object.entries({ given: 1, ace: 2, shoei: 10, evergreen: 11, rtm: 20 }))
    key[name] = await foreignKey(db, id);
});

test.afterAll(async () => {
  test.setTimeout(180_000);
  await wipe();
  const report = await runIngest(db, { paths: [loadConfig().dataDir], prune: true });
  await db.close();
  if (!report.ok) throw new Error('problems' in report ? formatProblems(report.problems) : report.error.message);
});

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

const nameOf = (x: ExplorerPage, id: string) =>
  x.page.evaluate((nid) => window.__explorer!.getState().nodes[nid]?.entity.name ?? null, id);

test('starts on the best-connected nodes, searches any label and expands a foreign node', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await expect.poll(() => x.nodeIds()).toContain(key.given);
  expect(await nameOf(x, key.given!)).toBe('Ever Given');
  await expect(page.getByTestId('db-banner')).toHaveCount(0);
  await expect(page.getByTestId('toasts')).toContainText(`its best-connected nodes (of ${FOREIGN_GRAPH.nodes})`);

  await x.loadNodes([key.rtm!]);
  await x.typeSearch('ever');
  await expect.poll(() => x.resultNames()).toEqual(expect.arrayContaining(['Ever Given', 'Ever Ace']));
  await expect(x.results).toContainText('Vessel');
  const names = await x.resultNames();
  for (let i = 0; i < names.indexOf('Ever Ace'); i++) await x.search.press('ArrowDown');
  await x.search.press('Enter');
  await expect.poll(() => x.nodeIds()).toContain(key.ace);
  // Its relationship to what was on the canvas came along.
  await expect.poll(() => x.edgeIds()).toContain(`${key.ace}|CALLED_AT|${key.rtm}`);

  // Adding it re-runs the layout: wait until it has settled before double-clicking where the node is.
  const at = () => page.evaluate((id) => JSON.stringify(window.cy!.getElementById(id).position()), key.ace!);
  await expect
    .poll(async () => {
      const before = await at();
      await page.waitForTimeout(400);
      return before === (await at());
    })
    .toBe(true);
  await x.expand(key.ace!);
  await expect.poll(() => x.nodeIds()).toContain(key.evergreen);
  expect(await x.edgeIds()).toContain(`${key.ace}|OPERATED_BY|${key.evergreen}`);
});

test('inspects a node and a relationship: labels, typed properties, and evidence where there is some', async ({
  page,
}) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes([key.given!, key.rtm!, key.shoei!]);
  await x.selectNode(key.shoei!);
  await expect(x.inspector).toContainText('Shipowner');
  await expect(x.inspector.getByTestId('node-properties')).toContainText('legalName');
  await page.evaluate(() => window.cy!.elements().unselect());
  await x.selectNode(key.given!);
  const props = x.inspector.getByTestId('node-properties');
  await expect(props).toContainText('vesselName');
  await expect(props).toContainText('25 Sep 2018');
  await expect(x.inspector).toContainText('called at');

  await x.selectEdge(`${key.given}|CALLED_AT|${key.rtm}`);
  const edge = page.getByTestId('edge-details');
  await expect(edge).toContainText('2 relationships');
  await expect(edge).toContainText('berths');
  await expect(edge).not.toContainText('outlet');
});

test('finds shortest paths between two foreign nodes', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes([key.ace!, key.shoei!]);
  await page.evaluate(
    ([a, b]) => {
      window.cy!.getElementById(a!).select();
      window.cy!.getElementById(b!).select();
    },
    [key.ace, key.shoei],
  );
  await page.getByTestId('paths').click();
  await expect.poll(() => x.nodeIds()).toContain(key.evergreen);
  expect(await x.edgeIds()).toEqual(
    expect.arrayContaining([`${key.ace}|OPERATED_BY|${key.evergreen}`, `${key.evergreen}|CHARTERS_FROM|${key.shoei}`]),
  );
});

test('filters by relationship type, exports SVG, and reopens a saved view by element keys', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes([key.given!, key.rtm!, key.shoei!]);
  const called = `${key.given}|CALLED_AT|${key.rtm}`;
  await expect.poll(() => x.edgeIds()).toContain(called);
  await x.setRelTypeShown('CALLED_AT', false);
  await expect.poll(() => x.edgeIds()).not.toContain(called);

  const texts = await page.evaluate(async () => {
    const svg = await window.__figure!.exportSvg({ title: 'Fleet' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
  });
  expect(texts.join('\n')).toContain('Ever Given');
  expect(texts.join('\n')).toContain('Shoei');

  await page.getByTestId('views').click();
  await page.getByTestId('views-menu').getByRole('textbox').fill('e2e-fleet');
  await page.getByTestId('views-menu').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('toasts')).toContainText('saved');
  await x.goto('/?view=e2e-fleet');
  expect(await x.nodeIds()).toEqual([key.given!, key.rtm!, key.shoei!].sort());
  expect((await x.filters()).relTypes).toEqual(['CALLED_AT']);
  // Filtered out of the canvas, but restored with the view (with its relationships), so clearing shows it.
  expect(await page.evaluate((id) => window.__explorer!.getState().bundles[id]?.count, called)).toBe(2);
  await x.clearFilters();
  await expect.poll(() => x.edgeIds()).toContain(called);
});

test('the perspective is generated from the schema, and edits to it redraw the canvas', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes([key.given!, key.rtm!, key.shoei!]);
  await page.getByTestId('perspective').click();
  const panel = page.getByTestId('perspective-panel');
  const labels = await panel
    .getByTestId('perspective-category')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-label')));
  expect(labels).toEqual(expect.arrayContaining(['Vessel', 'Company', 'Port', 'Shipowner']));
  const vessel = panel.locator('[data-testid=perspective-category][data-label=Vessel]');
  await expect(vessel.getByTestId('perspective-caption')).toHaveValue('vesselName');
  // Caption vessels by IMO number: the canvas label follows.
  await vessel.getByTestId('perspective-caption').selectOption('imo');
  await expect
    .poll(() => page.evaluate((id) => String(window.cy!.getElementById(id).style('label')), key.given!))
    .toContain('9811000');
  // Hide ports: Rotterdam leaves the canvas, and the legend says so.
  await panel.locator('[data-testid=perspective-category][data-label=Port]').getByTestId('perspective-hide').check();
  await expect.poll(() => x.nodeIds()).not.toContain(key.rtm);
  await expect(page.getByTestId('legend-categories')).not.toContainText('Port');
});

test('exploring wrote nothing into the database', async () => {
  expect(await graphCounts(db)).toEqual({ nodes: FOREIGN_GRAPH.nodes, relationships: FOREIGN_GRAPH.relationships });
});
