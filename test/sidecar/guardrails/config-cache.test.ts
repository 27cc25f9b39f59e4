import { describe, expect, it } from "vitest";
import { compileGuardrail, type GuardrailConfigInput } from "../../../sidecar/src/guardrails/config.js";
import { scan } from "../../../sidecar/src/guardrails/scan.js";

describe("compileGuardrail on plain profiles", () => {
  it("compiles a profile passed again once, with its custom patterns", () => {
    const profile: GuardrailConfigInput = { pii: "mutate", customPatterns: [{ type: "EMPLOYEE_ID", pattern: "EMP-[0-9]{6}" }] };
    const first = compileGuardrail(profile);
    expect(compileGuardrail({ ...profile })).toBe(first);
    expect(first.config.pii).toBe("mutate");
    expect(scan({ text: "id EMP-123456" }, profile).text).toBe("id [EMPLOYEE_ID_1]");
    expect(scan({ text: "id EMP-654321" }, profile).text).toBe("id [EMPLOYEE_ID_1]");
  });

  it("reads a profile changed in place as changed", () => {
    const profile: { pii: "detect" | "block" } = { pii: "detect" };
    expect(compileGuardrail(profile).config.pii).toBe("detect");
    profile.pii = "block";
    expect(compileGuardrail(profile).config.pii).toBe("block");
  });

  it("still rejects an unknown key whose value is undefined after the same profile without it", () => {
    compileGuardrail({ secrets: "detect" });
    expect(() => compileGuardrail({ secrets: "detect", bogus: undefined } as GuardrailConfigInput)).toThrow();
  });

  it("parses a profile whose toJSON method would disguise it as a known one", () => {
    compileGuardrail({ pii: "detect" });
    const disguised = { pii: "block", toJSON: () => ({ pii: "detect" }) } as unknown as GuardrailConfigInput;
    expect(() => compileGuardrail(disguised)).toThrow();
  });
});
