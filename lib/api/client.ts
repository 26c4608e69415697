// The one HTTP client of the API (docs/architecture.md, common contract): the web app uses relative URLs,
// Node (the figure CLI, tests) an absolute base. Every call resolves to an ApiResult, never throws,
// takes an AbortSignal, and reports to one status listener hook (the "database unavailable" banner).
import { mergeBundle } from '../model/bundle.ts';
import type { ClaimFilter } from '../model/filter.ts';
import type {
  Article,
  ArticleRef,
  Bundle,
  Claim,
  ClaimsPage,
  Direction,
  Entity,
  EntityDetail,
  ExpandResult,
  GraphPage,
  PathsResult,
  Schema,
  SearchPage,
  SeedResult,
} from '../model/wire.ts';
import type { Perspective, PerspectiveAnswer } from '../model/perspective.ts';
import {
  claimFilterParams,
  createRequester,
  list,
  query,
  type ApiClientOptions,
  type ApiResult,
  type CallOptions,
  type StatusListener,
} from './transport.ts';

export * from './transport.ts';

export type ClaimsOf = { bundle: string } | { entity: string; types?: string[]; direction?: Direction };

export interface ClaimsRequest extends CallOptions {
  skip?: number;
  limit?: number;
  filter?: ClaimFilter;
  /** Only the claims that carry figures (the figure table). */
  withFigures?: boolean;
}

export interface AllClaimsRequest extends Omit<ClaimsRequest, 'skip' | 'limit'> {
  /** Stop after this many claims (`total` still counts them all). */
  max?: number;
  onPage?(n: number, total: number): void;
}

export interface ExpandOptions extends CallOptions {
  types?: string[];
  direction?: Direction;
  limit?: number;
  skip?: number;
}

export interface GraphAll {
  nodes: Entity[];
  bundles: Bundle[];
  missing: string[];
  pages: number;
}

export interface GraphAllOptions extends CallOptions {
  /** After each page: pages so far, bundles so far (for a progress line). */
  onPage?(pages: number, bundles: number): void;
  /** Only these entities, and the bundles between them and `ids` (adding to a canvas of `ids`). */
  focus?: string[];
}

/** Safety stop for a cursor that never ends (each page is <= 256 kB, so this is far beyond any view). */
export const MAX_GRAPH_PAGES = 10_000;
/** The claims endpoint's largest page (common.md). */
export const MAX_CLAIMS_PAGE = 100;

export const claimsPath = (of: ClaimsOf, r: ClaimsRequest = {}): string =>
  `/api/claims${query({
    ...('bundle' in of ? { bundle: of.bundle } : { entity: of.entity, types: list(of.types), direction: of.direction }),
    skip: r.skip ?? 0,
    limit: r.limit ?? 25,
    ...(r.withFigures ? { withFigures: 1 } : {}),
    ...claimFilterParams(r.filter),
  })}`;

/** Pages of POST /api/graph folded into one graph; a bundle split over pages is merged, never overwritten. */
export function mergeGraphPages(pages: GraphPage[]): GraphAll {
  const nodes = new Map<string, Entity>();
  const bundles = new Map<string, Bundle>();
  const missing = new Set<string>();
  for (const p of pages) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const b of p.bundles) {
      const prev = bundles.get(b.id);
      bundles.set(b.id, prev ? mergeBundle(prev, b) : b);
    }
    for (const m of p.missing) missing.add(m);
  }
  return { nodes: [...nodes.values()], bundles: [...bundles.values()], missing: [...missing], pages: pages.length };
}

const enc = encodeURIComponent;
const json = (method: string, body: unknown, signal?: AbortSignal): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  signal,
});

