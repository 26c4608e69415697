// Property values of any Neo4j graph as readable text: the tagged plain values of lib/neo4j/values.ts
// (temporals, points, big ints, NaN) and lists, each with a short type hint. Pure and locale-fixed (en-GB,
// as formatNumber), so the inspector reads the same everywhere and the tests can pin it.
import type { Plain } from '../../../lib/neo4j/values.ts';
import { formatTemporal, isTemporalKind } from './property-format-temporal.ts';

export interface FormattedValue {
  text: string;
  /** What kind of value it is, in a word or two: 'date', 'number', 'list · 2'. */
  hint: string;
  /** The exact value when the text rounds or rewrites it (ISO text, srid and coordinates, raw decimals). */
  title?: string;
}

type Obj = { [k: string]: Plain };

/** At most this many list items are spelled out; the count says how many there are. */
export const LIST_ITEMS_SHOWN = 20;
/** The decoder cuts strings at 2,000 characters and marks the cut with "…" (lib/neo4j/result-graph.ts). */
const DECODER_TEXT_CAP = 2000;

/** `-1234567.25` → `-1,234,567.25`, exactly from its decimal text (big ints keep every digit). */
export function groupDigits(decimal: string): string {
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!m) return decimal; // NaN, Infinity, 1e+21: as given
  const [, sign, whole, fraction] = m;
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ?? ''}`;
}

const plural = (n: number, one: string) => `${groupDigits(String(n))} ${n === 1 ? one : `${one}s`}`;
const num = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);

/** WGS-84 (srid 4326, 4979: x = longitude, y = latitude) as degrees N/E; cartesian as "x, y[, z]". */
function formatPoint(p: Obj): FormattedValue {
  const [srid, x, y, z] = [num(p.srid), num(p.x), num(p.y), num(p.z)];
  const title = `srid ${srid ?? '?'}: x ${x ?? '?'}, y ${y ?? '?'}${z === null ? '' : `, z ${z}`}`;
  if (x === null || y === null) return { text: title, hint: 'point', title };
  if (srid === 4326 || srid === 4979) {
    const lat = `${Math.abs(y)}° ${y < 0 ? 'S' : 'N'}`;
    const lon = `${Math.abs(x)}° ${x < 0 ? 'W' : 'E'}`;
    const height = z === null ? '' : `, ${z} m`;
    return { text: `${lat}, ${lon}${height}`, hint: 'point · WGS-84', title };
  }
  const text = [x, y, ...(z === null ? [] : [z])].join(', ');
  return { text, hint: srid === 7203 || srid === 9157 ? 'point · cartesian' : `point · srid ${srid ?? '?'}`, title };
}

function formatTagged(o: Obj, type: string): FormattedValue {
  const value = typeof o.value === 'string' ? o.value : '';
  if (type === 'int') return { text: groupDigits(value), hint: 'number', title: value };
  if (type === 'float') return { text: value, hint: 'number' };
  if (type === 'point') return formatPoint(o);
  if (isTemporalKind(type)) return formatTemporal(type, value);
  return { text: JSON.stringify(o).slice(0, 400), hint: type };
}

function formatList(items: Plain[]): FormattedValue {
  if (items.length === 0) return { text: '(empty list)', hint: 'list · 0' };
  const shown = items
    .slice(0, LIST_ITEMS_SHOWN)
    .map((v) => (Array.isArray(v) ? `[${formatList(v).text}]` : itemText(v)));
  const rest = items.length - shown.length;
  const text = shown.join(', ') + (rest > 0 ? `, … and ${groupDigits(String(rest))} more` : '');
  return { text, hint: `list · ${groupDigits(String(items.length))}` };
}

/** A list item or map value: its text only (the list's hint says what the list is). */
const itemText = (v: Plain): string => formatValue(v).text;

function formatText(s: string): FormattedValue {
  if (s.length === 0) return { text: '(empty)', hint: 'text' };
  const cut = s.length === DECODER_TEXT_CAP + 1 && s.endsWith('…');
  return { text: s, hint: cut ? `text · first ${plural(DECODER_TEXT_CAP, 'character')}` : 'text' };
}

/** Any property value as text with a type hint. Never HTML: callers render `text` as a text node. */
export function formatValue(v: Plain): FormattedValue {
  if (v === null) return { text: 'null', hint: 'null' };
  if (typeof v === 'boolean') return { text: v ? 'true' : 'false', hint: 'boolean' };
  if (typeof v === 'number') {
    const text = groupDigits(String(v));
    return text === String(v) ? { text, hint: 'number' } : { text, hint: 'number', title: String(v) };
  }
  if (typeof v === 'string') return formatText(v);
  if (Array.isArray(v)) return formatList(v);
  if (typeof v.$type === 'string') return formatTagged(v, v.$type);
  const entries = Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const shown = entries.slice(0, LIST_ITEMS_SHOWN).map(([k, x]) => `${k}: ${itemText(x)}`);
  const rest = entries.length - shown.length;
  return { text: shown.join('; ') + (rest > 0 ? `; … and ${groupDigits(String(rest))} more` : ''), hint: 'map' };
}
