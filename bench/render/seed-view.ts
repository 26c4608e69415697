// Time to the first painted seed view of the real app: navigation start → window.cy has nodes and a
// frame has been produced with them. Uses the app's test hook window.cy.
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './browser.ts';

export interface SeedViewResult {
  /** Median over `runs` cold loads (fresh browser context, empty HTTP cache). */
  ms: number;
  runs: number[];
  nodes: number;
  edges: number;
  renderer: string;
}

/** One load is noisy on a busy 2-core machine, so the goal is judged on the median of several. */
export async function measureSeedView(
  browser: Browser,
  url: string,
  timeoutMs = 30_000,
  count = 5,
): Promise<SeedViewResult> {
  const results: SeedViewResult[] = [];
  for (let i = 0; i < count; i++) results.push(await measureOnce(browser, url, timeoutMs));
  const runs = results.map((r) => Math.round(r.ms));
  const sorted = [...runs].sort((a, b) => a - b);
  return { ...results[0]!, ms: sorted[Math.floor(sorted.length / 2)]!, runs };
}

async function measureOnce(browser: Browser, url: string, timeoutMs: number): Promise<SeedViewResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const cy = (window as unknown as { cy?: import('cytoscape').Core }).cy;
        return Boolean(cy && cy.nodes().length > 0);
      },
      undefined,
      { timeout: timeoutMs, polling: 'raf' },
    );
    return await page.evaluate(
      () =>
        new Promise<SeedViewResult>((resolve) =>
          // Two frames: the one Cytoscape draws the new elements in, then the one that shows it.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
              const r = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
              resolve({
                ms: performance.now(),
                runs: [],
                nodes: cy.nodes().length,
                edges: cy.edges().length,
                renderer: r.webgl ? 'webgl' : 'canvas',
              });
            }),
          ),
        ),
    );
  } finally {
    await context.close();
  }
}
