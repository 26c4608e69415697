// The explorer's Cytoscape core options in one place: CytoscapeCanvas and the render bench
// (bench/render/app-style.ts) both build their cores from here, so the bench measures what the app does.
import type { Core } from 'cytoscape';
import { type GpuInfo, type RenderOptions, type RendererChoice, renderOptions, scaleTier } from './renderer.ts';

/**
 * Interaction options fixed for the core's lifetime. wheelSensitivity stays at Cytoscape's default (1):
 * other values make wheel zoom differ between mice/trackpads and Cytoscape warns about them.
 * textureOnViewport is always on in the app: pan/zoom moves a bitmap even on small graphs.
 */
export const APP_CORE_OPTIONS = {
  textureOnViewport: true,
  wheelSensitivity: 1,
  minZoom: 0.05,
  maxZoom: 6,
  boxSelectionEnabled: true,
  selectionType: 'additive',
} as const;

/** Renderer fields Cytoscape reads on every frame; they can be changed on a live core (see applyViewportOptions). */
export interface ViewportOptions {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  pixelRatio: number | 'auto';
}

export const viewportOptions = (nodeCount: number): ViewportOptions => {
  const tier = scaleTier(nodeCount);
  return {
    textureOnViewport: APP_CORE_OPTIONS.textureOnViewport || tier.textureOnViewport,
    hideEdgesOnViewport: tier.hideEdgesOnViewport,
    pixelRatio: tier.pixelRatio,
  };
};

export type AppCoreOptions = RenderOptions & Omit<typeof APP_CORE_OPTIONS, 'textureOnViewport'> & ViewportOptions;

/** Everything to spread into `cytoscape({...})` besides container, style and elements. */
export function appCoreOptions(nodeCount: number, gpu: GpuInfo, renderer?: RendererChoice): AppCoreOptions {
  return { ...renderOptions(nodeCount, gpu, renderer), ...APP_CORE_OPTIONS, ...viewportOptions(nodeCount) };
}

/** The canvas renderer's live fields (cytoscape/src/extensions/renderer/base/index.mjs `init`). */
interface LiveRenderer {
  textureOnViewport: boolean;
  hideEdgesOnViewport: boolean;
  /** null = devicePixelRatio; read by getPixelRatio() whenever the canvases are sized. */
  forcedPixelRatio: number | null;
}

/**
 * Applies viewport options to a running core. Cytoscape copies hideEdgesOnViewport, textureOnViewport and
 * pixelRatio into renderer fields at init and never re-reads the options; the fields themselves are read per
 * frame (pixelRatio when the canvases are sized, hence the resize). The renderer kind (WebGL) is init-only.
 */
export function applyViewportOptions(cy: Core, o: ViewportOptions): void {
  const r = (cy as unknown as { renderer(): LiveRenderer | undefined }).renderer();
  if (!r) return;
  r.textureOnViewport = o.textureOnViewport;
  r.hideEdgesOnViewport = o.hideEdgesOnViewport;
  const forced = typeof o.pixelRatio === 'number' ? o.pixelRatio : null;
  if (r.forcedPixelRatio !== forced) {
    r.forcedPixelRatio = forced;
    cy.resize();
  }
}
