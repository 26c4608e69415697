import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGS, parseArgs } from './args.ts';
import { frameStats, percentile } from './stats.ts';

describe('parseArgs', () => {
  it('defaults to 1k/5k/20k on both renderers', () => {
    expect(parseArgs([])).toEqual(DEFAULT_ARGS);
    expect(DEFAULT_ARGS.sizes).toEqual([1000, 5000, 20000]);
  });
  it('reads sizes, renderers, url and json, with = or a separate value', () => {
    const a = parseArgs([
      '--sizes',
      '1000,5000',
      '--renderers=canvas',
      '--url',
      'http://127.0.0.1:5173',
      '--json=out.json',
    ]);
    expect(a).toMatchObject({
      sizes: [1000, 5000],
      renderers: ['canvas'],
      url: 'http://127.0.0.1:5173/',
      json: 'out.json',
    });
  });
  it('rejects bad input', () => {
    expect(() => parseArgs(['--sizes', '1000,abc'])).toThrow(/positive integers/);
    expect(() => parseArgs(['--renderers', 'svg'])).toThrow(/canvas and\/or webgl/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown flag/);
    expect(() => parseArgs(['--sizes'])).toThrow(/needs a value/);
  });
  it('turns off the bundle build and the scale options', () => {
    expect(parseArgs(['--no-bundle']).bundle).toBe(false);
    expect(parseArgs(['--no-scale']).scale).toBe(false);
  });
});

describe('stats', () => {
  it('computes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });
  it('summarises frames', () => {
    expect(frameStats([10, 30, 20])).toEqual({ count: 3, median: 20, p95: 30, max: 30 });
  });
});
