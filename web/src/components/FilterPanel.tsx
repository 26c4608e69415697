// Filters over what is on the canvas. Lists name counts; unticking hides, the state keeps everything.
import { useMemo } from 'react';
import type { Filters, GraphState } from '../state/types.ts';
import { filtersActive } from '../state/visibility.ts';
import { facetsOf } from '../state/facets.ts';
import { relLabel } from '../graph/elements.ts';
import { TypeIcon } from './TypeIcon.tsx';
import { TimeRange } from './TimeRange.tsx';

interface Props {
  state: GraphState;
  onChange(patch: Partial<Filters>): void;
  onClear(): void;
}

type ListKey = 'entityTypes' | 'relTypes' | 'statuses' | 'articles' | 'outlets';

export function FilterPanel({ state, onChange, onClear }: Props) {
  const f = state.filters;
  const facets = useMemo(() => facetsOf(state.nodes, state.bundles), [state.nodes, state.bundles]);

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
