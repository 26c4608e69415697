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
import type { Claim, Entity } from '../../../lib/model/wire.ts';
import { bundlesFromClaims } from '../../../lib/model/bundle.ts';
import {
  emptyState,
  expand,
  graphFromClaims,
  hide,
  mergeGraph,
  pin,
  setFilters,
  setPositions,
} from '../state/graph.ts';
import { claim, ent, expandResult, structural } from '../state/fixtures.ts';
import { toCytoscapeElements } from '../graph/elements.ts';

const state = () => {
  let s = mergeGraph(
    graphFromClaims(
      [ent('north-korea', 'Country', 'Noord-Korea <b>'), ent('kursk', 'Place')],
      [claim('c1', 'north-korea', 'SENDS_TROOPS_TO', 'kursk'), claim('c2', 'kursk', 'X', 'north-korea')],
    ),
  )(emptyState());
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
    // /api/graph returns every bundle among the nodes, including one the view did not have
    const graph = {
      nodes: Object.values(s.nodes).map((n) => n.entity),
      bundles: [...Object.values(s.bundles), ...bundlesFromClaims([claim('extra', 'kim', 'Y', 'kursk')])],
    };
    expect(v.version).toBe(3);
    expect(v.bundles).toEqual(Object.keys(s.bundles).sort());
    const r = applyView(v, graph);
    expect(toCytoscapeElements(r)).toEqual(toCytoscapeElements(s));
    expect(r.filters).toEqual(s.filters);
    expect(r.expansions).toEqual(s.expansions);
    expect(r.nodes.kim!.expandedFrom).toBe('north-korea');
  });

  it('rejects malformed and wrong-version views', () => {
    expect(parseView({ version: 4, nodes: [] }).ok).toBe(false);
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

  it('a version 1/2 view keeps the bundles of the claims it listed', () => {
    const r = parseView({ version: 2, nodes: ['north-korea', 'kursk'], claims: ['c2'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const graph = graphFromClaims(
      [ent('north-korea'), ent('kursk', 'Place')],
      [
        claim('c1', 'north-korea', 'SENDS_TROOPS_TO', 'kursk'),
        claim('c2', 'kursk', 'X', 'north-korea'),
        claim('c3', 'kursk', 'X', 'north-korea', { date: '2024-01-01' }),
      ],
    );
    const s = applyView(r.view, graph);
    expect(Object.keys(s.bundles)).toEqual(['kursk|X|north-korea']);
    // the whole bundle comes back: every claim keeps its evidence
    expect(s.bundles['kursk|X|north-korea']!.claims.map((c) => [c.id, c.article?.id])).toEqual([
      ['c2', 'a1'],
      ['c3', 'a1'],
    ]);
  });

  it('a v3 view of 5,000 entities round-trips and restores every bundle it lists, previews included', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `e-${i}`);
    const claims = ids.slice(1).map((id, i) => claim(`c${i}`, 'e-0', 'T', id));
    // one big bundle that travels as a preview (12 claims, 10 inline)
    for (let k = 0; k < 12; k++) claims.push(claim(`hub${k}`, 'e-1', 'T', 'e-0', { date: `2024-10-${10 + k}` }));
    const graph = graphFromClaims(
      ids.map((id) => ent(id)),
      claims,
    );
    const s = mergeGraph(graph)(emptyState());
    const v = toViewState(s);
    expect(v.nodes).toHaveLength(5000);
    expect(v.bundles).toHaveLength(5000);
    const decoded = decodeView(viewFromHash(hashForView(v))!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(idsToFetch(decoded.view)).toHaveLength(5000);
    const r = applyView(decoded.view, graph);
    expect(Object.keys(r.bundles)).toHaveLength(5000);
    expect(r.bundles['e-1|T|e-0']).toMatchObject({ count: 12 });
    expect(r.bundles['e-1|T|e-0']!.claims).toHaveLength(10);
  });

  it('viewFromHash finds the payload', () => {
    expect(viewFromHash('#view=abc_-1')).toBe('abc_-1');
    expect(viewFromHash('#other=1')).toBeNull();
  });
});

describe('Cypher-result nodes and non-claim edges', () => {
  const article: Entity = {
    aliases: [],
    description: null,
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
    ...structural('neo4j:5:abc:99', article.id, 'MENTIONS', 'kursk'),
    properties: { count: 3 },
  };
  const withCypher = () =>
    mergeGraph(graphFromClaims([article], [mentions]))(
      setPositions({ [article.id]: { x: 10, y: 20 } })(mergeGraph({ nodes: [article], bundles: [] })(state())),
    );

  it('keys Cypher-result nodes like any node, stores MENTIONS whole, and the URL round-trip restores them', () => {
    const s = withCypher();
    const v = toViewState(s);
    expect(v.version).toBe(VIEW_VERSION);
    // Every node comes back from /api/graph by its key, `neo4j:<elementId>` too: none is inlined.
    expect(v.inline.nodes).toEqual([]);
    expect(v.nodes).toContain(article.id);
    const evidence = { status: null, date: null, dateText: null, claimant: null, article: null, quote: null };
    expect(v.inline.edges).toEqual([
      {
        id: mentions.id,
        type: 'MENTIONS',
        source: article.id,
        target: 'kursk',
        ...evidence,
        figures: {},
        properties: { count: 3 },
      },
    ]);

    const decoded = decodeView(viewFromHash(hashForView(v))!);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.view).toEqual(v);
    expect(idsToFetch(decoded.view)).toContain(article.id);

    // /api/graph returns every node and every relationship but MENTIONS
    const graph = {
      nodes: Object.values(s.nodes).map((n) => n.entity),
      bundles: Object.values(s.bundles).filter((b) => b.type !== 'MENTIONS'),
    };
    const r = applyView(decoded.view, graph);
    expect(toCytoscapeElements(r)).toEqual(toCytoscapeElements(s));
    expect(r.nodes[article.id]!.position).toEqual({ x: 10, y: 20 });
    expect(r.bundles[`${article.id}|MENTIONS|kursk`]!.claims).toEqual([mentions]);
  });

  it("keeps an inline edge's evidence: article, quote, claimant and date", () => {
    const cited: Claim = {
      ...mentions,
      status: 'reported',
      date: '2024-10-28',
      dateText: '2024-10-28',
      claimant: { id: 'nos', name: 'NOS' },
      article: { id: 'nos-2024-10-28', title: 'Troepen', outlet: 'NOS', published: '2024-10-28' },
      quote: 'Noord-Korea stuurt troepen',
      figures: { troops: 3000 },
    };
    const s = mergeGraph(graphFromClaims([article], [cited]))(mergeGraph({ nodes: [article], bundles: [] })(state()));
    const decoded = decodeView(viewFromHash(hashForView(toViewState(s)))!);
    if (!decoded.ok) throw new Error(decoded.error);
    const r = applyView(decoded.view, { nodes: Object.values(s.nodes).map((n) => n.entity), bundles: [] });
    expect(r.bundles[`${article.id}|MENTIONS|kursk`]!.claims).toEqual([cited]);
  });

  it('still opens a view saved with inline nodes, without asking /api/graph for them', () => {
    const { aliases: _a, description: _d, ...stored } = article;
    const { text: _long, ...bounded } = article.properties!;
    const old = parseView({
      version: 3,
      nodes: [article.id, 'kursk'],
      inline: {
        nodes: [{ ...stored, properties: bounded }],
        edges: [{ id: mentions.id, type: 'MENTIONS', source: article.id, target: 'kursk', properties: { count: 3 } }],
      },
    });
    if (!old.ok) throw new Error(old.error);
    expect(idsToFetch(old.view)).toEqual(['kursk']);
    const kursk = state().nodes.kursk?.entity ?? {
      id: 'kursk',
      name: 'Kursk',
      type: 'Place',
      aliases: [],
      description: null,
    };
    const r = applyView(old.view, { nodes: [kursk], bundles: [] });
    expect(r.nodes[article.id]!.entity).toEqual({ ...stored, properties: bounded, aliases: [], description: null });
    expect(r.bundles[`${article.id}|MENTIONS|kursk`]!.claims[0]).toMatchObject({
      quote: null,
      properties: { count: 3 },
    });
  });
});
