// Claim filters, evaluated on one claim or on a bundle's summary. Pure; the web app, the figure CLI and
// the server's claims pages (as Cypher parameters) share these semantics.
import type { Bundle, BundleCell, Claim } from './wire.ts';

/** Every list names what is HIDDEN, so an empty filter shows everything. Dates are inclusive ISO days. */
export interface ClaimFilter {
  statuses: string[];
  articles: string[];
  outlets: string[];
  dateRange: { from: string | null; to: string | null };
  includeUndated: boolean;
}

export const noClaimFilter = (): ClaimFilter => ({
  statuses: [],
  articles: [],
  outlets: [],
  dateRange: { from: null, to: null },
  includeUndated: true,
});

const dayPasses = (day: string | null, f: ClaimFilter): boolean => {
  if (day === null) return f.includeUndated;
  const { from, to } = f.dateRange;
  return !(from && day < from) && !(to && day > to);
};

const cellPasses = (c: Pick<BundleCell, 'status' | 'articleId' | 'outlet' | 'day'>, f: ClaimFilter): boolean =>
  !(c.status !== null && f.statuses.includes(c.status)) &&
  !(c.articleId !== null && f.articles.includes(c.articleId)) &&
  !(c.outlet !== null && f.outlets.includes(c.outlet)) &&
  dayPasses(c.day, f);

/** Structural edges (no status, no article) have no date to filter on and always pass. */
export const claimPasses = (c: Claim, f: ClaimFilter): boolean =>
  c.status === null && c.article === null
    ? true
    : cellPasses(
        { status: c.status, articleId: c.article?.id ?? null, outlet: c.article?.outlet ?? null, day: c.date },
        f,
      );

const dateActive = (f: ClaimFilter) => f.dateRange.from !== null || f.dateRange.to !== null || !f.includeUndated;

/** The share of a bundle's claims that pass one dimension, and whether that share is exact. */
function shares(b: Bundle, f: ClaimFilter): { share: number; exact: boolean }[] {
  const out: { share: number; exact: boolean }[] = [];
  const n = b.count;
  if (f.statuses.length) {
    const hidden = Object.entries(b.byStatus).reduce((s, [k, v]) => s + (f.statuses.includes(k) ? v : 0), 0);
    out.push({ share: (n - hidden) / n, exact: true });
  }
  if (f.outlets.length) {
    const hidden = b.outlets.reduce((s, o) => s + (f.outlets.includes(o.value) ? o.count : 0), 0);
    out.push({ share: (n - hidden) / n, exact: b.outlets.length >= b.outletCount });
  }
  if (f.articles.length) {
    const hidden = b.articles.reduce((s, a) => s + (f.articles.includes(a.value.id) ? a.count : 0), 0);
    out.push({ share: (n - hidden) / n, exact: b.articles.length >= b.articleCount });
  }
  if (dateActive(f)) {
    const undated = f.includeUndated ? b.undated : 0;
    const kept = b.days.reduce((s, d) => s + (dayPasses(d.value, f) ? d.count : 0), undated);
    out.push({ share: kept / n, exact: b.daysComplete });
  }
  return out;
}

/**
 * How many of a bundle's claims pass: exact from its claims or cells when it carries them all,
 * else exact for a single filtered dimension, else an estimate (exact: false) that assumes independence.
 */
export function passingCount(b: Bundle, f: ClaimFilter): { count: number; exact: boolean } {
  if (b.kind === 'structural') return { count: b.count, exact: true };
  if (b.claims.length >= b.count) return { count: b.claims.filter((c) => claimPasses(c, f)).length, exact: true };
  if (b.cellsComplete) return { count: b.cells.reduce((s, c) => s + (cellPasses(c, f) ? c.count : 0), 0), exact: true };
  const dims = shares(b, f);
  if (dims.length === 0) return { count: b.count, exact: true };
  const share = dims.reduce((p, d) => p * d.share, 1);
  const exact = dims.length === 1 && dims[0]!.exact;
  // An estimate rounds up: a bundle with any passing share stays drawn.
  return { count: exact ? Math.round(share * b.count) : Math.ceil(share * b.count), exact };
}
