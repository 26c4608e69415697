import { describe, expect, it } from 'vitest';
import { concurrent, sequential, summarize, warmUp, type Probe } from './load.ts';

describe('summarize', () => {
  it('gives nearest-rank p50/p95, the largest response and the first error', () => {
    const samples = Array.from({ length: 100 }, (_, i) => ({ ms: i + 1, bytes: (i * 37) % 1000 }));
    const s = summarize(samples, ['HTTP 500', 'HTTP 503'], false);
    expect(s).toMatchObject({ count: 100, p50: 50, p95: 95, max: 100, errors: 2, firstError: 'HTTP 500' });
    expect(s.bytes).toBe(Math.max(...samples.map((x) => x.bytes)));
  });
  it('is empty-safe', () => {
    const s = summarize([], [], true);
    expect(s.count).toBe(0);
    expect(Number.isNaN(s.p50)).toBe(true);
    expect(s.capped).toBe(true);
  });
});

const counting = (bytes = 10) => {
  let calls = 0;
  let inFlight = 0;
  let peak = 0;
  const probe: Probe = async () => {
    calls++;
    peak = Math.max(peak, ++inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    return bytes;
  };
  return { probe, calls: () => calls, peak: () => peak };
};

describe('request loops', () => {
  it('sequential makes exactly `requests` requests, one at a time', async () => {
    const c = counting(42);
    const s = await sequential(c.probe, { requests: 7, maxMs: 10_000 });
    expect(c.calls()).toBe(7);
    expect(c.peak()).toBe(1);
    expect(s).toMatchObject({ count: 7, bytes: 42, errors: 0, capped: false });
  });
  it('concurrent shares the request budget among the clients', async () => {
    const c = counting();
    const s = await concurrent(c.probe, { requests: 20, clients: 4, maxMs: 10_000 });
    expect(c.calls()).toBe(20);
    expect(c.peak()).toBe(4);
    expect(s.count).toBe(20);
  });
  it('stops a broken endpoint after a few failures and reports why', async () => {
    let calls = 0;
    const failing: Probe = async () => {
      calls++;
      throw new Error('HTTP 404 no route');
    };
    const s = await sequential(failing, { requests: 200, maxMs: 10_000 });
    expect(calls).toBe(3);
    expect(s).toMatchObject({ count: 0, errors: 3, firstError: 'HTTP 404 no route', capped: false });
    expect(await warmUp(failing, 10, 10_000)).toBe('HTTP 404 no route');
  });
  it('ends a phase at the wall-clock cap and says so', async () => {
    const slow: Probe = () => new Promise((r) => setTimeout(() => r(1), 30));
    const s = await sequential(slow, { requests: 1000, maxMs: 100 });
    expect(s.count).toBeGreaterThan(0);
    expect(s.count).toBeLessThan(1000);
    expect(s.capped).toBe(true);
  });
});
