/**
 * The audit records of the governance RPCs, built from what each decided. Pure functions:
 * the handlers and the decision engine pass what they know; arguments are masked here,
 * per the policy in force, before anything is queued.
 */
import type { CompiledPolicy, Principal } from "../policy/index.js";
import { maskArguments, maskText } from "./argument-masks.js";
import type { CompiledAuditPolicy } from "./audit-policy.js";
import type { DeferredWork } from "./audit-log.js";
import type { AuditRecord } from "./audit-record.js";

/** Who called, as a record names them. */
export function callerFields(principal: Principal | undefined): Pick<AuditRecord, "agent" | "subject" | "team" | "roles"> {
  if (!principal) return {};
  const agent: NonNullable<AuditRecord["agent"]> = { kind: principal.kind ?? "static" };
  if (principal.tokenId !== undefined) agent.tokenId = principal.tokenId;
  const out: Pick<AuditRecord, "agent" | "subject" | "team" | "roles"> = { agent, subject: principal.subject, roles: [...principal.roles] };
  if (principal.team !== undefined) out.team = principal.team;
  return out;
}

/** An Authorize decision as the record needs it. */
export interface AuthorizeFacts {
  readonly server: string;
  readonly tool: string;
  readonly arguments?: Readonly<Record<string, unknown>> | undefined;
  readonly annotations?: NonNullable<AuditRecord["annotations"]> | undefined;
  readonly workflowId?: string | undefined;
  readonly dryRun?: boolean | undefined;
  readonly estimatedTokens?: number | undefined;
  readonly decisionId: string;
  readonly allow: boolean;
  /** The Reason enum name. */
  readonly reason: string;
  readonly message: string;
  readonly matchedRule: string;
  readonly principal: Principal | undefined;
  readonly target: { readonly server: string; readonly tool: string } | undefined;
  readonly failOpen?: boolean | undefined;
  /** Shadow taint rules: the denial they would have given (reason enum name, rule, message). */
  readonly taintShadow?: { readonly reason: string; readonly rule: string; readonly message: string } | undefined;
}

/**
 * The record of one Authorize decision.
 *
 * @example
 * ```ts
 * log.append(authorizeRecord(policy, { server: "jira", tool: "create_issue", decisionId, allow: true, … }));
 * ```
 */
export function authorizeRecord(policy: CompiledPolicy, f: AuthorizeFacts, ts = Date.now()): AuditRecord {
  const record = authorizeRecordWithoutArguments(policy, f, ts);
  argumentsMasking(policy, f).finish(record);
  return record;
}

/**
 * The record of one Authorize decision whose arguments are masked when the writer takes it,
 * off the decision's path: the record, and the work to pass to `AuditTrail.record`. The
 * arguments object must not change after the decision. `argumentsChars` is the length of the
 * arguments' JSON as received (it bounds what masking adds to the record).
 *
 * @example
 * ```ts
 * const { record, deferred } = deferredAuthorizeRecord(policy, facts, req.argumentsJson.length);
 * trail.record(policy, record, deferred);
 * ```
 */
export function deferredAuthorizeRecord(
  policy: CompiledPolicy,
  f: AuthorizeFacts,
  argumentsChars: number,
  ts = Date.now(),
): { record: AuditRecord; deferred: DeferredWork } {
  return { record: authorizeRecordWithoutArguments(policy, f, ts), deferred: argumentsMasking(policy, f, argumentsChars) };
}

/** Masking can replace a short value by a longer marker; twice the JSON plus a margin bounds it in practice. */
function argumentsMasking(policy: CompiledPolicy, f: AuthorizeFacts, argumentsChars = 0): DeferredWork {
  const real = f.target ?? { server: f.server, tool: f.tool };
  const audit = policy.audit;
  const args = f.arguments;
  return {
    addsAtMost: 2 * argumentsChars + 256,
    finish(record) {
      // A call without arguments is recorded with `{}`: absent means the policy omits them.
      const masked = maskArguments(args ?? {}, audit, real.server, real.tool);
      if (masked !== undefined) record.arguments = masked;
      // Here too, not on the decision's path: names and the workflow id are the caller's.
      maskCallerStrings(record, audit);
    },
  };
}

function authorizeRecordWithoutArguments(policy: CompiledPolicy, f: AuthorizeFacts, ts: number): AuditRecord {
  const record: AuditRecord = { ts, event: "authorize", decisionId: f.decisionId, ...callerFields(f.principal) };
  Object.assign(record, targetFields(policy, f.server, f.tool, f.target));
  if (f.annotations !== undefined) record.annotations = { ...f.annotations };
  Object.assign(record, verdictFields(policy, f));
  const attrs: Record<string, string> = {};
  if (f.workflowId) attrs.workflowId = f.workflowId;
  if (f.dryRun) attrs.dryRun = "true";
  if (f.estimatedTokens) attrs.estimatedTokens = String(f.estimatedTokens);
  if (f.failOpen) attrs.failOpen = "true";
  if (f.taintShadow) {
    // Measured before enforced: what the taint rules would have refused, never acted on.
    attrs.taintWouldDeny = f.taintShadow.reason;
    attrs.taintRule = f.taintShadow.rule;
    attrs.taintMessage = f.taintShadow.message;
  }
  if (Object.keys(attrs).length > 0) record.attrs = attrs;
  return record;
}

