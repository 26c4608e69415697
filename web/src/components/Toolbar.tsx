// Top bar: search, history, layout (+seed), style, view sharing, export and the Cypher drawer.
import type { ReactNode } from 'react';
import type { GraphState } from '../state/types.ts';
import { LAYOUTS } from '../layouts/registry.ts';
import { STYLES } from '../styles/registry.ts';

interface Props {
  state: GraphState;
  canUndo: boolean;
  canRedo: boolean;
  hiddenCount: number;
  selectedNodes: string[];
  filtersOn: boolean;
  search: ReactNode;
  exportAvailable: boolean;
  cypherOpen: boolean;
  onUndo(): void;
  onRedo(): void;
  onLayout(id: string, seed: number): void;
  onLayoutSelection(): void;
  onStyle(id: string): void;
  onFit(): void;
  onShowHidden(): void;
  onPaths(): void;
  onToggleFilters(): void;
  /** Shows or hides the timeline panel below the canvas. */
  onTimeline(): void;
  timelineOpen: boolean;
  onViews(): void;
  /** Opens the perspective editor; `perspectiveDirty` marks unsaved edits. */
  onPerspective(): void;
  perspectiveDirty?: boolean;
  onExport(): void;
  onCypher(): void;
  onReset(): void;
}

export function Toolbar(p: Props) {
  const layout = p.state.layout;
  return (
    <header className="toolbar" role="toolbar" aria-label="Explorer tools">
      <span className="brand" title="Evidence Explorer">
        Evidence
      </span>
      {p.search}
      <div className="group">
        <button onClick={p.onUndo} disabled={!p.canUndo} title="Undo (Ctrl+Z)" aria-label="Undo" data-testid="undo">
          ↶
        </button>
        <button
          onClick={p.onRedo}
          disabled={!p.canRedo}
          title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
          aria-label="Redo"
          data-testid="redo"
        >
          ↷
        </button>
      </div>
      <div className="group">
        <select
          aria-label="Layout"
          value={layout}
          onChange={(e) => p.onLayout(e.target.value, p.state.seed)}
          data-testid="layout-select"
        >
          {LAYOUTS.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
        <button
          onClick={() => p.onLayout(layout, p.state.seed)}
          title="Re-run the layout with the same seed"
          aria-label="Run layout"
        >
          ▶ Run
        </button>
        <button
          onClick={() => p.onLayout(layout, p.state.seed + 1)}
          title={`New seed (now ${p.state.seed})`}
          aria-label="Run with a new seed"
        >
          ⟳ {p.state.seed}
        </button>
        <button
          onClick={p.onLayoutSelection}
          disabled={p.selectedNodes.length < 2}
          title="Lay out the selected nodes only"
        >
          Selection
        </button>
      </div>
      <div className="group">
        <button
          onClick={p.onPaths}
          disabled={p.selectedNodes.length !== 2}
          data-testid="paths"
          title="Shortest paths between the two selected nodes"
        >
          Paths
        </button>
        <button
          onClick={p.onShowHidden}
          disabled={p.hiddenCount === 0}
          data-testid="show-hidden"
          title="Show hidden nodes again"
        >
          Hidden ({p.hiddenCount})
        </button>
        <button onClick={p.onFit} title="Fit the graph to the window">
          Fit
        </button>
      </div>
      <div className="group right">
        <button onClick={p.onTimeline} aria-pressed={p.timelineOpen} data-testid="timeline-toggle">
          Timeline
        </button>
        <button onClick={p.onToggleFilters} className={p.filtersOn ? 'on' : undefined}>
          Filters{p.filtersOn ? ' •' : ''}
        </button>
        <select
          aria-label="Style"
          value={p.state.style}
          onChange={(e) => p.onStyle(e.target.value)}
          data-testid="style-select"
        >
          {STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <button onClick={p.onViews} data-testid="views">
          Views
        </button>
        <button
          onClick={p.onPerspective}
          data-testid="perspective"
          title="How each label and relationship type is drawn"
        >
          Perspective{p.perspectiveDirty ? ' •' : ''}
        </button>
        <button onClick={p.onExport} disabled={!p.exportAvailable} data-testid="export">
          Export
        </button>
        <button onClick={p.onCypher} className={p.cypherOpen ? 'on' : undefined} data-testid="cypher">
          Cypher
        </button>
        <button onClick={p.onReset} title="Back to the story's key actors">
          Reset
        </button>
      </div>
    </header>
  );
}
