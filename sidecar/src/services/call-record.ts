/**
 * Closing a tool call's audit record: its outcome recorded, then its token-budget
 * reservation settled. RecordAudit does it on its own; ScanResponse does it in the same round
 * trip when the request carries a `record` (one RPC fewer per governed call).
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { CallOutcome } from "@portcullis/sdk/gen";
import { maskAttributes, outcomeRecord } from "../audit/index.js";
import type { DecisionEngine } from "../decision/index.js";
import type { Settlement } from "../limits/index.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";
import { checkAttributes } from "./request-bounds.js";

/** A call's outcome, as RecordAudit and ScanResponse's `record` carry it. */
export interface CallOutcomeInput {
  readonly outcome: CallOutcome;
  readonly durationMs: number | bigint;
  readonly tokensUsed: number | bigint;
  readonly responseBytes: number | bigint;
  readonly attributes: Readonly<Record<string, string>>;
}

/** The answer to each settlement that did not go through. */
const SETTLEMENT_ERRORS: Partial<Record<Settlement, [string, Code]>> = {
  unknown: [
    "decision_id: no such decision (never issued, older than 15 minutes, or made by another sidecar without a budget reservation); pass the decision_id Authorize returned",
    Code.NotFound,
  ],
  "already-settled": [
    "decision_id: already settled; a decision is settled once (if you are retrying after Unavailable, the first settlement went through)",
    Code.FailedPrecondition,
  ],
  expired: ["decision_id: its budget reservation expired and stays charged at its estimate; settle within 15 minutes of the decision", Code.FailedPrecondition],
  forbidden: ["decision_id: belongs to another subject's decision", Code.PermissionDenied],
  "in-progress": [
    "decision_id: another settlement of this decision is in progress; retry in a few seconds (a retry after it went through is refused as already settled)",
    Code.Aborted,
  ],
};

/**
 * Checks an outcome's fields before anything is done with the request; `prefix` names where
 * they sit (`record.` in ScanResponse). Throws InvalidArgument naming the field.
 *
 * @example
 * ```ts
 * checkCallOutcome(req.record, "record.");
 * ```
 */
export function checkCallOutcome(input: CallOutcomeInput, prefix = ""): void {
  // Unset is allowed (recorded as UNSPECIFIED: clients written before outcomes mattered); a
  // number the contract does not define is not.
  if (CallOutcome[input.outcome] === undefined) {
    throw new ConnectError(`${prefix}outcome: ${input.outcome} is not an outcome; give one of ${OUTCOME_NAMES}`, Code.InvalidArgument);
  }
  checkCount(input.tokensUsed, `${prefix}tokens_used`, MAX_TOKENS);
  checkCount(input.durationMs, `${prefix}duration_ms`, Number.MAX_SAFE_INTEGER);
  checkCount(input.responseBytes, `${prefix}response_bytes`, Number.MAX_SAFE_INTEGER);
  checkAttributes(input.attributes, `${prefix}attributes`);
}

/** The outcomes a settlement may name. */
const OUTCOME_NAMES = Object.keys(CallOutcome)
  .filter((k) => Number.isNaN(Number(k)) && k !== "UNSPECIFIED")
  .map((k) => `CALL_OUTCOME_${k}`)
  .join(", ");
/**
 * Most tokens one call may report: a trillion, far past any model's, and well inside what the
 * state stores count exactly (Redis's scripts hold numbers as doubles; 9e18 was refused by
 * INCRBY and answered Unavailable, while the outcome had been recorded).
 */
const MAX_TOKENS = 1e12;

function checkCount(value: number | bigint, field: string, max: number): void {
  if (value < 0) throw new ConnectError(`${field}: must not be negative`, Code.InvalidArgument);
  if (value > max) throw new ConnectError(`${field}: at most ${max}`, Code.InvalidArgument);
}

/**
 * Records the outcome (first: a settlement whose record cannot be written is not made, so a
 * retry settles once), then settles the reservation — unless the settlement would be refused
 * (another subject's decision, one settled already or being settled, one whose reservation
 * expired, or a decision neither this replica nor the state store knows): then nothing is
 * written. Throws ConnectError as RecordAudit answers.
 *
 * @example
 * ```ts
 * await closeCallRecord(engine, policy, principal, req.decisionId, req);
 * ```
 */
export async function closeCallRecord(
  engine: DecisionEngine,
  policy: CompiledPolicy,
  principal: Principal,
  decisionId: string,
  input: CallOutcomeInput,
): Promise<void> {
  const { limiter } = engine;
  // Claimed before anything is written: a settlement of another subject's decision, of one
  // settled (or expired) already, or of one nobody issued must not leave an outcome record
  // (one per retry) beside the real one, or in place of none; and while this settlement holds
  // the claim, no other — on this replica or another — can settle in between and leave this
  // one's record beside a refusal. A reservation is claimed in the state store, which holds
  // every reservation of the fleet.
  const claim = await limiter.claim(decisionId, principal.subject).catch((err: unknown) => {
    throw new ConnectError(`limit state is unavailable (${(err as Error).message}); retry the settlement`, Code.Unavailable);
  });
  if (typeof claim === "string") throw refusal(claim);
  let settlement: Settlement;
  try {
    await engine.audit.record(
      policy,
      outcomeRecord(policy, {
        decisionId,
        principal,
        status: CallOutcome[input.outcome] ?? "UNSPECIFIED",
        durationMs: Number(input.durationMs),
        responseBytes: Number(input.responseBytes),
        tokensUsed: Number(input.tokensUsed),
        attrs: maskAttributes(input.attributes, policy.audit),
      }),
    );
    settlement = await limiter.settle(decisionId, principal.subject, Number(input.tokensUsed), claim).catch((err: unknown) => {
      throw new ConnectError(`limit state is unavailable (${(err as Error).message}); retry the settlement`, Code.Unavailable);
    });
  } catch (err) {
    await limiter.release(claim);
    throw err;
  }
  if (SETTLEMENT_ERRORS[settlement]) {
    // Only when the claim lapsed before the settlement (its record took longer than the claim
    // lasts) and another settlement took it over, or the reservation was dropped meanwhile.
    await limiter.release(claim);
    throw refusal(settlement);
  }
}

function refusal(settlement: Settlement): ConnectError {
  const [message, code] = SETTLEMENT_ERRORS[settlement]!;
  return new ConnectError(message, code);
}
