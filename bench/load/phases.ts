// Which phase a request belongs to (by when it started), and the kill window: from the kill -9 until the
// stack answers a database request again and a full quiet period passes without a failed request.
import { isOk, type Sample } from './stats.ts';

export type PhaseName = 'warmup' | 'steady' | 'chaos' | 'settle';

export interface PhaseSpan {
  name: PhaseName;
  from: number;
  to: number;
}

export const seconds = (p: PhaseSpan): number => (p.to - p.from) / 1000;

export function samplesOf(samples: readonly Sample[], span: PhaseSpan): Sample[] {
  return samples.filter((s) => s.start >= span.from && s.start < span.to);
}

export interface Recovery {
  /** End of the first successful database request that started after the kill. */
  firstOk: number | null;
  /** From here on no request failed for `quietMs`; null while not (yet) seen. */
  recovered: number | null;
}

export interface RecoveryOptions {
  killAt: number;
  /** Requests observed up to this time (the quiet period must fit before it). */
  observedUntil: number;
  quietMs: number;
  /** Endpoints whose success proves the database answers (not the floor). */
  provesDb: (endpoint: string) => boolean;
}

export function recoveryOf(samples: readonly Sample[], o: RecoveryOptions): Recovery {
  const after = samples.filter((s) => s.end > o.killAt);
  const oks = after.filter((s) => s.start >= o.killAt && isOk(s) && o.provesDb(s.endpoint)).map((s) => s.end);
  if (oks.length === 0) return { firstOk: null, recovered: null };
  const firstOk = Math.min(...oks);
  const errorEnds = after
    .filter((s) => !isOk(s))
    .map((s) => s.end)
    .sort((a, b) => a - b);
  let t = firstOk;
  for (const end of errorEnds) {
    if (end <= t) continue;
    // A failure further than the quiet period after t is a new incident, not part of this outage.
    if (end > t + o.quietMs) break;
    t = end;
  }
  return { firstOk, recovered: t + o.quietMs <= o.observedUntil ? t : null };
}

export interface KillWindow {
  from: number;
  /** Infinity when the stack did not recover. */
  to: number;
}

/** A request is inside the window when it was in flight at any moment of it. */
export function splitByWindow(samples: readonly Sample[], w: KillWindow): { inside: Sample[]; outside: Sample[] } {
  const inside: Sample[] = [];
  const outside: Sample[] = [];
  for (const s of samples) (s.start < w.to && s.end > w.from ? inside : outside).push(s);
  return { inside, outside };
}
