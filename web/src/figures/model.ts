// The figure table: the claims that carry figures, one row per (claim, figure key), oldest first, undated last.
// Pure. Every row keeps its claim's evidence (claimant, date, article, status, quote verbatim).
import type { ArticleRef, Claim } from '../../../lib/model/wire.ts';
import { formatFigure } from '../graph/units.ts';
import { qualifierSymbol, type FigureQualifier } from '../../../lib/model/figures.ts';

const boundPrefix = (q: FigureQualifier | undefined): string => (q ? `${qualifierSymbol(q)} ` : '');

/** The table holds at most this many claims; the rest are counted ("n more"). */
export const FIGURE_TABLE_CAP = 200;

export interface FigureRow {
  claimId: string;
  key: string;
  value: number;
  /** `11,000 troops`, or `≥ 1,500 troops` for a bound. */
  valueText: string;
  claimant: string | null;
  /** ISO day, or null when undated. */
  date: string | null;
  /** The date as the source gave it ('2024-10' for a month). */
  dateText: string | null;
  article: ArticleRef | null;
  status: string | null;
  quote: string | null;
}

export interface FigureTableModel {
  rows: FigureRow[];
  /** The claims behind the rows (at most FIGURE_TABLE_CAP), for the sources footer. */
  claims: Claim[];
  /** Claims with figures that match (the server's total), of which `claims` are shown. */
  total: number;
  /** Claims with figures not in the table. */
  more: number;
  /** Figure keys, the most-cited first. */
  keys: string[];
}

export const hasFigures = (c: Claim): boolean => Object.keys(c.figures).length > 0;

const byDate = (a: FigureRow, b: FigureRow): number =>
  a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;

export function figureRows(claims: Claim[]): FigureRow[] {
  const rows = claims.flatMap((c) =>
    Object.entries(c.figures).map(([key, value]): FigureRow => ({
      claimId: c.id,
      key,
      value,
      // A bound keeps its sign: "≥ 1,500 troops" ("ten minste 1500") is not 1,500.
      valueText: `${boundPrefix(c.figureQualifiers?.[key])}${formatFigure(key, value)}`,
      claimant: c.claimant?.name ?? null,
      date: c.date,
      dateText: c.dateText ?? c.date,
      article: c.article,
      status: c.status,
      quote: c.quote,
    })),
  );
  return rows.sort(
    (a, b) => byDate(a, b) || a.key.localeCompare(b.key) || a.value - b.value || a.claimId.localeCompare(b.claimId),
  );
}

/** The table of the claims given (those without figures are left out, duplicates once), capped; `total` is the server's count
 *  of matching claims with figures when the claims are a first page of them. */
export function figureTable(claims: Claim[], total?: number): FigureTableModel {
  const withFigures = [...new Map(claims.filter(hasFigures).map((c) => [c.id, c])).values()];
  const shown = withFigures.slice(0, FIGURE_TABLE_CAP);
  const all = Math.max(total ?? withFigures.length, withFigures.length);
  const counts = new Map<string, number>();
  for (const c of shown) for (const k of Object.keys(c.figures)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const keys = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([k]) => k);
  return { rows: figureRows(shown), claims: shown, total: all, more: all - shown.length, keys };
}

/** The date as the source gave it, or "undated". */
export const rowDate = (r: FigureRow): string => r.dateText ?? 'undated';
