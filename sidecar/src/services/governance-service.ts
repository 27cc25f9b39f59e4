/**
 * GovernanceService handlers: proto in, domain call, proto out. No decision logic here.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  AuthorizeResponseSchema,
  CallOutcome,
  Decision,
  FilterToolsResponseSchema,
  type GovernanceService,
  LimitKind,
  LimitStatusSchema,
  Reason,
  RecordAuditResponseSchema,
  RuleTraceSchema,
  TargetSchema,
} from "@portcullis/sdk/gen";
import { filterToolsRecord, maskAttributes, outcomeRecord } from "../audit/index.js";
import { filterTools, type DecisionEngine } from "../decision/index.js";
import { CallCredential, type Credentials } from "../credentials/index.js";
import type { GuardrailScanner } from "../guardrails/index.js";
import { LimitRequestError, type LimitKind as DomainLimitKind, type Settlement } from "../limits/index.js";
import type { Logger } from "../logger.js";
import type { PolicyStore } from "../policy/index.js";
import { principalOf, requireCaller } from "./caller.js";
import { checkAttributes, checkToken, parseJsonObject, REQUEST_LIMITS, requireName } from "./request-bounds.js";
import { credentialMessage, handleResolveCredential } from "./resolve-credential.js";
import { handleScanResponse } from "./scan-response.js";

/** What the governance handlers need. */
export interface GovernanceDeps {
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  readonly scanner: GuardrailScanner;
  readonly logger: Logger;
  readonly credentials: Credentials;
}

const LIMIT_KINDS: Record<DomainLimitKind, LimitKind> = {
  rate: LimitKind.RATE,
  tokens: LimitKind.TOKEN_BUDGET,
  steps: LimitKind.WORKFLOW_STEPS,
  duplicate: LimitKind.DUPLICATE_CALL,
};

/** RecordAudit's answer to each settlement that did not go through. */
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
};

/**
 * Implements GovernanceService over the policy store.
 *
 * @example
 * ```ts
 * router.service(GovernanceService, governanceService({ policies, logger }));
 * ```
 */
