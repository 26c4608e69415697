// Side panel for the selection: a node's properties, paging and claims, or an edge's bundled claims.
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Claim, EntityDetail } from '../api/types.ts';
import type { GraphState } from '../state/types.ts';
import { edgeKey, relLabel } from '../graph/elements.ts';
import { visibility } from '../state/visibility.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { TypeIcon } from './TypeIcon.tsx';

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

const PRIMITIVE = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function NodeDetails({ id, state, onOpenArticle, onLoadMore, onExpand }: { id: string } & Props) {
  const n = state.nodes[id];
  const [detail, setDetail] = useState<EntityDetail | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const isEntity = !n?.entity.labels || n.entity.labels.includes('Entity');
  useEffect(() => {
    let live = true;
    setDetail(null);
    setErr(null);
    if (!isEntity) return;
    api.entity(id).then((r) => {
      if (!live) return;
      if (r.ok) setDetail(r.value);
      else setErr(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [id, isEntity]);
  if (!n) return null;
  const e = n.entity;
  const exp = state.expansions[id];
  const onCanvas = new Set(Object.keys(state.claims));
  const claims: Claim[] =
    detail?.claims ?? Object.values(state.claims).filter((c) => c.source === id || c.target === id);
  const props = Object.entries(e.properties ?? {}).filter(([, v]) => PRIMITIVE(v));
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
      {e.aliases && e.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also: </span>
          {e.aliases.join(' · ')}
        </p>
      )}
      {props.length > 0 && (
        <dl className="props">
          {props.map(([k, v]) => (
            <span key={k}>
              <dt>{k}</dt>
              <dd>{String(v).slice(0, 400)}</dd>
            </span>
          ))}
        </dl>
      )}
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
      {err && <p className="error">{err}</p>}
      <h3>
        Claims <span className="muted">({claims.length})</span>
      </h3>
      {!detail && !err && isEntity && <p className="muted">Loading claims…</p>}
      {claims.map((c) => (
        <ClaimCard
          key={c.id}
          claim={c}
          names={(x) => state.nodes[x]?.entity.name ?? x}
          onOpenArticle={onOpenArticle}
          onCanvas={onCanvas.has(c.id)}
        />
      ))}
      {detail && detail.mentions.length > 0 && (
        <>
          <h3>Mentioned in</h3>
          <ul className="mentions">
            {detail.mentions.map((m) => (
              <li key={m.article.id}>
                <button className="link" onClick={() => onOpenArticle(m.article.id)}>
                  {m.article.title}
                </button>{' '}
                <span className="muted">
                  {m.article.outlet} · {m.count}×
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function EdgeDetails({ id, state, onOpenArticle, onFocus }: { id: string } & Props) {
  const vis = visibility(state);
  const claims = Object.values(state.claims)
    .filter((c) => edgeKey(c) === id && vis.claims.has(c.id))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const first = claims[0];
  if (!first) return <p className="muted">This edge is no longer on the canvas.</p>;
  const name = (x: string) => state.nodes[x]?.entity.name ?? x;
  return (
    <div data-testid="edge-details">
      <header className="inspector-head">
        <div>
          <h2 data-testid="inspector-title">
            <button className="link" onClick={() => onFocus(first.source)}>
              {name(first.source)}
            </button>{' '}
            → {relLabel(first.type)} →{' '}
            <button className="link" onClick={() => onFocus(first.target)}>
              {name(first.target)}
            </button>
          </h2>
          <p className="muted">
            {claims.length} claim{claims.length > 1 ? 's' : ''} from{' '}
            {new Set(claims.map((c) => c.article?.outlet).filter(Boolean)).size} outlet(s)
          </p>
        </div>
      </header>
      {claims.map((c) => (
        <ClaimCard key={c.id} claim={c} names={name} onOpenArticle={onOpenArticle} />
      ))}
    </div>
  );
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
      {isNode ? <NodeDetails id={current} {...props} key={current} /> : <EdgeDetails id={current} {...props} />}
    </aside>
  );
}
