/**
 * A hung Redis makes a replica's identity data (revocations, offboardings) stale: past the
 * sync's bound (5 s) every caller is refused. Readiness must say so — Health for
 * portcullis.v1.GovernanceService NOT_SERVING, with the reason logged once — so that a load
 * balancer stops sending callers to a replica that refuses them all; liveness ("") stays
 * SERVING, and readiness comes back with the sync. The policy has no limits, so nothing but
 * the identity data can make the replica unready. Redis sits behind a TCP proxy that holds
 * every command while hung (as a paused Redis does).
 */
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Health, HealthCheckResponse_ServingStatus as Status, Reason } from "@portcullis/sdk";
import { createLogger, hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";
import { startRedisProxy, type RedisProxy } from "../../helpers/redis-proxy.js";

const hasRedis = await redisForTests("identity staleness and readiness");
const GOVERNANCE = "portcullis.v1.GovernanceService";
const POLICY = `version: 1
subjects:
  - { id: agent-a, roles: [support], tokenSha256: ${hashToken("a")} }
roles:
  support: { servers: { jira: { allow: ['*'] } } }
`;

type Line = { msg?: string; level?: string; why?: string };

let sidecar: Sidecar | undefined;
let proxy: RedisProxy | undefined;
afterEach(async () => {
  proxy?.resume();
  await sidecar?.close();
  await proxy?.close();
});

/** Polls `condition` until it holds; fails after `ms` (a hang, not slowness). */
async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(hasRedis)("identity staleness and readiness", () => {
  it("goes NOT_SERVING while a hung Redis leaves the identity data too stale to decide, and SERVING again once it answers", async () => {
    proxy = await startRedisProxy(REDIS_URL);
    const lines: Line[] = [];
    sidecar = await startSidecar({
      policyFile: await policyFile(POLICY),
      listen: { host: "127.0.0.1", port: 0 },
      dataDir: join(await mkdtemp(join(tmpdir(), "pcl-identity-ready-")), "data"),
      logger: createLogger({ level: "info", destination: { write: (text: string) => void lines.push(JSON.parse(text) as Line) } }),
      watchPolicy: false,
      redisUrl: proxy.url,
      redisPrefix: uniquePrefix(),
    });
    const health = createClient(Health, createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "2" }));
    const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 5000 });
    const status = async (service: string) => (await health.check({ service })).status;
    const logged = (msg: string) => lines.filter((l) => l.msg === msg);
    const STALE = "identity data stale: every caller is refused and readiness is NOT_SERVING until the token store answers";
    const CURRENT = "identity data current again: callers are decided and readiness is SERVING";

    expect(await status(GOVERNANCE)).toBe(Status.SERVING);
    expect((await client.authorize({ token: "a", server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
    const seen: Status[] = [];
    const watcher = new AbortController();
    const watching = (async () => {
      for await (const update of health.watch({ service: GOVERNANCE }, { signal: watcher.signal })) seen.push(update.status);
    })().catch(() => undefined);
    await waitFor("the first watched status", () => seen.length === 1);

    proxy.hang();
    // Callers are refused once the data is stale (the sync's 5 s bound) …
    await waitFor("callers refused", async () => {
      const refused = await client.authorize({ token: "a", server: "jira", tool: "search_issues" });
      return refused.decision === Decision.DENY;
    });
    const refused = await client.authorize({ token: "a", server: "jira", tool: "search_issues" });
    expect(refused).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
    expect(refused.message).toContain("revocations cannot be checked");
    // … and readiness says so at the same time; liveness stays up.
    expect(await status(GOVERNANCE)).toBe(Status.NOT_SERVING);
    expect(await status("")).toBe(Status.SERVING);
    await waitFor("NOT_SERVING watched", () => seen.includes(Status.NOT_SERVING));
    expect(logged(STALE)).toHaveLength(1);
    expect(logged(STALE)[0]).toMatchObject({ level: "error", why: expect.stringContaining("the token store has not answered") });

    proxy.resume();
    await waitFor("readiness back", async () => (await status(GOVERNANCE)) === Status.SERVING);
    expect((await client.authorize({ token: "a", server: "jira", tool: "search_issues" })).decision).toBe(Decision.ALLOW);
    await waitFor("SERVING watched", () => seen.length === 3);
    expect(seen).toEqual([Status.SERVING, Status.NOT_SERVING, Status.SERVING]);
    expect(logged(STALE)).toHaveLength(1);
    expect(logged(CURRENT)).toHaveLength(1);
    watcher.abort();
    await watching;
    client.close();
  });
});
