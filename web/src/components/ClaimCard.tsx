// One relationship: as evidence when it carries any (who says what, when, with which figures, in which words,
// where), and with its other properties as a typed table (a foreign graph's `arrived`, `berths`) — both when
// it has both. A relationship with neither says so.
import type { Claim } from '../../../lib/model/wire.ts';
import { relLabel } from '../graph/elements.ts';
import { hasEvidence, otherProperties } from './inspector-model.ts';
import { PropertyTable } from './PropertyTable.tsx';
import { figureText } from '../../../lib/model/figures.ts';

interface Props {
  claim: Claim;
  names: (id: string) => string;
  onOpenArticle(articleId: string, quote?: string): void;
  onCanvas?: boolean;
}

function Evidence({ claim: c, onOpenArticle }: Pick<Props, 'claim' | 'onOpenArticle'>) {
  const figures = Object.entries(c.figures);
  return (
    <>
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
            <dd className="figure">{figureText(v, c.figureQualifiers?.[k])}</dd>
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
    </>
  );
}

export function ClaimCard({ claim: c, names, onOpenArticle, onCanvas }: Props) {
  const evidence = hasEvidence(c);
  const others = otherProperties(c);
  const hasOthers = Object.keys(others).length > 0;
  return (
    <article
      className={evidence ? 'claim' : 'claim relationship'}
      data-testid="claim"
      data-claim-id={c.id}
      data-kind={evidence ? 'claim' : 'relationship'}
    >
      <header>
        <span className="claim-rel">
          {names(c.source)} <b title={c.type}>{relLabel(c.type)}</b> {names(c.target)}
        </span>
        {c.status && <span className={`status status-${c.status}`}>{c.status}</span>}
        {onCanvas === false && <span className="muted small">not on canvas</span>}
      </header>
      {evidence && <Evidence claim={c} onOpenArticle={onOpenArticle} />}
      {hasOthers && <PropertyTable properties={others} captionKey={null} testId="claim-properties" />}
      {!evidence && !hasOthers && <p className="muted small">No properties</p>}
    </article>
  );
}
