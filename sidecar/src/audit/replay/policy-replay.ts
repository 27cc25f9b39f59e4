/**
 * Policy impact replay: re-decides recorded `authorize` calls under a candidate policy and
 * reports what would change — newly denied and newly allowed calls grouped by subject,
 * server and tool, with the rules responsible and example decision ids — so a policy owner
 * sees the blast radius before deploying.
 *
 * What is replayed is access control only. Identity is not (a call that did not authenticate
 * has no principal), and limits are stateful (counters, budgets, duplicate windows depend on
 * what else happened): a call a limit denied at the time is counted apart, never guessed.
 */
import type { CompiledPolicy, Principal } from "../../policy/index.js";
import type { AuditRecord } from "../audit-record.js";
import { CandidateJudge, definesSubject, type Unknown, type Verdict } from "./candidate-judge.js";
import { reasonStage } from "./reason-kinds.js";

/** A rule change behind some calls: what decided them then, and what would now. */
export interface RuleTransition {
  readonly from: Verdict;
  readonly to: Verdict;
  readonly count: number;
}

/** Calls of one subject to one tool whose decision would change (or cannot be told). */
export interface ChangeGroup {
  readonly subject: string;
  /** The server as the caller named it (a virtual server's name for calls through one). */
  readonly server: string;
  readonly tool: string;
  /** The real server/tool, when the record names one other than server/tool. */
  readonly upstream?: string;
  readonly count: number;
  /** Most frequent first. */
  readonly rules: readonly RuleTransition[];
  /** Decision ids of the first calls in the group (at most `examplesPerGroup`). */
  readonly examples: readonly string[];
}

/** A group of calls that cannot be re-decided for sure, and why. */
export interface UndecidedGroup extends ChangeGroup {
  readonly cause: Unknown;
}

/** What a candidate policy would change over the recorded calls. */
export interface ReplayReport {
  readonly candidate: { readonly source: string; readonly revision: string };
  /** `authorize` records read. */
  readonly records: number;
  /** Records re-decided (the rest are counted in `notReplayed`). */
  readonly replayed: number;
  /** Same decision as recorded. */
  readonly unchanged: number;
  /** Same decision, but a different rule or reason decides it. */
  readonly unchangedOtherRule: number;
  readonly newlyDenied: { readonly count: number; readonly groups: readonly ChangeGroup[] };
  readonly newlyAllowed: { readonly count: number; readonly groups: readonly ChangeGroup[] };
  /** The outcome depends on what the record does not hold (masked arguments, tool annotations). */
  readonly cannotTell: { readonly count: number; readonly groups: readonly UndecidedGroup[] };
  readonly notReplayed: {
    /** The caller did not authenticate (no principal to decide for; identity is not replayed). */
    readonly unauthenticated: number;
    /** Denied after access control allowed it: by a limit, or credential/state/audit unavailability. */
    readonly deniedAfterAccess: number;
    /** Of those, how many the candidate's access control would deny before the limits. */
    readonly deniedAfterAccessNowDeniedByAccess: number;
    /** Records without the fields replay needs (server, tool, decision, subject, roles). */
    readonly incomplete: number;
  };
  /** Static subjects the candidate no longer defines, decided by their recorded roles. */
  readonly decidedByRecordedRoles: number;
  /** Time of the first and last record read (Unix ms). */
  readonly firstTs: number | undefined;
  readonly lastTs: number | undefined;
  /** What the report does not cover, for people to read. */
  readonly notes: readonly string[];
}

/** Options of {@link PolicyReplay} and {@link replayPolicy}. */
export interface PolicyReplayOptions {
  /** How many decision ids each group keeps as examples (default 5). */
  readonly examplesPerGroup?: number;
  /** Recognises masked argument values (default: `isMaskedValue`). */
  readonly isMasked?: (value: unknown) => boolean;
}

interface GroupState {
  subject: string;
  server: string;
  tool: string;
  upstream: string | undefined;
  cause: Unknown | undefined;
  count: number;
  rules: Map<string, { from: Verdict; to: Verdict; count: number }>;
  examples: string[];
}

