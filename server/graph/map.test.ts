import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { claimsFrom, entitiesFrom, toArticleRef, toClaim, toEntity } from './map.ts';

// Real driver value classes, constructed without a database.
const node = (props: Record<string, unknown>, labels = ['Entity', 'Country']) =>
  new neo4j.types.Node(neo4j.int(1), labels, props, '4:x:1');
const rel = (type: string, props: Record<string, unknown>) =>
  new neo4j.types.Relationship(neo4j.int(7), neo4j.int(1), neo4j.int(2), type, props, '5:x:7', '4:x:1', '4:x:2');

const article = { id: 'nos-1', title: 'Title', outlet: 'NOS', published: '2024-10-28' };

describe('toEntity', () => {
  it('maps a node to Entity JSON', () => {
    expect(
      toEntity(
        node({
          id: 'north-korea',
          name: 'North Korea',
          type: 'Country',
          aliases: ['DPRK'],
          description: 'd',
          aliasesText: 'DPRK',
        }),
      ),
    ).toEqual({ id: 'north-korea', name: 'North Korea', type: 'Country', aliases: ['DPRK'], description: 'd' });
  });
  it('falls back to the label for the type and to [] / null for missing fields', () => {
    expect(toEntity(node({ id: 'kursk', name: 'Kursk' }, ['Entity', 'Place']))).toEqual({
      id: 'kursk',
      name: 'Kursk',
      type: 'Place',
      aliases: [],
      description: null,
    });
  });
  it('dedupes entities by id', () => {
    const n = node({ id: 'a', name: 'A' });
    expect(entitiesFrom([n, n, node({ id: 'b', name: 'B' })]).map((e) => e.id)).toEqual(['a', 'b']);
    expect(entitiesFrom(null)).toEqual([]);
  });
});

describe('toClaim', () => {
  const props = {
    id: 'nk-troops-kursk',
    status: 'confirmed',
    date: new neo4j.types.Date(2024, 10, 28),
    dateText: '2024-10-28',
    claimantId: 'mark-rutte',
    claimantName: 'Mark Rutte',
    articleId: 'nos-1',
    quote: 'q',
    figureKeys: ['troops', 'casualties'],
    troops: neo4j.int(11000),
    casualties: 1.5,
    source: 'curated',
    contentHash: 'h',
  };

  it('maps a relationship row to Claim JSON with figures, claimant, ISO date and article', () => {
    expect(toClaim({ rel: rel('SENDS_TROOPS_TO', props), source: 'north-korea', target: 'kursk', article })).toEqual({
      id: 'nk-troops-kursk',
      type: 'SENDS_TROOPS_TO',
      source: 'north-korea',
      target: 'kursk',
      status: 'confirmed',
      date: '2024-10-28',
      dateText: '2024-10-28',
      claimant: { id: 'mark-rutte', name: 'Mark Rutte' },
      article,
      quote: 'q',
      figures: { troops: 11000, casualties: 1.5 },
    });
  });

  it('uses null for a missing date, claimant and article', () => {
    const c = toClaim({
      rel: rel('LOCATED_IN', { id: 'x', status: 'reported', date: null }),
      source: 'a',
      target: 'b',
      article: null,
    });
    expect(c.date).toBeNull();
    expect(c.dateText).toBeNull();
    expect(c.claimant).toBeNull();
    expect(c.article).toBeNull();
    expect(c.figures).toEqual({});
  });

  it('dedupes claims by id (self-loops come back twice from undirected matches)', () => {
    const r = { rel: rel('T', { id: 'c1' }), source: 'a', target: 'a' };
    expect(claimsFrom([r, r]).length).toBe(1);
  });
});

describe('helpers', () => {
  it('figures: only listed keys with numbers; bounds only for figures it has', () => {
    const r = rel('SENDS_TROOPS_TO', {
      id: 'c',
      figureKeys: ['troops', 'bad'],
      troops: neo4j.int(1500),
      bad: 'x',
      other: 4,
      figureQualifiers: ['troops:at-least', 'bad:at-most', 'junk'],
    });
    const c = toClaim({ rel: r, source: 'a', target: 'b' });
    expect(c.figures).toEqual({ troops: 1500 });
    expect(c.figureQualifiers).toEqual({ troops: 'at-least' });
    expect(c.properties).toEqual({ other: 4 });
    expect(
      toClaim({ rel: rel('X', { id: 'd', figureKeys: ['n'], n: 2 }), source: 'a', target: 'b' }),
    ).not.toHaveProperty('figureQualifiers');
  });
  it('toArticleRef needs an id', () => {
    expect(toArticleRef({ title: 'no id' })).toBeNull();
    expect(toArticleRef(article)).toEqual(article);
  });
});
