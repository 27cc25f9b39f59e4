/**
 * The ScanResponse handler: proto in, guardrail scan, proto out. Kept apart from the other
 * governance handlers because it owns the mapping of guardrail errors to codes.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import { codeToString } from "@connectrpc/connect/protocol-connect";
import {
  type CallRecord,
  CallOutcome,
  FindingSchema,
  ScanAction,
  ScanResponseResponseSchema,
  type ScanResponseRequest,
  type ScanResponseResponse,
} from "@portcullis/sdk/gen";
import { scanRecord } from "../audit/index.js";
import { responseProfile, spotlightSelects, type DecisionEngine } from "../decision/index.js";
import { GuardrailError, summarizeFindings, type GuardrailScanner, type ScanOutcome, type ScanVerdict } from "../guardrails/index.js";
import type { Logger } from "../logger.js";
import type { RepeatedLines } from "../repeated-lines.js";
import type { CompiledPolicy, PolicyStore, Principal } from "../policy/index.js";
import { checkCallOutcome, closeCallRecord } from "./call-record.js";
import { requireCaller } from "./caller.js";
import { checkToken, requireName } from "./request-bounds.js";
import { scanRequestInput } from "./scan-input.js";

const ACTIONS: Record<ScanVerdict, ScanAction> = {
  allow: ScanAction.ALLOW,
  flag: ScanAction.FLAG,
  block: ScanAction.BLOCK,
  mutate: ScanAction.MUTATE,
};

const ERROR_CODES = {
  too_large: Code.ResourceExhausted,
  deadline_exceeded: Code.DeadlineExceeded,
  invalid_input: Code.InvalidArgument,
  pool_closed: Code.Unavailable,
} as const;

/**
 * Findings a reply lists at most (the rest are counted in `findings_omitted`): a megabyte of
 * repeated addresses holds ~150,000, a reply of ~15 MB that no host reads finding by finding.
 */
const FINDINGS_LISTED_MAX = 1000;

/**
 * Scans one tool response with the guardrail profile the policy assigns to its tool.
 *
 * @example
 * ```ts
 * scanResponse: (req, ctx) => handleScanResponse(req, ctx, { policies, engine, scanner, logger, repeatedLines }),
 * ```
 */
export async function handleScanResponse(
  req: ScanResponseRequest,
  ctx: HandlerContext,
  deps: { policies: PolicyStore; engine: DecisionEngine; scanner: GuardrailScanner; logger: Logger; repeatedLines: RepeatedLines },
): Promise<ScanResponseResponse> {
  checkToken("token", req.token);
  requireName("server", req.server, "the MCP server or virtual server that produced the response");
  requireName("tool", req.tool, "the tool that produced the response");
  // Exactly one: a non-empty text or result_json, or an explicitly empty text (an empty tool
  // output, which only a sender with field presence can say: to others "" is unset).
  const hasText = (req.text ?? "") !== "";
  const hasResult = (req.resultJson ?? "") !== "";
  if ((hasText && hasResult) || (!hasText && !hasResult && req.text === undefined)) {
    throw new ConnectError("text, result_json: give exactly one (plain text, or a CallToolResult as JSON)", Code.InvalidArgument);
  }
  if (req.record) {
    requireName("decision_id", req.decisionId, "the decision_id Authorize returned (record closes that decision's audit record)");
    checkCallOutcome(req.record, "record.");
  }
  const policy = deps.policies.current;
  const principal = await requireCaller(deps.engine.identity, policy, req.token);
  // Another subject's decision, as this sidecar knows it, is refused before anything is
  // scanned or recorded — as RecordAudit refuses it: a scan record under this caller naming
  // that decision would attach to another subject's call. An id this sidecar does not know
  // may be another replica's, and is accepted.
  if (req.decisionId !== "" && deps.engine.limiter.knownRefusal(req.decisionId, principal.subject) === "forbidden") {
    throw new ConnectError("decision_id: belongs to another subject's decision", Code.PermissionDenied);
  }
  const chosen = responseProfile(policy, principal, req.server, req.tool);
  if (!chosen.ok) throw new ConnectError(`tool: ${chosen.denied}`, Code.PermissionDenied);
  const { target, profile, rule } = chosen;
  // The annotations Authorize decided with, if this sidecar made the decision: a caller cannot
  // un-class its tool between the two calls. Else the request's; none: the worst case.
  const decided = deps.engine.decidedCall(req.decisionId, principal.subject);
  const hints = decided ? decided.hints : req.annotations;
  const spotlight = spotlightSelects(policy, profile, target, hints);

  let outcome: ScanOutcome;
  try {
    outcome = await scanRequestInput(deps.scanner, req, profile, { spotlight });
  } catch (err) {
    if (err instanceof GuardrailError) throw new ConnectError(err.message, ERROR_CODES[err.code] ?? Code.Internal);
    throw err;
  }
  await deps.engine.audit.record(
    policy,
    scanRecord(policy, {
      server: req.server,
      tool: req.tool,
      target,
      principal,
      decisionId: req.decisionId,
      action: outcome.action,
      findings: auditedFindings(outcome),
      profile: rule,
      workflowId: req.workflowId,
    }),
  );
  if (policy.taint && outcome.findings.some((f) => f.category === "injection")) await confirmTaint(deps, policy, principal, req, target);
  // Past the caller's deadline the caller has given up on this answer and records the outcome
  // itself (RecordAudit, BLOCKED as it withheld the result): a record written here as well
  // would say the call's result was passed on when it was not.
  const recordError = !req.record
    ? ""
    : pastDeadline(ctx)
      ? "deadline_exceeded: the caller's deadline passed before the record was written; record the outcome with RecordAudit"
      : await closeRecord(deps.engine, policy, principal, req.decisionId, req.record, outcome.action);
  // Block and mutate change what the agent reads: record them (finding types and counts only,
  // never the matched text). Flags are at debug: detect mode on a busy tool would flood logs.
  // Spotlighting alone is routine (every untrusted response): debug, like flags.
  const level = outcome.action === "block" || (outcome.action === "mutate" && outcome.categories.length > 0) ? "info" : "debug";
  if ((outcome.findings.length > 0 || outcome.spotlight) && deps.logger.isLevelEnabled(level)) {
    const summary = summarizeFindings(outcome.findings);
    const fields = {
      subject: principal.subject,
      server: target.server,
      tool: target.tool,
      decisionId: req.decisionId,
      action: outcome.action,
      profile: rule,
      findings: summary.byType,
      spotlight: outcome.spotlight?.mode,
    };
    const msg = outcome.findings.length > 0 ? "guardrail findings" : "response spotlighted";
    // A tool whose every response is blocked logs once a minute with the count (repeated-lines.ts).
    if (level === "info") {
      const key = `${msg}\0${principal.subject}\0${target.server}\0${target.tool}\0${outcome.action}\0${rule}\0${Object.keys(summary.byType).sort().join(",")}`;
      deps.repeatedLines.write("info", key, fields, msg);
    } else deps.logger[level](fields, msg);
  }
  const listed = outcome.findings.length > FINDINGS_LISTED_MAX ? outcome.findings.slice(0, FINDINGS_LISTED_MAX) : outcome.findings;
  return create(ScanResponseResponseSchema, {
    action: ACTIONS[outcome.action],
    findings: listed.map((f) =>
      create(FindingSchema, { type: f.type, ruleId: f.ruleId, start: f.start, end: f.end, confidence: f.confidence, category: f.category, path: f.path ?? "" }),
    ),
    findingsOmitted: outcome.findings.length - listed.length,
    text: outcome.text ?? "",
    resultJson: outcome.resultJson ?? (outcome.result ? JSON.stringify(outcome.result) : ""),
    profile: rule,
    policyRevision: policy.revision,
    spotlight: outcome.spotlight?.mode ?? "",
    recorded: req.record !== undefined && recordError === "",
    recordError,
  });
}