/**
 * The verdict of a decision as every governance record carries it: allow or deny, the reason,
 * the message of a refusal (an allow's message only repeats its rule), the rule, the revision.
 */
function verdictFields(
  policy: CompiledPolicy,
  f: { readonly allow: boolean; readonly reason: string; readonly message: string; readonly matchedRule?: string | undefined },
): Pick<AuditRecord, "decision" | "reason" | "message" | "rule" | "policyRevision"> {
  const out: Pick<AuditRecord, "decision" | "reason" | "message" | "rule" | "policyRevision"> = { decision: f.allow ? "allow" : "deny", reason: f.reason };
  if (!f.allow) out.message = f.message;
  if (f.matchedRule) out.rule = f.matchedRule;
  out.policyRevision = policy.revision;
  return out;
}

/**
 * Masks, in place, the strings of a record that the caller chose — the server and tool as
 * named, the workflow id, and (`decisionId: true`) a decision id this sidecar may not have
 * issued — as argument values are masked; where the deny message or taint message quotes a
 * masked one, the quote is masked too.
 */
function maskCallerStrings(record: AuditRecord, audit: CompiledAuditPolicy, options: { decisionId?: boolean } = {}): void {
  const swaps: [string, string][] = [];
  const mask = (raw: string): string => {
    const masked = maskText(raw, audit);
    if (masked !== raw) swaps.push([raw, masked]);
    return masked;
  };
  if (record.server !== undefined) record.server = mask(record.server);
  if (record.virtualServer !== undefined) record.virtualServer = mask(record.virtualServer);
  if (record.tool !== undefined) record.tool = mask(record.tool);
  if (record.attrs?.workflowId !== undefined) record.attrs.workflowId = mask(record.attrs.workflowId);
  if (options.decisionId && record.decisionId !== undefined) record.decisionId = mask(record.decisionId);
  if (swaps.length === 0) return;
  const scrub = (text: string) => swaps.reduce((out, [raw, masked]) => out.split(raw).join(masked), text);
  if (record.message !== undefined) record.message = scrub(record.message);
  if (record.attrs?.taintMessage !== undefined) record.attrs.taintMessage = scrub(record.attrs.taintMessage);
}

/**
 * The server and tool fields: as the caller named them, plus the real target when the
 * caller went through a virtual server (or an alias).
 */
export function targetFields(
  policy: CompiledPolicy,
  server: string,
  tool: string | undefined,
  target: { readonly server: string; readonly tool: string } | undefined,
): Pick<AuditRecord, "server" | "virtualServer" | "upstreamServer" | "tool" | "upstreamTool"> {
  const out: Pick<AuditRecord, "server" | "virtualServer" | "upstreamServer" | "tool" | "upstreamTool"> = { server };
  if (policy.virtualServers.has(server)) out.virtualServer = server;
  if (target && target.server !== server) out.upstreamServer = target.server;
  if (tool !== undefined) out.tool = tool;
  if (target && target.tool !== tool) out.upstreamTool = target.tool;
  return out;
}

/** A refusal as a record names it: the Reason enum name and the message the caller got. */
export interface RecordedRefusal {
  readonly reason: string;
  readonly message: string;
}

/**
 * The record of a FilterTools call: who listed which server, and how many tools they saw — or,
 * for a caller that could not be resolved (unknown, revoked, expired token), the refusal, as a
 * refused Authorize records it (no subject: the token named none).
 *
 * @example
 * ```ts
 * trail.record(policy, filterToolsRecord(policy, { server: "jira", principal, visible: 4, hidden: 2 }));
 * trail.record(policy, filterToolsRecord(policy, { server: "jira", refusal: { reason: "TOKEN_REVOKED", message } }));
 * ```
 */
export function filterToolsRecord(
  policy: CompiledPolicy,
  f:
    | { readonly server: string; readonly principal: Principal; readonly visible: number; readonly hidden: number }
    | { readonly server: string; readonly refusal: RecordedRefusal },
  ts = Date.now(),
): AuditRecord {
  const record: AuditRecord = { ts, event: "filter_tools" };
  if ("refusal" in f) Object.assign(record, targetFields(policy, f.server, undefined, undefined), verdictFields(policy, { ...f.refusal, allow: false }));
  else {
    Object.assign(record, callerFields(f.principal), targetFields(policy, f.server, undefined, undefined), {
      decision: "allow" as const,
      policyRevision: policy.revision,
      attrs: { visible: String(f.visible), hidden: String(f.hidden) },
    });
  }
  maskCallerStrings(record, policy.audit);
  return record;
}

