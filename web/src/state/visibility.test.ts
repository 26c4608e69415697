import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../lib/model/bundle.ts';
import type { Bundle, Claim } from '../../../lib/model/wire.ts';
import { emptyState, graphFromClaims, mergeGraph, setFilters } from './graph.ts';
import { claim, ent } from './fixtures.ts';
import { facetsOf } from './facets.ts';
import { visibility } from './visibility.ts';
import { toCytoscapeElements } from '../graph/elements.ts';
import type { Filters, GraphState } from './types.ts';

const TROOPS = 'north-korea|SENDS_TROOPS_TO|kursk';
const nodes = [ent('north-korea'), ent('kursk', 'Place', 'Kursk')];
const art = (id: string, outlet: string) => ({ id, title: `T ${id}`, outlet, published: '2024-10-28' });

/** n claims on one bundle: statuses alternate, every third from another outlet, dates spread over October. */
const many = (n: number): Claim[] =>
  Array.from({ length: n }, (_, i) =>
    claim(`c${String(i).padStart(3, '0')}`, 'north-korea', 'SENDS_TROOPS_TO', 'kursk', {
      status: i % 2 ? 'alleged' : 'confirmed',
      date: `2024-10-${String((i % 28) + 1).padStart(2, '0')}`,
      article: i % 3 ? art('nos', 'NOS Nieuws') : art('anp', 'ANP'),
      figures: { troops: 1000 * (i + 1) },
    }),
  );

const stateOf = (b: Bundle): GraphState => mergeGraph({ nodes, bundles: [b] })(emptyState());
const edge = (s: GraphState) => toCytoscapeElements(s).find((e) => e.data.id === TROOPS)?.data;
const filtered = (s: GraphState, f: Partial<Filters>) => setFilters(f)(s);

describe('bundle visibility and labels follow passingCount', () => {
  it('a complete bundle counts exactly the claims that pass, and its label and figures follow', () => {
    const s = stateOf(bundleOf(many(6)));
    expect(edge(s)).toMatchObject({
      claimCount: 6,
      exact: true,
      complete: true,
      label: 'sends troops to ×6 · 1,000–6,000 troops',
    });
    const f = filtered(s, { statuses: ['alleged'] });
    expect(visibility(f).bundles.get(TROOPS)).toEqual({ count: 3, exact: true });
    expect(edge(f)).toMatchObject({
      claimCount: 3,
      label: 'sends troops to ×3 · 1,000–5,000 troops',
      status: 'confirmed',
    });
    expect(edge(f)!.claims.map((c: Claim) => c.id)).toEqual(['c004', 'c002', 'c000']);
    // a single passing claim: no count, just the figure value
    const one = filtered(s, { statuses: ['alleged'], dateRange: { from: '2024-10-05', to: null } });
    expect(edge(one)).toMatchObject({ claimCount: 1, label: 'sends troops to · 5,000 troops' });
  });

  it('a bundle is shown while any claim passes and hidden when none does', () => {
    const s = stateOf(bundleOf(many(4)));
    expect(visibility(filtered(s, { statuses: ['alleged', 'confirmed'] })).bundles.has(TROOPS)).toBe(false);
    expect(visibility(filtered(s, { outlets: ['NOS Nieuws'] })).bundles.get(TROOPS)).toEqual({ count: 2, exact: true });
    expect(visibility(filtered(s, { relTypes: ['SENDS_TROOPS_TO'] })).bundles.has(TROOPS)).toBe(false);
  });

  it('an incomplete bundle counts from its cells, exactly, and carries only its preview claims', () => {
    const b = bundleOf(many(30));
    expect(b.claims).toHaveLength(10);
    const s = stateOf(b);
    expect(edge(s)).toMatchObject({ claimCount: 30, total: 30, exact: true, complete: false });
    expect(edge(s)!.label).toBe('sends troops to ×30 · 1,000–30,000 troops');
    expect(edge(filtered(s, { statuses: ['alleged'] }))).toMatchObject({ claimCount: 15, exact: true });
  });

  it('an estimated count says so in the label (≈)', () => {
    const big: Bundle = { ...bundleOf(many(30)), count: 44_679, cells: [], cellsComplete: false, daysComplete: false };
    big.byStatus = { confirmed: 22_340, alleged: 22_339 };
    const s = filtered(stateOf(big), { statuses: ['alleged'], dateRange: { from: '2024-10-15', to: null } });
    const d = edge(s)!;
    expect(d.exact).toBe(false);
    expect(d.label).toMatch(/^sends troops to ×≈[\d,]+ · 1,000–30,000 troops \(all claims\)$/);
    expect(d.claimCount).toBeGreaterThan(0);
    expect(d.claimCount).toBeLessThan(44_679);
    expect(edge(stateOf(big))!.label).toBe('sends troops to ×44,679 · 1,000–30,000 troops');
  });

  it('the filter lists come from bundle summaries, with claim counts', () => {
    const s = mergeGraph(graphFromClaims(nodes, many(30)))(emptyState());
    const f = facetsOf(s.nodes, s.bundles);
    expect(f.statuses).toEqual([
      ['confirmed', 15],
      ['alleged', 15],
    ]);
    expect(f.outlets).toEqual([
      ['NOS Nieuws', 20],
      ['ANP', 10],
    ]);
    expect(f.articles.map(([id]) => id)).toEqual(['nos', 'anp']);
    expect(f.titles.get('anp')).toBe('T anp');
    expect(f.relTypes).toEqual([['SENDS_TROOPS_TO', 30]]);
    expect(f.dates[0]).toBe('2024-10-01');
    expect(f.dates.at(-1)).toBe('2024-10-28');
  });
});

describe('merging never overwrites evidence', () => {
  it('a Cypher copy of a bundle without articles keeps the API copy’s articles and outlets', () => {
    const api = many(3);
    const s = mergeGraph(graphFromClaims(nodes, api))(emptyState());
    // the same claims as a Cypher result might decode them: no article, no claimant
    const bare = api.map((c) => ({ ...c, article: null, claimant: null }));
    const t = mergeGraph(graphFromClaims(nodes, bare))(s);
    const b = t.bundles[TROOPS]!;
    expect(b.outletCount).toBe(2);
    expect(b.claims.map((c) => c.article?.id)).toEqual(
      api.sort((x, y) => y.date!.localeCompare(x.date!)).map((c) => c.article?.id),
    );
  });
});
