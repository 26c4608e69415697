// Schema for ingest, safe when several ingests start at once: `CREATE … IF NOT EXISTS` racing another run's
// creation of the same rule fails (EquivalentSchemaRuleAlreadyExists, or DeadlockDetected between schema
// transactions), and a second try sees the rule and succeeds.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db, Result } from '../../lib/neo4j/client.ts';
import { cypher, statements } from '../../lib/neo4j/cypher.ts';
import { REL_TYPE_PATTERN } from '../../lib/model/domain.ts';

const ATTEMPTS = 5;

/** Runs one schema (or repair) statement, again after a short pause if a concurrent ingest got in the way. */
async function schemaStatement(db: Db, text: string, params: Record<string, unknown> = {}): Promise<Result<void>> {
  for (let attempt = 1; ; attempt++) {
    const r = await db.run({ text, params, mode: 'WRITE' });
    if (r.ok) return { ok: true, value: undefined };
    const raced = /AlreadyExists|DeadlockDetected|TransientError/.test(r.error.code);
    if (!raced || attempt === ATTEMPTS) return r;
    await sleep(50 * attempt);
  }
}

export async function ensureSchema(db: Db): Promise<Result<number>> {
  const dedupe = await schemaStatement(db, cypher('ingest-dedupe-meta'));
  if (!dedupe.ok) return dedupe;
  const list = statements(cypher('schema'));
  for (const s of list) {
    const r = await schemaStatement(db, s);
    if (!r.ok) return r;
  }
  // Wait so that full-text search sees the index before the first query.
  const w = await db.run({ text: 'CALL db.awaitIndexes(300)', mode: 'READ' });
  return w.ok ? { ok: true, value: list.length } : w;
}

const constraintName = (type: string) => `claim_id_${type}`;

/** The constraint statement for one claim type; the type is checked, as it goes into the query text. */
export function claimConstraint(type: string): string {
  if (!REL_TYPE_PATTERN.test(type)) throw new Error(`not a claim relationship type: "${type}"`);
  return cypher('ingest-claim-constraint').replace('`{{type}}`', `\`${type}\``);
}

/**
 * Makes the claim id constraints match the claim types the graph now has: one per type, created after the
 * commit that gave the type its first claim (a constraint cannot be made in a transaction that writes data),
 * and dropped when a type has no claim left. The ingest lock already makes claim ids unique; the constraints
 * make the database refuse a second claim with one id and type from any writer.
 */
export async function syncClaimConstraints(db: Db, types: readonly string[]): Promise<Result<{ created: string[] }>> {
  const shown = await db.run({ name: 'ingest-claim-constraints' });
  if (!shown.ok) return shown;
  const have = new Set(shown.value.records.map((r) => String(r.get('relType'))));
  const want = new Set(types);
  const created = [...want].filter((t) => !have.has(t)).sort();
  for (const type of created) {
    const r = await schemaStatement(db, claimConstraint(type), { name: constraintName(type) });
    if (!r.ok) return r;
  }
  for (const type of [...have].filter((t) => !want.has(t))) {
    const r = await schemaStatement(db, cypher('ingest-drop-claim-constraint'), { name: constraintName(type) });
    if (!r.ok) return r;
  }
  return { ok: true, value: { created } };
}
