/**
 * What a caller reads when a limit denies: which limit, how it is set, and when to retry.
 */
import type { CompiledLimit } from "./limit-compiler.js";
import type { LimitContext } from "./limit-keys.js";

/**
 * The message of a limit's deny.
 *
 * @example
 * ```ts
 * denialMessage(limit, { remaining: 0, retryAfterMs: 1200 }, ctx, 0); // "rate limit … retry in 2 s"
 * ```
 */
export function denialMessage(
  limit: CompiledLimit,
  status: { readonly remaining: number; readonly retryAfterMs: number },
  ctx: LimitContext,
  reserved: number,
): string {
  const retry = status.retryAfterMs > 0 ? `; retry in ${formatMs(status.retryAfterMs)}` : "";
  const target = `${ctx.server}/${ctx.tool}`;
  switch (limit.kind) {
    case "rate":
      return `rate limit ${limit.name} (${limit.rate!.count} per ${formatMs(limit.rate!.periodMs)}, burst ${limit.rate!.burst}) is exhausted for ${target}${retry}`;
    case "tokens": {
      const estimate = ctx.estimatedTokens > 0 ? `this call estimates ${reserved}` : `this call reserves the default estimate, ${reserved}`;
      return `token budget ${limit.name} (${limit.tokens!.amount} per ${limit.tokens!.period}) has ${status.remaining} tokens left; ${estimate}${retry}`;
    }
    case "steps":
      return `workflow '${ctx.workflowId}' has used all ${limit.steps} steps allowed by ${limit.name} for ${target}; stop, or start a new workflow`;
    case "duplicate":
      return `${target} was already called with the same arguments by '${ctx.subject}' within ${formatMs(limit.windowMs!)} (${limit.name})${retry}`;
  }
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.ceil(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.ceil(ms / 60_000)} min`;
  return `${Math.ceil(ms / 3_600_000)} h`;
}
