// A node's or relationship's properties as table rows: caption first, then the keys in order, each value
// formatted with its type hint (property-format.ts). Bounded: at most MAX_PROPERTY_ROWS rows, the rest counted.
import type { Plain } from '../../../lib/neo4j/values.ts';
import { captionKeyOf } from '../../../lib/model/caption.ts';
import { formatValue, type FormattedValue } from './property-format.ts';

/** Rows shown per table; the decoder sends at most 100 properties (PROPERTY_CAPS), a server may send more. */
export const MAX_PROPERTY_ROWS = 100;
/** Values longer than this are collapsed behind a "more" toggle. */
export const LONG_VALUE_CHARS = 160;

export interface PropertyRow extends FormattedValue {
  key: string;
  /** The property that names the node (lib/model/caption.ts). */
  caption: boolean;
  /** The first LONG_VALUE_CHARS characters and "…" when the text is longer; null when it is short. */
  short: string | null;
}

export interface PropertyRows {
  rows: PropertyRow[];
  /** Properties not shown (beyond MAX_PROPERTY_ROWS). */
  more: number;
}

const byKey = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : 1);

/** `captionKey` undefined: the caption heuristic picks it; null: no caption row. */
export function propertyRows(
  properties: Record<string, Plain> | undefined,
  captionKey?: string | null,
  max = MAX_PROPERTY_ROWS,
): PropertyRows {
  const props = properties ?? {};
  const caption = captionKey === undefined ? captionKeyOf(props) : captionKey;
  const keys = Object.keys(props).sort((a, b) => (a === caption ? -1 : b === caption ? 1 : byKey(a, b)));
  const rows = keys.slice(0, max).map((key): PropertyRow => {
    const value = formatValue(props[key]!);
    const short = value.text.length > LONG_VALUE_CHARS ? `${value.text.slice(0, LONG_VALUE_CHARS)}…` : null;
    return { key, caption: key === caption, short, ...value };
  });
  return { rows, more: Math.max(0, keys.length - max) };
}
