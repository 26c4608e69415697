import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installJsonDepthLimit, jsonTooDeep } from './json-depth.ts';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

describe('jsonTooDeep', () => {
  it('counts arrays and objects alike, exactly at the limit', () => {
    expect(jsonTooDeep(nested(3), 3)).toBe(false);
    expect(jsonTooDeep(nested(4), 3)).toBe(true);
    expect(jsonTooDeep(nestedObjects(3), 3)).toBe(false);
    expect(jsonTooDeep(nestedObjects(4), 3)).toBe(true);
    expect(jsonTooDeep('{"a":[1,{"b":[]}],"c":{}}', 4)).toBe(false);
    expect(jsonTooDeep('{"a":[1,{"b":[]}],"c":{}}', 3)).toBe(true);
    expect(jsonTooDeep('[[],[],[],[]]', 2)).toBe(false);
    expect(jsonTooDeep('7', 0)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTooDeep(JSON.stringify({ s: nested(100) }), 1)).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ s: `"\\${nested(100)}\\"` }), 1)).toBe(false);
    expect(jsonTooDeep(`["\\\\",${nested(3)}]`, 3)).toBe(true);
  });

  it('handles 100,000 levels without recursion', () => {
    expect(jsonTooDeep(nested(100_000), 64)).toBe(true);
    expect(jsonTooDeep(nested(100_000), 100_000)).toBe(false);
  });
});

describe('installJsonDepthLimit', () => {
  const app = Fastify();
  installJsonDepthLimit(app, 64);
  app.post('/api/echo', async (req) => ({ body: req.body }));
  app.post('/api/small', { bodyLimit: 100 }, async () => ({ ok: true }));
  const post = (payload: string, url = '/api/echo') =>
    app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json; charset=utf-8' }, payload });

  it('parses bodies up to the limit as before', async () => {
    const r = await post(nested(64));
    expect(r.statusCode).toBe(200);
    expect(JSON.stringify(r.json().body)).toBe(nested(64));
  });

  it.each([65, 5000, 100_000])('answers %i levels with 400 TooDeep', async (depth) => {
    const r = await post(`{"x":${nested(depth - 1)}}`);
    expect(r.statusCode).toBe(400);
    expect(r.json().code ?? r.json().error?.code).toBe('TooDeep');
  });

  it('keeps Fastify’s checks: empty body, bad JSON, __proto__, route body limits', async () => {
    expect((await post('')).statusCode).toBe(400);
    expect((await post('{"a":')).statusCode).toBe(400);
    expect((await post('{"__proto__":{"x":1}}')).statusCode).toBe(400);
    expect((await post(JSON.stringify({ pad: 'x'.repeat(200) }), '/api/small')).statusCode).toBe(413);
  });
});
