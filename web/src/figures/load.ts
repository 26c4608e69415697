// The figure table's claims: those of a bundle or entity that carry figures, from GET /api/claims?withFigures=1
// (at most FIGURE_TABLE_CAP, the server counts the rest), or the claims given (a complete bundle, a query result).
import type { ApiResult, ClaimsOf } from '../api/client.ts';
import { api } from '../api/client.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';
import type { ArticleRef, Claim } from '../../../lib/model/wire.ts';
import { FIGURE_TABLE_CAP, figureTable, type FigureTableModel } from './model.ts';

export async function loadFigureTable(
  of: ClaimsOf,
  filter: ClaimFilter | undefined,
  signal?: AbortSignal,
): Promise<ApiResult<FigureTableModel>> {
  const r = await api.allClaims(of, { filter, withFigures: true, max: FIGURE_TABLE_CAP, signal });
  return r.ok ? { ok: true, value: figureTable(r.value.claims, r.value.total) } : r;
}

/** At most this many articles are looked up for one table (the story's conflicting figures cite 5). */
export const ARTICLE_LOOKUPS = 50;

/** Claims from a Cypher result cite their article by id only (the query returned no Article node): look the
 *  titles and outlets up, so the sources footer names them; an article past the cap or not found stays an id. */
export async function withArticles(claims: Claim[], signal?: AbortSignal): Promise<Claim[]> {
  const ids = [...new Set(claims.flatMap((c) => (c.article && c.article.title === null ? [c.article.id] : [])))];
  const found = new Map<string, ArticleRef>();
  await Promise.all(
    ids.slice(0, ARTICLE_LOOKUPS).map(async (id) => {
      const r = await api.article(id, { signal });
      if (r.ok) found.set(id, { id, title: r.value.title, outlet: r.value.outlet, published: r.value.published });
    }),
  );
  return claims.map((c) => (c.article && found.has(c.article.id) ? { ...c, article: found.get(c.article.id)! } : c));
}
