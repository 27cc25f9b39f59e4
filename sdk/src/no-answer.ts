/**
 * What the SDK returns when a guarded call (Authorize, FilterTools, ScanResponse) gets no
 * answer: closed (DENY, no tools, BLOCK) unless the sidecar was unreachable or silent and the
 * client chose failOpen — never silently either way.
 */
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import {
  AuthorizeResponseSchema,
  Decision,
  FilterToolsResponseSchema,
  Reason,
  ScanAction,
  ScanResponseResponseSchema,
  type AuthorizeResponse,
  type FilterToolsRequestSchema,
  type FilterToolsResponse,
  type ScanResponseRequestSchema,
  type ScanResponseResponse,
} from "./gen.js";
import type { GovernanceError } from "./governance-error.js";
import { isAnswerTooLarge } from "./read-max-bytes.js";

/** Codes with which a call ends without a decision although the sidecar may well be there. */
const NO_DECISION_CODES: ReadonlySet<Code> = new Set([Code.Canceled, Code.Aborted, Code.Internal, Code.Unknown]);

/**
 * How a call that got no answer is settled: whether it may pass, and the reason to give.
 *
 * @example
 * ```ts
 * const f: NoAnswer = { allow: false, reason: Reason.NO_DECISION, error };
 * ```
 */
export interface NoAnswer {
  readonly allow: boolean;
  readonly reason: Reason.SIDECAR_UNAVAILABLE | Reason.NO_DECISION;
  readonly error: GovernanceError;
}

/**
 * Only an unreachable or silent sidecar (Unavailable, DeadlineExceeded) may fail open; the
 * caller's own abort, a sidecar that failed while deciding, and an answer the SDK refused as
 * larger than `readMaxBytes` (ResourceExhausted, but no mistake of the caller's: the call got
 * no decision) fail closed. Undefined means the error is the caller's to handle (thrown) —
 * a ResourceExhausted the sidecar answered (a request too large) among them.
 *
 * @example
 * ```ts
 * const noAnswer = settleNoAnswer(error, options.signal, failOpen);
 * if (!noAnswer) throw error;
 * ```
 */
export function settleNoAnswer(error: GovernanceError, signal: AbortSignal | undefined, failOpen: boolean): NoAnswer | undefined {
  if (signal?.aborted || NO_DECISION_CODES.has(error.code) || isAnswerTooLarge(error)) return { allow: false, reason: Reason.NO_DECISION, error };
  if (error.unavailable) return { allow: failOpen, reason: Reason.SIDECAR_UNAVAILABLE, error };
  return undefined;
}

/**
 * The Authorize decision without a sidecar decision.
 *
 * @example
 * ```ts
 * noAnswerDecision({ allow: false, reason: Reason.SIDECAR_UNAVAILABLE, error }).decision; // Decision.DENY
 * ```
 */
export function noAnswerDecision({ allow, reason, error }: NoAnswer): AuthorizeResponse {
  return create(AuthorizeResponseSchema, {
    decision: allow ? Decision.ALLOW : Decision.DENY,
    reason,
    message: `${allow ? "allowed without a decision (failOpen)" : "denied (fail closed)"}: ${error.message}`,
  });
}

/**
 * The FilterTools answer without a sidecar: every tool, or none (all counted as hidden).
 *
 * @example
 * ```ts
 * noAnswerTools(request, noAnswer).tools; // [] unless failOpen applied
 * ```
 */
export function noAnswerTools(request: MessageInitShape<typeof FilterToolsRequestSchema>, { allow }: NoAnswer): FilterToolsResponse {
  const tools = request.tools ?? [];
  return create(FilterToolsResponseSchema, { tools: allow ? tools : [], hiddenCount: allow ? 0 : tools.length });
}

const WITHHELD = "The tool response was withheld: the governance sidecar could not inspect it.";

/**
 * The ScanResponse verdict without a sidecar: closed, the agent reads a short notice instead
 * of an uninspected response; open, the response passes unscanned and the profile says so.
 *
 * @example
 * ```ts
 * noAnswerScan(request, noAnswer).action; // ScanAction.BLOCK unless failOpen applied
 * ```
 */
export function noAnswerScan(request: MessageInitShape<typeof ScanResponseRequestSchema>, { allow, reason, error }: NoAnswer): ScanResponseResponse {
  if (allow) return create(ScanResponseResponseSchema, { action: ScanAction.ALLOW, profile: "sidecar unavailable (failOpen: passed unscanned)" });
  const result = { content: [{ type: "text", text: WITHHELD }], isError: true };
  return create(ScanResponseResponseSchema, {
    action: ScanAction.BLOCK,
    text: request.resultJson ? "" : WITHHELD,
    resultJson: request.resultJson ? JSON.stringify(result) : "",
    profile: `${reason === Reason.NO_DECISION ? "no decision" : "sidecar unavailable"} (fail closed): ${error.message}`,
  });
}
