// `npm run figure -- …`: report figures rendered headless through the web app.
// Failures print one clear line on stderr, exit non-zero and leave no file behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../lib/config.ts';
import { parseFigureArgs, USAGE, type FigureArgs } from './args.ts';
import { exportFrom, FigureError, launchBrowser, loadQuery, loadView, type Loaded } from './render.ts';
import { startStack } from './stack.ts';
import { listSavedQueries, resolveQuery, type QuerySource } from './query-source.ts';
import type { Browser } from '@playwright/test';

const log = (s: string) => process.stderr.write(`figure: ${s}\n`);

/** Write next to the target and rename, so a failed run never leaves a partial file. */
function writeAtomic(file: string, data: Buffer): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function readQuery(q: string): QuerySource {
  const r = resolveQuery(q, path.join(ROOT_DIR, 'cypher', 'queries'));
  if ('error' in r) throw new FigureError(r.error);
  return r;
}

async function renderOne(browser: Browser, base: string, args: FigureArgs, out: string): Promise<void> {
  let loaded: Loaded | undefined;
  try {
    let title = args.title;
    if (args.view !== undefined) loaded = await loadView(browser, base, args, args.view);
    else {
      const q = readQuery(args.query!);
      // A saved query titles its figure by its header unless --title says otherwise.
      title ??= q.title;
      loaded = await loadQuery(browser, base, args, q.text, q.file);
    }
    const data = await exportFrom(loaded, { ...args, title });
    writeAtomic(out, data);
    log(`wrote ${out} (${data.length} bytes)`);
  } finally {
    await loaded?.page.close().catch(() => undefined);
  }
}

async function listTargets(base: string, args: FigureArgs): Promise<Array<{ name: string; args: FigureArgs }>> {
  if (args.queries) {
    const dir = path.join(ROOT_DIR, 'cypher', 'queries');
    return listSavedQueries(dir).map((name) => ({ name, args: { ...args, query: path.join(dir, `${name}.cypher`) } }));
  }
  const res = await fetch(new URL('api/views', base));
  if (!res.ok) throw new FigureError(`could not list saved views: HTTP ${res.status}`);
  const body = (await res.json()) as { views: Array<{ name: string } | string> };
  return body.views
    .map((v) => (typeof v === 'string' ? v : v.name))
    .sort()
    .map((name) => ({ name, args: { ...args, view: name } }));
}

async function main(): Promise<number> {
  const parsed = parseFigureArgs(process.argv.slice(2), process.env);
  if (!parsed.ok) {
    log(parsed.error);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  const stack = await startStack({ url: args.url, log });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    if (!args.all) {
      await renderOne(browser, stack.url, args, args.out);
      return 0;
    }
    const targets = await listTargets(stack.url, args);
    if (targets.length === 0)
      throw new FigureError(args.queries ? 'no saved queries in cypher/queries/' : 'no saved views');
    let failed = 0;
    for (const t of targets) {
      const file = path.join(args.out, `${t.name.replace(/[^A-Za-z0-9_.-]+/g, '-')}.${args.format}`);
      try {
        await renderOne(browser, stack.url, t.args, file);
      } catch (err) {
        failed++;
        log(`${t.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    log(`${targets.length - failed} of ${targets.length} figures written to ${args.out}`);
    return failed === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await stack.close();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    log(err instanceof FigureError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  });
