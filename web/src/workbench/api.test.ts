import { afterEach, describe, expect, it, vi } from 'vitest';
import { onApiError } from '../api/client.ts';
import { consoleApi } from './api.ts';

const answer = (status: number, error: { code: string; message: string }) =>
  vi.fn(async () => new Response(JSON.stringify({ error }), { status }));

afterEach(() => vi.unstubAllGlobals());

describe('console run errors', () => {
  it('a busy console shows its own message and does not raise the "database unavailable" banner', async () => {
    const busy = { code: 'ConsoleBusy', message: 'The console is busy: 2 queries are running and the queue is full.' };
    vi.stubGlobal('fetch', answer(503, busy));
    const seen: unknown[] = [];
    const off = onApiError((e) => seen.push(e));
    const r = await consoleApi.run({ query: 'RETURN 1', params: {}, queryId: 'q' }, new AbortController().signal);
    off();
    expect(r).toEqual({ ok: false, error: busy, status: 503 });
    expect(seen).toEqual([]);
  });

  it('keeps the server code and message for a result too large, an unknown database and a timeout', async () => {
    for (const [status, code] of [
      [422, 'ResultTooLarge'],
      [404, 'DatabaseNotFound'],
      [504, 'Neo.ClientError.Transaction.TransactionTimedOut'],
    ] as const) {
      const error = { code, message: `${code}: what happened` };
      vi.stubGlobal('fetch', answer(status, error));
      const r = await consoleApi.run({ query: 'RETURN 1', params: {}, queryId: 'q' }, new AbortController().signal);
      expect(r).toEqual({ ok: false, error, status });
    }
  });
});
