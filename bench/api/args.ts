// Command-line flags of `npm run bench:api`. Pure so it can be unit-tested.
import { parseFlags, usageOf, type Flag as FlagOf } from '../flags.ts';

export interface ApiBenchArgs {
  entities: number;
  claims: number;
  hubs: number;
  /** Measured requests per endpoint and mode (sequential, concurrent), after the warm-up. */
  requests: number;
  clients: number;
  warmup: number;
  /** Wall-clock cap per endpoint and mode, so one slow endpoint cannot stall the run. */
  maxSeconds: number;
  /** Cold page loads for the first-draw measurement (median). */
  loads: number;
  /** Keep the loaded database from the previous run with the same sizes (skips generate + ingest). */
  reuse: boolean;
  browser: boolean;
  floors: boolean;
  /** Only endpoints whose name contains one of these (all when empty). */
  only: string[];
}

export const DEFAULT_ARGS: ApiBenchArgs = {
  entities: 100_000,
  claims: 1_000_000,
  hubs: 10,
  requests: 200,
  clients: 16,
  warmup: 10,
  maxSeconds: 30,
  loads: 5,
  reuse: false,
  browser: true,
  floors: true,
  only: [],
};

const positiveInt = (v: string, flag: string): number => {
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: expected a positive integer, got "${v}"`);
  return n;
};

type Flag = FlagOf<ApiBenchArgs>;

const intFlag = (name: string, key: keyof ApiBenchArgs): Flag => ({
  name,
  takesValue: true,
  apply: (a, v) => ({ ...a, [key]: positiveInt(v, name) }),
});

const FLAGS: readonly Flag[] = [
  intFlag('--entities', 'entities'),
  intFlag('--claims', 'claims'),
  intFlag('--hubs', 'hubs'),
  intFlag('--requests', 'requests'),
  intFlag('--clients', 'clients'),
  intFlag('--warmup', 'warmup'),
  intFlag('--max-seconds', 'maxSeconds'),
  intFlag('--loads', 'loads'),
  { name: '--reuse', takesValue: false, apply: (a) => ({ ...a, reuse: true }) },
  { name: '--no-browser', takesValue: false, apply: (a) => ({ ...a, browser: false }) },
  { name: '--no-floors', takesValue: false, apply: (a) => ({ ...a, floors: false }) },
  {
    name: '--only',
    takesValue: true,
    apply: (a, v) => ({
      ...a,
      only: v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }),
  },
];

export const USAGE = usageOf('bench:api', FLAGS);

export function parseArgs(argv: readonly string[]): ApiBenchArgs {
  const args = parseFlags(argv, FLAGS, DEFAULT_ARGS, USAGE);
  if (args.hubs > args.entities) throw new Error('--hubs cannot exceed --entities');
  return args;
}
