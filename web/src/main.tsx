// Boot: store + controller, test hooks, initial view (URL hash → ?view=name → seed), URL sync.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type cytoscape from 'cytoscape';
import { App } from './app/App.tsx';
import { Store } from './app/store.ts';
import { Controller } from './app/controller.ts';
import { api, onApiError } from './api/client.ts';
import * as graphActions from './state/graph.ts';
import { amend, commit, redo, undo } from './state/history.ts';
import type { GraphState, Update } from './state/types.ts';
import { decodeView, hashForView, parseView, viewFromHash, type ViewState } from './view/view.ts';
import './styles.css';

export interface ExplorerHook {
  getState(): GraphState;
  dispatch(fn: Update): void;
  actions: typeof graphActions & { commit: typeof commit; amend: typeof amend; undo: typeof undo; redo: typeof redo };
  ready: boolean;
  runLayout(id: string, opts?: { seed?: number }): Promise<void>;
  loadView(view: ViewState | unknown): Promise<void>;
  getView(): ViewState;
  undo(): void;
  redo(): void;
}

declare global {
  interface Window {
    cy?: cytoscape.Core;
    __explorer?: ExplorerHook;
  }
}

const store = new Store();
const ctl = new Controller(store);

onApiError((err) => {
  if (err === null) {
    if (store.get().ui.dbDown) store.ui({ dbDown: null });
  } else if (err.kind === 'unavailable' || err.kind === 'network') store.ui({ dbDown: err.message });
});

const hook: ExplorerHook = {
  getState: () => store.get().history.present,
  dispatch: (fn) => store.commit(fn),
  actions: { ...graphActions, commit, amend, undo, redo },
  ready: false,
  runLayout: (id, opts = {}) => ctl.layout({ id, seed: opts.seed, mode: 'commit' }),
  loadView: async (raw) => {
    const parsed = parseView(raw);
    if (!parsed.ok) throw new Error(`invalid view: ${parsed.error}`);
    await ctl.loadView(parsed.view);
  },
  getView: () => ctl.viewState(),
  undo: () => store.undo(),
  redo: () => store.redo(),
};
window.__explorer = hook;
// window.__figure (figure export for the figure CLI and tests); lazy, so it stays out of the main chunk.
void import('./export/install.ts');

// Keep the URL hash in step with the view (debounced; replaceState so Back is not flooded).
let hashTimer = 0;
const MAX_HASH_CHARS = 1_500_000;
let booted = false;
const scheduleHash = () => {
  if (!booted) return;
  clearTimeout(hashTimer);
  hashTimer = window.setTimeout(() => {
    const full = hashForView(ctl.viewState());
    // Browsers cap URLs near 2 MB: a view that big is shared by name (Views → Save), not by link.
    const hash = full.length > MAX_HASH_CHARS ? '' : full;
    if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, 250);
};
store.subscribe(scheduleHash);

const encoded = viewFromHash(location.hash);
const named = new URLSearchParams(location.search).get('view');
// The seed is on the first view's critical path: fetch it while React and Cytoscape mount.
const seedPrefetch = encoded || named ? undefined : api.seed();

async function boot() {
  let done = false;
  if (encoded) {
    const parsed = decodeView(encoded);
    if (parsed.ok) {
      await ctl.loadView(parsed.view);
      done = true;
    } else store.toast('error', `The link's view could not be read (${parsed.error}); showing the story instead`);
  } else if (named) {
    done = await ctl.openSavedView(named);
  }
  if (!done) await ctl.loadSeed(done || encoded || named ? undefined : seedPrefetch);
  booted = true;
  performance.mark('explorer-ready');
  hook.ready = true;
  document.documentElement.dataset.ready = 'true';
  scheduleHash();
}

let started = false;
const originalAttach = ctl.attach.bind(ctl);
// StrictMode (dev) mounts the canvas twice: always expose and listen on the live core.
ctl.attach = (cy) => {
  originalAttach(cy);
  window.cy = cy;
  cy.on('viewport select unselect', scheduleHash);
  if (!started) {
    started = true;
    void boot();
  }
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App ctl={ctl} />
  </StrictMode>,
);
