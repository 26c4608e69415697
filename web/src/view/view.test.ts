import { describe, expect, it } from 'vitest';
import {
  decodeView,
  encodeView,
  hashForView,
  MAX_INLINE_VALUE_CHARS,
  parseView,
  toViewState,
  VIEW_VERSION,
  viewFromHash,
} from './view.ts';
import { applyView, idsToFetch } from './apply.ts';
import type { Claim, GNode } from '../api/types.ts';
import { emptyState, expand, hide, mergeGraph, pin, setFilters, setPositions } from '../state/graph.ts';
import { claim, ent, expandResult } from '../state/fixtures.ts';
import { toCytoscapeElements } from '../graph/elements.ts';

const state = () => {
  let s = mergeGraph({
    nodes: [ent('north-korea', 'Country', 'Noord-Korea <b>'), ent('kursk', 'Place')],
    edges: [claim('c1', 'north-korea', 'SENDS_TROOPS_TO', 'kursk'), claim('c2', 'kursk', 'X', 'north-korea')],
  })(emptyState());
  s = expand(
    'north-korea',
    expandResult('north-korea', [ent('kim', 'Person')], [claim('c3', 'kim', 'LEADS', 'north-korea')], 40),
    {
      direction: 'out',
      skip: 0,
    },
  )(s);
  s = setPositions({ 'north-korea': { x: 1.23, y: -4 }, kursk: { x: 100, y: 50 }, kim: { x: 3, y: 3 } })(s);
  s = pin(['kursk'])(hide(['kim'])(s));
  return setFilters({ relTypes: ['X'], dateRange: { from: '2024-10-01', to: null } })(s);
};

describe('view state', () => {
  it('round-trips through the URL hash (unicode included)', () => {
    const v = toViewState(state(), { viewport: { zoom: 1.5, pan: { x: 3, y: 4 } }, selection: ['kursk'] });
    const hash = hashForView(v);
    const decoded = decodeView(viewFromHash(hash)!);
    expect(decoded.ok && decoded.view).toEqual(v);
    expect(encodeView(v)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('restoring from the view + graph reproduces the same elements', () => {
    const s = state();
    const v = toViewState(s);
    // /api/graph returns every claim among the nodes, including one the view did not have
    const graph = {
      nodes: Object.values(s.nodes).map((n) => n.entity),
      edges: [...Object.values(s.claims), claim('extra', 'kim', 'Y', 'kursk')],
    };
    const r = applyView(v, graph);
    expect(toCytoscapeElements(r)).toEqual(toCytoscapeElements(s));
    expect(r.filters).toEqual(s.filters);
    expect(r.expansions).toEqual(s.expansions);
    expect(r.nodes.kim!.expandedFrom).toBe('north-korea');
  });

  it('rejects malformed and wrong-version views', () => {
    expect(parseView({ version: 3, nodes: [] }).ok).toBe(false);
    expect(parseView({ version: 1, nodes: 'x' }).ok).toBe(false);
    expect(decodeView('%%%').ok).toBe(false);
    const min = parseView({ version: 1, nodes: ['a'] });
    expect(min.ok && min.view.filters.includeUndated).toBe(true);
  });

  it('still reads version 1 views (no inline elements) and upgrades them', () => {
    const v1 = { version: 1, nodes: ['kursk'], claims: ['c1'], positions: { kursk: [1, 2] } };
    const r = parseView(JSON.parse(JSON.stringify(v1)));
    expect(r.ok && r.view).toMatchObject({ version: VIEW_VERSION, nodes: ['kursk'], inline: { nodes: [], edges: [] } });
    expect(r.ok && idsToFetch(r.view)).toEqual(['kursk']);
  });

  it('viewFromHash finds the payload', () => {
    expect(viewFromHash('#view=abc_-1')).toBe('abc_-1');
    expect(viewFromHash('#other=1')).toBeNull();
  });
});

describe('Cypher-result nodes and non-claim edges', () => {
  const article: GNode = {
    id: 'neo4j:4:abc:17',
    name: 'Noord-Koreaanse troepen in Koersk',
    type: 'Article',
    labels: ['Article'],
    properties: {
      id: 'nos-2024-10-28',
      title: 'Noord-Koreaanse troepen in Koersk',
      published: '2024-10-28',
      publishedDate: { $type: 'Date', value: '2024-10-28' },
      tags: ['a', 'b'],
      text: 'x'.repeat(MAX_INLINE_VALUE_CHARS + 1),
    },
  };
  const mentions: Claim = {
    id: 'neo4j:5:abc:99',
    type: 'MENTIONS',
    source: article.id,
    target: 'kursk',
    properties: { count: 3 },
  };
  const withCypher = () =>
    mergeGraph({ nodes: [article], edges: [mentions] })(
      setPositions({ [article.id]: { x: 10, y: 20 } })(mergeGraph({ nodes: [article], edges: [] })(state())),
    );

  it('stores them inline, bounded, and the URL round-trip restores them exactly', () => {
    const s = withCypher();
    const v = toViewState(s);
    expect(v.version).toBe(VIEW_VERSION);
    const { text: _long, ...bounded } = article.properties!;
    expect(v.inline.nodes).toEqual([{ ...article, properties: bounded }]);
    expect(v.inline.edges).toEqual([mentions]);
    // claims and entities are not duplicated inline: /api/graph returns them
    expect(v.inline.nodes.map((n) => n.id)).toEqual([article.id]);

    const decoded = decodeView(viewFromHash(hashForView(v))!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.view).toEqual(v);
    expect(idsToFetch(decoded.view)).not.toContain(article.id);

    // /api/graph only knows the entities and their claims
    const graph = {
      nodes: Object.values(s.nodes)
        .map((n) => n.entity)
        .filter((e) => !e.id.startsWith('neo4j:')),
      edges: Object.values(s.claims).filter((c) => c.type !== 'MENTIONS'),
    };
    const r = applyView(decoded.view, graph);
    expect(toCytoscapeElements(r)).toEqual(toCytoscapeElements(s));
    expect(r.nodes[article.id]!.entity).toEqual(v.inline.nodes[0]);
    expect(r.nodes[article.id]!.position).toEqual({ x: 10, y: 20 });
    expect(r.claims[mentions.id]).toEqual(mentions);
  });
});
