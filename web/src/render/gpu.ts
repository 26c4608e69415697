// What the browser says about its WebGL implementation. Software rasterisers (SwiftShader, llvmpipe, WARP)
// make Cytoscape's WebGL mode 40-100x slower than its canvas renderer, so they must be recognised.

export interface GpuInfo {
  webgl: boolean;
  /** True when the WebGL implementation is a CPU rasteriser. */
  software: boolean;
  /** Unmasked renderer string, '' when unknown. */
  renderer: string;
}

const SOFTWARE_RENDERERS: readonly RegExp[] = [
  /swiftshader/i,
  /llvmpipe/i,
  /softpipe/i,
  /software/i,
  /basic render driver/i, // Windows WARP
  /mesa offscreen/i,
];

export const isSoftwareRenderer = (renderer: string): boolean => SOFTWARE_RENDERERS.some((re) => re.test(renderer));

export const NO_GPU: GpuInfo = { webgl: false, software: false, renderer: '' };

/** Probes a throwaway WebGL context; never throws. */
export function detectGpu(doc: Document = document): GpuInfo {
  try {
    const canvas = doc.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return NO_GPU;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const raw: unknown = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    const renderer = typeof raw === 'string' ? raw : '';
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { webgl: true, software: isSoftwareRenderer(renderer), renderer };
  } catch {
    return NO_GPU;
  }
}
