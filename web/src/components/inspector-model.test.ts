import { describe, expect, it } from 'vitest';
import { bundleOf } from '../../../lib/model/bundle.ts';
import type { Bundle, Claim } from '../../../lib/model/wire.ts';
import { claim, ent, structural } from '../state/fixtures.ts';
import {
  canvasClaimsOf,
  edgeSummaryText,
  hasEvidence,
  nounOf,
  otherProperties,
  shownText,
  undatedClaims,
} from './inspector-model.ts';
import { foreignResult, foreignState } from './inspector-fixtures.ts';

const exact = (n: number) => ({ count: n, exact: true });
const bundleOfType = (type: string): Bundle => foreignResult().bundles.find((b) => b.type === type)!;

describe('a foreign relationship without evidence (CALLED_AT)', () => {
  const called = bundleOfType('CALLED_AT');

  it('bundles as structural and counts relationships, not claims from 0 outlets', () => {
    expect(called.kind).toBe('structural');
    expect(called.count).toBe(2);
    expect(nounOf(called)).toBe('relationships');
    expect(edgeSummaryText(called, exact(2), called.outletCount, called.claims)).toBe('2 relationships');
    expect(edgeSummaryText(called, exact(1), 0, called.claims.slice(0, 1))).toBe('1 relationship (2 in all)');
    expect(edgeSummaryText(called, { count: 2, exact: false }, 0, [])).toBe('≈2 relationships');
  });

  it('has no evidence, and every property goes to the table', () => {
    for (const c of called.claims) {
      expect(hasEvidence(c)).toBe(false);
      expect(Object.keys(otherProperties(c)).sort()).toEqual(['arrived', 'berths']);
    }
    expect(otherProperties(called.claims[0]!).arrived).toEqual({ $type: 'datetime', value: '2021-07-29T06:00:00Z' });
  });

  it('no "undated claims" for relationships that have no date to miss', () => {
    expect(called.undated).toBe(2);
    expect(undatedClaims(called, called.claims, called)).toBe(0);
  });
});

describe('a foreign relationship with evidence and other properties (BLOCKED)', () => {
  const blocked = bundleOfType('BLOCKED');
  const c = blocked.claims[0]!;

  it('is a claim, without "from 0 outlets"', () => {
    expect(blocked.kind).toBe('claims');
    expect(hasEvidence(c)).toBe(true);
    expect(edgeSummaryText(blocked, exact(1), blocked.outletCount, blocked.claims)).toBe('1 claim');
  });

  it('the table holds what the evidence view does not show, once', () => {
    expect(c.status).toBe('confirmed');
    expect(c.date).toBe('2021-03-23');
    expect(c.quote).toMatch(/ran aground/);
    expect(otherProperties(c)).toEqual({ days: 6 });
  });
});

describe('story claims keep their evidence view', () => {
  const story = claim('c1', 'russia', 'SENDS_TROOPS_TO', 'kursk', { figures: { troops: 1500 } });

  it('"N claims from K outlets"', () => {
    const b = bundleOf([story, claim('c2', 'russia', 'SENDS_TROOPS_TO', 'kursk')]);
    expect(edgeSummaryText(b, exact(2), 1, b.claims)).toBe('2 claims from 1 outlet');
    expect(edgeSummaryText({ ...b, count: 9 }, exact(2), 3, b.claims)).toBe('2 claims from 3 outlets (9 in all)');
  });

  it('a claim of our ingest shows no table: its keys are all evidence or ingest internals', () => {
    const withProps: Claim = {
      ...story,
      properties: {
        id: 'c1',
        status: 'reported',
        date: { $type: 'date', value: '2024-10-28' },
        dateText: '2024-10-28',
        articleId: 'a1',
        quote: 'q',
        figureKeys: ['troops'],
        troops: 1500,
        contentHash: 'abc',
        source: 'data/story.json',
      },
    };
    expect(otherProperties(withProps)).toEqual({});
  });

  it('a reserved key whose value the card does not show is kept (nothing is dropped)', () => {
    const odd: Claim = { ...structural('neo4j:5:x:1', 'a', 'T', 'b'), properties: { status: 3, id: 7 } };
    expect(hasEvidence(odd)).toBe(false);
    expect(otherProperties(odd)).toEqual({ status: 3, id: 7 });
  });

  it('claimant or date alone is evidence', () => {
    const s = structural('s1', 'a', 'T', 'b');
    expect(hasEvidence(s)).toBe(false);
    expect(hasEvidence({ ...s, claimant: { id: 'x', name: 'X' } })).toBe(true);
    expect(hasEvidence({ ...s, date: '2024-01-01' })).toBe(true);
    expect(hasEvidence({ ...s, figures: { troops: 1 } })).toBe(true);
  });
});

describe('a bundle with claims and relationships without evidence', () => {
  const mixed = bundleOf([
    claim('c1', 'a', 'T', 'b'),
    structural('s1', 'a', 'T', 'b'),
    structural('s2', 'a', 'T', 'b'),
  ]);

  it('says how many of the relationships are claims', () => {
    expect(mixed.kind).toBe('claims');
    expect(edgeSummaryText(mixed, exact(3), 1, mixed.claims)).toBe('3 relationships: 1 claim from 1 outlet');
  });

  it('counts undated claims, not undated relationships', () => {
    const undatedClaim = claim('c2', 'a', 'T', 'b', { date: null, dateText: null });
    const b = bundleOf([...mixed.claims, undatedClaim]);
    expect(b.undated).toBe(3);
    expect(undatedClaims(b, b.claims, b)).toBe(1);
  });
});

describe('shownText and canvasClaimsOf', () => {
  it('labels the noun it is given', () => {
    expect(shownText(10, 1234, 'relationships')).toBe('10 of 1,234 relationships shown');
    expect(shownText(25, 40, 'claims')).toBe('25 of 40 claims shown');
  });

  it('the canvas relationships of a node, capped, with the total', () => {
    const state = foreignState();
    const given = Object.values(state.nodes).find((n) => n.entity.name === 'Ever Given')!.entity;
    expect(canvasClaimsOf(given.id, state, 50).total).toBe(4);
    expect(canvasClaimsOf(given.id, state, 2)).toMatchObject({ total: 4, claims: [{}, {}] });
    const hidden = { ...state, filters: { ...state.filters, relTypes: ['CALLED_AT'] } };
    expect(canvasClaimsOf(given.id, hidden, 50).total).toBe(2);
    expect(canvasClaimsOf(ent('nobody').id, state, 50).total).toBe(0);
  });
});
