// Schema for ingest, safe when several ingests start at once: `CREATE … IF NOT EXISTS` racing another run's
// creation of the same rule fails (EquivalentSchemaRuleAlreadyExists while the other run builds it, or
// DeadlockDetected between schema transactions); trying again once the rule exists succeeds.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db, Result } from '../../lib/neo4j/client.ts';
import { cypher, statements } from '../../lib/neo4j/cypher.ts';
import { REL_TYPE_PATTERN } from '../../lib/model/domain.ts';

/** How long a run waits for a rule another run builds (indexing a large store takes minutes). */
const SCHEMA_WAIT_MS = 300_000;

const failure = (code: string, message: string): Result<never> => ({
  ok: false,
  error: { kind: 'query', code, message },
});

/** Runs one schema (or repair) statement, again after a pause while a concurrent ingest gets in the way. */
async function schemaStatement(db: Db, text: string, params: Record<string, unknown> = {}): Promise<Result<void>> {
  const t0 = Date.now();
  for (let attempt = 1; ; attempt++) {
    const r = await db.run({ text, params, mode: 'WRITE' });
    if (r.ok) return { ok: true, value: undefined };
    const raced = /AlreadyExists|DeadlockDetected|TransientError/.test(r.error.code);
    if (!raced || Date.now() - t0 > SCHEMA_WAIT_MS) return r;
    await sleep(Math.min(50 * attempt, 1000));
  }
}

/** The name each `CREATE … name IF NOT EXISTS` statement gives its index or constraint. */
export function schemaNames(list: string[]): string[] {
  return list
    .map((s) => /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)/i.exec(s)?.[1])
    .filter((n) => n !== undefined);
}

/** Waits, holding no lock, until the named indexes are online (full-text search must see entity_search). */
async function awaitOnline(db: Db, names: string[]): Promise<Result<void>> {
  const t0 = Date.now();
  for (;;) {
    const r = await db.run({ name: 'ingest-schema-pending', params: { names } });
    if (!r.ok) return r;
    const pending = r.value.records.map((x) => `${x.get('name')} (${x.get('state')})`);
    if (pending.length === 0) return { ok: true, value: undefined };
    if (pending.some((p) => p.endsWith('(FAILED)')) || Date.now() - t0 > SCHEMA_WAIT_MS)
      return failure('IndexNotOnline', `indexes not online: ${pending.join(', ')}`);
    await sleep(100);
  }
}

/** The schema statements whose index or constraint does not exist yet (all of them if it cannot tell). */
async function missingStatements(db: Db, list: string[]): Promise<Result<string[]>> {
  const names = schemaNames(list);
  if (names.length !== list.length) return { ok: true, value: list };
  const r = await db.run({ name: 'ingest-schema-present', params: { names } });
  if (!r.ok) return r;
  const present = new Set(r.value.records.map((x) => String(x.get('name'))));
  return { ok: true, value: list.filter((_, i) => !present.has(names[i]!)) };
}

/** Creates what the schema lacks; returns how many statements ran (0 on a store that has it all). */
export async function ensureSchema(db: Db): Promise<Result<number>> {
  const list = statements(cypher('schema'));
  const todo = await missingStatements(db, list);
  if (!todo.ok) return todo;
  if (todo.value.length > 0) {
    const dedupe = await schemaStatement(db, cypher('ingest-dedupe-meta'));
    if (!dedupe.ok) return dedupe;
  }
  for (const s of todo.value) {
    const r = await schemaStatement(db, s);
    if (!r.ok) return r;
  }
  const online = await awaitOnline(db, schemaNames(list));
  return online.ok ? { ok: true, value: todo.value.length } : online;
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