/**
 * Whether the caller's deadline has passed: its abort, or the time left (a scan runs on this
 * thread, so the deadline's timer may not have fired yet when the scan is done).
 */
function pastDeadline(ctx: HandlerContext): boolean {
  const left = ctx.timeoutMs();
  return ctx.signal.aborted || (left !== undefined && left <= 0);
}

/**
 * Closes the call's record after its scan: BLOCKED when the scan blocked it, whatever the
 * call did. Its failure is the reply's `record_error` (`code: message`), never the RPC's:
 * the verdict stands, and the caller reports the record's failure as it would RecordAudit's.
 */
async function closeRecord(
  engine: DecisionEngine,
  policy: CompiledPolicy,
  principal: Principal,
  decisionId: string,
  record: CallRecord,
  action: ScanVerdict,
): Promise<string> {
  try {
    await closeCallRecord(engine, policy, principal, decisionId, {
      ...record,
      outcome: action === "block" ? CallOutcome.BLOCKED : record.outcome,
      attributes: { ...record.attributes, scan: ScanAction[ACTIONS[action]] },
    });
    return "";
  } catch (err) {
    const error = ConnectError.from(err);
    return `${codeToString(error.code)}: ${error.rawMessage}`;
  }
}

/**
 * The findings as the audit record counts them, by type; spotlighting adds one entry of type
 * `SPOTLIGHT_DELIMIT` or `SPOTLIGHT_DATAMARK` per marked string, so a record shows why a
 * response without findings was mutated.
 */
function auditedFindings(outcome: ScanOutcome): readonly { readonly type: string }[] {
  if (!outcome.spotlight) return outcome.findings;
  const type = `SPOTLIGHT_${outcome.spotlight.mode.toUpperCase()}`;
  return [...outcome.findings, ...Array.from({ length: outcome.spotlight.strings }, () => ({ type }))];
}

/**
 * Injection found: the workflow the call belongs to is tainted, and its taint confirmed. The
 * scan's verdict stands even when the state store fails (the agent is told what was found);
 * the failure is logged, and the workflow keeps whatever taint its calls already set.
 */
async function confirmTaint(
  deps: { engine: DecisionEngine; logger: Logger; repeatedLines: RepeatedLines },
  policy: CompiledPolicy,
  principal: Principal,
  req: ScanResponseRequest,
  target: { server: string; tool: string },
): Promise<void> {
  try {
    const marked = await deps.engine.confirmTaint(policy, principal, {
      decisionId: req.decisionId,
      workflowId: req.workflowId,
      target: `${target.server}/${target.tool}`,
    });
    if (!marked)
      deps.logger.debug({ subject: principal.subject, decisionId: req.decisionId }, "injection found; no workflow to mark tainted (send workflow_id)");
  } catch (err) {
    const fields = { subject: principal.subject, decisionId: req.decisionId, err: (err as Error).message };
    const msg = "injection found; the workflow's taint could not be confirmed";
    // The limit store down: every injection until it is back, once a minute with the count.
    deps.repeatedLines.write("warn", `taint\0${principal.subject}\0${fields.err}`, fields, msg);
  }
}
