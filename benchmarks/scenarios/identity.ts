/**
 * `identity`: what wall 2 adds to a decision. Authorize with a static token of the policy
 * (the cost before wall 2), with a gateway token (PAT), with a cached IdP token (JWT), and
 * with a PAT asking for the downstream credential in the same reply (`include_credential`,
 * a vault record), against the empty Ping RPC — one sidecar, same transport (h2c, Connect,
 * binary), same run.
 *
 * The issue's target is an added cost of at most 20 µs at the median. Over loopback the
 * transport's own spread is far larger than 20 µs, so setup also measures the decision
 * in-process — the same sidecar code behind Connect's in-memory transport, tens of
 * thousands of calls per token kind, interleaved — and reports the median added cost of each
 * kind over the static token as notes. It also measures how fast a revocation reaches a
 * fleet: three sidecars sharing Redis, 100 PATs each cached on every replica, each revoked
 * on one replica, timed until all three refuse it (target: p99 within 1 s).
 */
import { create } from "@bufbuild/protobuf";
import { createClient, type Client } from "@connectrpc/connect";
import { AdminService, createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { AuthorizeRequestSchema, CredentialKind, Decision, GovernanceService, Reason, TokenKind } from "@portcullis/sdk/gen";
import { createLogger, hashToken, startEmbedded } from "@portcullis/sidecar";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { randomBytes, randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { Redis } from "ioredis";
import type { Scenario, ScenarioContext } from "../lib/scenario.ts";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const STATIC_TOKEN = "bench-identity-static-token";
const ADMIN_TOKEN = `bench-admin-${randomBytes(24).toString("hex")}`;
const AUDIENCE = "api://portcullis-bench";
const ADMIN = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };

/** A loopback OIDC issuer: a JWKS endpoint and a signing key. */
interface Issuer {
  readonly url: string;
  sign(subject: string): Promise<string>;
  close(): Promise<void>;
}

async function startIssuer(): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "bench-key", alg: "RS256", use: "sig" };
  const server: Server = createServer((req, res) => {
    if (req.url === "/jwks") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sign: (subject) =>
      new SignJWT({ groups: ["bench-support"] })
        .setProtectedHeader({ alg: "RS256", kid: "bench-key" })
        .setIssuer(url)
        .setAudience(AUDIENCE)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime("2h")
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function policyText(issuer: string): string {
  return `version: 1
subjects:
  - { id: agent:bench-static, roles: [support], tokenSha256: ${hashToken(STATIC_TOKEN)} }
roles:
  support:
    servers:
      jira:
        allow: [create_issue]
        args:
          create_issue: { project: { in: [SUP, HELP] } }
identity:
  oidc:
    - issuer: ${issuer}
      audience: ${AUDIENCE}
      jwksUri: ${issuer}/jwks
      roles: { claim: groups, map: { bench-support: support } }
credentials:
  jira: { type: static }
`;
}

/** The call being decided, for a given token. */
function request(token: string, includeCredential = false) {
  return create(AuthorizeRequestSchema, {
    token,
    server: "jira",
    tool: "create_issue",
    argumentsJson: JSON.stringify({ project: "SUP", summary: "Customer cannot log in after the password reset" }),
    includeCredential,
  });
}

/** Medians (µs) of Authorize per token kind, in process, rounds interleaved so drift hits all alike. */
async function inProcessMedians(
  raw: Client<typeof GovernanceService>,
  requests: Record<string, ReturnType<typeof request>>,
  rounds: number,
  batch: number,
): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(requests).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [kind, req] of Object.entries(requests)) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < batch; i++) {
        const d = await raw.authorize(req);
        if (d.decision !== Decision.ALLOW) throw new Error(`identity: ${kind} must be allowed, got ${Reason[d.reason]}: ${d.message}`);
      }
      samples[kind]!.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, Math.round(median(xs) * 100) / 100]));
}

