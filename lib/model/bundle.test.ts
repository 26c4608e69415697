import { describe, expect, it } from 'vitest';
import { bundleOf, bundlesFromClaims, byClaimOrder, mergeBundle, mergeClaim } from './bundle.ts';
import { noClaimFilter, passingCount } from './filter.ts';
import { BUNDLE_CELL_CAP, INLINE_CLAIMS, isComplete, parseBundleId, type Claim } from './wire.ts';

const article = (id: string, outlet: string) => ({ id, title: `Title ${id}`, outlet, published: '2024-10-28' });
const claim = (id: string, over: Partial<Claim> = {}): Claim => ({
  id,
  type: 'SENDS_TROOPS_TO',
  source: 'north-korea',
  target: 'russia',
  status: 'reported',
  date: '2024-10-23',
  dateText: '2024-10-23',
  claimant: { id: 'nis', name: 'NIS' },
  article: article('nos-1', 'NOS'),
  quote: `quote ${id}`,
  figures: {},
  ...over,
});

const story = [
  claim('a', { figures: { troops: 1500 }, date: '2024-10-18', dateText: '2024-10-18' }),
  claim('b', { figures: { troops: 3000 }, claimant: { id: 'dod', name: 'US DoD' } }),
  claim('c', { figures: { troops: 11000 }, status: 'estimated', article: article('anp-1', 'ANP'), date: '2024-10-28' }),
  claim('d', { date: null, dateText: null, article: article('x-1', 'Unknown') }),
];

describe('bundleOf', () => {
  const b = bundleOf(story);

  it('summarises counts, outlets, dates and figures exactly', () => {
    expect(b).toMatchObject({
      id: 'north-korea|SENDS_TROOPS_TO|russia',
      kind: 'claims',
      count: 4,
      byStatus: { reported: 3, estimated: 1 },
      outletCount: 3,
      articleCount: 3,
      firstDate: '2024-10-18',
      lastDate: '2024-10-28',
      undated: 1,
      daysComplete: true,
      cellsComplete: true,
    });
    expect(b.outlets[0]).toEqual({ value: 'NOS', count: 2 });
    expect(b.days.map((d) => d.value)).toEqual(['2024-10-18', '2024-10-23', '2024-10-28']);
    expect(b.figures).toEqual([
      {
        key: 'troops',
        min: 1500,
        max: 11000,
        count: 3,
        valuesComplete: true,
        values: [
          { value: 1500, count: 1, claimants: ['NIS'] },
          { value: 3000, count: 1, claimants: ['US DoD'] },
          { value: 11000, count: 1, claimants: ['NIS'] },
        ],
      },
    ]);
  });

  it('carries every claim, newest first and undated last, with its evidence', () => {
    expect(b.claims.map((c) => c.id)).toEqual(['c', 'b', 'a', 'd']);
    expect(isComplete(b)).toBe(true);
    for (const c of b.claims) expect(c.article && c.quote && c.claimant).toBeTruthy();
  });

  it('keeps at most INLINE_CLAIMS inline and caps the cells, with the totals still exact', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      claim(`m${String(i).padStart(3, '0')}`, { article: article(`art-${i}`, `Outlet ${i % 5}`) }),
    );
    const big = bundleOf(many);
    expect(big.count).toBe(200);
    expect(big.claims).toHaveLength(INLINE_CLAIMS);
    expect(isComplete(big)).toBe(false);
    expect(big.cells).toHaveLength(BUNDLE_CELL_CAP);
    expect(big.cellsComplete).toBe(false);
    expect(big.articleCount).toBe(200);
    expect(big.outletCount).toBe(5);
  });
});

describe('bundle ids and order', () => {
  it('round-trips ids and groups by (source, type, target)', () => {
    expect(parseBundleId('a|T|b')).toEqual({ source: 'a', type: 'T', target: 'b' });
    expect(parseBundleId('a|b')).toBeNull();
    const other = claim('z', { type: 'SUPPLIES' });
    expect(bundlesFromClaims([...story, other]).map((x) => x.count)).toEqual([4, 1]);
  });
  it('orders newest first, undated last, then by id', () => {
    const list = [claim('b', { date: null }), claim('a'), claim('c', { date: '2024-11-01' }), claim('a2')];
    expect(list.sort(byClaimOrder).map((c) => c.id)).toEqual(['c', 'a', 'a2', 'b']);
  });
});

describe('merging never loses evidence', () => {
  it('fills what one copy of a claim lacks from the other', () => {
    const bare = claim('a', { article: { id: 'nos-1', title: null, outlet: null, published: null }, quote: null });
    const merged = mergeClaim(claim('a'), bare);
    expect(merged.article).toEqual(article('nos-1', 'NOS'));
    expect(merged.quote).toBe('quote a');
  });

  it('a partial bundle over a complete one keeps the counts and every article', () => {
    const full = bundleOf(story);
    const partial = bundleOf([{ ...story[1]!, article: null, quote: null }]);
    for (const m of [mergeBundle(full, partial), mergeBundle(partial, full)]) {
      expect(m.count).toBe(4);
      expect(m.outletCount).toBe(3);
      expect(m.claims.every((c) => c.article !== null && c.quote !== null)).toBe(true);
    }
  });
});

describe('passingCount', () => {
  const b = bundleOf(story);
  it('is exact from inline claims', () => {
    expect(passingCount(b, noClaimFilter())).toEqual({ count: 4, exact: true });
    expect(passingCount(b, { ...noClaimFilter(), statuses: ['estimated'], outlets: ['Unknown'] })).toEqual({
      count: 2,
      exact: true,
    });
    expect(
      passingCount(b, { ...noClaimFilter(), dateRange: { from: '2024-10-20', to: null }, includeUndated: false }),
    ).toEqual({ count: 2, exact: true });
  });

  it('is exact from cells when only a preview travels, and estimates when cells are capped', () => {
    const many = Array.from({ length: 40 }, (_, i) => claim(`m${i}`, { status: i % 4 === 0 ? 'denied' : 'reported' }));
    const fromCells = bundleOf(many);
    expect(fromCells.cellsComplete).toBe(true);
    expect(passingCount(fromCells, { ...noClaimFilter(), statuses: ['denied'] })).toEqual({ count: 30, exact: true });

    const wide = Array.from({ length: 300 }, (_, i) =>
      claim(`w${i}`, { status: i % 3 === 0 ? 'denied' : 'reported', article: article(`a${i}`, `O${i % 2}`) }),
    );
    const capped = bundleOf(wide);
    expect(passingCount(capped, { ...noClaimFilter(), statuses: ['denied'] })).toEqual({ count: 200, exact: true });
    const both = passingCount(capped, { ...noClaimFilter(), statuses: ['denied'], outlets: ['O0'] });
    expect(both.exact).toBe(false);
    expect(both.count).toBe(100);
  });
});
