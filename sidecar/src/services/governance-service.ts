/**
 * GovernanceService handlers: proto in, domain call, proto out. No decision logic here.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type ServiceImpl } from "@connectrpc/connect";
import {
  AuthorizeResponseSchema,
  Decision,
  FilterToolsResponseSchema,
  GovernanceService,
  LimitKind,
  LimitStatusSchema,
  Reason,
  RecordAuditResponseSchema,
  RuleTraceSchema,
  TargetSchema,
} from "@portcullis/sdk/gen";
import { filterToolsRecord } from "../audit/index.js";
import { CALLER_REASONS, filterTools, type DecisionEngine } from "../decision/index.js";
import { CallCredential, type Credentials } from "../credentials/index.js";
import type { GuardrailScanner } from "../guardrails/index.js";
import { LimitRequestError, type LimitKind as DomainLimitKind } from "../limits/index.js";
import type { Logger } from "../logger.js";
import { RepeatedLines } from "../repeated-lines.js";
import type { PolicyStore } from "../policy/index.js";
import { checkCallOutcome, closeCallRecord } from "./call-record.js";
import { principalOf, requireCaller } from "./caller.js";
import { checkToken, parseJsonObject, REQUEST_LIMITS, requireName } from "./request-bounds.js";
import { credentialMessage, handleResolveCredential } from "./resolve-credential.js";
import { handleScanResponse } from "./scan-response.js";
import { logUnexpectedErrors } from "./unexpected-errors.js";

/** What the governance handlers need. */
export interface GovernanceDeps {
  readonly policies: PolicyStore;
  readonly engine: DecisionEngine;
  readonly scanner: GuardrailScanner;
  readonly logger: Logger;
  readonly credentials: Credentials;
  /** Where repeated per-call refusals are counted instead of written each (default: one of its own). */
  readonly repeatedLines?: RepeatedLines | undefined;
}

const LIMIT_KINDS: Record<DomainLimitKind, LimitKind> = {
  rate: LimitKind.RATE,
  tokens: LimitKind.TOKEN_BUDGET,
  steps: LimitKind.WORKFLOW_STEPS,
  duplicate: LimitKind.DUPLICATE_CALL,
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
  const lines = deps.repeatedLines ?? new RepeatedLines(logger);
  const withLines = { ...deps, repeatedLines: lines };
  // An unexpected error is answered Internal with its text withheld: the log says what it was.
  return logUnexpectedErrors(
    GovernanceService,
    {
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
            precondition: withCredential && ((access, policy, budget) => withCredential.produce(access, policy, budget)),
          })
          .catch((err: unknown) => {
            if (err instanceof LimitRequestError) throw new ConnectError(err.message, Code.InvalidArgument);
            throw err;
          });
        const { decisionId } = decision;
        // Allows are logged at debug only (and fail-open ones are summarised by the
        // LimitStateWatch); a deny at info, once a minute per kind with the count of its
        // repeats (repeated-lines.ts). The fields are built only when a line may be written.
        if (decision.allow) {
          if (logger.isLevelEnabled("debug")) {
            const { principal, reason, matchedRule: rule, policyRevision: revision, failOpen } = decision;
            logger.debug(
              { decisionId, subject: principal?.subject, server: req.server, tool: req.tool, reason: Reason[reason], rule, revision, failOpen },
              "allow",
            );
          }
        } else if (lines.enabled("info")) {
          const subject = decision.principal?.subject;
          const reason = Reason[decision.reason];
          const fields = { decisionId, subject, server: req.server, tool: req.tool, reason, rule: decision.matchedRule, revision: decision.policyRevision };
          lines.write("info", `deny\0${reason}\0${subject}\0${req.server}\0${req.tool}\0${decision.matchedRule}\0${decision.policyRevision}`, fields, "deny");
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
        if (!caller.ok) {
          // Refused as a refused Authorize is recorded: why, under which Reason (a revoked
          // token's attempts must show in the trail), before the caller hears it.
          const refusal = { reason: Reason[CALLER_REASONS[caller.reason]], message: caller.message };
          await engine.audit.record(policy, filterToolsRecord(policy, { server: req.server, refusal }));
        }
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

      resolveCredential: (req, ctx) => handleResolveCredential(req, ctx, withLines),
      scanResponse: (req, ctx) => handleScanResponse(req, ctx, withLines),
      // Completes the call's audit record with its outcome and settles its token-budget
      // reservation. The outcome is recorded first: a settlement whose record cannot be
      // written is not made, so the caller's retry settles it once.
      async recordAudit(req) {
        checkToken("token", req.token);
        requireName("decision_id", req.decisionId, "the decision_id Authorize returned");
        checkCallOutcome(req);
        const policy = policies.current;
        const principal = await requireCaller(engine.identity, policy, req.token);
        await closeCallRecord(engine, policy, principal, req.decisionId, req);
        return create(RecordAuditResponseSchema, { recordId: req.decisionId });
      },
      ping() {
        return {};
      },
    },
    logger,
  );
}
