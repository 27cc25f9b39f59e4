/**
 * IdP tokens never reach the logs or errors: a real `portcullis serve` process at the most
 * verbose log level decides with valid, expired, tampered, wrong-audience and unsigned JWTs
 * and fails to fetch a key set; no log line, stderr line, decision message or Connect error
 * holds a token, any of its signed parts, or a claim planted as a canary.
 */
import { ConnectError } from "@connectrpc/connect";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import { describe, expect, it } from "vitest";
import { startTestIdp } from "../helpers/oidc-issuer.js";
import { policyFile } from "../helpers/policy-file.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const AUD = "api://portcullis";
const CANARY = "CANARY-claim-7d1f";

describe("IdP tokens", () => {
  it("appear in no log line or error, at trace level", async () => {
    // A key-set deadline fit for a busy test machine (the default 750 ms could refuse the valid token).
    const [idp, down] = await Promise.all([startTestIdp(), startTestIdp()]);
    down.jwksMode = "fail";
    const file = await policyFile(`version: 1
identity:
  oidc:
${[idp, down].map((i, n) => `    - { issuer: "${i.url}", audience: ${AUD}, jwksTimeout: 10s, ${n > 0 ? "subjectPrefix: 'down:', " : ""}roles: { claim: groups, map: { okta-support: support } } }`).join("\n")}
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`);
    const sidecar = await startSidecarProcess(["--policy", file, "--log-level", "trace"]);
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
    const claims = { sub: "alice", aud: AUD, groups: ["okta-support"], note: CANARY };
    const valid = await idp.token(claims);
    const [h, p, s] = valid.split(".");
    const tokens = [
      valid,
      await idp.token(claims, { expiresIn: -3600 }),
      await idp.token({ ...claims, aud: "api://other" }),
      `${h}.${p}.${s!.slice(0, -4)}AAAA`,
      `${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.`,
      await down.token(claims),
    ];
    const messages: string[] = [];
    try {
      const first = await client.authorize({ token: valid, server: "jira", tool: "search_issues" });
      expect(first.decision).toBe(Decision.ALLOW);
      for (const token of tokens) {
        const decision = await client.authorize({ token, server: "jira", tool: "search_issues" });
        messages.push(decision.message);
        const error = await client.filterTools({ token, server: "jira", tools: [{ name: "search_issues" }] }).then(
          () => undefined,
          (err: unknown) => ConnectError.from(err),
        );
        if (error) messages.push(error.message);
      }
    } finally {
      client.close();
      expect(await sidecar.stop()).toBe(0);
      await Promise.all([idp.close(), down.close()]);
    }

    expect(sidecar.logs.some((l) => l.msg === "could not fetch the issuer's signing keys; tokens it signed with keys not cached are refused")).toBe(true);
    expect(messages.some((m) => m.includes("expired"))).toBe(true);
    const everything = [...sidecar.logs.map((l) => JSON.stringify(l)), ...sidecar.stderr, ...messages].join("\n");
    expect(everything).not.toContain(CANARY);
    for (const token of tokens) {
      const [, payload, signature] = token.split(".");
      expect(everything).not.toContain(payload);
      if (signature) expect(everything).not.toContain(signature);
    }
  });
});
