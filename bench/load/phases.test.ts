import { describe, expect, it } from 'vitest';
import { recoveryOf, samplesOf, splitByWindow, type RecoveryOptions } from './phases.ts';
import type { Sample } from './stats.ts';

const s = (endpoint: string, start: number, end: number, status = 200): Sample => ({ endpoint, start, end, status });
const opts = (o: Partial<RecoveryOptions> = {}): RecoveryOptions => ({
  killAt: 1000,
  observedUntil: 10_000,
  quietMs: 1000,
  provesDb: (e) => e !== 'floor',
  ...o,
});

describe('samplesOf', () => {
  it('puts a request in the phase it started in', () => {
    const xs = [s('a', 99, 150), s('a', 100, 300), s('a', 199, 900), s('a', 200, 201)];
    expect(samplesOf(xs, { name: 'steady', from: 100, to: 200 })).toEqual([xs[1], xs[2]]);
  });
});

describe('recoveryOf', () => {
  it('is the first database success after the kill when no error follows it', () => {
    const xs = [s('a', 500, 1200, 503), s('a', 1100, 2500, 503), s('a', 2000, 3000), s('a', 3100, 3200)];
    expect(recoveryOf(xs, opts())).toEqual({ firstOk: 3000, recovered: 3000 });
  });
  it('moves to the last error within the quiet period after it (error rate back to 0)', () => {
    const xs = [s('a', 1500, 3000), s('b', 1200, 3500, 503), s('b', 3500, 4200, 503), s('a', 4300, 4400)];
    expect(recoveryOf(xs, opts())).toEqual({ firstOk: 3000, recovered: 4200 });
  });
  it('leaves a later, separate failure outside the window', () => {
    const xs = [s('a', 1500, 3000), s('b', 3000, 9000, 503)];
    expect(recoveryOf(xs, opts()).recovered).toBe(3000);
  });
  it('does not count the floor, nor a success that started before the kill', () => {
    const xs = [s('floor', 1500, 2000), s('a', 900, 2100)];
    expect(recoveryOf(xs, opts())).toEqual({ firstOk: null, recovered: null });
  });
  it('is not recovered until the quiet period has been observed', () => {
    const xs = [s('a', 1500, 3000)];
    expect(recoveryOf(xs, opts({ observedUntil: 3500 }))).toEqual({ firstOk: 3000, recovered: null });
  });
});

describe('splitByWindow', () => {
  it('counts every request in flight during the window as inside, an open window running to the end', () => {
    const xs = [s('a', 0, 999), s('a', 0, 1001), s('a', 1500, 1600), s('a', 2999, 4000), s('a', 3000, 3100)];
    const { inside, outside } = splitByWindow(xs, { from: 1000, to: 3000 });
    expect(inside).toEqual([xs[1], xs[2], xs[3]]);
    expect(outside).toEqual([xs[0], xs[4]]);
    expect(splitByWindow(xs, { from: 1000, to: Infinity }).outside).toEqual([xs[0]]);
  });
});
