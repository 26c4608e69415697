// Production bundle size: `vite build` of the real app into a temp dir, gzip sizes via zlib.
// Initial JS = the module scripts and modulepreloads referenced by index.html; total = every .js emitted.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT_DIR } from '../../lib/config.ts';

export interface BundleSize {
  initial: { files: string[]; rawBytes: number; gzipBytes: number };
  total: { files: number; rawBytes: number; gzipBytes: number };
}

/** Script and modulepreload URLs in built index.html (pure, tested). */
export function initialScripts(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)) out.add(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)) out.add(m[1] as string);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.js)"[^>]*\brel="modulepreload"/g)) out.add(m[1] as string);
  return [...out];
}

const gz = (b: Buffer): number => gzipSync(b, { level: 9 }).length;

async function listJs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.join(e.parentPath, e.name));
}

export async function measureBundle(): Promise<BundleSize> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'render-bench-app-'));
  try {
    await build({
      configFile: path.join(ROOT_DIR, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const initialFiles = initialScripts(html);
    let iRaw = 0;
    let iGz = 0;
    for (const f of initialFiles) {
      const b = await readFile(path.join(outDir, f.replace(/^\.?\//, '')));
      iRaw += b.length;
      iGz += gz(b);
    }
    const all = await listJs(outDir);
    let tRaw = 0;
    let tGz = 0;
    for (const f of all) {
      const b = await readFile(f);
      tRaw += b.length;
      tGz += gz(b);
    }
    return {
      initial: { files: initialFiles, rawBytes: iRaw, gzipBytes: iGz },
      total: { files: all.length, rawBytes: tRaw, gzipBytes: tGz },
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
