// Report figures in the browser: exact PNG size and real content, SVG as XML with labels
// as <text>, and a sources footer that lists exactly the articles behind the shown edges.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { ROOT_DIR } from '../lib/config.ts';

async function ready(page: Page) {
  await page.goto('/');
  await page.waitForFunction(
    () => window.__explorer?.ready === true && !!window.__figure && (window.cy?.nodes().length ?? 0) > 0,
    null,
    {
      timeout: 30_000,
    },
  );
}

test('PNG export has exactly the requested size and is not blank', async ({ page }) => {
  await ready(page);
  const b64 = await page.evaluate(() =>
    window.__figure!.exportPng({
      size: { kind: 'size', width: 1200, height: 800 },
      title: 'North Korean troops',
      caption: 'test',
    }),
  );
  const png = PNG.sync.read(Buffer.from(b64, 'base64'));
  expect([png.width, png.height]).toEqual([1200, 800]);
  const colours = new Set<number>();
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add((r << 16) | (g << 8) | b);
    if (r < 245 || g < 245 || b < 245) ink++;
  }
  expect(colours.size).toBeGreaterThan(1);
  expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);

  const scaled = await page.evaluate(() => window.__figure!.exportPng({ size: { kind: 'scale', scale: 2 } }));
  const one = await page.evaluate(() => window.__figure!.exportPng({ size: { kind: 'scale', scale: 1 } }));
  const s2 = PNG.sync.read(Buffer.from(scaled, 'base64'));
  const s1 = PNG.sync.read(Buffer.from(one, 'base64'));
  expect(Math.abs(s2.width - 2 * s1.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(s2.height - 2 * s1.height)).toBeLessThanOrEqual(4);

  const transparent = PNG.sync.read(
    Buffer.from(
      await page.evaluate(() => window.__figure!.exportPng({ size: { kind: 'scale', scale: 1 }, transparent: true })),
      'base64',
    ),
  );
  expect(transparent.data[3]).toBe(0); // top-left corner pixel is see-through
});

test('SVG export parses as XML and has every node label as <text>', async ({ page }) => {
  await ready(page);
  const result = await page.evaluate(async () => {
    const svg = await window.__figure!.exportSvg({ title: 'A <figure> & "quotes"' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const texts = Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '');
    const labels = window.cy!.nodes(':visible').map((n) => String(n.style('label')));
    return {
      error,
      texts,
      labels,
      nodes: doc.querySelectorAll('g.node').length,
      visible: window.cy!.nodes(':visible').length,
    };
  });
  expect(result.error).toBeNull();
  expect(result.nodes).toBe(result.visible);
  const textBlob = result.texts.join('\n');
  for (const label of result.labels)
    for (const line of label.split('\n')) expect(textBlob).toContain(line.split(' ')[0]!);
  expect(result.texts).toContain('A <figure> & "quotes"');
});

test('sources footer lists exactly the articles behind the shown edges', async ({ page }) => {
  await ready(page);
  const r = await page.evaluate(async () => {
    const expected = new Set<string>();
    window.cy!.edges(':visible').forEach((e) => {
      for (const c of (e.data('claims') ?? []) as Array<{ article?: { id: string } | null }>)
        if (c.article) expected.add(c.article.id);
    });
    const d = await window.__figure!.describe({});
    const svg = await window.__figure!.exportSvg({});
    return { expected: [...expected].sort(), listed: [...d.sources].sort(), count: d.sources.length, svg };
  });
  expect(r.expected.length).toBeGreaterThan(0);
  expect(r.listed).toEqual(r.expected);
  // Numbered lines [1]..[n] in the figure itself.
  expect(r.svg).toContain(`>[${r.count}] `);
  expect(r.svg).not.toContain(`>[${r.count + 1}] `);

  // Hide one node: its edges' articles that no other edge cites drop out of the footer.
  const after = await page.evaluate(async () => {
    const hub = window.cy!.nodes().sort((a, b) => b.degree(false) - a.degree(false))[0]!;
    hub.style('display', 'none');
    const expected = new Set<string>();
    window.cy!.edges(':visible').forEach((e) => {
      for (const c of (e.data('claims') ?? []) as Array<{ article?: { id: string } | null }>)
        if (c.article) expected.add(c.article.id);
    });
    const listed = (await window.__figure!.describe({})).sources;
    hub.removeStyle('display');
    return { expected: [...expected].sort(), listed: [...listed].sort() };
  });
  expect(after.listed).toEqual(after.expected);
});

test('export panel opens from the toolbar and downloads a PNG', async ({ page }) => {
  await ready(page);
  await page.getByTestId('export').click();
  await expect(page.getByTestId('export-panel')).toBeVisible();
  await page.getByTestId('export-title').fill('Panel figure');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  expect((await download).suggestedFilename()).toBe('panel-figure.png');
});

test('data export: GraphML parses with the shown node and edge counts; edges.csv has one row per claim', async ({
  page,
}) => {
  await ready(page);
  const r = await page.evaluate(async () => {
    const d = await window.__figure!.exportData('full');
    const doc = new DOMParser().parseFromString(d.graphml, 'text/xml');
    let claims = 0;
    window.cy!.edges(':visible').forEach((e) => void (claims += ((e.data('claims') ?? []) as unknown[]).length || 1));
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      nodes: doc.getElementsByTagName('node').length,
      edges: doc.getElementsByTagName('edge').length,
      cyNodes: window.cy!.nodes(':visible').length,
      cyEdges: window.cy!.edges(':visible').length,
      csvHeader: d.edgesCsv.split('\r\n')[0],
      csvRows: d.edgesCsv.trimEnd().split('\r\n').length - 1,
      claims,
    };
  });
  expect(r.csvRows).toBe(r.claims);
  expect(r.error).toBeNull();
  expect(r.nodes).toBe(r.cyNodes);
  expect(r.edges).toBe(r.cyEdges);
  expect(r.csvHeader).toContain('claim_id');
});