/** A ResolveCredential answer as its record needs it. */
export interface ResolveCredentialFacts {
  readonly server: string;
  readonly tool: string;
  /** The Authorize decision the caller says the credential is for ("" when none was given). */
  readonly decisionId: string;
  readonly allow: boolean;
  /** The Reason enum name. */
  readonly reason: string;
  readonly message: string;
  readonly matchedRule?: string | undefined;
  readonly principal: Principal | undefined;
  readonly target?: { readonly server: string; readonly tool: string } | undefined;
  /**
   * What kind of credential the real server takes, per the policy: `none`, `static` (shared),
   * `static-per-user`, `oauth2-user`, `oauth2-client-credentials`, `token-exchange`.
   */
  readonly credential?: string | undefined;
  /** Allowed: where the released credential came from (CredentialSource). */
  readonly source?: string | undefined;
  /** Allowed: when the released credential expires (Unix ms; 0: unknown or never). */
  readonly expiresAtMs?: number | undefined;
  /** Refused with CREDENTIAL_REQUIRED: whether a connect link was handed out (the link itself is a bearer secret). */
  readonly connectLink?: boolean | undefined;
}

/**
 * The record of one ResolveCredential: who asked for the credential of which server and tool,
 * whether it was released, what kind it is and where it came from — never its value, nor the
 * connect link of a refusal (whoever holds it connects an account to the subject).
 *
 * @example
 * ```ts
 * trail.record(policy, resolveCredentialRecord(policy, { server: "github", tool: "search_code", decisionId: "",
 *   allow: true, reason: "ALLOWED", message: "", principal, credential: "static-per-user", source: "vault" }));
 * ```
 */
export function resolveCredentialRecord(policy: CompiledPolicy, f: ResolveCredentialFacts, ts = Date.now()): AuditRecord {
  const record: AuditRecord = { ts, event: "resolve_credential" };
  if (f.decisionId) record.decisionId = f.decisionId;
  Object.assign(record, callerFields(f.principal), targetFields(policy, f.server, f.tool, f.target), verdictFields(policy, f));
  const attrs: Record<string, string> = {};
  if (f.credential) attrs.credential = f.credential;
  if (f.allow && f.source) attrs.credentialSource = f.source;
  if (f.allow && f.expiresAtMs) attrs.credentialExpiresAt = new Date(f.expiresAtMs).toISOString();
  if (f.connectLink) attrs.connectLink = "issued";
  if (Object.keys(attrs).length > 0) record.attrs = attrs;
  // The server, tool and decision id are the caller's words.
  maskCallerStrings(record, policy.audit, { decisionId: true });
  return record;
}

/**
 * The record of an account connected through the browser flow (the provider's callback): who
 * connected which server, and how it ended — never the code, the state, the verifier or a
 * token. `decision` is `allow` when the account was connected, `deny` when the flow was
 * refused (the provider said no, the subject was offboarded), `error` when it failed.
 *
 * @example
 * ```ts
 * trail.record(policy, connectAccountRecord(policy, { subject: "alice", server: "jira", outcome: "connected" }));
 * ```
 */
export function connectAccountRecord(
  policy: CompiledPolicy,
  f: {
    readonly subject: string;
    readonly server: string;
    readonly outcome: "connected" | "refused" | "failed";
    /** Why it was refused or failed (the provider's error code, offboarded, …). */
    readonly message?: string | undefined;
  },
  ts = Date.now(),
): AuditRecord {
  const decision = f.outcome === "connected" ? "allow" : f.outcome === "refused" ? "deny" : "error";
  const record: AuditRecord = { ts, event: "connect_account", subject: f.subject, server: f.server, decision, policyRevision: policy.revision };
  if (f.message) record.message = f.message.slice(0, 2048);
  record.attrs = { outcome: f.outcome, flow: "oauth2-authorization-code" };
  return record;
}

/**
 * The record of a ScanResponse: the verdict and the findings' types and counts — never the
 * matched text.
 *
 * @example
 * ```ts
 * trail.record(policy, scanRecord(policy, { server, tool, target, principal, decisionId, action: "block", findings, profile }));
 * ```
 */
