/**
 * A seeded source of random integers for property tests (mulberry32): the same sequence on every
 * run, and every bit of it random.
 *
 * Tests here once each wrote `seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n`.
 * The product outgrows a double's 53 bits, so it is rounded to a multiple of 256 and the low
 * eight bits of every draw are 12345's: `random(4)` returned one value forever, and the
 * DecisionSlots model test drew a sequence in which the table never held more than six ids.
 *
 * @example
 * ```ts
 * const random = seededRandom(7);
 * random(4); // 0, 1, 2 or 3, the same on every run
 * ```
 */
export function seededRandom(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n);
  };
}

/**
 * The same source as a number in [0, 1), for tests that scale their own draws.
 *
 * @example
 * ```ts
 * const next = seededUnit(1);
 * next(); // 0 <= x < 1, the same on every run
 * ```
 */
export function seededUnit(seed: number): () => number {
  const random = seededRandom(seed);
  return () => random(2 ** 32) / 2 ** 32;
}
