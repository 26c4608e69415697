import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoad } from './generator.ts';
import { createClient } from './http.ts';

// A loopback server answering like the API does when Neo4j is down, and echoing a POST's body and headers.
let server: http.Server;
let url = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/down') {
        res.writeHead(503, { 'content-type': 'application/json' });
        return res.end('{"error":{"code":"DatabaseUnavailable","message":"Neo4j is not reachable"}}');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ body, origin: req.headers.origin, type: req.headers['content-type'] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('createClient', () => {
  it("reads an error answer's code without being asked for the body", async () => {
    const c = createClient(url, 2, 5_000);
    const a = await c.send({ method: 'GET', path: '/down' });
    c.close();
    expect(a).toMatchObject({ status: 503, code: 'DatabaseUnavailable' });
    expect(a.text).toBeUndefined();
  });
  it('sends a POST body with its headers and keeps the answer when asked', async () => {
    const c = createClient(url, 2, 5_000);
    const req = {
      method: 'POST' as const,
      path: '/',
      body: '{"q":1}',
      headers: { origin: 'http://x', 'content-type': 'application/json' },
    };
    const a = await c.send(req, true);
    c.close();
    expect(a.status).toBe(200);
    expect(JSON.parse(a.text!)).toEqual({ body: '{"q":1}', origin: 'http://x', type: 'application/json' });
  });
  it('gives status 0 and the socket error when nothing listens', async () => {
    const c = createClient('http://127.0.0.1:1/', 1, 5_000);
    const a = await c.send({ method: 'GET', path: '/' });
    c.close();
    expect(a).toMatchObject({ status: 0, error: 'ECONNREFUSED' });
  });
});

describe('startLoad', () => {
  it('runs one closed loop per draw and records every outcome with its error code', async () => {
    const c = createClient(url, 4, 5_000);
    const draw = (path: string) => () => ({ endpoint: path, req: { method: 'GET' as const, path } });
    const load = startLoad(c, [draw('/ok'), draw('/down'), draw('/ok')]);
    await new Promise((r) => setTimeout(r, 200));
    await load.stop();
    const n = load.samples.length;
    await new Promise((r) => setTimeout(r, 50));
    c.close();
    // Stopped means stopped: nothing is recorded after stop() resolved.
    expect(load.samples.length).toBe(n);
    const down = load.samples.filter((s) => s.endpoint === '/down');
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((s) => s.status === 503 && s.error === 'DatabaseUnavailable')).toBe(true);
    expect(load.samples.filter((s) => s.endpoint === '/ok').every((s) => s.status === 200 && !s.error)).toBe(true);
    expect(load.samples.every((s) => s.end >= s.start)).toBe(true);
  });
});
