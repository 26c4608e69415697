// Two-handled range over the distinct claim dates (two overlaid native range inputs: accessible for free).
interface Props {
  dates: string[];
  from: string | null;
  to: string | null;
  includeUndated: boolean;
  onChange(range: { from: string | null; to: string | null }): void;
  onUndated(v: boolean): void;
}

export function TimeRange({ dates, from, to, includeUndated, onChange, onUndated }: Props) {
  const max = Math.max(0, dates.length - 1);
  const idx = (d: string | null, fallback: number) => {
    if (d === null) return fallback;
    const i = dates.findIndex((x) => x >= d);
    return i < 0 ? max : i;
  };
  const lo = idx(from, 0);
  const hiRaw = to === null ? max : dates.findLastIndex((x) => x <= to);
  const hi = hiRaw < 0 ? 0 : hiRaw;
  const set = (a: number, b: number) => onChange({ from: a <= 0 ? null : dates[a]!, to: b >= max ? null : dates[b]! });
  if (dates.length === 0) return <p className="muted">No dated claims on the canvas.</p>;
  return (
    <div className="time-range">
      <div className="range-labels">
        <span data-testid="date-from">{dates[lo]}</span>
        <span>→</span>
        <span data-testid="date-to">{dates[hi]}</span>
      </div>
      <div className="dual-range">
        <input
          type="range"
          min={0}
          max={max}
          value={lo}
          aria-label="From date"
          aria-valuetext={dates[lo]}
          onChange={(e) => set(Math.min(Number(e.target.value), hi), hi)}
        />
        <input
          type="range"
          min={0}
          max={max}
          value={hi}
          aria-label="To date"
          aria-valuetext={dates[hi]}
          onChange={(e) => set(lo, Math.max(Number(e.target.value), lo))}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={includeUndated} onChange={(e) => onUndated(e.target.checked)} /> include undated
        claims
      </label>
    </div>
  );
}
