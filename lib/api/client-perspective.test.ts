// The perspective methods of the API client against a real HTTP server on 127.0.0.1: method, path and body.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyPerspective } from '../model/perspective.ts';
import { createApiClient } from './client.ts';

const seen: { method: string; url: string; body: unknown }[] = [];
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, body: raw ? JSON.parse(raw) : null });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ perspective: emptyPerspective(), stored: req.method === 'PUT', added: [], schema: {} }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it('GETs, PUTs {perspective} and DELETEs /api/perspective', async () => {
  const api = createApiClient({ base });
  expect(await api.perspective()).toMatchObject({ ok: true, value: { stored: false } });
  expect(await api.savePerspective(emptyPerspective())).toMatchObject({ ok: true, value: { stored: true } });
  expect((await api.resetPerspective()).ok).toBe(true);
  expect(seen).toEqual([
    { method: 'GET', url: '/api/perspective', body: null },
    { method: 'PUT', url: '/api/perspective', body: { perspective: emptyPerspective() } },
    { method: 'DELETE', url: '/api/perspective', body: null },
  ]);
});
