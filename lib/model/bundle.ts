// Bundles from claims in memory (Cypher results, tests), and merging that never loses evidence.
// The server builds the same shape in Neo4j (cypher/bundle-*.cypher); bundle.test.ts pins the two together.
import {
  BUNDLE_CELL_CAP,
  BUNDLE_LIST_CAP,
  FIGURE_VALUE_CAP,
  INLINE_CLAIMS,
  bundleId,
  type ArticleRef,
  type Bundle,
  type BundleCell,
  type Claim,
  type Counted,
  type FigureSummary,
} from './wire.ts';

/** Code-point order, the order Cypher's ORDER BY gives strings (localeCompare would not match the server). */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first, undated last, then by id: the one claim order everywhere (server pages use it too). */
export const byClaimOrder = (a: Claim, b: Claim): number =>
  a.date === b.date
    ? byCodePoint(a.id, b.id)
    : a.date === null
      ? 1
      : b.date === null
        ? -1
        : b.date.localeCompare(a.date);

/** A claim relationship has evidence fields; a structural edge (MENTIONS …) has none. */
export const isClaimLike = (c: Claim): boolean => c.status !== null || c.article !== null || c.quote !== null;

const countBy = <T>(items: T[], key: (t: T) => string | null): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

const top = <T>(m: Map<string, number>, value: (k: string) => T, cap = BUNDLE_LIST_CAP): Counted<T>[] =>
  [...m.entries()]
    .sort(([ka, a], [kb, b]) => b - a || byCodePoint(ka, kb))
    .slice(0, cap)
    .map(([k, count]) => ({ value: value(k), count }));

function figuresOf(claims: Claim[]): FigureSummary[] {
  const keys = [...new Set(claims.flatMap((c) => Object.keys(c.figures)))].sort();
  return keys.map((key) => {
    const withKey = claims.filter((c) => c.figures[key] !== undefined);
    const byValue = new Map<number, { count: number; claimants: Set<string> }>();
    for (const c of withKey) {
      const v = c.figures[key]!;
      const e = byValue.get(v) ?? { count: 0, claimants: new Set<string>() };
      e.count++;
      if (c.claimant) e.claimants.add(c.claimant.name);
      byValue.set(v, e);
    }
    const values = [...byValue.entries()]
      .sort(([a], [b]) => a - b)
      .map(([value, e]) => ({ value, count: e.count, claimants: [...e.claimants].sort().slice(0, FIGURE_VALUE_CAP) }));
    const all = withKey.map((c) => c.figures[key]!);
    return {
      key,
      min: Math.min(...all),
      max: Math.max(...all),
      count: withKey.length,
      values: values.slice(0, FIGURE_VALUE_CAP),
      valuesComplete: values.length <= FIGURE_VALUE_CAP,
    };
  });
}

function cellsOf(claims: Claim[]): BundleCell[] {
  const cells = new Map<string, BundleCell>();
  for (const c of claims) {
    const k = JSON.stringify([c.status, c.article?.id ?? null, c.date]);
    const cell = cells.get(k);
    if (cell) cell.count++;
    else
      cells.set(k, {
        status: c.status,
        articleId: c.article?.id ?? null,
        outlet: c.article?.outlet ?? null,
        day: c.date,
        count: 1,
      });
  }
  return [...cells.values()].sort((a, b) => b.count - a.count);
}

/** One bundle from claims that all share (source, type, target). */
export function bundleOf(claims: Claim[]): Bundle {
  const sorted = [...claims].sort(byClaimOrder);
  const first = sorted[0]!;
  const articles = new Map<string, ArticleRef>();
  for (const c of sorted) if (c.article && !articles.has(c.article.id)) articles.set(c.article.id, c.article);
  const byOutlet = countBy(sorted, (c) => c.article?.outlet ?? null);
  const byArticle = countBy(sorted, (c) => c.article?.id ?? null);
  const byDay = countBy(sorted, (c) => c.date);
  const dated = sorted.filter((c) => c.date !== null).map((c) => c.date!);
  const cells = cellsOf(sorted);
  return {
    id: bundleId(first),
    source: first.source,
    type: first.type,
    target: first.target,
    kind: sorted.some(isClaimLike) ? 'claims' : 'structural',
    count: sorted.length,
    byStatus: Object.fromEntries(countBy(sorted, (c) => c.status)),
    outlets: top(byOutlet, (k) => k),
    outletCount: byOutlet.size,
    articles: top(byArticle, (k) => articles.get(k)!),
    articleCount: byArticle.size,
    firstDate: dated.length ? dated.reduce((a, b) => (a < b ? a : b)) : null,
    lastDate: dated.length ? dated.reduce((a, b) => (a > b ? a : b)) : null,
    undated: sorted.length - dated.length,
    days: [...byDay.entries()]
      .sort(([a], [b]) => byCodePoint(a, b))
      .slice(0, BUNDLE_LIST_CAP)
      .map(([value, count]) => ({ value, count })),
    daysComplete: byDay.size <= BUNDLE_LIST_CAP,
    cells: cells.slice(0, BUNDLE_CELL_CAP),
    cellsComplete: cells.length <= BUNDLE_CELL_CAP,
    figures: figuresOf(sorted),
    claims: sorted.slice(0, INLINE_CLAIMS),
  };
}

/** Groups claims by (source, type, target) into bundles, in first-seen order. */
export function bundlesFromClaims(claims: Claim[]): Bundle[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = bundleId(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()].map(bundleOf);
}

const richerArticle = (a: ArticleRef | null, b: ArticleRef | null): ArticleRef | null => {
  if (!a || !b || a.id !== b.id) return a ?? b;
  return {
    id: a.id,
    title: a.title ?? b.title,
    outlet: a.outlet ?? b.outlet,
    published: a.published ?? b.published,
  };
};

/** The same claim seen twice: keep every piece of evidence either copy has (`next` wins where both do). */
export function mergeClaim(prev: Claim, next: Claim): Claim {
  return {
    ...prev,
    ...next,
    status: next.status ?? prev.status,
    date: next.date ?? prev.date,
    dateText: next.dateText ?? prev.dateText,
    claimant: next.claimant ?? prev.claimant,
    article: richerArticle(next.article, prev.article),
    quote: next.quote ?? prev.quote,
    figures: { ...prev.figures, ...next.figures },
    ...(prev.properties || next.properties ? { properties: { ...prev.properties, ...next.properties } } : {}),
  };
}

/**
 * The same bundle seen twice (e.g. the API's and a Cypher result's). Inline claims are merged by id so no
 * claim loses its article or quote; when they are all the claims there are, the aggregates are rebuilt
 * from them, else the copy that knows of more claims (on a tie, the earlier one) keeps its aggregates.
 */
export function mergeBundle(prev: Bundle, next: Bundle): Bundle {
  const base = next.count > prev.count ? next : prev;
  const claims = new Map(prev.claims.map((c) => [c.id, c]));
  for (const c of next.claims) {
    const p = claims.get(c.id);
    claims.set(c.id, p ? mergeClaim(p, c) : c);
  }
  const merged = [...claims.values()].sort(byClaimOrder);
  if (merged.length >= base.count) return bundleOf(merged);
  return { ...base, kind: prev.kind === 'claims' || next.kind === 'claims' ? 'claims' : 'structural', claims: merged };
}
