// The bench:api table and the verdict per target. Pure: figures in, text out.
import { RESPONSE_BUDGET } from '../../lib/model/wire.ts';
import { table } from '../render/report.ts';
import type { PhaseStats } from './load.ts';

export const TARGETS = {
  seqP95Ms: 25,
  concP95Ms: 100,
  bytes: RESPONSE_BUDGET,
  floorRatio: 2,
  firstDrawMs: 1000,
} as const;

export interface Measured {
  seq: PhaseStats | null;
  conc: PhaseStats | null;
  /** Set when the endpoint could not be measured at all (setup or warm-up failed). */
  error: string | null;
  /** Why a phase was left out, e.g. no concurrent run for an endpoint that takes seconds. */
  note: string | null;
}

export interface EndpointResult {
  name: string;
  ours: Measured;
  floor: Measured | null;
}

export interface FirstDraw {
  ms: number;
  runs: number[];
  nodes: number;
  edges: number;
}

export const fmtMs = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x)
    ? '—'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : x < 10
        ? `${x.toFixed(1)} ms`
        : `${Math.round(x)} ms`;

export const fmtBytes = (b: number | null | undefined): string =>
  b === null || b === undefined || Number.isNaN(b) ? '—' : b < 1024 ? `${b} B` : `${(b / 1024).toFixed(1)} kB`;

export const ratio = (ours: number | undefined, floor: number | undefined): number | null =>
  ours === undefined || floor === undefined || !(floor > 0) || Number.isNaN(ours) ? null : ours / floor;

const fmtRatio = (r: number | null): string => (r === null ? '—' : `${r.toFixed(2)}×`);

/** Why a phase's figures are incomplete: errors, or the wall-clock cap. */
const phaseNote = (label: string, p: PhaseStats | null): string[] =>
  !p
    ? []
    : [
        ...(p.errors ? [`${label}: ${p.errors} failed (${p.firstError})`] : []),
        ...(p.capped ? [`${label}: ${p.count} req (time cap)`] : []),
      ];

export function notesOf(r: EndpointResult): string[] {
  return [
    ...(r.ours.error ? [`ERROR ${r.ours.error}`] : []),
    ...(r.ours.note ? [r.ours.note] : []),
    ...phaseNote('seq', r.ours.seq),
    ...phaseNote('16c', r.ours.conc),
    ...(r.floor?.error ? [`floor ERROR ${r.floor.error}`] : []),
    ...(r.floor?.note ? [`floor ${r.floor.note}`] : []),
    ...phaseNote('floor seq', r.floor?.seq ?? null),
    ...phaseNote('floor 16c', r.floor?.conc ?? null),
  ];
}

export function endpointTable(results: readonly EndpointResult[], clients: number): string {
  const c = `${clients}c`;
  const rows = [
    ['endpoint', 'seq p50', 'seq p95', `${c} p50`, `${c} p95`, 'bytes', 'floor p50', 'ratio p50 / p95', 'notes'],
  ];
  for (const r of results) {
    const { seq, conc } = r.ours;
    const f = r.floor?.seq ?? undefined;
    rows.push([
      r.name,
      fmtMs(seq?.p50),
      fmtMs(seq?.p95),
      fmtMs(conc?.p50),
      fmtMs(conc?.p95),
      fmtBytes(Math.max(seq?.bytes ?? 0, conc?.bytes ?? 0) || undefined),
      fmtMs(f?.p50),
      `${fmtRatio(ratio(seq?.p50, f?.p50))} / ${fmtRatio(ratio(seq?.p95, f?.p95))}`,
      notesOf(r).join('; '),
    ]);
  }
  return table(rows);
}

export function floorTable(results: readonly EndpointResult[], clients: number): string {
  const c = `${clients}c`;
  const rows = [['endpoint', 'floor seq p50', 'floor seq p95', `floor ${c} p50`, `floor ${c} p95`, `ratio ${c} p95`]];
  for (const r of results) {
    const f = r.floor;
    rows.push([
      r.name,
      fmtMs(f?.seq?.p50),
      fmtMs(f?.seq?.p95),
      fmtMs(f?.conc?.p50),
      fmtMs(f?.conc?.p95),
      fmtRatio(ratio(r.ours.conc?.p95, f?.conc?.p95)),
    ]);
  }
  return table(rows);
}
