/**
 * The ResolveCredential handler: the downstream credential of an allowed call (wall 2).
 * Answers like a decision: ALLOW with the credential, or DENY with the reason.
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
import { resolveCallCredential, type ProducedCredential } from "../credentials/index.js";
import type { RepeatedLines } from "../repeated-lines.js";
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
  const resolving = deps.engine.identity.resolve(policy, req.token);
  const caller = resolving instanceof Promise ? await resolving : resolving;
  const pending = resolveCallCredential(policy, caller, req, deps.credentials.broker, deps.engine.identity);
  const outcome = pending instanceof Promise ? await pending : pending;
  const subject = outcome.principal?.subject ?? "";
  if (outcome.allow) {
    deps.logger.debug({ subject, server: req.server, tool: req.tool, decisionId: req.decisionId }, "credential resolved");
    return create(ResolveCredentialResponseSchema, {
      decision: Decision.ALLOW,
      reason: Reason.ALLOWED,
      credential: credentialMessage(outcome.credential),
      subject,
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
    subject,
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
    expiresAtMs: BigInt(credential.expiresAtMs),
    server: credential.server,
  });
}
