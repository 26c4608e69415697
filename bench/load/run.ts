// The phases on one clock: warm-up (not counted), steady, chaos (kill -9 at +5 s; once recovered, and not
// before +15 s, a console bomb and a concurrent ingest, which need a database to mean anything; then load
// until the chaos time is up), and a settle phase after recovery.
import { CHAOS_AT, type LoadBenchArgs } from './args.ts';
import { concurrentIngest, consoleBomb, killJvm, type EventOutcome, type KillOutcome } from './chaos.ts';
import { startLoad } from './generator.ts';
import { createClient, type Client } from './http.ts';
import { FLOOR, requestMix, type Fixture } from './mix.ts';
import { recoveryOf, type PhaseSpan, type Recovery } from './phases.ts';
import type { Product } from './product.ts';
import type { Sample } from './stats.ts';

export interface RunOutcome {
  spans: PhaseSpan[];
  samples: Sample[];
  examples: Map<string, string>;
  kill: KillOutcome | null;
  recovery: Recovery | null;
  bomb: EventOutcome | null;
  ingest: EventOutcome | null;
}

/** Error-free time after the first success that counts as "the error rate is back to 0". */
export const QUIET_MS = 1_000;
const INGEST_CAP_MS = 120_000;

const sleepUntil = (t: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));

async function waitForRecovery(samples: readonly Sample[], killAt: number, deadline: number): Promise<Recovery> {
  const check = () =>
    recoveryOf(samples, {
      killAt,
      observedUntil: performance.now(),
      quietMs: QUIET_MS,
      provesDb: (e) => e !== FLOOR,
    });
  for (let r = check(); ; r = check()) {
    if (r.recovered !== null || performance.now() >= deadline) return r;
    await sleepUntil(performance.now() + 250);
  }
}

interface Chaos {
  kill: KillOutcome;
  recovery: Recovery | null;
  bomb: Promise<EventOutcome>;
  ingest: Promise<EventOutcome>;
}

async function chaos(product: Product, samples: Sample[], from: number, args: LoadBenchArgs): Promise<Chaos> {
  const origin = new URL(product.url).origin;
  await sleepUntil(from + CHAOS_AT.killMs);
  const kill = killJvm(product);
  const recovery =
    kill.pid === null ? null : await waitForRecovery(samples, kill.at, kill.at + args.recoverSeconds * 1000);
  await sleepUntil(from + CHAOS_AT.bombMs);
  const bombClient: Client = createClient(product.url, 1, 60_000);
  const bomb = consoleBomb(bombClient, origin).finally(() => bombClient.close());
  const ingest = concurrentIngest(INGEST_CAP_MS);
  // Load goes on while the bomb and the ingest run: they must not disturb anyone else.
  await sleepUntil(Math.max(from + args.chaosSeconds * 1000, performance.now() + 10_000));
  return { kill, recovery, bomb, ingest };
}

export async function runPhases(
  product: Product,
  client: Client,
  f: Fixture,
  args: LoadBenchArgs,
  log: (s: string) => void,
): Promise<RunOutcome> {
  const origin = new URL(product.url).origin;
  const load = startLoad(
    client,
    Array.from({ length: args.connections }, (_, i) => requestMix(f, origin, i + 1)),
  );
  const t0 = performance.now();
  const warmup: PhaseSpan = { name: 'warmup', from: t0, to: t0 + args.warmupSeconds * 1000 };
  const steady: PhaseSpan = { name: 'steady', from: warmup.to, to: warmup.to + args.seconds * 1000 };
  const spans = [warmup, steady];
  log(`load: ${args.connections} connections; warm-up ${args.warmupSeconds} s, steady ${args.seconds} s…`);
  await sleepUntil(steady.to);
  if (!args.chaos) {
    await load.stop();
    return {
      spans,
      samples: load.samples,
      examples: load.examples,
      kill: null,
      recovery: null,
      bomb: null,
      ingest: null,
    };
  }
  log(`chaos: kill -9 at +${CHAOS_AT.killMs / 1000} s, bomb and ingest at +${CHAOS_AT.bombMs / 1000} s…`);
  const c = await chaos(product, load.samples, steady.to, args);
  const chaosSpan: PhaseSpan = { name: 'chaos', from: steady.to, to: performance.now() };
  spans.push(chaosSpan);
  if (c.recovery?.recovered) {
    log(`recovered; settle ${args.settleSeconds} s…`);
    await sleepUntil(chaosSpan.to + args.settleSeconds * 1000);
    spans.push({ name: 'settle', from: chaosSpan.to, to: performance.now() });
  } else log(`no recovery within ${args.recoverSeconds} s of the kill; stopping the load`);
  await load.stop();
  const [bomb, ingest] = await Promise.all([c.bomb, c.ingest]);
  return { spans, samples: load.samples, examples: load.examples, kill: c.kill, recovery: c.recovery, bomb, ingest };
}
