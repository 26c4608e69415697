import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { fitCount, installResponseBudget, jsonBytes } from './budget.ts';

describe('fitCount', () => {
  const items = Array.from({ length: 10 }, (_, i) => ({ i, pad: 'x'.repeat(90) }));
  const each = jsonBytes(items[0]) + 1;

  it('counts the leading items that fit after the fixed bytes', () => {
    expect(fitCount(items, 10 * each, 0)).toBe(10);
    expect(fitCount(items, 3 * each + 5, 0)).toBe(3);
    expect(fitCount(items, 3 * each, each)).toBe(2);
    expect(fitCount([], 100, 0)).toBe(0);
  });

  it('keeps at least `min` items, so a page always moves on', () => {
    expect(fitCount(items, 10, 0)).toBe(0);
    expect(fitCount(items, 10, 0, 1)).toBe(1);
  });
});

describe('installResponseBudget', () => {
  const app = Fastify();
  installResponseBudget(app, 1000);
  app.get('/api/small', async () => ({ ok: true }));
  app.get('/api/big', async () => ({ pad: 'x'.repeat(2000) }));
  app.get('/api/views/big', async () => ({ pad: 'x'.repeat(2000) }));

  it('passes answers within the budget and fails loudly on one over it', async () => {
    expect((await app.inject({ url: '/api/small' })).json()).toEqual({ ok: true });
    const big = await app.inject({ url: '/api/big' });
    expect(big.statusCode).toBe(500);
    expect(big.json().error.code).toBe('ResponseOverBudget');
    expect(big.json().error.message).toContain('1000');
  });

  it('leaves exempt routes (saved views) to their own limits', async () => {
    expect((await app.inject({ url: '/api/views/big' })).statusCode).toBe(200);
  });
});
