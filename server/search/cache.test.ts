import { describe, expect, it } from 'vitest';
import { cached } from './cache.ts';

describe('cached', () => {
  it('loads once per ttl, shares a load in flight, and loads again after ttl or forget', async () => {
    let t = 0;
    let loads = 0;
    const c = cached(
      async () => ++loads,
      1000,
      () => t,
    );
    expect(await Promise.all([c.get(), c.get(), c.get()])).toEqual([1, 1, 1]);
    t = 999;
    expect(await c.get()).toBe(1);
    t = 1000;
    expect(await c.get()).toBe(2);
    c.forget();
    expect(await c.get()).toBe(3);
    expect(loads).toBe(3);
  });

  it('does not keep a failed load', async () => {
    let fail = true;
    const c = cached(async () => {
      if (fail) throw new Error('down');
      return 'ok';
    }, 60_000);
    await expect(c.get()).rejects.toThrow('down');
    fail = false;
    expect(await c.get()).toBe('ok');
  });
});
