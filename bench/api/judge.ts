// PASS/MISS per target of issue 8. An endpoint that could not be measured misses every target it
// takes part in: a benchmark that silently skips a failing endpoint would pass by omission.
import type { PhaseStats } from './load.ts';
import { TARGETS, fmtBytes, fmtMs, ratio, type EndpointResult, type FirstDraw } from './report.ts';

export interface Verdict {
  target: string;
  pass: boolean;
  /** One entry per endpoint that missed, with its figure. */
  misses: string[];
}

const usable = (p: PhaseStats | null): p is PhaseStats => !!p && p.count > 0 && p.errors === 0;

function judgeEach(
  target: string,
  results: readonly EndpointResult[],
  miss: (r: EndpointResult) => string | null,
): Verdict {
  const misses = results.map((r) => (r.ours.error ? `${r.name}: error` : miss(r))).filter((m): m is string => !!m);
  return { target, pass: misses.length === 0, misses };
}

const latency = (p: PhaseStats | null, limit: number, name: string): string | null =>
  !usable(p) ? `${name}: not measured` : p.p95 > limit ? `${name} ${fmtMs(p.p95)}` : null;

function floorMiss(r: EndpointResult): string | null {
  const f = r.floor;
  if (!f || f.error || !usable(f.seq) || !usable(r.ours.seq)) return `${r.name}: no floor`;
  const worst = Math.max(ratio(r.ours.seq.p50, f.seq.p50) ?? Infinity, ratio(r.ours.seq.p95, f.seq.p95) ?? Infinity);
  return worst > TARGETS.floorRatio ? `${r.name} ${worst.toFixed(2)}×` : null;
}

export function judge(
  results: readonly EndpointResult[],
  firstDraw: FirstDraw | { skipped: string },
  withFloors: boolean,
): Verdict[] {
  const verdicts = [
    judgeEach(`every endpoint p95 <= ${TARGETS.seqP95Ms} ms sequentially`, results, (r) =>
      latency(r.ours.seq, TARGETS.seqP95Ms, r.name),
    ),
    judgeEach(`every endpoint p95 <= ${TARGETS.concP95Ms} ms with concurrent clients`, results, (r) =>
      latency(r.ours.conc, TARGETS.concP95Ms, r.name),
    ),
    judgeEach(`every response <= ${fmtBytes(TARGETS.bytes)}`, results, (r) => {
      const bytes = Math.max(r.ours.seq?.bytes ?? 0, r.ours.conc?.bytes ?? 0);
      return bytes > TARGETS.bytes ? `${r.name} ${fmtBytes(bytes)}` : null;
    }),
  ];
  if (withFloors)
    verdicts.push(
      judgeEach(`every endpoint within ${TARGETS.floorRatio}× of its floor (seq p50 and p95)`, results, floorMiss),
    );
  const draw: Verdict =
    'skipped' in firstDraw
      ? { target: `start page draws within ${TARGETS.firstDrawMs} ms`, pass: false, misses: [firstDraw.skipped] }
      : {
          target: `start page draws within ${TARGETS.firstDrawMs} ms`,
          pass: firstDraw.ms <= TARGETS.firstDrawMs,
          misses: firstDraw.ms <= TARGETS.firstDrawMs ? [] : [`median ${fmtMs(firstDraw.ms)}`],
        };
  return [...verdicts, draw];
}

export const formatVerdicts = (vs: readonly Verdict[]): string =>
  vs
    .map((v) => `${v.pass ? 'PASS' : 'MISS'}  ${v.target}${v.misses.length ? `: ${v.misses.join(', ')}` : ''}`)
    .join('\n');
