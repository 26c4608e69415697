import { describe, expect, it } from 'vitest';
import { APP_CORE_OPTIONS, appCoreOptions, applyViewportOptions, viewportOptions } from './core-options.ts';
import { APP_CORE_OPTIONS as BENCH_CORE_OPTIONS } from '../../../bench/render/app-style.ts';
import type { Core } from 'cytoscape';

const cpu = { webgl: false, software: false, renderer: '' };

describe('app core options', () => {
  it('are the very options the render bench uses', () => {
    expect(BENCH_CORE_OPTIONS).toBe(APP_CORE_OPTIONS);
  });
  it('combine interaction options with the size tier', () => {
    const small = appCoreOptions(16, cpu);
    expect(small).toMatchObject({ ...APP_CORE_OPTIONS, hideEdgesOnViewport: false, pixelRatio: 'auto' });
    const big = appCoreOptions(5000, cpu);
    expect(big).toMatchObject({ ...APP_CORE_OPTIONS, hideEdgesOnViewport: true, pixelRatio: 1, motionBlur: false });
  });
});

describe('applyViewportOptions', () => {
  const fake = () => {
    const r = { textureOnViewport: false, hideEdgesOnViewport: false, forcedPixelRatio: null as number | null };
    let resized = 0;
    const cy = { renderer: () => r, resize: () => resized++ } as unknown as Core;
    return { r, cy, resized: () => resized };
  };
  it('writes the live renderer fields and re-sizes the canvases when the pixel ratio changes', () => {
    const f = fake();
    applyViewportOptions(f.cy, viewportOptions(5000));
    expect(f.r).toEqual({ textureOnViewport: true, hideEdgesOnViewport: true, forcedPixelRatio: 1 });
    expect(f.resized()).toBe(1);
    applyViewportOptions(f.cy, viewportOptions(16));
    expect(f.r).toEqual({ textureOnViewport: true, hideEdgesOnViewport: false, forcedPixelRatio: null });
    expect(f.resized()).toBe(2);
    applyViewportOptions(f.cy, viewportOptions(20));
    expect(f.resized()).toBe(2);
  });
});
