import { describe, expect, it } from 'vitest';
import { aliasKey, buildAliasIndex, countMentions, findMentions, isCasedAlias } from './aliases.ts';
import { fold, normalizeWhitespace } from './normalize.ts';

const index = buildAliasIndex([
  { id: 'north-korea', name: 'North Korea', aliases: ['Noord-Korea', 'Noord-Koreaanse'] },
  { id: 'korea', name: 'Korea', aliases: [] },
  { id: 'kursk', name: 'Kursk', aliases: ['Koersk'] },
  { id: 'ukraine', name: 'Ukraine', aliases: ['Oekraïne', 'Oekraïense'] },
  { id: 'putin', name: 'Vladimir Putin', aliases: ['Poetin'] },
]);

describe('alias matching', () => {
  it('ignores case and diacritics', () => {
    expect(fold('Oekraïense')).toBe('oekraiense');
    const m = countMentions('OEKRAINE en oekraïense troepen; Oekraïne.', index);
    expect(m.get('ukraine')).toBe(3);
  });

  it('respects word boundaries', () => {
    const m = countMentions('Koerskregio, Poetins en Koersk. Poetin!', index);
    expect(m.get('kursk')).toBe(1);
    expect(m.get('putin')).toBe(1);
  });

  it('prefers the longest alias and does not double count', () => {
    const m = countMentions('Noord-Koreaanse soldaten uit Noord-Korea, niet uit Korea.', index);
    expect(m.get('north-korea')).toBe(2);
    expect(m.get('korea')).toBe(1);
  });

  it('matches multi-word names across line breaks', () => {
    expect(countMentions('president Vladimir\n  Putin zei', index).get('putin')).toBe(1);
  });

  it('normalises whitespace for quotes', () => {
    expect(normalizeWhitespace('  a\n\t b  c ')).toBe('a b c');
  });
});

describe('short all-capitals aliases', () => {
  const cased = buildAliasIndex([
    { id: 'united-states', name: 'United States', aliases: ['US', 'U.S.', 'VS'] },
    { id: 'united-nations', name: 'United Nations', aliases: ['UN', 'U.N.'] },
    { id: 'nato', name: 'NATO', aliases: ['NAVO'] },
    { id: 'kim', name: 'Kim Jong-un', aliases: [] },
  ]);

  it('match only in capitals', () => {
    const m = countMentions(
      'The US and the U.S. told us; de VS en vs. Kim Jong-un at the UN and U.N.; un-American',
      cased,
    );
    expect(m.get('united-states')).toBe(3);
    expect(m.get('united-nations')).toBe(2);
    expect(m.get('kim')).toBe(1);
  });

  it('longer capitals stay case-insensitive (Navo, NAVO)', () => {
    expect(countMentions('Navo-chef en NAVO, NATO and Nato', cased).get('nato')).toBe(4);
  });

  it('are a different alias from the same word in lower case', () => {
    expect(isCasedAlias('US')).toBe(true);
    expect(isCasedAlias('U.S.')).toBe(true);
    expect(isCasedAlias('NAVO')).toBe(false);
    expect(isCasedAlias('Us')).toBe(false);
    expect(aliasKey('US')).not.toBe(aliasKey('us'));
  });
});

describe('findMentions', () => {
  it('returns each mention with its place in the original text, longest alias first', () => {
    const text = 'Noord-Koreaanse soldaten in Koersk; Oekraïne, niet Korea.';
    const found = findMentions(text, index).map((m) => [m.entity, text.slice(m.start, m.end)]);
    expect(found).toEqual([
      ['north-korea', 'Noord-Koreaanse'],
      ['kursk', 'Koersk'],
      ['ukraine', 'Oekraïne'],
      ['korea', 'Korea'],
    ]);
  });

  it('agrees with countMentions', () => {
    const text = 'OEKRAINE en oekraïense troepen; Poetin, president Vladimir\n Putin. Koerskregio.';
    const counted = countMentions(text, index);
    const found = new Map<string, number>();
    for (const m of findMentions(text, index)) found.set(m.entity, (found.get(m.entity) ?? 0) + 1);
    expect(found).toEqual(counted);
  });
});
