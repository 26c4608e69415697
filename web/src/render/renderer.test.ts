import { describe, expect, it } from 'vitest';
import {
  chooseRenderer,
  isSoftwareRenderer,
  needsNewRenderer,
  planRenderUpdate,
  renderOptions,
  scaleTier,
  WEBGL_MIN_NODES,
  type GpuInfo,
} from './renderer.ts';
import { HAYSTACK_MIN_EDGES, scaleStyle } from './scale-style.ts';

const hardware: GpuInfo = { webgl: true, software: false, renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060, D3D11)' };
const swiftshader: GpuInfo = {
  webgl: true,
  software: true,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
};
const noWebgl: GpuInfo = { webgl: false, software: false, renderer: '' };

describe('isSoftwareRenderer', () => {
  it.each([
    ['ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)', true],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['Microsoft Basic Render Driver', true],
    ['Google SwiftShader', true],
    ['ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)', false],
    ['Apple M2', false],
  ])('%s -> %s', (name, expected) => expect(isSoftwareRenderer(name)).toBe(expected));
});

describe('chooseRenderer', () => {
  it('uses WebGL for a big graph on a hardware GPU', () => {
    const r = chooseRenderer(5000, hardware);
    expect(r).toMatchObject({ name: 'canvas', webgl: true });
    expect(r.webglTexSize).toBeGreaterThanOrEqual(2048);
    expect(r.webglBatchSize).toBeGreaterThan(0);
  });
  it('keeps the canvas renderer for small graphs even with a GPU', () => {
    expect(chooseRenderer(WEBGL_MIN_NODES - 1, hardware)).toEqual({ name: 'canvas' });
  });
  it('never uses WebGL on a software rasteriser', () => {
    expect(chooseRenderer(20000, swiftshader)).toEqual({ name: 'canvas' });
  });
  it('falls back to canvas without WebGL or with an unknown renderer string', () => {
    expect(chooseRenderer(20000, noWebgl)).toEqual({ name: 'canvas' });
    expect(chooseRenderer(20000, { webgl: true, software: false, renderer: '' })).toEqual({ name: 'canvas' });
  });
});

describe('renderOptions', () => {
  it('turns on viewport shortcuts and pixelRatio 1 for big graphs, motion blur never', () => {
    const o = renderOptions(5000, swiftshader);
    expect(o).toMatchObject({ textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1, motionBlur: false });
    expect(o.renderer.webgl).toBeUndefined();
  });
  it('leaves small graphs at full quality', () => {
    const o = renderOptions(60, hardware);
    expect(o).toMatchObject({ textureOnViewport: false, hideEdgesOnViewport: false, pixelRatio: 'auto' });
  });
  it('accepts a forced renderer', () => {
    expect(renderOptions(5000, swiftshader, { name: 'canvas', webgl: true }).renderer.webgl).toBe(true);
  });
});

describe('scaleTier / needsNewRenderer', () => {
  it('picks tiers by node count', () => {
    expect(scaleTier(0).id).toBe('small');
    expect(scaleTier(1000).id).toBe('medium');
    expect(scaleTier(5000).id).toBe('large');
    expect(scaleTier(20000).id).toBe('huge');
  });
  it('asks for a new renderer only when the renderer kind (WebGL or not) changes', () => {
    expect(needsNewRenderer(60, 80, hardware)).toBe(false);
    // a tier change alone is applied to the live core
    expect(needsNewRenderer(60, 5000, swiftshader)).toBe(false);
    expect(needsNewRenderer(60, 5000, hardware)).toBe(true);
    expect(needsNewRenderer(5000, 60, hardware)).toBe(true);
    expect(needsNewRenderer(60, 5000, hardware, { name: 'canvas' })).toBe(false);
  });
});

describe('planRenderUpdate', () => {
  const canvas = { name: 'canvas' } as const;
  it('does nothing while the graph stays in its tier', () => {
    expect(planRenderUpdate({ nodeCount: 100, renderer: canvas }, 16, swiftshader)).toEqual({ kind: 'none' });
    expect(planRenderUpdate({ nodeCount: 100, renderer: canvas }, 499, hardware)).toEqual({ kind: 'none' });
  });
  it('changes the live viewport options when a grown graph crosses a tier without a GPU', () => {
    expect(planRenderUpdate({ nodeCount: 100, renderer: canvas }, 5000, swiftshader)).toEqual({
      kind: 'tier',
      nodeCount: 5000,
    });
    expect(planRenderUpdate({ nodeCount: 5000, renderer: canvas }, 16, swiftshader)).toEqual({
      kind: 'tier',
      nodeCount: 16,
    });
  });
  it('re-creates the core with WebGL when the graph grows past the WebGL threshold on a hardware GPU', () => {
    const p = planRenderUpdate({ nodeCount: 100, renderer: canvas }, 5000, hardware);
    expect(p).toMatchObject({ kind: 'recreate', nodeCount: 5000, renderer: { webgl: true } });
    const back = planRenderUpdate({ nodeCount: 5000, renderer: chooseRenderer(5000, hardware) }, 16, hardware);
    expect(back).toEqual({ kind: 'recreate', nodeCount: 16, renderer: { name: 'canvas' } });
  });
  it('never re-creates a forced renderer, only changes its tier', () => {
    const webgl = { name: 'canvas', webgl: true } as const;
    expect(planRenderUpdate({ nodeCount: 100, renderer: webgl }, 5000, hardware, webgl)).toEqual({
      kind: 'tier',
      nodeCount: 5000,
    });
  });
});

describe('scaleStyle', () => {
  it('adds nothing for small graphs', () => {
    expect(scaleStyle(60)).toEqual([]);
  });
  it('hides small labels and uses haystack edges for big graphs', () => {
    const patch = scaleStyle(5000, 10000);
    const all = JSON.stringify(patch);
    expect(all).toContain('min-zoomed-font-size');
    expect(all).toContain('haystack');
  });
  it('keeps bezier edges below the edge threshold', () => {
    expect(JSON.stringify(scaleStyle(1000, HAYSTACK_MIN_EDGES - 1))).not.toContain('haystack');
  });
});
