/**
 * One caller resolution: every RPC answers a missing or unknown token as UNAUTHENTICATED,
 * with the same message from the identity domain — Authorize as a DENY decision (it has a
 * decision to return), the others with the Connect code Unauthenticated. A caller that
 * cannot be checked now — the token store unreachable, the IdP's key set unreachable — is
 * refused as well (fail closed), but with Code.Unavailable off Authorize, so that clients
 * retry instead of treating a good token as bad. Exercised through the raw Connect client
 * of an embedded sidecar, so the SDK's own handling is not involved.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, ConnectError, type Client } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code, Decision, GovernanceService, Reason } from "@portcullis/sdk";
import { createLogger, hashToken, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { startTestIdp, type TestIdp } from "../../helpers/oidc-issuer.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";
import { policyFile } from "../../helpers/policy-file.js";
import { startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

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

describe("a caller that cannot be checked now", () => {
  let idp: TestIdp;
  let redis: PrivateRedis;
  let sidecar: EmbeddedSidecar;
  let client: Client<typeof GovernanceService>;

  beforeAll(async () => {
    idp = await startTestIdp();
    idp.jwksMode = "fail"; // the IdP's key set answers 503: no key was ever fetched
    redis = await startPrivateRedis();
    await redis.stop(); // the fleet's token store has never answered this replica
    const policy = await policyFile(`version: 1
subjects:
  - { id: carol, roles: [support], tokenSha256: ${hashToken("carol-static-token")} }
identity:
  oidc:
    - issuer: ${idp.url}
      audience: api://portcullis
      roles: { claim: groups, map: { okta-support: support } }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`);
    sidecar = await startEmbedded({
      policyFile: policy,
      dataDir: join(await mkdtemp(join(tmpdir(), "pcl-caller-")), "data"),
      logger: createLogger({ level: "silent" }),
      watchPolicy: false,
    });
    client = createClient(GovernanceService, sidecar.transport);
  });
  afterAll(async () => {
    await sidecar?.close();
    await idp?.close();
    await redis?.stop();
  });

  it("IdP key set unreachable: Authorize DENY TOKEN_UNKNOWN_KEY; FilterTools, ScanResponse and RecordAudit Code.Unavailable", async () => {
    const jwt = await idp.token({ aud: "api://portcullis", sub: "dave", groups: ["okta-support"] });
    const decision = await client.authorize({ token: jwt, server: "jira", tool: "search_issues" });
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_UNKNOWN_KEY });
    expect(decision.message).toMatch(/^the signing keys of http:\/\/127\.0\.0\.1:\d+ are unavailable/);
    const errors = await Promise.all([
      rejection(client.filterTools({ token: jwt, server: "jira", tools: [{ name: "search_issues" }] })),
      rejection(client.scanResponse({ token: jwt, server: "web", tool: "fetch", text: "hello" })),
      rejection(client.recordAudit({ token: jwt, decisionId: "00000000-0000-0000-0000-000000000000" })),
    ]);
    for (const error of errors) {
      expect(error.code).toBe(Code.Unavailable);
      expect(error.rawMessage).toMatch(/^token: the signing keys of http:\/\/127\.0\.0\.1:\d+ are unavailable/);
    }
  });

  it("a key the IdP may have rotated to while its key set is unreachable: Code.Unavailable too", async () => {
    const fleet = await startEmbedded({
      policyFile: await policyFile(`version: 1
identity:
  oidc:
    - issuer: ${idp.url}
      audience: api://portcullis
      jwksCooldown: 100ms
      jwksTimeout: 10s
      roles: { claim: groups, map: { okta-support: support } }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`),
      dataDir: join(await mkdtemp(join(tmpdir(), "pcl-caller-")), "data"),
      logger: createLogger({ level: "silent" }),
      watchPolicy: false,
    });
    try {
      const rotating = createClient(GovernanceService, fleet.transport);
      idp.jwksMode = "serve";
      const first = await idp.token({ aud: "api://portcullis", sub: "dave", groups: ["okta-support"] });
      expect(await rotating.authorize({ token: first, server: "jira", tool: "search_issues" })).toMatchObject({ decision: Decision.ALLOW });
      await idp.rotate();
      idp.jwksMode = "fail";
      await new Promise((resolve) => setTimeout(resolve, 150)); // past the cooldown: the sidecar tries to fetch again
      const rotated = await idp.token({ aud: "api://portcullis", sub: "dave", groups: ["okta-support"] });
      const error = await rejection(rotating.filterTools({ token: rotated, server: "jira", tools: [{ name: "search_issues" }] }));
      expect(error.code).toBe(Code.Unavailable);
      expect(error.rawMessage).toMatch(/and fetching the keys again failed/);
    } finally {
      idp.jwksMode = "fail";
      await fleet.close();
    }
  });

  it("token store unreachable: Authorize DENY STATE_UNAVAILABLE; FilterTools Code.Unavailable", async () => {
    const fleet = await startEmbedded({
      policyFile: await policyFile(`version: 1
subjects:
  - { id: carol, roles: [support], tokenSha256: ${hashToken("carol-static-token")} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`),
      redisUrl: redis.url,
      redisPrefix: uniquePrefix(),
      logger: createLogger({ level: "silent" }),
      watchPolicy: false,
    });
    try {
      const replica = createClient(GovernanceService, fleet.transport);
      const token = "carol-static-token";
      expect(await replica.authorize({ token, server: "jira", tool: "search_issues" })).toMatchObject({
        decision: Decision.DENY,
        reason: Reason.STATE_UNAVAILABLE,
      });
      const error = await rejection(replica.filterTools({ token, server: "jira", tools: [{ name: "search_issues" }] }));
      expect(error.code).toBe(Code.Unavailable);
      expect(error.rawMessage).toMatch(/^token: revocations cannot be checked/);
    } finally {
      await fleet.close();
    }
  });
});
