// Schema facts for a perspective: property kinds from Neo4j's valueType() names (the server's sample) or from
// tagged plain values (nodes on the canvas), and facts gathered from the canvas's own nodes, so a label that
// arrived after the perspective was fetched (a Cypher result, say) still gets a category.
import type { Plain } from '../neo4j/values.ts';
import type { Entity } from './wire.ts';
import {
  candidateLabels,
  PERSPECTIVE_CAPS,
  type LabelFact,
  type PropertyKind,
  type SchemaFacts,
} from './perspective.ts';

/** valueType() names → kind, first match wins ('LIST<STRING NOT NULL> NOT NULL' is a list, not a string). */
const VALUE_TYPE_KINDS: { test: RegExp; kind: PropertyKind }[] = [
  { test: /^LIST/, kind: 'list' },
  { test: /^MAP/, kind: 'map' },
  { test: /^STRING/, kind: 'string' },
  { test: /^(INTEGER|FLOAT)/, kind: 'number' },
  { test: /^BOOLEAN/, kind: 'boolean' },
  { test: /^(DATE|LOCAL DATETIME|ZONED DATETIME|LOCAL TIME|ZONED TIME|DURATION)/, kind: 'temporal' },
  { test: /^POINT/, kind: 'point' },
];

export const kindOfValueType = (t: string): PropertyKind =>
  VALUE_TYPE_KINDS.find((k) => k.test.test(t.trim().toUpperCase()))?.kind ?? 'other';

/** Tagged plain values (lib/neo4j/values.ts) → kind. */
const TAG_KINDS: Record<string, PropertyKind> = {
  int: 'number',
  float: 'number',
  point: 'point',
  date: 'temporal',
  datetime: 'temporal',
  localdatetime: 'temporal',
  time: 'temporal',
  localtime: 'temporal',
  duration: 'temporal',
};

export function kindOfPlain(v: Plain): PropertyKind {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) return 'list';
  if (v === null) return 'other';
  return typeof v.$type === 'string' ? (TAG_KINDS[v.$type] ?? 'other') : 'map';
}

/** A number for sizing: plain numbers and tagged big ints/floats that parse; else null. */
export function numericValue(v: Plain | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v && typeof v === 'object' && !Array.isArray(v) && (v.$type === 'int' || v.$type === 'float')) {
    const n = Number(v.value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Facts from the canvas: each candidate label with the keys and kinds its nodes carry (capped), and the types. */
export function factsFromEntities(
  entities: Iterable<Pick<Entity, 'id' | 'type' | 'labels' | 'properties'>>,
  types: Iterable<string> = [],
): SchemaFacts {
  const byLabel = new Map<string, { count: number; keys: Map<string, Set<PropertyKind>> }>();
  for (const e of entities)
    for (const label of candidateLabels(e)) {
      const f = byLabel.get(label) ?? { count: 0, keys: new Map() };
      byLabel.set(label, f);
      f.count++;
      for (const [k, v] of Object.entries(e.properties ?? {})) {
        if (!f.keys.has(k) && f.keys.size >= PERSPECTIVE_CAPS.keys) continue;
        f.keys.set(k, (f.keys.get(k) ?? new Set()).add(kindOfPlain(v)));
      }
    }
  const labels: LabelFact[] = [...byLabel].map(([label, f]) => ({
    label,
    count: f.count,
    properties: [...f.keys]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, kinds]) => ({ key, kinds: [...kinds].sort() })),
    sampled: true,
  }));
  const typeCounts = new Map<string, number>();
  for (const t of types) typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
  const relationshipTypes = [...typeCounts].map(([type, count]) => ({ type, count, properties: [], sampled: false }));
  return { labels, relationshipTypes };
}

/** Both fact sets in one: counts from `a` where it has the label, property keys from both. */
export function combineFacts(a: SchemaFacts, b: SchemaFacts): SchemaFacts {
  const labels = new Map(a.labels.map((l) => [l.label, l]));
  for (const l of b.labels) {
    const hit = labels.get(l.label);
    if (!hit) labels.set(l.label, l);
    else {
      const known = new Set(hit.properties.map((p) => p.key));
      const extra = l.properties.filter((p) => !known.has(p.key));
      if (extra.length) labels.set(l.label, { ...hit, properties: [...hit.properties, ...extra] });
    }
  }
  const types = new Map(a.relationshipTypes.map((t) => [t.type, t]));
  for (const t of b.relationshipTypes) if (!types.has(t.type)) types.set(t.type, t);
  return { labels: [...labels.values()], relationshipTypes: [...types.values()] };
}
