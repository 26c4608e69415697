// Right-click menu positioned at the node: inspect, expand by type/direction, collapse, hide, remove, pin,
// paths. Works on any node key alike: a curated entity's id or a foreign node's `neo4j:<elementId>`; the
// per-type counts come from GET /api/entities/:key ("at least" when they are lower bounds).
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useEscape } from './useEscape.ts';
import type { Direction } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import { ExpandByType } from './ExpandByType.tsx';
import { useTypeCounts } from './useTypeCounts.ts';

export interface MenuActions {
  expand(id: string, opts: { types?: string[]; direction: Direction }): void;
  collapse(id: string): void;
  hide(ids: string[]): void;
  remove(ids: string[]): void;
  pin(ids: string[], pinned: boolean): void;
  selectNeighbours(id: string): void;
  pathTo(id: string): void;
  focus(id: string): void;
}

interface Props {
  nodeId: string;
  at: { x: number; y: number };
  state: GraphState;
  actions: MenuActions;
  onClose(): void;
}

export function ContextMenu({ nodeId, at, state, actions, onClose }: Props) {
  const [direction, setDirection] = useState<Direction>('both');
  const counts = useTypeCounts(nodeId, state.bundles);
  const ref = useRef<HTMLDivElement>(null);
  const node = state.nodes[nodeId];

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
  }, [nodeId]);
  useEscape(onClose);
  const closeRef = useRef(onClose);
  useLayoutEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const onDown = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && closeRef.current();
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, []);

  if (!node) return null;
  const run = (fn: () => void) => () => {
    fn();
    onClose();
  };
  const exp = state.expansions[nodeId];
  const onKeyNav = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${node.entity.name}`}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyNav}
      data-testid="context-menu"
    >
      <div className="menu-title">{node.entity.name}</div>
      <button role="menuitem" onClick={run(() => actions.expand(nodeId, { direction }))} data-action="expand">
        Expand all {exp ? `(${exp.loaded}/${exp.total})` : ''}
      </button>
      <ExpandByType
        direction={direction}
        onDirection={setDirection}
        counts={counts}
        onExpand={(types) => run(() => actions.expand(nodeId, { types, direction }))()}
      />
      <hr />
      <button role="menuitem" onClick={run(() => actions.focus(nodeId))} data-action="inspect">
        Inspect
      </button>
      <button role="menuitem" onClick={run(() => actions.collapse(nodeId))} disabled={!exp} data-action="collapse">
        Collapse
      </button>
      <button role="menuitem" onClick={run(() => actions.pin([nodeId], !node.pinned))} data-action="pin">
        {node.pinned ? 'Unpin' : 'Pin position'}
      </button>
      <button role="menuitem" onClick={run(() => actions.selectNeighbours(nodeId))} data-action="neighbours">
        Select neighbours
      </button>
      <button role="menuitem" onClick={run(() => actions.pathTo(nodeId))} data-action="path">
        Shortest path to…
      </button>
      <hr />
      <button role="menuitem" onClick={run(() => actions.hide([nodeId]))} data-action="hide">
        Hide
      </button>
      <button role="menuitem" className="danger" onClick={run(() => actions.remove([nodeId]))} data-action="remove">
        Remove from canvas
      </button>
    </div>
  );
}
