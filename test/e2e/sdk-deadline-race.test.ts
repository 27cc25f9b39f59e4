/**
 * The SDK's deadline against a state store that answers near it: a `portcullis serve --redis`
 * whose private redis-server sits behind a proxy (written here) that holds every Redis reply
 * for 100–140 ms, while SDK clients call with a 120 ms deadline. The sidecar's deadline starts
 * when the request arrives, a little after the SDK sent it, so the sidecar decides ALLOW (and
 * charges the limits) close to the SDK's own deadline, on either side of it. What the caller
 * is told must match what was charged: every call answered ALLOW is charged once, and every
 * call the sidecar answered otherwise (a deny, its own DeadlineExceeded) is not — read back
 * from Redis once the sidecar's withdrawals have run. Over HTTP/1.1 (the lean transport), h2c
 * and gRPC.
 *
 * The SDK sends its deadline and waits `DEADLINE_GRACE_MS` beyond it for the sidecar's answer;
 * before it did, it gave up at the deadline itself and reported DENY for ~20 % of these calls
 * while the sidecar allowed and charged them. A call the SDK still gives up on by itself (no
 * answer 50 ms past the deadline: a machine stalled for that long) may have been charged —
 * the one case no client can know; those are counted apart, each checked by a retry.
 *
 * No timing is asserted; the load is only there to put answers on both sides of the deadline.
 */
import { createServer, connect, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import {
  createGovernanceClient,
  DEADLINE_GRACE_MS,
  Decision,
  Reason,
  type AuthorizeResponse,
  type GovernanceClient,
  type Int64AsNumber,
} from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { policyFile } from "../helpers/policy-file.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../helpers/redis.js";
import { seededRandom } from "../helpers/seeded-random.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("SDK deadline race");

const POLICY = [
  "version: 1",
  "subjects:",
  `  - { id: agent-0, roles: [support], team: support, tokenSha256: ${hashToken("agent-0")} }`,
  "roles:",
  "  support: { servers: { jira: { allow: [create_issue, search_issues] } } }",
  "limits:",
  "  - { name: no-repeats, tools: [jira/create_issue], duplicateWindow: 10m }",
  "  - { name: run-steps, tools: [jira/create_issue], steps: 100000 }",
  "  - { name: team-tokens, scope: team:support, tools: [jira/create_issue], tokens: 100000000/day, requireEstimate: true }",
  "  - { name: search-rate, tools: [jira/search_issues], rate: 100000/s }",
].join("\n");

/** The SDK's deadline, and the range of the proxy's delay of each Redis reply around it. */
const TIMEOUT_MS = 120;
const DELAY_MIN_MS = 100;
const DELAY_MAX_MS = 140;
const CALLS = 150;
const IN_FLIGHT = 6;
const ESTIMATE = 10;

let redis: PrivateRedis | undefined;
let proxy: SlowProxy | undefined;
let sidecar: SidecarProcess | undefined;
const clients: GovernanceClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  await sidecar?.stop();
  await proxy?.close();
  await redis?.stop();
});

