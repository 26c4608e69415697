// One claim as evidence: who says what, when, with which figures, in which words, where.
import type { Claim } from '../../../lib/model/wire.ts';
import { relLabel } from '../graph/elements.ts';

interface Props {
  claim: Claim;
  names: (id: string) => string;
  onOpenArticle(articleId: string, quote?: string): void;
  onCanvas?: boolean;
}

export function ClaimCard({ claim: c, names, onOpenArticle, onCanvas }: Props) {
  const figures = Object.entries(c.figures);
  return (
    <article className="claim" data-testid="claim" data-claim-id={c.id}>
      <header>
        <span className="claim-rel">
          {names(c.source)} <b>{relLabel(c.type)}</b> {names(c.target)}
        </span>
        {c.status && <span className={`status status-${c.status}`}>{c.status}</span>}
        {onCanvas === false && <span className="muted small">not on canvas</span>}
      </header>
      <dl>
        {c.claimant && (
          <>
            <dt>Claimant</dt>
            <dd>{c.claimant.name}</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{c.dateText ?? c.date ?? <span className="muted">undated</span>}</dd>
        {figures.map(([k, v]) => (
          <span key={k} className="figure-row">
            <dt>{k}</dt>
            <dd className="figure">{v.toLocaleString('en-GB')}</dd>
          </span>
        ))}
      </dl>
      {c.quote && <blockquote data-testid="quote">“{c.quote}”</blockquote>}
      {c.article && (
        <footer>
          <span className="source">
            {c.article.outlet ?? 'Unknown outlet'} · {c.article.published?.slice(0, 10) ?? 'undated'}
          </span>
          <button
            className="link"
            onClick={() => onOpenArticle(c.article!.id, c.quote ?? undefined)}
            data-testid="open-article"
          >
            {c.article.title ?? c.article.id} ↗
          </button>
        </footer>
      )}
    </article>
  );
}
