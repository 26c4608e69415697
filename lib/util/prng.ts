// mulberry32: a tiny, fast, seeded PRNG. Shared by the web layouts (deterministic runs) and the benches
// (deterministic synthetic data); imported by the browser bundle, so keep it free of Node APIs.

/** Returns a generator of floats in [0, 1) that repeats exactly for the same seed. */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
