// Debian's Chromium, the only browser here (Playwright's own browser download is not available).
// One place for its path and launch flags: e2e (playwright.config.ts), figure export and bench:render.
// Plain data, no Playwright import, so any launcher can use it.

/** `CHROMIUM_PATH` or Debian's /usr/bin/chromium, read at call time. */
export const chromiumExecutable = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launch flags per renderer. Canvas runs disable the GPU; WebGL runs need SwiftShader explicitly
 * (with --disable-gpu Cytoscape's WebGL mode crashes the page on this machine).
 */
export const CHROMIUM_ARGS: Readonly<Record<'canvas' | 'webgl', readonly string[]>> = {
  canvas: [...BASE_ARGS, '--disable-gpu'],
  webgl: [...BASE_ARGS, '--enable-unsafe-swiftshader'],
};
