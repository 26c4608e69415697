import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../ingest/suggest/types.ts';
import { addScores, scoreArticle, type CuratedClaim } from './score.ts';

const claim = (
  from: string,
  type: string,
  to: string,
  quote: string,
  extra: Partial<CuratedClaim> = {},
): CuratedClaim => ({
  from,
  type,
  to,
  claimant: null,
  status: 'reported',
  figures: {},
  quote,
  ...extra,
});
const suggestion = (
  from: string,
  type: string,
  to: string,
  quote: string,
  extra: Partial<Candidate> = {},
): Candidate => ({
  id: `${from}-${to}`,
  from,
  type,
  to,
  status: 'reported',
  date: '2024-10',
  claimant: null,
  figures: [],
  article: 'a',
  quote,
  confidence: 0.5,
  rule: 'test',
  ...extra,
});

describe('bench:suggest scoring', () => {
  const curated = [
    claim('nk', 'SENDS_TROOPS_TO', 'ru', 'q1', { figures: { troops: 3000 }, claimant: 'sk' }),
    claim('ru', 'TRAINS', 'troops', 'q2'),
    claim('ua', 'INVADED', 'kursk', 'q3'),
  ];
  const suggested = [
    suggestion('nk', 'SENDS_TROOPS_TO', 'ru', 'q1', {
      claimant: 'sk',
      figures: [{ key: 'troops', value: 3000, text: '3000 troepen' }],
    }),
    suggestion('troops', 'DEPLOYED_IN', 'ru', 'q2'),
    suggestion('ru', 'SUPPLIES', 'troops', 'q9'),
    suggestion('nk', 'ALLIED_WITH', 'cn', 'q1'),
  ];
  const s = scoreArticle(curated, suggested, (c) => c.quote !== 'q3');

  it('counts pair and typed recall, pair precision and the ceiling', () => {
    expect([s.curated, s.pairHits, s.typedHits]).toEqual([3, 2, 1]);
    expect([s.suggested, s.precisionHits]).toEqual([4, 3]);
    expect(s.ceiling).toBe(2);
  });

  it('judges claimant and figures on the suggestion from the claim’s own sentence', () => {
    expect(s.evidenceHits).toBe(2);
    expect([s.claimantHits, s.statusHits, s.figureHits, s.figureClaims]).toEqual([2, 2, 1, 1]);
  });

  it('adds articles up', () => {
    expect(addScores([s, s]).pairHits).toBe(4);
  });
});
