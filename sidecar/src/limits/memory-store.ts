/**
 * The in-memory state store for a single sidecar. JavaScript runs one `apply` to completion
 * before the next, so check-and-consume is atomic without locks. Semantics match the Redis
 * script exactly; the same contract tests run against both.
 */
import { BoundedMap } from "./bounded-map.js";
import { budgetWindow } from "./budget-period.js";
import type { ApplyOptions, ClaimOutcome, LimitOp, OpResult, SettleOutcome, StateStore, StoreAvailability, WorkflowState } from "./state-store.js";

interface Entry {
  value: number;
  /** Expiry in microseconds; Infinity for none. */
  expiresAtUs: number;
}

/** What the counters' maps share: a plain Map for rate and budget counters, a bounded one per workflow. */
interface EntryMap {
  get(key: string): Entry | undefined;
  set(key: string, value: Entry): unknown;
}

interface StoredReservation {
  subject: string;
  holds: { key: string; amount: number }[];
  expiresAtUs: number;
  /** Set once settled; the reservation then stays, as a marker, until it expires. */
  settled?: number;
  /** The settlement claim that holds it (see StateStore.claim), until `claimUntilUs`. */
  claim?: string | undefined;
  claimUntilUs?: number;
}

/** Whether a live claim other than `claimId` holds the reservation. */
function claimedByAnother(r: StoredReservation, claimId: string, now: number): boolean {
  return r.claim !== undefined && r.claim !== claimId && (r.claimUntilUs ?? 0) > now;
}

interface StoredWorkflow {
  bits: number;
  untrusted?: string;
  sensitive?: string;
  action?: string;
  confirmed?: string;
  expiresAtUs: number;
}

/** Which recorded call each taint bit fills (the first call to bring it). */
const WORKFLOW_FIELDS: readonly [number, "untrusted" | "sensitive" | "action" | "confirmed"][] = [
  [1, "untrusted"],
  [2, "sensitive"],
  [4 | 8, "action"],
  [16, "confirmed"],
];

