// The context menu's "expand by relationship type" part: a direction, then one item per type with its count
// in that direction ("at least" when the counts are lower bounds).
import type { Direction } from '../../../lib/model/wire.ts';
import { relLabel } from '../graph/elements.ts';
import { degreeCountText, MAX_DEGREE_LINES, type TypeCount } from './degree-model.ts';
import type { TypeCounts } from './useTypeCounts.ts';

const DIRECTIONS: { id: Direction; label: string }[] = [
  { id: 'both', label: 'Both' },
  { id: 'out', label: 'Out →' },
  { id: 'in', label: '← In' },
];

interface Props {
  direction: Direction;
  onDirection(d: Direction): void;
  counts: TypeCounts;
  onExpand(types: string[]): void;
}

export function ExpandByType({ direction, onDirection, counts, onExpand }: Props) {
  const countFor = (t: TypeCount) => (direction === 'out' ? t.out : direction === 'in' ? t.in : t.out + t.in);
  return (
    <>
      <div className="menu-row" role="radiogroup" aria-label="Direction">
        {DIRECTIONS.map((d) => (
          <label key={d.id} className={direction === d.id ? 'on' : undefined}>
            <input type="radio" name="direction" checked={direction === d.id} onChange={() => onDirection(d.id)} />
            {d.label}
          </label>
        ))}
      </div>
      <div className="menu-section" aria-label="Expand by relationship type">
        {counts.types === null && <div className="muted small">Loading relationship types…</div>}
        {counts.types?.slice(0, MAX_DEGREE_LINES).map((t) => {
          const n = countFor(t);
          return (
            <button
              role="menuitem"
              key={t.type}
              disabled={n === 0}
              onClick={() => onExpand([t.type])}
              data-action={`expand-${t.type}`}
            >
              <span>Expand {relLabel(t.type)}</span>
              <span className="count">{degreeCountText(n, counts.complete)}</span>
            </button>
          );
        })}
        {(counts.types?.length ?? 0) > MAX_DEGREE_LINES && (
          <div className="muted small">and {(counts.types?.length ?? 0) - MAX_DEGREE_LINES} more types</div>
        )}
      </div>
    </>
  );
}
