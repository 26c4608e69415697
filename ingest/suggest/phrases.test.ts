import { describe, expect, it } from 'vitest';
import { compilePhrase, matchAny, phraseEndingAt, type Token } from './phrases.ts';

const toks = (words: string): Token[] => words.split(' ').map((text, i) => ({ text, start: i, end: i + 1 }));

describe('lexicon phrases', () => {
  it('match whole words, word beginnings (lever*) and word endings (*granaten)', () => {
    const t = toks('pyongyang leverde zo n 2 miljoen artilleriegranaten');
    expect(
      matchAny(t, ['lever*', '*granaten', "zo'n", 'lever'].map(compilePhrase)).map((m) => [m.phrase.source, m.at]),
    ).toEqual([
      ['lever*', 1],
      ["zo'n", 2],
      ['*granaten', 6],
    ]);
  });

  it('find the phrase that ends right before a word (qualifiers before a number)', () => {
    const t = toks('meer dan 600 000 doden');
    expect(phraseEndingAt(t, 2, ['dan', 'meer dan'].map(compilePhrase))?.source).toBe('meer dan');
  });

  it('mark a trailing > as standing before the claim’s `to`', () => {
    expect(compilePhrase('naar>')).toMatchObject({ source: 'naar', beforeTo: true });
    expect(compilePhrase('naar').beforeTo).toBeUndefined();
  });
});
