import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, hashForView, parseView, toViewState, viewFromHash } from './view.ts';
import { applyView } from './apply.ts';
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
    expect(parseView({ version: 2, nodes: [] }).ok).toBe(false);
    expect(parseView({ version: 1, nodes: 'x' }).ok).toBe(false);
    expect(decodeView('%%%').ok).toBe(false);
    const min = parseView({ version: 1, nodes: ['a'] });
    expect(min.ok && min.view.filters.includeUndated).toBe(true);
  });

  it('viewFromHash finds the payload', () => {
    expect(viewFromHash('#view=abc_-1')).toBe('abc_-1');
    expect(viewFromHash('#other=1')).toBeNull();
  });
});
