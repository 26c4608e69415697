import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

describe('highlightSegments', () => {
  it('marks the quote after whitespace normalisation', () => {
    const text = 'Intro.\n\nNAVO-chef Rutte  bevestigt\ndat troepen.\nEnd';
    const segs = highlightSegments(text, 'NAVO-chef Rutte bevestigt dat troepen.');
    expect(segs.map((s) => s.mark)).toEqual([false, true, false]);
    expect(segs[1]!.text).toBe('NAVO-chef Rutte  bevestigt\ndat troepen.');
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('folds typographic quotes, as ingest does (not case: a stored quote is the article text itself)', () => {
    expect(highlightSegments('Hij zei “aanzienlijke escalatie”', 'zei "Aanzienlijke escalatie"')).toHaveLength(1);
    const segs = highlightSegments('Hij zei “aanzienlijke escalatie” gisteren', 'zei "aanzienlijke escalatie"');
    expect(segs.find((s) => s.mark)!.text).toBe('zei “aanzienlijke escalatie”');
  });

  it('returns the whole text unmarked when there is no match', () => {
    expect(highlightSegments('abc', 'xyz')).toEqual([{ text: 'abc', mark: false }]);
    expect(highlightSegments('abc', '')).toEqual([{ text: 'abc', mark: false }]);
  });
});
