// Text rendering of tagged console values (lib/neo4j/values.ts toPlain). Pure; output is plain text, never HTML.
import type { Plain, PlainObject } from './types.ts';

const isObj = (v: Plain | undefined): v is PlainObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const key = (k: string) => (IDENT.test(k) ? k : `\`${k.replace(/`/g, '``')}\``);

interface TagRenderer {
  tag: string;
  render: (v: PlainObject, nested: (x: Plain | undefined) => string) => string;
}

function props(p: Plain | undefined, nested: (x: Plain | undefined) => string): string {
  if (!isObj(p)) return '';
  const entries = Object.entries(p);
  return entries.length === 0 ? '' : ` {${entries.map(([k, v]) => `${key(k)}: ${nested(v)}`).join(', ')}}`;
}

function labels(l: Plain | undefined): string {
  return Array.isArray(l) ? l.map((x) => `:${key(String(x))}`).join('') : '';
}

/** One renderer per $type tag: a registry, not a switch. */
const TAGS: TagRenderer[] = [
  { tag: 'int', render: (v) => String(v.value) },
  { tag: 'float', render: (v) => String(v.value) },
  { tag: 'node', render: (v, n) => `(${labels(v.labels)}${props(v.properties, n)})` },
  { tag: 'relationship', render: (v, n) => `[:${key(String(v.type))}${props(v.properties, n)}]` },
  {
    tag: 'path',
    render: (v, n) => {
      const segs = Array.isArray(v.segments) ? v.segments.filter(isObj) : [];
      if (segs.length === 0) return n(v.start);
      return segs.reduce((acc, s) => {
        const rel = isObj(s.relationship) ? s.relationship : {};
        const startId = isObj(s.start) ? s.start.id : undefined;
        const forward = rel.start === startId;
        const r = n(rel);
        return `${acc}${forward ? `-${r}->` : `<-${r}-`}${n(s.end)}`;
      }, n(segs[0]!.start));
    },
  },
  {
    tag: 'point',
    render: (v) =>
      `point({${['x', 'y', 'z']
        .filter((k) => v[k] !== undefined)
        .map((k) => `${k}: ${String(v[k])}`)
        .join(', ')}, srid: ${isObj(v.srid) ? String(v.srid.value) : String(v.srid)}})`,
  },
  ...['date', 'datetime', 'localdatetime', 'time', 'localtime', 'duration'].map((tag) => ({
    tag,
    render: (v: PlainObject) => String(v.value),
  })),
];
const BY_TAG = new Map(TAGS.map((t) => [t.tag, t]));

function nested(v: Plain | undefined): string {
  if (typeof v === 'string') return JSON.stringify(v);
  return renderValue(v);
}

/** Renders a value the way Neo4j Browser's table does: strings bare at top level, quoted inside structures. */
export function renderValue(v: Plain | undefined): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(nested).join(', ')}]`;
  const tag = typeof v.$type === 'string' ? BY_TAG.get(v.$type) : undefined;
  if (tag) return tag.render(v, nested);
  return `{${Object.entries(v)
    .map(([k, x]) => `${key(k)}: ${nested(x)}`)
    .join(', ')}}`;
}

/** The kind of a cell, for styling (chips for nodes/relationships, right-aligned numbers). */
export function valueKind(v: Plain): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return typeof v.$type === 'string' ? v.$type : 'map';
  return typeof v;
}
