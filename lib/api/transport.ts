// The API client's transport: URL resolution, JSON, error mapping, status listeners. Never throws.
import type { ClaimFilter } from '../model/filter.ts';

export type ApiErrorKind = 'unavailable' | 'notFound' | 'badRequest' | 'network' | 'server' | 'aborted';
export interface ApiError {
  kind: ApiErrorKind;
  /** HTTP status; 0 when no answer arrived (network failure, cancelled). */
  status: number;
  /** The server's `error.code` (e.g. 'DatabaseUnavailable', a Neo4j code), or null. */
  code: string | null;
  message: string;
  /** The raw JSON error body (the workbench reads code, reason and position from it), or null. */
  body: unknown;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Called with the error of a failed call, or null after a call that reached a working server. */
export type StatusListener = (err: ApiError | null) => void;

export interface ApiClientOptions {
  /** Absolute base URL (Node); absent in the browser, where URLs stay relative to the page. */
  base?: string;
  /** For tests or other runtimes; defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

const KIND_BY_STATUS: { test: (s: number) => boolean; kind: ApiErrorKind }[] = [
  { test: (s) => s === 503, kind: 'unavailable' },
  { test: (s) => s === 404, kind: 'notFound' },
  { test: (s) => s >= 400 && s < 500, kind: 'badRequest' },
  { test: () => true, kind: 'server' },
];

const isAbort = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';

function httpError(status: number, body: unknown): ApiError {
  const kind = KIND_BY_STATUS.find((k) => k.test(status))!.kind;
  const e = (body as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  const msg = typeof e?.message === 'string' ? e.message : null;
  return {
    kind,
    status,
    code: typeof e?.code === 'string' ? e.code : null,
    message: kind === 'unavailable' ? `Database unavailable${msg ? `: ${msg}` : ''}` : (msg ?? `HTTP ${status}`),
    body,
  };
}

const transportError = (err: unknown): ApiError => {
  const aborted = isAbort(err);
  return {
    kind: aborted ? 'aborted' : 'network',
    status: 0,
    code: null,
    message: aborted ? 'request cancelled' : 'The API server cannot be reached',
    body: null,
  };
};

const parseJson = (text: string): unknown => {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return text; // not JSON (a proxy's error page): keep the text for the message
  }
};

export type Requester = <T>(path: string, init?: RequestInit) => Promise<ApiResult<T>>;

/** The transport: URL resolution, JSON, error mapping and the status listeners. */
export function createRequester(opts: ApiClientOptions, listeners: Set<StatusListener>): Requester {
  const base = opts.base ? (opts.base.endsWith('/') ? opts.base : `${opts.base}/`) : null;
  const url = (path: string) => (base ? new URL(path.replace(/^\//, ''), base).href : path);
  const notify = (e: ApiError | null) => listeners.forEach((l) => l(e));
  return async <T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> => {
    const doFetch = opts.fetch ?? fetch;
    let res: Response;
    let text: string;
    try {
      res = await doFetch(url(path), { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
      text = await res.text();
    } catch (err) {
      const error = transportError(err);
      if (error.kind !== 'aborted') notify(error);
      return { ok: false, error };
    }
    const body = parseJson(text);
    if (res.ok) {
      notify(null);
      return { ok: true, value: body as T };
    }
    const error = httpError(res.status, body);
    notify(error);
    return { ok: false, error };
  };
}

/** `?a=1&b=x`, leaving out undefined and empty values. */
export const query = (params: Record<string, string | number | undefined>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};

export const list = (xs: readonly string[] | undefined) => (xs?.length ? xs.join(',') : undefined);

/** The claim filter as query parameters of /api/claims (common.md). */
export function claimFilterParams(f: ClaimFilter | undefined): Record<string, string | undefined> {
  if (!f) return {};
  return {
    hideStatuses: list(f.statuses),
    hideArticles: list(f.articles),
    hideOutlets: list(f.outlets),
    from: f.dateRange.from ?? undefined,
    to: f.dateRange.to ?? undefined,
    undated: f.includeUndated ? undefined : '0',
  };
}