export function scanRecord(
  policy: CompiledPolicy,
  f: {
    readonly server: string;
    readonly tool: string;
    readonly target: { readonly server: string; readonly tool: string };
    readonly principal: Principal;
    readonly decisionId: string;
    readonly action: "allow" | "flag" | "block" | "mutate";
    readonly findings: readonly { readonly type: string }[];
    readonly profile: string;
    /** The workflow the call belongs to, as the request named it. */
    readonly workflowId?: string | undefined;
  },
  ts = Date.now(),
): AuditRecord {
  const record: AuditRecord = { ts, event: "scan_response", ...callerFields(f.principal), ...targetFields(policy, f.server, f.tool, f.target) };
  if (f.decisionId) record.decisionId = f.decisionId;
  // Under attrs, as the Authorize record keeps it (masked below, with the names).
  if (f.workflowId) record.attrs = { workflowId: f.workflowId };
  record.decision = f.action;
  record.rule = f.profile;
  record.policyRevision = policy.revision;
  if (f.findings.length > 0) {
    const counts = new Map<string, number>();
    for (const finding of f.findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
    record.findings = [...counts].map(([type, count]) => ({ type, count }));
  }
  // The decision id may be another replica's, or made up: the caller's string too.
  maskCallerStrings(record, policy.audit, { decisionId: true });
  return record;
}

/**
 * The record that completes a call (RecordAudit): how it ended, how long it took, what it
 * cost. It carries the decision's id; a query joins the two.
 *
 * @example
 * ```ts
 * trail.record(policy, outcomeRecord(policy, { decisionId, principal, status: "SUCCESS", durationMs: 120, tokensUsed: 900 }));
 * ```
 */
export function outcomeRecord(
  policy: CompiledPolicy,
  f: {
    readonly decisionId: string;
    readonly principal: Principal;
    readonly status: string;
    readonly durationMs?: number | undefined;
    readonly responseBytes?: number | undefined;
    readonly tokensUsed?: number | undefined;
    readonly attrs?: Readonly<Record<string, string>> | undefined;
  },
  ts = Date.now(),
): AuditRecord {
  const outcome: NonNullable<AuditRecord["outcome"]> = { status: f.status };
  if (f.durationMs) outcome.durationMs = f.durationMs;
  if (f.responseBytes) outcome.responseBytes = f.responseBytes;
  if (f.tokensUsed) outcome.tokensUsed = f.tokensUsed;
  const record: AuditRecord = { ts, event: "outcome", decisionId: f.decisionId, ...callerFields(f.principal), outcome, policyRevision: policy.revision };
  if (f.attrs && Object.keys(f.attrs).length > 0) record.attrs = { ...f.attrs };
  return record;
}

/** Request fields of admin RPCs that may be recorded: identifiers, never a secret or a token. */
const ADMIN_FIELDS = ["subject", "tokenId", "revocationId", "server", "kind", "roles", "team", "reason", "ttlSeconds"] as const;

/**
 * The record of an admin RPC: which method, on what (subject, token id, server — read from an
 * allow-list of request fields, so a credential's secret or an issued token never reaches
 * it), and how it ended.
 *
 * @example
 * ```ts
 * trail.record(policy, adminRecord(policy, "RevokeToken", { tokenId: "t-1" }, "ok"));
 * ```
 */
export function adminRecord(policy: CompiledPolicy, method: string, request: Readonly<Record<string, unknown>>, status: string, ts = Date.now()): AuditRecord {
  const attrs: Record<string, string> = { method, status };
  const record: AuditRecord = { ts, event: "admin", agent: { kind: "static" }, subject: "admin", policyRevision: policy.revision, attrs };
  for (const field of ADMIN_FIELDS) {
    const value = request[field];
    if (value === undefined || value === "" || value === 0 || value === 0n) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    attrs[field] = Array.isArray(value) ? value.join(",") : String(value).slice(0, 256);
  }
  return record;
}

/**
 * The record of an offboarding — by an admin, the CLI or the IdP through SCIM: what was
 * revoked and deleted, and what could not be.
 *
 * @example
 * ```ts
 * trail.record(policy, offboardRecord(policy, outcome, { reason: "contract ended", source: "scim" }));
 * ```
 */
export function offboardRecord(
  policy: CompiledPolicy,
  outcome: {
    readonly subject: string;
    readonly tokensRevoked: number;
    readonly credentialsDeleted: number;
    readonly providerRevocations: number;
    readonly problems: readonly string[];
  },
  how: { readonly reason: string; readonly source: string },
  ts = Date.now(),
): AuditRecord {
  return {
    ts,
    event: "offboard",
    subject: outcome.subject,
    decision: outcome.problems.length === 0 ? "allow" : "error",
    message: outcome.problems.length === 0 ? how.reason : `${how.reason}; problems: ${outcome.problems.join("; ")}`.slice(0, 2048),
    policyRevision: policy.revision,
    attrs: {
      source: how.source,
      tokensRevoked: String(outcome.tokensRevoked),
      credentialsDeleted: String(outcome.credentialsDeleted),
      providerRevocations: String(outcome.providerRevocations),
    },
  };
}
