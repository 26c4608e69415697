// PASS/MISS per target of issue 10 item 7, each with its figure and the ratio to the target. A figure that
// could not be measured misses: a load test that skips what failed would pass by omission.
import type { Result } from '../../lib/neo4j/client.ts';
import type { Counts } from './counts.ts';
import type { EndpointStats } from './stats.ts';

export const TARGETS = { p95Ms: 100, recoverMs: 15_000 } as const;

export interface Verdict {
  target: string;
  pass: boolean;
  figure: string;
  /** Figure / target; null when the target is zero or nothing was measured. */
  ratio: number | null;
}

const fmtRatio = (r: number | null): string => (r === null ? '—' : `${r.toFixed(2)}×`);
const errorList = (by: Record<string, number>): string =>
  Object.entries(by)
    .map(([k, n]) => `${n} × ${k}`)
    .join(', ');

export function errorsVerdict(e: { errors: number; requests: number; byError: Record<string, number> }): Verdict {
  return {
    target: 'no errors outside the kill window',
    pass: e.requests > 0 && e.errors === 0,
    figure: `${e.errors} of ${e.requests} requests${e.errors ? ` (${errorList(e.byError)})` : ''}`,
    ratio: null,
  };
}

/** `recoveredMs` is kill → recovered, null when it was not seen within `gaveUpMs`. */
export function recoveryVerdict(recoveredMs: number | null, gaveUpMs: number, killed: boolean): Verdict {
  const target = `recovery within ${TARGETS.recoverMs / 1000} s of the kill`;
  if (!killed) return { target, pass: false, figure: 'no JVM was killed', ratio: null };
  if (recoveredMs === null)
    return {
      target,
      pass: false,
      figure: `did not recover within ${gaveUpMs / 1000} s`,
      ratio: gaveUpMs / TARGETS.recoverMs,
    };
  return {
    target,
    pass: recoveredMs <= TARGETS.recoverMs,
    figure: `${(recoveredMs / 1000).toFixed(1)} s`,
    ratio: recoveredMs / TARGETS.recoverMs,
  };
}

export function latencyVerdict(steady: readonly EndpointStats[], connections: number): Verdict {
  const each = steady.map((s) => ({ s, r: s.requests > s.errors ? s.p95 / TARGETS.p95Ms : Infinity }));
  const worst = each.reduce((w, x) => (x.r > w.r ? x : w), each[0]!);
  return {
    target: `p95 <= ${TARGETS.p95Ms} ms for every endpoint at ${connections} connections (steady phase)`,
    pass: each.length > 0 && each.every((x) => x.r <= 1),
    figure: each.map((x) => `${x.s.endpoint} ${fmtRatio(Number.isFinite(x.r) ? x.r : null)}`).join(', '),
    ratio: worst && Number.isFinite(worst.r) ? worst.r : null,
  };
}

export function countsVerdict(before: Result<Counts>, after: Result<Counts>): Verdict {
  const target = 'node, relationship and claim counts unchanged';
  if (!before.ok || !after.ok) {
    const why = !before.ok ? `before: ${before.error.message}` : !after.ok ? `after: ${after.error.message}` : '';
    return { target, pass: false, figure: `not counted (${why.split('\n')[0]})`, ratio: null };
  }
  const keys = ['nodes', 'relationships', 'claims'] as const;
  const worst = Math.max(...keys.map((k) => Math.abs(after.value[k] / before.value[k] - 1)));
  return {
    target,
    pass: keys.every((k) => after.value[k] === before.value[k]),
    figure: keys.map((k) => `${k} ${before.value[k]} → ${after.value[k]}`).join(', '),
    ratio: 1 + worst,
  };
}

export const formatVerdicts = (vs: readonly Verdict[]): string =>
  vs
    .map(
      (v) =>
        `${v.pass ? 'PASS' : 'MISS'}  ${v.target}: ${v.figure}${v.ratio === null ? '' : ` (${fmtRatio(v.ratio)} of target)`}`,
    )
    .join('\n');
