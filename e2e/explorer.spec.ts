// The explorer against the real server + Neo4j loaded with data/ (scripts/e2e-server.ts).
import { test, expect, type Page } from '@playwright/test';
import { APP_CORE_OPTIONS } from '../web/src/render/core-options.ts';
import { createDb } from '../lib/neo4j/client.ts';
import { e2eNeo4j } from './store.ts';
import { ExplorerPage } from './pages/explorer.ts';

const TROOPS = 'north-korea|SENDS_TROOPS_TO|kursk';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (e) => {
    throw e;
  });
});

test('first view shows the seed story quickly', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  const nodes = await x.nodeIds();
  expect(nodes).toEqual(expect.arrayContaining(['north-korea', 'russia', 'kursk']));
  // Navigation start → seed fetched, laid out and drawn. The 1 s budget holds on an idle machine;
  // the bound here is loose because the test machine is shared with other suites.
  const ms = await page.evaluate(() => performance.getEntriesByName('explorer-ready')[0]!.startTime);
  test.info().annotations.push({ type: 'seed-ready-ms', description: ms.toFixed(0) });
  console.log(`seed view ready ${ms.toFixed(0)} ms after navigation start`);
  expect(ms).toBeLessThan(10_000);
});

test('searching "Koersk" finds Kursk and adds it to the canvas, focused', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea']);
  await x.typeSearch('Koersk');
  await expect.poll(() => x.resultNames()).toContain('Kursk');
  // Keyboard: move to Kursk and pick it with Enter.
  const names = await x.resultNames();
  for (let i = 0; i < names.indexOf('Kursk'); i++) await x.search.press('ArrowDown');
  await x.search.press('Enter');
  await expect.poll(() => x.nodeIds()).toContain('kursk');
  await expect.poll(() => page.evaluate(() => window.cy!.$(':selected').map((e) => e.id()))).toEqual(['kursk']);
  await expect(x.page.getByTestId('inspector-title')).toHaveText('Kursk');
  // Its claims to what was already on the canvas came along.
  await expect.poll(() => x.edgeIds()).toContain(TROOPS);
});

test('expanding North Korea shows Kursk through a troops relation; undo reverses it', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea']);
  await x.expand('north-korea');
  await expect.poll(() => x.nodeIds()).toContain('kursk');
  expect(await x.edgeIds()).toContain(TROOPS);
  await x.undo();
  await expect.poll(() => x.nodeIds()).toEqual(['north-korea']);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(() => x.nodeIds()).toContain('kursk');
});

test('a relationship-type filter hides those edges and clearing restores them', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await expect.poll(() => x.edgeIds()).toContain(TROOPS);
  const before = await x.nodeIds();
  await x.setRelTypeShown('SENDS_TROOPS_TO', false);
  await expect.poll(async () => (await x.edgeIds()).filter((id) => id.includes('|SENDS_TROOPS_TO|'))).toEqual([]);
  expect(await x.nodeIds()).toEqual(before);
  await x.clearFilters();
  await expect.poll(() => x.edgeIds()).toContain(TROOPS);
});

test('the troops edge shows its quote, and the article opens with the quote highlighted', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.selectEdge(TROOPS);
  const quote = x.inspector.getByTestId('quote').first();
  await expect(quote).toBeVisible();
  // One edge per bundle: its label counts the claims, and the inspector shows each one with its evidence.
  const edge = await page.evaluate((id) => {
    const e = window.cy!.getElementById(id);
    return { label: String(e.data('label')), count: Number(e.data('claimCount')) };
  }, TROOPS);
  const cards = x.inspector.getByTestId('claim');
  await expect(cards).toHaveCount(edge.count);
  await expect(x.inspector.getByTestId('open-article')).toHaveCount(edge.count);
  await expect(x.inspector.getByTestId('bundle-count')).toContainText(`${edge.count} claim`);
  if (edge.count > 1) expect(edge.label).toContain(`sends troops to ×${edge.count}`);
  const text = (await quote.textContent())!.replace(/^“|”$/g, '');
  expect(text.length).toBeGreaterThan(20);
  await x.openFirstArticle();
  const mark = x.reader.getByTestId('quote-mark');
  await expect(mark).toBeVisible();
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  expect(norm((await mark.textContent())!)).toBe(norm(text));
  await expect(mark).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(x.reader).toBeHidden();
});

