// Figure qualifiers: "ten minste 1500", "ruim een miljoen" and "meer dan 600.000" are bounds, not exact counts.
// Curated files write a bounded figure as text ("at least 1500", "≥ 1500", "> 600000"); Neo4j keeps the number
// in its figure property (so sums, ranges and plots still work) and the bound in `figureQualifiers`.

export const FIGURE_QUALIFIERS = [
  { id: 'at-least', symbol: '≥', forms: ['at least', '>=', '≥'] },
  { id: 'more-than', symbol: '>', forms: ['more than', '>'] },
  { id: 'at-most', symbol: '≤', forms: ['at most', '<=', '≤'] },
  { id: 'less-than', symbol: '<', forms: ['less than', '<'] },
  { id: 'about', symbol: '≈', forms: ['about', '~', '≈'] },
] as const;

export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number]['id'];

const BY_FORM = new Map<string, FigureQualifier>(
  FIGURE_QUALIFIERS.flatMap((q) => q.forms.map((f) => [f, q.id] as [string, FigureQualifier])),
);
// Longest form first, so ">=" is not read as ">" followed by "=1500".
const FORMS = [...BY_FORM.keys()].sort((a, b) => b.length - a.length);

export type ParsedFigure = { value: number; qualifier?: FigureQualifier } | { error: string };

/** A curated figure value: a number, or a qualifier and a number ("at least 1500", "≥1500"). */
export function parseFigureValue(raw: unknown): ParsedFigure {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { error: 'not a finite number' };
  if (typeof raw !== 'string') return { error: 'not a number' };
  const text = raw.trim().toLowerCase();
  const form = FORMS.find((f) => text.startsWith(f));
  const rest = form ? text.slice(form.length).trim() : text;
  const value = /^-?\d+(\.\d+)?$/.test(rest) ? Number(rest) : NaN;
  if (!Number.isFinite(value)) return { error: 'not a number or a bound' };
  return form ? { value, qualifier: BY_FORM.get(form)! } : { value };
}

/** The words a curated file writes before a bound's number ("at least "), or '' for an exact figure. */
export const boundForm = (q: FigureQualifier | undefined): string =>
  q ? `${FIGURE_QUALIFIERS.find((x) => x.id === q)!.forms[0]} ` : '';

const SYMBOL = new Map<string, string>(FIGURE_QUALIFIERS.map((q) => [q.id, q.symbol]));

export const isFigureQualifier = (s: string): s is FigureQualifier => SYMBOL.has(s);

/** The bound's symbol to write before a number ("≥"), or '' for an exact figure. */
export const qualifierSymbol = (q: FigureQualifier | undefined): string => (q ? SYMBOL.get(q)! : '');

/** "≥ 1,500" or "11,000": the number as the inspector and exports show it. */
export const figureText = (value: number, q?: FigureQualifier): string =>
  `${q ? `${qualifierSymbol(q)} ` : ''}${value.toLocaleString('en-GB')}`;

/** Stored form: `['troops:at-least']`, one entry per bounded figure (exact figures have none). */
export function encodeQualifiers(q: Record<string, FigureQualifier>): string[] {
  return Object.entries(q)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`);
}

export function decodeQualifiers(stored: unknown): Record<string, FigureQualifier> {
  const out: Record<string, FigureQualifier> = {};
  for (const s of Array.isArray(stored) ? stored : []) {
    const m = typeof s === 'string' ? /^([^:]+):(.+)$/.exec(s) : null;
    if (m && isFigureQualifier(m[2]!)) out[m[1]!] = m[2];
  }
  return out;
}
