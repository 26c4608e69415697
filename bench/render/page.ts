// Bench page: the app's stylesheet and renderer options on synthetic graphs, driven from Playwright
// through window.__bench. Timings are taken in the page; gestures come from real (CDP) mouse input.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { detectGpu, forcedRenderer, renderOptions, type GpuInfo } from '../../web/src/render/renderer.ts';
import { scaleStyle } from '../../web/src/render/scale-style.ts';
import { layoutById } from '../../web/src/layouts/registry.ts';
import { withSeededRandom } from '../../web/src/layouts/prng.ts';
import { APP_CORE_OPTIONS, appStylesheet } from './app-style.ts';
import { syntheticGraph } from './synthetic.ts';
import { BENCH_LAYOUT_ID } from './layouts.ts';
import type { BenchApi, FrameRecord, LayoutResult, MountResult, MountSpec } from './protocol.ts';

cytoscape.use(fcose);

const container = document.getElementById('cy') as HTMLElement;
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

let cy: Core | undefined;
let draws = 0;
let onDraw: (() => void) | undefined;
const gpu: GpuInfo = detectGpu();

type Internals = { renderer(): { render: (o?: unknown) => unknown; webgl?: boolean } };
const rendererOf = (core: Core) => (core as unknown as Internals).renderer();

/** Counts real draws: the WebGL path does not emit 'render', so wrap the renderer's render(). */
function instrument(core: Core): void {
  const r = rendererOf(core);
  const original = r.render;
  r.render = function (this: unknown, o?: unknown) {
    const out = original.call(this, o);
    draws++;
    onDraw?.();
    return out;
  };
}

/** Resolves after the next draw has happened and the browser has produced a frame with it. */
async function painted(): Promise<void> {
  await new Promise<void>((resolve) => (onDraw = resolve));
  onDraw = undefined;
  await nextFrame();
}

async function mount(spec: MountSpec): Promise<MountResult> {
  cy?.destroy();
  const graph = syntheticGraph(spec.size, { seed: spec.seed });
  const tierSize = spec.scale ? spec.size : 0;
  const opts = renderOptions(tierSize, gpu, forcedRenderer(spec.renderer));
  const core = cytoscape({
    container,
    style: [...appStylesheet(), ...(spec.scale ? scaleStyle(graph.nodes.length, graph.edges.length) : [])],
    ...opts,
    ...APP_CORE_OPTIONS,
    // The app overrides textureOnViewport to true; the tier decides the rest. Baseline = Cytoscape defaults.
    textureOnViewport: spec.scale ? APP_CORE_OPTIONS.textureOnViewport : false,
    hideEdgesOnViewport: opts.hideEdgesOnViewport,
  } as cytoscape.CytoscapeOptions);
  cy = core;
  // Same test hook as the app, so driver code can reach the instance.
  (window as unknown as { cy: Core }).cy = core;
  instrument(core);
  await nextFrame();
  const t0 = performance.now();
  core.add([...graph.nodes, ...graph.edges]);
  core.fit(undefined, 20);
  await painted();
  const firstRenderMs = performance.now() - t0;
  const webgl = Boolean(rendererOf(core).webgl);
  return { firstRenderMs, nodes: core.nodes().length, edges: core.edges().length, webgl };
}

/** The app's registry layout, seeded like the app runs it; `draft` forces fcose's spectral-only pass. */
async function layout(seed: number, draft: boolean): Promise<LayoutResult> {
  const core = cy as Core;
  const opts = layoutById(BENCH_LAYOUT_ID).options(seed, {
    nodeCount: core.nodes().length,
    fixed: [],
    incremental: false,
  });
  const t0 = performance.now();
  withSeededRandom(seed, () => {
    core.layout({ ...opts, ...(draft ? { quality: 'draft' } : {}), animate: false } as cytoscape.LayoutOptions).run();
  });
  const computeMs = performance.now() - t0;
  core.fit(undefined, 20);
  await painted();
  return { computeMs, totalMs: performance.now() - t0 };
}

let inputs = 0;
for (const type of ['mousemove', 'mousedown', 'mouseup', 'wheel']) {
  window.addEventListener(type, () => inputs++, { capture: true, passive: true });
}

let frames: number[] = [];
let drawnFrames: number[] = [];
let recording = false;
let drawsAtStart = 0;

/**
 * rAF intervals during a gesture. An interval in which Cytoscape drew or an input event was handled is a
 * busy frame (slow hit-testing in input handlers counts too); idle intervals, where the page only waited
 * for the driver's next event, are kept apart so they cannot flatter the median.
 */
function startFrames(): void {
  frames = [];
  drawnFrames = [];
  recording = true;
  drawsAtStart = draws;
  // performance.now(), not the rAF timestamp: the timestamp is the frame's begin time, which precedes a
  // long Cytoscape draw in the same frame, so timestamp deltas hide exactly the cost we want to see.
  let prev = 0;
  let prevDraws = draws;
  let prevInputs = inputs;
  const loop = (): void => {
    if (!recording) return;
    const now = performance.now();
    frames.push(now - prev);
    if (draws !== prevDraws || inputs !== prevInputs) drawnFrames.push(now - prev);
    prev = now;
    prevDraws = draws;
    prevInputs = inputs;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(() => {
    prev = performance.now();
    prevDraws = draws;
    prevInputs = inputs;
    requestAnimationFrame(loop);
  });
}

function stopFrames(): FrameRecord {
  recording = false;
  return { frames, drawnFrames, draws: draws - drawsAtStart };
}

const api: BenchApi = {
  gpu: () => gpu,
  mount,
  layout,
  startFrames,
  stopFrames,
  zoom: () => (cy ? cy.zoom() : 0),
};
(window as unknown as { __bench: BenchApi }).__bench = api;
document.body.dataset.ready = 'true';
