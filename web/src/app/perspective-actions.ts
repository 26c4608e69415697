// Fetching, saving and resetting the perspective through the one API client; the answers go into the store
// (state/perspective.ts). The first fetch starts with the app, and the first view waits for it (layout needs the
// node sizes; the figure CLI needs the colours before it reads the canvas).
import { api } from '../api/client.ts';
import type { Perspective, PerspectiveAnswer } from '../../../lib/model/perspective.ts';
import type { ApiResult } from '../../../lib/api/client.ts';
import { perspectiveFailed, perspectiveLoaded, perspectiveSaving } from '../state/perspective.ts';
import { effectivePerspective } from '../styles/perspective.ts';
import type { Store } from './store.ts';

export interface PerspectiveActions {
  /** Settles when the first fetch has (succeeded or failed). */
  ready: Promise<void>;
  load(): Promise<void>;
  /** Stores what the canvas draws (the effective perspective: categories for canvas-only labels included). */
  save(): Promise<boolean>;
  /** Drops the stored one; the generated one is drawn again. */
  reset(): Promise<boolean>;
}

export function createPerspectiveActions(store: Store): PerspectiveActions {
  const apply = (r: ApiResult<PerspectiveAnswer>, what: string): boolean => {
    if (r.ok) store.perspective(perspectiveLoaded(r.value));
    else {
      store.perspective(perspectiveFailed(r.error.message));
      if (what) store.toast('error', `${what}: ${r.error.message}`, 7000);
    }
    return r.ok;
  };
  const load = async () => void apply(await api.perspective(), '');
  return {
    ready: load(),
    load,
    async save() {
      const s = store.get();
      const p: Perspective = effectivePerspective(s.perspective.perspective, s.history.present);
      store.perspective(perspectiveSaving());
      const ok = apply(await api.savePerspective(p), 'Saving the perspective failed');
      if (ok) store.toast('success', 'Perspective saved');
      return ok;
    },
    async reset() {
      store.perspective(perspectiveSaving());
      const ok = apply(await api.resetPerspective(), 'Resetting the perspective failed');
      if (ok) store.toast('success', 'Perspective reset to the one generated from the schema');
      return ok;
    },
  };
}
