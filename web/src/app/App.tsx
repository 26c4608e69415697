// The explorer shell: toolbar, filters + legend, canvas, inspector, drawers and overlays.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type cytoscape from 'cytoscape';
import type { Controller } from './controller.ts';
import { useStore } from './hooks.ts';
import { CytoscapeCanvas, type CanvasEvents } from '../components/CytoscapeCanvas.tsx';
import { defaultRegistries, toCytoscapeElements } from '../graph/elements.ts';
import { hiddenByPerspective } from '../graph/elements-summary.ts';
import { perspectiveFor } from '../styles/perspective.ts';
import { editCategory, editRelationship } from '../state/perspective.ts';
import { PerspectivePanel } from '../components/PerspectivePanel.tsx';
import * as actions from '../state/graph.ts';
import { claimTotal, filtersActive } from '../state/visibility.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { Legend } from '../components/Legend.tsx';
import { PerspectiveContext } from '../components/TypeIcon.tsx';
import { Inspector } from '../components/Inspector.tsx';
import { ContextMenu, type MenuActions } from '../components/ContextMenu.tsx';
import { ArticleReader } from '../components/ArticleReader.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { ViewsMenu } from '../components/ViewsMenu.tsx';
import { Toolbar } from '../components/Toolbar.tsx';
import { ExportPanel, Workbench } from '../components/Slots.tsx';
import { openClaim } from '../timeline/open-claim.ts';
import type { DateRange } from '../state/types.ts';

const TimelinePanel = lazy(() => import('../timeline/TimelinePanel.tsx'));

interface Menu {
  nodeId: string;
  at: { x: number; y: number };
}