type Bucket = "denied" | "allowed" | "undecided";

/**
 * Accumulates a replay record by record (for streams of any size: it keeps only the groups).
 *
 * @example
 * ```ts
 * const replay = new PolicyReplay(candidate);
 * for await (const { record } of readRecords(dir, { sinceMs })) replay.add(record);
 * const report = replay.report();
 * ```
 */
export class PolicyReplay {
  readonly #judge: CandidateJudge;
  readonly #examples: number;
  readonly #groups: Record<Bucket, Map<string, GroupState>> = { denied: new Map(), allowed: new Map(), undecided: new Map() };
  readonly #counts = { denied: 0, allowed: 0, undecided: 0 };
  #records = 0;
  #replayed = 0;
  #unchanged = 0;
  #otherRule = 0;
  #unauthenticated = 0;
  #afterAccess = 0;
  #afterAccessDenied = 0;
  #incomplete = 0;
  #byRecordedRoles = 0;
  #firstTs: number | undefined;
  #lastTs: number | undefined;

  constructor(candidate: CompiledPolicy, options: PolicyReplayOptions = {}) {
    this.#judge = new CandidateJudge(candidate, { isMasked: options.isMasked });
    this.#examples = options.examplesPerGroup ?? 5;
  }

  /** Adds one record; records other than `authorize` are ignored. */
  add(record: AuditRecord): void {
    if (record.event !== "authorize") return;
    this.#records++;
    if (this.#firstTs === undefined || record.ts < this.#firstTs) this.#firstTs = record.ts;
    if (this.#lastTs === undefined || record.ts > this.#lastTs) this.#lastTs = record.ts;
    const { server, tool, subject, roles, decision } = record;
    if (server === undefined || tool === undefined || (decision !== "allow" && decision !== "deny")) {
      this.#incomplete++;
      return;
    }
    const stage = decision === "allow" ? "access" : reasonStage(record.reason);
    if (stage === "identity" || (subject === undefined && stage !== "unknown")) {
      this.#unauthenticated++;
      return;
    }
    if (stage === "unknown" || subject === undefined || !Array.isArray(roles)) {
      this.#incomplete++;
      return;
    }
    const kind = record.agent?.kind;
    const principal: Principal = { subject, roles, team: record.team, ...(kind ? { kind } : {}) };
    const judged = this.#judge.judge({ principal, server, tool, arguments: record.arguments, annotations: record.annotations });
    if ((kind === undefined || kind === "static") && !definesSubject(this.#judge.candidate, subject)) this.#byRecordedRoles++;
    if (stage === "after_access") {
      this.#afterAccess++;
      if (judged.kind === "decided" && !judged.verdict.allow) this.#afterAccessDenied++;
      return;
    }
    this.#replayed++;
    const from: Verdict = { allow: decision === "allow", reason: record.reason ?? (decision === "allow" ? "ALLOWED" : ""), rule: record.rule ?? "" };
    if (judged.kind === "cannot_tell") {
      const to = from.allow ? judged.ifViolated : judged.ifSatisfied;
      this.#tally("undecided", record, from, to, judged.cause);
      return;
    }
    const to = judged.verdict;
    if (to.allow === from.allow) {
      this.#unchanged++;
      if (to.rule !== from.rule || to.reason !== from.reason) this.#otherRule++;
      return;
    }
    this.#tally(to.allow ? "allowed" : "denied", record, from, to, undefined);
  }

  /** The report over every record added so far. */
  report(): ReplayReport {
    const candidate = this.#judge.candidate;
    const groups = (bucket: Bucket) => [...this.#groups[bucket].values()].sort(byCount).map((g) => this.#freeze(g));
    return {
      candidate: { source: candidate.source, revision: candidate.revision },
      records: this.#records,
      replayed: this.#replayed,
      unchanged: this.#unchanged,
      unchangedOtherRule: this.#otherRule,
      newlyDenied: { count: this.#counts.denied, groups: groups("denied") },
      newlyAllowed: { count: this.#counts.allowed, groups: groups("allowed") },
      cannotTell: { count: this.#counts.undecided, groups: groups("undecided") as UndecidedGroup[] },
      notReplayed: {
        unauthenticated: this.#unauthenticated,
        deniedAfterAccess: this.#afterAccess,
        deniedAfterAccessNowDeniedByAccess: this.#afterAccessDenied,
        incomplete: this.#incomplete,
      },
      decidedByRecordedRoles: this.#byRecordedRoles,
      firstTs: this.#firstTs,
      lastTs: this.#lastTs,
      notes: this.#notes(),
    };
  }

  #tally(bucket: Bucket, record: AuditRecord, from: Verdict, to: Verdict, cause: Unknown | undefined): void {
    this.#counts[bucket]++;
    const subject = record.subject ?? "";
    const server = record.server ?? "";
    const tool = record.tool ?? "";
    const key = `${subject}\u0000${server}\u0000${tool}\u0000${cause ?? ""}`;
    let group = this.#groups[bucket].get(key);
    if (!group) {
      const upServer = record.upstreamServer ?? server;
      const upTool = record.upstreamTool ?? tool;
      const upstream = upServer !== server || upTool !== tool ? `${upServer}/${upTool}` : undefined;
      group = { subject, server, tool, upstream, cause, count: 0, rules: new Map(), examples: [] };
      this.#groups[bucket].set(key, group);
    }
    group.count++;
    const ruleKey = `${from.reason}\u0000${from.rule}\u0000${to.reason}\u0000${to.rule}`;
    const transition = group.rules.get(ruleKey);
    if (transition) transition.count++;
    else group.rules.set(ruleKey, { from, to, count: 1 });
    if (record.decisionId !== undefined && group.examples.length < this.#examples) group.examples.push(record.decisionId);
  }

  #freeze(g: GroupState): ChangeGroup | UndecidedGroup {
    const rules = [...g.rules.values()].sort((a, b) => b.count - a.count);
    return {
      subject: g.subject,
      server: g.server,
      tool: g.tool,
      ...(g.upstream ? { upstream: g.upstream } : {}),
      count: g.count,
      rules,
      examples: g.examples,
      ...(g.cause ? { cause: g.cause } : {}),
    };
  }

  #notes(): string[] {
    const notes = [
      "limits (rate, budget, step caps, duplicate guard) are stateful and were not replayed: only access control was re-decided (roles, allow/deny, virtual servers, argument and annotation conditions)",
    ];
    if (this.#afterAccess > 0) {
      notes.push(
        `${this.#afterAccess} call(s) denied at the time after access control allowed them (limits, credentials, state or audit unavailable) are not counted as changes; the candidate's access control would deny ${this.#afterAccessDenied} of them`,
      );
    }
    if (this.#unauthenticated > 0) notes.push(`${this.#unauthenticated} call(s) whose caller did not authenticate were skipped: identity is not replayed`);
    if (this.#byRecordedRoles > 0) {
      notes.push(`${this.#byRecordedRoles} call(s) of static subjects the candidate does not define were decided by the roles recorded with them`);
    }
    notes.push("gateway and IdP callers are decided by the roles recorded with them (IdP claim mappings are not replayed)");
    if (this.#incomplete > 0) notes.push(`${this.#incomplete} record(s) lacked the fields replay needs and were skipped`);
    return notes;
  }
}

/**
 * Re-decides recorded calls under a candidate policy and reports what would change.
 *
 * @example
 * ```ts
 * const report = replayPolicy({ candidate, records });
 * report.newlyDenied.groups[0]; // { subject: "agent:support-bot", server: "jira", tool: "create_issue", count: 41, … }
 * ```
 */
export function replayPolicy(input: { readonly candidate: CompiledPolicy; readonly records: Iterable<AuditRecord> } & PolicyReplayOptions): ReplayReport {
  const replay = new PolicyReplay(input.candidate, input);
  for (const record of input.records) replay.add(record);
  return replay.report();
}

function byCount(a: GroupState, b: GroupState): number {
  return b.count - a.count || a.subject.localeCompare(b.subject) || a.server.localeCompare(b.server) || a.tool.localeCompare(b.tool);
}
