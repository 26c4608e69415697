// The thin DB part of the safety check: EXPLAIN in a READ transaction, then the pure classifier.
import type { Db, DbError, Result } from '../../lib/neo4j/client.ts';
import {
  classify,
  procedureNameFromDetails,
  refusalForExplainError,
  type PlanFacts,
  type Verdict,
} from './classify.ts';

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

export function planOperators(plan: PlanNode | false | undefined): { operators: string[]; procedures: string[] } {
  const operators: string[] = [];
  const procedures: string[] = [];
  const walk = (p: PlanNode) => {
    const name = p.operatorType.replace(/@.*$/, '');
    operators.push(name);
    if (name === 'ProcedureCall') {
      const details = p.arguments?.Details;
      const proc = typeof details === 'string' ? procedureNameFromDetails(details) : undefined;
      // A ProcedureCall we cannot name is treated as an unknown procedure, i.e. refused.
      procedures.push(proc ?? '<unknown>');
    }
    for (const c of p.children ?? []) walk(c);
  };
  if (plan) walk(plan);
  return { operators, procedures };
}

const modeCache = new WeakMap<Db, Promise<Map<string, string>>>();

export function procedureModes(db: Db): Promise<Map<string, string>> {
  let hit = modeCache.get(db);
  if (!hit) {
    hit = db.run({ name: 'console/procedure-modes' }).then((r) => {
      if (!r.ok) {
        modeCache.delete(db);
        return new Map<string, string>();
      }
      return new Map(r.value.records.map((rec) => [String(rec.get('name')), String(rec.get('mode'))]));
    });
    modeCache.set(db, hit);
  }
  return hit;
}

export type CheckResult = Result<{ verdict: Verdict; queryType: string; operators: string[] }>;

/** Strips a leading EXPLAIN/PROFILE so the query can be explained once (EXPLAIN EXPLAIN is a syntax error). */
export function stripExplainPrefix(query: string): { body: string; prefix: 'EXPLAIN' | 'PROFILE' | undefined } {
  const m = /^(\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*)(EXPLAIN|PROFILE)\b/i.exec(query);
  if (!m) return { body: query, prefix: undefined };
  return { body: (m[1] ?? '') + query.slice(m[0].length), prefix: m[2]!.toUpperCase() as 'EXPLAIN' | 'PROFILE' };
}

export async function checkReadOnly(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  timeoutMs: number,
): Promise<CheckResult> {
  const { body } = stripExplainPrefix(query);
  const explained = await db.run({ text: `EXPLAIN ${body}`, params, mode: 'READ', timeoutMs });
  if (!explained.ok) {
    const refusal = refusalForExplainError(explained.error.code, explained.error.message);
    if (refusal) return { ok: true, value: { verdict: refusal, queryType: 's', operators: [] } };
    return {
      ok: false,
      error: shiftPosition(explained.error, 'EXPLAIN '.length, body !== query ? query.length - body.length : 0),
    };
  }
  const summary = explained.value.summary;
  const { operators, procedures } = planOperators(summary.plan as unknown as PlanNode | false);
  const facts: PlanFacts = {
    queryType: String(summary.queryType),
    operators,
    procedures,
    procedureModes: procedures.length > 0 ? await procedureModes(db) : new Map(),
  };
  return { ok: true, value: { verdict: classify(facts), queryType: facts.queryType, operators } };
}

/** Error positions refer to "EXPLAIN <query>"; map them back onto the user's text. */
function shiftPosition(e: DbError, added: number, removed: number): DbError {
  if (!e.position) return e;
  const offset = Math.max(0, e.position.offset - added + removed);
  const column = e.position.line === 1 ? Math.max(1, e.position.column - added + removed) : e.position.column;
  const message = e.message
    .replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
      `(line ${e.position.line}, column ${column} (offset: ${offset}))`,
    )
    .replace(/"EXPLAIN /, '"')
    // Neo4j's own snippet + caret point into "EXPLAIN <query>"; the structured position replaces them.
    .replace(/\n[^\n]*\n\s*\^\s*$/, '');
  return { ...e, position: { line: e.position.line, column, offset }, message };
}
