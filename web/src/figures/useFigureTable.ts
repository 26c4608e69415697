// The figure table of an inspector: from the claims in hand when they are all there (a complete bundle),
// else loaded from the API with the canvas filters; a new subject or filter loads again, the old call aborted.
import { useEffect, useMemo, useState } from 'react';
import type { ClaimsOf } from '../api/client.ts';
import type { ClaimFilter } from '../../../lib/model/filter.ts';
import type { Claim } from '../../../lib/model/wire.ts';
import { loadFigureTable } from './load.ts';
import { figureTable, type FigureTableModel } from './model.ts';

export interface FigureTableState {
  model: FigureTableModel | null;
  loading: boolean;
  error: string | null;
}

export function useFigureTable(of: ClaimsOf, filter: ClaimFilter, local: Claim[] | null): FigureTableState {
  const key = JSON.stringify([
    of,
    filter.statuses,
    filter.articles,
    filter.outlets,
    filter.dateRange,
    filter.includeUndated,
  ]);
  const inHand = useMemo(() => (local ? figureTable(local) : null), [local]);
  const [loaded, setLoaded] = useState<FigureTableState & { key: string | null }>({
    key: null,
    model: null,
    loading: false,
    error: null,
  });
  const fetching = local === null;
  useEffect(() => {
    if (!fetching) return;
    const ctrl = new AbortController();
    setLoaded({ key, model: null, loading: true, error: null });
    void loadFigureTable(of, filter, ctrl.signal).then((r) => {
      if (ctrl.signal.aborted) return;
      setLoaded(
        r.ok
          ? { key, model: r.value, loading: false, error: null }
          : { key, model: null, loading: false, error: r.error.message },
      );
    });
    return () => ctrl.abort();
  }, [key, fetching]); // eslint-disable-line react-hooks/exhaustive-deps -- `of` and `filter` are what `key` spells
  if (inHand) return { model: inHand, loading: false, error: null };
  return loaded.key === key ? loaded : { model: null, loading: true, error: null };
}