/** Issues `count` PATs on one replica, caches them on all, revokes each and times until every replica refuses. */
async function revocationLatencies(ctx: ScenarioContext, issuer: Issuer, count: number): Promise<number[]> {
  const prefix = `pcl:{bench-${randomUUID()}}:`;
  const policy = join(ctx.tmpDir, "fleet-policy.yaml");
  await writeFile(policy, policyText(issuer.url));
  const adminFile = join(ctx.tmpDir, "fleet-admin.token");
  await writeFile(adminFile, ADMIN_TOKEN, { mode: 0o600 });
  const replicas = await Promise.all(
    [0, 1, 2].map((i) =>
      ctx.startSidecar({
        policy,
        extraArgs: ["--redis", REDIS_URL, "--redis-prefix", prefix, "--admin-token-file", adminFile, "--data-dir", join(ctx.tmpDir, `fleet-${i}`)],
      }),
    ),
  );
  const clients = replicas.map((r) => createGovernanceClient({ baseUrl: r.baseUrl!, httpVersion: "1.1", timeoutMs: 5000 }));
  const admin = createClient(AdminService, clients[0]!.transport);
  const latencies: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const issued = await admin.issueToken({ subject: `agent:fleet-${i}`, kind: TokenKind.AGENT, roles: ["support"] }, ADMIN);
      for (const c of clients) {
        const d = await c.authorize(request(issued.token));
        if (d.decision !== Decision.ALLOW) throw new Error(`identity: a fresh PAT must be allowed on every replica, got ${Reason[d.reason]}`);
      }
      const start = performance.now();
      await admin.revokeToken({ tokenId: issued.tokenId }, ADMIN);
      const pending = new Set(clients);
      while (pending.size > 0) {
        for (const c of [...pending]) {
          const d = await c.authorize(request(issued.token));
          if (d.reason === Reason.TOKEN_REVOKED) pending.delete(c);
        }
        if (performance.now() - start > 10_000) throw new Error("identity: a revocation did not reach every replica within 10 s");
      }
      latencies.push(performance.now() - start);
    }
  } finally {
    for (const c of clients) c.close();
    await Promise.all(replicas.map((r) => r.stop()));
  }
  return latencies;
}

