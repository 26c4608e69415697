import { describe, expect, it } from 'vitest';
import { buildAliasIndex, findMentions } from '../match/aliases.ts';
import { attributionOf, dateOf, statusOf, type TokenMention } from './cues.ts';
import { loadLexicons } from './lexicon.ts';
import { splitSentences } from './sentences.ts';

const lexicons = loadLexicons();
const ENTITIES = [
  { id: 'john-kirby', name: 'John Kirby', type: 'Person', aliases: ['Kirby'] },
  { id: 'kremlin', name: 'Kremlin', type: 'Organization', aliases: [] },
  { id: 'nis', name: 'NIS', type: 'Organization', aliases: ['inlichtingendienst', 'intelligence service'] },
  { id: 'north-korea', name: 'North Korea', type: 'Country', aliases: ['Noord-Korea', 'Noord-Koreaanse', 'Pyongyang'] },
  { id: 'russia', name: 'Russia', type: 'Country', aliases: ['Rusland', 'Moscow'] },
  { id: 'mark-rutte', name: 'Mark Rutte', type: 'Person', aliases: ['Rutte'] },
];
const index = buildAliasIndex(ENTITIES);

function sentence(text: string, lang: 'nl' | 'en') {
  const lex = lexicons.byLanguage.get(lang)!;
  const s = splitSentences(text, lang, lex.abbreviations)[0]!;
  const mentions: TokenMention[] = findMentions(text, index).map((m) => ({
    entity: m.entity,
    type: ENTITIES.find((e) => e.id === m.entity)!.type,
    first: s.tokens.findIndex((t) => t.start >= m.start),
    last: s.tokens.findLastIndex((t) => t.end <= m.end),
  }));
  return { lex, toks: s.tokens, mentions };
}

const status = (text: string, lang: 'nl' | 'en', figures = false) => {
  const { lex, toks } = sentence(text, lang);
  return statusOf(toks, lex, figures).status;
};
const claimant = (text: string, lang: 'nl' | 'en') => {
  const { lex, toks, mentions } = sentence(text, lang);
  return attributionOf(toks, mentions, lex)?.claimant ?? null;
};

describe('hedges', () => {
  it('reads a Dutch hedge as alleged, or estimated for figures', () => {
    expect(status('Noord-Korea zou troepen naar Rusland sturen.', 'nl')).toBe('alleged');
    expect(status('Zij zouden naar verluidt in Koersk zijn.', 'nl')).toBe('alleged');
    expect(status('Vermoedelijk zijn er 3000 militairen.', 'nl', true)).toBe('estimated');
  });
  it('reads an English hedge as alleged', () => {
    expect(status('North Korea has reportedly sent troops.', 'en')).toBe('alleged');
    expect(status('The troops were allegedly trained in Russia.', 'en')).toBe('alleged');
  });
  it('reads a third party’s fear as unconfirmed, a plain statement as reported', () => {
    expect(status('Seoul vreest dat Pyongyang meer troepen stuurt.', 'nl')).toBe('unconfirmed');
    expect(status('Seoul fears that Pyongyang sends more troops.', 'en')).toBe('unconfirmed');
    expect(status('Noord-Korea stuurt troepen naar Rusland.', 'nl')).toBe('reported');
  });
});

describe('denials', () => {
  it('reads Dutch denials', () => {
    expect(status('Het Kremlin ontkent dat er troepen zijn.', 'nl')).toBe('denied');
    expect(status('Het Kremlin heeft de beweringen afgedaan als nepnieuws.', 'nl')).toBe('denied');
  });
  it('reads English denials, over a hedge in the same sentence', () => {
    expect(status('Moscow denies that troops would be there.', 'en')).toBe('denied');
    expect(status('The Kremlin dismissed the reports as fake news.', 'en')).toBe('denied');
  });
});

describe('attribution', () => {
  it('finds the Dutch claimant', () => {
    expect(claimant('Volgens de inlichtingendienst zijn er 1500 militairen.', 'nl')).toBe('nis');
    expect(claimant('Rutte zegt dat Noord-Korea troepen stuurt.', 'nl')).toBe('mark-rutte');
    expect(claimant('Dat meldt John Kirby, woordvoerder.', 'nl')).toBe('john-kirby');
    expect(claimant('NAVO-chef Rutte bevestigt inzet Noord-Koreaanse troepen.', 'nl')).toBe('mark-rutte');
    expect(claimant('Hij deed die af als onzin, meldt de BBC van Rusland.', 'nl')).toBeNull();
  });
  it('finds the English claimant', () => {
    expect(claimant('According to the intelligence service, 1,500 troops arrived.', 'en')).toBe('nis');
    expect(claimant('Kirby said that North Korea sent troops.', 'en')).toBe('john-kirby');
    expect(claimant('Mark Rutte told reporters that Pyongyang sent troops.', 'en')).toBe('mark-rutte');
  });
  it('finds none where nobody is quoted', () => {
    expect(claimant('Noord-Korea stuurt troepen naar Rusland.', 'nl')).toBeNull();
    expect(claimant('North Korea sent troops to Russia.', 'en')).toBeNull();
  });
});

describe('dates', () => {
  const date = (text: string, lang: 'nl' | 'en', published: string) => {
    const { lex, toks } = sentence(text, lang);
    return dateOf(toks, lex, published).date;
  };
  it('takes a written date, a weekday before publication, or the publication date', () => {
    expect(date('Op 28 oktober zei Rutte het.', 'nl', '2024-10-30T10:00')).toBe('2024-10-28');
    expect(date('In augustus viel Oekraïne binnen.', 'nl', '2024-10-30')).toBe('2024-08');
    // 2024-10-23 was a Wednesday: "maandag" is the 21st.
    expect(date('Hij zei het maandag.', 'nl', '2024-10-23T22:24')).toBe('2024-10-21');
    expect(date('He will call next Monday.', 'en', '2024-10-23')).toBe('2024-10-28');
    expect(date('Rutte zei het.', 'nl', '2024-10-23T22:24')).toBe('2024-10-23');
  });
});
