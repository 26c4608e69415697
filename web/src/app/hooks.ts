import { useSyncExternalStore } from 'react';
import type { AppState, Store } from './store.ts';

export const useStore = <T>(store: Store, pick: (s: AppState) => T): T =>
  useSyncExternalStore(store.subscribe, () => pick(store.get()));
