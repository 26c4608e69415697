// Debian Chromium through Playwright. Canvas runs disable the GPU; WebGL runs need SwiftShader explicitly
// (with --disable-gpu Cytoscape's WebGL mode crashes the page on this machine).
import { chromium, type Browser } from '@playwright/test';
import type { RendererKind } from './protocol.ts';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ARGS_BY_RENDERER: Record<RendererKind, string[]> = {
  canvas: ['--disable-gpu'],
  webgl: ['--enable-unsafe-swiftshader'],
};

export const launchBrowser = (renderer: RendererKind): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...BASE_ARGS, ...ARGS_BY_RENDERER[renderer]],
  });

export const VIEWPORT = { width: 1280, height: 800 };
