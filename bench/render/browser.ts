// Debian Chromium through Playwright, with the shared flags for the renderer (lib/browser/chromium.ts).
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../lib/browser/chromium.ts';
import type { RendererKind } from './protocol.ts';

export const launchBrowser = (renderer: RendererKind): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [...CHROMIUM_ARGS[renderer]],
  });

export const VIEWPORT = { width: 1280, height: 800 };
