/**
 * What of a call's arguments reaches the audit trail: the policy's field masks, secret-named
 * keys and values the secret detectors flag are masked; long strings are cut; the policy can
 * omit arguments altogether. The caller's object is never modified.
 */
import { describe, expect, it } from "vitest";
import { AuditPolicySchema, compileAuditPolicy, DEFAULT_AUDIT_POLICY } from "../../../sidecar/src/audit/audit-policy.js";
import { MASKED, MASKED_PII, MASKED_SECRET, MAX_RECORDED_STRING, MAX_SCANNED_STRING, maskArguments } from "../../../sidecar/src/audit/argument-masks.js";

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

  it("rejects a field path it could not apply, naming the rule", () => {
    expect(() => AuditPolicySchema.parse({ masks: [{ tools: ["crm/*"], fields: ["a..b"] }] })).toThrow(/field path/);
    expect(() => AuditPolicySchema.parse({ onUnavailable: "maybe" })).toThrow();
  });
});