test('reloading the URL restores the same nodes, positions and filters', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea']);
  await x.expand('north-korea');
  await x.setRelTypeShown('SENDS_TROOPS_TO', false);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#view=/);
  const nodes = await x.nodeIds();
  const filters = await x.filters();
  const positions = await page.evaluate(() => window.__explorer!.getView().positions);
  // The hash is written debounced: wait until it carries the filter.
  await expect
    .poll(() => page.evaluate(() => window.__explorer!.getView().filters.relTypes.join(',')))
    .toBe('SENDS_TROOPS_TO');
  await page.waitForTimeout(400);
  await page.reload();
  await x.waitReady();
  expect(await x.nodeIds()).toEqual(nodes);
  expect(await x.filters()).toEqual(filters);
  expect(await page.evaluate(() => window.__explorer!.getView().positions)).toEqual(positions);
  await expect(page.locator('[data-facet=relTypes] input[data-value="SENDS_TROOPS_TO"]')).not.toBeChecked();
});

test('an entity name with HTML is shown as text, never executed', async ({ page }) => {
  const evil = '<img src=x onerror=window.pwned=1>';
  const db = createDb(e2eNeo4j());
  const created = await db.run({
    mode: 'WRITE',
    text: `MERGE (e:Entity:Person {id: $id})
           SET e.name = $name, e.type = 'Person', e.aliases = [], e.aliasesText = '', e.description = $name`,
    params: { id: 'xss-probe', name: `Probe ${evil}` },
  });
  await db.close();
  expect(created.ok).toBe(true);

  const x = new ExplorerPage(page);
  await x.goto();
  // The full-text index is eventually consistent: retype until the probe shows up.
  await expect
    .poll(
      async () => {
        await x.search.fill('');
        await x.search.fill('Probe');
        await page.waitForTimeout(400);
        return x.resultNames();
      },
      { timeout: 15_000 },
    )
    .toContain(`Probe ${evil}`);
  await x.search.press('Enter');
  await expect(page.getByTestId('inspector-title')).toHaveText(`Probe ${evil}`);
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
});

test('context menu: expand by type, hide and restore, pin, collapse', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea']);
  let menu = await x.contextMenu('north-korea');
  await menu.locator('[data-action="expand-SENDS_TROOPS_TO"]').click();
  await expect.poll(() => x.nodeIds()).toContain('kursk');
  const types = await page.evaluate(() => window.cy!.edges().map((e) => e.data('type') as string));
  expect(new Set(types)).toEqual(new Set(['SENDS_TROOPS_TO']));
  await expect(page.getByTestId('context-menu')).toBeHidden();

  menu = await x.contextMenu('kursk');
  await menu.locator('[data-action=hide]').click();
  await expect.poll(() => x.nodeIds()).not.toContain('kursk');
  await expect(page.getByTestId('show-hidden')).toHaveText('Hidden (1)');
  await page.getByTestId('show-hidden').click();
  await expect.poll(() => x.nodeIds()).toContain('kursk');

  menu = await x.contextMenu('north-korea');
  await menu.locator('[data-action=pin]').click();
  const pinned = await page.evaluate(() => window.cy!.getElementById('north-korea').position());
  await page.evaluate(() => window.__explorer!.runLayout('grid', { seed: 5 }));
  expect(await page.evaluate(() => window.cy!.getElementById('north-korea').position())).toEqual(pinned);
  expect(await page.evaluate(() => window.cy!.getElementById('north-korea').data('pinned'))).toBe(true);

  menu = await x.contextMenu('north-korea');
  await menu.locator('[data-action=collapse]').click();
  await expect.poll(() => x.nodeIds()).toEqual(['north-korea']);
});

test('two selected nodes: shortest paths are added and highlighted', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['kim-jong-un', 'kursk']);
  await page.evaluate(() => {
    window.cy!.getElementById('kim-jong-un').select();
    window.cy!.getElementById('kursk').select();
  });
  await page.getByTestId('paths').click();
  await expect.poll(async () => (await x.nodeIds()).length).toBeGreaterThan(2);
  const lit = await page.evaluate(() => window.cy!.$('.highlighted').map((e) => e.id()));
  expect(lit).toEqual(expect.arrayContaining(['kim-jong-un', 'kursk']));
  expect(lit.some((id) => id.includes('|'))).toBe(true);
});

test('a view saved by name opens again with ?view=<name>', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea', 'kursk']);
  await x.setRelTypeShown('SENDS_TROOPS_TO', false);
  await page.getByTestId('views').click();
  await page.getByTestId('views-menu').getByRole('textbox').fill('e2e-kursk');
  await page.getByTestId('views-menu').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('toasts')).toContainText('saved');
  await x.goto('/?view=e2e-kursk');
  expect(await x.nodeIds()).toEqual(['kursk', 'north-korea']);
  expect((await x.filters()).relTypes).toEqual(['SENDS_TROOPS_TO']);
});

