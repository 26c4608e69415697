// The inspector for a relationship: its bundle's summary and every claim as evidence, the inline ones at
// once, the rest page by page from GET /api/claims (with the same filters as the canvas). A bundle without
// evidence (kind 'structural') lists its relationships with their properties; GET /api/claims pages only
// claims between curated entities, so a structural bundle shows the relationships it carries and says how
// many of how many those are.
import { isComplete } from '../../../lib/model/wire.ts';
import type { GraphState } from '../state/types.ts';
import { relLabel } from '../graph/elements.ts';
import { bundleCount, passingClaims } from '../state/visibility.ts';
import { BundleSummary } from './BundleSummary.tsx';
import { ClaimCard } from './ClaimCard.tsx';
import { ClaimPager } from './ClaimPager.tsx';
import { useClaimPages } from './useClaimPages.ts';
import { nounOf, shownText } from './inspector-model.ts';
import { FigureTable } from '../figures/FigureTable.tsx';

interface Props {
  id: string;
  state: GraphState;
  onOpenArticle(articleId: string, quote?: string): void;
  onFocus(id: string): void;
}

export function EdgeDetails({ id, state, onOpenArticle, onFocus }: Props) {
  const b = state.bundles[id];
  const inline = !b || isComplete(b);
  const pages = useClaimPages(inline ? null : { bundle: id }, state.filters);
  if (!b) return <p className="muted">This edge is no longer on the canvas.</p>;
  const count = bundleCount(b, state.filters);
  const passing = passingClaims(b, state.filters);
  const name = (x: string) => state.nodes[x]?.entity.name ?? x;
  return (
    <div data-testid="edge-details">
      <header className="inspector-head">
        <div>
          <h2 data-testid="inspector-title">
            <button className="link" onClick={() => onFocus(b.source)}>
              {name(b.source)}
            </button>{' '}
            → {relLabel(b.type)} →{' '}
            <button className="link" onClick={() => onFocus(b.target)}>
              {name(b.target)}
            </button>
          </h2>
        </div>
      </header>
      <BundleSummary bundle={b} count={count} passing={passing} filters={state.filters} />
      {b.figures.length > 0 && (
        <FigureTable
          of={{ bundle: id }}
          filter={state.filters}
          local={inline ? passing : null}
          title={`${name(b.source)} → ${relLabel(b.type)} → ${name(b.target)}`}
        />
      )}
      {inline ? (
        <>
          {passing.length < count.count && (
            <p className="muted small" data-testid="claims-shown">
              {shownText(passing.length, count.count, nounOf(b))}
            </p>
          )}
          {passing.map((c) => (
            <ClaimCard key={c.id} claim={c} names={name} onOpenArticle={onOpenArticle} />
          ))}
        </>
      ) : (
        <ClaimPager pages={pages} names={name} onOpenArticle={onOpenArticle} noun={nounOf(b)} />
      )}
    </div>
  );
}
