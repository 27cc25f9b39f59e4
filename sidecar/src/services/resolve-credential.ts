/**
 * The ResolveCredential handler: the downstream credential of an allowed call (wall 2).
 * Answers like a decision: ALLOW with the credential, or DENY with the reason — and, like an
 * Authorize decision, every answer leaves a `resolve_credential` record (never the secret, nor
 * a connect link). A credential whose record cannot be taken is not released: the answer is
 * REASON_AUDIT_UNAVAILABLE, unless the policy's `audit.onUnavailable` is `allow`.
 */
import { create } from "@bufbuild/protobuf";
import type { HandlerContext } from "@connectrpc/connect";
import {
  CredentialSchema,
  Decision,
  Reason,
  ResolveCredentialResponseSchema,
  type ResolveCredentialRequest,
  type ResolveCredentialResponse,
} from "@portcullis/sdk/gen";
import { AuditUnavailableError, resolveCredentialRecord } from "../audit/index.js";
import { type CredentialResolution, epochMs, resolveCallCredential, type ProducedCredential } from "../credentials/index.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { RepeatedLines } from "../repeated-lines.js";
import { StateBudget } from "../state-budget.js";
import type { GovernanceDeps } from "./governance-service.js";
import { checkToken, requireName } from "./request-bounds.js";

/**
 * Resolves the credential of one call.
 *
 * @example
 * ```ts
 * resolveCredential: (req, ctx) => handleResolveCredential(req, ctx, { ...deps, repeatedLines }),
 * ```
 */
export async function handleResolveCredential(
  req: ResolveCredentialRequest,
  _ctx: HandlerContext,
  deps: GovernanceDeps & { readonly repeatedLines: RepeatedLines },
): Promise<ResolveCredentialResponse> {
  checkToken("token", req.token);
  requireName("server", req.server, "the MCP server or virtual server the tool belongs to");
  requireName("tool", req.tool, "the tool name as the caller sees it");
  if (req.decisionId !== "") requireName("decision_id", req.decisionId, "the decision_id Authorize returned");
  const policy = deps.policies.current;
  const trail = deps.engine.audit;
  // As Authorize: while the trail refuses records, nothing is resolved — no refresh, no
  // exchange, no connect link for a call whose answer could not be recorded.
  const refusal = trail.refusal(policy);
  if (refusal) return auditUnavailable(policy, refusal.rawMessage, "");
  // As a decision: `--state-timeout` bounds all its waits on Redis together (the token's
  // lookup, the vault's read, the second look at the caller), not each one.
  const budget = new StateBudget(deps.engine.limiter.timeoutMs);
  const resolving = deps.engine.identity.resolve(policy, req.token, budget);
  const caller = resolving instanceof Promise ? await resolving : resolving;
  const pending = resolveCallCredential(policy, caller, req, deps.credentials.broker, deps.engine.identity, budget);
  const outcome = pending instanceof Promise ? await pending : pending;
  const subject = outcome.principal?.subject ?? "";
  // Every answer says which policy decided it and which decision its record is filed under.
  let decisionId = req.decisionId;
  if (trail.enabled) {
    try {
      const record = credentialRecord(policy, req, outcome);
      decisionId = record.decisionId ?? "";
      const recording = trail.record(policy, record);
      if (recording) await recording;
    } catch (err) {
      if (!(err instanceof AuditUnavailableError)) throw err;
      // The record of a release is its condition: an unrecorded credential is not handed out.
      return auditUnavailable(policy, err.rawMessage, subject);
    }
  }
  const decided = { subject, policyRevision: policy.revision, decisionId };
  if (outcome.allow) {
    deps.logger.debug({ subject, server: req.server, tool: req.tool, decisionId: req.decisionId }, "credential resolved");
    return create(ResolveCredentialResponseSchema, {
      decision: Decision.ALLOW,
      reason: Reason.ALLOWED,
      credential: credentialMessage(outcome.credential),
      ...decided,
    });
  }
  const reason = Reason[outcome.reason];
  const fields = { subject, server: req.server, tool: req.tool, decisionId: req.decisionId, reason };
  deps.repeatedLines.write("info", `credential refused\0${reason}\0${subject}\0${req.server}\0${req.tool}`, fields, "credential refused");
  return create(ResolveCredentialResponseSchema, {
    decision: Decision.DENY,
    reason: outcome.reason,
    message: outcome.message,
    connectUrl: outcome.connectUrl ?? "",
    ...decided,
  });
}

/** The record of one answer: what was asked, what was decided, the credential's kind and origin. */
function credentialRecord(policy: CompiledPolicy, req: ResolveCredentialRequest, outcome: CredentialResolution) {
  const { principal, target, matchedRule } = outcome;
  const facts = {
    server: req.server,
    tool: req.tool,
    decisionId: req.decisionId,
    principal,
    target,
    matchedRule,
    credential: credentialKind(policy, target?.server),
  };
  if (outcome.allow) {
    const { source, credential } = outcome;
    return resolveCredentialRecord(policy, { ...facts, allow: true, reason: Reason[Reason.ALLOWED], message: "", source, expiresAtMs: credential.expiresAtMs });
  }
  const reason = Reason[outcome.reason] ?? String(outcome.reason);
  return resolveCredentialRecord(policy, { ...facts, allow: false, reason, message: outcome.message, connectLink: Boolean(outcome.connectUrl) });
}

/** What the policy says the real server takes; undefined before access control found the server. */
function credentialKind(policy: CompiledPolicy, server: string | undefined): string | undefined {
  if (server === undefined) return undefined;
  const config = policy.credentials.get(server);
  if (!config) return "none";
  return config.type === "static" && config.perUser ? "static-per-user" : config.type;
}

/** The answer when the trail cannot take the record: no credential, retry once it can. */
function auditUnavailable(policy: CompiledPolicy, message: string, subject: string): ResolveCredentialResponse {
  return create(ResolveCredentialResponseSchema, {
    decision: Decision.DENY,
    reason: Reason.AUDIT_UNAVAILABLE,
    message,
    subject,
    policyRevision: policy.revision,
  });
}

/**
 * The proto form of a produced credential.
 *
 * @example
 * ```ts
 * create(AuthorizeResponseSchema, { credential: credentialMessage(produced) });
 * ```
 */
export function credentialMessage(credential: ProducedCredential) {
  return create(CredentialSchema, {
    headers: { ...credential.headers },
    env: { ...credential.env },
    // Whole and in range whatever a provider said (BigInt throws on 3599000.1).
    expiresAtMs: BigInt(epochMs(credential.expiresAtMs)),
    server: credential.server,
  });
}
