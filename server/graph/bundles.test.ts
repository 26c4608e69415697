import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { byBundleSize, shrinkBundles, toBundle } from './bundles.ts';

const rel = new neo4j.types.Relationship(
  neo4j.int(7),
  neo4j.int(1),
  neo4j.int(2),
  'SENDS_TROOPS_TO',
  {
    id: 'c1',
    status: 'confirmed',
    date: new neo4j.types.Date(2024, 10, 28),
    dateText: '2024-10-28',
    quote: 'q',
    claimantId: 'mark-rutte',
    claimantName: 'Mark Rutte',
    articleId: 'a1',
    figureKeys: ['troops'],
    troops: neo4j.int(11000),
  },
  '5:x:7',
  '4:x:1',
  '4:x:2',
);
const article = { id: 'a1', title: 'T', outlet: 'NOS', published: '2024-10-28' };
const values: Record<string, unknown> = {
  source: 'north-korea',
  type: 'SENDS_TROOPS_TO',
  target: 'russia',
  count: neo4j.int(1),
  claimLike: true,
  byStatus: [{ key: 'confirmed', count: neo4j.int(1) }],
  outlets: [{ value: 'NOS', count: neo4j.int(1) }],
  outletCount: neo4j.int(1),
  articles: [{ value: article, count: neo4j.int(1) }],
  articleCount: neo4j.int(1),
  firstDate: '2024-10-28',
  lastDate: '2024-10-28',
  undated: neo4j.int(0),
  days: [{ value: '2024-10-28', count: neo4j.int(1) }],
  daysComplete: true,
  cells: [{ status: 'confirmed', articleId: 'a1', outlet: 'NOS', day: '2024-10-28', count: neo4j.int(1) }],
  cellsComplete: true,
  figures: [
    {
      key: 'troops',
      min: neo4j.int(11000),
      max: neo4j.int(11000),
      count: neo4j.int(1),
      valuesComplete: true,
      values: [{ value: neo4j.int(11000), count: neo4j.int(1), claimants: ['Mark Rutte'] }],
    },
  ],
  claims: [{ rel, source: 'north-korea', target: 'russia', article }],
};
const record = new neo4j.Record(Object.keys(values), Object.values(values));

describe('toBundle', () => {
  it('maps a bundles.cypher record to the wire Bundle, numbers as numbers, evidence kept', () => {
    const b = toBundle(record);
    expect(b).toMatchObject({
      id: 'north-korea|SENDS_TROOPS_TO|russia',
      kind: 'claims',
      count: 1,
      byStatus: { confirmed: 1 },
      outlets: [{ value: 'NOS', count: 1 }],
      articles: [{ value: article, count: 1 }],
      cells: [{ status: 'confirmed', articleId: 'a1', outlet: 'NOS', day: '2024-10-28', count: 1 }],
      figures: [{ key: 'troops', min: 11000, max: 11000, values: [{ value: 11000, claimants: ['Mark Rutte'] }] }],
    });
    expect(b.claims[0]).toMatchObject({
      id: 'c1',
      date: '2024-10-28',
      claimant: { id: 'mark-rutte', name: 'Mark Rutte' },
      article,
      quote: 'q',
      figures: { troops: 11000 },
    });
  });

  it('orders bundles largest first, then by id', () => {
    const b = toBundle(record);
    const list = [
      { ...b, id: 'b', count: 1 },
      { ...b, id: 'a', count: 1 },
      { ...b, id: 'c', count: 5 },
    ];
    expect(list.sort(byBundleSize).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('shrinkBundles', () => {
  const b = toBundle(record);
  const large = { ...b, count: 50, claims: Array.from({ length: 10 }, () => b.claims[0]!) };
  const small = { ...b, id: 'small' };

  it('leaves bundles alone when they fit', () => {
    expect(shrinkBundles([large, small], 1_000_000)).toEqual([large, small]);
  });

  it('slims only large (paged) bundles, keeping their counts, and never a small bundle', () => {
    const out = shrinkBundles([large, small], 2000);
    expect(out[0]!.claims.length).toBeLessThanOrEqual(1);
    expect(out[0]).toMatchObject({ count: 50, byStatus: b.byStatus, articles: b.articles, figures: b.figures });
    expect(out[1]).toEqual(small);
  });
});
