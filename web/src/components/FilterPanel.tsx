// Filters over what is on the canvas. Lists name counts; unticking hides, the state keeps everything.
import { useMemo } from 'react';
import { CLAIM_STATUS_IDS } from '../../../lib/model/domain.ts';
import type { Filters, GraphState } from '../state/types.ts';
import { claimDay, filtersActive } from '../state/visibility.ts';
import { relLabel } from '../graph/elements.ts';
import { TypeIcon } from './TypeIcon.tsx';
import { TimeRange } from './TimeRange.tsx';

interface Props {
  state: GraphState;
  onChange(patch: Partial<Filters>): void;
  onClear(): void;
}

type ListKey = 'entityTypes' | 'relTypes' | 'statuses' | 'articles' | 'outlets';

const count = (values: string[]) => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

export function FilterPanel({ state, onChange, onClear }: Props) {
  const f = state.filters;
  const facets = useMemo(() => {
    const nodes = Object.values(state.nodes);
    const claims = Object.values(state.claims);
    const titles = new Map(claims.flatMap((c) => (c.article ? [[c.article.id, c.article.title] as const] : [])));
    const statuses = count(claims.flatMap((c) => (c.status ? [c.status] : [])));
    statuses.sort((a, b) => CLAIM_STATUS_IDS.indexOf(a[0]) - CLAIM_STATUS_IDS.indexOf(b[0]));
    return {
      entityTypes: count(nodes.map((n) => n.entity.type)),
      relTypes: count(claims.map((c) => c.type)),
      statuses,
      outlets: count(claims.flatMap((c) => (c.article ? [c.article.outlet] : []))),
      articles: count(claims.flatMap((c) => (c.article ? [c.article.id] : []))),
      titles,
      dates: [...new Set(claims.map(claimDay).filter((d): d is string => d !== null))].sort(),
    };
  }, [state.nodes, state.claims]);

  const toggle = (key: ListKey, value: string, shown: boolean) => {
    const cur = f[key];
    onChange({ [key]: shown ? cur.filter((v) => v !== value) : [...cur, value] } as Partial<Filters>);
  };

  const section = (key: ListKey, title: string, items: [string, number][], label: (v: string) => React.ReactNode) =>
    items.length > 0 && (
      <details open={key !== 'articles'} className="facet" data-facet={key}>
        <summary>
          {title} <span className="muted">({items.length})</span>
        </summary>
        <ul>
          {items.map(([v, n]) => (
            <li key={v}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!f[key].includes(v)}
                  onChange={(e) => toggle(key, v, e.target.checked)}
                  data-value={v}
                />
                <span className="facet-label">{label(v)}</span>
                <span className="count">{n}</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    );

  return (
    <section className="filters" aria-label="Filters" data-testid="filters">
      <div className="panel-head">
        <h3>Filters</h3>
        <button className="link" onClick={onClear} disabled={!filtersActive(f)} data-testid="clear-filters">
          Clear
        </button>
      </div>
      {section('entityTypes', 'Entity types', facets.entityTypes, (v) => (
        <>
          <TypeIcon styleId={state.style} type={v} /> {v}
        </>
      ))}
      {section('relTypes', 'Relationship types', facets.relTypes, (v) => relLabel(v))}
      {section('statuses', 'Claim status', facets.statuses, (v) => (
        <span className={`status status-${v}`}>{v}</span>
      ))}
      {section('outlets', 'Outlets', facets.outlets, (v) => v)}
      {section('articles', 'Source articles', facets.articles, (v) => facets.titles.get(v) ?? v)}
      <details open className="facet">
        <summary>Claim dates</summary>
        <TimeRange
          dates={facets.dates}
          from={f.dateRange.from}
          to={f.dateRange.to}
          includeUndated={f.includeUndated}
          onChange={(dateRange) => onChange({ dateRange })}
          onUndated={(includeUndated) => onChange({ includeUndated })}
        />
      </details>
    </section>
  );
}
