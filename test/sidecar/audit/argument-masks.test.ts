/**
 * What of a call's arguments reaches the audit trail: the policy's field masks, secret-named
 * keys and values the secret detectors flag are masked; long strings are cut; the policy can
 * omit arguments altogether. The caller's object is never modified.
 */
import { describe, expect, it } from "vitest";
import { AuditPolicySchema, compileAuditPolicy, DEFAULT_AUDIT_POLICY } from "../../../sidecar/src/audit/audit-policy.js";
import {
  MASKED,
  MASKED_PII,
  MASKED_SECRET,
  MAX_RECORDED_STRING,
  MAX_SCANNED_STRING,
  maskArguments,
  maskAttributes,
} from "../../../sidecar/src/audit/argument-masks.js";
import { authorizeRecord } from "../../../sidecar/src/audit/decision-records.js";
import { loadPolicyFile } from "../../../sidecar/src/policy/index.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

// Split so that no secret scanner takes the test for a leak.
const AWS_KEY_ID = "AKIA" + "ZQ3RZ7XK2M4P9T6W";
const STRIPE_KEY = "sk_live_" + "KEYQ2eLkW9mN3pR7tY1uI5oP8aS2dF4gH6jK";
const STRIPE_KEY_2 = "sk_live_" + "TOOLQ2eLkW9mN3pR7tY1uI5oP8aS2dF4gH6jK";

const policy = (doc: unknown) => compileAuditPolicy(AuditPolicySchema.parse(doc));

