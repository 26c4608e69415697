// A list of claim cards with "25 more of N": the claims arrive page by page from GET /api/claims. `noun`
// names what is paged ("claims", or "relationships" for edges without evidence).
import type { Claim } from '../../../lib/model/wire.ts';
import { formatNumber } from '../graph/elements.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { CLAIMS_PAGE, type ClaimPages } from './useClaimPages.ts';
import { shownText } from './inspector-model.ts';

interface Props {
  pages: ClaimPages;
  names: (id: string) => string;
  onOpenArticle(articleId: string, quote?: string): void;
  onCanvas?: (c: Claim) => boolean;
  noun?: 'claims' | 'relationships';
}

export function ClaimPager({ pages, names, onOpenArticle, onCanvas, noun = 'claims' }: Props) {
  const { claims, total, loading, error } = pages;
  const left = total === null ? 0 : Math.max(0, total - claims.length);
  return (
    <div className="claim-pager" data-testid="claim-pager">
      {total !== null && (
        <p className="muted small" data-testid="claims-shown">
          {shownText(claims.length, total, noun)}
        </p>
      )}
      {claims.map((c) => (
        <ClaimCard key={c.id} claim={c} names={names} onOpenArticle={onOpenArticle} onCanvas={onCanvas?.(c)} />
      ))}
      {error && <p className="error">{error}</p>}
      {loading && <p className="muted">Loading {noun}…</p>}
      {!loading && left > 0 && (
        <button onClick={pages.more} data-testid="claims-more">
          {formatNumber(Math.min(CLAIMS_PAGE, left))} more of {formatNumber(total!)}
        </button>
      )}
    </div>
  );
}