const scenario: Scenario = {
  name: "identity",
  title: "Authorize by token kind: static, gateway token, IdP token, with credential",
  description:
    "Authorize (allowed jira/create_issue with an argument constraint) with a static policy token, a gateway token (PAT), a cached IdP JWT, and a PAT with include_credential (a static vault credential), against Ping on the same sidecar over h2c, Connect, binary. Notes: in-process medians per kind (added cost over the static token; target <= 20 µs) and revocation propagation across 3 sidecars sharing Redis (p99 of 100; target <= 1 s).",
  variants: [
    { id: "ping", label: "Ping (empty RPC)", baseline: true, description: "GovernanceService/Ping: transport and framework only" },
    { id: "static", label: "Authorize · static token", description: "a subject the policy lists by token hash (the cost before wall 2)" },
    { id: "pat", label: "Authorize · gateway token", description: "a pcla_ token issued through the admin API (in-memory token table)" },
    { id: "jwt", label: "Authorize · IdP token", description: "an RS256 JWT from a loopback issuer, verified once and then cached" },
    { id: "credential", label: "Authorize · PAT + credential", description: "a gateway token with include_credential: the vault record in the same reply" },
  ],
  target: { p99Ratio: 1.3, variants: ["static", "pat", "jwt", "credential"] },
  phases: (mode) =>
    mode === "quick"
      ? [{ kind: "open", rate: 1000 }]
      : [
          { kind: "open", rate: 500 },
          { kind: "open", rate: 1000 },
          { kind: "closed", concurrency: 1 },
        ],
  async setup(ctx) {
    const issuer = await startIssuer();
    const policy = join(ctx.tmpDir, "identity-policy.yaml");
    await writeFile(policy, policyText(issuer.url));
    const adminFile = join(ctx.tmpDir, "admin.token");
    await writeFile(adminFile, ADMIN_TOKEN, { mode: 0o600 });
    const vaultKeyFile = join(ctx.tmpDir, "vault.key");
    await writeFile(vaultKeyFile, randomBytes(32).toString("base64"), { mode: 0o600 });
    const sidecar = await ctx.startSidecar({
      policy,
      extraArgs: ["--admin-token-file", adminFile, "--vault-key-file", vaultKeyFile, "--data-dir", join(ctx.tmpDir, "data")],
    });
    const connect = (): GovernanceClient => createGovernanceClient({ baseUrl: sidecar.baseUrl!, httpVersion: "2", protocol: "connect" });
    const admin = createClient(AdminService, connect().transport);
    const pat = (await admin.issueToken({ subject: "agent:bench-pat", kind: TokenKind.AGENT, roles: ["support"] }, ADMIN)).token;
    await admin.putCredential({ server: "jira", kind: CredentialKind.STATIC, secret: randomBytes(24).toString("base64url") }, ADMIN);
    const jwt = await issuer.sign("bench-user@example.com");
    const requests = { static: request(STATIC_TOKEN), pat: request(pat), jwt: request(jwt), credential: request(pat, true) };

    const clients = Object.fromEntries(["ping", ...Object.keys(requests)].map((id) => [id, connect()])) as Record<string, GovernanceClient>;
    for (const [id, req] of Object.entries(requests)) {
      const first = await clients[id]!.raw.authorize(req);
      if (first.decision !== Decision.ALLOW)
        throw new Error(`identity: ${id} must be allowed, got ${Reason[first.decision]} ${Reason[first.reason]}: ${first.message}`);
      if (id === "credential" && Object.keys(first.credential?.headers ?? {}).length === 0)
        throw new Error("identity: include_credential returned no credential");
    }

    // In process: the same code behind the in-memory transport (a second store on its own data dir).
    const embedded = await startEmbedded({
      policyFile: policy,
      watchPolicy: false,
      dataDir: join(ctx.tmpDir, "embedded"),
      vaultKey: randomBytes(32).toString("base64"),
      adminTokenSha256: hashToken(ADMIN_TOKEN),
      logger: createLogger({ level: "silent" }),
    });
    const raw = createClient(GovernanceService, embedded.transport);
    const embeddedAdmin = createClient(AdminService, embedded.transport);
    const embeddedPat = (await embeddedAdmin.issueToken({ subject: "agent:bench-pat", kind: TokenKind.AGENT, roles: ["support"] }, ADMIN)).token;
    await embeddedAdmin.putCredential({ server: "jira", kind: CredentialKind.STATIC, secret: randomBytes(24).toString("base64url") }, ADMIN);
    const inProcess = { static: request(STATIC_TOKEN), pat: request(embeddedPat), jwt: request(jwt), credential: request(embeddedPat, true) };
    const quick = ctx.mode === "quick";
    await inProcessMedians(raw, inProcess, 3, 500); // warm-up
    const medians = await inProcessMedians(raw, inProcess, quick ? 11 : 31, quick ? 1000 : 2000);
    await embedded.close();

    const notes: Record<string, number | boolean> = {};
    for (const [kind, us] of Object.entries(medians)) notes[`in_process_median_us_${kind}`] = us;
    for (const kind of ["pat", "jwt", "credential"]) {
      const added = Math.round((medians[kind]! - medians.static!) * 100) / 100;
      notes[`added_median_us_${kind}`] = added;
      notes[`target_added_median_${kind}_le_20us`] = added <= 20;
    }

    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on("error", () => undefined);
    const redisUp = await probe.connect().then(
      () => true,
      () => false,
    );
    probe.disconnect();
    if (redisUp) {
      const latencies = (await revocationLatencies(ctx, issuer, quick ? 30 : 100)).sort((a, b) => a - b);
      const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]! * 10) / 10;
      notes.revocations_measured = latencies.length;
      notes.revocation_p50_ms = at(0.5);
      notes.revocation_p99_ms = at(0.99);
      notes.revocation_max_ms = at(1);
      notes.target_revocation_p99_le_1000ms = at(0.99) <= 1000;
    } else {
      notes.revocation_skipped_no_redis = true;
    }

    return {
      notes,
      calls: {
        ping: { call: () => clients.ping!.raw.ping({}), process: sidecar },
        ...Object.fromEntries(
          Object.entries(requests).map(([id, req]) => [
            id,
            { call: async () => (await clients[id]!.raw.authorize(req)).decision === Decision.ALLOW, process: sidecar },
          ]),
        ),
      },
      async close() {
        for (const c of Object.values(clients)) c.close();
        await issuer.close();
      },
    };
  },
};

export default scenario;
