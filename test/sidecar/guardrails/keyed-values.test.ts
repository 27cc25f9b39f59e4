/**
 * A value of structuredContent is read with its key where the key is a label the detectors
 * read (keyed-values.ts): a password, an API key or a phone number under its key is found as
 * it is in the same object written as a JSON text block. Only the value is reported or
 * mutated. A key that only takes a finding away (an id's, a version's) is not read: those
 * values are scanned alone, as before, and may be reported where the text block's are not.
 * An array's items are read under the key of the member holding the array, as its scalar value
 * would be (`{"password": ["…"]}`); a plural naming a collection of credentials (`api_keys`) reads
 * each item as one of them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import type { Finding } from "../../../sidecar/src/guardrails/finding.js";
import type { JsonValue } from "../../../sidecar/src/guardrails/tool-result.js";
import { itemLabel, readsWithKey } from "../../../sidecar/src/guardrails/keyed-values.js";

const DETECT = { pii: "detect", secrets: "detect", injection: "detect", deadlineMs: 30_000 } as const;
const UUID = "3f2b8c1e-9d4a-4e6b-8f1a-2c7d5e9b0a41";

/** Label/value pairs: the ones the review found missed, more of each family, and values no key changes. */
const PAIRS: Array<[string, string]> = [
  ["password", "Tr0ub4dor&3-horse-staple"],
  ["db_password", "Tr0ub4dor&3-horse-staple"],
  ["api_key", UUID],
  ["Authorization", UUID],
  ["auth_token", UUID],
  ["app_password", "qwhzkvbnmtrplsxa"],
  ["client_secret", "x9Lq2vR7tK4mW8pZ3nB6"],
  ["phone", "415 555 0134"],
  ["mobilePhone", "020 7946 0958"],
  ["tel", "(415) 555-0134"],
  ["ssn", "536228410"],
  ["ip", "10.20.30.40"],
  ["email", "jane.roe@example.com"],
  ["note", "call me on 415 555 0134"],
  ["name", "Jane Roe"],
  ["status", "open"],
  ["idempotency_key", UUID],
];

/** The findings as rule and span, for comparison. */
const spans = (findings: readonly Finding[], shift = 0) => findings.map((f) => `${f.ruleId}:${f.start - shift}-${f.end - shift}`).sort();

beforeAll(() => {
  scan({ text: "warm up" }, DETECT);
});

