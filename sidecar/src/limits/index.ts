/**
 * The limits domain: rate limits, token budgets, workflow step caps and duplicate-call
 * guards over a state store (in memory, or Redis for a fleet).
 */
export { LimitSchema, parseDuration, BUDGET_PERIODS, type BudgetPeriod, type LimitDocument } from "./limit-schema.js";
export { compileLimits, type CompiledLimit, type LimitKind, type LimitScope } from "./limit-compiler.js";
export { Limiter, type LimitContext, type LimitStatus, type LimitVerdict, type LimiterOptions } from "./limiter.js";
export { MAX_OPEN_RESERVATIONS, MemoryStateStore, nowMicros } from "./memory-store.js";
export { RedisStateStore, type RedisStateStoreOptions } from "./redis-store.js";
export { budgetWindow } from "./budget-period.js";
export type { ApplyOptions, LimitOp, OpResult, Reservation, SettleOutcome, StateStore } from "./state-store.js";
