/**
 * A refusal of a JSON-object field names the path of what it refuses, but never quotes a
 * secret: a member name holding one is masked as the audit trail masks caller-chosen strings
 * (`[masked:secret]`), on the serving thread and on a guardrail worker alike (both answer with
 * checkJsonObject's messages). The rest of the path stays, so the message still says which field.
 */
import { describe, expect, it } from "vitest";
import { checkJsonObject } from "../../../sidecar/src/services/json-object-checks.js";

const RESULT = { maxBytes: 1 << 20, maxDepth: 64, exactNumbers: true, uniqueKeys: true };
const SECRET = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";

function refusal(text: string): string {
  const checked = checkJsonObject("result_json", text, RESULT);
  if (checked.ok) throw new Error("expected a refusal");
  return checked.message;
}

describe("checkJsonObject's refusals", () => {
  it("mask a repeated key that is a secret, keeping the path around it", () => {
    const message = refusal(`{"content":[],"structuredContent":{"rows":[{"${SECRET}":1,"${SECRET}":2}]}}`);
    expect(message).not.toContain(SECRET);
    expect(message).toBe(
      "result_json: the key at /structuredContent/rows/0/[masked:secret] appears twice in its object; readers disagree on which one counts, so send each key once",
    );
  });

  it("mask a secret member name on the way to an out-of-range number", () => {
    const message = refusal(`{"content":[],"structuredContent":{"a":{"${SECRET}":[1,{"x":1e400}]}}}`);
    expect(message).not.toContain(SECRET);
    expect(message).toBe("result_json: the number at structuredContent.a.[masked:secret][1].x is beyond a double's range; send it as a string");
  });

  it("quote ordinary names as they are, escaped slashes included", () => {
    expect(refusal('{"content":[],"structuredContent":{"a/b":{"k":1,"k":2}}}')).toContain("/structuredContent/a~1b/k appears twice");
  });
});
