import { describe, expect, it } from 'vitest';
import { DEFAULT_ARGS, parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('defaults to 50 connections, 30 s steady and a 30 s chaos phase', () => {
    expect(parseArgs([])).toEqual(DEFAULT_ARGS);
    expect(DEFAULT_ARGS).toMatchObject({ connections: 50, seconds: 30, chaosSeconds: 30, warmupSeconds: 5 });
  });
  it('takes --name value and --name=value', () => {
    expect(parseArgs(['--connections', '8', '--seconds=10', '--reuse', '--no-chaos'])).toMatchObject({
      connections: 8,
      seconds: 10,
      reuse: true,
      chaos: false,
    });
  });
  it('refuses a chaos phase too short for its schedule, and bad numbers', () => {
    expect(() => parseArgs(['--chaos-seconds', '10'])).toThrow(/must exceed 15/);
    expect(parseArgs(['--chaos-seconds', '10', '--no-chaos']).chaos).toBe(false);
    expect(() => parseArgs(['--connections', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown flag/);
  });
});