export function governanceService(deps: GovernanceDeps): ServiceImpl<typeof GovernanceService> {
  const { policies, engine, logger } = deps;
  return {
    async authorize(req, ctx) {
      checkToken("token", req.token);
      requireName("server", req.server, "the MCP server or virtual server the tool belongs to");
      requireName("tool", req.tool, "the tool name as the caller sees it");
      const args = parseJsonObject("arguments_json", req.argumentsJson, {
        maxBytes: REQUEST_LIMITS.argumentsBytes,
        maxDepth: REQUEST_LIMITS.argumentsDepth,
      });
      if (req.estimatedTokens < 0n) throw new ConnectError("estimated_tokens: must not be negative", Code.InvalidArgument);
      // A dry run asks what would be decided: it must not hand out a credential, nor make a
      // provider refresh or exchange a token for a call that will not happen.
      const withCredential = req.includeCredential && !req.dryRun ? new CallCredential(deps.credentials.broker, req.token, engine.identity) : undefined;
      const decision = await engine
        .decide({
          token: req.token,
          server: req.server,
          tool: req.tool,
          arguments: args,
          argumentsChars: req.argumentsJson.length,
          annotations: req.annotations,
          explain: req.explain,
          workflowId: req.workflowId,
          estimatedTokens: Number(req.estimatedTokens),
          dryRun: req.dryRun,
          signal: ctx.signal,
          precondition: withCredential && ((access, policy) => withCredential.produce(access, policy)),
        })
        .catch((err: unknown) => {
          if (err instanceof LimitRequestError) throw new ConnectError(err.message, Code.InvalidArgument);
          throw err;
        });
      const { decisionId } = decision;
      // Allows are logged at debug only (and fail-open ones are summarised by the
      // LimitStateWatch): the fields are built only when the line will be written.
      const level = decision.allow ? "debug" : "info";
      if (logger.isLevelEnabled(level)) {
        const fields = {
          decisionId,
          subject: decision.principal?.subject,
          server: req.server,
          tool: req.tool,
          reason: Reason[decision.reason],
          rule: decision.matchedRule,
          revision: decision.policyRevision,
          ...(decision.allow ? { failOpen: decision.failOpen } : {}),
        };
        logger[level](fields, decision.allow ? "allow" : "deny");
      }
      return create(AuthorizeResponseSchema, {
        decision: decision.allow ? Decision.ALLOW : Decision.DENY,
        reason: decision.reason,
        message: decision.message,
        matchedRule: decision.matchedRule,
        decisionId,
        policyRevision: decision.policyRevision,
        subject: decision.principal?.subject ?? "",
        roles: [...(decision.principal?.roles ?? [])],
        target: decision.target ? create(TargetSchema, decision.target) : undefined,
        explanation: decision.explanation.map((t) => create(RuleTraceSchema, t)),
        retryAfterMs: BigInt(decision.retryAfterMs),
        limits: decision.limits.map((l) =>
          create(LimitStatusSchema, { ...l, kind: LIMIT_KINDS[l.kind], remaining: BigInt(l.remaining), retryAfterMs: BigInt(l.retryAfterMs) }),
        ),
        failOpen: decision.failOpen,
        credential: decision.allow && withCredential?.produced ? credentialMessage(withCredential.produced) : undefined,
        connectUrl: withCredential?.connectUrl ?? "",
      });
    },

    async filterTools(req) {
      checkToken("token", req.token);
      requireName("server", req.server, "the MCP server or virtual server whose tools/list this is");
      if (req.tools.length > REQUEST_LIMITS.toolsPerList) {
        throw new ConnectError(`tools: ${req.tools.length} tools; the limit is ${REQUEST_LIMITS.toolsPerList}`, Code.ResourceExhausted);
      }
      req.tools.forEach((tool, i) => {
        requireName(`tools[${i}].name`, tool.name, "the tool's name from tools/list");
      });
      const policy = policies.current;
      const caller = await engine.identity.resolve(policy, req.token);
      // Unauthenticated, or Unavailable when the caller cannot be checked now (fail closed, retry).
      principalOf(caller);
      const outcome = filterTools(policy, caller, req.server, req.tools);
      if (!outcome.ok) {
        if ("unauthenticated" in outcome) throw new ConnectError(`token: ${outcome.unauthenticated}`, Code.Unauthenticated);
        throw new ConnectError(`tools[${outcome.invalid.index}].${outcome.invalid.message}`, Code.InvalidArgument);
      }
      const isVirtual = policy.virtualServers.has(req.server);
      await engine.audit.record(
        policy,
        filterToolsRecord(policy, { server: req.server, principal: outcome.principal, visible: outcome.visible.length, hidden: outcome.hidden }),
      );
      return create(FilterToolsResponseSchema, {
        tools: outcome.visible.map(({ tool, exposedName, target }) =>
          isVirtual ? { ...tool, name: exposedName, upstreamServer: target.server, upstreamName: target.tool } : tool,
        ),
        hiddenCount: outcome.hidden,
        policyRevision: policy.revision,
        subject: outcome.principal.subject,
      });
    },

    resolveCredential: (req, ctx) => handleResolveCredential(req, ctx, deps),
    scanResponse: (req, ctx) => handleScanResponse(req, ctx, deps),
    // Completes the call's audit record with its outcome and settles its token-budget
    // reservation. The outcome is recorded first: a settlement whose record cannot be
    // written is not made, so the caller's retry settles it once.
    async recordAudit(req) {
      checkToken("token", req.token);
      requireName("decision_id", req.decisionId, "the decision_id Authorize returned");
      if (req.tokensUsed < 0n) throw new ConnectError("tokens_used: must not be negative", Code.InvalidArgument);
      if (req.durationMs < 0n) throw new ConnectError("duration_ms: must not be negative", Code.InvalidArgument);
      if (req.responseBytes < 0n) throw new ConnectError("response_bytes: must not be negative", Code.InvalidArgument);
      const attributes = checkAttributes(req.attributes);
      const policy = policies.current;
      const principal = await requireCaller(engine.identity, policy, req.token);
      await engine.audit.record(
        policy,
        outcomeRecord(policy, {
          decisionId: req.decisionId,
          principal,
          status: CallOutcome[req.outcome] ?? "UNSPECIFIED",
          durationMs: Number(req.durationMs),
          responseBytes: Number(req.responseBytes),
          tokensUsed: Number(req.tokensUsed),
          attrs: maskAttributes(attributes, policy.audit),
        }),
      );
      const outcome = await engine.limiter.settle(req.decisionId, principal.subject, Number(req.tokensUsed)).catch((err: unknown) => {
        throw new ConnectError(`limit state is unavailable (${(err as Error).message}); retry the settlement`, Code.Unavailable);
      });
      const refusal = SETTLEMENT_ERRORS[outcome];
      if (refusal) throw new ConnectError(refusal[0], refusal[1]);
      return create(RecordAuditResponseSchema, { recordId: req.decisionId });
    },
    ping() {
      return {};
    },
  };
}
