// Time to the first painted seed view of the real app: navigation start → window.cy has nodes and a
// frame has been produced with them. Uses the app's test hook window.cy.
import type { Browser } from '@playwright/test';
import { VIEWPORT } from './browser.ts';

export interface SeedViewResult {
  ms: number;
  nodes: number;
  edges: number;
  renderer: string;
}

export async function measureSeedView(browser: Browser, url: string, timeoutMs = 30_000): Promise<SeedViewResult> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
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
                nodes: cy.nodes().length,
                edges: cy.edges().length,
                renderer: r.webgl ? 'webgl' : 'canvas',
              });
            }),
          ),
        ),
    );
  } finally {
    await page.close();
  }
}
