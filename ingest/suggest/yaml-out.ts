// The suggestions as YAML in the `relations:` format of data/graph/ (ingest reads it as it is), with each
// candidate's confidence, rule and the figures' own words as comments, and the proposed new entities as a commented-out
// `entities:` section, to be checked before use.
import type { Figure } from './numbers.ts';
import { boundForm } from '../../lib/model/figures.ts';
import type { Candidate, NewEntity, Suggestions } from './types.ts';

/** JSON strings are YAML double-quoted scalars. */
const q = (s: string) => JSON.stringify(s);

function figuresLine(figures: readonly Figure[]): string[] {
  if (figures.length === 0) return [];
  const first = new Map<string, Figure>();
  for (const f of figures) if (!first.has(f.key)) first.set(f.key, f);
  // A bound is written the way curated files write it ("at least 11000"), so ingest keeps it a bound.
  const value = (f: Figure) => (f.qualifier ? q(`${boundForm(f.qualifier)}${f.value}`) : String(f.value));
  const plain = [...first.values()].map((f) => `${f.key}: ${value(f)}`).join(', ');
  const notes = figures.map((f) => q(f.text)).join(', ');
  return [`    figures: { ${plain} }  # ${notes}`];
}

function candidateLines(c: Candidate): string[] {
  return [
    `  - id: ${c.id}`,
    `    # confidence ${c.confidence.toFixed(2)}; ${c.rule}`,
    `    from: ${c.from}`,
    `    type: ${c.type}`,
    `    to: ${c.to}`,
    `    status: ${c.status}`,
    `    date: ${q(c.date)}`,
    ...(c.claimant ? [`    claimant: ${c.claimant}`] : []),
    ...figuresLine(c.figures),
    `    article: ${c.article}`,
    `    quote: ${q(c.quote)}`,
  ];
}

function entityLines(e: NewEntity): string[] {
  return [
    `#   - id: ${e.id}`,
    `#     name: ${q(e.name)}`,
    `#     type: ${e.type}  # guessed: ${e.rule}; ${e.mentions} mention(s)`,
    `#     # first seen in: ${q(e.quote)}`,
  ];
}

export function suggestionsYaml(s: Suggestions, source: string): string {
  const lines = [
    `# Suggested claims for ${source}: ${s.candidates.length} candidate(s), ${s.newEntities.length} proposed new entit${s.newEntities.length === 1 ? 'y' : 'ies'}.`,
    '# Machine suggestions: review every one against its quote before adding it to data/graph/.',
    s.candidates.length ? 'relations:' : 'relations: []',
    ...s.candidates.flatMap(candidateLines),
  ];
  if (s.newEntities.length) {
    lines.push('', '# Proposed new entities (names that match no known entity); types are guesses:', '# entities:');
    lines.push(...s.newEntities.flatMap(entityLines));
  }
  return `${lines.join('\n')}\n`;
}
