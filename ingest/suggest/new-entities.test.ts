import { describe, expect, it } from 'vitest';
import { buildAliasIndex, findMentions } from '../match/aliases.ts';
import { loadLexicons } from './lexicon.ts';
import { proposeEntities } from './new-entities.ts';
import { splitSentences } from './sentences.ts';

const lexicons = loadLexicons();
const index = buildAliasIndex([{ id: 'russia', name: 'Russia', aliases: ['Rusland'] }]);

function propose(text: string, lang: 'nl' | 'en') {
  const lex = lexicons.byLanguage.get(lang)!;
  const found = proposeEntities(text, splitSentences(text, lang, lex.abbreviations), findMentions(text, index), lex);
  return found.map((e) => [e.name, e.type]);
}

describe('new entities', () => {
  it('proposes unknown proper names with a type from a cue word, never a known entity', () => {
    const text =
      'Volgens president Jan van der Berg stuurt Rusland troepen. De Nationale Veiligheidsraad bevestigt het. ' +
      'Ook de regio Primorje is betrokken, zei Jan van der Berg. De troepen komen uit de regio.';
    expect(propose(text, 'nl')).toEqual([
      ['Jan van der Berg', 'Person'],
      ['Nationale Veiligheidsraad', 'Organization'],
      ['Primorje', 'Place'],
    ]);
  });

  it('leaves out sentence-initial words, words the article also writes in lower case, and lone words named once', () => {
    const text = 'Situatie in Rusland. De situatie is ernstig. Bewijs ontbreekt, zegt Pietersen.';
    expect(propose(text, 'nl')).toEqual([]);
  });

  it('works in English too', () => {
    const text = 'Russia trains troops, spokesman John Kirby told reporters. The Pentagon agency said so, Kirby added.';
    expect(propose(text, 'en')).toEqual([['John Kirby', 'Person']]);
  });
});
