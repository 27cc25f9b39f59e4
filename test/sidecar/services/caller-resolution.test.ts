/**
 * One caller resolution: every RPC answers a missing or unknown token as UNAUTHENTICATED,
 * with the same message from the identity domain — Authorize as a DENY decision (it has a
 * decision to return), the others with the Connect code Unauthenticated. Exercised through
 * the raw Connect client of an embedded sidecar, so the SDK's own handling is not involved.
 */
import { createClient, ConnectError, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, Decision, GovernanceService, Reason } from "@portcullis/sdk";
import { createLogger, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

let embedded: EmbeddedSidecar;
let raw: Client<typeof GovernanceService>;

beforeAll(async () => {
  embedded = await startEmbedded({ policyFile: EXAMPLE_POLICY, logger: createLogger({ level: "silent" }), watchPolicy: false });
  raw = createClient(GovernanceService, embedded.transport);
});
afterAll(() => embedded.close());

const CASES = [
  { token: "", message: "no token: send the caller's token in `token`" },
  { token: "not-a-known-token", message: "the token matches no subject of the policy" },
];

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (err: unknown) => ConnectError.from(err),
  );

describe.each(CASES)("a request with token '$token'", ({ token, message }) => {
  it("Authorize: DENY with reason UNAUTHENTICATED and the identity domain's message", async () => {
    const decision = await raw.authorize({ token, server: "jira", tool: "search_issues" });
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.UNAUTHENTICATED, message, subject: "" });
  });

  it("FilterTools, ScanResponse and RecordAudit: Code.Unauthenticated with the same message, naming the field", async () => {
    const errors = await Promise.all([
      rejection(raw.filterTools({ token, server: "jira", tools: [{ name: "search_issues" }] })),
      rejection(raw.scanResponse({ token, server: "web", tool: "fetch", text: "hello" })),
      rejection(raw.recordAudit({ token, decisionId: "00000000-0000-0000-0000-000000000000" })),
    ]);
    for (const error of errors) {
      expect(error.code).toBe(Code.Unauthenticated);
      expect(error.rawMessage).toBe(`token: ${message}`);
    }
  });
});

it("never echoes the presented token", async () => {
  const token = "tok-SECRET-unknown-4242";
  const decision = await raw.authorize({ token, server: "jira", tool: "search_issues" });
  const error = await rejection(raw.scanResponse({ token, server: "web", tool: "fetch", text: "x" }));
  expect(decision.message).not.toContain(token);
  expect(error.message).not.toContain(token);
});
