/**
 * Exactly once under a stalled Redis: two `portcullis serve --redis` processes take a
 * steady load while their private redis-server is paused (SIGSTOP) for 3 s, so answers
 * miss the 250 ms state deadline and the commands behind them run late, when Redis
 * resumes. Every call answered ALLOW is charged once and every call answered with a deny
 * is not charged at all — read back from Redis — and a denied call's retry is allowed,
 * never refused as its own duplicate.
 */
import { afterAll, describe, expect, it } from "vitest";
import { Redis } from "ioredis";
import { createGovernanceClient, Decision, Reason, type AuthorizeResponse, type GovernanceClient, type Int64AsNumber } from "@portcullis/sdk";
import { hashToken } from "@portcullis/sidecar";
import { policyFile } from "../helpers/policy-file.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../helpers/redis.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("limits exactly once");

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

const ESTIMATE = 10;
let redis: PrivateRedis | undefined;
const sidecars: SidecarProcess[] = [];
const clients: GovernanceClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all(sidecars.map((s) => s.stop()));
  redis?.resume();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(hasRedis)("a Redis paused for 3 s under load", () => {
  it("charges exactly the calls answered ALLOW, and a denied call's retry is not a duplicate", async () => {
    redis = await startPrivateRedis();
    const prefix = uniquePrefix();
    const file = await policyFile(POLICY);
    sidecars.push(...(await Promise.all([0, 1].map(() => startSidecarProcess(["--policy", file, "--redis", redis!.url, "--redis-prefix", prefix])))));
    clients.push(...sidecars.map((s) => createGovernanceClient({ baseUrl: s.baseUrl!, timeoutMs: 10_000 })));

    const create = (n: number) =>
      clients[n % 2]!.authorize({
        token: "agent-0",
        server: "jira",
        tool: "create_issue",
        workflowId: "load",
        estimatedTokens: ESTIMATE,
        arguments: { n },
      });

    // ~50 calls a second, each with its own arguments, until told to stop.
    const outcomes = new Map<number, Promise<Int64AsNumber<AuthorizeResponse>>>();
    let allowedSoFar = 0;
    let n = 0;
    const load = setInterval(() => {
      const call = create(n);
      outcomes.set(n++, call);
      void call.then((d) => d.decision === Decision.ALLOW && allowedSoFar++);
    }, 20);
    const until = async (condition: () => boolean) => {
      while (!condition()) await sleep(20);
    };

    await until(() => allowedSoFar >= 20);
    redis.pause();
    await sleep(3000);
    redis.resume();
    const resumedAt = n;
    await until(() => allowedSoFar >= 40 && n >= resumedAt + 40);
    clearInterval(load);
    const decisions = await Promise.all([...outcomes.entries()].map(async ([i, d]) => [i, await d] as const));

    const allowed = decisions.filter(([, d]) => d.decision === Decision.ALLOW).map(([i]) => i);
    const denied = decisions.filter(([, d]) => d.decision !== Decision.ALLOW);
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.filter(([, d]) => d.reason !== Reason.STATE_UNAVAILABLE)).toEqual([]);

    // A call on the same connections after the load: what the sidecars sent before it
    // (late applies and their withdrawals) has run in Redis once it answers.
    for (const client of clients) {
      let synced = false;
      while (!synced) {
        synced = (await client.authorize({ token: "agent-0", server: "jira", tool: "search_issues" })).decision === Decision.ALLOW;
        if (!synced) await sleep(50);
      }
    }

    const charged = await readCharges(redis.url, prefix);
    expect(charged).toEqual({ steps: allowed.length, tokens: allowed.length * ESTIMATE, duplicateGuards: allowed.length });

    // Retrying what was denied: allowed, never "already called with the same arguments". A
    // retry that itself meets the state deadline (a burst on a busy machine) is retried again,
    // as a caller would: it was not charged either, so it must not count as a duplicate.
    const retry = async (i: number) => {
      const answers: Int64AsNumber<AuthorizeResponse>[] = [];
      for (let attempt = 0; attempt < 20; attempt++) {
        const d = await create(i);
        answers.push(d);
        if (d.reason !== Reason.STATE_UNAVAILABLE) break;
        await sleep(100);
      }
      return answers;
    };
    const attempts = await Promise.all(denied.map(([i]) => retry(i)));
    expect(attempts.flat().filter((d) => d.reason === Reason.DUPLICATE_CALL)).toEqual([]);
    const retries = attempts.map((a) => a.at(-1)!);
    expect(retries.filter((d) => d.decision !== Decision.ALLOW).map((d) => Reason[d.reason])).toEqual([]);
    const total = allowed.length + retries.length;
    expect(await readCharges(redis.url, prefix)).toEqual({ steps: total, tokens: total * ESTIMATE, duplicateGuards: total });
  }, 60_000);
});

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
