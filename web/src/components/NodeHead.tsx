// The top of the node inspector (NodeDetails.tsx): its name, labels and key, and its relationship counts per
// type and direction ("at least" when the server counted them over a capped walk of a very high-degree node).
import type { EntityDetail } from '../../../lib/model/wire.ts';
import type { NodeState } from '../state/types.ts';
import { degreeCompleteOf, degreeLines } from './degree-model.ts';
import { TypeIcon } from './TypeIcon.tsx';

interface HeadProps {
  node: NodeState;
  style: string;
  /** Every label of a foreign node (Company, Shipowner); a curated entity's type. */
  labels: string[];
  foreign: boolean;
}

export function NodeHead({ node, style, labels, foreign }: HeadProps) {
  const e = node.entity;
  return (
    <header className="inspector-head">
      <TypeIcon styleId={style} type={e.type} size={18} />
      <div>
        <h2 data-testid="inspector-title">{e.name}</h2>
        <p className="muted">
          <span className="node-labels" data-testid="node-labels">
            {labels.map((l) => (
              <span key={l} className={foreign ? 'node-label' : undefined}>
                {l}
              </span>
            ))}
          </span>{' '}
          · <code>{e.id}</code>
          {node.pinned && ' · pinned'}
          {node.hidden && ' · hidden'}
        </p>
      </div>
    </header>
  );
}

export function Degree({ detail }: { detail: EntityDetail }) {
  if (detail.degree.length === 0) return null;
  const complete = degreeCompleteOf(detail);
  const { lines, more } = degreeLines(detail.degree, complete);
  return (
    <>
      <ul className="degree" data-testid="degree">
        {lines.map((d) => (
          <li key={d.key}>
            {d.text} <span className="count">{d.count}</span>
          </li>
        ))}
        {more > 0 && <li className="muted">and {more} more</li>}
      </ul>
      {complete === false && (
        <p className="muted small" data-testid="degree-partial">
          Too many relationships to count every one by type: the counts per type are lower bounds.
        </p>
      )}
    </>
  );
}
