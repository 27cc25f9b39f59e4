/**
 * A duplicate guard over arguments RFC 8785 has no text for: `{"sur":"\ud800"}` is valid JSON
 * text (a lone surrogate, in a value or a key), and the guard's key is a hash of the
 * arguments' canonical JSON. The call must be decided like any other — allowed, then denied
 * as a duplicate when repeated, with different arguments (among them the six characters
 * `\ud800` as text) counted apart — not answered Internal (HTTP 500). On the in-memory
 * limit store and on Redis; a dry run too.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision } from "@portcullis/sdk";
import { hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("duplicate guard over lone surrogates");

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-a, roles: [support], tokenSha256: ${hashToken("token-a")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] } } }",
  "limits:",
  "  - { name: no-repeats, tools: [jira/create_issue], duplicateWindow: 10m }",
].join("\n");

let sidecar: Sidecar | undefined;
afterEach(async () => {
  await sidecar?.close();
  sidecar = undefined;
});

describe.each([
  ["memory", false],
  ["redis", true],
])("duplicate guard on the %s store", (_store, useRedis) => {
  it.runIf(!useRedis || hasRedis)("decides arguments with lone surrogates: the same again is a duplicate, different ones are not", async () => {
    sidecar = await startSidecar({
      policyFile: await policyFile(POLICY),
      listen: { host: "127.0.0.1", port: 0 },
      watchPolicy: false,
      ...(useRedis ? { redisUrl: REDIS_URL, redisPrefix: uniquePrefix() } : {}),
    });
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 }).raw;
    const call = (argumentsJson: string, dryRun = false) =>
      client.authorize({ token: "token-a", server: "jira", tool: "create_issue", argumentsJson, dryRun }).then((res) => res.decision);

    // A dry run is decided (and counts nothing).
    expect(await call('{"sur":"\\ud800"}', true)).toBe(Decision.ALLOW);
    expect(await call('{"sur":"\\ud800"}')).toBe(Decision.ALLOW);
    expect(await call('{"sur":"\\ud800"}')).toBe(Decision.DENY);
    expect(await call('{"sur":"\\ud800"}', true)).toBe(Decision.DENY);
    // Different arguments are not duplicates: another lone surrogate, the escape as text, a pair.
    expect(await call('{"sur":"\\udc00"}')).toBe(Decision.ALLOW);
    expect(await call('{"sur":"\\\\ud800"}')).toBe(Decision.ALLOW);
    expect(await call('{"sur":"\\ud800\\udc00"}')).toBe(Decision.ALLOW);
    // In a key, and key order still does not matter.
    expect(await call('{"\\udfff":1,"b":2}')).toBe(Decision.ALLOW);
    expect(await call('{"b":2,"\\udfff":1}')).toBe(Decision.DENY);
  });
});
