// The workbench's own calls: it needs the raw error body (code, reason, position) and abortable runs.
import type { ConsoleError, ConsoleResult, SavedQuery } from './types.ts';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ConsoleError; status: number };

async function call<T>(url: string, init: RequestInit = {}): Promise<Outcome<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers },
    });
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError';
    return {
      ok: false,
      status: 0,
      error: aborted
        ? { code: 'Cancelled', message: 'The query was cancelled.' }
        : { code: 'NetworkError', message: 'The API server cannot be reached.' },
    };
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: ConsoleError }) | null;
  if (res.ok && body) return { ok: true, value: body };
  return {
    ok: false,
    status: res.status,
    error: body?.error ?? { code: `HTTP ${res.status}`, message: res.statusText || 'request failed' },
  };
}

export interface RunRequest {
  query: string;
  params: Record<string, unknown>;
  queryId: string;
  timeoutMs?: number;
}

export const consoleApi = {
  run: (r: RunRequest, signal: AbortSignal) =>
    call<ConsoleResult>('/api/cypher', { method: 'POST', body: JSON.stringify(r), signal }),
  cancel: (queryId: string) =>
    call<{ cancelled: boolean }>('/api/cypher/cancel', { method: 'POST', body: JSON.stringify({ queryId }) }),
  queries: () => call<{ queries: SavedQuery[] }>('/api/queries', { headers: {} }),
  async schema(): Promise<EditorSupportSchema> {
    const [s, c] = await Promise.all([
      call<{ labels: { label: string }[]; relationshipTypes: { type: string }[]; propertyKeys: string[] }>(
        '/api/schema',
      ),
      call<Pick<EditorSupportSchema, 'functions' | 'procedures'>>('/api/cypher/catalog'),
    ]);
    return {
      labels: s.ok ? s.value.labels.map((l) => `:${l.label}`) : [],
      relationshipTypes: s.ok ? s.value.relationshipTypes.map((t) => `:${t.type}`) : [],
      propertyKeys: s.ok ? s.value.propertyKeys : [],
      functions: c.ok ? c.value.functions : [],
      procedures: c.ok ? c.value.procedures : [],
    };
  },
};
