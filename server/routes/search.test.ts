import { describe, expect, it } from 'vitest';
import type { SearchPage, SearchResult } from '../../lib/model/wire.ts';
import { jsonBytes } from '../http/budget.ts';
import { fitToBudget } from './search.ts';

const hit = (i: number, text = ''): SearchResult => ({
  id: `neo4j:4:x:${i}`,
  name: `n${i}`,
  type: 'Doc',
  aliases: [],
  description: null,
  labels: ['Doc'],
  properties: { text },
  score: 1,
});

describe('fitToBudget', () => {
  it('keeps a page that fits as it is', () => {
    const page: SearchPage = { results: [hit(1), hit(2)], method: 'fulltext', partial: false };
    expect(fitToBudget(page, 10_000)).toBe(page);
  });

  it('cuts the tail of a page over the budget and says it is partial', () => {
    const page: SearchPage = {
      results: Array.from({ length: 20 }, (_, i) => hit(i, 'x'.repeat(2000))),
      method: 'indexed',
      partial: false,
    };
    const cut = fitToBudget(page, 10_000);
    expect(cut.partial).toBe(true);
    expect(cut.results.length).toBeGreaterThan(0);
    expect(cut.results.length).toBeLessThan(20);
    expect(cut.results).toEqual(page.results.slice(0, cut.results.length));
    expect(jsonBytes(cut)).toBeLessThanOrEqual(10_000);
  });
});
