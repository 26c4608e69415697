// Command-line flags of `npm run bench:load`. Pure so it can be unit-tested.
import { parseFlags, usageOf, type Flag as FlagOf } from '../flags.ts';

export interface LoadBenchArgs {
  /** Concurrent request loops (each a keep-alive connection). */
  connections: number;
  /** Length of the steady phase, the one the p95 target is judged on. */
  seconds: number;
  warmupSeconds: number;
  /** Length of the chaos phase (kill -9 of the JVM, console bomb, concurrent ingest). */
  chaosSeconds: number;
  /** How long after the kill the stack may take to answer again before the bench gives up on it. */
  recoverSeconds: number;
  /** Load after recovery, to see the error rate stay at 0. */
  settleSeconds: number;
  /** Keep the store of the previous run (skips the auto-ingest of data/). */
  reuse: boolean;
  chaos: boolean;
}

export const DEFAULT_ARGS: LoadBenchArgs = {
  connections: 50,
  seconds: 30,
  warmupSeconds: 5,
  chaosSeconds: 30,
  recoverSeconds: 60,
  settleSeconds: 5,
  reuse: false,
  chaos: true,
};

const positiveInt = (v: string, flag: string): number => {
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: expected a positive integer, got "${v}"`);
  return n;
};

type Flag = FlagOf<LoadBenchArgs>;

const intFlag = (name: string, key: keyof LoadBenchArgs): Flag => ({
  name,
  takesValue: true,
  apply: (a, v) => ({ ...a, [key]: positiveInt(v, name) }),
});

const FLAGS: readonly Flag[] = [
  intFlag('--connections', 'connections'),
  intFlag('--seconds', 'seconds'),
  intFlag('--warmup', 'warmupSeconds'),
  intFlag('--chaos-seconds', 'chaosSeconds'),
  intFlag('--recover-seconds', 'recoverSeconds'),
  intFlag('--settle', 'settleSeconds'),
  { name: '--reuse', takesValue: false, apply: (a) => ({ ...a, reuse: true }) },
  { name: '--no-chaos', takesValue: false, apply: (a) => ({ ...a, chaos: false }) },
];

export const USAGE = usageOf('bench:load', FLAGS);

/** The chaos schedule needs room: the kill at +5 s and the bomb and ingest at +15 s. */
export const CHAOS_AT = { killMs: 5_000, bombMs: 15_000 } as const;

export function parseArgs(argv: readonly string[]): LoadBenchArgs {
  const args = parseFlags(argv, FLAGS, DEFAULT_ARGS, USAGE);
  if (args.chaos && args.chaosSeconds * 1000 <= CHAOS_AT.bombMs)
    throw new Error(`--chaos-seconds must exceed ${CHAOS_AT.bombMs / 1000} (the bomb and ingest start at +15 s)`);
  return args;
}
