import { describe, expect, it } from 'vitest';
import { buildAliasIndex, countMentions } from './aliases.ts';
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
