// Parts of the node inspector (NodeDetails.tsx): the articles that mention the node, and its expansion.
import type { EntityDetail } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import { formatNumber, relLabel } from '../graph/elements.ts';

export function Mentions({ detail, onOpenArticle }: { detail: EntityDetail; onOpenArticle(id: string): void }) {
  if (detail.mentions.length === 0) return null;
  return (
    <>
      <h3>
        Mentioned in <span className="muted">({formatNumber(detail.mentionCount)})</span>
      </h3>
      <ul className="mentions">
        {detail.mentions.map((m) => (
          <li key={m.article.id}>
            <button className="link" onClick={() => onOpenArticle(m.article.id)}>
              {m.article.title ?? m.article.id}
            </button>{' '}
            <span className="muted">
              {m.article.outlet ?? ''} · {m.count}×
            </span>
          </li>
        ))}
      </ul>
      {detail.mentionCount > detail.mentions.length && (
        <p className="muted small">and {formatNumber(detail.mentionCount - detail.mentions.length)} more articles</p>
      )}
    </>
  );
}

interface ExpansionProps {
  id: string;
  state: GraphState;
  onLoadMore(id: string): void;
  onExpand(id: string): void;
}

export function Expansion({ id, state, onLoadMore, onExpand }: ExpansionProps) {
  const exp = state.expansions[id];
  return (
    <div className="expansion">
      {exp ? (
        <span data-testid="expansion-status">
          {Math.min(exp.loaded, exp.total)} of {exp.total} neighbours shown
          {exp.types?.length ? ` (${exp.types.map(relLabel).join(', ')}, ${exp.direction})` : ''}
        </span>
      ) : (
        <span className="muted">Not expanded yet</span>
      )}
      {exp && exp.loaded < exp.total ? (
        <button onClick={() => onLoadMore(id)} data-testid="load-more">
          Load {Math.min(25, exp.total - exp.loaded)} more
        </button>
      ) : (
        !exp && <button onClick={() => onExpand(id)}>Expand</button>
      )}
    </div>
  );
}
