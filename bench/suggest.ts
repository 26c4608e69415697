// npm run bench:suggest: leave-one-article-out on the curated articles. For each article its curated claims are
// hidden, the suggester runs on it with the entities and the other articles' claims only, and its suggestions are
// compared with the hidden claims. Prints a table per article, the totals, the ceiling and the targets.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildAliasIndex, findMentions } from '../ingest/match/aliases.ts';
import { suggestClaims } from '../ingest/suggest/candidates.ts';
import { loadSuggestInputs } from '../ingest/suggest/inputs.ts';
import { loadLexicons } from '../ingest/suggest/lexicon.ts';
import { addScores, scoreArticle, type CuratedClaim, type Score } from './suggest/score.ts';

const DATA = path.resolve(import.meta.dirname, '../data');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);

const TARGETS: { name: string; value: (s: Score) => number; min: number }[] = [
  { name: 'pair recall', value: (s) => s.pairHits / s.curated, min: 0.6 },
  { name: 'typed recall', value: (s) => s.typedHits / s.curated, min: 0.4 },
  { name: 'pair precision', value: (s) => s.precisionHits / s.suggested, min: 0.4 },
  {
    name: 'figures exact on the matched claims with figures (same sentence)',
    value: (s) => s.figureHits / s.figureClaims,
    min: 0.9,
  },
];

function row(name: string, s: Score): string {
  const cells = [
    name,
    String(s.curated),
    String(s.suggested),
    pct(s.pairHits, s.curated),
    pct(s.typedHits, s.curated),
    pct(s.precisionHits, s.suggested),
    pct(s.evidenceHits, s.curated),
    pct(s.claimantHits, s.evidenceHits),
    pct(s.statusHits, s.evidenceHits),
    `${s.figureHits}/${s.figureClaims}`,
    `${s.pairFigureHits}/${s.pairFigureClaims}`,
    pct(s.ceiling, s.curated),
    s.ceiling ? `${(s.evidenceHits / s.ceiling).toFixed(2)}×` : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function benchArticle(file: string, lexicons: ReturnType<typeof loadLexicons>): { score: Score; unverified: number } {
  const inputs = loadSuggestInputs(file, DATA);
  const id = inputs.article.id;
  const hidden: CuratedClaim[] = inputs.claims.filter((c) => c.article === id);
  const others = inputs.claims.filter((c) => c.article !== id);
  const result = suggestClaims(inputs.article, inputs.entities, lexicons, others);
  const index = buildAliasIndex(inputs.entities);
  const namesBoth = (c: CuratedClaim) => {
    const named = new Set(findMentions(c.quote, index, true).map((m) => m.entity));
    return named.has(c.from) && named.has(c.to);
  };
  return { score: scoreArticle(hidden, result.candidates, namesBoth), unverified: result.unverified };
}

function main(): number {
  const lexicons = loadLexicons();
  const dir = path.join(DATA, 'articles');
  const lines = [
    '| article | curated | suggested | pair recall | typed recall | pair precision | same-sentence recall | claimant right | status right | figures exact | figures exact, any pair match | ceiling | same-sentence recall / ceiling |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const scores: Score[] = [];
  let unverified = 0;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const r = benchArticle(path.join(dir, name), lexicons);
    scores.push(r.score);
    unverified += r.unverified;
    lines.push(row(name.replace(/\.md$/, ''), r.score));
  }
  const total = addScores(scores);
  lines.push(row('**all**', total));
  process.stdout.write(`${lines.join('\n')}\n\nsentences whose quote did not verify: ${unverified}\n`);
  let failed = 0;
  for (const t of TARGETS) {
    const v = t.value(total);
    const ok = v >= t.min;
    if (!ok) failed++;
    process.stdout.write(
      `${ok ? 'PASS' : 'MISS'}  ${t.name} ≥ ${(100 * t.min).toFixed(0)}%: ${(100 * v).toFixed(1)}%\n`,
    );
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
