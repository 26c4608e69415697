import { describe, expect, it } from 'vitest';
import { errorCodeOf, errorMessageOf } from './http.ts';
import { ENDPOINTS, FLOOR, WEIGHTS, requestMix } from './mix.ts';

const FIXTURE = { ids: ['kursk', 'north-korea', 'russia'], names: ['Kursk', 'North Korea', 'Russia'] };

describe('requestMix', () => {
  it('draws endpoints in proportion to their weights', () => {
    const next = requestMix(FIXTURE, 'http://127.0.0.1:5231', 7);
    const n = 60_000;
    const seen = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const { endpoint } = next();
      seen.set(endpoint, (seen.get(endpoint) ?? 0) + 1);
    }
    const total = ENDPOINTS.reduce((s, e) => s + WEIGHTS[e], 0);
    for (const e of ENDPOINTS) expect((seen.get(e) ?? 0) / n).toBeCloseTo(WEIGHTS[e] / total, 2);
  });
  it('repeats for the same seed and differs between loops', () => {
    const paths = (seed: number) => {
      const next = requestMix(FIXTURE, 'http://x', seed);
      return Array.from({ length: 20 }, () => next().req.path);
    };
    expect(paths(3)).toEqual(paths(3));
    expect(paths(3)).not.toEqual(paths(4));
  });
  it('builds each request as the API takes it', () => {
    const next = requestMix(FIXTURE, 'http://127.0.0.1:5231', 1);
    const byEndpoint = new Map<string, ReturnType<typeof next>['req']>();
    for (let i = 0; i < 500; i++) {
      const d = next();
      byEndpoint.set(d.endpoint, d.req);
    }
    expect(byEndpoint.get('search')?.path).toMatch(/^\/api\/search\?q=(Kursk|North%20Korea|Russia)$/);
    expect(byEndpoint.get('expand')?.path).toMatch(/^\/api\/expand\/(kursk|north-korea|russia)$/);
    expect(byEndpoint.get('entities')?.path).toMatch(/^\/api\/entities\/(kursk|north-korea|russia)$/);
    expect(byEndpoint.get('seed')?.path).toBe('/api/seed');
    expect(byEndpoint.get(FLOOR)?.path).toBe('/api/health');
    const c = byEndpoint.get('cypher')!;
    expect(c).toMatchObject({ method: 'POST', path: '/api/cypher' });
    expect(c.headers).toEqual({ 'content-type': 'application/json', origin: 'http://127.0.0.1:5231' });
    const body = JSON.parse(c.body!) as { query: string; params: { id: string } };
    expect(body.query).toContain('$id');
    expect(FIXTURE.ids).toContain(body.params.id);
  });
});

describe('errorCodeOf', () => {
  it('reads the code of an {error:{code,message}} answer', () => {
    expect(errorCodeOf('{"error":{"code":"DatabaseUnavailable","message":"x"}}')).toBe('DatabaseUnavailable');
    expect(errorCodeOf('{"status":"unavailable","error":{"code": "Timeout"}}')).toBe('Timeout');
    expect(errorCodeOf('<html>')).toBeUndefined();
    expect(errorMessageOf('{"error":{"code":"X","message":"say \\"no\\"\\nnow"}}')).toBe('say "no"\nnow');
    expect(errorMessageOf('{"error":{"message":"cut off')).toBeUndefined();
  });
});
