/**
 * Fixtures of the replay tests: an enforced policy (the seed scenario plus an ops role and a
 * human support subject), calls decided under it with the real authorizer and recorded with
 * the real record builder, and a store written by the real audit writer.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Reason } from "@portcullis/sdk";
import { authorize, type CompiledPolicy } from "@portcullis/sidecar";
import { AuditLog, authorizeRecord, type AuditRecord } from "../../../../sidecar/src/audit/index.js";
import { subject } from "../../../helpers/policy.js";

export const SUPPORT_BOT = "support-bot-token";
export const ALICE = "alice-token";
export const OPS = "ops-token";
export const RESEARCH = "research-token";

/** The enforced policy; the options change support's jira rules or alice's roles (for candidates). */
export function policyText(options: { supportDeny?: string; supportAllow?: string; alice?: string[]; extra?: string } = {}): string {
  return [
    "version: 1",
    "subjects:",
    subject("agent:support-bot", ["support"], SUPPORT_BOT),
    subject("alice", options.alice ?? ["support"], ALICE),
    subject("bob", ["ops"], OPS),
    subject("agent:research-bot", ["research"], RESEARCH),
    "roles:",
    "  support:",
    "    servers:",
    "      jira:",
    `        allow: ${options.supportAllow ?? "[search_issues, create_issue]"}`,
    `        deny: ${options.supportDeny ?? '["delete_*", bulk_update]'}`,
    "        args:",
    "          create_issue:",
    "            project: { in: [SUP, HELP] }",
    "            summary: { maxLength: 200 }",
    "  ops:",
    "    servers:",
    "      jira: { allow: ['*'] }",
    "  research:",
    "    servers:",
    "      github: { allow: ['search_*'] }",
    "virtualServers:",
    "  support-desk:",
    "    roles: [support]",
    "    tools: [jira/search_issues, jira/create_issue]",
    options.extra ?? "",
    "",
  ].join("\n");
}

/** One call to record. */
export interface Call {
  readonly token: string;
  readonly server: string;
  readonly tool: string;
  readonly args?: Record<string, unknown>;
  /** Record this instead of the arguments decided with (masking). */
  readonly recordedArgs?: Record<string, unknown>;
  /** Record a denial after access control (a limit) instead of the decision. */
  readonly limited?: boolean;
  /** The tool annotations the caller sent. */
  readonly annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean };
}

/**
 * Decides `call` under the enforced policy with the real authorizer and returns the record
 * the sidecar writes for it (the real record builder, masking included).
 */
export function recordOf(policy: CompiledPolicy, call: Call, decisionId: string, ts: number): AuditRecord {
  const d = authorize(policy, { token: call.token, server: call.server, tool: call.tool, arguments: call.args as never, annotations: call.annotations });
  const limited = call.limited === true && d.allow;
  const record = authorizeRecord(
    policy,
    {
      server: call.server,
      tool: call.tool,
      arguments: call.args,
      annotations: call.annotations,
      decisionId,
      allow: d.allow && !limited,
      reason: limited ? "RATE_LIMITED" : Reason[d.reason],
      message: d.message,
      matchedRule: limited ? "limits[0]" : d.matchedRule,
      principal: d.principal,
      target: d.target,
    },
    ts,
  );
  if (call.recordedArgs) record.arguments = call.recordedArgs;
  return record;
}

/** Writes records to a new audit directory with the real writer (hash chain, signed checkpoints). */
export async function writeAuditStore(records: readonly AuditRecord[]): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "pcl-replay-")), "audit");
  const log = await AuditLog.open({ dir, mode: "async" });
  for (const record of records) log.append(record);
  await log.close();
  return dir;
}
