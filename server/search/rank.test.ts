import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../lib/model/wire.ts';
import { caseVariants, combine, mergeByScore } from './rank.ts';

const hit = (id: string, score: number, name = id): SearchResult => ({
  id,
  name,
  type: 'T',
  aliases: [],
  description: null,
  score,
});
const ids = (hits: SearchResult[]) => hits.map((h) => h.id);

describe('mergeByScore', () => {
  it('merges the hits of several indexes best first, one per node with its best score, capped', () => {
    const a = [hit('x', 5), hit('y', 1)];
    const b = [hit('z', 3), hit('x', 7), hit('w', 0.5)];
    expect(mergeByScore([a, b], 10).map((h) => [h.id, h.score])).toEqual([
      ['x', 7],
      ['z', 3],
      ['y', 1],
      ['w', 0.5],
    ]);
    expect(ids(mergeByScore([a, b], 2))).toEqual(['x', 'z']);
    expect(mergeByScore([], 5)).toEqual([]);
  });

  it('breaks ties by name, then key, so the order is stable', () => {
    expect(ids(mergeByScore([[hit('b', 2, 'Beta'), hit('a', 2, 'Alpha'), hit('c', 2, 'Alpha')]], 5))).toEqual([
      'a',
      'c',
      'b',
    ]);
  });
});

describe('combine', () => {
  it('puts exact indexed matches first, then full-text hits, then prefix matches; once each; capped', () => {
    const fulltext = [hit('f1', 9), hit('f2', 0.4)];
    const indexed = [hit('p1', 2, 'Ever Ace'), hit('e1', 3, 'Ever'), hit('f2', 2), hit('p2', 2, 'Ever Given')];
    expect(ids(combine(fulltext, indexed, 10))).toEqual(['e1', 'f1', 'f2', 'p1', 'p2']);
    expect(ids(combine(fulltext, indexed, 2))).toEqual(['e1', 'f1']);
    expect(ids(combine([], [], 3))).toEqual([]);
  });
});

describe('caseVariants', () => {
  it('tries the text as typed, lower, upper, Title Case and First-capitalised, without repeats', () => {
    expect(caseVariants('ever given')).toEqual(['ever given', 'EVER GIVEN', 'Ever Given', 'Ever given']);
    expect(caseVariants('  Ever ')).toEqual(['Ever', 'ever', 'EVER']);
    expect(caseVariants('mc-kinney')).toEqual(['mc-kinney', 'MC-KINNEY', 'Mc-Kinney', 'Mc-kinney']);
    expect(caseVariants('42')).toEqual(['42']);
  });
});
