// Renderer selection and viewport options for large graphs. Pure except detectGpu (re-exported).
// Measured on a 2-core machine without GPU (headless Chromium, SwiftShader), 5k nodes / 10k edges:
// canvas renderer ~20-50 ms per frame, Cytoscape WebGL ~2 s per frame. WebGL only pays off on real GPUs.
import type { GpuInfo } from './gpu.ts';

export { detectGpu, isSoftwareRenderer, NO_GPU, type GpuInfo } from './gpu.ts';

/** Cytoscape 3.31+ renderer options (`renderer: { name: 'canvas', webgl: true, ... }`). */
export interface RendererChoice {
  name: 'canvas';
  webgl?: boolean;
  webglTexSize?: number;
  webglTexRows?: number;
  webglTexRowsNodes?: number;
  webglBatchSize?: number;
  webglTexPerBatch?: number;
}

/** Viewport-manipulation shortcuts per graph size. The first tier whose minNodes <= count wins (sorted desc). */
export interface ScaleTier {
  id: 'small' | 'medium' | 'large' | 'huge';
  minNodes: number;
  /** Pan/zoom moves a bitmap of the last frame instead of redrawing every element. */
  textureOnViewport: boolean;
  /** Edges are skipped while the user pans, zooms or drags. */
  hideEdgesOnViewport: boolean;
  /** Typed by Cytoscape; the 3.34 canvas renderer ignores it, min-zoomed-font-size does the work. */
  hideLabelsOnViewport: boolean;
  /** 1 halves the pixels to fill on HiDPI screens. */
  pixelRatio: number | 'auto';
  /** Labels whose on-screen size would be below this many px are not drawn. */
  minZoomedFontSize: number;
}

export const SCALE_TIERS: readonly ScaleTier[] = [
  {
    id: 'huge',
    minNodes: 8000,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    pixelRatio: 1,
    minZoomedFontSize: 12,
  },
  {
    id: 'large',
    minNodes: 2000,
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    hideLabelsOnViewport: true,
    pixelRatio: 1,
    minZoomedFontSize: 10,
  },
  {
    id: 'medium',
    minNodes: 500,
    textureOnViewport: true,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: true,
    pixelRatio: 'auto',
    minZoomedFontSize: 6,
  },
  {
    id: 'small',
    minNodes: 0,
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    hideLabelsOnViewport: false,
    pixelRatio: 'auto',
    minZoomedFontSize: 0,
  },
];

export const scaleTier = (nodeCount: number): ScaleTier =>
  SCALE_TIERS.find((t) => nodeCount >= t.minNodes) ?? (SCALE_TIERS[SCALE_TIERS.length - 1] as ScaleTier);

/** Below this the canvas renderer is fast everywhere and WebGL's texture atlases only cost memory. */
export const WEBGL_MIN_NODES = 2000;

/** Desktop-GPU settings from the Cytoscape WebGL preview post; Cytoscape clamps them to the GPU's limits. */
export const WEBGL_DESKTOP: Omit<RendererChoice, 'name'> = {
  webgl: true,
  webglTexSize: 4096,
  webglTexRows: 24,
  webglBatchSize: 2048,
  webglTexPerBatch: 16,
};

/** Canvas unless the graph is big AND a hardware GPU is present. Never WebGL on a software rasteriser. */
export function chooseRenderer(nodeCount: number, gpu: GpuInfo): RendererChoice {
  const hardware = gpu.webgl && !gpu.software && gpu.renderer !== '';
  if (hardware && nodeCount >= WEBGL_MIN_NODES) return { name: 'canvas', ...WEBGL_DESKTOP };
  return { name: 'canvas' };
}

/** Forces a renderer regardless of the GPU (benchmarks, the `?renderer=` debug switch). */
export const forcedRenderer = (kind: 'canvas' | 'webgl'): RendererChoice =>
  kind === 'webgl' ? { name: 'canvas', ...WEBGL_DESKTOP } : { name: 'canvas' };

export interface RenderOptions {
  renderer: RendererChoice;
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  hideLabelsOnViewport: boolean;
  motionBlur: false;
  pixelRatio: number | 'auto';
}

/** Options to spread into `cytoscape({...})` for a graph of this size. */
export function renderOptions(
  nodeCount: number,
  gpu: GpuInfo,
  renderer = chooseRenderer(nodeCount, gpu),
): RenderOptions {
  const tier = scaleTier(nodeCount);
  return {
    renderer,
    textureOnViewport: tier.textureOnViewport,
    hideEdgesOnViewport: tier.hideEdgesOnViewport,
    hideLabelsOnViewport: tier.hideLabelsOnViewport,
    // Motion blur redraws extra frames; it hides jank but costs CPU we do not have on big graphs.
    motionBlur: false,
    pixelRatio: tier.pixelRatio,
  };
}

/**
 * Whether the core must be re-created when the graph goes from `from` to `to` nodes. Viewport shortcuts and
 * pixel ratio can be changed on a live core (render/core-options.ts applyViewportOptions); only the renderer
 * kind (canvas vs WebGL) is fixed at init. A forced renderer (`?renderer=`) never changes.
 */
export const needsNewRenderer = (from: number, to: number, gpu: GpuInfo, forced?: RendererChoice | null): boolean =>
  !forced && Boolean(chooseRenderer(from, gpu).webgl) !== Boolean(chooseRenderer(to, gpu).webgl);

/** What the canvas has applied: the node count its tier and renderer were chosen for, and the renderer. */
export interface AppliedRender {
  nodeCount: number;
  renderer: RendererChoice;
}

export type RenderUpdate =
  /** Same tier, same renderer: nothing to do. */
  | { kind: 'none' }
  /** Another size tier: change the live core's viewport options and scale style. */
  | { kind: 'tier'; nodeCount: number }
  /** The renderer kind changes: re-create the core (elements, positions, viewport, selection kept). */
  | { kind: 'recreate'; nodeCount: number; renderer: RendererChoice };

/** Pure decision the canvas makes whenever its element count changes. */
export function planRenderUpdate(
  applied: AppliedRender,
  nodeCount: number,
  gpu: GpuInfo,
  forced?: RendererChoice | null,
): RenderUpdate {
  if (needsNewRenderer(applied.nodeCount, nodeCount, gpu, forced)) {
    return { kind: 'recreate', nodeCount, renderer: forced ?? chooseRenderer(nodeCount, gpu) };
  }
  if (scaleTier(applied.nodeCount).id !== scaleTier(nodeCount).id) return { kind: 'tier', nodeCount };
  return { kind: 'none' };
}
