// The context menu's relationship counts per type: GET /api/entities/:key for any node key, or, when the
// server does not answer, the bundles on the canvas (then every count is a lower bound).
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { GraphState } from '../state/types.ts';
import { degreeCompleteOf, degreeOnCanvas, typeCounts, type TypeCount } from './degree-model.ts';

export interface TypeCounts {
  /** null while loading. */
  types: TypeCount[] | null;
  /** false: the counts are lower bounds (EntityDetail.degreeComplete, or counted on the canvas). */
  complete: boolean | undefined;
}

export function useTypeCounts(nodeId: string, bundles: GraphState['bundles']): TypeCounts {
  const [counts, setCounts] = useState<TypeCounts>({ types: null, complete: undefined });
  useEffect(() => {
    let live = true;
    const ctrl = new AbortController();
    void api.entity(nodeId, { signal: ctrl.signal }).then((r) => {
      if (!live) return;
      setCounts(
        r.ok
          ? { types: typeCounts(r.value.degree), complete: degreeCompleteOf(r.value) }
          : { types: typeCounts(degreeOnCanvas(nodeId, bundles)), complete: false },
      );
    });
    return () => {
      live = false;
      ctrl.abort();
    };
  }, [nodeId, bundles]);
  return counts;
}
