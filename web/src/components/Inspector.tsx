// Side panel for the selection: a node's properties, paging and claims, or an edge's bundled claims.
import type { GraphState } from '../state/types.ts';
import { EdgeDetails } from './EdgeDetails.tsx';
import { NodeDetails } from './NodeDetails.tsx';

interface Props {
  state: GraphState;
  selection: string[];
  onOpenArticle(articleId: string, quote?: string): void;
  onLoadMore(id: string): void;
  onExpand(id: string): void;
  onFocus(id: string): void;
  onShortestPaths(a: string, b: string): void;
  onClose(): void;
}

export function Inspector(props: Props) {
  const { selection, state, onShortestPaths, onClose } = props;
  const nodes = selection.filter((id) => state.nodes[id]);
  const current = selection[selection.length - 1];
  if (!current) return null;
  const isNode = !!state.nodes[current];
  return (
    <aside className="inspector" aria-label="Inspector" data-testid="inspector">
      <div className="panel-head">
        <h3>{selection.length > 1 ? `${selection.length} selected` : isNode ? 'Node' : 'Relationship'}</h3>
        <button className="link" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </div>
      {nodes.length === 2 && (
        <div className="paths-hint">
          <button onClick={() => onShortestPaths(nodes[0]!, nodes[1]!)} data-testid="panel-paths">
            Shortest paths between the two selected nodes
          </button>
        </div>
      )}
      {isNode ? (
        <NodeDetails id={current} {...props} key={current} />
      ) : (
        <EdgeDetails id={current} {...props} key={current} />
      )}
    </aside>
  );
}