test('a 503 from the API shows a non-blocking banner; the canvas stays usable', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  // Only the HTTP answer is faked here (the database itself is real): what a down Neo4j looks like to the app.
  await page.route('**/api/expand/**', (r) =>
    r.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'Neo4j is not reachable' } }),
    }),
  );
  const before = await x.nodeIds();
  const { x: px, y: py } = await x.nodePoint('kursk');
  await page.mouse.dblclick(px, py);
  await expect(page.getByTestId('db-banner')).toContainText('Database unavailable');
  expect(await x.nodeIds()).toEqual(before);
  await expect(page.getByTestId('toasts')).toContainText('Expand failed');
  // Still usable: selecting works, and the next successful call (the entity's claims) clears the banner.
  await x.selectNode('kursk');
  await expect(page.getByTestId('inspector-title')).toHaveText('Kursk');
  await expect(page.getByTestId('db-banner')).toBeHidden();
});

/** Adds n synthetic nodes (no layout: they stack at the origin) through the store, like a big Cypher result. */
const grow = (page: Page, n: number) =>
  page.evaluate((count) => {
    const h = window.__explorer!;
    const nodes = Array.from({ length: count }, (_, i) => ({
      id: `neo4j:bulk-${i}`,
      name: `bulk ${i}`,
      type: 'Article',
      aliases: [],
      description: null,
    }));
    h.dispatch(h.actions.mergeGraph({ nodes, bundles: [] }));
  }, n);