describe("maskArguments", () => {
  it("keeps ordinary arguments as they were sent", () => {
    const args = { table: "customers", id: 42, dryRun: false, tags: ["a", "b"], filter: { status: "open" } };
    expect(maskArguments(args, DEFAULT_AUDIT_POLICY, "db", "delete_record")).toEqual(args);
  });

  it("records a `__proto__` key as the data it is: an own property, never the prototype", () => {
    const args = JSON.parse('{"__proto__": {"isAdmin": true, "token": "x"}, "name": "n"}') as Record<string, unknown>;
    const masked = maskArguments(args, DEFAULT_AUDIT_POLICY, "db", "update")!;
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect((masked as { isAdmin?: unknown }).isAdmin).toBeUndefined();
    expect(Object.keys(masked)).toEqual(["__proto__", "name"]);
    expect(JSON.stringify(masked)).toBe('{"__proto__":{"isAdmin":true,"token":"[masked]"},"name":"n"}');
  });

  it("masks keys that name a secret, at any depth, whatever the tool", () => {
    const masked = maskArguments(
      { query: "x", api_key: "k", nested: { Password: "p", "client-secret": "s", items: [{ accessToken: "t", name: "n" }] } },
      DEFAULT_AUDIT_POLICY,
      "web",
      "fetch",
    );
    expect(masked).toEqual({ query: "x", api_key: MASKED, nested: { Password: MASKED, "client-secret": MASKED, items: [{ accessToken: MASKED, name: "n" }] } });
  });

  it("masks keys with a secret's word anywhere in them, and leaves counts and issue keys readable", () => {
    // Written in clear before: only a key that was nothing but the secret's name was masked.
    const secret = {
      db_password: "horse-battery",
      secret_key: "s",
      aws_secret_access_key: "wJalrXUtnFEMI",
      "X-Api-Key": "k",
      headers: { "X-Auth-Token": "t" },
      passwords: ["a", "b"],
      privKey: "p",
      session_cookie: "c",
      next_page_token: "cursor",
    };
    const masked = maskArguments(secret, DEFAULT_AUDIT_POLICY, "db", "connect")!;
    expect(masked).toEqual({
      db_password: MASKED,
      secret_key: MASKED,
      aws_secret_access_key: MASKED,
      "X-Api-Key": MASKED,
      headers: { "X-Auth-Token": MASKED },
      passwords: MASKED,
      privKey: MASKED,
      session_cookie: MASKED,
      next_page_token: MASKED,
    });
    const readable = {
      max_tokens: 1024,
      token_count: 12,
      tokenType: "Bearer",
      key: "PROJ-123",
      keyword: "refund",
      issue_keys: ["A-1"],
      pinned: true,
      tokenizer: "cl100k",
    };
    expect(maskArguments(readable, DEFAULT_AUDIT_POLICY, "llm", "complete")).toEqual(readable);
  });

  it("masks string values the secret detectors flag, under innocent keys", () => {
    const token = `ghp_${"a1B2c3D4e5".repeat(4).slice(0, 36)}`;
    const masked = maskArguments({ body: `deploy with ${token}`, note: "hello world" }, DEFAULT_AUDIT_POLICY, "gh", "comment");
    expect(masked).toEqual({ body: MASKED_SECRET, note: "hello world" });
    expect(JSON.stringify(masked)).not.toContain(token);
  });

  it("applies the policy's field masks only to the tools they name, with '*' for any key or index", () => {
    const audit = policy({ masks: [{ tools: ["crm/*"], fields: ["customer.ssn", "rows.*.note"] }] });
    const args = {
      customer: { ssn: "078-05-1120", name: "Ada" },
      rows: [
        { note: "n1", id: 1 },
        { note: "n2", id: 2 },
      ],
    };
    expect(maskArguments(args, audit, "crm", "update")).toEqual({
      customer: { ssn: MASKED, name: "Ada" },
      rows: [
        { note: MASKED, id: 1 },
        { note: MASKED, id: 2 },
      ],
    });
    expect(maskArguments(args, audit, "jira", "update")).toEqual(args);
  });

  it("masks PII values only where the policy asks", () => {
    const args = { to: "ada@example.com" };
    expect(maskArguments(args, DEFAULT_AUDIT_POLICY, "mail", "send")).toEqual(args);
    expect(maskArguments(args, policy({ maskPii: true }), "mail", "send")).toEqual({ to: MASKED_PII });
  });

  it("cuts long strings and says how long they were", () => {
    const long = "word ".repeat(400);
    const masked = maskArguments({ text: long }, DEFAULT_AUDIT_POLICY, "doc", "write") as { text: string };
    expect(masked.text.startsWith(long.slice(0, MAX_RECORDED_STRING))).toBe(true);
    expect(masked.text).toContain(`[${long.length} chars]`);
    expect(masked.text.length).toBeLessThan(MAX_RECORDED_STRING + 32);
    const huge = "x".repeat(MAX_SCANNED_STRING + 1);
    expect(maskArguments({ huge }, DEFAULT_AUDIT_POLICY, "doc", "write")).toEqual({ huge: `[${huge.length} chars, not recorded]` });
  });

  it("records no arguments when the policy omits them, and never modifies the caller's object", () => {
    const args = { password: "p" };
    expect(maskArguments(args, policy({ arguments: "omit" }), "a", "b")).toBeUndefined();
    maskArguments(args, DEFAULT_AUDIT_POLICY, "a", "b");
    expect(args).toEqual({ password: "p" });
  });

  it("masks a key the secret detectors flag, as a value would be; two such keys stay two", () => {
    // Keys were recorded as sent: a token used as a key reached the record and OTLP's argument names.
    const masked = maskArguments({ q: "x", [STRIPE_KEY]: 1, nested: { [AWS_KEY_ID]: "v" }, [STRIPE_KEY_2]: 2 }, DEFAULT_AUDIT_POLICY, "jira", "search")!;
    expect(masked).toEqual({ q: "x", [MASKED_SECRET]: 1, nested: { [MASKED_SECRET]: "v" }, [`${MASKED_SECRET}#2`]: 2 });
    expect(maskAttributes({ [AWS_KEY_ID]: "1", region: "eu" }, DEFAULT_AUDIT_POLICY)).toEqual({ [MASKED_SECRET]: "1", region: "eu" });
  });

  it("masks the caller's tool name, workflow id and the deny message quoting them in an Authorize record", async () => {
    const loaded = await loadPolicyFile(EXAMPLE_POLICY);
    if (!loaded.ok) throw new Error("the example policy does not load");
    const record = authorizeRecord(loaded.policy, {
      server: "jira",
      tool: STRIPE_KEY_2,
      workflowId: AWS_KEY_ID,
      decisionId: "d-1",
      allow: false,
      reason: "NOT_PERMITTED",
      message: `no rule grants jira/${STRIPE_KEY_2} to subject 'agent:x'`,
      matchedRule: "",
      principal: undefined,
      target: undefined,
    });
    expect(record).toMatchObject({ server: "jira", tool: MASKED_SECRET, attrs: { workflowId: MASKED_SECRET } });
    expect(record.message).toBe(`no rule grants jira/${MASKED_SECRET} to subject 'agent:x'`);
    expect(JSON.stringify(record)).not.toMatch(/sk_live_|AKIA/);
  });

  it("rejects a field path it could not apply, naming the rule", () => {
    expect(() => AuditPolicySchema.parse({ masks: [{ tools: ["crm/*"], fields: ["a..b"] }] })).toThrow(/field path/);
    expect(() => AuditPolicySchema.parse({ onUnavailable: "maybe" })).toThrow();
  });
});
