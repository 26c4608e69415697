import { describe, expect, it } from 'vitest';
import { endpointStats, errorKey, percentileSorted, statsByEndpoint, type Sample } from './stats.ts';

const ok = (endpoint: string, start: number, ms: number): Sample => ({ endpoint, start, end: start + ms, status: 200 });

describe('percentileSorted', () => {
  it('takes the nearest rank, a latency that occurred', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 95, 99, 100].map((p) => percentileSorted(xs, p))).toEqual([50, 95, 99, 100]);
    expect(percentileSorted([7], 99)).toBe(7);
    expect(percentileSorted([1, 2, 3], 0)).toBe(1);
    expect(Number.isNaN(percentileSorted([], 50))).toBe(true);
  });
});

describe('endpointStats', () => {
  it('times successes only, counts every request per second and errors by status and code', () => {
    const samples: Sample[] = [
      ...Array.from({ length: 20 }, (_, i) => ok('search', i * 10, i + 1)),
      { endpoint: 'search', start: 0, end: 5000, status: 503, error: 'DatabaseUnavailable' },
      { endpoint: 'search', start: 0, end: 1, status: 0, error: 'ECONNREFUSED' },
    ];
    const s = endpointStats('search', samples, 2);
    expect(s).toMatchObject({ requests: 22, rps: 11, p50: 10, p95: 19, p99: 20, max: 20, errors: 2 });
    expect(s.byError).toEqual({ 'HTTP 503 DatabaseUnavailable': 1, ECONNREFUSED: 1 });
  });
  it('names an error without a code by its status, and one without a response as such', () => {
    expect(errorKey({ endpoint: 'x', start: 0, end: 1, status: 500 })).toBe('HTTP 500');
    expect(errorKey({ endpoint: 'x', start: 0, end: 1, status: 0 })).toBe('no response');
  });
  it('adds one row over all endpoints, in the order given', () => {
    const rows = statsByEndpoint(['b', 'a'], [ok('a', 0, 5), ok('b', 0, 7), ok('b', 1, 9)], 1);
    expect(rows.map((r) => [r.endpoint, r.requests])).toEqual([
      ['b', 2],
      ['a', 1],
      ['all', 3],
    ]);
  });
});
