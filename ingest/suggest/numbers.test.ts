import { describe, expect, it } from 'vitest';
import { loadLexicons } from './lexicon.ts';
import { parseFigures, parseNumber } from './numbers.ts';
import { splitSentences } from './sentences.ts';

const lexicons = loadLexicons();
const nl = lexicons.byLanguage.get('nl')!;
const en = lexicons.byLanguage.get('en')!;

const figures = (text: string, lang: 'nl' | 'en') => {
  const lex = lang === 'nl' ? nl : en;
  return splitSentences(text, lang, lex.abbreviations).flatMap((s) =>
    parseFigures(text, s.tokens, lex).map((f) => [f.key, f.value, f.qualifier ?? null]),
  );
};

describe('number parser', () => {
  it('reads each language its own way', () => {
    expect(parseNumber('10.000', nl)).toBe(10000);
    expect(parseNumber('2,5', nl)).toBe(2.5);
    expect(parseNumber('11,000', en)).toBe(11000);
    expect(parseNumber('1.5', en)).toBe(1.5);
    expect(parseNumber('1500', nl)).toBe(1500);
    expect(parseNumber('1.50.0', nl)).toBeNull();
  });

  it('finds Dutch figures with their unit words', () => {
    expect(figures('Noord-Korea stuurde 10.000 militairen en 1500 soldaten.', 'nl')).toEqual([
      ['troops', 10000, null],
      ['troops', 1500, null],
    ]);
    expect(
      figures('Zo’n 2 miljoen artilleriegranaten, 40% van het terrein en 1300 vierkante kilometer.', 'nl'),
    ).toEqual([
      ['shells', 2000000, 'about'],
      ['percent', 40, null],
      ['squareKilometres', 1300, null],
    ]);
    expect(figures('Naar schatting 11.000 Noord-Koreaanse manschappen.', 'nl')).toEqual([['troops', 11000, 'about']]);
  });

  it('finds English figures with their unit words', () => {
    expect(figures('Pyongyang sent 11,000 troops and 2.5 million shells; 40 percent.', 'en')).toEqual([
      ['troops', 11000, null],
      ['shells', 2500000, null],
      ['percent', 40, null],
    ]);
  });

  it('reads lower bounds as lower bounds', () => {
    expect(figures('Ten minste 1500 soldaten, ruim een miljoen militairen en meer dan 600.000 doden.', 'nl')).toEqual([
      ['troops', 1500, 'at-least'],
      ['troops', 1000000, 'at-least'],
      ['casualties', 600000, 'at-least'],
    ]);
    expect(figures('At least 1,500 soldiers and more than 600,000 casualties; up to 3,000 troops.', 'en')).toEqual([
      ['troops', 1500, 'at-least'],
      ['casualties', 600000, 'at-least'],
      ['troops', 3000, 'at-most'],
    ]);
  });

  it('takes no number without a unit word (years, dates, counts of other things)', () => {
    expect(figures('Op 28 oktober 2024 zei hij dat 3 landen meedoen.', 'nl')).toEqual([]);
    expect(figures('On October 28, 2024, 3 countries joined.', 'en')).toEqual([]);
  });
});