/** GET /api/views lists names, or {name, updated}. */
export type SavedViewEntry = string | { name: string; updated?: string };

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(opts: ApiClientOptions = {}) {
  const listeners = new Set<StatusListener>();
  const request = createRequester(opts, listeners);
  const graphPage = (ids: string[], cursor: string | null = null, o: GraphAllOptions = {}) =>
    request<GraphPage>('/api/graph', json('POST', { ids, cursor, ...(o.focus ? { focus: o.focus } : {}) }, o.signal));
  const claims = (of: ClaimsOf, r: ClaimsRequest = {}) => request<ClaimsPage>(claimsPath(of, r), { signal: r.signal });
  return {
    request,
    /** One hook for banners: called with each failure, and with null after each success. */
    onStatus(l: StatusListener): () => void {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    health: (o: CallOptions = {}) => request<{ status: string }>('/api/health', o),
    seed: (p: { limit?: number; maxBundles?: number } & CallOptions = {}) =>
      request<SeedResult>(`/api/seed${query({ limit: p.limit, maxBundles: p.maxBundles })}`, { signal: p.signal }),
    search: (text: string, limit = 12, o: CallOptions = {}) =>
      request<SearchPage>(`/api/search${query({ q: text, limit })}`, o),
    entity: (id: string, o: CallOptions = {}) => request<EntityDetail>(`/api/entities/${enc(id)}`, o),
    claims,
    allClaims: (of: ClaimsOf, r: AllClaimsRequest) => allClaims(claims, of, r),
    expand: (id: string, o: ExpandOptions = {}) =>
      request<ExpandResult>(
        `/api/expand/${enc(id)}${query({
          types: list(o.types),
          direction: o.direction ?? 'both',
          limit: o.limit ?? 25,
          skip: o.skip ?? 0,
        })}`,
        { signal: o.signal },
      ),
    graphPage,
    /** Every page of POST /api/graph for these ids (never a GET with the ids in the URL). */
    graph: (ids: string[], o: GraphAllOptions = {}) => graphAll(graphPage, ids, o),
    paths: (from: string, to: string, max = 6, o: CallOptions = {}) =>
      request<PathsResult>(`/api/paths${query({ from, to, max })}`, o),
    article: (id: string, o: CallOptions = {}) => request<Article>(`/api/articles/${enc(id)}`, o),
    articles: (p: { skip?: number; limit?: number } & CallOptions = {}) =>
      request<{ articles: ArticleRef[]; total: number }>(`/api/articles${query({ skip: p.skip, limit: p.limit })}`, {
        signal: p.signal,
      }),
    schema: (o: CallOptions = {}) => request<Schema>('/api/schema', o),
    views: (o: CallOptions = {}) => request<{ views: SavedViewEntry[] } | SavedViewEntry[]>('/api/views', o),
    view: (name: string, o: CallOptions = {}) => request<unknown>(`/api/views/${enc(name)}`, o),
    saveView: (name: string, view: unknown, o: CallOptions = {}) =>
      request<unknown>(`/api/views/${enc(name)}`, json('PUT', { view }, o.signal)),
    /** The connected database's perspective: stored (merged with new labels) or generated. */
    perspective: (o: CallOptions = {}) => request<PerspectiveAnswer>('/api/perspective', o),
    savePerspective: (perspective: Perspective, o: CallOptions = {}) =>
      request<PerspectiveAnswer>('/api/perspective', json('PUT', { perspective }, o.signal)),
    /** Drops the stored perspective; answers the generated one. */
    resetPerspective: (o: CallOptions = {}) =>
      request<PerspectiveAnswer>('/api/perspective', { method: 'DELETE', signal: o.signal }),
  };
}

async function graphAll(
  page: (ids: string[], cursor: string | null, o: GraphAllOptions) => Promise<ApiResult<GraphPage>>,
  ids: string[],
  o: GraphAllOptions,
): Promise<ApiResult<GraphAll>> {
  const pages: GraphPage[] = [];
  let cursor: string | null = null;
  const seen = new Set<string>();
  do {
    const r = await page(ids, cursor, o);
    if (!r.ok) return r;
    pages.push(r.value);
    o.onPage?.(
      pages.length,
      pages.reduce((s, p) => s + p.bundles.length, 0),
    );
    cursor = r.value.next;
    // A cursor seen before would loop forever: stop there (the server's bug, not a reason to hang the app).
    if (cursor !== null && (seen.has(cursor) || pages.length >= MAX_GRAPH_PAGES)) break;
    if (cursor !== null) seen.add(cursor);
  } while (cursor !== null);
  return { ok: true, value: mergeGraphPages(pages) };
}

/** Every claim of a bundle or entity (or the first `max`), in pages of MAX_CLAIMS_PAGE, deduplicated by id. */
async function allClaims(
  claims: (of: ClaimsOf, r: ClaimsRequest) => Promise<ApiResult<ClaimsPage>>,
  of: ClaimsOf,
  r: AllClaimsRequest,
): Promise<ApiResult<{ claims: Claim[]; total: number }>> {
  const byId = new Map<string, Claim>();
  let total = Infinity;
  let skip = 0;
  const max = r.max ?? Infinity;
  while (skip < total && byId.size < max) {
    const p = await claims(of, { ...r, skip, limit: Math.min(MAX_CLAIMS_PAGE, max - byId.size) });
    if (!p.ok) return p;
    total = p.value.total;
    for (const c of p.value.claims) byId.set(c.id, c);
    r.onPage?.(byId.size, total);
    if (p.value.claims.length === 0) break; // the total shrank under us: what we have is all there is
    skip += p.value.claims.length;
  }
  return { ok: true, value: { claims: [...byId.values()], total } };
}
