// Converts driver values into JSON-safe plain data. Pure; no driver calls.
import neo4j, { type Node, type Relationship, type Path, type Point } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

/** Integers outside ±2^53 become {$type:'int', value:'<decimal>'} so no precision is lost. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const i = value as ReturnType<typeof neo4j.int>;
    return i.inSafeRange() ? i.toNumber() : { $type: 'int', value: i.toString() };
  }
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : { $type: 'int', value: value.toString() };
  }
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    return { $type: 'float', value: String(value) };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value as never)) {
    const n = value as Node;
    return { $type: 'node', id: n.elementId, labels: [...n.labels], properties: propsToPlain(n.properties) };
  }
  if (neo4j.isRelationship(value as never)) {
    const r = value as Relationship;
    return {
      $type: 'relationship',
      id: r.elementId,
      type: r.type,
      start: r.startNodeElementId,
      end: r.endNodeElementId,
      properties: propsToPlain(r.properties),
    };
  }
  if (neo4j.isPath(value as never)) {
    const p = value as Path;
    return {
      $type: 'path',
      start: toPlain(p.start),
      end: toPlain(p.end),
      segments: p.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  }
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    const kind = temporalKind(value);
    return { $type: kind, value: String(value) };
  }
  if (neo4j.isPoint(value as never)) {
    const p = value as Point;
    const out: { [k: string]: Plain } = { $type: 'point', srid: toPlain(p.srid), x: p.x, y: p.y };
    if (p.z !== undefined) out.z = p.z;
    return out;
  }
  if (typeof value === 'object') {
    const out: { [k: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

function temporalKind(v: unknown): string {
  if (neo4j.isDateTime(v as never)) return 'datetime';
  if (neo4j.isLocalDateTime(v as never)) return 'localdatetime';
  if (neo4j.isDate(v as never)) return 'date';
  if (neo4j.isTime(v as never)) return 'time';
  if (neo4j.isLocalTime(v as never)) return 'localtime';
  return 'duration';
}

export function propsToPlain(props: Record<string, unknown>): { [k: string]: Plain } {
  const out: { [k: string]: Plain } = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}
