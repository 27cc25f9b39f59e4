/**
 * The limits domain: rate limits, token budgets, workflow step caps and duplicate-call
 * guards over a state store (in memory, or Redis for a fleet).
 */
export { LimitSchema, parseDuration, BUDGET_PERIODS, type BudgetPeriod, type LimitDocument } from "./limit-schema.js";
export { compileLimits, type CompiledLimit, type LimitKind, type LimitScope } from "./limit-compiler.js";
export {
  Limiter,
  type ExtraCheck,
  type FailOpenEvent,
  type LimitContext,
  type LimitStatus,
  type LimitVerdict,
  type LimiterOptions,
  type Settlement,
} from "./limiter.js";
export { LimitRequestError } from "./limit-keys.js";
export { LimitStateWatch, type LimitStateWatchOptions } from "./limit-state-watch.js";
export { DROPPED_STATE_LOG_EVERY_MS, droppedStateLog } from "./dropped-state-log.js";
export { MAX_OPEN_RESERVATIONS, MAX_WORKFLOW_KEYS, MemoryStateStore, type MemoryStateStoreOptions, nowMicros } from "./memory-store.js";
export { RedisStateStore, UNDO_TTL_MS, type RedisStateStoreOptions } from "./redis-store.js";
export { CompensationQueue, type CompensationQueueOptions } from "./compensation-queue.js";
export { MAX_TRACKED_DECISIONS, type ReservationState } from "./settlement-ledger.js";
export { DeadlineError } from "./deadline.js";
export { budgetWindow } from "./budget-period.js";
export {
  StateNotSentError,
  type ApplyOptions,
  type LimitOp,
  type OpResult,
  type Reservation,
  type ClaimOutcome,
  SETTLEMENT_CLAIM_TTL_MS,
  type SettleOutcome,
  type StateStore,
  type StoreAvailability,
  type WorkflowState,
} from "./state-store.js";
