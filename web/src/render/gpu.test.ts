import { describe, expect, it } from 'vitest';
import { detectGpu } from './gpu.ts';

// A stand-in document whose canvas hands out a WebGL context reporting `renderer` (null = no WebGL).
const fakeDocument = (renderer: string | null, withDebugInfo = true): Document => {
  let lost = false;
  const gl = {
    RENDERER: 0x1f01,
    getExtension: (name: string) =>
      name === 'WEBGL_debug_renderer_info' && withDebugInfo
        ? { UNMASKED_RENDERER_WEBGL: 0x9246 }
        : name === 'WEBGL_lose_context'
          ? { loseContext: () => (lost = true) }
          : null,
    getParameter: (p: number) => (p === 0x9246 ? renderer : p === 0x1f01 ? 'WebKit WebGL' : null),
  };
  const doc = { createElement: () => ({ getContext: () => (renderer === null ? null : gl) }) };
  Object.defineProperty(doc, 'lost', { get: () => lost });
  return doc as unknown as Document;
};

describe('detectGpu', () => {
  it('recognises SwiftShader as software and releases the probe context', () => {
    const doc = fakeDocument('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)');
    expect(detectGpu(doc)).toMatchObject({ webgl: true, software: true });
    expect((doc as unknown as { lost: boolean }).lost).toBe(true);
  });
  it('reports a hardware GPU', () => {
    expect(detectGpu(fakeDocument('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060, D3D11)'))).toEqual({
      webgl: true,
      software: false,
      renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060, D3D11)',
    });
  });
  it('falls back to the masked RENDERER string without the debug extension', () => {
    expect(detectGpu(fakeDocument('ignored', false)).renderer).toBe('WebKit WebGL');
  });
  it('reports no WebGL when no context can be created or probing throws', () => {
    expect(detectGpu(fakeDocument(null))).toEqual({ webgl: false, software: false, renderer: '' });
    const throwing = {
      createElement: () => {
        throw new Error('no canvas');
      },
    } as unknown as Document;
    expect(detectGpu(throwing).webgl).toBe(false);
  });
});
