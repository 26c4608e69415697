// Frame-time statistics (nearest-rank percentiles, so the figures are values that actually occurred).

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

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
