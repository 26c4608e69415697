import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { foldTypography, findQuote } from '../../lib/util/quote-match.ts';
import { readInputs } from '../read/collect.ts';
import { readYamlGraph } from '../read/yaml-graph.ts';
import { validate } from '../validate.ts';
import { MAX_CANDIDATES, suggestClaims } from './candidates.ts';
import { loadSuggestInputs } from './inputs.ts';
import { loadLexicons } from './lexicon.ts';
import { MAX_NEW_ENTITIES } from './new-entities.ts';
import { suggestionsYaml } from './yaml-out.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, 'data');
const ARTICLE = path.join(DATA, 'articles', 'nos-2024-10-23-us-evidence-nk-troops.md');
const lexicons = loadLexicons();

describe('suggestClaims on a real article', () => {
  const inputs = loadSuggestInputs(ARTICLE, DATA, ROOT);
  const others = inputs.claims.filter((c) => c.article !== inputs.article.id);
  const result = suggestClaims(inputs.article, inputs.entities, lexicons, others);

  it('proposes candidates whose every quote is the article’s own text', () => {
    expect(result.candidates.length).toBeGreaterThan(10);
    expect(result.unverified).toBe(0);
    const folded = foldTypography(inputs.article.text);
    for (const c of result.candidates) {
      const span = findQuote(folded, c.quote);
      expect(span, c.quote).not.toBeNull();
      expect(inputs.article.text.slice(span!.start, span!.end).replace(/\s+/gu, ' ')).toBe(c.quote);
    }
  });

  it('writes YAML that ingest reads and validates as it is', () => {
    const yaml = suggestionsYaml(result, 'test');
    const parsed = readYamlGraph('suggested.yaml', yaml);
    expect(parsed.problems).toEqual([]);
    expect(parsed.relations).toHaveLength(result.candidates.length);
    const data = readInputs([DATA], ROOT);
    const { problems, valid } = validate({ ...data, relations: [...data.relations, ...parsed.relations] });
    expect(problems).toEqual([]);
    expect(valid.claims.length).toBe(inputs.claims.length + result.candidates.length);
  });

  it('reads the claim the article states plainly: 3000 troops from North Korea to Russia, by the lawmakers', () => {
    const c = result.candidates.find(
      (x) => x.from === 'north-korea' && x.type === 'SENDS_TROOPS_TO' && x.to === 'russia' && x.figures.length,
    );
    expect(c?.figures.map((f) => [f.key, f.value])).toEqual([['troops', 3000]]);
    expect(c?.claimant).toBe('south-korean-parliament');
  });

  it('proposes names it does not know as new entities, with a guessed type', () => {
    const names = result.newEntities.map((e) => e.name);
    expect(names).not.toContain('Kremlin');
    for (const e of result.newEntities)
      expect(['Person', 'Organization', 'Place', 'ArmedForce', 'Event', 'Agreement', 'Country', 'Weapon']).toContain(
        e.type,
      );
  });
});

describe('suggestClaims on English text', () => {
  it('reads figures with qualifiers, claimants, hedges and denials in English', () => {
    const inputs = loadSuggestInputs(ARTICLE, DATA, ROOT);
    const text =
      'According to the NIS, more than 11,000 North Korean troops have been sent to Russia. ' +
      'Pentagon spokesman John Kirby told reporters on Monday that North Korea sent 3,000 soldiers to Vladivostok. ' +
      'Moscow denies that North Korean troops are fighting in Kursk. ' +
      'North Korea has reportedly supplied Russia with artillery shells.';
    const r = suggestClaims(
      { id: 'en-test', language: 'en', published: '2024-10-23', text },
      inputs.entities,
      lexicons,
    );
    const find = (from: string, type: string, to: string) =>
      r.candidates.find((c) => c.from === from && c.type === type && c.to === to);
    const russia = find('north-korea', 'SENDS_TROOPS_TO', 'russia');
    expect(russia?.figures).toEqual([
      { key: 'troops', value: 11000, qualifier: 'at-least', text: '11,000 North Korean troops' },
    ]);
    expect(russia?.claimant).toBe('nis');
    const vladivostok = find('north-korea', 'SENDS_TROOPS_TO', 'vladivostok');
    expect([vladivostok?.claimant, vladivostok?.date]).toEqual(['john-kirby', '2024-10-21']);
    expect(find('john-kirby', 'SPOKESPERSON_FOR', 'us-department-of-defense')?.status).toBe('reported');
    expect(find('north-korean-troops', 'DEPLOYED_IN', 'kursk')?.status).toBe('denied');
    expect(find('north-korea', 'SUPPLIES', 'russia')?.status).toBe('alleged');
    // A bound is written as curated files write it, so ingest keeps it a bound; the words go in a comment.
    expect(suggestionsYaml({ ...r, candidates: [russia!] }, 'en-test')).toContain(
      'figures: { troops: "at least 11000" }  # "11,000 North Korean troops"',
    );
  });
});

describe('inputs', () => {
  it('reads an article of data/ once, however its path is written', () => {
    for (const file of [ARTICLE, './data/articles/nos-2024-10-23-us-evidence-nk-troops.md'])
      expect(loadSuggestInputs(file, 'data', ROOT).article.id).toBe('nos-2024-10-23-us-evidence-nk-troops');
  });
});

describe('bounds', () => {
  it('caps candidates and new entities however long the article', () => {
    const entities = [
      { id: 'north-korea', name: 'North Korea', type: 'Country', aliases: ['Noord-Korea'] },
      { id: 'russia', name: 'Russia', type: 'Country', aliases: ['Rusland'] },
      { id: 'ukraine', name: 'Ukraine', type: 'Country', aliases: ['Oekraïne'] },
    ];
    const text = Array.from(
      { length: 1500 },
      (_, i) => `Noord-Korea levert Rusland en Oekraïne wapens, zegt Generaal Naam${i} Achternaam${i}.`,
    ).join(' ');
    const r = suggestClaims({ id: 'long', language: 'nl', published: '2024-10-01', text }, entities, lexicons);
    expect(r.candidates).toHaveLength(MAX_CANDIDATES);
    expect(r.newEntities).toHaveLength(MAX_NEW_ENTITIES);
  });

  it('refuses an article in a language it has no lexicon for', () => {
    expect(() => suggestClaims({ id: 'x', language: 'fr', published: '2024', text: 'Bonjour.' }, [], lexicons)).toThrow(
      /no lexicon for language "fr"/,
    );
  });
});
