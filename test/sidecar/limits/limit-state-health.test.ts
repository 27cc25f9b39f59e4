/**
 * A Redis outage is visible: readiness (Health for portcullis.v1.GovernanceService) goes
 * NOT_SERVING while some limit fails closed and comes back with Redis, liveness ("") stays
 * SERVING, the outage and the recovery are logged once each, and fail-open decisions are
 * summarised periodically instead of logged one by one. In-process sidecars on loopback,
 * with a private redis-server that the tests kill and pause.
 */
import { createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterEach, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Health, HealthCheckResponse_ServingStatus as Status, Reason } from "@portcullis/sdk";
import { createLogger, hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("limit state health");

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-a, roles: [support], tokenSha256: ${hashToken("a")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: ['*'] } } }",
  "limits:",
  "  - { name: create-rate, tools: [jira/create_issue], rate: 1000/s }",
  "  - { name: search-rate, tools: [jira/search_issues], rate: 1000/s, onStoreFailure: allow }",
].join("\n");

type Line = { msg?: string; failOpen?: number; overMs?: number; byTool?: Record<string, number>; level?: string };

let sidecar: Sidecar | undefined;
let redis: PrivateRedis | undefined;
afterEach(async () => {
  await sidecar?.close();
  redis?.resume();
  await redis?.stop();
});

async function setUp() {
  redis = await startPrivateRedis();
  const lines: Line[] = [];
  sidecar = await startSidecar({
    policyFile: await policyFile(POLICY),
    listen: { host: "127.0.0.1", port: 0 },
    logger: createLogger({ level: "info", destination: { write: (text: string) => void lines.push(JSON.parse(text) as Line) } }),
    watchPolicy: false,
    redisUrl: redis.url,
    redisPrefix: uniquePrefix(),
    failOpenSummaryMs: 300,
  });
  const transport = createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "2" });
  const health = createClient(Health, transport);
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 5000 });
  const status = async (service: string) => (await health.check({ service })).status;
  const logged = (msg: string) => lines.filter((l) => l.msg === msg);
  const waitFor = async (condition: () => boolean | Promise<boolean>) => {
    while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 25));
  };
  return { lines, health, client, status, logged, waitFor };
}

const GOVERNANCE = "portcullis.v1.GovernanceService";

describe.runIf(hasRedis)("limit state health", () => {
  it("reports a Redis outage in readiness, logs it and the recovery once, and summarises fail-open decisions", async () => {
    const { health, client, status, logged, waitFor } = await setUp();
    expect(await status("")).toBe(Status.SERVING);
    expect(await status(GOVERNANCE)).toBe(Status.SERVING);
    const seen: Status[] = [];
    const watcher = new AbortController();
    const watching = (async () => {
      for await (const update of health.watch({ service: GOVERNANCE }, { signal: watcher.signal })) seen.push(update.status);
    })().catch(() => undefined);
    await waitFor(() => seen.length === 1);

    await redis!.stop();
    await waitFor(() => logged("limit state unavailable").length > 0);
    expect(await status(GOVERNANCE)).toBe(Status.NOT_SERVING);
    expect(await status("")).toBe(Status.SERVING); // liveness: do not restart a sidecar for its dependency

    const failingOpenFrom = Date.now();
    const search = await Promise.all(Array.from({ length: 30 }, () => client.authorize({ token: "a", server: "jira", tool: "search_issues" })));
    expect(search.every((d) => d.decision === Decision.ALLOW && d.failOpen)).toBe(true);
    const create = await client.authorize({ token: "a", server: "jira", tool: "create_issue" });
    expect(create).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
    const summaries = () => logged("decisions allowed without limit state (fail-open)");
    await waitFor(() => summaries().reduce((n, l) => n + l.failOpen!, 0) === 30);
    // Summarised, not logged one by one: at most one line per 300 ms window, however slow
    // the machine made the 30 calls.
    const windows = Math.floor((Date.now() - failingOpenFrom) / 300) + 1;
    expect(summaries().length).toBeLessThanOrEqual(Math.min(windows, 29));
    for (const summary of summaries()) expect(summary.overMs).toBeGreaterThanOrEqual(290);
    expect(summaries()[0]).toMatchObject({ level: "warn", byTool: { "jira/search_issues": expect.any(Number) } });

    await redis!.start();
    await waitFor(() => logged("limit state recovered").length > 0);
    expect(await status(GOVERNANCE)).toBe(Status.SERVING);
    await waitFor(() => seen.length === 3);
    expect(seen).toEqual([Status.SERVING, Status.NOT_SERVING, Status.SERVING]);
    expect((await client.authorize({ token: "a", server: "jira", tool: "create_issue" })).decision).toBe(Decision.ALLOW);
    expect(logged("limit state unavailable")).toHaveLength(1);
    expect(logged("limit state recovered")).toHaveLength(1);
    watcher.abort();
    await watching;
    client.close();
  });

  it("notices a paused Redis from a missed deadline, and its return from a probe", async () => {
    const { client, status, logged, waitFor } = await setUp();
    expect((await client.authorize({ token: "a", server: "jira", tool: "create_issue" })).decision).toBe(Decision.ALLOW);
    redis!.pause();
    const late = await client.authorize({ token: "a", server: "jira", tool: "create_issue" });
    expect(late.reason).toBe(Reason.STATE_UNAVAILABLE);
    await waitFor(async () => (await status(GOVERNANCE)) === Status.NOT_SERVING);
    expect(logged("limit state unavailable")).toHaveLength(1);
    redis!.resume();
    await waitFor(async () => (await status(GOVERNANCE)) === Status.SERVING);
    expect(logged("limit state recovered")).toHaveLength(1);
    expect((await client.authorize({ token: "a", server: "jira", tool: "create_issue" })).decision).toBe(Decision.ALLOW);
    client.close();
  });
});
