// The workbench's calls, through the app's API client (runs through a second instance of it): it needs the raw
// error body (code, reason, position) that the client keeps on every failure, and abortable runs.
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import { createApiClient } from '../../../lib/api/client.ts';
import { api, type ApiError, type ApiResult } from '../api/client.ts';
import type { ConsoleError, ConsoleResult, SavedQuery } from './types.ts';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ConsoleError; status: number };

/** The console's error as the server sent it, or a plain one for a call that got no answer. */
export function consoleError(e: ApiError): ConsoleError {
  if (e.kind === 'aborted') return { code: 'Cancelled', message: 'The query was cancelled.' };
  if (e.kind === 'network') return { code: 'NetworkError', message: 'The API server cannot be reached.' };
  const sent = (e.body as { error?: ConsoleError } | null)?.error;
  return sent && typeof sent.message === 'string' ? sent : { code: e.code ?? `HTTP ${e.status}`, message: e.message };
}

/**
 * Console runs go through a client with no status listener: their failures (a full console queue is a 503
 * ConsoleBusy, a huge result a 422) are shown in the workbench with the server's code and message, never as the
 * app-wide "database unavailable" banner.
 */
const runs = createApiClient();

const outcome = <T>(r: ApiResult<T>): Outcome<T> =>
  r.ok ? r : { ok: false, error: consoleError(r.error), status: r.error.status };

const post = (body: unknown, signal?: AbortSignal): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  signal,
});

export interface RunRequest {
  query: string;
  params: Record<string, unknown>;
  queryId: string;
  timeoutMs?: number;
}

export const consoleApi = {
  run: async (r: RunRequest, signal: AbortSignal) =>
    outcome(await runs.request<ConsoleResult>('/api/cypher', post(r, signal))),
  cancel: async (queryId: string) =>
    outcome(await api.request<{ cancelled: boolean }>('/api/cypher/cancel', post({ queryId }))),
  queries: async () => outcome(await api.request<{ queries: SavedQuery[] }>('/api/queries')),
  async schema(): Promise<EditorSupportSchema> {
    const [s, c] = await Promise.all([
      api.schema(),
      api.request<Pick<EditorSupportSchema, 'functions' | 'procedures'>>('/api/cypher/catalog'),
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
