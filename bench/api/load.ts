// Sequential and concurrent request loops around one probe, bounded by count and wall clock.
import { percentile } from '../render/stats.ts';

/** One request: resolves to the response size in bytes, throws on any failure. */
export type Probe = () => Promise<number>;

export interface PhaseStats {
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** Largest response seen, in bytes. */
  bytes: number;
  errors: number;
  firstError: string | null;
  /** The wall-clock cap ended the phase before `requests` were made. */
  capped: boolean;
}

export interface Sample {
  ms: number;
  bytes: number;
}

export function summarize(samples: readonly Sample[], errors: string[], capped: boolean): PhaseStats {
  const ms = samples.map((s) => s.ms);
  return {
    count: samples.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms.length ? Math.max(...ms) : Number.NaN,
    bytes: samples.reduce((m, s) => Math.max(m, s.bytes), 0),
    errors: errors.length,
    firstError: errors[0] ?? null,
    capped,
  };
}

export interface LoopOptions {
  requests: number;
  maxMs: number;
}

/** A phase stops early when every request so far failed: a broken endpoint costs a few requests, not hundreds. */
const hopeless = (samples: readonly Sample[], errors: readonly string[]): boolean =>
  samples.length === 0 && errors.length >= 3;

async function timed(probe: Probe, samples: Sample[], errors: string[]): Promise<void> {
  const t = performance.now();
  try {
    const bytes = await probe();
    samples.push({ ms: performance.now() - t, bytes });
  } catch (e) {
    errors.push(e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}

/** Warm-up requests are made and dropped (within a third of the phase cap); failures are reported. */
export async function warmUp(probe: Probe, count: number, maxMs: number): Promise<string | null> {
  const deadline = performance.now() + maxMs / 3;
  const samples: Sample[] = [];
  const errors: string[] = [];
  for (let i = 0; i < Math.max(1, count) && performance.now() < deadline && !hopeless(samples, errors); i++)
    await timed(probe, samples, errors);
  return samples.length === 0 ? (errors[0] ?? 'no warm-up request finished in time') : null;
}

export async function sequential(probe: Probe, opts: LoopOptions): Promise<PhaseStats> {
  const deadline = performance.now() + opts.maxMs;
  const samples: Sample[] = [];
  const errors: string[] = [];
  let made = 0;
  for (; made < opts.requests && performance.now() < deadline && !hopeless(samples, errors); made++)
    await timed(probe, samples, errors);
  return summarize(samples, errors, made < opts.requests && !hopeless(samples, errors));
}

/** `clients` loops share one request budget, so the total is `requests` as in the sequential phase. */
export async function concurrent(probe: Probe, opts: LoopOptions & { clients: number }): Promise<PhaseStats> {
  const deadline = performance.now() + opts.maxMs;
  const samples: Sample[] = [];
  const errors: string[] = [];
  let started = 0;
  const client = async (): Promise<void> => {
    while (started < opts.requests && performance.now() < deadline && !hopeless(samples, errors)) {
      started++;
      await timed(probe, samples, errors);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  return summarize(samples, errors, started < opts.requests && !hopeless(samples, errors));
}
