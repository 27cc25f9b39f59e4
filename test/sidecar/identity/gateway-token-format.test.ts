/**
 * Gateway tokens have the documented shape — `pcl_` for people, `pcla_` for agents, then 43
 * random base62 characters — and Portcullis's own secret scanner recognises every one, so a
 * token a tool echoes never reaches an agent.
 */
import { describe, expect, it } from "vitest";
import { scan } from "../../../sidecar/src/guardrails/index.js";
import { newGatewayToken, tokenHint } from "../../../sidecar/src/identity/index.js";
import { randomBase62 } from "../../../sidecar/src/identity/gateway-token-format.js";

describe("gateway token format", () => {
  it("is pcl_ (human) or pcla_ (agent) and 43 base62 characters, never twice the same", () => {
    const human = Array.from({ length: 200 }, () => newGatewayToken("human"));
    const agent = Array.from({ length: 200 }, () => newGatewayToken("agent"));
    for (const t of human) expect(t).toMatch(/^pcl_[0-9A-Za-z]{43}$/);
    for (const t of agent) expect(t).toMatch(/^pcla_[0-9A-Za-z]{43}$/);
    expect(new Set([...human, ...agent]).size).toBe(400);
  });

  it("draws every base62 character (no biased or missing digits)", () => {
    const counts = new Map<string, number>();
    for (const c of randomBase62(62_000)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 1000 expected per character; a modulo bias (256 % 62) would put the low digits near 1250.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(800);
      expect(n).toBeLessThan(1200);
    }
  });

  it("is detected by the guardrail rule portcullis-token, every time", () => {
    for (let i = 0; i < 100; i++) {
      const token = newGatewayToken(i % 2 === 0 ? "human" : "agent");
      const { findings } = scan({ text: `here is the key: ${token} — keep it` }, { pii: "off", secrets: "detect", injection: "off" });
      expect(findings.map((f) => f.ruleId)).toEqual(["secret.portcullis-token"]);
    }
  });

  it("has a hint of its first 8 characters, too short to use", () => {
    const token = newGatewayToken("human");
    expect(tokenHint(token)).toBe(`${token.slice(0, 8)}…`);
  });
});
