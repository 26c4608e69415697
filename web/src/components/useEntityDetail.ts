// GET /api/entities/:key for the node in the inspector: curated entities and (neo4j:<elementId>) any other
// node alike. Abortable; a new key starts again.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { EntityDetail } from '../../../lib/model/wire.ts';
import { isNodeKey } from '../../../lib/model/node-key.ts';

export function useEntityDetail(id: string): { detail: EntityDetail | null; err: string | null } {
  const [detail, setDetail] = useState<EntityDetail | null>(null);
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    setDetail(null);
    setErr(null);
    if (!isNodeKey(id)) return;
    const ctrl = new AbortController();
    void api.entity(id, { signal: ctrl.signal }).then((r) => {
      if (ctrl.signal.aborted) return;
      if (r.ok) setDetail(r.value);
      else setErr(r.error.message);
    });
    return () => ctrl.abort();
  }, [id]);
  return { detail, err };
}