/** Loads a saved view of data/views into the app (the e2e server keeps its own, empty views folder). */
async function loadSavedView(page: Page, name: string) {
  const file = JSON.parse(readFileSync(path.join(ROOT_DIR, 'data', 'views', `${name}.json`), 'utf8')) as {
    view: unknown;
  };
  await page.evaluate(async (v) => {
    await window.__explorer!.loadView(v);
    await window.__explorer!.runLayout('fcose', { seed: 1 });
  }, file.view);
}

test('legend of the saved view nk-troops-kursk says only what the picture encodes', async ({ page }) => {
  await ready(page);
  await loadSavedView(page, 'nk-troops-kursk');
  const legend = await page.evaluate(async () => {
    const d = await window.__figure!.describe({ sources: false, generatedFrom: false });
    return d.legend;
  });
  // Its 9 entities: 4 countries (North Korea, Russia, Ukraine, United States), 2 places (Kursk, Eastern
  // Russia), 2 people (Kim Jong Un, Mark Rutte), 1 armed force (the North Korean troops). Every line is in the
  // same colour, so no relationship type is named; line width is the claim count. One line is dashed: every
  // claim that the troops are in Eastern Russia is hedged ("waarop te zien zou zijn", alleged); none is denied.
  expect(legend).toEqual([
    'Armed force or unit (1)',
    'Country (4)',
    'Person (2)',
    'Region or city (2)',
    '1',
    '5',
    '8+ claims',
    'dashed: every claim alleged, unconfirmed or denied',
  ]);
});

test('exports show the graph at rest: a selected edge is not orange, and stays selected', async ({ page }) => {
  await ready(page);
  const r = await page.evaluate(async () => {
    const cy = window.cy!;
    const drawn = (s: string, id: string) =>
      new DOMParser().parseFromString(s, 'image/svg+xml').querySelector(`g.edge[data-id="${CSS.escape(id)}"] path`);
    // An edge the figure draws under its own id (the placer may merge a crowded pair's edges into one).
    const plain = await window.__figure!.exportSvg({});
    const e = cy.edges(':visible').filter((x) => drawn(plain, x.id()) !== null)[0]!;
    const before = (await window.__figure!.describe({})).legend;
    e.select();
    const selectedColour = String(e.style('line-color'));
    const svg = await window.__figure!.exportSvg({});
    const viaFigure = await window.__figure!.exportFigure({ format: 'svg', portable: 'none' });
    const legend = (await window.__figure!.describe({})).legend;
    const stroke = (s: string) => drawn(s, e.id())?.getAttribute('stroke') ?? null;
    return {
      selectedColour,
      stroke: stroke(svg),
      strokeViaFigure: stroke(viaFigure),
      legend,
      before,
      stillSelected: e.selected(),
      colourAfter: String(e.style('line-color')),
    };
  });
  expect(r.selectedColour).toBe('rgb(255,122,0)');
  expect(r.stroke).not.toBeNull();
  expect(r.stroke).not.toBe(r.selectedColour);
  expect(r.strokeViaFigure).toBe(r.stroke);
  // A selected edge drawn in its own colour would get a legend entry naming its type.
  expect(r.legend).toEqual(r.before);
  expect(r.stillSelected).toBe(true);
  expect(r.colourAfter).toBe('rgb(255,122,0)');
});

test('export panel downloads a vector PDF on a report preset page', async ({ page }) => {
  await ready(page);
  await page.getByTestId('export').click();
  await page.getByTestId('export-title').fill('Panel figure');
  await page.getByTestId('export-size-preset').check();
  await page.getByTestId('export-preset').selectOption('double');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-pdf').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('panel-figure.pdf');
  const bytes = readFileSync((await file.path())!);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const pg = await pdf.getPage(1);
  const [x0, , x1] = pg.view as [number, number, number, number];
  expect(((x1 - x0) / 72) * 25.4).toBeCloseTo(180, 1);
  const text = (await pg.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
  expect(text).toContain('Panel figure');
});
