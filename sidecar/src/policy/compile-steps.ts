/**
 * Runs work written as a generator that yields between small steps: all at once, or in
 * slices that give the event loop back between them — so compiling a huge policy on the
 * thread that serves decisions delays no decision by more than a slice.
 */

/** Work that yields between steps and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Runs the steps to the end, synchronously.
 *
 * @example
 * ```ts
 * const result = runToEnd(compilePolicySteps(doc, meta));
 * ```
 */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, yielding to the event loop between slices.
 *
 * @example
 * ```ts
 * const result = await runInSlices(compilePolicySteps(doc, meta));
 * ```
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 5): Promise<T> {
  let deadline = performance.now() + sliceMs;
  for (let n = 1; ; n++) {
    const next = steps.next();
    if (next.done) return next.value;
    // Reading the clock costs about as much as a step: look every 64 steps.
    if (n % 64 === 0 && performance.now() >= deadline) {
      await new Promise((resolve) => setImmediate(resolve));
      deadline = performance.now() + sliceMs;
    }
  }
}
