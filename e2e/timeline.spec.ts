// The timeline panel with real mouse input: brushing the time axis filters the canvas to the claims in range
// (checked against the claim dates in the state, not the app's filter code), clearing the brush brings them back,
// clicking a mark opens its claim with its quote, and the exported figure has the marks and their sources.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

async function ready(page: Page) {
  await page.goto('/');
  await page.waitForFunction(
    () =>
      window.__explorer?.ready === true && !!window.__figure?.exportTimeline && (window.cy?.edges().length ?? 0) > 0,
    null,
    { timeout: 30_000 },
  );
}

async function openTimeline(page: Page) {
  await page.getByTestId('timeline-toggle').click();
  await expect(page.locator('[data-testid="timeline-chart"] g.mark').first()).toBeVisible();
}

/** Drags across the brush band with the mouse, from and to a share of its width, near its top edge. */
async function brush(page: Page, from: number, to: number) {
  const box = (await page.locator('[data-testid="timeline-brush"] rect.overlay').boundingBox())!;
  const y = box.y + 3;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

/** The canvas against the state: drawn edges vs the bundles that have a claim in the date range. */
const canvasVsDates = (page: Page) =>
  page.evaluate(() => {
    const s = window.__explorer!.getState();
    const { from, to } = s.filters.dateRange;
    const inRange = (d: string | null) =>
      d === null ? s.filters.includeUndated : (!from || d >= from) && (!to || d <= to);
    const expected = Object.values(s.bundles)
      .filter((b) => b.kind === 'structural' || b.claims.some((c) => inRange(c.date)))
      .map((b) => b.id)
      .sort();
    const edges = window.cy!.edges();
    const drawn = edges.map((e) => e.id()).sort();
    type C = { id: string; date: string | null; status: string | null; article: unknown };
    const outside = edges
      .toArray()
      .flatMap((e) =>
        (e.data('claims') as C[]).filter((c) => (c.status !== null || c.article !== null) && !inRange(c.date)),
      );
    const complete = Object.values(s.bundles).every((b) => b.claims.length >= b.count);
    return { from, to, expected, drawn, outside: outside.map((c) => c.id), complete };
  });

test('brushing the time axis filters the canvas to the claims in range; clearing it brings them back', async ({
  page,
}) => {
  await ready(page);
  const all = await canvasVsDates(page);
  expect(all.complete).toBe(true); // the story's bundles carry all their claims: the comparison is exact
  await openTimeline(page);

  await brush(page, 0.55, 0.999);
  const wide = await canvasVsDates(page);
  expect(wide.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(wide.drawn).toEqual(wide.expected);
  expect(wide.outside).toEqual([]);
  expect(wide.drawn.length).toBeLessThan(all.drawn.length);
  await expect(page.getByTestId('timeline-range')).toHaveText(`${wide.from} → ${wide.to}`);

  // Zoomed to that range, a narrower brush picks days inside October 2024.
  await page.getByLabel('zoom to range').check();
  await brush(page, 0.35, 0.7);
  const narrow = await canvasVsDates(page);
  expect(narrow.from! > wide.from!).toBe(true);
  expect(narrow.to! < wide.to!).toBe(true);
  expect(narrow.drawn).toEqual(narrow.expected);
  expect(narrow.outside).toEqual([]);
  expect(narrow.drawn.length).toBeLessThan(wide.drawn.length);
  // Marks outside the range are drawn faint, those inside are not.
  const faint = await page.locator('[data-testid="timeline-chart"] g.mark.out-of-range').count();
  expect(faint).toBeGreaterThan(0);

  // A click on the brush band without dragging clears the brush and the filter.
  await page.getByLabel('zoom to range').uncheck();
  const box = (await page.locator('[data-testid="timeline-brush"] rect.overlay').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.3, box.y + 3);
  const cleared = await canvasVsDates(page);
  expect([cleared.from, cleared.to]).toEqual([null, null]);
  expect(cleared.drawn).toEqual(all.drawn);

  // The brush went through the undoable state: undo brings the last range back.
  await page.keyboard.press('Control+z');
  const undone = await canvasVsDates(page);
  expect([undone.from, undone.to]).toEqual([narrow.from, narrow.to]);
});

test('clicking a mark opens its claim in the inspector with its quote', async ({ page }) => {
  await ready(page);
  await openTimeline(page);
  // The mark under the pointer at a quoted claim's dot (marks of a day may overlap; take the one on top).
  const hit = await page.evaluate(() => {
    const s = window.__explorer!.getState();
    const quoted = new Set(Object.values(s.bundles).flatMap((b) => b.claims.filter((c) => c.quote).map((c) => c.id)));
    const marks = [...document.querySelectorAll('[data-testid="timeline-chart"] g.mark[data-row="published"]')];
    for (const m of marks) {
      const r = m.querySelector('circle')!.getBoundingClientRect();
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      const top = document.elementFromPoint(x, y)?.closest('g.mark');
      const id = top?.getAttribute('data-claim');
      if (id && quoted.has(id)) return { x, y, id, bundle: top!.getAttribute('data-bundle')! };
    }
    return null;
  });
  expect(hit).not.toBeNull();
  await page.mouse.click(hit!.x, hit!.y);
  const card = page.locator(`[data-testid="inspector"] [data-claim-id="${hit!.id}"]`);
  await expect(card).toHaveClass(/claim-focus/);
  const quote = await page.evaluate(
    ({ bundle, id }) => window.__explorer!.getState().bundles[bundle]!.claims.find((c) => c.id === id)!.quote,
    hit!,
  );
  await expect(card.getByTestId('quote')).toHaveText(`“${quote}”`);
  expect(await page.evaluate(() => window.cy!.edges(':selected').map((e) => e.id()))).toEqual([hit!.bundle]);

  // Keyboard: a focused mark opens on Enter.
  await page.keyboard.press('Escape');
  const second = page.locator('[data-testid="timeline-chart"] g.mark[data-row="event"]').first();
  await second.focus();
  await page.keyboard.press('Enter');
  const id2 = await second.getAttribute('data-claim');
  await expect(page.locator(`[data-testid="inspector"] [data-claim-id="${id2}"]`)).toHaveClass(/claim-focus/);
});

test('the exported timeline has every mark, a status legend and the sources of the marked claims', async ({ page }) => {
  await ready(page);
  const result = await page.evaluate(async () => {
    const svg = await window.__figure!.exportTimeline!({
      mode: 'claims',
      title: 'Claims over time',
      caption: 'When it happened and when it was reported',
      date: '2025-01-01',
      format: 'svg',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const s = window.__explorer!.getState();
    const claims = Object.values(s.bundles)
      .filter((b) => b.kind === 'claims')
      .flatMap((b) => b.claims);
    const marked = claims.filter((c) => c.date || c.article?.published);
    const rows = claims.filter((c) => c.date).length + claims.filter((c) => c.article?.published).length;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      marks: doc.querySelectorAll('g.mark').length,
      rows,
      markIds: [...new Set([...doc.querySelectorAll('g.mark')].map((m) => m.getAttribute('data-claim')))].sort(),
      markedIds: marked.map((c) => c.id).sort(),
      sources: texts.filter((t) => /^\[\d+\] /.test(t)),
      articles: [...new Set(marked.flatMap((c) => (c.article ? [c.article] : [])).map((a) => a.title ?? a.id))],
      texts,
    };
  });
  expect(result.error).toBeNull();
  expect(result.marks).toBe(result.rows);
  expect(result.markIds).toEqual(result.markedIds);
  expect(result.sources).toHaveLength(result.articles.length);
  for (const title of result.articles) expect(result.sources.some((s) => s.includes(title))).toBe(true);
  expect(result.texts).toContain('Claims over time');
  expect(result.texts.some((t) => t.startsWith('Generated from') && t.includes('2025-01-01'))).toBe(true);

  const { figures, line } = await page.evaluate(async () => {
    const svg = await window.__figure!.exportTimeline!({ mode: 'figures', keys: ['troops'], format: 'svg' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const line = doc.querySelector('g.series[data-key="troops"] path')?.getAttribute('d') ?? '';
    const points = [...doc.querySelectorAll('g.figure-point')].map((p) => [
      p.getAttribute('data-day'),
      Number(p.getAttribute('data-value')),
    ]);
    return { figures: points, line };
  });
  const values = new Set(figures.map(([, v]) => v));
  for (const v of [1500, 3000, 10000, 11000]) expect(values.has(v)).toBe(true);
  // Oldest first along the series: the October escalation reads left to right (partial '2024-10' at Oct 1).
  const days = figures.map(([d]) => d as string);
  expect(days).toEqual([...days].sort());
  // The line joins the fully dated estimates left to right; the month-only ones ('2024-10') stay out of it.
  const xs = [...line.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
  expect(xs.length).toBe(figures.filter(([d]) => d !== '2024-10-01').length);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));

  // Zoomed to a few days, the figure keeps (and cites) only the marks that overlap them.
  const zoomed = await page.evaluate(async () => {
    const svg = await window.__figure!.exportTimeline!({ domain: ['2024-10-20', '2024-10-24'], format: 'svg' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return [...doc.querySelectorAll('g.mark')].map((m) => m.getAttribute('data-day')!);
  });
  expect(zoomed.length).toBeGreaterThan(0);
  expect(zoomed.length).toBeLessThan(result.marks);
  expect(zoomed.every((d) => d.startsWith('2024-10'))).toBe(true);

  const png = await page.evaluate(() =>
    window.__figure!.exportTimeline!({ format: 'png', size: { kind: 'size', width: 1200, height: 700 } }),
  );
  const img = PNG.sync.read(Buffer.from(png, 'base64'));
  expect([img.width, img.height]).toEqual([1200, 700]);
});
