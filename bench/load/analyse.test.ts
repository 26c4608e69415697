import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import type { PhaseSpan } from './phases.ts';
import type { Sample } from './stats.ts';

const s = (start: number, end: number, status = 200, endpoint = 'search'): Sample => ({ endpoint, start, end, status });
const SPANS: PhaseSpan[] = [
  { name: 'warmup', from: 0, to: 1000 },
  { name: 'steady', from: 1000, to: 3000 },
  { name: 'chaos', from: 3000, to: 9000 },
  { name: 'settle', from: 9000, to: 10_000 },
];

describe('analyse', () => {
  const samples = [
    s(0, 800, 503), // warm-up: not counted anywhere
    s(1000, 1010),
    s(2000, 2020, 500), // steady error: outside the kill window
    s(3500, 3510), // chaos, before the kill
    s(3900, 4500, 503), // in flight at the kill
    s(5000, 6000, 503),
    s(6000, 6500), // first success: the window ends here
    s(7000, 7100, 503), // chaos, after recovery: outside the window
    s(9500, 9510),
  ];
  const f = analyse(samples, SPANS, ['search'], { at: 4000, recovery: { firstOk: 6500, recovered: 6500 } });

  it('gives a table per counted phase, over the requests that started in it', () => {
    expect(f.phases.map((p) => [p.span.name, p.stats.find((r) => r.endpoint === 'all')?.requests])).toEqual([
      ['steady', 2],
      ['chaos', 5],
      ['settle', 1],
    ]);
    expect(f.phases[0]!.stats[0]!.rps).toBe(1);
  });
  it('keeps the kill window apart and counts every other error against the target', () => {
    expect(f.chaos?.window).toEqual({ from: 4000, to: 6500 });
    expect(f.chaos?.inside).toEqual({ requests: 3, byError: { 'HTTP 503': 2 } });
    expect(f.chaos?.outside.find((r) => r.endpoint === 'all')).toMatchObject({ requests: 2, errors: 1 });
    // 6 s of chaos minus the 2.5 s window.
    expect(f.chaos?.outside[0]!.rps).toBeCloseTo(2 / 3.5);
    expect(f.errorsOutside).toEqual({ errors: 2, requests: 5, byError: { 'HTTP 500': 1, 'HTTP 503': 1 } });
  });
  it('puts everything after the kill in the window when the stack did not recover', () => {
    const g = analyse(samples.slice(0, 8), SPANS.slice(0, 3), ['search'], {
      at: 4000,
      recovery: { firstOk: null, recovered: null },
    });
    expect(g.chaos?.inside.requests).toBe(4);
    expect(g.errorsOutside).toMatchObject({ errors: 1, requests: 3 });
  });
  it('counts every chaos error when there was no kill', () => {
    const g = analyse(samples, SPANS, ['search'], null);
    expect(g.chaos).toBeNull();
    expect(g.errorsOutside.errors).toBe(4);
  });
});
