// JSON parameters from the client → driver values. Whole numbers become Cypher INTEGERs (as in Neo4j Browser),
// so `LIMIT $n` works; tagged {$type:'int'|'float'} values round-trip what the console returned.
import neo4j from 'neo4j-driver';

export function fromJsonParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(fromJsonParam);
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.$type === 'int' && typeof o.value === 'string' && /^-?\d+$/.test(o.value)) return neo4j.int(o.value);
    if (o.$type === 'float' && typeof o.value === 'string') return Number(o.value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = fromJsonParam(v);
    return out;
  }
  return value;
}

export function fromJsonParams(params: Record<string, unknown>): Record<string, unknown> {
  return fromJsonParam(params) as Record<string, unknown>;
}
