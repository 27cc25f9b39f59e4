/**
 * Shadow policies (issue #10, item 6): a candidate decided beside the enforced policy on
 * the real authorizer; its disagreements come back for the record, never enforced.
 */
import { writeFile } from "node:fs/promises";
import { Reason } from "@portcullis/sdk";
import { authorize, PolicyLoadError, type AccessDecision } from "@portcullis/sidecar";
import { describe, expect, it } from "vitest";
import { ShadowPolicy } from "../../../../sidecar/src/audit/replay/index.js";
import { compile } from "../../../helpers/policy.js";
import { policyFile } from "../../../helpers/policy-file.js";
import { ALICE, OPS, policyText, SUPPORT_BOT } from "./replay-fixtures.js";

const enforced = compile(policyText());
const CREATE = { project: "SUP", summary: "Printer on fire" };

function decide(
  token: string,
  server: string,
  tool: string,
  args?: Record<string, string>,
): { input: { server: string; tool: string; arguments?: Record<string, string> }; decision: AccessDecision } {
  const input = { server, tool, arguments: args };
  return { input, decision: authorize(enforced, { token, ...input }) };
}

describe("ShadowPolicy.compare", () => {
  const shadow = new ShadowPolicy(
    compile(policyText({ supportDeny: '["delete_*", bulk_update, create_issue]', supportAllow: "[search_issues, create_issue, update_issue]" })),
  );

  it("agrees silently where both policies decide alike", () => {
    for (const [token, server, tool, args] of [
      [SUPPORT_BOT, "jira", "search_issues", undefined],
      [SUPPORT_BOT, "jira", "delete_issue", undefined],
      [OPS, "jira", "create_issue", CREATE],
    ] as const) {
      const { input, decision } = decide(token, server, tool, args);
      expect(shadow.compare(input, decision)).toBeUndefined();
    }
  });

  it("returns the shadow's deny where the enforced policy allows, also through a virtual server", () => {
    const direct = decide(SUPPORT_BOT, "jira", "create_issue", CREATE);
    expect(direct.decision.allow).toBe(true);
    const verdict = { decision: "deny", reason: "EXPLICIT_DENY", rule: "roles.support.servers.jira.deny[2]", policyRevision: shadow.current.revision };
    expect(shadow.compare(direct.input, direct.decision)).toEqual(verdict);
    const virtual = decide(ALICE, "support-desk", "create_issue", CREATE);
    expect(virtual.decision.allow).toBe(true);
    expect(shadow.compare(virtual.input, virtual.decision)).toEqual(verdict);
  });

  it("returns the shadow's allow where the enforced policy denies", () => {
    const { input, decision } = decide(SUPPORT_BOT, "jira", "update_issue");
    expect(decision.reason).toBe(Reason.NOT_PERMITTED);
    expect(shadow.compare(input, decision)).toEqual({
      decision: "allow",
      reason: "ALLOWED",
      rule: "roles.support.servers.jira.allow[2]",
      policyRevision: shadow.current.revision,
    });
  });

  it("compares a call a limit denied as one access control allowed, and skips an unauthenticated caller", () => {
    const search = decide(SUPPORT_BOT, "jira", "search_issues");
    expect(shadow.compare(search.input, { ...search.decision, allow: false, reason: Reason.RATE_LIMITED })).toBeUndefined();
    const create = decide(SUPPORT_BOT, "jira", "create_issue", CREATE);
    expect(shadow.compare(create.input, { ...create.decision, allow: false, reason: Reason.BUDGET_EXHAUSTED })).toMatchObject({ decision: "deny" });
    const nobody = decide("not-a-token", "jira", "update_issue");
    expect(nobody.decision.principal).toBeUndefined();
    expect(shadow.compare(nobody.input, nobody.decision)).toBeUndefined();
  });

  it("judges the live arguments and annotations the enforced decision saw", () => {
    const strict = new ShadowPolicy(compile(policyText().replace("project: { in: [SUP, HELP] }", "project: { in: [HELP] }")));
    const sup = decide(SUPPORT_BOT, "jira", "create_issue", CREATE);
    expect(strict.compare(sup.input, sup.decision)).toMatchObject({ decision: "deny", reason: "ARGUMENT_CONSTRAINT" });
    const help = decide(SUPPORT_BOT, "jira", "create_issue", { ...CREATE, project: "HELP" });
    expect(strict.compare(help.input, help.decision)).toBeUndefined();

    const readOnly = new ShadowPolicy(compile(policyText().replace("jira: { allow: ['*'] }", "jira: { allow: ['*'], annotations: { readOnly: required } }")));
    const ops = decide(OPS, "jira", "create_issue", CREATE);
    expect(readOnly.compare(ops.input, ops.decision)).toMatchObject({ decision: "deny", reason: "ANNOTATION_CONSTRAINT" });
    expect(readOnly.compare({ ...ops.input, annotations: { readOnlyHint: true } }, ops.decision)).toBeUndefined();
    expect(readOnly.stats).toEqual({ compared: 2, disagreements: 1, failures: 0 });
  });
});

describe("ShadowPolicy.open", () => {
  it("loads with the real loader (file:line errors) and reloads like the enforced policy: a bad file keeps the shadow in force", async () => {
    const file = await policyFile(policyText({ supportDeny: '["delete_*", bulk_update, create_issue]' }));
    const reloads: boolean[] = [];
    const shadow = await ShadowPolicy.open(file, { watch: false, onReload: (outcome) => reloads.push(outcome.changed) });
    try {
      const create = decide(SUPPORT_BOT, "jira", "create_issue", CREATE);
      expect(shadow.compare(create.input, create.decision)).toMatchObject({ decision: "deny" });
      const first = shadow.current.revision;

      await writeFile(file, "version: 1\nroles: [\n");
      const rejected = await shadow.reload();
      expect(rejected.changed).toBe(false);
      expect(rejected.errors[0]).toMatchObject({ file, line: 2 });
      expect(shadow.current.revision).toBe(first);

      await writeFile(file, policyText());
      expect((await shadow.reload()).changed).toBe(true);
      expect(shadow.compare(create.input, create.decision)).toBeUndefined();
      expect(reloads).toEqual([false, true]);
    } finally {
      shadow.close();
    }

    await writeFile(file, "version: 1\nroles:\n  support: { servers: { jira: { allow: [x] } } }\n  support: {}\n");
    const error = await ShadowPolicy.open(file, { watch: false }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(PolicyLoadError);
    expect((error as PolicyLoadError).errors[0]).toMatchObject({ file, line: 4 });
  });
});
