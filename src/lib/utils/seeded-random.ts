/**
 * mulberry32: a tiny, fast seeded PRNG with good enough spread for picking dates, words and
 * tags. Math.random cannot be seeded, and the benchmark's corpus and the tests' generated
 * archives must be the same on every machine and every run.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
