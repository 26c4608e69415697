import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../lib/config.ts';
import { DEV_SERVER_PORT, foreignOrigin, installOriginCheck, type OriginFacts } from './origin.ts';

const loopback = { loopback: true, port: 5173 };
const facts = (f: Partial<OriginFacts>): OriginFacts => ({
  method: 'POST',
  origin: undefined,
  secFetchSite: undefined,
  host: '127.0.0.1:5173',
  localPort: 5173,
  ...f,
});
const refused = (f: Partial<OriginFacts>, policy = loopback) => foreignOrigin(facts(f), policy) !== undefined;

describe('foreignOrigin, bound to loopback', () => {
  it.each([
    'http://127.0.0.1:5173',
    'http://localhost:5173',
    'http://[::1]:5173',
    `http://127.0.0.1:${DEV_SERVER_PORT}`,
  ])('lets %s change state', (origin) => {
    expect(refused({ origin })).toBe(false);
  });

  it.each([
    'http://evil.example',
    'http://evil.example:5173',
    'http://127.0.0.1:8080',
    'http://localhost',
    'https://127.0.0.1.evil.example:5173',
    'null',
    'not a url',
    'file:///etc/passwd',
  ])('refuses %s', (origin) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'delete']) expect(refused({ method, origin })).toBe(true);
  });

  it('leaves GET, HEAD and OPTIONS alone', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(refused({ method, origin: 'http://evil.example' })).toBe(false);
  });

  it('takes the port the request arrived on, then the configured one', () => {
    expect(refused({ origin: 'http://127.0.0.1:40000', host: undefined, localPort: 40000 })).toBe(false);
    expect(refused({ origin: 'http://127.0.0.1:5173', host: undefined, localPort: 40000 })).toBe(true);
    expect(refused({ origin: 'http://127.0.0.1:5173', host: undefined, localPort: undefined })).toBe(false);
  });

  it('accepts an Origin equal to the Host the browser addressed (an SSH tunnel on another port)', () => {
    expect(refused({ origin: 'http://localhost:9000', host: 'localhost:9000' })).toBe(false);
    expect(refused({ origin: 'http://localhost:9001', host: 'localhost:9000' })).toBe(true);
  });

  it('allows no Origin (curl, the CLIs) unless Sec-Fetch-Site says another site', () => {
    expect(refused({})).toBe(false);
    expect(refused({ secFetchSite: 'same-origin' })).toBe(false);
    expect(refused({ secFetchSite: 'none' })).toBe(false);
    expect(refused({ secFetchSite: 'cross-site' })).toBe(true);
    expect(refused({ secFetchSite: 'same-site' })).toBe(true);
  });
});

describe('foreignOrigin, bound to another address (HOST=0.0.0.0)', () => {
  const lan = { loopback: false, port: 5173 };
  it('accepts only an Origin equal to the Host header', () => {
    expect(refused({ origin: 'http://10.0.0.5:5173', host: '10.0.0.5:5173' }, lan)).toBe(false);
    expect(refused({ origin: 'http://box.lan', host: 'box.lan:80' }, lan)).toBe(false);
    expect(refused({ origin: 'http://evil.example', host: '10.0.0.5:5173' }, lan)).toBe(true);
    expect(refused({ origin: 'http://127.0.0.1:5173', host: '10.0.0.5:5173' }, lan)).toBe(true);
    expect(refused({ origin: 'https://10.0.0.5:5173', host: '10.0.0.5:5173' }, lan)).toBe(false);
  });
});

it('DEV_SERVER_PORT is the port vite.config.ts serves the dev app on', () => {
  const vite = readFileSync(`${ROOT_DIR}/vite.config.ts`, 'utf8');
  expect(/server:\s*{[^}]*\bport:\s*(\d+)/.exec(vite)?.[1]).toBe(String(DEV_SERVER_PORT));
});

describe('installOriginCheck', () => {
  const app = Fastify();
  installOriginCheck(app, { host: '127.0.0.1', port: 5173 });
  let ran = 0;
  app.post('/api/x', async () => ({ ran: ++ran }));
  app.get('/api/x', async () => ({ ran }));

  it('answers 403 ForeignOrigin before the handler runs', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/x', headers: { origin: 'http://evil.example' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().code ?? r.json().error?.code).toBe('ForeignOrigin');
    expect(ran).toBe(0);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/x',
      headers: { origin: 'http://127.0.0.1:5173', host: '127.0.0.1:5173' },
    });
    expect(ok.json()).toEqual({ ran: 1 });
    expect((await app.inject({ url: '/api/x', headers: { origin: 'http://evil.example' } })).statusCode).toBe(200);
  });
});
