// What a bundle says at a glance: how many claims from how many outlets (or, without evidence, how many
// relationships), statuses, figures with their claimants, and the date range. Text only.
import { bundleOf } from '../../../lib/model/bundle.ts';
import { isComplete, type Bundle, type Claim } from '../../../lib/model/wire.ts';
import { formatNumber, formatRange } from '../graph/elements.ts';
import type { Filters } from '../state/types.ts';
import type { BundleCount } from '../state/visibility.ts';
import { edgeSummaryText, plural, undatedClaims } from './inspector-model.ts';

interface Props {
  bundle: Bundle;
  count: BundleCount;
  /** The passing inline claims (all passing claims when the bundle is complete). */
  passing: Claim[];
  filters: Filters;
}

/** The bundle's summary under the filters: exact from its claims when complete, else its own summary. */
export function summaryOf(b: Bundle, passing: Claim[], f: Filters): Bundle {
  if (isComplete(b)) return passing.length ? bundleOf(passing) : b;
  const byStatus = Object.fromEntries(Object.entries(b.byStatus).filter(([s]) => !f.statuses.includes(s)));
  return { ...b, byStatus };
}

export function BundleSummary({ bundle, count, passing, filters }: Props) {
  const s = summaryOf(bundle, passing, filters);
  const undated = undatedClaims(bundle, passing, s);
  return (
    <div className="bundle-summary" data-testid="bundle-summary">
      <p className="muted" data-testid="bundle-count">
        {edgeSummaryText(bundle, count, s.outletCount, passing)}
      </p>
      <p className="statuses">
        {Object.entries(s.byStatus).map(([st, n]) => (
          <span key={st} className={`status status-${st}`} data-status={st}>
            {st} {formatNumber(n)}
          </span>
        ))}
      </p>
      {(s.firstDate || undated > 0) && (
        <p className="muted small" data-testid="bundle-dates">
          {s.firstDate && (s.firstDate === s.lastDate ? s.firstDate : `${s.firstDate} → ${s.lastDate}`)}
          {undated > 0 && `${s.firstDate ? ' · ' : ''}${plural(undated, 'undated claim')}`}
        </p>
      )}
      {s.figures.length > 0 && (
        <dl className="figures" data-testid="bundle-figures">
          {s.figures.map((f) => (
            <span key={f.key}>
              <dt>
                {f.key} {formatRange(f.min, f.max)}
              </dt>
              {f.values.map((v) => (
                <dd key={v.value} className="figure-value">
                  {formatNumber(v.value)} <span className="muted">({v.claimants.join(', ') || 'no claimant'})</span>
                </dd>
              ))}
              {!f.valuesComplete && <dd className="muted">… more values</dd>}
            </span>
          ))}
        </dl>
      )}
    </div>
  );
}
