// EXPLAIN/PROFILE operator tree → indented text lines, like Neo4j Browser's plan in text form. Pure.
import type { PlanStep } from '../../../lib/model/console.ts';

export type { PlanStep };

export function planLines(step: PlanStep, prefix = '', childPrefix = ''): string[] {
  const stats = [
    step.rows !== undefined ? `rows ${step.rows}` : '',
    step.dbHits !== undefined ? `db hits ${step.dbHits}` : '',
    step.estimatedRows !== undefined ? `est. ${step.estimatedRows}` : '',
  ].filter(Boolean);
  const line = `${prefix}${step.operator}${step.details ? `  ${step.details}` : ''}${stats.length ? `  (${stats.join(', ')})` : ''}`;
  const out = [line];
  step.children.forEach((c, i) => {
    const last = i === step.children.length - 1;
    out.push(...planLines(c, `${childPrefix}${last ? '└─ ' : '├─ '}`, `${childPrefix}${last ? '   ' : '│  '}`));
  });
  return out;
}

export function totalDbHits(step: PlanStep): number {
  return (step.dbHits ?? 0) + step.children.reduce((a, c) => a + totalDbHits(c), 0);
}
