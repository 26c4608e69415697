import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGS, parseArgs } from './args.ts';

describe('bench:api parseArgs', () => {
  it('defaults to 100k entities, 1M claims, 200 requests, 16 clients', () => {
    expect(parseArgs([])).toEqual(DEFAULT_ARGS);
    expect(DEFAULT_ARGS).toMatchObject({ entities: 100_000, claims: 1_000_000, requests: 200, clients: 16 });
  });
  it('reads sizes with = or a separate value, and the switches', () => {
    const a = parseArgs(['--entities', '5000', '--claims=50_000', '--clients', '4', '--reuse', '--no-browser']);
    expect(a).toMatchObject({ entities: 5000, claims: 50_000, clients: 4, reuse: true, browser: false });
    expect(parseArgs(['--only', 'seed, search']).only).toEqual(['seed', 'search']);
  });
  it('rejects bad input', () => {
    expect(() => parseArgs(['--claims', '-3'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--requests', '1.5'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown flag/);
    expect(() => parseArgs(['--entities'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--entities', '5', '--hubs', '10'])).toThrow(/hubs/);
  });
});