export function App({ ctl }: { ctl: Controller }) {
  const store = ctl.store;
  const present = useStore(store, (s) => s.history.present);
  const canUndo = useStore(store, (s) => s.history.past.length > 0);
  const canRedo = useStore(store, (s) => s.history.future.length > 0);
  const ui = useStore(store, (s) => s.ui);
  const pstate = useStore(store, (s) => s.perspective);
  const [menu, setMenu] = useState<Menu | null>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [panel, setPanel] = useState<'views' | 'export' | 'perspective' | null>(null);
  const [drawer, setDrawer] = useState(false);
  const [showFilters, setShowFilters] = useState(true);
  const [showTimeline, setShowTimeline] = useState(false);
  // The same perspective object the controller syncs with (perspectiveFor is memoised).
  const perspective = useMemo(() => perspectiveFor(pstate.perspective, present), [pstate.perspective, present]);
  const elements = useMemo(
    () => toCytoscapeElements(present, { ...defaultRegistries, perspective }),
    [present, perspective],
  );
  const edgesDrawn = useMemo(() => elements.filter((e) => e.group === 'edges').length, [elements]);
  const hiddenByP = useMemo(() => hiddenByPerspective(present, perspective), [present, perspective]);

  const openArticle = useCallback(
    (articleId: string, quote?: string) => store.ui({ reader: { articleId, quote } }),
    [store],
  );

  const onTimelineRange = useCallback(
    (dateRange: DateRange) => store.commit(actions.setFilters({ dateRange })),
    [store],
  );
  const onTimelineClaim = useCallback(
    (bundleId: string, claimId: string) =>
      void openClaim(ctl.cy, (ids) => store.ui({ selection: ids }), bundleId, claimId).then(
        (shown) => shown || store.toast('info', 'That claim is not among the claims the inspector shows'),
      ),
    [ctl, store],
  );

  const menuActions: MenuActions = useMemo(
    () => ({
      expand: (id, o) => void ctl.expand(id, o),
      collapse: (id) => store.commit(actions.collapse(id)),
      hide: (ids) => store.commit(actions.hide(ids)),
      remove: (ids) => store.commit(actions.remove(ids)),
      pin: (ids, p) => store.commit(actions.pin(ids, p)),
      selectNeighbours: (id) => ctl.cy?.getElementById(id).closedNeighborhood().select(),
      pathTo: (id) => {
        store.ui({ pathFrom: id });
        store.toast('info', 'Click the target node for the shortest path (Esc cancels)');
      },
      focus: (id) => ctl.focus(id),
    }),
    [ctl, store],
  );

  const events: CanvasEvents = useMemo(
    () => ({
      onNodeDoubleClick: (id) => void ctl.expand(id),
      onContextMenu: (target, at) => setMenu(target?.kind === 'node' ? { nodeId: target.id, at } : null),
      onSelectionChange: (ids) => store.ui({ selection: ids }),
      onNodeTap: (id) => {
        const from = store.get().ui.pathFrom;
        if (from && from !== id) void ctl.shortestPaths(from, id);
      },
      onBackgroundTap: () => {
        setMenu(null);
        store.ui({ highlight: [], pathFrom: null });
      },
      onDragEnd: (pos) => store.commit(actions.setPositions(pos, true)),
      onViewport: () => setMenu(null),
    }),
    [ctl, store],
  );

  // Undo/redo and delete shortcuts, unless typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement;
      if (t.closest('input, textarea, select, [contenteditable], .cm-editor')) return;
      const mod = e.ctrlKey || e.metaKey;
      const k = e.key.toLowerCase();
      if (mod && k === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.undo();
      } else if (mod && ((k === 'z' && e.shiftKey) || k === 'y')) {
        e.preventDefault();
        store.redo();
      } else if (e.key === 'Escape') {
        store.ui({ pathFrom: null, highlight: [] });
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        const ids = store.get().ui.selection.filter((id) => store.get().history.present.nodes[id]);
        if (ids.length) store.commit(actions.remove(ids));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const hiddenCount = Object.values(present.nodes).filter((n) => n.hidden).length;
  const selectedNodes = ui.selection.filter((id) => present.nodes[id]);
  const nodeCount = Object.keys(present.nodes).length;

  return (
    <PerspectiveContext.Provider value={perspective}>
      <div className={`app style-${present.style}`}>
        <Toolbar
          state={present}
          canUndo={canUndo}
          canRedo={canRedo}
          hiddenCount={hiddenCount}
          selectedNodes={selectedNodes}
          filtersOn={filtersActive(present.filters)}
          search={<SearchBox styleId={present.style} onPick={(hit) => void ctl.addEntity(hit)} />}
          onUndo={store.undo}
          onRedo={store.redo}
          onLayout={(id, seed) => void ctl.layout({ id, seed, mode: 'commit' })}
          onLayoutSelection={() => {
            const sel = ctl.cy?.$('node:selected');
            if (sel && sel.length > 1) void ctl.layout({ eles: sel, mode: 'commit' });
            else store.toast('info', 'Select at least two nodes to lay out');
          }}
          onStyle={(id) => store.commit(actions.setStyle(id))}
          onFit={() => ctl.fit()}
          onShowHidden={() => store.commit(actions.showHidden())}
          onPaths={() => selectedNodes.length === 2 && void ctl.shortestPaths(selectedNodes[0]!, selectedNodes[1]!)}
          onToggleFilters={() => setShowFilters((v) => !v)}
          onTimeline={() => setShowTimeline((v) => !v)}
          timelineOpen={showTimeline}
          onViews={() => setPanel(panel === 'views' ? null : 'views')}
          onPerspective={() => setPanel(panel === 'perspective' ? null : 'perspective')}
          perspectiveDirty={pstate.dirty}
          onExport={() => setPanel(panel === 'export' ? null : 'export')}
          onCypher={() => setDrawer((d) => !d)}
          onReset={() => void ctl.loadSeed()}
          exportAvailable={!!ExportPanel}
          cypherOpen={drawer}
        />
        <div className="main">
          {showFilters && (
            <div className="sidebar">
              <FilterPanel
                state={present}
                onChange={(p) => store.commit(actions.setFilters(p), p.dateRange ? 'date-range' : undefined)}
                onClear={() => store.commit(actions.clearFilters())}
              />
              <Legend styleId={present.style} elements={elements} state={present} perspective={perspective} />
            </div>
          )}
          <div className="center-column">
            <div className="canvas-wrap" style={{ background: undefined }}>
              <CytoscapeCanvas
                elements={elements}
                styleId={present.style}
                events={events}
                onReady={(c) => {
                  ctl.attach(c);
                  setCy(c);
                }}
              />
              {nodeCount === 0 && !ui.busy && (
                <div className="empty-canvas">Search for an entity to start, or reset to the story.</div>
              )}
              {ui.pathFrom && (
                <div className="mode-hint">
                  Shortest path from <b>{present.nodes[ui.pathFrom]?.entity.name}</b>: click the target node (Esc
                  cancels)
                </div>
              )}
              <div className="status-bar" data-testid="status-bar">
                {nodeCount} nodes · {claimTotal(present).toLocaleString('en-GB')} claims · {edgesDrawn} edges drawn
                {filtersActive(present.filters) && ' · filtered'}
                {hiddenByP.nodes > 0 && ` · ${hiddenByP.nodes.toLocaleString('en-GB')} hidden by the perspective`}
              </div>
              {menu && (
                <ContextMenu
                  nodeId={menu.nodeId}
                  at={menu.at}
                  state={present}
                  actions={menuActions}
                  onClose={() => setMenu(null)}
                />
              )}
            </div>
            {showTimeline && (
              <Suspense fallback={null}>
                <TimelinePanel
                  state={present}
                  onRange={onTimelineRange}
                  onOpenClaim={onTimelineClaim}
                  onClose={() => setShowTimeline(false)}
                />
              </Suspense>
            )}
          </div>
          {ui.selection.length > 0 && (
            <Inspector
              state={present}
              selection={ui.selection}
              onOpenArticle={openArticle}
              onLoadMore={(id) => void ctl.loadMore(id)}
              onExpand={(id) => void ctl.expand(id)}
              onFocus={(id) => ctl.focus(id)}
              onShortestPaths={(a, b) => void ctl.shortestPaths(a, b)}
              onClose={() => ctl.cy?.elements().unselect()}
            />
          )}
        </div>
        {drawer && (
          <div className="drawer" aria-label="Cypher console">
            <div className="drawer-head">
              <strong>Cypher</strong>
              <button className="link" onClick={() => setDrawer(false)} aria-label="Close Cypher console">
                ×
              </button>
            </div>
            {Workbench ? (
              <Suspense fallback={<p className="muted">Loading console…</p>}>
                <Workbench
                  onGraph={(g, mode) => {
                    store.commit(actions.mergeGraph(g, mode));
                    void ctl.layout({ mode: 'amend', incremental: mode === 'merge' });
                  }}
                />
              </Suspense>
            ) : (
              <p className="muted">The Cypher console is not part of this build.</p>
            )}
          </div>
        )}
        {panel === 'views' && (
          <ViewsMenu
            onClose={() => setPanel(null)}
            onSave={(name) => {
              void ctl.saveView(name);
              setPanel(null);
            }}
            onOpen={(name) => {
              void ctl.openSavedView(name);
              setPanel(null);
            }}
          />
        )}
        {panel === 'perspective' && (
          <PerspectivePanel
            perspective={perspective.perspective}
            status={pstate}
            state={present}
            onCategory={(label, patch) => store.perspective(editCategory(perspective.perspective, label, patch))}
            onRelationship={(type, patch) => store.perspective(editRelationship(perspective.perspective, type, patch))}
            onSave={() => void ctl.perspective.save()}
            onReset={() => void ctl.perspective.reset()}
            onClose={() => setPanel(null)}
          />
        )}
        {panel === 'export' && ExportPanel && cy && (
          <Suspense fallback={null}>
            <ExportPanel cy={cy} view={ctl.viewState()} onClose={() => setPanel(null)} />
          </Suspense>
        )}
        {ui.reader && (
          <ArticleReader
            articleId={ui.reader.articleId}
            quote={ui.reader.quote}
            onClose={() => store.ui({ reader: null })}
          />
        )}
        <Toasts
          toasts={ui.toasts}
          busy={ui.busy}
          dbDown={ui.dbDown}
          onDismiss={(id) => store.dismiss(id)}
          onRetry={() => void ctl.checkHealth()}
        />
      </div>
    </PerspectiveContext.Provider>
  );
}
