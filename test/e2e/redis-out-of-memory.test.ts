/**
 * A fleet's Redis out of memory (maxmemory reached, policy noeviction): it answers PING and
 * reads, and refuses every write. `portcullis serve` must treat that like a Redis that is
 * down — limited calls denied (fail closed) saying what Redis answered, readiness
 * NOT_SERVING, `limit state unavailable` logged once at error — and recover by itself once
 * Redis has memory again. `portcullis offboard` says the store refused, without the "is
 * `portcullis serve` running there?" hint that only fits a sidecar that did not answer. A
 * private redis-server, made to refuse with CONFIG SET maxmemory.
 */
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Health, HealthCheckResponse_ServingStatus as Status, Reason, type GovernanceClient } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { runCli } from "../helpers/cli.js";
import { policyFile } from "../helpers/policy-file.js";
import { freePort, redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../helpers/redis.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("Redis out of memory");
const GOVERNANCE = "portcullis.v1.GovernanceService";
const ADMIN = "admin-token-0123456789abcdef-0123456789";
const POLICY = `version: 1
subjects:
  - { id: agent-a, roles: [support], tokenSha256: ${hashToken("a")} }
roles:
  support: { servers: { jira: { allow: ['*'] } } }
limits:
  - { name: create-rate, tools: [jira/create_issue], rate: 1000/s }
`;

let redis: PrivateRedis;
let control: Redis;
let sidecar: SidecarProcess;
let client: GovernanceClient;
let adminFile: string;

/** Polls `condition` until it holds; fails after `ms` (a hang, not slowness). */
async function waitFor(what: string, condition: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(hasRedis)("a fleet's Redis out of memory", () => {
  beforeAll(async () => {
    redis = await startPrivateRedis();
    control = new Redis(redis.url);
    const dir = await mkdtemp(join(tmpdir(), "pcl-redis-oom-"));
    adminFile = join(dir, "admin.token");
    await writeFile(adminFile, `${ADMIN}\n`, { mode: 0o600 });
    sidecar = await startSidecarProcess([
      "--policy",
      await policyFile(POLICY),
      "--no-watch",
      "--redis",
      redis.url,
      "--redis-prefix",
      uniquePrefix(),
      "--data-dir",
      join(dir, "data"),
      "--admin-token-file",
      adminFile,
    ]);
    client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 10_000 });
  });
  afterAll(async () => {
    client?.close();
    await sidecar?.stop();
    control?.disconnect();
    await redis?.stop();
  });

  it("denies limited calls saying so, goes NOT_SERVING, logs it at error, and recovers once Redis has memory again", async () => {
    const health = createClient(Health, createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "1.1" }));
    const ready = async () => (await health.check({ service: GOVERNANCE })).status;
    const create = () => client.authorize({ token: "a", server: "jira", tool: "create_issue" });
    expect((await create()).decision).toBe(Decision.ALLOW);
    expect(await ready()).toBe(Status.SERVING);

    await control.config("SET", "maxmemory-policy", "noeviction");
    await control.config("SET", "maxmemory", "1");

    const refused = await create();
    expect(refused).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
    // What Redis answered, in the sidecar's words (nothing of Redis's own: script ids, lines).
    expect(refused.message).toContain("redis answered OOM: it is out of memory");
    expect(refused.message).not.toContain("command not allowed");
    const down = await sidecar.waitForLog((l) => l.msg === "limit state unavailable", 30_000);
    expect(down).toMatchObject({ level: "error", cause: expect.stringContaining("redis answered OOM") });
    await waitFor("readiness NOT_SERVING", async () => (await ready()) === Status.NOT_SERVING);
    expect((await health.check({ service: "" })).status).toBe(Status.SERVING); // liveness

    // The admin CLI: the store refused (exit 3, retry), and no "is it running?" — it is.
    const offboard = await runCli(["offboard", "someone", "--url", sidecar.baseUrl!, "--admin-token-file", adminFile]);
    expect(offboard.code, offboard.stderr).toBe(3);
    expect(offboard.stderr).toContain("the token store refused it (redis answered OOM: it is out of memory");
    expect(offboard.stderr).toContain("nothing was revoked and the subject was not offboarded");
    expect(offboard.stderr).not.toContain("running there");
    // … which stays for a sidecar that does not answer at all.
    const nobody = await runCli(["offboard", "someone", "--url", `http://127.0.0.1:${await freePort()}`, "--admin-token-file", adminFile]);
    expect(nobody.code).toBe(3);
    expect(nobody.stderr).toContain("(is `portcullis serve` running there?)");

    await control.config("SET", "maxmemory", "0");
    await sidecar.waitForLog((l) => l.msg === "limit state recovered", 30_000);
    await waitFor("readiness SERVING", async () => (await ready()) === Status.SERVING);
    expect((await create()).decision).toBe(Decision.ALLOW);
    expect(sidecar.logs.filter((l) => l.msg === "limit state unavailable")).toHaveLength(1);
  });
});
