import { describe, expect, it } from 'vitest';
import {
  addEntities,
  clearFilters,
  collapse,
  emptyState,
  expand,
  graphFromClaims,
  hide,
  loadMore,
  mergeGraph,
  pin,
  remove,
  setFilters,
  setLayout,
  setPositions,
  setStyle,
  showHidden,
} from './graph.ts';
import { claim, ent, expandResult } from './fixtures.ts';
import { visibility } from './visibility.ts';
import type { GraphState } from './types.ts';

const base = (): GraphState =>
  mergeGraph(
    graphFromClaims([ent('north-korea'), ent('russia')], [claim('c1', 'north-korea', 'SUPPLIES_WEAPONS_TO', 'russia')]),
  )(emptyState());

const C1 = 'north-korea|SUPPLIES_WEAPONS_TO|russia';
/** Claim ids of the bundles that are drawn. */
const shownClaims = (s: GraphState) =>
  [...visibility(s).bundles.keys()].flatMap((id) => s.bundles[id]!.claims.map((c) => c.id)).sort();

describe('graph state functions', () => {
  it('mergeGraph adds nodes and keeps only bundles whose ends exist', () => {
    const s = mergeGraph(graphFromClaims([ent('a')], [claim('x', 'a', 'T', 'missing')]))(base());
    expect(Object.keys(s.nodes).sort()).toEqual(['a', 'north-korea', 'russia']);
    expect(s.bundles['a|T|missing']).toBeUndefined();
    expect(s.bundles[C1]!.claims.map((c) => c.id)).toEqual(['c1']);
  });

  it('mergeGraph replace drops the previous graph', () => {
    const s = mergeGraph({ nodes: [ent('a')], bundles: [] }, 'replace')(base());
    expect(Object.keys(s.nodes)).toEqual(['a']);
    expect(s.bundles).toEqual({});
  });

  it('addEntities keeps pin/position of existing nodes and does not mutate input', () => {
    const s0 = setPositions({ russia: { x: 5, y: 6 } })(pin(['russia'])(base()));
    const frozen = JSON.stringify(s0);
    const s1 = addEntities([{ ...ent('russia'), name: 'Russian Federation' }])(s0);
    expect(s1.nodes.russia!.pinned).toBe(true);
    expect(s1.nodes.russia!.position).toEqual({ x: 5, y: 6 });
    expect(s1.nodes.russia!.entity.name).toBe('Russian Federation');
    expect(JSON.stringify(s0)).toBe(frozen);
  });

  it('expand records the page and marks neighbours as expanded from the center', () => {
    const res = expandResult(
      'north-korea',
      [ent('kursk', 'Place')],
      [claim('c2', 'north-korea', 'SENDS_TROOPS_TO', 'kursk')],
      3,
    );
    const s = expand('north-korea', res, { direction: 'both', skip: 0 })(base());
    expect(s.nodes.kursk!.expandedFrom).toBe('north-korea');
    expect(s.nodes.russia!.expandedFrom).toBeUndefined();
    expect(s.expansions['north-korea']).toEqual({ total: 3, loaded: 1, direction: 'both' });
    const more = expandResult('north-korea', [ent('china')], [claim('c3', 'china', 'PRESSES', 'north-korea')], 3);
    const s2 = loadMore('north-korea', more)(s);
    expect(s2.expansions['north-korea']!.loaded).toBe(2);
    expect(s2.bundles['china|PRESSES|north-korea']!.count).toBe(1);
  });

  it('collapse removes only what the expansion added and is not tied elsewhere', () => {
    let s = base();
    s = expand(
      'north-korea',
      expandResult(
        'north-korea',
        [ent('kursk', 'Place'), ent('kim', 'Person')],
        [claim('c2', 'north-korea', 'SENDS_TROOPS_TO', 'kursk'), claim('c3', 'kim', 'LEADS', 'north-korea')],
        2,
      ),
      { direction: 'both', skip: 0 },
    )(s);
    // kursk is also tied to russia, which stays
    s = mergeGraph(graphFromClaims([], [claim('c4', 'kursk', 'LOCATED_IN', 'russia')]))(s);
    const c = collapse('north-korea')(s);
    expect(c.nodes.kim).toBeUndefined();
    expect(c.nodes.kursk).toBeDefined();
    expect(c.bundles['kim|LEADS|north-korea']).toBeUndefined();
    expect(c.bundles['kursk|LOCATED_IN|russia']).toBeDefined();
    expect(c.expansions['north-korea']).toBeUndefined();
  });

  it('collapse keeps pinned neighbours', () => {
    const s = expand(
      'north-korea',
      expandResult('north-korea', [ent('kim', 'Person')], [claim('c3', 'kim', 'LEADS', 'north-korea')], 1),
      { direction: 'both', skip: 0 },
    )(base());
    expect(collapse('north-korea')(pin(['kim'])(s)).nodes.kim).toBeDefined();
  });

  it('hide keeps the node in state but not visible; showHidden restores', () => {
    const s = hide(['russia'])(base());
    expect(s.nodes.russia!.hidden).toBe(true);
    expect(visibility(s).nodes.has('russia')).toBe(false);
    expect(visibility(s).bundles.has(C1)).toBe(false);
    const r = showHidden()(s);
    expect(visibility(r).nodes.has('russia')).toBe(true);
  });

  it('remove drops the node and its bundles', () => {
    const s = remove(['russia'])(base());
    expect(s.nodes.russia).toBeUndefined();
    expect(s.bundles[C1]).toBeUndefined();
  });

  it('setPositions skips pinned nodes that already have a position', () => {
    let s = setPositions({ russia: { x: 1, y: 1 } })(base());
    s = pin(['russia'])(s);
    s = setPositions({ russia: { x: 99, y: 99 }, 'north-korea': { x: 2, y: 3 } })(s);
    expect(s.nodes.russia!.position).toEqual({ x: 1, y: 1 });
    expect(s.nodes['north-korea']!.position).toEqual({ x: 2, y: 3 });
  });

  it('filters hide by relation type and clearing restores; state keeps everything', () => {
    const s = setFilters({ relTypes: ['SUPPLIES_WEAPONS_TO'] })(base());
    expect(visibility(s).bundles.size).toBe(0);
    expect(Object.keys(s.bundles)).toEqual([C1]);
    expect(visibility(clearFilters()(s)).bundles.has(C1)).toBe(true);
  });

  it('date range and include-undated filter claims', () => {
    const s = mergeGraph(
      graphFromClaims(
        [],
        [
          claim('old', 'north-korea', 'X', 'russia', { date: '2024-08-01', dateText: '2024-08' }),
          claim('undated', 'north-korea', 'Y', 'russia', { date: null, dateText: null }),
        ],
      ),
    )(base());
    const f = setFilters({ dateRange: { from: '2024-10-01', to: '2024-10-31' }, includeUndated: false })(s);
    expect(shownClaims(f)).toEqual(['c1']);
    const g = setFilters({ includeUndated: true })(f);
    expect(shownClaims(g)).toEqual(['c1', 'undated']);
  });

  it('entity type, status, article and outlet filters', () => {
    const s = base();
    expect(visibility(setFilters({ entityTypes: ['Country'] })(s)).nodes.size).toBe(0);
    expect(visibility(setFilters({ statuses: ['reported'] })(s)).bundles.size).toBe(0);
    expect(visibility(setFilters({ articles: ['a1'] })(s)).bundles.size).toBe(0);
    expect(visibility(setFilters({ outlets: ['NOS Nieuws'] })(s)).bundles.size).toBe(0);
    expect(visibility(setFilters({ outlets: ['ANP'] })(s)).bundles.size).toBe(1);
  });

  it('layout and style setters', () => {
    const s = setStyle('print')(setLayout('dagre', 42)(base()));
    expect([s.layout, s.seed, s.style]).toEqual(['dagre', 42, 'print']);
  });
});
