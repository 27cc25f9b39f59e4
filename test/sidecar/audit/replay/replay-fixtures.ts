/**
 * Fixtures of the replay tests: an enforced policy (the seed scenario plus an ops role and a
 * human support subject), calls decided under it with the real authorizer and recorded as
 * the audit contract says, and a store on disk in the contract's line format.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Reason } from "@portcullis/sdk";
import { authorize, type CompiledPolicy } from "@portcullis/sidecar";
import type { AuditRecord } from "../../../../sidecar/src/audit/replay/index.js";
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
}

/**
 * Decides `call` under the enforced policy with the real authorizer and returns the record
 * the sidecar writes for it.
 */
export function recordOf(policy: CompiledPolicy, call: Call, decisionId: string, ts: number): AuditRecord {
  const d = authorize(policy, { token: call.token, server: call.server, tool: call.tool, arguments: call.args as never });
  const virtual = policy.virtualServers.has(call.server);
  const target = d.target;
  const record: AuditRecord = {
    ts,
    event: "authorize",
    decisionId,
    agent: { kind: "static" },
    subject: d.principal?.subject,
    team: d.principal?.team,
    roles: d.principal ? [...d.principal.roles] : undefined,
    server: call.server,
    virtualServer: virtual ? call.server : undefined,
    upstreamServer: target && target.server !== call.server ? target.server : undefined,
    tool: call.tool,
    upstreamTool: target && virtual ? target.tool : undefined,
    arguments: call.recordedArgs ?? call.args,
    decision: d.allow && !call.limited ? "allow" : "deny",
    reason: call.limited && d.allow ? "RATE_LIMITED" : Reason[d.reason],
    rule: call.limited ? "limits[0]" : d.matchedRule || undefined,
    policyRevision: d.policyRevision,
  };
  // As the writer stores it: undefined fields omitted.
  return JSON.parse(JSON.stringify(record)) as AuditRecord;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Writes records as an audit directory in the contract's format: segments of `perSegment`
 * records, each opened by a header and closed by a checkpoint, every line chained to the
 * previous by SHA-256. Checkpoints carry a placeholder signature (replay does not verify).
 *
 * TODO(audit-core): write the store with AuditLog once audit-core is merged.
 */
export async function writeAuditStore(records: readonly AuditRecord[], perSegment = 50): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-replay-"));
  await mkdir(join(dir, "segments"));
  let prev = "0".repeat(64);
  let seq = 0;
  const segments = Math.max(1, Math.ceil(records.length / perSegment));
  for (let n = 1; n <= segments; n++) {
    const lines: string[] = [];
    const push = (line: string) => {
      lines.push(line);
      prev = sha256(line);
    };
    push(JSON.stringify({ t: "header", v: 1, segment: n, created: records[(n - 1) * perSegment]?.ts ?? 0, prev, keyId: "0".repeat(16) }));
    const slice = records.slice((n - 1) * perSegment, n * perSegment);
    for (const record of slice) push(JSON.stringify({ t: "rec", seq: ++seq, prev, ...record }));
    const last = n === segments;
    push(JSON.stringify({ t: "ckpt", segment: n, seq, count: slice.length, head: prev, at: Date.now(), final: !last, sig: "unsigned" }));
    await writeFile(join(dir, "segments", `${String(n).padStart(12, "0")}.log`), `${lines.join("\n")}\n`);
  }
  return dir;
}
