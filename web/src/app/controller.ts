// Async orchestration: API calls → pure state updates → Cytoscape sync → layout. UI-agnostic.
import type cytoscape from 'cytoscape';
import { api, type ApiResult } from '../api/client.ts';
import { WALK_CAP, type Direction, type Entity, type GraphWire } from '../../../lib/model/wire.ts';
import * as actions from '../state/graph.ts';
import type { GraphState } from '../state/types.ts';
import { defaultRegistries, toCytoscapeElements, type Registries } from '../graph/elements.ts';
import { perspectiveFor } from '../styles/perspective.ts';
import type { Perspective } from '../../../lib/model/perspective.ts';
import { createPerspectiveActions, type PerspectiveActions } from './perspective-actions.ts';
import { syncElements } from '../graph/sync.ts';
import { runLayout } from '../layouts/run.ts';
import { layoutById } from '../layouts/registry.ts';
import { applyView, idsToFetch } from '../view/apply.ts';
import { parseView, toViewState, type ViewState } from '../view/view.ts';
import type { Store } from './store.ts';

export const PAGE = 25;

export class Controller {
  cy: cytoscape.Core | null = null;
  private synced: GraphState | null = null;
  private syncedPerspective: Perspective | null = null;
  private highlighted: string[] = [];
  readonly perspective: PerspectiveActions;

  constructor(readonly store: Store) {
    this.perspective = createPerspectiveActions(store);
    store.subscribe(() => {
      this.sync();
      this.applyHighlight();
    });
  }

  attach(cy: cytoscape.Core) {
    this.cy = cy;
    this.synced = null;
    this.sync();
  }

  get state(): GraphState {
    return this.store.get().history.present;
  }

  /** The element builder's registries: the perspective in the store, as the canvas draws the present state. */
  registries(): Registries {
    return { ...defaultRegistries, perspective: perspectiveFor(this.store.get().perspective.perspective, this.state) };
  }

  /** Pushes the present state into Cytoscape; cheap when nothing changed. */
  sync() {
    const cy = this.cy;
    const present = this.state;
    const perspective = this.store.get().perspective.perspective;
    if (!cy || (present === this.synced && perspective === this.syncedPerspective)) return;
    this.synced = present;
    this.syncedPerspective = perspective;
    syncElements(cy, toCytoscapeElements(present, this.registries()));
    cy.nodes().forEach((n) => {
      if (n.data('pinned')) n.addClass('pinned');
      else n.removeClass('pinned');
    });
  }

  private applyHighlight() {
    const cy = this.cy;
    const ids = this.store.get().ui.highlight;
    if (!cy || ids === this.highlighted) return;
    this.highlighted = ids;
    cy.batch(() => {
      cy.elements().removeClass('highlighted faded');
      if (ids.length === 0) return;
      const set = new Set(ids);
      const hit = cy.elements().filter((e) => set.has(e.id()));
      hit.addClass('highlighted');
      cy.elements().not(hit).addClass('faded');
    });
  }

  private fail<T>(r: ApiResult<T>, what: string): r is Extract<ApiResult<T>, { ok: false }> {
    if (r.ok) return false;
    if (r.error.kind !== 'aborted') this.store.toast('error', `${what}: ${r.error.message}`, 7000);
    return true;
  }

  private async busy<T>(msg: string, work: () => Promise<T>): Promise<T> {
    this.store.ui({ busy: msg });
    try {
      return await work();
    } finally {
      this.store.ui({ busy: null });
    }
  }

  /** Lays out the whole graph (or `eles`), then records positions (new undo step or folded into the last). */
  async layout(opts: {
    id?: string;
    seed?: number;
    eles?: cytoscape.CollectionArgument;
    keep?: string[];
    incremental?: boolean;
    mode: 'commit' | 'amend';
  }) {
    const cy = this.cy;
    if (!cy) return;
    this.sync();
    const id = layoutById(opts.id ?? this.state.layout).id;
    const seed = opts.seed ?? this.state.seed;
    const positions = await runLayout(cy, {
      id,
      seed,
      eles: opts.eles,
      keep: opts.keep,
      incremental: opts.incremental,
      onBusy: (b) => this.store.ui({ busy: b ? 'Laying out…' : null }),
    });
    if (!positions) return; // superseded by a newer layout request
    const update = (s: GraphState) => actions.setPositions(positions)(actions.setLayout(id, seed)(s));
    if (opts.mode === 'commit') this.store.commit(update);
    else this.store.amend(update);
  }

