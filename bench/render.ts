// npm run bench:render — renderer benchmark (not a test): synthetic graphs × {canvas, WebGL} in Debian
// Chromium, real mouse pan/zoom, plus app bundle size and (with --url) the real seed view.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { chromiumExecutable } from '../lib/browser/chromium.ts';
import { parseArgs } from './render/args.ts';
import { launchBrowser } from './render/browser.ts';
import { bundleBenchPage } from './render/bundle.ts';
import { measureBundle } from './render/bundle-size.ts';
import { measureCase, type CaseResult } from './render/measure.ts';
import { STYLE_SOURCE } from './render/app-style.ts';
import { formatReport, type BenchReport } from './render/report.ts';
import { measureSeedView } from './render/seed-view.ts';
import { serveDir } from './render/static-server.ts';

const log = (s: string): void => void process.stderr.write(`${s}\n`);

const chromiumVersion = (): string => {
  try {
    return execFileSync(chromiumExecutable(), ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'chromium (version unknown)';
  }
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadBefore = os.loadavg();
  log(`bundling bench page…`);
  const dir = await bundleBenchPage();
  const server = await serveDir(dir);
  const cases: CaseResult[] = [];
  const gpu: Record<string, string> = {};
  let seedView: BenchReport['seedView'] = {
    skipped: 'no --url given; start the app and pass --url http://127.0.0.1:<port>/',
  };
  try {
    for (const renderer of args.renderers) {
      const browser = await launchBrowser(renderer);
      try {
        for (const size of args.sizes) {
          const t = Date.now();
          log(`${renderer} ${size} nodes…`);
          const r = await measureCase(browser, {
            baseUrl: `${server.url}page.html`,
            size,
            renderer,
            seed: args.seed,
            gestureMs: args.gestureMs,
            stepTimeoutMs: args.stepTimeoutMs,
            scale: args.scale,
          });
          if (r.gpu) gpu[renderer] = r.gpu;
          cases.push(r);
          log(`  done in ${((Date.now() - t) / 1000).toFixed(0)} s${r.notes.length ? `: ${r.notes.join('; ')}` : ''}`);
        }
        if (args.url && renderer === 'canvas') {
          log(`seed view at ${args.url}…`);
          seedView = await measureSeedView(browser, args.url).catch((e: Error) => ({
            skipped: `failed: ${e.message.split('\n')[0]}`,
          }));
        }
      } finally {
        await browser.close();
      }
    }
    if (args.url && !args.renderers.includes('canvas')) {
      const browser = await launchBrowser('canvas');
      seedView = await measureSeedView(browser, args.url)
        .catch((e: Error) => ({ skipped: `failed: ${e.message.split('\n')[0]}` }))
        .finally(() => browser.close());
    }
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
  let bundle: BenchReport['bundle'] = { skipped: '--no-bundle' };
  if (args.bundle) {
    log('vite build of the app for bundle size…');
    bundle = await measureBundle().catch((e: Error) => ({ skipped: `build failed: ${e.message.split('\n')[0]}` }));
  }
  const report: BenchReport = {
    date: new Date().toISOString(),
    env: {
      chromium: chromiumVersion(),
      cpus: os.cpus().length,
      loadBefore,
      loadAfter: os.loadavg(),
      gpu,
      style: args.scale
        ? STYLE_SOURCE
        : `${STYLE_SOURCE} — BASELINE (--no-scale: Cytoscape default viewport options, no textureOnViewport, no scale patch)`,
    },
    cases,
    bundle,
    seedView,
  };
  process.stdout.write(`${formatReport(report)}\n`);
  if (args.json) await writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
