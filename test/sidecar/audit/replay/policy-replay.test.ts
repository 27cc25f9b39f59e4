/**
 * Policy impact replay (issue #10, item 6): a candidate policy re-decides the recorded
 * authorize calls with the real loader and authorizer, and the report names exactly the
 * calls that would change — never guessing where the record lacks what decides them.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditRecord } from "../../../../sidecar/src/audit/index.js";
import { isMaskedValue, PolicyReplay, replayPolicy, type ReplayReport } from "../../../../sidecar/src/audit/replay/index.js";
import { runCli } from "../../../helpers/cli.js";
import { compile } from "../../../helpers/policy.js";
import { ALICE, type Call, OPS, policyText, RESEARCH, recordOf, SUPPORT_BOT, writeAuditStore } from "./replay-fixtures.js";

const DAY = 86_400_000;
const CREATE = { project: "SUP", summary: "Printer on fire" };
const DENY_CREATE = { supportDeny: '["delete_*", bulk_update, create_issue]' };

/** The mix of calls the store holds; `changes` marks those a create_issue deny for support must report. */
const MIX: readonly { call: Call; changes: boolean }[] = [
  { call: { token: SUPPORT_BOT, server: "jira", tool: "search_issues", args: { q: "printer" } }, changes: false },
  { call: { token: SUPPORT_BOT, server: "jira", tool: "create_issue", args: CREATE }, changes: true },
  { call: { token: ALICE, server: "jira", tool: "create_issue", args: { project: "HELP", summary: "VPN" } }, changes: true },
  { call: { token: SUPPORT_BOT, server: "support-desk", tool: "create_issue", args: CREATE }, changes: true },
  { call: { token: SUPPORT_BOT, server: "support-desk", tool: "search_issues", args: { q: "vpn" } }, changes: false },
  { call: { token: SUPPORT_BOT, server: "jira", tool: "delete_issue", args: { id: "SUP-1" } }, changes: false },
  { call: { token: SUPPORT_BOT, server: "jira", tool: "create_issue", args: { project: "OPS", summary: "x" } }, changes: false },
  { call: { token: OPS, server: "jira", tool: "create_issue", args: { project: "OPS", summary: "deploy" } }, changes: false },
  { call: { token: RESEARCH, server: "github", tool: "search_code", args: { q: "auth" } }, changes: false },
  { call: { token: RESEARCH, server: "support-desk", tool: "create_issue", args: CREATE }, changes: false },
  { call: { token: SUPPORT_BOT, server: "jira", tool: "create_issue", args: CREATE, limited: true }, changes: false },
  { call: { token: "not-a-token", server: "jira", tool: "create_issue", args: CREATE }, changes: false },
];

/** `rounds` of the mix over the last 29 days, plus older calls that fall outside a 30-day window. */
function recordedCalls(now: number, rounds: number): { records: AuditRecord[]; changed: Set<string> } {
  const enforced = compile(policyText());
  const records: AuditRecord[] = [];
  const changed = new Set<string>();
  for (let i = 0; i < 3; i++) records.push(recordOf(enforced, MIX[1]!.call, `old-${i}`, now - 40 * DAY + i));
  const total = rounds * MIX.length;
  for (let i = 0; i < total; i++) {
    const { call, changes } = MIX[i % MIX.length]!;
    const id = `d-${i}`;
    records.push(recordOf(enforced, call, id, now - 29 * DAY + Math.floor((i * 28 * DAY) / total)));
    if (changes) changed.add(id);
  }
  return { records, changed };
}

function changedIds(report: ReplayReport, bucket: "newlyDenied" | "newlyAllowed" | "cannotTell"): Set<string> {
  return new Set(report[bucket].groups.flatMap((g) => g.examples));
}

