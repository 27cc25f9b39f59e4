/**
 * `--state-timeout` bounds everything one decision waits on Redis, not each wait: a gateway
 * token this replica has not seen yet is read from the identity store within it (not within
 * that store's fixed 1 s command deadline), and the limits get only what the read left.
 *
 * No timing assertions: Redis sits behind a TCP proxy that holds commands while hung, and the
 * test lets a held command through only after the decision's deadline has surely passed —
 * its timer, set when the decision started, fires before the test's, set later for longer, in
 * the same process. An old sidecar, whose waits outlast the release, then sees the answer and
 * allows; the bounded one has already refused (and sent nothing to the limit state).
 */
import { createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Code, ConnectError, Decision, GovernanceService, Reason } from "@portcullis/sdk";
import { createLogger, hashToken, Limiter, openSidecarCore, RedisStateStore, type SidecarCore } from "@portcullis/sidecar";
import { RedisIdentityStore } from "../../sidecar/src/identity/index.js";
import { StateBudget } from "../../sidecar/src/state-budget.js";
import { openPolicy, policyFile } from "../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../helpers/redis.js";
import { startRedisProxy, type ProxiedCommand, type RedisProxy } from "../helpers/redis-proxy.js";

const hasRedis = await redisForTests("the decision's budget for shared state");
const STATE_TIMEOUT_MS = 300;
const POLICY = `version: 1
roles:
  support: { servers: { jira: { allow: ['*'] } } }
limits:
  - { name: create-rate, tools: [jira/create_issue], rate: 1000/s }
`;

let core: SidecarCore | undefined;
let proxy: RedisProxy | undefined;
let writer: RedisIdentityStore | undefined;
afterEach(async () => {
  proxy?.resume();
  await core?.close();
  await writer?.close();
  await proxy?.close();
});

