// Renders one figure headless in Debian Chromium through the web app itself:
// load the view or query result, lay it out with a fixed seed, call window.__figure.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../lib/browser/chromium.ts';
import type { FigureArgs } from './args.ts';
import type { ArticleRef, Claim } from '../lib/model/wire.ts';
import { FIGURE_CHARTS } from './charts.ts';
import { createApiClient } from '../lib/api/client.ts';
import type { Plain } from '../lib/neo4j/values.ts';
import { resultGraph } from '../lib/neo4j/result-graph.ts';
import { paramsFromHeader } from './queryHeader.ts';

/** Canvas flags plus no font hinting, so the same input gives the same glyph pixels. */
export const FIGURE_CHROMIUM_ARGS = [...CHROMIUM_ARGS.canvas, '--font-render-hinting=none'];

/** A user-facing failure: message on stderr, non-zero exit, no file. */
export class FigureError extends Error {}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: FIGURE_CHROMIUM_ARGS });
}

const client = (base: string) => createApiClient({ base });

async function openApp(browser: Browser, url: string): Promise<Page> {
  // Fixed viewport, DPR and reduced motion: the same input gives the same pixels.
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url);
  await page
    .waitForFunction(() => window.__explorer?.ready === true && !!window.__figure, null, { timeout: 60_000 })
    .catch(() => {
      throw new FigureError(
        `the web app did not become ready at ${url}${problems.length ? `: ${problems.join('; ')}` : ''}`,
      );
    });
  return page;
}

export interface Loaded {
  page: Page;
  origin: { kind: 'view' | 'query'; name: string };
  title?: string;
  /** A query's claims, decoded by the one result walker (the figure table is drawn from them). */
  claims?: Claim[];
}

/** Reads a view name or app URL into a ViewState object. */
async function resolveView(base: string, view: string): Promise<{ view: unknown; name: string; url?: string }> {
  if (/^https?:\/\//.test(view)) {
    const u = new URL(view);
    const named = u.searchParams.get('view');
    if (!u.hash.includes('view=') && named) return resolveView(base, named);
    if (!u.hash.includes('view=')) throw new FigureError(`the URL has no #view= or ?view= part: ${view}`);
    return { view: null, name: 'link', url: new URL(`${u.pathname}${u.search}${u.hash}`, base).href };
  }
  const r = await client(base).view(view);
  if (!r.ok && r.error.kind === 'notFound') throw new FigureError(`no saved view named "${view}" (see GET /api/views)`);
  if (!r.ok) throw new FigureError(`could not read saved view "${view}": ${r.error.message}`);
  const body = r.value as { view?: unknown } | null;
  return { view: body && typeof body === 'object' && 'view' in body ? body.view : body, name: view };
}

export async function loadView(browser: Browser, base: string, args: FigureArgs, view: string): Promise<Loaded> {
  const v = await resolveView(base, view);
  const page = await openApp(browser, v.url ?? base);
  const state = (v.view ?? (await page.evaluate(() => window.__explorer!.getView()))) as Record<string, unknown>;
  const patched: Record<string, unknown> = { ...state, seed: args.seed };
  if (args.theme) patched.style = args.theme;
  if (args.layout) {
    patched.layout = args.layout;
    patched.positions = {};
  }
  const nodes = (state.nodes as string[] | undefined) ?? [];
  const positions = (patched.positions as Record<string, unknown> | undefined) ?? {};
  const needsLayout = nodes.some((id) => !positions[id]);
  await page
    .evaluate(async (s) => window.__explorer!.loadView(s), patched)
    .catch((e: Error) => {
      throw new FigureError(`view "${view}" could not be loaded: ${e.message}`);
    });
  if (needsLayout) {
    await page.evaluate(async ({ id, seed }) => window.__explorer!.runLayout(id, { seed }), {
      id: String(patched.layout ?? 'fcose'),
      seed: args.seed,
    });
  }
  return { page, origin: { kind: 'view', name: v.name } };
}

/** The articles that a result's claims cite but did not return, looked up one by one (bounded by the result). */
async function citedArticles(base: string, rows: Plain[]): Promise<Map<string, ArticleRef>> {
  const ids = new Set(
    resultGraph(rows)
      .claims.map((c) => c.article)
      .filter((a): a is ArticleRef => a !== null && a.title === null)
      .map((a) => a.id),
  );
  const out = new Map<string, ArticleRef>();
  for (const id of ids) {
    const r = await client(base).article(id);
    if (r.ok) out.set(id, { id, title: r.value.title, outlet: r.value.outlet, published: r.value.published });
  }
  return out;
}

export async function loadQuery(
  browser: Browser,
  base: string,
  args: FigureArgs,
  query: string,
  file?: string,
): Promise<Loaded> {
  const params = paramsFromHeader(query);
  const res = await client(base).request<{ rows?: Plain[] }>('/api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  if (!res.ok && res.error.status === 403)
    throw new FigureError(`query refused (the console is read-only): ${res.error.message}`);
  if (!res.ok) throw new FigureError(`query failed: ${res.error.message}`);
  const rows = res.value.rows ?? [];
  const graph = resultGraph(rows, { articles: await citedArticles(base, rows) });
  if (graph.nodes.length === 0)
    throw new FigureError('the query returned no graph: return nodes, relationships or paths (e.g. RETURN a, r, b)');
  const page = await openApp(browser, base);
  await page.evaluate(
    async ({ graph, style, layout, seed }) => {
      const ex = window.__explorer!;
      ex.dispatch(ex.actions.mergeGraph(graph as never, 'replace'));
      if (style) ex.dispatch(ex.actions.setStyle(style));
      await ex.runLayout(layout, { seed });
    },
    {
      graph: { nodes: graph.nodes, bundles: graph.bundles } as unknown,
      style: args.theme,
      layout: args.layout ?? 'fcose',
      seed: args.seed,
    },
  );
  return { page, origin: { kind: 'query', name: file ?? 'text' }, claims: graph.claims };
}

export async function exportFrom(loaded: Loaded, args: FigureArgs): Promise<Buffer> {
  const graph = {
    region: args.region,
    legend: args.legend,
    sources: args.sources,
    generatedFrom: args.origin,
    portable: args.portable,
  };
  const size =
    args.width !== undefined
      ? { kind: 'size' as const, width: args.width, height: args.height! }
      : { kind: 'scale' as const, scale: args.scale };
  const call = {
    size,
    preset: args.preset,
    format: args.format,
    title: args.title,
    caption: args.caption,
    date: args.date,
    transparent: args.transparent,
    origin: loaded.origin,
    keys: args.keys,
    graph,
  };
  const { page } = loaded;
  // Let Cytoscape finish its frame (label metrics, edge geometry) before reading it.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  try {
    const text = await FIGURE_CHARTS[args.chart]!.render({ page, claims: loaded.claims }, call);
    return Buffer.from(text, args.format === 'svg' ? 'utf8' : 'base64');
  } catch (e) {
    throw new FigureError(`export failed: ${(e as Error).message.split('\n')[0]}`);
  }
}
