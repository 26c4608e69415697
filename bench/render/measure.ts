// One measurement: a fresh page, a synthetic graph, its layout, then pan and zoom with real mouse input.
import type { Browser, Page } from '@playwright/test';
import { VIEWPORT } from './browser.ts';
import { layoutLabel } from './layouts.ts';
import type { BenchApi, LayoutResult, MountResult, RendererKind } from './protocol.ts';
import { frameStats, type FrameStats } from './stats.ts';

export interface CaseResult {
  size: number;
  renderer: RendererKind;
  webglActive: boolean;
  gpu: string;
  nodes: number;
  edges: number;
  firstRenderMs: number | null;
  layout: string;
  layoutMs: number | null;
  pan: FrameStats | null;
  zoom: FrameStats | null;
  panZoom: FrameStats | null;
  draws: number;
  /** Only the intervals in which Cytoscape drew or handled an input (diagnostic). */
  busy: FrameStats | null;
  notes: string[];
}

export interface CaseSpec {
  baseUrl: string;
  size: number;
  renderer: RendererKind;
  seed: number;
  gestureMs: number;
  stepTimeoutMs: number;
  scale: boolean;
}

class StepTimeout extends Error {}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new StepTimeout(`${what} > ${ms} ms`)), ms)),
  );
  try {
    return await Promise.race([p, t]);
  } finally {
    clearTimeout(timer);
  }
}

type Bench = { __bench: BenchApi };

/** A point on the background (no node under it, so a drag pans instead of moving a node). */
const backgroundPoint = (page: Page): Promise<{ x: number; y: number } | null> =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
    const w = window.innerWidth;
    const h = window.innerHeight;
    // Spiral-ish scan from the centre outwards, 8 px margin around nodes.
    for (let r = 0; r < Math.min(w, h) / 2; r += 12) {
      for (let a = 0; a < 360; a += 15) {
        const x = w / 2 + r * Math.cos((a * Math.PI) / 180);
        const y = h / 2 + r * Math.sin((a * Math.PI) / 180);
        if (!boxes.some((b) => x > b.x1 - 8 && x < b.x2 + 8 && y > b.y1 - 8 && y < b.y2 + 8)) return { x, y };
      }
    }
    return null;
  });

interface GestureOut {
  frames: number[];
  busyFrames: number[];
  draws: number;
  capped: boolean;
  inputs: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A 125 Hz mouse: events are emitted on the device's clock, not when the page is ready for them. */
const INPUT_INTERVAL_MS = 8;

/**
 * Records every rAF interval while `inputs` are fired at 125 Hz without waiting for the page (Chromium
 * queues and coalesces them like real mouse events), so the page is never idle waiting for the driver and
 * every interval is a frame the user sees. WebGL's GPU-side cost lands in frames without a draw call, so
 * all intervals count. Stops at the cap.
 */
async function recordGesture(page: Page, inputs: (() => Promise<void>)[], capMs: number): Promise<GestureOut> {
  await page.evaluate(() => (window as unknown as Bench).__bench.startFrames());
  const deadline = Date.now() + capMs;
  const pending: Promise<unknown>[] = [];
  let sent = 0;
  for (const input of inputs) {
    if (Date.now() > deadline) break;
    pending.push(input().catch(() => undefined));
    sent++;
    await sleep(INPUT_INTERVAL_MS);
  }
  const drained = await Promise.race([
    Promise.all(pending).then(() => true),
    sleep(Math.max(0, deadline - Date.now())).then(() => false),
  ]);
  // One more frame so the last input's redraw is counted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const out = await page.evaluate(() => (window as unknown as Bench).__bench.stopFrames());
  return {
    frames: out.frames,
    busyFrames: out.drawnFrames,
    draws: out.draws,
    capped: sent < inputs.length || !drained,
    inputs: sent,
  };
}

const fmtS = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('crash', () => errors.push('page crashed'));
  return page;
}

async function openAndMount(page: Page, spec: CaseSpec): Promise<MountResult & { gpu: string }> {
  await page.goto(spec.baseUrl);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const gpu = (await page.evaluate(() => (window as unknown as Bench).__bench.gpu())).renderer || '(no WebGL)';
  const mount = await withTimeout(
    page.evaluate((s) => (window as unknown as Bench).__bench.mount(s), {
      size: spec.size,
      seed: spec.seed,
      renderer: spec.renderer,
      scale: spec.scale,
    }),
    spec.stepTimeoutMs,
    'first render',
  );
  return { ...mount, gpu };
}