  /** After new nodes arrive: place only them (fcose, existing picture held) or redo the current layout. */
  private async placeNew(before: Set<string>) {
    const placed = [...before].filter((id) => this.state.nodes[id]?.position);
    const incremental = this.state.layout === 'fcose' && placed.length > 0;
    await this.layout({ mode: 'amend', incremental, keep: incremental ? placed : undefined });
  }

  private nodeIds = () => new Set(Object.keys(this.state.nodes));

  /** `prefetched`: the seed request main.tsx started before the canvas mounted. */
  async loadSeed(prefetched?: ReturnType<typeof api.seed>) {
    const r = await this.busy('Loading the story…', async () => {
      const [seed] = await Promise.all([prefetched ?? api.seed(), this.perspective.ready]);
      return seed;
    });
    if (this.fail(r, 'Could not load the starting graph')) return;
    this.store.commit(actions.mergeGraph(r.value, 'replace'));
    const omitted = r.value.omittedBundles ?? 0;
    if (omitted > 0)
      this.store.toast(
        'info',
        `${omitted.toLocaleString('en-GB')} smaller relationship(s) among these key actors are not drawn — expand a node to see them`,
        9000,
      );
    const sample = r.value.sample;
    if (sample) this.store.toast('info', sampleNote(sample), 9000);
    await this.layout({ mode: 'amend' });
    this.fit();
  }

  /** Every page of POST /api/graph, with a progress line for big views. */
  private fetchGraph(ids: string[], what: string, focus?: string[]) {
    return this.busy(what, () =>
      api.graph(ids, {
        focus,
        onPage: (pages, bundles) =>
          pages > 1 && this.store.ui({ busy: `${what} (${bundles.toLocaleString('en-GB')} relationships)` }),
      }),
    );
  }

  /** Adds one entity (search pick) with its claims to what is already on the canvas. */
  async addEntity(hit: Entity) {
    if (this.state.nodes[hit.id]) {
      if (this.state.nodes[hit.id]!.hidden) this.store.commit(actions.showHidden([hit.id]));
      this.focus(hit.id);
      return;
    }
    const before = this.nodeIds();
    // Only the new entity and its bundles with the canvas travel, not the canvas's own bundles again.
    const r = await this.fetchGraph([...before, hit.id], 'Adding…', [hit.id]);
    const graph: GraphWire = r.ok
      ? {
          nodes: r.value.nodes.filter((n) => n.id === hit.id),
          bundles: r.value.bundles.filter((b) => b.source === hit.id || b.target === hit.id),
        }
      : { nodes: [hit], bundles: [] };
    if (graph.nodes.length === 0) graph.nodes.push(hit);
    this.store.commit(actions.mergeGraph(graph));
    await this.placeNew(before);
    this.focus(hit.id);
  }

  async expand(id: string, opts: { types?: string[]; direction?: Direction } = {}) {
    const direction = opts.direction ?? 'both';
    const prev = this.state.expansions[id];
    const same = prev && prev.direction === direction && (prev.types ?? []).join(',') === (opts.types ?? []).join(',');
    if (same && prev.loaded >= prev.total) {
      this.store.toast('info', `All ${prev.total} neighbours of ${this.state.nodes[id]?.entity.name ?? id} are shown`);
      return;
    }
    const skip = same ? prev.loaded : 0;
    const r = await this.busy('Expanding…', () => api.expand(id, { types: opts.types, direction, limit: PAGE, skip }));
    if (this.fail(r, 'Expand failed')) return;
    const before = this.nodeIds();
    this.store.commit(actions.expand(id, r.value, { types: opts.types, direction, skip }));
    await this.placeNew(before);
    const e = this.state.expansions[id];
    const among = r.value.partial ? ` (ranked among its first ${WALK_CAP.toLocaleString('en-GB')} relationships)` : '';
    if (e && (e.total > e.loaded || among))
      this.store.toast(
        'info',
        `${e.loaded} of ${e.total}${among ? '+' : ''} neighbours shown${among} — load more from the panel`,
      );
  }

  async loadMore(id: string) {
    const e = this.state.expansions[id];
    if (!e) return this.expand(id);
    const r = await this.busy('Loading more…', () =>
      api.expand(id, { types: e.types, direction: e.direction, limit: PAGE, skip: e.loaded }),
    );
    if (this.fail(r, 'Load more failed')) return;
    const before = this.nodeIds();
    this.store.commit(actions.loadMore(id, r.value));
    await this.placeNew(before);
  }

