/**
 * Per-call latency measured in this process, for scenarios that report what a runner's loop
 * would blur: every variant runs `batch` calls per round, rounds alternate the variants' order
 * (so neither side of a pair always runs right after the other), and each variant's p50 and
 * p99 are the medians over rounds.
 */

/** p50 and p99 of one variant, in microseconds. */
export interface InProcessLatency {
  readonly p50: number;
  readonly p99: number;
}

/**
 * Measures `calls` interleaved.
 *
 * @example
 * ```ts
 * const { direct } = await interleavedLatency(["direct", "router"] as const, calls, 21, 1000);
 * direct.p50; // µs
 * ```
 */
export async function interleavedLatency<Id extends string>(
  ids: readonly Id[],
  calls: Readonly<Record<Id, () => Promise<unknown>>>,
  rounds: number,
  batch: number,
): Promise<Record<Id, InProcessLatency>> {
  const seen = new Map<Id, { p50: number[]; p99: number[] }>(ids.map((id) => [id, { p50: [], p99: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const id of r % 2 === 0 ? ids : [...ids].reverse()) {
      const latencies = new Float64Array(batch);
      for (let i = 0; i < batch; i++) {
        const t0 = performance.now();
        await calls[id]();
        latencies[i] = (performance.now() - t0) * 1000;
      }
      latencies.sort();
      seen.get(id)!.p50.push(latencies[Math.floor(batch / 2)]!);
      seen.get(id)!.p99.push(latencies[Math.min(batch - 1, Math.floor(batch * 0.99))]!);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(ids.map((id) => [id, { p50: median(seen.get(id)!.p50), p99: median(seen.get(id)!.p99) }])) as Record<Id, InProcessLatency>;
}