/** Microseconds since the epoch, from the monotonic clock anchored at process start. */
export function nowMicros(): number {
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

const SWEEP_EVERY_MS = 30_000;

/**
 * Reservations kept at most (open ones, and settled ones kept as markers until they would
 * have expired). A host that never calls RecordAudit would otherwise grow the sidecar by
 * one reservation per call for the whole TTL. Dropping the oldest is safe: an unsettled
 * reservation stays charged at its estimate, exactly as when it expires; only a late
 * settlement of it is lost (and reported as unknown).
 */
export const MAX_OPEN_RESERVATIONS = 100_000;

/**
 * Step counters and duplicate-guard entries kept at most (together), and workflows' taint
 * state. Their keys name workflows and calls, which callers mint without end (a new workflow id
 * per agent run), and step counters live 24 h: unbounded, 1.5 million workflows with a step cap
 * and a duplicate guard held 448 MB of heap (79 MB now). Past the bound the least recently used go first: a
 * workflow idle the longest counts from zero again, and a duplicate older than the newest entries
 * passes. Rate and budget counters (one per subject or team and period) are never dropped.
 */
export const MAX_WORKFLOW_KEYS = 200_000;

/** Options of {@link MemoryStateStore}. */
export interface MemoryStateStoreOptions {
  /** Microseconds since the epoch (injectable for tests). */
  readonly now?: () => number;
  /** Overrides {@link MAX_WORKFLOW_KEYS} (tests). */
  readonly maxWorkflowKeys?: number;
  /** Told when live per-workflow state was dropped to keep within the bound. */
  readonly onDropped?: (what: "step or duplicate entry" | "workflow taint") => void;
}

/**
 * How to give back one thing an apply consumed. Data, not a closure: a closure kept the whole
 * apply's scope alive (~1 KB a decision; up to 100,000 decisions are kept for two minutes).
 */
type Undo =
  | { readonly kind: "counter" | "step"; readonly key: string; readonly delta: number }
  | { readonly kind: "duplicate" | "reservation"; readonly key: string }
  | { readonly kind: "taint"; readonly key: string; readonly added: number };

/** How long what an apply consumed stays undoable by `cancel` (as the Redis store's undo entries). */
const UNDO_TTL_MS = 120_000;

/**
 * In-memory limit state. It answers synchronously and cannot be late or down, but a decision
 * can still be withdrawn after its limits were consumed — when its audit record cannot be
 * written — so an apply with a `decisionId` keeps how to reverse what it consumed, for two
 * minutes, and `cancel` reverses exactly that.
 *
 * @example
 * ```ts
 * const store = new MemoryStateStore();
 * const [result] = await store.apply([{ kind: "steps", key: "w1", shadow: false, cap: 5, ttlMs: 60_000 }], { commit: true });
 * ```
 */
export class MemoryStateStore implements StateStore {
  readonly kind = "memory" as const;
  readonly availability: StoreAvailability = "up";
  /** Rate and budget counters: a few per subject, team and period; updated in place. */
  readonly #entries = new Map<string, Entry>();
  /** Step counters and duplicate-guard entries, least recently used first. */
  readonly #perWorkflow: BoundedMap<string, Entry>;
  readonly #workflows: BoundedMap<string, StoredWorkflow>;
  readonly #reservations = new BoundedMap<string, StoredReservation>(MAX_OPEN_RESERVATIONS);
  readonly #undo = new BoundedMap<string, { undo: Undo[]; expiresAtUs: number }>(MAX_OPEN_RESERVATIONS);
  readonly #now: () => number;
  readonly #sweeper: NodeJS.Timeout;

  constructor(options: MemoryStateStoreOptions = {}) {
    this.#now = options.now ?? nowMicros;
    const bound = options.maxWorkflowKeys ?? MAX_WORKFLOW_KEYS;
    const dropped = (what: "step or duplicate entry" | "workflow taint") => (_key: string, value: { expiresAtUs: number }) => {
      if (value.expiresAtUs > this.#now()) options.onDropped?.(what);
    };
    this.#perWorkflow = new BoundedMap<string, Entry>(bound, dropped("step or duplicate entry"));
    this.#workflows = new BoundedMap<string, StoredWorkflow>(bound, dropped("workflow taint"));
    this.#sweeper = setInterval(() => this.#sweep(), SWEEP_EVERY_MS);
    this.#sweeper.unref();
  }

  async apply(ops: readonly LimitOp[], options: ApplyOptions): Promise<OpResult[]> {
    const now = this.#now();
    const nowMs = Math.floor(now / 1000);
    const results: OpResult[] = [];
    const commits: (() => void)[] = [];
    const holds: { key: string; amount: number }[] = [];
    const undos: Undo[] = [];
    let enforcedDeny = false;
    for (const op of ops) {
      let result: OpResult;
      switch (op.kind) {
        case "rate": {
          const tat = Math.max(this.#get(op.key, now) ?? now, now);
          const newTat = tat + op.intervalUs;
          const allowAt = newTat - op.burst * op.intervalUs;
          if (allowAt > now) {
            result = { allowed: false, remaining: 0, retryAfterMs: Math.ceil((allowAt - now) / 1000) };
          } else {
            result = { allowed: true, remaining: Math.min(op.burst - 1, Math.floor((now - allowAt) / op.intervalUs)), retryAfterMs: 0 };
            commits.push(() => this.#set(op.key, newTat, newTat));
            undos.push({ kind: "counter", key: op.key, delta: -op.intervalUs });
          }
          break;
        }
        case "steps": {
          const used = this.#get(op.key, now, this.#perWorkflow) ?? 0;
          result = used < op.cap ? { allowed: true, remaining: op.cap - used - 1, retryAfterMs: 0 } : { allowed: false, remaining: 0, retryAfterMs: 0 };
          if (result.allowed) {
            commits.push(() => this.#set(op.key, used + 1, now + op.ttlMs * 1000, this.#perWorkflow));
            undos.push({ kind: "step", key: op.key, delta: -1 });
          }
          break;
        }
        case "duplicate": {
          const entry = this.#perWorkflow.get(op.key);
          const live = entry !== undefined && entry.expiresAtUs > now;
          // A call refused as a duplicate keeps its entry the most recent: a looping agent stays refused.
          if (live) this.#perWorkflow.set(op.key, entry);
          result = live
            ? { allowed: false, remaining: 0, retryAfterMs: Math.ceil((entry.expiresAtUs - now) / 1000) }
            : { allowed: true, remaining: 0, retryAfterMs: 0 };
          if (!live) {
            commits.push(() => this.#set(op.key, 1, now + op.windowMs * 1000, this.#perWorkflow));
            undos.push({ kind: "duplicate", key: op.key });
          }
          break;
        }
        case "tokens": {
          const window = budgetWindow(op.period, nowMs);
          const key = `${op.key}:${window.index}`;
          const used = this.#get(key, now) ?? 0;
          const ok = used < op.limit && used + op.amount <= op.limit;
          result = ok
            ? { allowed: true, remaining: op.limit - used - op.amount, retryAfterMs: 0 }
            : { allowed: false, remaining: Math.max(0, op.limit - used), retryAfterMs: window.endMs - nowMs };
          if (ok) {
            // Counters outlive their period by a day so late settlements still land.
            commits.push(() => this.#set(key, used + op.amount, (window.endMs + 86_400_000) * 1000));
            holds.push({ key, amount: op.amount });
            undos.push({ kind: "counter", key, delta: -op.amount });
          }
          break;
        }
        case "taint": {
          const stored = this.#workflows.get(op.key);
          const live = stored !== undefined && stored.expiresAtUs > now ? stored : undefined;
          // A workflow in use is the most recently used, whether or not this call adds to its
          // taint: past the bound, an active workflow's taint is never the one dropped.
          if (live) this.#workflows.set(op.key, live);
          const bits = live?.bits ?? 0;
          const rule = op.rules.findIndex((r) => ((r.withCall ? bits | op.legs : bits) & r.need) === r.need && (op.legs & r.when) !== 0) + 1;
          const workflow: WorkflowState = live
            ? { bits, rule, untrusted: live.untrusted, sensitive: live.sensitive, action: live.action, confirmed: live.confirmed }
            : { bits, rule };
          result = { allowed: rule === 0, remaining: 0, retryAfterMs: 0, workflow };
          const added = op.legs & ~bits;
          if (added !== 0) {
            commits.push(() => {
              const entry = live ?? { bits: 0, expiresAtUs: 0 };
              entry.bits |= added;
              for (const [mask, field] of WORKFLOW_FIELDS) if ((added & mask) !== 0 && entry[field] === undefined) entry[field] = `${nowMs} ${op.call}`;
              entry.expiresAtUs = now + op.ttlMs * 1000;
              this.#workflows.set(op.key, entry);
            });
            undos.push({ kind: "taint", key: op.key, added });
          }
          break;
        }
      }
      results.push(result);
      if (!result.allowed && !op.shadow) enforcedDeny = true;
    }
    if (options.commit && !enforcedDeny) {
      for (const commit of commits) commit();
      const reservation = options.reservation;
      if (reservation && holds.length > 0) {
        this.#reservations.set(reservation.id, { subject: reservation.subject, holds, expiresAtUs: now + reservation.ttlMs * 1000 });
      }
      if (options.decisionId !== undefined && undos.length > 0) {
        if (reservation && holds.length > 0) undos.push({ kind: "reservation", key: reservation.id });
        // An exact-size copy: a list grown by push holds room for 16 (~100 B more per decision kept).
        this.#undo.set(options.decisionId, { undo: undos.slice(), expiresAtUs: now + UNDO_TTL_MS * 1000 });
      }
    }
    return results;
  }

  async settle(reservationId: string, subject: string, actualTokens: number, claimId = ""): Promise<SettleOutcome> {
    const now = this.#now();
    const reservation = this.#reservations.get(reservationId);
    if (!reservation || reservation.expiresAtUs <= now) return "unknown";
    if (reservation.subject !== subject) return "forbidden";
    if (reservation.settled !== undefined) return "already-settled";
    if (claimedByAnother(reservation, claimId, now)) return "in-progress";
    for (const hold of reservation.holds) {
      const entry = this.#entries.get(hold.key);
      if (entry) entry.value += actualTokens - hold.amount;
    }
    reservation.settled = actualTokens;
    reservation.claim = undefined;
    return "settled";
  }

  async claim(reservationId: string, subject: string, claimId: string, claimTtlMs: number): Promise<ClaimOutcome> {
    // The same checks as settle, in the same order; then the claim instead of the settlement.
    const now = this.#now();
    const reservation = this.#reservations.get(reservationId);
    if (!reservation || reservation.expiresAtUs <= now) return "unknown";
    if (reservation.subject !== subject) return "forbidden";
    if (reservation.settled !== undefined) return "already-settled";
    if (claimedByAnother(reservation, claimId, now)) return "in-progress";
    reservation.claim = claimId;
    reservation.claimUntilUs = now + claimTtlMs * 1000;
    reservation.expiresAtUs = Math.max(reservation.expiresAtUs, reservation.claimUntilUs);
    return "claimed";
  }

  async release(reservationId: string, claimId: string): Promise<void> {
    const reservation = this.#reservations.get(reservationId);
    if (reservation?.claim === claimId) reservation.claim = undefined;
  }

  cancel(decisionId: string): void {
    const entry = this.#undo.get(decisionId);
    this.#undo.delete(decisionId);
    if (!entry || entry.expiresAtUs <= this.#now()) return;
    for (const undo of entry.undo) {
      switch (undo.kind) {
        case "counter":
          this.#adjust(undo.key, undo.delta);
          break;
        case "step":
          this.#adjust(undo.key, undo.delta, this.#perWorkflow);
          break;
        case "duplicate":
          this.#perWorkflow.delete(undo.key);
          break;
        case "taint":
          this.#untaint(undo.key, undo.added);
          break;
        case "reservation":
          this.#reservations.delete(undo.key);
          break;
      }
    }
  }

  onAvailability(): () => void {
    return () => undefined;
  }

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
  }

  /** Takes back the bits a withdrawn decision brought, and the calls recorded for them. */
  #untaint(key: string, added: number): void {
    const entry = this.#workflows.get(key);
    if (!entry) return;
    entry.bits &= ~added;
    for (const [mask, field] of WORKFLOW_FIELDS) if ((entry.bits & mask) === 0) delete entry[field];
    if (entry.bits === 0) this.#workflows.delete(key);
  }

  /** Adds `delta` to a live counter (an undo: what was consumed is given back). */
  #adjust(key: string, delta: number, map: EntryMap = this.#entries): void {
    const entry = map.get(key);
    if (entry) entry.value += delta;
  }

  #get(key: string, now: number, map: EntryMap = this.#entries): number | undefined {
    const entry = map.get(key);
    if (entry === undefined || entry.expiresAtUs <= now) return undefined;
    // A per-workflow entry read is in use (a workflow at its cap is still calling): the most recent.
    if (map !== this.#entries) map.set(key, entry);
    return entry.value;
  }

  /**
   * Updates in place: a hot key (a busy rate limit) is written on every call, and deleting
   * and re-inserting it would churn the Map. (A per-workflow entry written was read in the same
   * apply, which made it the most recent: once per call, as each move takes a slot of the
   * bound's ring until the ring passes it.) Expired entries are left to the sweeper.
   */
  #set(key: string, value: number, expiresAtUs: number, map: EntryMap = this.#entries): void {
    const entry = map.get(key);
    if (entry === undefined) {
      map.set(key, { value, expiresAtUs });
    } else {
      entry.value = value;
      entry.expiresAtUs = expiresAtUs;
    }
  }

  #sweep(): void {
    const now = this.#now();
    for (const [key, entry] of this.#entries) if (entry.expiresAtUs <= now) this.#entries.delete(key);
    for (const [key, entry] of this.#perWorkflow.entries()) if (entry.expiresAtUs <= now) this.#perWorkflow.delete(key);
    for (const [key, entry] of this.#workflows.entries()) if (entry.expiresAtUs <= now) this.#workflows.delete(key);
    for (const [id, r] of this.#reservations.entries()) if (r.expiresAtUs <= now) this.#reservations.delete(id);
    for (const [id, u] of this.#undo.entries()) if (u.expiresAtUs <= now) this.#undo.delete(id);
  }
}