  async shortestPaths(from: string, to: string) {
    const r = await this.busy('Finding shortest paths…', () => api.paths(from, to));
    if (this.fail(r, 'Shortest paths failed')) return;
    if (r.value.paths.length === 0) {
      this.store.toast('info', 'No path between these two nodes (within 6 hops)');
      return;
    }
    const before = this.nodeIds();
    const nodes = r.value.paths.flatMap((p) => p.nodes);
    const bundles = r.value.paths.flatMap((p) => p.bundles);
    this.store.commit(actions.mergeGraph({ nodes, bundles }));
    this.store.commit(
      actions.showHidden([...new Set(nodes.map((n) => n.id))].filter((id) => this.state.nodes[id]?.hidden)),
    );
    await this.placeNew(before);
    const edgeIds = bundles.map((b) => b.id);
    this.store.ui({ highlight: [...new Set([...nodes.map((n) => n.id), ...edgeIds])], pathFrom: null });
    this.store.toast('success', `${r.value.paths.length} shortest path${r.value.paths.length > 1 ? 's' : ''} found`);
  }

  /** Fit to the graph, but never blow a handful of nodes up to poster size. */
  fit() {
    const cy = this.cy;
    if (!cy || cy.nodes().empty()) return;
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.6) {
      cy.zoom(1.6);
      cy.center();
    }
  }

  focus(id: string) {
    const cy = this.cy;
    if (!cy) return;
    const n = cy.getElementById(id);
    if (n.empty()) return;
    cy.elements().unselect();
    n.select();
    cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  }

  viewState(): ViewState {
    const cy = this.cy;
    return toViewState(this.state, {
      viewport: cy ? { zoom: cy.zoom(), pan: cy.pan() } : undefined,
      selection: cy ? cy.$(':selected').map((e) => e.id()) : [],
    });
  }

  async loadView(view: ViewState) {
    await this.perspective.ready;
    const fetch = idsToFetch(view);
    const r = fetch.length
      ? await this.fetchGraph(fetch, 'Restoring view…')
      : { ok: true as const, value: { nodes: [], bundles: [], missing: [], pages: 0 } };
    if (this.fail(r, 'Could not restore the view')) return;
    const next = applyView(view, r.value);
    this.store.commit(() => next);
    const missing = view.nodes.length - Object.keys(next.nodes).length;
    if (missing > 0) this.store.toast('info', `${missing} node(s) of this view no longer exist`);
    const unplaced = Object.values(next.nodes).some((n) => !n.position);
    if (unplaced)
      await this.layout({
        mode: 'amend',
        incremental: true,
        keep: Object.keys(next.nodes).filter((id) => next.nodes[id]!.position),
      });
    const cy = this.cy;
    if (!cy) return;
    if (view.viewport) cy.viewport({ zoom: view.viewport.zoom, pan: view.viewport.pan });
    else this.fit();
    cy.elements().unselect();
    for (const id of view.selection) cy.getElementById(id).select();
  }

  async openSavedView(name: string) {
    const r = await api.view(name);
    if (this.fail(r, `Could not open view "${name}"`)) return false;
    const body = r.value as { view?: unknown } | null;
    const parsed = parseView(body && typeof body === 'object' && 'view' in body ? body.view : body);
    if (!parsed.ok) {
      this.store.toast('error', `View "${name}" is invalid: ${parsed.error}`);
      return false;
    }
    await this.loadView(parsed.view);
    return true;
  }

  async checkHealth() {
    const r = await api.health();
    if (r.ok) {
      this.store.ui({ dbDown: null });
      this.store.toast('success', 'Database is back');
    }
  }

  async saveView(name: string) {
    const r = await api.saveView(name, this.viewState());
    if (this.fail(r, 'Saving the view failed')) return;
    this.store.toast('success', `View "${name}" saved`);
  }
}

/** What a foreign graph's start page is: the best-connected nodes of a bounded sample (server/routes/seed.ts). */
export const sampleNote = (s: { examined: number; nodes: number }): string =>
  s.examined >= s.nodes
    ? `A graph this app did not create: its best-connected nodes (of ${s.nodes.toLocaleString('en-GB')}). Search or expand to explore.`
    : `A graph this app did not create: the best-connected of a sample of ${s.examined.toLocaleString('en-GB')} of its ${s.nodes.toLocaleString('en-GB')} nodes. Search or expand to explore.`;