describe("a structured value read with its key", () => {
  it("is found as the same object in a JSON text block is, pair by pair", () => {
    let found = 0;
    for (const [key, value] of PAIRS) {
      const text = JSON.stringify({ [key]: value });
      // Inside the value's quotes (the values here need no escapes).
      const from = JSON.stringify(key).length + 3;
      const asText = scan({ result: { content: [{ type: "text", text }] } }, DETECT).findings.filter((f) => f.start >= from && f.end <= from + value.length);
      const asStructured = scan({ result: { content: [{ type: "text", text: "Done." }], structuredContent: { [key]: value } } }, DETECT).findings.filter(
        (f) => f.path === `/structuredContent/${key}`,
      );
      expect({ key, findings: spans(asStructured) }).toEqual({ key, findings: spans(asText, from) });
      if (asText.length > 0) found++;
    }
    // The comparison is not vacuous: most pairs are findings.
    expect(found).toBeGreaterThanOrEqual(10);
  });

  it("blocks and mutates the value under its key, never the key", () => {
    const result = {
      content: [{ type: "text", text: "Done." }],
      structuredContent: { user: "svc-backup", password: "Tr0ub4dor&3-horse-staple", phone: "415 555 0134" },
    };
    expect(scan({ result }, { pii: "block", secrets: "block", deadlineMs: 30_000 }).action).toBe("block");
    const mutated = scan({ result }, { pii: "mutate", secrets: "mutate", deadlineMs: 30_000 });
    expect(mutated.result?.["structuredContent"]).toEqual({ user: "svc-backup", password: "[SECRET_1]", phone: "[PHONE_1]" });
  });

  it("maps a span back through the value's escapes", () => {
    // A backslash, a tab and a control character are two or six characters in the JSON the detectors read.
    for (const value of ["Tr0ub4dor&3\\horse-staple", "Tr0ub4dor&3\thorse-staple", "x\\\\Tr0ub4dor&3-horse\u0001staple"]) {
      const out = scan({ result: { content: [], structuredContent: { password: value } } }, DETECT);
      expect(out.findings.map((f) => [f.ruleId, f.path, f.start, f.end])).toEqual([
        ["secret.keyword-assignment", "/structuredContent/password", 0, value.length],
      ]);
    }
    // An escaped quote ends the value for the keyword rule, in the text block as here: the span stops inside the value.
    const quoted = scan({ result: { content: [], structuredContent: { password: 'Tr0ub"4dor&3-horse-staple' } } }, DETECT);
    expect(quoted.findings.map((f) => [f.start, f.end])).toEqual([[0, 6]]);
  });

  it("scans a value alone under a key that would only take a finding away", () => {
    for (const [key, value] of [
      ["order_no", "020 7946 0958"],
      ["firmware", "10.20.30.40"],
    ]) {
      expect(readsWithKey(key as string, value as string)).toBe(false);
      const out = scan({ result: { content: [], structuredContent: { [key as string]: value as string } } }, DETECT);
      expect(out.findings.map((f) => f.path)).toEqual([`/structuredContent/${key}`]);
    }
  });

  it("reads an array's items under the key of the member holding the array, as its scalar value", () => {
    const keys = ["DavwOhKxi7H6srNDGJFtodsBIE1L8BBX", "GCjD1H6lnggsXymKtQGSr05LzBJXoDfV"];
    const structured = {
      password: ["hunter2-Secret!"],
      api_keys: keys,
      clientSecrets: [["x9Lq2vR7tK4mW8pZ3nB6"]],
      phone: ["415 555 0134"],
      nested: { db_passwords: ["Tr0ub4dor&3-horse-staple"] },
    };
    const out = scan({ result: { content: [{ type: "text", text: "Done." }], structuredContent: structured } }, DETECT);
    expect(out.findings.map((f) => [f.ruleId, f.path, f.start, f.end])).toEqual([
      ["secret.keyword-assignment", "/structuredContent/password/0", 0, 15],
      ["secret.keyword-assignment", "/structuredContent/api_keys/0", 0, 32],
      ["secret.keyword-assignment", "/structuredContent/api_keys/1", 0, 32],
      ["secret.keyword-assignment", "/structuredContent/clientSecrets/0/0", 0, 20],
      ["pii.phone", "/structuredContent/phone/0", 0, 12],
      ["secret.keyword-assignment", "/structuredContent/nested/db_passwords/0", 0, 24],
    ]);
    // Each item is found as the same value under its key as a scalar is.
    const pairs: Array<[string, string]> = [
      ["password", "hunter2-Secret!"],
      ["api_key", keys[0] as string],
    ];
    for (const [key, value] of pairs) {
      const scalar = scan({ result: { content: [], structuredContent: { [key]: value } } }, DETECT).findings.map((f) => [f.ruleId, f.start, f.end]);
      const item = scan({ result: { content: [], structuredContent: { [key]: [value] } } }, DETECT).findings.map((f) => [f.ruleId, f.start, f.end]);
      expect(item).toEqual(scalar);
    }
    const mutated = scan({ result: { content: [], structuredContent: structured } }, { pii: "mutate", secrets: "mutate", deadlineMs: 30_000 });
    expect(mutated.result?.["structuredContent"]).toEqual({
      password: ["[SECRET_1]"],
      api_keys: ["[SECRET_2]", "[SECRET_3]"],
      clientSecrets: [["[SECRET_4]"]],
      phone: ["[PHONE_1]"],
      nested: { db_passwords: ["[SECRET_5]"] },
    });
  });

  it("reads a list under a label in a JSON text block as the structured array's items are", () => {
    const keys = ["DavwOhKxi7H6srNDGJFtodsBIE1L8BBX", "GCjD1H6lnggsXymKtQGSr05LzBJXoDfV"];
    const objects: Array<Record<string, string[]>> = [
      { password: ["hunter2-Secret!"] },
      { api_keys: keys },
      { db_passwords: ["Tr0ub4dor&3-horse-staple", "<redacted>"] },
    ];
    for (const object of objects) {
      const [key, items] = Object.entries(object)[0] as [string, string[]];
      const text = JSON.stringify(object, null, 1);
      const inText = scan({ text }, DETECT).findings.map((f) => text.slice(f.start, f.end));
      const inStructured = scan({ result: { content: [], structuredContent: object } }, DETECT).findings.map((f) => items[Number(f.path?.split("/").at(-1))]);
      expect({ key, inText }).toEqual({ key, inText: inStructured });
      expect(inText.length).toBeGreaterThan(0);
    }
    // A list of anything but strings, under a key that is no label, under a key naming something
    // about a credential, or of phrases and routes, is not read as credentials.
    for (const text of [
      '{"api_keys": [{"id": "k1"}], "tags": ["DavwOhKxi7H6srNDGJFtodsBIE1L8BBX"]}',
      "token_variants = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option']",
      '{"createOrUpdateRepoSecret": ["PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"]}',
    ]) {
      expect({ text, findings: scan({ text }, DETECT).findings }).toEqual({ text, findings: [] });
      const structured = JSON.parse(text.startsWith("{") ? text : '{"token_variants": ["+i6t-not-inline", "+i6t-inline"]}') as Record<string, JsonValue>;
      expect(scan({ result: { content: [], structuredContent: structured } }, DETECT).findings).toEqual([]);
    }
  });

  it("labels an array's items by one credential of a plural collection's name, and by nothing else", () => {
    const key = "DavwOhKxi7H6srNDGJFtodsBIE1L8BBX";
    expect(itemLabel("api_keys", key)).toBe("api_key");
    expect(itemLabel("CLIENT_SECRETS", key)).toBe("CLIENT_SECRET");
    expect(itemLabel("accessTokens", key)).toBe("accessToken");
    expect(itemLabel("password", key)).toBe("password");
    expect(itemLabel("phone", "415 555 0134")).toBe("phone");
    // A lone `keys` (a table's, a cache's) and plurals that are no credentials' stay as they are.
    expect(itemLabel("keys", key)).toBe("keys");
    expect(itemLabel("sort_keys", key)).toBe("sort_keys");
    expect(itemLabel("tags", key)).toBe("tags");
    // A credential's key whose last word names something about it holds no credentials in its
    // list, and a list of credentials holds no phrases or routes: such items are read alone.
    expect(itemLabel("token_variants", "+i6t-inline")).toBeUndefined();
    expect(itemLabel("createOrUpdateRepoSecret", "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}")).toBeUndefined();
    // Items under keys that are no labels, and placeholders under ones that are, stay quiet.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell-style reference, literally
    const quiet = { tags: ["x9Lq2vR7tK4mW8pZ3nB6"], keys: ["user_id", "created_at"], passwords: ["<redacted>", "${DB_PASSWORD}", "********"] };
    expect(scan({ result: { content: [], structuredContent: quiet } }, DETECT).findings.filter((f) => f.category === "secrets")).toEqual([]);
  });

  it("reads with its key only where the key is a label", () => {
    expect(readsWithKey("password", "x")).toBe(true);
    expect(readsWithKey("phone", "415 555 0134")).toBe(true);
    // No PII detector reads a label for a value without a digit.
    expect(readsWithKey("phone", "unknown")).toBe(false);
    expect(readsWithKey("name", "Jane Roe")).toBe(false);
    expect(readsWithKey("description", "415 555 0134")).toBe(false);
  });

  it("works out at most a scan's budget of new keys: a result keyed by ids does not pay the probes for every value", () => {
    // Each new key costs a few small scans to work out; a map keyed by ids makes every key new.
    const budget = { left: 2 };
    expect(readsWithKey("mobile_budget_a", "415 555 0134", budget)).toBe(true);
    expect(readsWithKey("mobile_budget_b", "415 555 0134", budget)).toBe(true);
    expect(budget.left).toBe(0);
    // Past the budget an unknown key's value is read alone; a key already worked out still counts.
    expect(readsWithKey("mobile_budget_c", "415 555 0134", budget)).toBe(false);
    expect(readsWithKey("mobile_budget_a", "415 555 0134", budget)).toBe(true);
    expect(budget.left).toBe(0);
    // A credential's key costs no probe (its name alone says it), budget or not.
    expect(readsWithKey("api_key", "x", budget)).toBe(true);
  });
});
