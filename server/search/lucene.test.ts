import { describe, expect, it } from 'vitest';
import { buildLuceneQuery, escapeLucene, fold, fuzziness, termClause, tokenize, MAX_TERMS } from './lucene.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });
  it('leaves plain words alone', () => {
    expect(escapeLucene('kursk')).toBe('kursk');
  });
});

describe('tokenize / fold', () => {
  it('folds diacritics and case like standard-folding', () => {
    expect(fold('Oekraïne')).toBe('oekraine');
    expect(tokenize('  Kim Jong-un ')).toEqual(['kim', 'jong', 'un']);
  });
  it('drops Lucene syntax, keeping only words', () => {
    expect(tokenize('name:"kursk" OR *:* AND (putin)~')).toEqual(['name', 'kursk', 'or', 'and', 'putin']);
    expect(tokenize('*** ~~ ""')).toEqual([]);
  });
  it('caps the number of terms', () => {
    expect(tokenize('a b c d e f g h i j k l').length).toBe(MAX_TERMS);
  });
});

describe('fuzziness', () => {
  it('grows with word length', () => {
    expect(fuzziness('nk')).toBe(0);
    expect(fuzziness('kursj')).toBe(1);
    expect(fuzziness('oekraine')).toBe(2);
  });
});

describe('buildLuceneQuery', () => {
  it('combines exact, prefix and fuzzy clauses for one word', () => {
    expect(buildLuceneQuery('Kursj')).toBe('+(kursj^4 OR kursj*^2 OR kursj~1)');
    expect(buildLuceneQuery('Poetin')).toBe('+(poetin^4 OR poetin*^2 OR poetin~2)');
  });
  it('requires every word and boosts the phrase', () => {
    expect(buildLuceneQuery('north korea')).toBe(
      '(+(north^4 OR north*^2 OR north~1) +(korea^4 OR korea*^2 OR korea~1)) OR "north korea"^8',
    );
  });
  it('no fuzzy or prefix noise for one-letter words', () => {
    expect(termClause('a')).toBe('(a^4)');
    expect(termClause('un')).toBe('(un^4 OR un*^2)');
  });
  it('cannot be steered by user syntax', () => {
    const q = buildLuceneQuery('aliasesText:*) OR (name:x');
    expect(q).not.toMatch(/[a-z]:/);
    expect(q).not.toContain('*)');
  });
  it('returns null when there is nothing to search for', () => {
    expect(buildLuceneQuery('  ?! ')).toBeNull();
  });
});
