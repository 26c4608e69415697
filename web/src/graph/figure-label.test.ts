// Edge labels show the figures a bundle carries: the range with its unit, at most two keys, and what they count.
import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../lib/model/bundle.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { claim } from '../state/fixtures.ts';
import { bundleLabel } from './elements.ts';
import { formatFigure, unitOf } from './units.ts';

const troops = (id: string, n: number, extra: Partial<Claim> = {}) =>
  claim(id, 'north-korea', 'SENDS_TROOPS_TO', 'russia', { figures: { troops: n }, ...extra });
const exact = (count: number) => ({ count, exact: true });

describe('figure units', () => {
  it('names the unit of English and Dutch keys, and spells out any other', () => {
    expect(unitOf('troops')).toBe('troops');
    expect(unitOf('troepen')).toBe('troops');
    expect(unitOf('slachtoffers')).toBe('casualties');
    expect(unitOf('squareKilometres')).toBe('km²');
    expect(unitOf('squareMiles')).toBe('square miles');
    expect(formatFigure('percent', 40)).toBe('40%');
    expect(formatFigure('troops', 1500, 11000)).toBe('1,500–11,000 troops');
  });
});

describe('bundleLabel with figures', () => {
  const story = [
    troops('a', 1500),
    troops('b', 3000),
    troops('c', 10000),
    troops('d', 11000),
    claim('e', 'north-korea', 'SENDS_TROOPS_TO', 'russia'),
  ];

  it('shows the range of the passing claims with its unit', () => {
    const b = bundleOf(story);
    expect(bundleLabel(b, exact(5), b.claims)).toBe('sends troops to ×5 · 1,500–11,000 troops');
  });

  it('shows one value without a range, and follows the filters when the bundle is complete', () => {
    const b = bundleOf(story);
    const passing = b.claims.filter((c) => c.id === 'd' || c.id === 'e');
    expect(bundleLabel(b, exact(2), passing, true)).toBe('sends troops to ×2 · 11,000 troops');
    expect(
      bundleLabel(
        b,
        exact(1),
        passing.filter((c) => c.id === 'e'),
        true,
      ),
    ).toBe('sends troops to');
  });

  it('keeps at most two keys, the most-cited first, and counts the rest', () => {
    const many = [
      troops('a', 1500),
      troops('b', 3000),
      claim('c', 'north-korea', 'SENDS_TROOPS_TO', 'russia', {
        figures: { shells: 2_000_000, allies: 32, percent: 40 },
      }),
    ];
    const b = bundleOf(many);
    expect(bundleLabel(b, exact(3), b.claims)).toBe('sends troops to ×3 · 1,500–3,000 troops · 32 allies · +2');
  });

  it('says the figures count every claim when a filtered bundle carries only a preview', () => {
    const big = Array.from({ length: 30 }, (_, i) =>
      troops(`t${i}`, 1000 + i * 100, { date: `2024-10-${String(i + 1).padStart(2, '0')}` }),
    );
    const b = bundleOf(big);
    expect(b.claims.length).toBeLessThan(b.count);
    expect(bundleLabel(b, exact(30), b.claims)).toBe('sends troops to ×30 · 1,000–3,900 troops');
    expect(bundleLabel(b, { count: 12, exact: false }, b.claims, true)).toBe(
      'sends troops to ×≈12 · 1,000–3,900 troops (all claims)',
    );
  });
});
