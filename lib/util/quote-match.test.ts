import { describe, expect, it } from 'vitest';
import { foldTypography, locateQuote } from './quote-match.ts';

const find = (article: string, quote: string) => locateQuote(foldTypography(article), article, quote);

describe('locateQuote', () => {
  it('matches a straight apostrophe against ’ and returns the article’s own text', () => {
    const article = 'Officials said Moscow’s plan was clear.';
    expect(find(article, "Moscow's plan")).toBe('Moscow’s plan');
  });

  it('matches straight double quotes against “ ” and „ and guillemets', () => {
    expect(find('Hij noemde het „nepnieuws” gisteren.', 'het "nepnieuws"')).toBe('het „nepnieuws”');
    expect(find('Il a dit «non» hier.', 'dit "non"')).toBe('dit «non»');
  });

  it('matches - against en and em dashes, both ways', () => {
    expect(find('1500–3000 troepen', '1500-3000 troepen')).toBe('1500–3000 troepen');
    expect(find('a - b', 'a – b')).toBe('a - b');
  });

  it('matches a space against a non-breaking space and whitespace runs across lines', () => {
    // Stored quotes have their whitespace collapsed (as before); the reader's highlight folds it the same way.
    expect(find('ten minste 1500\u00a0militairen', 'ten minste 1500 militairen')).toBe('ten minste 1500 militairen');
    expect(find('zeggen   bewijs\nte hebben', 'zeggen bewijs te hebben')).toBe('zeggen bewijs te hebben');
  });

  it('still refuses a quote the article does not contain, or an empty one', () => {
    expect(find('Moscow’s plan', 'Moscow’s plans')).toBeNull();
    expect(find('Moscow’s plan', 'Moskou’s plan')).toBeNull();
    expect(find('abc', '   ')).toBeNull();
  });

  it('keeps letters and case as they are: only typography is folded', () => {
    expect(find('Noord-Korea', 'noord-korea')).toBeNull();
    expect(find('Oekraïne', 'Oekraine')).toBeNull();
  });
});
