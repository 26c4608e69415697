// The inspector for a node: its properties, expansion paging, claim counts per type and direction
// (the server's degree store), the articles that mention it, and its claims page by page.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { bundleId, type Claim, type EntityDetail } from '../../../lib/model/wire.ts';
import { claimPasses } from '../../../lib/model/filter.ts';
import type { GraphState } from '../state/types.ts';
import { formatNumber, relLabel } from '../graph/elements.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ClaimPager } from './ClaimPager.tsx';
import { TypeIcon } from './TypeIcon.tsx';
import { useClaimPages } from './useClaimPages.ts';

interface Props {
  id: string;
  state: GraphState;
  onOpenArticle(articleId: string, quote?: string): void;
  onLoadMore(id: string): void;
  onExpand(id: string): void;
}

const PRIMITIVE = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function useEntityDetail(id: string, isEntity: boolean) {
  const [detail, setDetail] = useState<EntityDetail | null>(null);
  const [err, setErr] = useState<string | null>(null);
  useEffect(() => {
    setDetail(null);
    setErr(null);
    if (!isEntity) return;
    const ctrl = new AbortController();
    void api.entity(id, { signal: ctrl.signal }).then((r) => {
      if (ctrl.signal.aborted) return;
      if (r.ok) setDetail(r.value);
      else setErr(r.error.message);
    });
    return () => ctrl.abort();
  }, [id, isEntity]);
  return { detail, err };
}

function Degree({ detail }: { detail: EntityDetail }) {
  if (detail.degree.length === 0) return null;
  return (
    <ul className="degree" data-testid="degree">
      {detail.degree.map((d) => (
        <li key={`${d.type}-${d.direction}`}>
          {d.direction === 'out' ? '→' : '←'} {relLabel(d.type)} <span className="count">{formatNumber(d.count)}</span>
        </li>
      ))}
    </ul>
  );
}

function Mentions({ detail, onOpenArticle }: { detail: EntityDetail; onOpenArticle(id: string): void }) {
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

function Expansion({ id, state, onLoadMore, onExpand }: Props) {
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

/** Claims of a node the server does not know (a Cypher result's Article …): the ones on the canvas. */
const claimsOnCanvas = (id: string, state: GraphState): Claim[] =>
  Object.values(state.bundles)
    .filter((b) => b.source === id || b.target === id)
    .flatMap((b) => b.claims)
    .filter((c) => claimPasses(c, state.filters));

export function NodeDetails(props: Props) {
  const { id, state, onOpenArticle } = props;
  const n = state.nodes[id];
  const isEntity = !n?.entity.labels || n.entity.labels.includes('Entity');
  const { detail, err } = useEntityDetail(id, isEntity);
  const pages = useClaimPages(isEntity ? { entity: id } : null, state.filters);
  if (!n) return null;
  const e = n.entity;
  const names = (x: string) => state.nodes[x]?.entity.name ?? x;
  const onCanvas = (c: Claim) => !!state.bundles[bundleId(c)];
  const props2 = Object.entries(e.properties ?? {}).filter(([, v]) => PRIMITIVE(v));
  return (
    <div data-testid="node-details">
      <header className="inspector-head">
        <TypeIcon styleId={state.style} type={e.type} size={18} />
        <div>
          <h2 data-testid="inspector-title">{e.name}</h2>
          <p className="muted">
            {e.type} · <code>{e.id}</code>
            {n.pinned && ' · pinned'}
            {n.hidden && ' · hidden'}
          </p>
        </div>
      </header>
      {e.description && <p className="description">{e.description}</p>}
      {e.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {e.aliases.join(' · ')}
        </p>
      )}
      {props2.length > 0 && (
        <dl className="props">
          {props2.map(([k, v]) => (
            <span key={k}>
              <dt>{k}</dt>
              <dd>{String(v).slice(0, 400)}</dd>
            </span>
          ))}
        </dl>
      )}
      <Expansion {...props} />
      {err && <p className="error">{err}</p>}
      <h3>
        Claims{' '}
        <span className="muted" data-testid="claim-count">
          ({formatNumber(detail?.claimCount ?? pages.total ?? claimsOnCanvas(id, state).length)})
        </span>
      </h3>
      {detail && <Degree detail={detail} />}
      {isEntity ? (
        <ClaimPager pages={pages} names={names} onOpenArticle={onOpenArticle} onCanvas={onCanvas} />
      ) : (
        claimsOnCanvas(id, state).map((c) => (
          <ClaimCard key={c.id} claim={c} names={names} onOpenArticle={onOpenArticle} onCanvas />
        ))
      )}
      {detail && <Mentions detail={detail} onOpenArticle={onOpenArticle} />}
    </div>
  );
}
