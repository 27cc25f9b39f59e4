/**
 * The stored line of a record: its bytes are hashed into the chain and read back by every
 * reader, so they must follow the contract exactly — keys in the contract's order whatever
 * order the record was built in, undefined fields left out, nested objects normalised.
 */
import { describe, expect, it } from "vitest";
import { type AuditRecord, encodeRecordBody } from "@portcullis/sidecar";

describe("encodeRecordBody", () => {
  it("writes every field in the contract's order, whatever order the record's keys were set in", () => {
    // Keys deliberately set in reverse order of the contract.
    const record = {
      attrs: { region: "eu" },
      spanId: "00f067aa0ba902b7",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      shadow: { policyRevision: "sha256:cand", rule: "r2", reason: "EXPLICIT_DENY", decision: "deny" },
      outcome: { tokensUsed: 12, responseBytes: 340, durationMs: 41, status: "ok" },
      findings: [{ count: 2, type: "EMAIL" }],
      policyRevision: "sha256:9b1c2d",
      rule: "roles.support.servers.jira.allow[0]",
      message: 'say "hi"\n',
      reason: "ALLOWED",
      decision: "allow",
      annotations: { openWorldHint: false, idempotentHint: true, destructiveHint: false, readOnlyHint: true },
      arguments: { project: "SUP" },
      upstreamTool: "issues_create",
      tool: "create_issue",
      upstreamServer: "jira-cloud",
      virtualServer: "support-tools",
      server: "support-tools",
      roles: ["support"],
      team: "support",
      onBehalfOf: "user:ana",
      subject: "agent:bot",
      agent: { kind: "agent", tokenId: "tok_1" },
      decisionId: "d-1",
      event: "authorize",
      ts: 1733140800000,
    } as AuditRecord;
    expect(encodeRecordBody(record)).toBe(
      '"ts":1733140800000,"event":"authorize","decisionId":"d-1","agent":{"tokenId":"tok_1","kind":"agent"},' +
        '"subject":"agent:bot","onBehalfOf":"user:ana","team":"support","roles":["support"],"server":"support-tools",' +
        '"virtualServer":"support-tools","upstreamServer":"jira-cloud","tool":"create_issue","upstreamTool":"issues_create",' +
        '"arguments":{"project":"SUP"},' +
        '"annotations":{"readOnlyHint":true,"destructiveHint":false,"idempotentHint":true,"openWorldHint":false},' +
        '"decision":"allow","reason":"ALLOWED","message":"say \\"hi\\"\\n","rule":"roles.support.servers.jira.allow[0]",' +
        '"policyRevision":"sha256:9b1c2d","findings":[{"type":"EMAIL","count":2}],' +
        '"outcome":{"status":"ok","durationMs":41,"responseBytes":340,"tokensUsed":12},' +
        '"shadow":{"decision":"deny","reason":"EXPLICIT_DENY","rule":"r2","policyRevision":"sha256:cand"},' +
        '"traceId":"4bf92f3577b34da6a3ce929d0e0e4736","spanId":"00f067aa0ba902b7","attrs":{"region":"eu"}}',
    );
  });

  it("leaves out undefined fields, and fields no contract names", () => {
    const record = {
      ts: 5,
      event: "outcome",
      decisionId: "d-2",
      agent: { tokenId: undefined, kind: "human", secret: "x" },
      outcome: { status: "error", durationMs: undefined },
      annotations: { destructiveHint: true, extra: 1 },
      token: "must-not-be-written",
    } as unknown as AuditRecord;
    expect(encodeRecordBody(record)).toBe(
      '"ts":5,"event":"outcome","decisionId":"d-2","agent":{"kind":"human"},"annotations":{"destructiveHint":true},"outcome":{"status":"error"}}',
    );
  });

  it("refuses a record without a finite ts or with an unknown event", () => {
    expect(() => encodeRecordBody({ ts: Number.NaN, event: "authorize" })).toThrow(/ts must be a finite number/);
    expect(() => encodeRecordBody({ ts: 1, event: "nope" } as unknown as AuditRecord)).toThrow(/unknown event "nope"/);
  });
});
