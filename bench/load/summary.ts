// The whole bench:load report from one run's outcome: header, the tables per phase, the chaos events,
// counts before and after, and the verdicts. Pure apart from reading the clock and load average for the header.
import os from 'node:os';
import type { Result } from '../../lib/neo4j/client.ts';
import { analyse } from './analyse.ts';
import type { LoadBenchArgs } from './args.ts';
import type { Counts } from './counts.ts';
import { ENDPOINTS, FLOOR, WEIGHTS, type Fixture } from './mix.ts';
import { chaosLines, statsTable } from './report.ts';
import type { RunOutcome } from './run.ts';
import { countsVerdict, errorsVerdict, formatVerdicts, latencyVerdict, recoveryVerdict } from './targets.ts';

export const fmtCounts = (c: Result<Counts>): string =>
  c.ok
    ? `${c.value.nodes} nodes, ${c.value.relationships} relationships, ${c.value.claims} claims`
    : `not counted (${c.error.message.split('\n')[0]})`;

function header(args: LoadBenchArgs, f: Fixture, before: Result<Counts>): string {
  const mix = ENDPOINTS.map((e) => `${e} ${WEIGHTS[e]}`).join(', ');
  return [
    `bench:load — ${new Date().toISOString()}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
    `product: npm start (scripts/start.ts) in a child process, fresh store${args.reuse ? ' (--reuse: kept)' : ''}, story data: ${fmtCounts(before)}`,
    `${args.connections} keep-alive connections (node:http, closed loop), mix weights ${mix}; ${f.ids.length} entity ids, ${f.names.length} names`,
    `phases: warm-up ${args.warmupSeconds} s (not counted), steady ${args.seconds} s, chaos ${args.chaos ? `${args.chaosSeconds} s+` : 'skipped'}, settle ${args.settleSeconds} s after recovery`,
    `floor: GET /api/health in the same mix (HTTP stack + one Bolt server-info round trip, no query); earlier p95 = the issue's run at 30 connections`,
  ]
    .map((l) => `- ${l}`)
    .join('\n');
}

/** What each kind of error said, the first time it was seen (one line each, cut). */
const exampleLines = (examples: ReadonlyMap<string, string>): string[] =>
  examples.size === 0
    ? []
    : [
        'errors seen, with the first message of each kind:',
        ...[...examples].map(([k, m]) => `  ${k} — ${m.replace(/\s+/g, ' ').slice(0, 180)}`),
        '',
      ];

export function fullReport(
  args: LoadBenchArgs,
  f: Fixture,
  run: RunOutcome,
  before: Result<Counts>,
  after: Result<Counts> & { source?: string },
): string {
  const killAt = run.kill?.pid ? run.kill.at : null;
  const figures = analyse(
    run.samples,
    run.spans,
    ENDPOINTS,
    killAt !== null && run.recovery ? { at: killAt, recovery: run.recovery } : null,
  );
  const tables = figures.phases.flatMap((p) => [
    `${p.span.name} (${((p.span.to - p.span.from) / 1000).toFixed(1)} s)`,
    statsTable(p.stats),
    '',
  ]);
  if (figures.chaos) tables.push('chaos, outside the kill window', statsTable(figures.chaos.outside), '');
  const chaosFrom = run.spans.find((s) => s.name === 'chaos')?.from ?? 0;
  const gaveUpMs = args.recoverSeconds * 1000;
  const steady =
    figures.phases
      .find((p) => p.span.name === 'steady')
      ?.stats.filter((s) => s.endpoint !== 'all' && s.endpoint !== FLOOR) ?? [];
  const recoveredMs = run.recovery?.recovered && killAt !== null ? run.recovery.recovered - killAt : null;
  const verdicts = [
    errorsVerdict(figures.errorsOutside),
    ...(args.chaos ? [recoveryVerdict(recoveredMs, gaveUpMs, killAt !== null)] : []),
    latencyVerdict(steady, args.connections),
    countsVerdict(before, after),
  ];
  return [
    header(args, f, before),
    '',
    ...tables,
    ...chaosLines(
      { chaosFrom, kill: run.kill, recovery: run.recovery, gaveUpMs, bomb: run.bomb, ingest: run.ingest },
      figures,
    ),
    '',
    ...exampleLines(run.examples),
    `counts before: ${fmtCounts(before)}`,
    `counts after:  ${fmtCounts(after)}${after.source ? ` (${after.source})` : ''}`,
    '',
    formatVerdicts(verdicts),
  ].join('\n');
}
