/**
 * Which limits cover a call, and the state operation each becomes: its key (who and what
 * it counts) and its parameters (including the tokens a budget reserves).
 */
import type { JsonObject } from "@bufbuild/protobuf";
import canonicalize from "canonicalize";
import { hash } from "node:crypto";
import type { CompiledLimit } from "./limit-compiler.js";
import { STEP_COUNTER_TTL_MS, type LimitOp } from "./state-store.js";

/** Who is calling what, for limits. */
export interface LimitContext {
  readonly subject: string;
  readonly roles: readonly string[];
  readonly team: string | undefined;
  /** The real server and tool (behind any virtual server). */
  readonly server: string;
  readonly tool: string;
  readonly workflowId: string;
  readonly args: JsonObject | undefined;
  /** The caller's estimate; 0 means none was given. */
  readonly estimatedTokens: number;
  readonly dryRun: boolean;
  /** Becomes the budget reservation's id, settled by RecordAudit. */
  readonly decisionId: string;
}

/**
 * A request limits cannot decide, e.g. a call without `estimated_tokens` under a budget
 * that requires one. The message names the field and says what to send.
 *
 * @example
 * ```ts
 * if (err instanceof LimitRequestError) throw new ConnectError(err.message, Code.InvalidArgument);
 * ```
 */
export class LimitRequestError extends Error {
  override readonly name = "LimitRequestError";
}

/**
 * Whether a limit covers a call.
 *
 * @example
 * ```ts
 * const applicable = policy.limits.filter((limit) => applies(limit, ctx));
 * ```
 */
export function applies(limit: CompiledLimit, ctx: LimitContext): boolean {
  const scope = limit.scope;
  if (scope.kind === "subject" && scope.value !== ctx.subject) return false;
  if (scope.kind === "role" && !ctx.roles.includes(scope.value)) return false;
  if (scope.kind === "team" && scope.value !== ctx.team) return false;
  // Step caps count the calls of one workflow; a call without a workflow id has none to count.
  if (limit.kind === "steps" && ctx.workflowId === "") return false;
  const target = `${ctx.server}/${ctx.tool}`;
  return limit.tools.some((pattern) => pattern.matches(target));
}

/**
 * The operations of the limits that cover a call. Throws {@link LimitRequestError} when an
 * enforced budget needs an estimate the call did not give.
 *
 * @example
 * ```ts
 * const ops = toOps(applicable, ctx);
 * ```
 */
export function toOps(applicable: readonly CompiledLimit[], ctx: LimitContext): LimitOp[] {
  const argsHash = applicable.some((l) => l.kind === "duplicate") ? hashArguments(ctx.args) : "";
  return applicable.map((limit) => toOp(limit, ctx, argsHash));
}

/**
 * SHA-256 of the arguments' canonical JSON (RFC 8785): key order does not matter, values never
 * reach the store. Any JSON the caller sent has a hash: what RFC 8785 refuses is serialized by
 * {@link lenientCanonical} instead, so equal arguments still hash alike and unequal ones apart.
 */
function hashArguments(args: JsonObject | undefined): string {
  let text: string | undefined;
  try {
    text = canonicalize(args ?? {});
  } catch {
    // RFC 8785 has no text for a lone surrogate ("\ud800" is valid JSON text) nor for a number
    // JSON cannot say (Infinity, from 1e999 in a body parsed elsewhere). canonicalize stays the
    // first choice so that every other call keeps the key it had before.
    text = lenientCanonical(args ?? {});
  }
  return hash("sha256", text ?? "{}", "base64url");
}

/**
 * RFC 8785's serialization (keys sorted by UTF-16 code units, ECMAScript number and string
 * forms) extended to what it refuses: a lone surrogate, in a key or a value, is written as
 * JSON.stringify writes it (`\ud800`, so it cannot collide with the two-character escape text
 * a caller might send, which is written `\\ud800`), and a non-finite number as its name, a string.
 */
function lenientCanonical(value: unknown): string | undefined {
  if (typeof value === "number") return JSON.stringify(Number.isFinite(value) ? value : String(value));
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => lenientCanonical(item) ?? "null").join(",")}]`;
  const members: string[] = [];
  for (const key of Object.keys(value).sort()) {
    const member = lenientCanonical((value as Record<string, unknown>)[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(",")}}`;
}

/**
 * The state key of a limit for a call: readable names (subject, tool, workflow — not
 * secret), URI-encoded so that no value can forge the `|` separators and collide with
 * another bucket, and the arguments only as a hash. A workflow id is the caller's own
 * label, so step caps count per subject unless the policy shares the workflow: otherwise
 * one subject could exhaust another's cap by reusing its workflow id.
 */
function toOp(limit: CompiledLimit, ctx: LimitContext, argsHash: string): LimitOp {
  let key = `${limit.kind}:${limit.name}:${limit.scope.kind === "all" ? "all" : `${limit.scope.kind}=${limit.scope.value}`}`;
  const perSubject = limit.perSubject || limit.kind === "duplicate" || (limit.kind === "steps" && !limit.sharedWorkflow);
  if (perSubject) key += `|s=${encodeURIComponent(ctx.subject)}`;
  if (limit.perTool || limit.kind === "duplicate") key += `|t=${encodeURIComponent(`${ctx.server}/${ctx.tool}`)}`;
  if (limit.kind === "steps") key += `|w=${encodeURIComponent(ctx.workflowId)}`;
  if (limit.kind === "duplicate") key += `|a=${argsHash}`;
  const shadow = limit.shadow;
  switch (limit.kind) {
    case "rate": {
      const rate = limit.rate!;
      return { kind: "rate", key, shadow, intervalUs: (rate.periodMs * 1000) / rate.count, burst: rate.burst };
    }
    case "tokens":
      return { kind: "tokens", key, shadow, limit: limit.tokens!.amount, amount: reservation(limit, ctx), period: limit.tokens!.period };
    case "steps":
      return { kind: "steps", key, shadow, cap: limit.steps!, ttlMs: STEP_COUNTER_TTL_MS };
    case "duplicate":
      return { kind: "duplicate", key, shadow, windowMs: limit.windowMs! };
  }
}

/** The tokens a call reserves against a budget: its estimate, else the policy's default for the tool. */
function reservation(limit: CompiledLimit, ctx: LimitContext): number {
  if (ctx.estimatedTokens > 0) return ctx.estimatedTokens;
  const target = `${ctx.server}/${ctx.tool}`;
  const fallback = limit.tokens!.defaultEstimates.find((d) => d.pattern.matches(target));
  if (fallback) return fallback.tokens;
  if (limit.shadow) return 0;
  throw new LimitRequestError(
    `estimated_tokens: required by token budget ${limit.name} (${limit.path}) for ${target}; pass the tokens this call is expected to use, or give the limit a defaultEstimate for this tool`,
  );
}
