// One request's outcome and the figures per endpoint: requests/s, nearest-rank p50/p95/p99 of the
// successful requests, and errors counted by HTTP status (or by the socket error when there was none).
import { percentileSorted } from '../render/stats.ts';
export interface Sample {
  endpoint: string;
  /** Milliseconds since the run's clock started (performance.now() based). */
  start: number;
  end: number;
  /** HTTP status; 0 when no response arrived (refused, reset, timed out). */
  status: number;
  /** The socket error code when status is 0, the answer's `error.code` when it is an error status. */
  error?: string;
}

export const isOk = (s: Sample): boolean => s.status >= 200 && s.status < 300;
export const errorKey = (s: Sample): string =>
  s.status ? `HTTP ${s.status}${s.error ? ` ${s.error}` : ''}` : (s.error ?? 'no response');

// Nearest rank: the figure is a latency that actually occurred. One implementation for every benchmark.

export interface EndpointStats {
  endpoint: string;
  requests: number;
  /** All answered and failed requests per second of the phase. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  byError: Record<string, number>;
}

export function countErrors(samples: readonly Sample[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const s of samples) if (!isOk(s)) by[errorKey(s)] = (by[errorKey(s)] ?? 0) + 1;
  return by;
}

export function endpointStats(endpoint: string, samples: readonly Sample[], seconds: number): EndpointStats {
  const ms = samples
    .filter(isOk)
    .map((s) => s.end - s.start)
    .sort((a, b) => a - b);
  const byError = countErrors(samples);
  return {
    endpoint,
    requests: samples.length,
    rps: seconds > 0 ? samples.length / seconds : Number.NaN,
    p50: percentileSorted(ms, 50),
    p95: percentileSorted(ms, 95),
    p99: percentileSorted(ms, 99),
    max: ms.length ? (ms[ms.length - 1] as number) : Number.NaN,
    errors: samples.length - ms.length,
    byError,
  };
}

/** Stats per endpoint in the order given, then one row over all of them. */
export function statsByEndpoint(
  endpoints: readonly string[],
  samples: readonly Sample[],
  seconds: number,
): EndpointStats[] {
  const rows = endpoints.map((e) =>
    endpointStats(
      e,
      samples.filter((s) => s.endpoint === e),
      seconds,
    ),
  );
  return [...rows, endpointStats('all', samples, seconds)];
}

// Shared with the other benchmarks, so every one formats and ranks the same way.
export { percentileSorted };
