// Deterministic layouts: Math.random is swapped for a seeded PRNG while a layout runs.

import { mulberry32 } from '../../../lib/util/prng.ts';

/** Runs `fn` with a seeded Math.random and always restores the original. */
export const withSeededRandom = <T>(seed: number, fn: () => T): T => {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
};