describe("policy replay: a candidate that denies jira/create_issue to support", () => {
  it("reports exactly the recorded calls that would change (portcullis policy replay, on a store on disk)", async () => {
    const now = Date.now();
    const { records, changed } = recordedCalls(now, 20);
    const dir = await writeAuditStore(records);
    const candidate = join(dir, "candidate.yaml");
    await writeFile(candidate, policyText(DENY_CREATE));

    const run = await runCli(["policy", "replay", candidate, "--audit-dir", dir, "--since", "30d", "--format", "json", "--examples", "1000"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReplayReport;

    expect(changedIds(report, "newlyDenied")).toEqual(changed);
    expect(report.newlyDenied.count).toBe(changed.size);
    const groups = report.newlyDenied.groups.map((g) => ({ subject: g.subject, server: g.server, tool: g.tool, upstream: g.upstream, count: g.count }));
    expect(groups).toEqual([
      { subject: "agent:support-bot", server: "jira", tool: "create_issue", upstream: undefined, count: 20 },
      { subject: "agent:support-bot", server: "support-desk", tool: "create_issue", upstream: "jira/create_issue", count: 20 },
      { subject: "alice", server: "jira", tool: "create_issue", upstream: undefined, count: 20 },
    ]);
    for (const group of report.newlyDenied.groups) {
      expect(group.rules).toEqual([
        {
          from: { allow: true, reason: "ALLOWED", rule: "roles.support.servers.jira.allow[1]" },
          to: { allow: false, reason: "EXPLICIT_DENY", rule: "roles.support.servers.jira.deny[2]" },
          count: 20,
        },
      ]);
    }
    expect(report.newlyAllowed).toEqual({ count: 0, groups: [] });
    expect(report.cannotTell).toEqual({ count: 0, groups: [] });
    // 12 kinds of call per round, minus the unauthenticated one and the rate-limited one.
    expect(report.records).toBe(20 * 12);
    expect(report.replayed).toBe(20 * 10);
    // The support create_issue with project OPS was denied and stays denied (now by the deny).
    expect(report.unchangedOtherRule).toBe(20);
    expect(report.notReplayed).toEqual({ unauthenticated: 20, deniedAfterAccess: 20, deniedAfterAccessNowDeniedByAccess: 20, incomplete: 0 });
    expect(report.notes[0]).toContain("limits (rate, budget, step caps, duplicate guard) are stateful and were not replayed");
  });

  it("prints a table with the groups, the rule change and example decision ids", async () => {
    const now = Date.now();
    const { records } = recordedCalls(now, 2);
    const dir = await writeAuditStore(records);
    const candidate = join(dir, "candidate.yaml");
    await writeFile(candidate, policyText(DENY_CREATE));
    const run = await runCli(["policy", "replay", candidate, "--audit-dir", dir, "--since", "30d"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("6 newly denied, 0 newly allowed, 0 cannot tell");
    expect(run.stdout).toMatch(/^ {2}2 +agent:support-bot +support-desk +create_issue \(jira\/create_issue\)$/m);
    expect(run.stdout).toContain("2 × allow ALLOWED by roles.support.servers.jira.allow[1] → deny EXPLICIT_DENY by roles.support.servers.jira.deny[2]");
    expect(run.stdout).toContain("e.g. decision d-1, d-13");
    expect(run.stdout).toContain("limits (rate, budget, step caps, duplicate guard) are stateful and were not replayed");
  });

  it("rejects a candidate with a syntax error with file:line and replays nothing", async () => {
    const dir = await writeAuditStore(recordedCalls(Date.now(), 1).records);
    const candidate = join(dir, "broken.yaml");
    await writeFile(candidate, "version: 1\nroles:\n  support:\n    servers: { jira: [\n");
    const run = await runCli(["policy", "replay", candidate, "--audit-dir", dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`${candidate}:4:14: this '{' is never closed`);
    expect(run.stderr).toContain(`${candidate}: invalid (2 errors); nothing replayed`);
  });

  it("refuses a missing --audit-dir (usage) and names an unreadable one", async () => {
    const dir = await writeAuditStore([]);
    const candidate = join(dir, "candidate.yaml");
    await writeFile(candidate, policyText());
    const missing = await runCli(["policy", "replay", candidate]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("policy replay needs --audit-dir DIR");
    const wrong = await runCli(["policy", "replay", candidate, "--audit-dir", join(dir, "nope")]);
    expect(wrong.code).toBe(3);
    expect(wrong.stderr).toContain(`cannot read the audit segments in ${join(dir, "nope", "segments")} (ENOENT)`);
  });
});

describe("replayPolicy", () => {
  const enforced = compile(policyText());
  const at = (call: Call, id: string) => recordOf(enforced, call, id, 1_000);

  it("reports newly allowed calls with the rule that would allow them", () => {
    const records = [
      at({ token: SUPPORT_BOT, server: "jira", tool: "update_issue", args: { id: "SUP-1" } }, "u1"),
      at({ token: ALICE, server: "jira", tool: "update_issue" }, "u2"),
      at({ token: SUPPORT_BOT, server: "jira", tool: "search_issues" }, "s1"),
    ];
    const candidate = compile(policyText({ supportAllow: "[search_issues, create_issue, update_issue]" }));
    const report = replayPolicy({ candidate, records });
    expect(report.newlyDenied.count).toBe(0);
    expect(report.newlyAllowed.count).toBe(2);
    expect(report.newlyAllowed.groups.map((g) => [g.subject, g.examples, g.rules])).toEqual([
      [
        "agent:support-bot",
        ["u1"],
        [
          {
            from: { allow: false, reason: "NOT_PERMITTED", rule: "" },
            to: { allow: true, reason: "ALLOWED", rule: "roles.support.servers.jira.allow[2]" },
            count: 1,
          },
        ],
      ],
      [
        "alice",
        ["u2"],
        [
          {
            from: { allow: false, reason: "NOT_PERMITTED", rule: "" },
            to: { allow: true, reason: "ALLOWED", rule: "roles.support.servers.jira.allow[2]" },
            count: 1,
          },
        ],
      ],
    ]);
    expect(report.unchanged).toBe(1);
  });

  it("counts calls whose masked arguments decide the outcome as cannot tell, and decides the rest", () => {
    const call: Call = { token: SUPPORT_BOT, server: "jira", tool: "create_issue", args: { project: "SUP", summary: "s", apiKey: "k" } };
    const masksProject = compile(policyText({ extra: "audit:\n  masks:\n    - { tools: [jira/create_issue], fields: [project] }" }));
    const omitsArguments = compile(policyText({ extra: "audit: { arguments: omit }" }));
    const records = [
      // The policy's field mask hides the constrained argument: its constraint cannot be judged.
      recordOf(masksProject, call, "m-project", 1_000),
      // Only a secret-named argument is masked (apiKey): decidable.
      recordOf(enforced, call, "m-key", 1_000),
      // The policy omits arguments from records.
      recordOf(omitsArguments, call, "m-all", 1_000),
    ];
    expect(records.map((r) => r.arguments)).toEqual([
      { project: "[masked]", summary: "s", apiKey: "[masked]" },
      { project: "SUP", summary: "s", apiKey: "[masked]" },
      undefined,
    ]);
    const candidate = compile(policyText().replace("project: { in: [SUP, HELP] }", "project: { in: [HELP] }"));
    const report = replayPolicy({ candidate, records });
    expect(report.cannotTell.count).toBe(2);
    expect(report.cannotTell.groups).toEqual([
      expect.objectContaining({
        subject: "agent:support-bot",
        tool: "create_issue",
        cause: "masked_arguments",
        count: 2,
        examples: ["m-project", "m-all"],
        rules: [
          {
            from: { allow: true, reason: "ALLOWED", rule: "roles.support.servers.jira.allow[1]" },
            to: { allow: false, reason: "ARGUMENT_CONSTRAINT", rule: "roles.support.servers.jira.args.create_issue.project" },
            count: 2,
          },
        ],
      }),
    ]);
    // project SUP is visible: the candidate's constraint denies it for sure.
    expect([...changedIds(report, "newlyDenied")]).toEqual(["m-key"]);

    // A deny wins whatever the masked values were: decided, not "cannot tell".
    const denyAll = replayPolicy({ candidate: compile(policyText(DENY_CREATE)), records });
    expect(denyAll.cannotTell.count).toBe(0);
    expect(changedIds(denyAll, "newlyDenied")).toEqual(new Set(["m-project", "m-key", "m-all"]));
  });

  it("treats masking markers and strings recorded cut as unknown values", () => {
    for (const v of ["[masked]", "[masked:secret]", "[masked:pii]", "[9000 chars, not recorded]", `${"a".repeat(512)}…[600 chars]`, { $masked: true }]) {
      expect(isMaskedValue(v)).toBe(true);
    }
    for (const v of ["SUP", "[masked", "***x", `${"a".repeat(100)}…[600 chars]`, 42, null, ["[masked]"]]) expect(isMaskedValue(v)).toBe(false);
  });

  it("judges annotation rules by the hints the record holds", () => {
    const annotated = compile(
      policyText({ extra: "" }).replace("github: { allow: ['search_*'] }", "github: { allow: ['search_*'], annotations: { readOnly: required } }"),
    );
    const records = [
      at({ token: RESEARCH, server: "github", tool: "search_code", annotations: { readOnlyHint: true } }, "g-readonly"),
      at({ token: RESEARCH, server: "github", tool: "search_code" }, "g-no-hints"),
      at({ token: SUPPORT_BOT, server: "jira", tool: "search_issues" }, "j1"),
    ];
    expect(records[0]!.annotations).toEqual({ readOnlyHint: true });
    const report = replayPolicy({ candidate: annotated, records });
    expect(report.cannotTell.groups).toEqual([]);
    expect([...changedIds(report, "newlyDenied")]).toEqual(["g-no-hints"]);
    expect(report.unchanged).toBe(2);
  });

  it("decides static subjects with the candidate's roles, and subjects it no longer lists by their recorded roles", () => {
    const records = [
      at({ token: ALICE, server: "jira", tool: "delete_issue" }, "a1"),
      at({ token: SUPPORT_BOT, server: "jira", tool: "search_issues" }, "s1"),
      {
        ...at({ token: OPS, server: "jira", tool: "delete_issue" }, "gw1"),
        subject: "carol",
        agent: { kind: "human" as const, tokenId: "t1" },
        roles: ["support"],
      },
    ];
    // alice moves from support to ops; the support bot is no longer in the policy.
    const candidate = compile(policyText({ alice: ["ops"] }).replace(/^.*agent:support-bot.*$/m, ""));
    const report = replayPolicy({ candidate, records });
    expect([...changedIds(report, "newlyAllowed")]).toEqual(["a1"]);
    expect([...changedIds(report, "newlyDenied")]).toEqual(["gw1"]);
    expect(report.unchanged).toBe(1);
    expect(report.decidedByRecordedRoles).toBe(1);
  });

  it("keeps only groups while streaming, and skips records other than authorize", () => {
    const replay = new PolicyReplay(compile(policyText(DENY_CREATE)), { examplesPerGroup: 2 });
    const record = at({ token: SUPPORT_BOT, server: "jira", tool: "create_issue", args: CREATE }, "x");
    for (let i = 0; i < 1000; i++) replay.add({ ...record, decisionId: `x-${i}`, ts: i });
    replay.add({ ts: 5, event: "outcome", decisionId: "x-1", outcome: { status: "ok" } });
    replay.add({ ts: 6, event: "authorize", decisionId: "bad" });
    const report = replay.report();
    expect(report.records).toBe(1001);
    expect(report.newlyDenied.groups).toEqual([expect.objectContaining({ count: 1000, examples: ["x-0", "x-1"] })]);
    expect(report.notReplayed.incomplete).toBe(1);
    expect([report.firstTs, report.lastTs]).toEqual([0, 999]);
  });
});
