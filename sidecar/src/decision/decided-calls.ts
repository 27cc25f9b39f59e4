/**
 * The allowed decisions a later ScanResponse can still find by decision id: whose call it was,
 * its workflow and its annotations. Up to 100,000, the oldest dropped first; ids live in
 * {@link DecisionSlots} (16 bytes each, off the JavaScript heap) and the three fields in
 * columns by slot, so that a decision remembered costs no object of its own.
 */
import { DecisionSlots } from "../limits/decision-slots.js";
import type { ToolHints } from "./authorizer.js";

/** What a later ScanResponse needs of an allowed call: whose it is, its workflow, its annotations. */
export interface DecidedCall {
  readonly subject: string;
  readonly workflowId: string;
  readonly hints: ToolHints | undefined;
}

/**
 * A bounded map from decision id to {@link DecidedCall}.
 *
 * @example
 * ```ts
 * const calls = new DecidedCalls(100_000);
 * calls.set(decisionId, { subject: "agent:a", workflowId: "run-7", hints: undefined });
 * calls.get(decisionId)?.workflowId; // "run-7"
 * ```
 */
export class DecidedCalls {
  readonly #slots: DecisionSlots;
  readonly #subjects: (string | undefined)[] = [];
  readonly #workflows: (string | undefined)[] = [];
  readonly #hints: (ToolHints | undefined)[] = [];
  /**
   * The workflow id last stored: a workflow's steps arrive one after another, each request
   * with its own copy of the id, and one string kept for all of them is enough.
   */
  #lastWorkflow = "";

  constructor(capacity: number) {
    this.#slots = new DecisionSlots(capacity);
  }

  /** Decisions remembered now. */
  get size(): number {
    return this.#slots.size;
  }

  /** Remembers a decision's call (again: replacing what was known). */
  set(decisionId: string, call: DecidedCall): void {
    const slot = this.#slots.add(decisionId);
    let workflowId = call.workflowId;
    if (workflowId === this.#lastWorkflow) workflowId = this.#lastWorkflow;
    else this.#lastWorkflow = workflowId;
    this.#subjects[slot] = call.subject;
    this.#workflows[slot] = workflowId;
    this.#hints[slot] = call.hints;
  }

  /** The decision's call, while it is remembered (a copy). */
  get(decisionId: string): DecidedCall | undefined {
    const slot = this.#slots.find(decisionId);
    if (slot < 0) return undefined;
    return { subject: this.#subjects[slot] as string, workflowId: this.#workflows[slot] as string, hints: this.#hints[slot] };
  }
}
