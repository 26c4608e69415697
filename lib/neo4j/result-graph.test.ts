import { describe, expect, it } from 'vitest';
import { resultGraph } from './result-graph.ts';
import { mergeBundle } from '../model/bundle.ts';
import { plainNode as node, plainRel as rel } from '../testing/plain-graph.ts';

const nk = node('e1', ['Entity', 'Country'], {
  id: 'north-korea',
  name: 'North Korea',
  type: 'Country',
  aliases: ['DPRK'],
});
const ru = node('e2', ['Entity', 'Country'], { id: 'russia', name: 'Russia', type: 'Country' });
const art = node('a1', ['Article'], { id: 'nos-1', title: 'VS: bewijs', outlet: 'NOS', published: '2024-10-23' });
const claimProps = {
  id: 'c1',
  status: 'reported',
  date: { $type: 'date', value: '2024-10-23' },
  dateText: '2024-10-23',
  claimantId: 'nis',
  claimantName: 'NIS',
  articleId: 'nos-1',
  quote: 'De Verenigde Staten zeggen…',
  figureKeys: ['troops'],
  troops: 3000,
};
const claim = rel('r1', 'SENDS_TROOPS_TO', 'e1', 'e2', claimProps);

describe('resultGraph', () => {
  it('maps :Entity nodes to their curated id and other nodes to neo4j:<elementId>', () => {
    const g = resultGraph([{ a: nk, x: { nested: [art] } }]);
    expect(g.nodes).toEqual([
      { id: 'north-korea', name: 'North Korea', type: 'Country', aliases: ['DPRK'], description: null },
      expect.objectContaining({ id: 'neo4j:a1', name: 'VS: bewijs', type: 'Article', labels: ['Article'] }),
    ]);
  });

  it('maps relationships to claims between mapped ids, from paths and lists too, once each', () => {
    const path = { $type: 'path', start: nk, end: ru, segments: [{ start: nk, relationship: claim, end: ru }] };
    const g = resultGraph([{ p: path }, { l: [claim] }]);
    expect(g.nodes.map((n) => n.id)).toEqual(['north-korea', 'russia']);
    expect(g.claims).toHaveLength(1);
    expect(g.claims[0]).toMatchObject({
      id: 'c1',
      type: 'SENDS_TROOPS_TO',
      source: 'north-korea',
      target: 'russia',
      status: 'reported',
      date: '2024-10-23',
      claimant: { id: 'nis', name: 'NIS' },
      quote: 'De Verenigde Staten zeggen…',
      figures: { troops: 3000 },
    });
  });

  it('takes the article from an Article node in the result, else from the known articles, else keeps its id', () => {
    expect(resultGraph([{ nk, ru, claim, art }]).claims[0]!.article).toEqual({
      id: 'nos-1',
      title: 'VS: bewijs',
      outlet: 'NOS',
      published: '2024-10-23',
    });
    const known = new Map([['nos-1', { id: 'nos-1', title: 'T', outlet: 'NOS', published: '2024-10-23' }]]);
    expect(resultGraph([{ nk, ru, claim }], { articles: known }).claims[0]!.article?.outlet).toBe('NOS');
    expect(resultGraph([{ nk, ru, claim }]).claims[0]!.article).toEqual({
      id: 'nos-1',
      title: null,
      outlet: null,
      published: null,
    });
  });

  it('bundles claims by (source, type, target) and marks relationships without evidence structural', () => {
    const second = rel('r2', 'SENDS_TROOPS_TO', 'e1', 'e2', { ...claimProps, id: 'c2', troops: 11000 });
    const mention = rel('r3', 'MENTIONS', 'a1', 'e1', { count: 3 });
    const g = resultGraph([{ nk, ru, art, claim, second, mention }]);
    const troops = g.bundles.find((b) => b.id === 'north-korea|SENDS_TROOPS_TO|russia')!;
    expect(troops).toMatchObject({ kind: 'claims', count: 2, outletCount: 1 });
    expect(troops.figures[0]).toMatchObject({ key: 'troops', min: 3000, max: 11000 });
    expect(g.bundles.find((b) => b.type === 'MENTIONS')).toMatchObject({ kind: 'structural', count: 1 });
  });

  it('counts relationships whose end nodes were not returned and caps the node count', () => {
    expect(resultGraph([{ r: claim }]).danglingEdges).toBe(1);
    const g = resultGraph([{ a: nk, b: ru, c: art }], { maxNodes: 2 });
    expect(g.nodes).toHaveLength(2);
    expect(g.omittedNodes).toBe(1);
  });

  it('a result merged over a known bundle keeps every claim its article (issue 8 item 10)', () => {
    const onCanvas = resultGraph([{ nk, ru, claim, art }]).bundles[0]!;
    const fromReport = resultGraph([{ nk, ru, claim }]).bundles[0]!; // the report returned no Article node
    const merged = mergeBundle(onCanvas, fromReport);
    expect(merged.claims[0]!.article).toEqual({
      id: 'nos-1',
      title: 'VS: bewijs',
      outlet: 'NOS',
      published: '2024-10-23',
    });
    expect(merged.outletCount).toBe(1);
  });
});
