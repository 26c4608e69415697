// The bench:load report: a table per phase (requests/s, p50/p95/p99, errors, p95 as a ratio to the floor's
// in the same phase), the chaos events, the counts before and after, then the verdicts. Pure: figures in, text out.
import { fmtMs } from '../api/report.ts';
import { table } from '../render/report.ts';
import type { Figures } from './analyse.ts';
import type { EventOutcome, KillOutcome } from './chaos.ts';
import { FLOOR } from './mix.ts';
import type { Recovery } from './phases.ts';
import type { EndpointStats } from './stats.ts';

/** The issue author's figures (30 connections, 30 s, generator on the same 2 cores): context, not a ratio. */
export const EARLIER_P95_MS: Record<string, number> = { search: 41, expand: 128, entities: 138, seed: 312, cypher: 55 };

const errorText = (s: EndpointStats): string =>
  s.errors === 0
    ? '0'
    : `${s.errors} (${Object.entries(s.byError)
        .map(([k, n]) => `${n} × ${k}`)
        .join(', ')})`;

export function statsTable(rows: readonly EndpointStats[]): string {
  const floor = rows.find((r) => r.endpoint === FLOOR);
  const head = [
    'endpoint',
    'requests',
    'req/s',
    'p50',
    'p95',
    'p99',
    'max',
    'p95 / floor p95',
    'earlier p95',
    'errors',
  ];
  const body = rows.map((r) => [
    r.endpoint,
    String(r.requests),
    r.rps.toFixed(1),
    fmtMs(r.p50),
    fmtMs(r.p95),
    fmtMs(r.p99),
    fmtMs(r.max),
    r.endpoint === FLOOR || !floor || !(floor.p95 > 0) || Number.isNaN(r.p95)
      ? ''
      : `${(r.p95 / floor.p95).toFixed(2)}×`,
    EARLIER_P95_MS[r.endpoint] === undefined ? '' : `${EARLIER_P95_MS[r.endpoint]} ms`,
    errorText(r),
  ]);
  return table([head, ...body]);
}

const since = (t: number | null, from: number): string => (t === null ? '—' : `+${((t - from) / 1000).toFixed(1)} s`);

export interface ChaosEvents {
  chaosFrom: number;
  kill: KillOutcome | null;
  recovery: Recovery | null;
  gaveUpMs: number;
  bomb: EventOutcome | null;
  ingest: EventOutcome | null;
}

export function chaosLines(e: ChaosEvents, f: Figures): string[] {
  const lines: string[] = [];
  const k = e.kill;
  if (!k) return ['chaos: skipped (--no-chaos)'];
  lines.push(
    k.pid === null
      ? `kill -9: ${k.error}`
      : `kill -9 of the JVM (pid ${k.pid}) at ${since(k.at, e.chaosFrom)} of chaos`,
  );
  const r = e.recovery;
  lines.push(
    `first 200 on a database endpoint: ${r?.firstOk ? `${((r.firstOk - k.at) / 1000).toFixed(1)} s after the kill` : `none within ${e.gaveUpMs / 1000} s`}; ` +
      `error rate back to 0: ${r?.recovered ? `${((r.recovered - k.at) / 1000).toFixed(1)} s after the kill` : `not within ${e.gaveUpMs / 1000} s`}`,
  );
  if (f.chaos) {
    const errs = Object.entries(f.chaos.inside.byError).map(([c, n]) => `${n} × ${c}`);
    lines.push(`in the kill window: ${f.chaos.inside.requests} requests, failed: ${errs.join(', ') || 'none'}`);
  }
  const ev = (name: string, o: EventOutcome | null) =>
    o
      ? `${name} at ${since(o.at, e.chaosFrom)}: ${o.code ?? 'no code'} after ${fmtMs(o.ms)}${o.detail ? `, ${o.detail}` : ''}`
      : `${name}: not run`;
  lines.push(ev('console bomb (POST /api/cypher RETURN range(1, 50000000))', e.bomb));
  lines.push(ev('concurrent ingest of data/ (exit code)', e.ingest));
  return lines;
}

// Shared with the other benchmarks, so every one formats and ranks the same way.
export { fmtMs };
