// Conflicting figures at a glance (issue 11 item 4): the troops edge's label shows the range, the inspector's
// figure table lists exactly the claims with figures (compared with the API) with their claimants, and the
// export writes an SVG with every row's claimant and every cited article as a source.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Claim, ClaimsPage } from '../lib/model/wire.ts';
import { ExplorerPage } from './pages/explorer.ts';

const TROOPS = 'north-korea|SENDS_TROOPS_TO|russia';

/** Every claim of the bundle from the plain claims route, and those the withFigures filter returns. */
async function fromApi(page: Page): Promise<{ all: Claim[]; withFigures: Claim[] }> {
  const get = async (q: string) =>
    (
      (await (
        await page.request.get(`/api/claims?bundle=${encodeURIComponent(TROOPS)}&limit=100${q}`)
      ).json()) as ClaimsPage
    ).claims;
  return { all: await get(''), withFigures: await get('&withFigures=1') };
}

const ids = (claims: Claim[]) => claims.map((c) => c.id).sort();

async function openTroops(page: Page): Promise<ExplorerPage> {
  const x = new ExplorerPage(page);
  await x.goto();
  await x.loadNodes(['north-korea', 'russia']);
  await expect.poll(() => x.edgeIds()).toContain(TROOPS);
  await x.selectEdge(TROOPS);
  await expect(x.inspector.getByTestId('figure-table')).toBeVisible();
  return x;
}

test('the troops edge label shows the range, and the figure table lists exactly the claims with figures', async ({
  page,
}) => {
  const x = await openTroops(page);
  const label = await page.evaluate((id) => String(window.cy!.getElementById(id).data('label')), TROOPS);
  expect(label).toMatch(/^sends troops to ×\d+ · 1,500–11,000 troops$/);

  const api = await fromApi(page);
  const expected = api.all.filter((c) => Object.keys(c.figures).length > 0);
  expect(expected.length).toBeGreaterThanOrEqual(4);
  expect(expected.length).toBeLessThan(api.all.length);
  expect(ids(api.withFigures)).toEqual(ids(expected));

  const rows = x.inspector.getByTestId('figure-row');
  await expect(rows).toHaveCount(expected.reduce((n, c) => n + Object.keys(c.figures).length, 0));
  const shown = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')!));
  expect([...new Set(shown)].sort()).toEqual(ids(expected));
  const claimants = await x.inspector.getByTestId('figure-claimant').allTextContents();
  expect(claimants.sort()).toEqual(expected.map((c) => c.claimant?.name ?? 'no claimant').sort());
  await expect(x.inspector.getByTestId('figure-dot')).toHaveCount(expected.filter((c) => c.date !== null).length);
  // oldest first, undated last
  const dates = shown.map((id) => expected.find((c) => c.id === id)!.date);
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated).toEqual([...dated].sort());
  expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);
});

test('the figure table exports as an SVG with every claimant and every source, and as a PNG', async ({ page }) => {
  const x = await openTroops(page);
  const expected = (await fromApi(page)).withFigures;
  const download = page.waitForEvent('download');
  await x.inspector.getByTestId('figure-export').click();
  const svg = await readFile((await (await download).path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      text: Array.from(doc.querySelectorAll('text'))
        .map((t) => t.textContent ?? '')
        .join('\n'),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  const words = parsed.text.replace(/\s+/g, ' ');
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const c of expected) {
    expect(words).toContain(c.claimant?.name ?? 'no claimant'); // a wrapped cell's lines are consecutive
    expect(words).toContain(norm(c.article!.title!)); // every cited article in the sources footer
  }
  expect(words).toContain('Sources');
  expect(words).toContain('Generated from');

  // The hook renders a saved report's claims (as the figure CLI will) and the bundle, to PNG too.
  const fromClaims = await page.evaluate(
    (claims) =>
      window.__figure!.exportFigureTable({
        claims: JSON.parse(claims) as Claim[],
        title: 'Conflicting figures',
        origin: { kind: 'query', name: 'conflicting-figures' },
        date: '2026-12-02',
        format: 'svg',
      }),
    // As a Cypher result gives them: articles by id only (the lookup fills them in). As JSON: Claim's property
    // values are too deep a type for evaluate's argument.
    JSON.stringify(
      expected.map((c) => ({ ...c, article: { id: c.article!.id, title: null, outlet: null, published: null } })),
    ),
  );
  expect(fromClaims).toContain('query conflicting-figures · exported 2026-12-02');
  const fromClaimsText = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent ?? '',
    fromClaims,
  );
  for (const c of expected) expect(norm(fromClaimsText)).toContain(norm(c.article!.title!));
  for (const c of expected) expect(fromClaims).toContain((c.claimant?.name ?? 'no claimant').split(' ')[0]!);
  const b64 = await page.evaluate((bundle) => window.__figure!.exportFigureTable({ bundle, format: 'png' }), TROOPS);
  const png = PNG.sync.read(Buffer.from(b64, 'base64'));
  expect(png.width).toBeGreaterThan(500);
  expect(png.height).toBeGreaterThan(300);
});
