// Table sorting over tagged values: numbers (incl. exact 64-bit ints) numerically, text naturally, nulls last. Pure.
import { renderValue } from './render.ts';
import type { Plain, PlainObject } from './types.ts';

function asBigOrNumber(v: Plain): bigint | number | undefined {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && v.$type === 'int' && typeof v.value === 'string') {
    return BigInt(v.value);
  }
  return undefined;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function compareValues(a: Plain, b: Plain): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const x = asBigOrNumber(a);
  const y = asBigOrNumber(b);
  if (x !== undefined && y !== undefined) {
    if (typeof x === 'bigint' || typeof y === 'bigint') {
      // Mixed: compare through BigInt when both are whole, else through Number.
      if (Number.isInteger(Number(x)) && Number.isInteger(Number(y))) {
        const bx = BigInt(x);
        const by = BigInt(y);
        return bx < by ? -1 : bx > by ? 1 : 0;
      }
      return Number(x) - Number(y);
    }
    return x - y;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(renderValue(a), renderValue(b));
}

export interface SortSpec {
  column: string;
  dir: 'asc' | 'desc';
}

export function sortRows(rows: PlainObject[], spec: SortSpec | null): PlainObject[] {
  if (!spec) return rows;
  const sign = spec.dir === 'asc' ? 1 : -1;
  // Nulls stay last in both directions.
  return [...rows].sort((r1, r2) => {
    const a = r1[spec.column] ?? null;
    const b = r2[spec.column] ?? null;
    if (a === null || b === null) return compareValues(a, b);
    return sign * compareValues(a, b);
  });
}

/** Clicking a header: asc → desc → unsorted. */
export const toggleSort =
  (column: string) =>
  (spec: SortSpec | null): SortSpec | null => {
    if (!spec || spec.column !== column) return { column, dir: 'asc' };
    return spec.dir === 'asc' ? { column, dir: 'desc' } : null;
  };