/** The call under test, the same each time for one `n` (the duplicate guard's key). */
const call = (n: number) => ({ token: "agent-0", server: "jira", tool: "create_issue", workflowId: "race", estimatedTokens: ESTIMATE, arguments: { n } });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(hasRedis)("the SDK's deadline against a state store that answers near it", () => {
  it("charges exactly the calls answered ALLOW, over HTTP/1.1, h2c and gRPC", async () => {
    redis = await startPrivateRedis();
    proxy = await startSlowProxy(Number(new URL(redis.url).port), DELAY_MIN_MS, DELAY_MAX_MS);
    const prefix = uniquePrefix();
    const file = await policyFile(POLICY);
    sidecar = await startSidecarProcess(["--policy", file, "--redis", proxy.url, "--redis-prefix", prefix, "--no-audit", "--log-level", "debug"]);
    const baseUrl = sidecar.baseUrl!;
    clients.push(
      createGovernanceClient({ baseUrl, timeoutMs: TIMEOUT_MS }),
      createGovernanceClient({ baseUrl, timeoutMs: TIMEOUT_MS, httpVersion: "2" }),
      createGovernanceClient({ baseUrl, timeoutMs: TIMEOUT_MS, protocol: "grpc" }),
    );
    const patient = createGovernanceClient({ baseUrl, timeoutMs: 10_000 });
    clients.push(patient);
    // Open every connection first (a ping costs no limit): the first call on a transport
    // should not be the one that spends its deadline connecting.
    for (const c of clients) await c.ping({ timeoutMs: 10_000 });

    const decisions: [number, Int64AsNumber<AuthorizeResponse>][] = [];
    let next = 0;
    const worker = async () => {
      while (next < CALLS) {
        const n = next++;
        const d = await clients[n % 3]!.authorize(call(n));
        decisions.push([n, d]);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    const allowed = decisions.filter(([, d]) => d.decision === Decision.ALLOW);
    const denied = decisions.filter(([, d]) => d.decision !== Decision.ALLOW);
    // Both sides of the deadline were reached, or the run proves nothing.
    expect(allowed.length).toBeGreaterThan(0);
    expect(denied.length).toBeGreaterThan(0);

    // A call after the load, on the sidecar's same Redis connection: what the sidecar sent
    // before it (applies, withdrawals) has run once it answers. Withdrawals are retried in the
    // background, so the counts are then read until they settle.
    let synced = false;
    while (!synced) {
      synced = (await patient.authorize({ token: "agent-0", server: "jira", tool: "search_issues" })).decision === Decision.ALLOW;
      if (!synced) await sleep(50);
    }
    // Which denied calls were charged: a dry run of the same call (it consumes nothing) is
    // refused as its own duplicate. The SDK's own give-ups (no answer past the grace) may
    // have been; every other denial must not have been.
    const TRANSPORTS = ["HTTP/1.1", "h2c", "gRPC"];
    const isCharged = async (n: number): Promise<boolean> => {
      for (;;) {
        const probe = await patient.authorize({ ...call(n), dryRun: true });
        if (probe.reason !== Reason.STATE_UNAVAILABLE) return probe.reason === Reason.DUPLICATE_CALL;
        await sleep(100);
      }
    };
    const gaveUp = (d: Int64AsNumber<AuthorizeResponse>) => d.message.includes(`${DEADLINE_GRACE_MS} ms past it`);
    const chargedDenials: string[] = [];
    let chargedGiveUps = 0;
    let settled = false;
    // Withdrawals are retried in the background: read until they settle (a few seconds at most).
    for (let round = 0; round < 20 && !settled; round++) {
      if (round > 0) await sleep(250);
      chargedDenials.length = 0;
      chargedGiveUps = 0;
      let next = 0;
      const probe = async () => {
        while (next < denied.length) {
          const [n, d] = denied[next++]!;
          if (!(await isCharged(n))) continue;
          if (gaveUp(d)) chargedGiveUps++;
          else chargedDenials.push(`#${n} ${TRANSPORTS[n % 3]}: ${Reason[d.reason]} ${d.message}`);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, probe));
      settled = chargedDenials.length === 0;
    }
    const counted = allowed.length + chargedGiveUps;
    const charged = await readCharges(redis.url, prefix);
    const byReason = Object.fromEntries(
      [...new Set(denied.map(([, d]) => Reason[d.reason]))].map((r) => [r, denied.filter(([, d]) => Reason[d.reason] === r).length]),
    );
    expect({ ...charged, denied: byReason, chargedDenials }).toEqual({
      steps: counted,
      tokens: counted * ESTIMATE,
      duplicateGuards: counted,
      denied: byReason,
      chargedDenials: [],
    });
  }, 120_000);
});

/** A TCP proxy in front of Redis that holds each reply for a random delay, keeping their order. */
interface SlowProxy {
  readonly url: string;
  close(): Promise<void>;
}

async function startSlowProxy(redisPort: number, minMs: number, maxMs: number): Promise<SlowProxy> {
  const random = seededRandom(120);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(redisPort, "127.0.0.1");
    sockets.add(client).add(upstream);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    // Requests go through at once; each reply waits, never overtaking the one before it
    // (Redis answers in order, and so must the proxy).
    client.pipe(upstream);
    // One queue and one timer: replies leave strictly in the order they came (timers of
    // different durations that expire in the same millisecond may fire in either order, which
    // reordered replies and made ioredis match them to the wrong commands).
    const queue: { at: number; chunk: Buffer }[] = [];
    let armed = false;
    const arm = () => {
      armed = true;
      setTimeout(pump, queue[0]!.at - Date.now());
    };
    const pump = () => {
      armed = false;
      while (queue.length > 0 && queue[0]!.at <= Date.now()) {
        const { chunk } = queue.shift()!;
        if (client.writable) client.write(chunk);
      }
      if (queue.length > 0) arm();
    };
    upstream.on("data", (chunk: Buffer) => {
      const last = queue.length > 0 ? queue[queue.length - 1]!.at : 0;
      queue.push({ at: Math.max(Date.now() + minMs + random(maxMs - minMs + 1), last), chunk });
      if (!armed) arm();
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const s of [client, upstream]) {
      s.on("error", end);
      s.on("close", end);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `redis://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What Redis holds for the create_issue limits: the step count, the tokens reserved, the live duplicate guards. */
async function readCharges(url: string, prefix: string): Promise<{ steps: number; tokens: number; duplicateGuards: number }> {
  const client = new Redis(url);
  try {
    const [stepKey] = await client.keys(`${prefix}steps:run-steps:*`);
    const tokenKeys = await client.keys(`${prefix}tokens:team-tokens:*`);
    const duplicateKeys = await client.keys(`${prefix}duplicate:no-repeats:*`);
    const tokens = await Promise.all(tokenKeys.map((k) => client.get(k)));
    return {
      steps: Number((stepKey && (await client.get(stepKey))) ?? 0),
      tokens: tokens.reduce((sum, v) => sum + Number(v), 0),
      duplicateGuards: duplicateKeys.length,
    };
  } finally {
    client.disconnect();
  }
}
