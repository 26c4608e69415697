// Command-line flags of `npm run bench:render`. Pure so it can be unit-tested.
import type { RendererKind } from './protocol.ts';
import { parseFlags, usageOf, type Flag as FlagOf } from '../flags.ts';

export interface BenchArgs {
  sizes: number[];
  renderers: RendererKind[];
  seed: number;
  /** Real app to time the seed view against, e.g. http://127.0.0.1:5173/ */
  url: string | undefined;
  json: string | undefined;
  /** Skip the production build (it takes a while and writes nothing into the repo). */
  bundle: boolean;
  /** false (--no-scale): baseline without the scale tier and style patch, for before/after comparisons. */
  scale: boolean;
  /** Wall-clock cap for each gesture phase (pan, zoom). */
  gestureMs: number;
  /** Cap for first render and for layout, each. */
  stepTimeoutMs: number;
}

export const DEFAULT_ARGS: BenchArgs = {
  sizes: [1000, 5000, 20000],
  renderers: ['canvas', 'webgl'],
  seed: 1,
  url: undefined,
  json: undefined,
  bundle: true,
  scale: true,
  gestureMs: 15_000,
  stepTimeoutMs: 150_000,
};

const positiveInts = (s: string, flag: string): number[] => {
  const xs = s.split(',').map((x) => Number(x.trim()));
  if (xs.length === 0 || xs.some((x) => !Number.isInteger(x) || x <= 0))
    throw new Error(`${flag}: expected positive integers, got "${s}"`);
  return xs;
};

type Flag = FlagOf<BenchArgs>;

const FLAGS: readonly Flag[] = [
  { name: '--sizes', takesValue: true, apply: (a, v) => ({ ...a, sizes: positiveInts(v, '--sizes') }) },
  {
    name: '--renderers',
    takesValue: true,
    apply: (a, v) => {
      const rs = v.split(',').map((x) => x.trim());
      if (rs.length === 0 || rs.some((r) => r !== 'canvas' && r !== 'webgl'))
        throw new Error(`--renderers: expected canvas and/or webgl, got "${v}"`);
      return { ...a, renderers: rs as RendererKind[] };
    },
  },
  { name: '--seed', takesValue: true, apply: (a, v) => ({ ...a, seed: positiveInts(v, '--seed')[0] as number }) },
  { name: '--url', takesValue: true, apply: (a, v) => ({ ...a, url: new URL(v).toString() }) },
  { name: '--json', takesValue: true, apply: (a, v) => ({ ...a, json: v }) },
  { name: '--no-bundle', takesValue: false, apply: (a) => ({ ...a, bundle: false }) },
  { name: '--no-scale', takesValue: false, apply: (a) => ({ ...a, scale: false }) },
  {
    name: '--gesture-ms',
    takesValue: true,
    apply: (a, v) => ({ ...a, gestureMs: positiveInts(v, '--gesture-ms')[0] as number }),
  },
  {
    name: '--step-timeout-ms',
    takesValue: true,
    apply: (a, v) => ({ ...a, stepTimeoutMs: positiveInts(v, '--step-timeout-ms')[0] as number }),
  },
];

export const USAGE = usageOf('bench:render', FLAGS);

export function parseArgs(argv: readonly string[]): BenchArgs {
  return parseFlags(argv, FLAGS, DEFAULT_ARGS, USAGE);
}
