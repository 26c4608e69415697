// Frame-time statistics (nearest-rank percentiles, so the figures are values that actually occurred).

/** Nearest rank on an ascending array (the load benchmark sorts once for many percentiles). */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export const percentile = (values: readonly number[], p: number): number =>
  percentileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );

export interface FrameStats {
  count: number;
  median: number;
  p95: number;
  max: number;
}

export const frameStats = (frames: readonly number[]): FrameStats => ({
  count: frames.length,
  median: percentile(frames, 50),
  p95: percentile(frames, 95),
  max: frames.length ? Math.max(...frames) : Number.NaN,
});
