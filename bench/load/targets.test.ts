import { describe, expect, it } from 'vitest';
import type { EndpointStats } from './stats.ts';
import { countsVerdict, errorsVerdict, formatVerdicts, latencyVerdict, recoveryVerdict } from './targets.ts';

const row = (endpoint: string, p95: number, requests = 100, errors = 0): EndpointStats => ({
  endpoint,
  requests,
  rps: 1,
  p50: p95 / 2,
  p95,
  p99: p95,
  max: p95,
  errors,
  byError: {},
});
const counts = (nodes: number, relationships: number, claims: number) => ({
  ok: true as const,
  value: { nodes, relationships, claims },
});

describe('verdicts', () => {
  it('errors: passes only at zero, and never on no requests at all', () => {
    expect(errorsVerdict({ errors: 0, requests: 10, byError: {} }).pass).toBe(true);
    expect(errorsVerdict({ errors: 0, requests: 0, byError: {} }).pass).toBe(false);
    const v = errorsVerdict({ errors: 3, requests: 10, byError: { 'HTTP 503': 3 } });
    expect(v).toMatchObject({ pass: false, figure: '3 of 10 requests (3 × HTTP 503)' });
  });
  it('recovery: ratio to 15 s, and an honest miss when it never came', () => {
    expect(recoveryVerdict(6000, 60_000, true)).toMatchObject({ pass: true, ratio: 0.4, figure: '6.0 s' });
    expect(recoveryVerdict(null, 60_000, true)).toMatchObject({
      pass: false,
      figure: 'did not recover within 60 s',
      ratio: 4,
    });
    expect(recoveryVerdict(null, 60_000, false).pass).toBe(false);
  });
  it('latency: judged on the worst endpoint; one that never answered misses', () => {
    const v = latencyVerdict([row('search', 40), row('seed', 120)], 50);
    expect(v).toMatchObject({ pass: false, ratio: 1.2 });
    expect(v.figure).toBe('search 0.40×, seed 1.20×');
    expect(latencyVerdict([row('search', 40)], 50).pass).toBe(true);
    expect(latencyVerdict([row('search', 40), row('seed', Number.NaN, 5, 5)], 50)).toMatchObject({ pass: false });
  });
  it('counts: unchanged passes, any change or a failed count misses', () => {
    expect(countsVerdict(counts(91, 342, 190), counts(91, 342, 190))).toMatchObject({ pass: true, ratio: 1 });
    expect(countsVerdict(counts(91, 342, 190), counts(91, 342, 171))).toMatchObject({ pass: false, ratio: 1.1 });
    const down = { ok: false as const, error: { kind: 'unavailable' as const, code: 'X', message: 'down\nmore' } };
    expect(countsVerdict(counts(1, 1, 1), down)).toMatchObject({ pass: false, figure: 'not counted (after: down)' });
  });
  it('prints PASS/MISS, the figure and the ratio to the target', () => {
    const text = formatVerdicts([
      recoveryVerdict(3000, 60_000, true),
      errorsVerdict({ errors: 1, requests: 2, byError: { x: 1 } }),
    ]);
    expect(text).toBe(
      'PASS  recovery within 15 s of the kill: 3.0 s (0.20× of target)\nMISS  no errors outside the kill window: 1 of 2 requests (1 × x)',
    );
  });
});
