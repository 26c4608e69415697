// The API client against a real HTTP server on 127.0.0.1 (no fetch mock): URLs, bodies, Results, paging.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noClaimFilter } from '../model/filter.ts';
import type { Claim } from '../model/wire.ts';
import { createApiClient, type ApiError } from './client.ts';

interface Seen {
  method: string;
  url: string;
  body: unknown;
}
const seen: Seen[] = [];

const claim = (i: number): Claim => ({
  id: `c${String(i).padStart(3, '0')}`,
  type: 'T',
  source: 'a',
  target: 'b',
  status: 'reported',
  date: null,
  dateText: null,
  claimant: null,
  article: { id: `art${i}`, title: null, outlet: null, published: null },
  quote: `q${i}`,
  figures: {},
});
const CLAIMS = Array.from({ length: 230 }, (_, i) => claim(i));
const bundle = (id: string, n: number) => ({ id, source: 'a', type: 'T', target: 'b', count: n, claims: [] });

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

function route(req: IncomingMessage, body: unknown, res: ServerResponse) {
  const u = new URL(req.url!, 'http://x');
  if (u.pathname === '/api/health') return send(res, 200, { status: 'ok' });
  if (u.pathname === '/api/seed') return send(res, 503, { error: { code: 'DatabaseUnavailable', message: 'down' } });
  if (u.pathname === '/api/cypher')
    return send(res, 400, { error: { code: 'SyntaxError', message: 'bad', position: { line: 1 } } });
  if (u.pathname === '/api/html') return send(res, 502, '<html>bad gateway</html>');
  if (u.pathname === '/api/slow') return void setTimeout(() => send(res, 200, {}), 2000);
  if (u.pathname === '/api/claims') {
    const skip = Number(u.searchParams.get('skip'));
    const limit = Number(u.searchParams.get('limit'));
    return send(res, 200, { claims: CLAIMS.slice(skip, skip + limit), total: CLAIMS.length, skip, limit });
  }
  if (u.pathname === '/api/graph' && req.method === 'POST') {
    const cursor = (body as { cursor: string | null }).cursor;
    const n = cursor === null ? 0 : Number(cursor);
    const ids = (body as { ids: string[] }).ids;
    return send(res, 200, {
      nodes: [{ id: ids[n], name: ids[n] }],
      bundles: [bundle(`b${n}`, 1)],
      missing: n === 0 ? ['gone'] : [],
      next: n < 2 ? String(n + 1) : null,
    });
  }
  return send(res, 404, { error: { code: 'NotFound', message: `no ${u.pathname}` } });
}

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const body: unknown = raw ? JSON.parse(raw) : null;
      seen.push({ method: req.method!, url: req.url!, body });
      route(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createApiClient', () => {
  it('resolves paths against an absolute base and returns the JSON value', async () => {
    const api = createApiClient({ base: `${base}/` });
    expect(await api.health()).toEqual({ ok: true, value: { status: 'ok' } });
  });

  it('maps a 503 to "unavailable" with code and raw body, and tells the listener; success clears it', async () => {
    const api = createApiClient({ base });
    const heard: (ApiError | null)[] = [];
    const off = api.onStatus((e) => heard.push(e));
    const r = await api.seed();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ kind: 'unavailable', status: 503, code: 'DatabaseUnavailable' });
    expect(r.error.message).toBe('Database unavailable: down');
    expect(r.error.body).toEqual({ error: { code: 'DatabaseUnavailable', message: 'down' } });
    await api.health();
    off();
    await api.seed();
    expect(heard.map((e) => e?.kind ?? null)).toEqual(['unavailable', null]);
  });

  it('keeps the raw error body (position) for 400s and the text of a non-JSON error page', async () => {
    const api = createApiClient({ base });
    const bad = await api.request('/api/cypher', { method: 'POST' });
    expect(!bad.ok && bad.error).toMatchObject({ kind: 'badRequest', code: 'SyntaxError', message: 'bad' });
    expect(!bad.ok && (bad.error.body as { error: { position: unknown } }).error.position).toEqual({ line: 1 });
    const html = await api.request('/api/html');
    expect(!html.ok && html.error).toMatchObject({ kind: 'server', status: 502, body: '<html>bad gateway</html>' });
    const missing = await api.article('nope');
    expect(!missing.ok && missing.error.kind).toBe('notFound');
  });

  it('an aborted call resolves to "aborted" without telling the listener', async () => {
    const api = createApiClient({ base });
    const heard: unknown[] = [];
    api.onStatus((e) => heard.push(e));
    const ctrl = new AbortController();
    const p = api.request('/api/slow', { signal: ctrl.signal });
    setTimeout(() => ctrl.abort(), 20);
    const r = await p;
    expect(!r.ok && r.error.kind).toBe('aborted');
    expect(heard).toEqual([]);
  });

  it('a server that is not there is a "network" error', async () => {
    const api = createApiClient({ base: 'http://127.0.0.1:9' });
    const r = await api.health();
    expect(!r.ok && r.error).toMatchObject({ kind: 'network', status: 0 });
  });

  it('graph() POSTs the ids and follows the cursor until next is null', async () => {
    const api = createApiClient({ base });
    seen.length = 0;
    const pages: number[] = [];
    const r = await api.graph(['x', 'y', 'z'], { onPage: (n) => pages.push(n) });
    expect(r.ok && r.value).toMatchObject({ pages: 3, missing: ['gone'] });
    expect(r.ok && r.value.nodes.map((n) => n.id)).toEqual(['x', 'y', 'z']);
    expect(r.ok && r.value.bundles.map((b) => b.id)).toEqual(['b0', 'b1', 'b2']);
    expect(seen.map((s) => [s.method, s.url, (s.body as { cursor: unknown }).cursor])).toEqual([
      ['POST', '/api/graph', null],
      ['POST', '/api/graph', '1'],
      ['POST', '/api/graph', '2'],
    ]);
    expect(pages).toEqual([1, 2, 3]);
  });

  it('claims() sends the bundle, paging and only the active claim filters', async () => {
    const api = createApiClient({ base });
    seen.length = 0;
    const filter = { ...noClaimFilter(), statuses: ['denied', 'alleged'], dateRange: { from: '2024-10-01', to: null } };
    const r = await api.claims({ bundle: 'a|T|b' }, { skip: 25, limit: 25, filter });
    expect(r.ok && r.value.claims.map((c) => c.id)[0]).toBe('c025');
    const u = new URL(seen[0]!.url, 'http://x');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      bundle: 'a|T|b',
      skip: '25',
      limit: '25',
      hideStatuses: 'denied,alleged',
      from: '2024-10-01',
    });
    await api.claims(
      { entity: 'e', types: ['A', 'B'], direction: 'out' },
      { filter: { ...noClaimFilter(), includeUndated: false } },
    );
    expect(Object.fromEntries(new URL(seen[1]!.url, 'http://x').searchParams)).toEqual({
      entity: 'e',
      types: 'A,B',
      direction: 'out',
      skip: '0',
      limit: '25',
      undated: '0',
    });
  });

  it('allClaims() pages in bounded steps to the total, without duplicates', async () => {
    const api = createApiClient({ base });
    seen.length = 0;
    const progress: number[] = [];
    const r = await api.allClaims({ bundle: 'a|T|b' }, { onPage: (n) => progress.push(n) });
    expect(r.ok && r.value.total).toBe(230);
    expect(r.ok && r.value.claims.map((c) => c.id)).toEqual(CLAIMS.map((c) => c.id));
    expect(progress).toEqual([100, 200, 230]);
    expect(seen.map((s) => new URL(s.url, 'http://x').searchParams.get('limit'))).toEqual(['100', '100', '100']);
  });

  it('allClaims() stops at max (the figure table cap) and asks only for figures when told to', async () => {
    const api = createApiClient({ base });
    seen.length = 0;
    const r = await api.allClaims({ bundle: 'a|T|b' }, { max: 150, withFigures: true });
    expect(r.ok && r.value.claims.length).toBe(150);
    expect(r.ok && r.value.total).toBe(230);
    const params = seen.map((s) => new URL(s.url, 'http://x').searchParams);
    expect(params.map((p) => p.get('limit'))).toEqual(['100', '50']);
    expect(params.every((p) => p.get('withFigures') === '1')).toBe(true);
  });
});
