// Pages of GET /api/claims for a bundle or an entity: the next page on demand, deduplicated, abortable.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, type ClaimsOf } from '../api/client.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';
import type { Claim } from '../../../lib/model/wire.ts';

export const CLAIMS_PAGE = 25;

export interface ClaimPages {
  claims: Claim[];
  /** Claims that pass the filters on the server; null before the first page. */
  total: number | null;
  loading: boolean;
  error: string | null;
  more(): void;
}

const claimPart = (f: ClaimFilter): ClaimFilter => ({
  statuses: f.statuses,
  articles: f.articles,
  outlets: f.outlets,
  dateRange: f.dateRange,
  includeUndated: f.includeUndated,
});

/** `of` null = nothing to page (the claims are all inline). A new `of` or filter starts again at page one. */
export function useClaimPages(of: ClaimsOf | null, filter: ClaimFilter): ClaimPages {
  const key = of ? JSON.stringify([of, claimPart(filter)]) : null;
  const [state, setState] = useState<Omit<ClaimPages, 'more'>>({
    claims: [],
    total: null,
    loading: false,
    error: null,
  });
  const ctrl = useRef<AbortController | null>(null);
  const live = useRef({ key, claims: [] as Claim[] });

  const load = useCallback(
    (skip: number) => {
      if (!of || key === null) return;
      ctrl.current?.abort();
      const c = new AbortController();
      ctrl.current = c;
      setState((s) => ({ ...s, loading: true, error: null }));
      void api.claims(of, { skip, limit: CLAIMS_PAGE, filter, signal: c.signal }).then((r) => {
        if (c.signal.aborted || live.current.key !== key) return;
        if (!r.ok) return setState((s) => ({ ...s, loading: false, error: r.error.message }));
        const seen = new Set(live.current.claims.map((x) => x.id));
        const claims = [...live.current.claims, ...r.value.claims.filter((x) => !seen.has(x.id))];
        live.current.claims = claims;
        setState({ claims, total: r.value.total, loading: false, error: null });
      });
    },
    [key], // eslint-disable-line react-hooks/exhaustive-deps -- `of` and `filter` are what `key` spells
  );

  useEffect(() => {
    live.current = { key, claims: [] };
    setState({ claims: [], total: null, loading: false, error: null });
    load(0);
    return () => ctrl.current?.abort();
  }, [key, load]);

  const more = useCallback(() => load(live.current.claims.length), [load]);
  return { ...state, more };
}
