// Scores the suggestions for one article against its hidden curated claims: pair recall (the same two entities),
// typed recall (the same from, type and to), pair precision, claimant and figure accuracy on the matched claims,
// and the ceiling (curated claims whose quote names both entities: what a sentence-level suggester can reach).
import type { Candidate } from '../../ingest/suggest/types.ts';

export interface CuratedClaim {
  from: string;
  type: string;
  to: string;
  claimant: string | null;
  status: string;
  figures: Readonly<Record<string, number>>;
  quote: string;
}

export interface Score {
  curated: number;
  suggested: number;
  pairHits: number;
  typedHits: number;
  /** Suggestions whose pair is a curated claim's pair. */
  precisionHits: number;
  /** Curated claims with a suggestion of the same pair from the same sentence (the same evidence). */
  evidenceHits: number;
  /** Of those, the ones whose suggestion has the same claimant; the same status. */
  claimantHits: number;
  statusHits: number;
  /** Evidence matches whose curated claim carries figures, and those whose suggestion has exactly its figures. */
  figureClaims: number;
  figureHits: number;
  /** The same, over every pair match (the pair's suggestion may come from another sentence). */
  pairFigureClaims: number;
  pairFigureHits: number;
  /** Curated claims whose quote names both entities. */
  ceiling: number;
}

const zeroScore = (): Score => ({
  curated: 0,
  suggested: 0,
  pairHits: 0,
  typedHits: 0,
  precisionHits: 0,
  evidenceHits: 0,
  claimantHits: 0,
  statusHits: 0,
  figureClaims: 0,
  figureHits: 0,
  pairFigureClaims: 0,
  pairFigureHits: 0,
  ceiling: 0,
});

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

const sameFigures = (c: Candidate, want: Readonly<Record<string, number>>) => {
  const got = new Map<string, number>();
  for (const f of c.figures) if (!got.has(f.key)) got.set(f.key, f.value);
  const keys = Object.keys(want);
  return keys.length === got.size && keys.every((k) => got.get(k) === want[k]);
};

/** The suggestion from the claim's own sentence that best stands for it: the same type first. */
function evidenceMatch(claim: CuratedClaim, pairs: readonly Candidate[]): Candidate | undefined {
  const same = pairs.filter((c) => c.quote === claim.quote);
  return same.find((c) => c.type === claim.type && c.from === claim.from) ?? same[0];
}

export function scoreArticle(
  curated: readonly CuratedClaim[],
  suggested: readonly Candidate[],
  namesBoth: (c: CuratedClaim) => boolean,
): Score {
  const byPair = new Map<string, Candidate[]>();
  for (const c of suggested) byPair.set(pairKey(c.from, c.to), [...(byPair.get(pairKey(c.from, c.to)) ?? []), c]);
  const curatedPairs = new Set(curated.map((c) => pairKey(c.from, c.to)));
  const s: Score = {
    ...zeroScore(),
    curated: curated.length,
    suggested: suggested.length,
    precisionHits: suggested.filter((c) => curatedPairs.has(pairKey(c.from, c.to))).length,
    ceiling: curated.filter(namesBoth).length,
  };
  for (const claim of curated) {
    const pairs = byPair.get(pairKey(claim.from, claim.to)) ?? [];
    if (pairs.length === 0) continue;
    s.pairHits++;
    if (pairs.some((c) => c.from === claim.from && c.type === claim.type && c.to === claim.to)) s.typedHits++;
    const hasFigures = Object.keys(claim.figures).length > 0;
    if (hasFigures) s.pairFigureClaims++;
    if (hasFigures && pairs.some((c) => sameFigures(c, claim.figures))) s.pairFigureHits++;
    const best = evidenceMatch(claim, pairs);
    if (!best) continue;
    s.evidenceHits++;
    if (best.claimant === claim.claimant) s.claimantHits++;
    if (best.status === claim.status) s.statusHits++;
    if (!hasFigures) continue;
    s.figureClaims++;
    if (sameFigures(best, claim.figures)) s.figureHits++;
  }
  return s;
}

export function addScores(scores: readonly Score[]): Score {
  const total = zeroScore();
  for (const s of scores) for (const k of Object.keys(total) as (keyof Score)[]) total[k] += s[k];
  return total;
}
