// Right-click menu positioned at the node: expand by type/direction, collapse, hide, remove, pin, paths.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useEscape } from './useEscape.ts';
import { api } from '../api/client.ts';
import type { DegreeCount, Direction } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import { relLabel } from '../graph/elements.ts';

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

interface TypeCount {
  type: string;
  out: number;
  in: number;
}

/** Claims per type and direction: the server's degree store, or (offline) the bundles on the canvas. */
function typeCounts(degree: DegreeCount[]): TypeCount[] {
  const m = new Map<string, TypeCount>();
  for (const d of degree) {
    const t = m.get(d.type) ?? { type: d.type, out: 0, in: 0 };
    t[d.direction] += d.count;
    m.set(d.type, t);
  }
  return [...m.values()].sort((a, b) => b.out + b.in - (a.out + a.in) || a.type.localeCompare(b.type));
}

const degreeOnCanvas = (nodeId: string, bundles: GraphState['bundles']): DegreeCount[] =>
  Object.values(bundles).flatMap((b): DegreeCount[] =>
    b.source === nodeId
      ? [{ type: b.type, direction: 'out' as const, count: b.count }]
      : b.target === nodeId
        ? [{ type: b.type, direction: 'in' as const, count: b.count }]
        : [],
  );

const DIRECTIONS: { id: Direction; label: string }[] = [
  { id: 'both', label: 'Both' },
  { id: 'out', label: 'Out →' },
  { id: 'in', label: '← In' },
];

export function ContextMenu({ nodeId, at, state, actions, onClose }: Props) {
  const [direction, setDirection] = useState<Direction>('both');
  const [types, setTypes] = useState<TypeCount[] | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const node = state.nodes[nodeId];

  useEffect(() => {
    let live = true;
    const ctrl = new AbortController();
    void api.entity(nodeId, { signal: ctrl.signal }).then((r) => {
      if (live) setTypes(typeCounts(r.ok ? r.value.degree : degreeOnCanvas(nodeId, state.bundles)));
    });
    return () => {
      live = false;
      ctrl.abort();
    };
  }, [nodeId, state.bundles]);

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
  const countFor = (t: TypeCount) => (direction === 'out' ? t.out : direction === 'in' ? t.in : t.out + t.in);
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
      <div className="menu-row" role="radiogroup" aria-label="Direction">
        {DIRECTIONS.map((d) => (
          <label key={d.id} className={direction === d.id ? 'on' : undefined}>
            <input type="radio" name="direction" checked={direction === d.id} onChange={() => setDirection(d.id)} />
            {d.label}
          </label>
        ))}
      </div>
      <div className="menu-section" aria-label="Expand by relationship type">
        {types === null && <div className="muted small">Loading relationship types…</div>}
        {types?.map((t) => {
          const n = countFor(t);
          return (
            <button
              role="menuitem"
              key={t.type}
              disabled={n === 0}
              onClick={run(() => actions.expand(nodeId, { types: [t.type], direction }))}
              data-action={`expand-${t.type}`}
            >
              <span>Expand {relLabel(t.type)}</span>
              <span className="count">{n}</span>
            </button>
          );
        })}
      </div>
      <hr />
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