/** A sidecar on Redis through the proxy, and a gateway token another replica issued (so this one has never seen it). */
async function setUp(stateTimeoutMs = STATE_TIMEOUT_MS): Promise<{ governance: Client<typeof GovernanceService>; token: string; hash: string }> {
  proxy = await startRedisProxy(REDIS_URL);
  const prefix = uniquePrefix();
  core = await openSidecarCore({
    policyFile: await policyFile(POLICY),
    dataDir: join(await mkdtemp(join(tmpdir(), "pcl-state-budget-")), "data"),
    redisUrl: proxy.url,
    redisPrefix: prefix,
    stateTimeoutMs,
    watchPolicy: false,
    logger: createLogger({ level: "silent" }),
  });
  writer = new RedisIdentityStore({ url: REDIS_URL, prefix });
  await writer.ready();
  const token = `pcl_${randomBytes(24).toString("base64url")}`;
  const hash = hashToken(token);
  const now = Date.now();
  await writer.insertToken({
    ...{ id: `tok_${randomBytes(6).toString("hex")}`, hash, hint: token.slice(-4), subject: "pat", kind: "human" as const, roles: ["support"] },
    ...{ team: "", description: "", createdAtMs: now, expiresAtMs: now + 3_600_000, lastUsedAtMs: 0, revokedAtMs: 0 },
  });
  return { governance: createClient(GovernanceService, createRouterTransport(core.routes, { router: core.routerOptions })), token, hash };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readsToken = (hash: string) => (c: ProxiedCommand) => c.name === "HGETALL" && c.args[0]!.endsWith(`:tok:${hash}`);
/** The limit state's apply and withdrawal scripts both name the decision's undo key. */
const limitStateCommands = (from: number) => proxy!.commands.slice(from).filter((c) => c.args.some((a) => a.includes(":undo:")));

describe.runIf(hasRedis)("one budget for a decision's waits on Redis", () => {
  it("refuses an unseen gateway token once the state timeout passes, not at the store's 1 s command deadline, and asks no limit", async () => {
    const { governance, token, hash } = await setUp();
    proxy!.hang();
    const from = proxy!.commands.length;
    const deciding = governance.authorize({ token, server: "jira", tool: "create_issue" });
    await proxy!.waitForCommand(readsToken(hash));
    // Well past the state timeout, well before the identity store's own 1 s deadline.
    await sleep(STATE_TIMEOUT_MS * 2);
    proxy!.resume();
    const decision = await deciding;
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
    expect(decision.message).toContain("the gateway token cannot be checked now");
    expect(limitStateCommands(from)).toEqual([]);
    // The late answer still fills the cache: the same token now decides without the store.
    await expect.poll(async () => (await governance.authorize({ token, server: "jira", tool: "create_issue" })).decision).toBe(Decision.ALLOW);
  });

  it("gives the limits only what the token lookup left of the state timeout", async () => {
    // Longer than the others, for room between the decision's start and the proxy seeing its
    // read; still shorter than the identity store's 1 s command deadline.
    const budgetMs = 800;
    const { governance, token, hash } = await setUp(budgetMs);
    proxy!.hang();
    let answered = false;
    const deciding = governance.authorize({ token, server: "jira", tool: "create_issue" }).finally(() => (answered = true));
    await proxy!.waitForCommand(readsToken(hash));
    // The lookup answers after 60 % of the budget …
    await sleep(budgetMs * 0.6);
    const from = proxy!.commands.length;
    proxy!.pass();
    // … and the limits' apply is held for 70 % more: longer than what was left, shorter than
    // a fresh state timeout.
    const applied = proxy!.waitForCommand((c) => proxy!.commands.indexOf(c) >= from && c.name.startsWith("EVAL") && c.args.some((a) => a.includes(":undo:")));
    await Promise.race([applied, deciding]);
    expect(answered, "the token lookup itself ran out of budget: the machine stalled for longer than the test allows").toBe(false);
    await sleep(budgetMs * 0.7);
    proxy!.resume();
    const decision = await deciding;
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE });
    expect(decision.message).toContain(`no answer within ${budgetMs} ms`);
  });

  it("bounds FilterTools' lookup of an unseen gateway token by the state timeout too", async () => {
    const { governance, token, hash } = await setUp();
    proxy!.hang();
    const listing = governance.filterTools({ token, server: "jira", tools: [{ name: "create_issue" }] }).then(
      () => undefined,
      (err: unknown) => ConnectError.from(err),
    );
    await proxy!.waitForCommand(readsToken(hash));
    await sleep(STATE_TIMEOUT_MS * 2);
    proxy!.resume();
    const refused = await listing;
    expect(refused?.code).toBe(Code.Unavailable);
    expect(refused?.rawMessage).toContain("the gateway token cannot be checked now");
  });

  it("sends nothing to the limit state once the decision's budget is spent, and fails closed", async () => {
    proxy = await startRedisProxy(REDIS_URL);
    const store = new RedisStateStore({ url: proxy.url, prefix: uniquePrefix() });
    try {
      await store.ready();
      const limiter = new Limiter(store, { timeoutMs: STATE_TIMEOUT_MS });
      const policies = await openPolicy(POLICY);
      const from = proxy.commands.length;
      const ctx = {
        subject: "pat",
        roles: ["support"],
        team: undefined,
        server: "jira",
        tool: "create_issue",
        workflowId: "",
        args: {},
        estimatedTokens: 0,
        dryRun: false,
      };
      const spent = await limiter.check(policies.current.limits, { ...ctx, decisionId: "spent" }, undefined, new StateBudget(0));
      expect(spent).toMatchObject({ allow: false, reason: Reason.STATE_UNAVAILABLE });
      expect(spent.message).toContain("spent waiting for the token store; nothing was sent");
      expect(limitStateCommands(from)).toEqual([]);
      expect(limiter.withdrawnCount).toBe(0);
      // With budget left, the same check is one apply.
      const allowed = await limiter.check(policies.current.limits, { ...ctx, decisionId: "left" }, undefined, new StateBudget(STATE_TIMEOUT_MS * 10));
      expect(allowed.allow).toBe(true);
      expect(limitStateCommands(from).map((c) => c.name.slice(0, 4))).toEqual(["EVAL"]);
      policies.close();
    } finally {
      await store.close();
    }
  });
});
