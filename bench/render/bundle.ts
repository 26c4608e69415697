// Bundles the bench page with Vite's build API into a temp dir (no dev server, no HMR noise in timings).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export async function bundleBenchPage(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'render-bench-'));
  await build({
    configFile: false,
    root: HERE,
    base: './',
    logLevel: 'warn',
    // One big chunk is fine for a local bench page.
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: path.join(HERE, 'page.html') },
      minify: true,
      chunkSizeWarningLimit: 10_000,
    },
  });
  return outDir;
}
