// What the bench page exposes on window.__bench; shared by the page and the Node driver.
import type { GpuInfo } from '../../web/src/render/renderer.ts';

export type RendererKind = 'canvas' | 'webgl';

export interface MountSpec {
  size: number;
  seed: number;
  renderer: RendererKind;
  /** false = baseline: Cytoscape's default viewport options (no texture, no hidden edges) and no scale style patch. */
  scale: boolean;
}
export interface MountResult {
  firstRenderMs: number;
  nodes: number;
  edges: number;
  /** Whether Cytoscape actually switched to WebGL. */
  webgl: boolean;
}
export interface LayoutResult {
  /** layout.run() until it returns (animate:false runs synchronously). */
  computeMs: number;
  /** Including the first frame painted with the new positions. */
  totalMs: number;
}
export interface FrameRecord {
  /** Every rAF interval (ms). */
  frames: number[];
  /** Busy intervals: Cytoscape drew or an input event was handled. */
  drawnFrames: number[];
  draws: number;
}
export interface BenchApi {
  gpu(): GpuInfo;
  mount(spec: MountSpec): Promise<MountResult>;
  layout(seed: number, draft: boolean): Promise<LayoutResult>;
  startFrames(): void;
  stopFrames(): FrameRecord;
  zoom(): number;
}
