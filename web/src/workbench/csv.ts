// CSV export of a result table (RFC 4180 quoting). Pure.
import { renderValue } from './render.ts';
import type { Plain, PlainObject } from './types.ts';

/** Cells starting with these are formulas in spreadsheets; prefixing ' keeps them text (CSV injection). */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(v: Plain): string {
  let s = renderValue(v);
  if (v === null) s = '';
  if (typeof v === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: PlainObject[]): string {
  const head = columns.map((c) => csvCell(c)).join(',');
  const body = rows.map((r) => columns.map((c) => csvCell(r[c] ?? null)).join(','));
  return [head, ...body].join('\r\n') + '\r\n';
}
