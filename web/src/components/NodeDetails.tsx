// The inspector for a node. A curated story entity: its description, aliases, expansion, claim counts per
// type and direction (the server's degree store), its claims page by page and the articles that mention it.
// Any other node (`neo4j:<elementId>`, a graph this app did not create): all its labels, every property as a
// typed table, its relationship counts per type, and its relationships on the canvas with their properties.
import type { Claim, EntityDetail } from '../../../lib/model/wire.ts';
import { bundleId } from '../../../lib/model/wire.ts';
import { isElementKey } from '../../../lib/model/node-key.ts';
import type { GraphState } from '../state/types.ts';
import { formatNumber } from '../graph/elements.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ClaimPager } from './ClaimPager.tsx';
import { PropertyTable } from './PropertyTable.tsx';
import { Degree, NodeHead } from './NodeHead.tsx';
import { Expansion, Mentions } from './NodeParts.tsx';
import { canvasClaimsOf, shownText } from './inspector-model.ts';
import { useClaimPages } from './useClaimPages.ts';
import { useEntityDetail } from './useEntityDetail.ts';

interface Props {
  id: string;
  state: GraphState;
  onOpenArticle(articleId: string, quote?: string): void;
  onLoadMore(id: string): void;
  onExpand(id: string): void;
}

/** Relationship cards of a node the claims endpoint does not page: the ones on the canvas, at most this many. */
export const CANVAS_CARDS = 50;

function CanvasRelationships({ id, state, onOpenArticle, names }: Props & { names(id: string): string }) {
  const { claims, total } = canvasClaimsOf(id, state, CANVAS_CARDS);
  if (total === 0) return <p className="muted small">None on the canvas: expand the node to bring them in.</p>;
  return (
    <>
      <p className="muted small" data-testid="claims-shown">
        {shownText(claims.length, total, 'relationships on the canvas')}
      </p>
      {claims.map((c) => (
        <ClaimCard key={c.id} claim={c} names={names} onOpenArticle={onOpenArticle} onCanvas />
      ))}
    </>
  );
}

const labelsOf = (e: GraphState['nodes'][string]['entity'], detail: EntityDetail | null): string[] =>
  detail?.entity.labels ?? e.labels ?? [e.type];

export function NodeDetails(props: Props) {
  const { id, state, onOpenArticle } = props;
  const n = state.nodes[id];
  const foreign = isElementKey(id);
  const { detail, err } = useEntityDetail(id);
  const pages = useClaimPages(foreign ? null : { entity: id }, state.filters);
  if (!n) return null;
  const e = n.entity;
  const names = (x: string) => state.nodes[x]?.entity.name ?? x;
  const onCanvas = (c: Claim) => !!state.bundles[bundleId(c)];
  const count = detail?.claimCount ?? (foreign ? null : pages.total) ?? canvasClaimsOf(id, state, 0).total;
  return (
    <div data-testid="node-details" data-foreign={foreign || undefined}>
      <NodeHead node={n} style={state.style} labels={foreign ? labelsOf(e, detail) : [e.type]} foreign={foreign} />
      {e.description && <p className="description">{e.description}</p>}
      {e.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {e.aliases.join(' · ')}
        </p>
      )}
      <PropertyTable properties={detail?.entity.properties ?? e.properties} testId="node-properties" />
      <Expansion {...props} />
      {err && (
        <p className={foreign ? 'muted small' : 'error'}>{foreign ? `Relationship counts unavailable: ${err}` : err}</p>
      )}
      <h3>
        {foreign ? 'Relationships' : 'Claims'}{' '}
        <span className="muted" data-testid="claim-count">
          ({formatNumber(count)})
        </span>
      </h3>
      {detail && <Degree detail={detail} />}
      {foreign ? (
        <CanvasRelationships {...props} names={names} />
      ) : (
        <ClaimPager pages={pages} names={names} onOpenArticle={onOpenArticle} onCanvas={onCanvas} />
      )}
      {detail && <Mentions detail={detail} onOpenArticle={onOpenArticle} />}
    </div>
  );
}
