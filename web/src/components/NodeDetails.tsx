// The inspector for a node. A curated story entity: its description, aliases, expansion, claim counts per
// type and direction (the server's degree store), its claims page by page and the articles that mention it.
// Any other node (`neo4j:<elementId>`, a graph this app did not create): all its labels, every property as a
// typed table, its relationship counts per type, and its relationships page by page with their properties.
import type { Claim, EntityDetail } from '../../../lib/model/wire.ts';
import { bundleId } from '../../../lib/model/wire.ts';
import { isElementKey } from '../../../lib/model/node-key.ts';
import type { GraphState } from '../state/types.ts';
import { formatNumber } from '../graph/elements.ts';
import { ClaimPager } from './ClaimPager.tsx';
import { PropertyTable } from './PropertyTable.tsx';
import { Degree, NodeHead } from './NodeHead.tsx';
import { Expansion, Mentions } from './NodeParts.tsx';
import { canvasClaimsOf } from './inspector-model.ts';
import { useClaimPages } from './useClaimPages.ts';
import { useEntityDetail } from './useEntityDetail.ts';
import { FigureTable } from '../figures/FigureTable.tsx';

interface Props {
  id: string;
  state: GraphState;
  onOpenArticle(articleId: string, quote?: string): void;
  onLoadMore(id: string): void;
  onExpand(id: string): void;
}

const labelsOf = (e: GraphState['nodes'][string]['entity'], detail: EntityDetail | null): string[] =>
  detail?.entity.labels ?? e.labels ?? [e.type];

export function NodeDetails(props: Props) {
  const { id, state, onOpenArticle } = props;
  const n = state.nodes[id];
  const foreign = isElementKey(id);
  const { detail, err } = useEntityDetail(id);
  const pages = useClaimPages({ entity: id }, state.filters);
  if (!n) return null;
  const e = n.entity;
  const names = (x: string) => state.nodes[x]?.entity.name ?? x;
  const onCanvas = (c: Claim) => !!state.bundles[bundleId(c)];
  const count = detail?.claimCount ?? pages.total ?? canvasClaimsOf(id, state, 0).total;
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
      <FigureTable of={{ entity: id }} filter={state.filters} local={null} title={`Figures about ${e.name}`} />
      <h3>
        {foreign ? 'Relationships' : 'Claims'}{' '}
        <span className="muted" data-testid="claim-count">
          ({formatNumber(count)})
        </span>
      </h3>
      {detail && <Degree detail={detail} />}
      <ClaimPager
        pages={pages}
        names={names}
        onOpenArticle={onOpenArticle}
        onCanvas={onCanvas}
        noun={foreign ? 'relationships' : 'claims'}
      />
      {detail && <Mentions detail={detail} onOpenArticle={onOpenArticle} />}
    </div>
  );
}
