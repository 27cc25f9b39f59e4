/**
 * 64-bit integer fields reach SDK callers as numbers and are taken as numbers, against an
 * in-process sidecar on loopback with a rate limit and a token budget: `tokensUsed: 1200`
 * settles the budget, `retryAfterMs` and `limits[].remaining` are numbers, and a decision
 * survives JSON.stringify.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../helpers/policy-file.js";
import { subject } from "../helpers/policy.js";

const POLICY = [
  "version: 1",
  "subjects:",
  subject("agent:a", ["r"], "tok-a"),
  "roles:",
  "  r: { servers: { jira: { allow: [search_issues, create_issue] } } }",
  "limits:",
  "  - { name: search-rate, tools: [jira/search_issues], rate: 1/h }",
  "  - { name: budget, tokens: 100000/day, defaultEstimate: 1 }",
].join("\n");

let sidecar: Sidecar;
let client: GovernanceClient;

beforeAll(async () => {
  const file = await policyFile(POLICY);
  sidecar = await startSidecar({ policyFile: file, listen: { host: "127.0.0.1", port: 0 }, logger: createLogger({ level: "silent" }), watchPolicy: false });
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
});
afterAll(async () => {
  client.close();
  await sidecar.close();
});

const budgetLeft = (d: { limits: { name: string; remaining: number }[] }) => d.limits.find((l) => l.name === "budget")?.remaining;

describe("int64 fields through the SDK", () => {
  it("takes and returns numbers: tokensUsed settles the budget, retryAfterMs and remaining are numbers", async () => {
    const first = await client.authorize({ token: "tok-a", server: "jira", tool: "search_issues", estimatedTokens: 5000 });
    expect(first.decision).toBe(Decision.ALLOW);
    expect(budgetLeft(first)).toBe(95_000);
    expectTypeOf(first.retryAfterMs).toEqualTypeOf<number>();
    expect(first.retryAfterMs).toBe(0);

    await client.recordAudit({ token: "tok-a", decisionId: first.decisionId, tokensUsed: 1200, durationMs: 35 });
    // A bigint is still accepted, for callers written against protobuf-es types.
    const second = await client.authorize({ token: "tok-a", server: "jira", tool: "create_issue", estimatedTokens: 10n });
    expect(budgetLeft(second)).toBe(100_000 - 1200 - 10);

    const limited = await client.authorize({ token: "tok-a", server: "jira", tool: "search_issues" });
    expect(limited).toMatchObject({ decision: Decision.DENY, reason: Reason.RATE_LIMITED });
    expect(typeof limited.retryAfterMs).toBe("number");
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    for (const limit of limited.limits) {
      expect(typeof limit.remaining).toBe("number");
      expect(typeof limit.retryAfterMs).toBe("number");
    }
    expect(JSON.parse(JSON.stringify(limited))).toMatchObject({ retryAfterMs: limited.retryAfterMs });
  });

  it("refuses a number that is not a whole int64, naming the RPC and field, without calling the sidecar", async () => {
    await expect(client.recordAudit({ token: "tok-a", decisionId: "d", tokensUsed: 1.5 })).rejects.toThrow(
      new TypeError("RecordAudit: tokensUsed must be a whole number no larger than 2^53 - 1, not 1.5"),
    );
    await expect(client.authorize({ token: "tok-a", server: "jira", tool: "create_issue", estimatedTokens: Number.NaN })).rejects.toThrow(
      /Authorize: estimatedTokens must be a whole number/,
    );
  });

  it("does not change the caller's request object", async () => {
    const request = { token: "tok-a", server: "jira", tool: "create_issue", estimatedTokens: 1 };
    await client.authorize(request);
    expect(request.estimatedTokens).toBe(1);
  });
});
