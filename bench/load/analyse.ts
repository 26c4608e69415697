// From the raw run (samples, phase spans, chaos events) to the figures the report prints: stats per phase
// and endpoint, the kill window, and the errors outside it. Pure.
import { type KillWindow, type PhaseSpan, type Recovery, samplesOf, seconds, splitByWindow } from './phases.ts';
import { countErrors, statsByEndpoint, type EndpointStats, type Sample } from './stats.ts';

export interface PhaseFigures {
  span: PhaseSpan;
  stats: EndpointStats[];
}

export interface ChaosFigures {
  window: KillWindow;
  /** Requests in flight during the kill window, and what failed among them. */
  inside: { requests: number; byError: Record<string, number> };
  /** The chaos phase's requests outside the kill window (before the kill, after recovery). */
  outside: EndpointStats[];
}

export interface Figures {
  phases: PhaseFigures[];
  chaos: ChaosFigures | null;
  /** Errors in the steady and settle phases and in the chaos phase outside the kill window. */
  errorsOutside: { errors: number; requests: number; byError: Record<string, number> };
}

export function analyse(
  samples: readonly Sample[],
  spans: readonly PhaseSpan[],
  endpoints: readonly string[],
  kill: { at: number; recovery: Recovery } | null,
): Figures {
  const counted = spans.filter((s) => s.name !== 'warmup');
  const phases = counted.map((span) => ({
    span,
    stats: statsByEndpoint(endpoints, samplesOf(samples, span), seconds(span)),
  }));
  const clean: Sample[] = counted.filter((s) => s.name !== 'chaos').flatMap((s) => samplesOf(samples, s));
  let chaos: ChaosFigures | null = null;
  const chaosSpan = spans.find((s) => s.name === 'chaos');
  if (kill && chaosSpan) {
    const window = { from: kill.at, to: kill.recovery.recovered ?? Infinity };
    const { inside, outside } = splitByWindow(samplesOf(samples, chaosSpan), window);
    const outsideSeconds = seconds(chaosSpan) - (Math.min(window.to, chaosSpan.to) - window.from) / 1000;
    chaos = {
      window,
      inside: { requests: inside.length, byError: countErrors(inside) },
      outside: statsByEndpoint(endpoints, outside, outsideSeconds),
    };
    clean.push(...outside);
  } else if (chaosSpan) clean.push(...samplesOf(samples, chaosSpan));
  const byError = countErrors(clean);
  const errors = Object.values(byError).reduce((a, b) => a + b, 0);
  return { phases, chaos, errorsOutside: { errors, requests: clean.length, byError } };
}