const liveRenderer = (page: Page) =>
  page.evaluate(() => {
    const r = (window.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    return {
      webgl: Boolean(r.webgl),
      hideEdgesOnViewport: r.hideEdgesOnViewport,
      textureOnViewport: r.textureOnViewport,
      forcedPixelRatio: r.forcedPixelRatio,
      wheelSensitivity: r.wheelSensitivity,
      minZoom: window.cy!.minZoom(),
      maxZoom: window.cy!.maxZoom(),
      boxSelection: window.cy!.boxSelectionEnabled(),
    };
  });

test('the canvas uses the shared core options and its viewport shortcuts follow the graph size', async ({ page }) => {
  const x = new ExplorerPage(page);
  await x.goto();
  const interaction = {
    wheelSensitivity: APP_CORE_OPTIONS.wheelSensitivity,
    minZoom: APP_CORE_OPTIONS.minZoom,
    maxZoom: APP_CORE_OPTIONS.maxZoom,
    boxSelection: APP_CORE_OPTIONS.boxSelectionEnabled,
    textureOnViewport: APP_CORE_OPTIONS.textureOnViewport,
  };
  expect(await liveRenderer(page)).toMatchObject({
    ...interaction,
    hideEdgesOnViewport: false,
    forcedPixelRatio: null,
  });
  await page.evaluate(() => ((window.cy as unknown as { __old: boolean }).__old = true));
  await grow(page, 2100);
  await expect
    .poll(() => liveRenderer(page))
    .toMatchObject({ ...interaction, hideEdgesOnViewport: true, forcedPixelRatio: 1 });
  // Software rasteriser: same core (no WebGL switch), options changed in place.
  expect(await page.evaluate(() => (window.cy as unknown as { __old?: boolean }).__old)).toBe(true);
  await x.undo();
  await expect.poll(() => liveRenderer(page)).toMatchObject({ hideEdgesOnViewport: false, forcedPixelRatio: null });
});

test('crossing the WebGL threshold re-creates the core with elements, viewport, selection and handlers', async ({
  page,
}) => {
  const x = new ExplorerPage(page);
  await x.goto('/?gpu=hardware');
  expect((await liveRenderer(page)).webgl).toBe(false);
  await page.evaluate(() => {
    const cy = window.cy!;
    (cy as unknown as { __old: boolean }).__old = true;
    cy.$('#kursk').select();
    cy.viewport({ zoom: 0.7, pan: { x: 33, y: -21 } });
  });
  await expect(page.getByTestId('inspector-title')).toHaveText('Kursk');
  const snap = () =>
    page.evaluate(() => ({
      kursk: window.cy!.$('#kursk').position(),
      edges: window
        .cy!.edges()
        .map((e) => e.id())
        .sort(),
    }));
  const before = await snap();
  await grow(page, 2100);
  await expect
    .poll(() => page.evaluate(() => !(window.cy as unknown as { __old?: boolean }).__old), { timeout: 20_000 })
    .toBe(true);
  expect((await liveRenderer(page)).webgl).toBe(true);
  expect(await snap()).toEqual(before);
  const state = await page.evaluate(() => ({
    zoom: window.cy!.zoom(),
    pan: window.cy!.pan(),
    selected: window.cy!.$(':selected').map((e) => e.id()),
    nodes: window.cy!.nodes().length,
    stateNodes: Object.keys(window.__explorer!.getState().nodes).length,
  }));
  expect(state).toMatchObject({ zoom: 0.7, pan: { x: 33, y: -21 }, selected: ['kursk'] });
  expect(state.nodes).toBe(state.stateNodes);
  // Handlers are on the new core: selecting drives the inspector, viewport changes reach the URL.
  await page.evaluate(() => {
    window.cy!.elements().unselect();
    window.cy!.$('#russia').select();
  });
  await expect(page.getByTestId('inspector-title')).toHaveText('Russia');
  // Shrinking again goes back to the canvas renderer.
  await x.undo();
  await expect.poll(() => liveRenderer(page).then((r) => r.webgl), { timeout: 20_000 }).toBe(false);
  expect(await x.nodeIds()).toContain('kursk');
});

// `SCREENSHOT=1` refreshes docs/screenshot-explorer.png (the README picture) from the live app.
test('README screenshot: seed story with a selected edge and its evidence', async ({ page }) => {
  test.skip(!process.env.SCREENSHOT, 'set SCREENSHOT=1 to refresh docs/screenshot-explorer.png');
  await page.setViewportSize({ width: 1600, height: 940 });
  const x = new ExplorerPage(page);
  await x.goto();
  await x.selectEdge(TROOPS);
  await expect(x.inspector.getByTestId('quote').first()).toBeVisible();
  await page.waitForTimeout(200);
  await page.evaluate(() => window.cy!.fit(undefined, 30));
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/screenshot-explorer.png' });
});

test('a 2,000-node fcose layout runs off the main thread: frames keep coming and positions change', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const x = new ExplorerPage(page);
  await x.goto();
  const N = 2000; // at BIG_GRAPH: full-quality fcose, the slowest case
  await page.evaluate((n) => {
    const h = window.__explorer!;
    let s = 7;
    const rnd = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const nodes = Array.from({ length: n }, (_, i) => ({
      id: `lay-${i}`,
      name: `lay ${i}`,
      type: 'Person',
      aliases: [],
      description: null,
    }));
    const edge = (a: number, b: number) => ({
      id: `lay-${a}|ALLIED_WITH|lay-${b}`,
      type: 'ALLIED_WITH',
      source: `lay-${a}`,
      target: `lay-${b}`,
      status: null,
      date: null,
      dateText: null,
      claimant: null,
      article: null,
      quote: null,
      figures: {},
    });
    const edges = Array.from({ length: n - 1 }, (_, k) => edge(k + 1, Math.floor(rnd() * (k + 1))));
    for (let k = 0; k < n / 4; k++) edges.push(edge(Math.floor(rnd() * n), Math.floor(rnd() * n)));
    const claims = edges.filter((e) => e.source !== e.target);
    h.dispatch(h.actions.mergeGraph(h.actions.graphFromClaims(nodes, claims), 'replace'));
  }, N);
  await expect.poll(() => page.evaluate(() => window.cy!.nodes().length), { timeout: 20_000 }).toBe(N);
  const positions = () =>
    page.evaluate(() => Object.fromEntries(window.cy!.nodes().map((n) => [n.id(), { ...n.position() }])));
  const before = await positions();
  const run = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    let last = performance.now();
    let maxGap = 0;
    let frames = 0;
    let running = true;
    const tick = () => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      frames++;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const t0 = performance.now();
    await window.__explorer!.runLayout('fcose', { seed: 1 });
    running = false;
    const end = performance.now();
    return { maxGap: Math.max(maxGap, end - last), frames, ms: end - t0 };
  });
  test.info().annotations.push({ type: 'layout-max-frame-gap-ms', description: run.maxGap.toFixed(0) });
  console.log(
    `fcose ${N} nodes: ${run.ms.toFixed(0)} ms, ${run.frames} frames, longest gap ${run.maxGap.toFixed(0)} ms`,
  );
  const after = await positions();
  const moved = Object.keys(before).filter((id) => {
    const a = before[id]!;
    const b = after[id]!;
    return Math.hypot(a.x - b.x, a.y - b.y) > 1;
  });
  expect(moved.length).toBeGreaterThan(N * 0.9);
  const stored = await page.evaluate(() => window.__explorer!.getState().nodes['lay-0']?.position);
  expect(stored).toEqual(after['lay-0']);
  expect(run.maxGap).toBeLessThan(500);
});
