// Typed fetch client: every call resolves to a Result, never throws. 503 means "database unavailable".
import type {
  Article,
  Direction,
  EntityDetail,
  ExpandResult,
  Graph,
  SavedViewInfo,
  Schema,
  SearchResult,
} from './types.ts';

export type ApiErrorKind = 'unavailable' | 'notFound' | 'badRequest' | 'network' | 'server' | 'aborted';
export interface ApiError {
  kind: ApiErrorKind;
  status: number;
  message: string;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const KIND_BY_STATUS: { test: (s: number) => boolean; kind: ApiErrorKind }[] = [
  { test: (s) => s === 503, kind: 'unavailable' },
  { test: (s) => s === 404, kind: 'notFound' },
  { test: (s) => s >= 400 && s < 500, kind: 'badRequest' },
  { test: () => true, kind: 'server' },
];

/** Called with the error of a failed call, or null after a call that reached a working database. */
type Listener = (err: ApiError | null) => void;
const listeners = new Set<Listener>();
/** Lets the UI show one banner for "database down" whichever call hit it. */
export function onApiError(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError';
    const error: ApiError = {
      kind: aborted ? 'aborted' : 'network',
      status: 0,
      message: aborted ? 'request cancelled' : 'The API server cannot be reached',
    };
    if (!aborted) listeners.forEach((l) => l(error));
    return { ok: false, error };
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    listeners.forEach((l) => l(null));
    return { ok: true, value: body as T };
  }
  const kind = KIND_BY_STATUS.find((k) => k.test(res.status))!.kind;
  const msg = (body as { error?: { message?: string } } | null)?.error?.message;
  const error: ApiError = {
    kind,
    status: res.status,
    message: kind === 'unavailable' ? `Database unavailable${msg ? `: ${msg}` : ''}` : (msg ?? `HTTP ${res.status}`),
  };
  listeners.forEach((l) => l(error));
  return { ok: false, error };
}

const q = (params: Record<string, string | number | undefined>): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
};
const enc = encodeURIComponent;

export interface ExpandOptions {
  types?: string[];
  direction?: Direction;
  limit?: number;
  skip?: number;
}

export const api = {
  health: () => request<{ status: string }>('/api/health'),
  seed: () => request<Graph>('/api/seed'),
  search: (text: string, limit = 12, signal?: AbortSignal) =>
    request<{ results: SearchResult[] }>(`/api/search${q({ q: text, limit })}`, { signal }),
  entity: (id: string) => request<EntityDetail>(`/api/entities/${enc(id)}`),
  expand: (id: string, o: ExpandOptions = {}) =>
    request<ExpandResult>(
      `/api/expand/${enc(id)}${q({
        types: o.types?.length ? o.types.join(',') : undefined,
        direction: o.direction ?? 'both',
        limit: o.limit ?? 25,
        skip: o.skip ?? 0,
      })}`,
    ),
  graph: (ids: string[]) => request<Graph>(`/api/graph${q({ ids: ids.join(',') })}`),
  paths: (from: string, to: string, max = 6) => request<{ paths: Graph[] }>(`/api/paths${q({ from, to, max })}`),
  article: (id: string) => request<Article>(`/api/articles/${enc(id)}`),
  schema: () => request<Schema>('/api/schema'),
  views: () => request<{ views: (SavedViewInfo | string)[] } | (SavedViewInfo | string)[]>('/api/views'),
  view: (name: string) => request<unknown>(`/api/views/${enc(name)}`),
  saveView: (name: string, view: unknown) =>
    request<unknown>(`/api/views/${enc(name)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ view }),
    }),
};
