import { describe, expect, it } from 'vitest';
import { loadLexicons } from './lexicon.ts';
import { splitSentences } from './sentences.ts';

const lexicons = loadLexicons();
const split = (text: string, lang: 'nl' | 'en') =>
  splitSentences(text, lang, lexicons.byLanguage.get(lang)!.abbreviations);

describe('sentence splitting', () => {
  it('splits on sentence ends and keeps each sentence at its place in the text', () => {
    const text = 'De VS zeggen bewijs te hebben. Dat meldt John Kirby.\n\nVolgens Kirby is het waar!';
    const s = split(text, 'nl');
    expect(s.map((x) => x.text)).toEqual([
      'De VS zeggen bewijs te hebben.',
      'Dat meldt John Kirby.',
      'Volgens Kirby is het waar!',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('keeps a headline or caption without a full stop as its own sentence', () => {
    const text = 'Escalatie van het conflict\nDe BBC vroeg het hem.';
    expect(split(text, 'nl').map((x) => x.text)).toEqual(['Escalatie van het conflict', 'De BBC vroeg het hem.']);
  });

  it('does not cut after an abbreviation or an initial', () => {
    const text = 'Mr. Kirby told reporters N. Korea sent troops. The U.S. agrees.';
    expect(split(text, 'en').map((x) => x.text)).toEqual([
      'Mr. Kirby told reporters N. Korea sent troops.',
      'The U.S. agrees.',
    ]);
  });

  it('tokenises folded, with places in the article text', () => {
    const [s] = split('  Oekraïne en Koersk.', 'nl');
    expect(s!.tokens.map((t) => t.text)).toEqual(['oekraine', 'en', 'koersk']);
    expect(s!.start).toBe(2);
  });
});
