// Schema facts for generating a perspective, bounded on a graph of any size: labels and types with counts from
// the count store (schema-labels / schema-relationship-types, no scans), property keys from a sample of at most
// PERSPECTIVE_CAPS.sampleSize nodes of each of the PERSPECTIVE_CAPS.sampledLabels largest labels (and the same
// for relationship types). db.schema.nodeTypeProperties() was not used: it has no sample size and reads every
// node (its run time grows with the graph), see perspective-label-sample.cypher.
import type { Db } from '../../lib/neo4j/client.ts';
import { toPlain } from '../../lib/neo4j/values.ts';
import { kindOfValueType } from '../../lib/model/perspective-facts.ts';
import { PERSPECTIVE_CAPS, type PropertyFact, type SchemaFacts } from '../../lib/model/perspective.ts';
import { dbFailure } from '../http/errors.ts';
import { int, query } from '../http/db.ts';

/** One sample query may run this long; a rare label deep in a huge store is then left unsampled. */
export const SAMPLE_TIMEOUT_MS = 2_000;
/** All samples of one request together; labels not reached by then are left unsampled. */
export const SAMPLE_BUDGET_MS = 5_000;
/** Planning reads no data, so it may take what a cold JVM needs whatever the graph's size. */
const PLAN_TIMEOUT_MS = 30_000;

export interface SampleLimits {
  timeoutMs: number;
  budgetMs: number;
}

type Sample = { name: 'perspective-label-sample'; param: 'label' } | { name: 'perspective-type-sample'; param: 'type' };

/** The keys of one label's (type's) sample, or null when it did not finish in time. */
async function sample(db: Db, s: Sample, value: string, timeoutMs: number): Promise<PropertyFact[] | null> {
  const params = { [s.param]: value, limit: int(PERSPECTIVE_CAPS.sampleSize), keys: int(PERSPECTIVE_CAPS.keys) };
  const r = await db.run({ name: s.name, params, mode: 'READ', timeoutMs });
  if (!r.ok && r.error.kind === 'timeout') return null;
  if (!r.ok) throw dbFailure(r.error);
  return r.value.records.map((rec) => ({
    key: String(rec.get('key')),
    kinds: [...new Set((rec.get('types') as string[]).map(kindOfValueType))].sort(),
  }));
}

/** Runs a sample query with LIMIT 0 first: it is planned and compiled but reads nothing (0 db hits, measured),
 *  so the samples' timeout bounds reading the store, not a cold JVM's planning. */
async function warm(db: Db, s: Sample): Promise<void> {
  const params = { [s.param]: '', limit: int(0), keys: int(0) };
  const r = await db.run({ name: s.name, params, mode: 'READ', timeoutMs: PLAN_TIMEOUT_MS });
  if (!r.ok) throw dbFailure(r.error);
}

interface Counted {
  name: string;
  count: number;
}

/** Property facts for the largest names (by count), sampled one after the other within the budget. */
async function sampleAll(db: Db, s: Sample, items: Counted[], limits: SampleLimits, deadline: number) {
  const out = new Map<string, PropertyFact[]>();
  const largest = [...items].sort((a, b) => b.count - a.count).slice(0, PERSPECTIVE_CAPS.sampledLabels);
  for (const { name } of largest) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    const facts = await sample(db, s, name, Math.min(limits.timeoutMs, left));
    if (facts) out.set(name, facts);
  }
  return out;
}

const counted = (rows: { get(k: string): unknown }[], key: string, cap: number): Counted[] =>
  rows
    .map((r) => ({ name: String(r.get(key)), count: Number(toPlain(r.get('count'))) || 0 }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, cap);

/** Whether every label and type that should have been sampled was (an incomplete answer is not cached). */
export const complete = (f: SchemaFacts): boolean =>
  [f.labels, f.relationshipTypes].every((items) =>
    [...items]
      .sort((a, b) => b.count - a.count)
      .slice(0, PERSPECTIVE_CAPS.sampledLabels)
      .every((x) => x.sampled),
  );

export async function schemaFacts(
  db: Db,
  limits: SampleLimits = { timeoutMs: SAMPLE_TIMEOUT_MS, budgetMs: SAMPLE_BUDGET_MS },
): Promise<SchemaFacts> {
  const [labelRows, typeRows] = await Promise.all([query(db, 'schema-labels'), query(db, 'schema-relationship-types')]);
  const labels = counted(labelRows, 'label', PERSPECTIVE_CAPS.categories);
  const types = counted(typeRows, 'type', PERSPECTIVE_CAPS.relationships);
  const ofLabels: Sample = { name: 'perspective-label-sample', param: 'label' };
  const ofTypes: Sample = { name: 'perspective-type-sample', param: 'type' };
  if (labels.length > 0) await warm(db, ofLabels);
  if (types.length > 0) await warm(db, ofTypes);
  const deadline = Date.now() + limits.budgetMs;
  const labelKeys = await sampleAll(db, ofLabels, labels, limits, deadline);
  const typeKeys = await sampleAll(db, ofTypes, types, limits, deadline);
  return {
    labels: labels.map(({ name, count }) => ({
      label: name,
      count,
      properties: labelKeys.get(name) ?? [],
      sampled: labelKeys.has(name),
    })),
    relationshipTypes: types.map(({ name, count }) => ({
      type: name,
      count,
      properties: typeKeys.get(name) ?? [],
      sampled: typeKeys.has(name),
    })),
  };
}