const runLayout = (page: Page, spec: CaseSpec, draft: boolean): Promise<LayoutResult> =>
  withTimeout(
    page.evaluate(([seed, d]) => (window as unknown as Bench).__bench.layout(seed, d), [spec.seed, draft] as const),
    spec.stepTimeoutMs,
    `layout ${layoutLabel(spec.size, draft)}`,
  );

export async function measureCase(browser: Browser, spec: CaseSpec): Promise<CaseResult> {
  const errors: string[] = [];
  let page = await newPage(browser, errors);
  const notes: string[] = [];
  const result: CaseResult = {
    size: spec.size,
    renderer: spec.renderer,
    webglActive: false,
    gpu: '',
    nodes: 0,
    edges: 0,
    firstRenderMs: null,
    layout: layoutLabel(spec.size, false),
    layoutMs: null,
    pan: null,
    zoom: null,
    panZoom: null,
    draws: 0,
    busy: null,
    notes,
  };
  try {
    const mount = await openAndMount(page, spec);
    result.gpu = mount.gpu;
    Object.assign(result, {
      firstRenderMs: mount.firstRenderMs,
      nodes: mount.nodes,
      edges: mount.edges,
      webglActive: mount.webgl,
    });
    try {
      result.layoutMs = (await runLayout(page, spec, false)).totalMs;
    } catch (e) {
      if (!(e instanceof StepTimeout) || result.layout.startsWith('fcose draft')) throw e;
      // The page is stuck inside the layout; start over with the cheap one so pan/zoom is still measured.
      await page.close().catch(() => undefined);
      page = await newPage(browser, errors);
      await openAndMount(page, spec);
      const fb = await runLayout(page, spec, true);
      notes.push(
        `${result.layout} did not finish within ${fmtS(spec.stepTimeoutMs)}; pan/zoom measured after fcose draft (${fmtS(fb.totalMs)})`,
      );
    }

    const bg = await backgroundPoint(page);
    const from = bg ?? { x: 40, y: 40 };
    if (!bg) notes.push('no empty background found; drag may move a node');
    const drag: (() => Promise<void>)[] = [
      () => page.mouse.move(from.x, from.y),
      () => page.mouse.down(),
      ...Array.from({ length: 120 }, (_, i) => () => page.mouse.move(from.x + (i + 1) * 3, from.y + (i + 1) * 1.5)),
      () => page.mouse.up(),
    ];
    const pan = await recordGesture(page, drag, spec.gestureMs);
    if (pan.capped) {
      notes.push(`pan capped at ${spec.gestureMs} ms (${pan.inputs}/${drag.length} inputs sent, queue not drained)`);
      await page.mouse.up();
    }

    const centre = { x: VIEWPORT.width / 2, y: VIEWPORT.height / 2 };
    await page.mouse.move(centre.x, centre.y);
    const wheel: (() => Promise<void>)[] = [
      ...Array.from({ length: 40 }, () => () => page.mouse.wheel(0, -100)),
      ...Array.from({ length: 40 }, () => () => page.mouse.wheel(0, 100)),
    ];
    const zoom = await recordGesture(page, wheel, spec.gestureMs);
    if (zoom.capped)
      notes.push(`zoom capped at ${spec.gestureMs} ms (${zoom.inputs}/${wheel.length} inputs sent, queue not drained)`);

    result.pan = frameStats(pan.frames);
    result.zoom = frameStats(zoom.frames);
    result.panZoom = frameStats([...pan.frames, ...zoom.frames]);
    result.draws = pan.draws + zoom.draws;
    result.busy = frameStats([...pan.busyFrames, ...zoom.busyFrames]);
    if (pan.draws === 0) notes.push('pan produced no redraw (gesture not recognised?)');
    if (zoom.draws === 0) notes.push('zoom produced no redraw (gesture not recognised?)');
  } catch (e) {
    notes.push(e instanceof StepTimeout ? `stopped: ${e.message}` : `error: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    if (errors.length) notes.push(`page errors: ${errors.slice(0, 2).join('; ')}`);
    await page.close().catch(() => undefined);
  }
  return result;
}
