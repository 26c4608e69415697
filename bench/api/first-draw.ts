// Start page in the browser: navigation start → the first frame in which window.cy holds all of the
// seed's nodes and edges (one edge per bundle). Median of cold loads, each in a fresh context.
import { launchBrowser, VIEWPORT } from '../render/browser.ts';
import type { Browser } from '@playwright/test';
import type { FirstDraw } from './report.ts';

interface Expected {
  nodes: number;
  edges: number;
}

async function loadOnce(browser: Browser, url: string, expected: Expected, timeoutMs: number): Promise<FirstDraw> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      (want) => {
        const cy = (window as unknown as { cy?: import('cytoscape').Core }).cy;
        return Boolean(cy && cy.nodes().length >= want.nodes && cy.edges().length >= want.edges);
      },
      expected,
      { timeout: timeoutMs, polling: 'raf' },
    );
    return await page.evaluate(
      () =>
        new Promise<FirstDraw>((resolve) =>
          // Two frames: the one Cytoscape draws the new elements in, then the one that shows it.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
              resolve({ ms: performance.now(), runs: [], nodes: cy.nodes().length, edges: cy.edges().length });
            }),
          ),
        ),
    );
  } finally {
    await context.close();
  }
}

export async function measureFirstDraw(
  url: string,
  expected: Expected,
  loads: number,
  timeoutMs = 30_000,
): Promise<FirstDraw> {
  const browser = await launchBrowser('canvas');
  try {
    const results: FirstDraw[] = [];
    for (let i = 0; i < loads; i++) results.push(await loadOnce(browser, url, expected, timeoutMs));
    const runs = results.map((r) => Math.round(r.ms));
    const sorted = [...runs].sort((a, b) => a - b);
    return { ...results[0]!, ms: sorted[Math.floor(sorted.length / 2)]!, runs };
  } finally {
    await browser.close();
  }
}
