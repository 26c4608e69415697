// The figure table's claims: those of a bundle or entity that carry figures, from GET /api/claims?withFigures=1
// (at most FIGURE_TABLE_CAP, the server counts the rest), or the claims given (a complete bundle, a query result).
import type { ApiResult, ClaimsOf } from '../api/client.ts';
import { api } from '../api/client.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';
import { FIGURE_TABLE_CAP, figureTable, type FigureTableModel } from './model.ts';

export async function loadFigureTable(
  of: ClaimsOf,
  filter: ClaimFilter | undefined,
  signal?: AbortSignal,
): Promise<ApiResult<FigureTableModel>> {
  const r = await api.allClaims(of, { filter, withFigures: true, max: FIGURE_TABLE_CAP, signal });
  return r.ok ? { ok: true, value: figureTable(r.value.claims, r.value.total) } : r;
}
