// The Cypher workbench in the explorer's drawer, against the real server + Neo4j loaded with data/.
import { test, expect, type Page } from '@playwright/test';
import { ExplorerPage } from './pages/explorer.ts';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

async function openWorkbench(page: Page): Promise<ExplorerPage> {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea']);
  await page.getByTestId('cypher').click();
  await expect(page.getByTestId('workbench')).toBeVisible();
  await expect(page.getByTestId('wb-saved').locator('li[data-query-id]').first()).toBeVisible();
  return x;
}

async function typeQuery(page: Page, text: string) {
  const content = page.getByTestId('wb-editor').locator('.cm-content');
  await content.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function dbCounts(page: Page): Promise<{ labels: Record<string, number>; rels: number }> {
  return page.evaluate(async () => {
    const s = (await (await fetch('/api/schema')).json()) as {
      labels: { label: string; count: number }[];
      relationshipTypes: { type: string; count: number }[];
    };
    return {
      labels: Object.fromEntries(s.labels.map((l) => [l.label, l.count])),
      rels: s.relationshipTypes.reduce((a, t) => a + t.count, 0),
    };
  });
}

test('a saved report runs in one click: its graph lands in the canvas and its table shows', async ({ page }) => {
  const x = await openWorkbench(page);
  const before = await page.evaluate(() => window.cy!.elements().length);
  await page.locator('li[data-query-id="troop-figures"] button.wb-title').click();
  // Graph: the claims with troop figures are merged into the main canvas.
  await expect.poll(() => x.nodeIds()).toEqual(expect.arrayContaining(['north-korea', 'russia', 'kursk']));
  expect(await page.evaluate(() => window.cy!.elements().length)).toBeGreaterThan(before);
  // Table: one row per claim, with the claimant and the figure as text.
  const table = page.getByTestId('wb-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeGreaterThan(3);
  await expect(table.locator('thead th').first()).toHaveText('claimant');
  await expect(table).toContainText('11000');
  // The result's own graph view draws the same nodes.
  await page.getByTestId('wb-view-graph').click();
  await expect(page.getByTestId('wb-graph-canvas')).toBeVisible();
  await expect(page.getByTestId('wb-graph-summary')).toContainText('nodes');
  // Sorting by a header reorders rows.
  await page.getByTestId('wb-view-table').click();
  await table.locator('thead th', { hasText: 'troops' }).click();
  const first = await table.locator('tbody tr').first().locator('td').nth(1).innerText();
  await table.locator('thead th', { hasText: 'troops' }).click();
  const firstDesc = await table.locator('tbody tr').first().locator('td').nth(1).innerText();
  expect(Number(firstDesc)).toBeGreaterThan(Number(first));
});

test('a write query is refused with its reason and changes nothing', async ({ page }) => {
  await openWorkbench(page);
  const cyBefore = await page.evaluate(() => window.cy!.elements().length);
  const dbBefore = await dbCounts(page);
  await typeQuery(page, 'CREATE (n:X) RETURN n');
  await page.keyboard.press('Control+Enter');
  const err = page.getByTestId('wb-error');
  await expect(err).toContainText('Refused');
  await expect(err).toContainText('write');
  expect(await page.evaluate(() => window.cy!.elements().length)).toBe(cyBefore);
  const dbAfter = await dbCounts(page);
  expect(dbAfter).toEqual(dbBefore);
  expect(dbAfter.labels.X).toBeUndefined();
});

test('typed query: exact big ints, graph merge on demand, history, syntax error position', async ({ page }) => {
  const x = await openWorkbench(page);
  await typeQuery(page, 'MATCH (k:Entity {id: $id})-[r]-(o:Entity) RETURN k, r, o, 9007199254740993 AS big LIMIT 5');
  await page.getByTestId('wb-params').fill('{"id": "kursk"}');
  await page.getByTestId('wb-run').click();
  await expect(page.getByTestId('wb-status')).toContainText('rows');
  await expect(page.getByTestId('wb-graph-canvas')).toBeVisible();
  await page.getByTestId('wb-merge').click();
  await expect.poll(() => x.nodeIds()).toContain('kursk');
  await page.getByTestId('wb-view-table').click();
  await expect(page.getByTestId('wb-table')).toContainText('9007199254740993');
  await page.getByTestId('wb-view-json').click();
  await expect(page.getByTestId('wb-json')).toContainText('"value": "9007199254740993"');

  await typeQuery(page, 'MATCH (n)\nRETURN n LIMIT');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('wb-error')).toContainText('SyntaxError');
  await expect(page.getByTestId('wb-error')).toContainText('Line 2');
  // The editor underlines where Neo4j says the error is.
  await expect(page.getByTestId('wb-editor').locator('.wb-error-mark')).toHaveText('T');

  // A huge result is cut at the row cap while streaming, and the UI says so.
  await typeQuery(page, 'UNWIND range(1, 100000000) AS x RETURN x');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('wb-truncated')).toContainText('truncated at 1000');

  await page.getByRole('tab', { name: /History/ }).click();
  await expect(page.getByTestId('wb-history')).toContainText('9007199254740993');
});

test('a slow query can be cancelled', async ({ page }) => {
  await openWorkbench(page);
  await typeQuery(page, 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 123 RETURN count(*)');
  await page.getByTestId('wb-run').click();
  await expect(page.getByTestId('wb-cancel')).toBeEnabled();
  await page.waitForTimeout(500);
  await page.getByTestId('wb-cancel').click();
  await expect(page.getByTestId('wb-error')).toContainText('Cancelled');
  await expect(page.getByTestId('wb-run')).toBeEnabled();
});
