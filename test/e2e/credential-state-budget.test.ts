/**
 * `--state-timeout` bounds all of one decision's waits on Redis together — the credential's
 * read from the vault's store too. An Authorize with `include_credential` from a gateway token
 * this replica has not seen yet waits twice on Redis: the token's lookup, then the vault read.
 * The vault read gets only what the lookup left of the budget, not a state timeout of its own.
 *
 * A real `portcullis serve --redis` process, with Redis behind a TCP proxy that holds commands
 * while hung (test/helpers/redis-proxy.ts). No timing assertions: the lookup is let through
 * after half the budget, the vault read is held, and the test lets it through only after the
 * whole budget has surely passed but before a fresh state timeout for the read alone would
 * (half a budget of margin each side). A sidecar whose vault read had its own deadline is
 * still waiting then, gets the record and allows; the bounded one has already answered —
 * while the store was still hung — with CREDENTIAL_UNAVAILABLE, saying what did not answer.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, parseVaultKey, RedisVaultStore, Vault } from "@portcullis/sidecar";
import { RedisIdentityStore } from "../../sidecar/src/identity/index.js";
import { subject } from "../helpers/policy.js";
import { policyFile } from "../helpers/policy-file.js";
import { deleteKeys, REDIS_URL, redisForTests, uniquePrefix } from "../helpers/redis.js";
import { startRedisProxy, type ProxiedCommand, type RedisProxy } from "../helpers/redis-proxy.js";
import { startSidecarProcess, type SidecarProcess } from "../helpers/sidecar-process.js";

const hasRedis = await redisForTests("the vault read's share of the decision's state budget");
/** Long enough for half of it to cover a busy machine's lag between the sidecar and this test. */
const BUDGET_MS = 2000;
/** What the token lookup takes of the budget: it must stay under the identity store's own 1 s command deadline. */
const LOOKUP_MS = 600;
const SECRET = `search-SECRET-${randomBytes(8).toString("hex")}`;
const STATIC_TOKEN = `static-${randomBytes(16).toString("hex")}`;
const POLICY = `version: 1
subjects:
${subject("sam", ["support"], STATIC_TOKEN)}
limits:
  - { name: query-rate, tools: [search/query], rate: 1000/s }
roles:
  support: { servers: { search: { allow: ['*'] } } }
credentials:
  search: { type: static, apply: { headers: { authorization: 'Bearer {token}' } } }
`;

let proxy: RedisProxy | undefined;
let sidecar: SidecarProcess | undefined;
let client: GovernanceClient | undefined;
const closers: (() => Promise<unknown>)[] = [];
let prefix = "";
afterEach(async () => {
  proxy?.resume();
  client?.close();
  await sidecar?.stop();
  for (const close of closers.splice(0)) await close();
  await proxy?.close();
  if (prefix) {
    await deleteKeys(prefix);
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const readsToken = (hash: string) => (c: ProxiedCommand) => c.name === "HGETALL" && c.args[0]!.endsWith(`:tok:${hash}`);
const readsVault = (c: ProxiedCommand) => c.name === "HGET" && c.args[1] === "search";
/** The limit state's apply script names the decision's undo key. */
const appliesLimits = (c: ProxiedCommand) => c.name.startsWith("EVAL") && c.args.some((a) => a.includes(":undo:"));

/**
 * A sidecar process on Redis through the proxy, with the shared credential and a gateway token
 * written by "another replica" straight to Redis: the sidecar has read neither, so both reads
 * go to the store.
 */
async function setUp(): Promise<{ token: string; hash: string }> {
  prefix = uniquePrefix();
  const dir = await mkdtemp(join(tmpdir(), "pcl-cred-budget-"));
  const vaultKey = randomBytes(32).toString("base64");
  await writeFile(join(dir, "vault.key"), vaultKey);
  const store = new RedisVaultStore({ url: REDIS_URL, prefix });
  closers.push(() => store.close());
  await store.ready();
  const vault = new Vault(store, parseVaultKey(vaultKey), createLogger({ level: "silent" }));
  await vault.write("", "search", "static", { secret: SECRET, expiresAtMs: 0, obtainedAtMs: Date.now() });
  const identity = new RedisIdentityStore({ url: REDIS_URL, prefix });
  closers.push(() => identity.close());
  await identity.ready();
  const token = `pcl_${randomBytes(24).toString("base64url")}`;
  const hash = hashToken(token);
  const now = Date.now();
  await identity.insertToken({
    ...{ id: `tok_${randomBytes(6).toString("hex")}`, hash, hint: token.slice(-4), subject: "pat", kind: "human" as const, roles: ["support"] },
    ...{ team: "", description: "", createdAtMs: now, expiresAtMs: now + 3_600_000, lastUsedAtMs: 0, revokedAtMs: 0 },
  });
  proxy = await startRedisProxy(REDIS_URL);
  const args = ["--policy", await policyFile(POLICY), "--redis", proxy.url, "--redis-prefix", prefix];
  sidecar = await startSidecarProcess([...args, "--state-timeout", String(BUDGET_MS), "--vault-key-file", join(dir, "vault.key")]);
  client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 30_000 });
  return { token, hash };
}

const BUDGET_TEXT = `the decision's state timeout (${BUDGET_MS} ms, --state-timeout, for all of a decision's waits on shared state together)`;

describe.runIf(hasRedis)("the vault read shares the decision's state budget", () => {
  it("gives the vault read only what the token lookup left: CREDENTIAL_UNAVAILABLE while the store is still hung", async () => {
    const { token, hash } = await setUp();
    proxy!.hang();
    let answered = false;
    const deciding = client!.authorize({ token, server: "search", tool: "query", includeCredential: true }).finally(() => (answered = true));
    await proxy!.waitForCommand(readsToken(hash));
    // The lookup answers after LOOKUP_MS (short of the identity store's own 1 s command
    // deadline); the vault read that follows is held.
    await sleep(LOOKUP_MS);
    proxy!.pass();
    await Promise.race([proxy!.waitForCommand(readsVault), deciding]);
    expect(answered, "the token lookup itself ran out of time: the machine stalled for longer than the test allows").toBe(false);
    // Past the whole budget (counted from the lookup), short of a fresh state timeout for the read.
    await Promise.race([sleep(BUDGET_MS - LOOKUP_MS / 2), deciding]);
    const answeredWhileHung = answered;
    proxy!.resume();
    const decision = await deciding;

    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, subject: "pat" });
    expect(answeredWhileHung).toBe(true);
    expect(decision.credential).toBeUndefined();
    expect(decision.message).toBe(
      `the credential for server 'search' cannot be produced: the vault's store (Redis) did not answer the credential's read within ${BUDGET_TEXT}; retry later`,
    );
    expect(JSON.stringify(sidecar!.logs)).not.toContain(SECRET);
    // Once the store answers again, the same call gets its credential.
    await expect
      .poll(async () => (await client!.authorize({ token, server: "search", tool: "query", includeCredential: true })).credential?.headers.authorization)
      .toBe(`Bearer ${SECRET}`);
  });

  it("bounds ResolveCredential's token lookup and vault read by one budget too", async () => {
    const { token, hash } = await setUp();
    proxy!.hang();
    let answered = false;
    const resolving = client!.resolveCredential({ token, server: "search", tool: "query" }).finally(() => (answered = true));
    await proxy!.waitForCommand(readsToken(hash));
    await sleep(LOOKUP_MS);
    proxy!.pass();
    await Promise.race([proxy!.waitForCommand(readsVault), resolving]);
    expect(answered, "the token lookup itself ran out of time: the machine stalled for longer than the test allows").toBe(false);
    await Promise.race([sleep(BUDGET_MS - LOOKUP_MS / 2), resolving]);
    const answeredWhileHung = answered;
    proxy!.resume();
    const outcome = await resolving;
    expect(outcome).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, subject: "pat" });
    expect(answeredWhileHung).toBe(true);
    expect(outcome.credential).toBeUndefined();
    expect(outcome.message).toContain(`did not answer the credential's read within ${BUDGET_TEXT}`);
  });

  it("gives the limits only what the vault read left: STATE_UNAVAILABLE while the store is still hung, and no credential", async () => {
    await setUp();
    proxy!.hang();
    let answered = false;
    const deciding = client!.authorize({ token: STATIC_TOKEN, server: "search", tool: "query", includeCredential: true }).finally(() => (answered = true));
    await proxy!.waitForCommand(readsVault);
    // The vault read answers after half the budget; the limits' apply that follows is held.
    await sleep(BUDGET_MS / 2);
    const from = proxy!.commands.length;
    proxy!.pass();
    await Promise.race([proxy!.waitForCommand((c) => proxy!.commands.indexOf(c) >= from && appliesLimits(c)), deciding]);
    expect(answered, "the vault read itself ran out of budget: the machine stalled for longer than the test allows").toBe(false);
    // Past the whole budget (counted from the vault read), short of a fresh state timeout for the limits.
    await Promise.race([sleep(BUDGET_MS * 0.75), deciding]);
    const answeredWhileHung = answered;
    proxy!.resume();
    const decision = await deciding;

    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.STATE_UNAVAILABLE, subject: "sam" });
    expect(answeredWhileHung).toBe(true);
    expect(decision.credential).toBeUndefined();
    expect(decision.message).toContain(`no answer within ${BUDGET_MS} ms`);
  });

  it("answers a hung vault read with CREDENTIAL_UNAVAILABLE naming the vault's store, before the store answers", async () => {
    await setUp();
    proxy!.hang();
    const decision = await client!.authorize({ token: STATIC_TOKEN, server: "search", tool: "query", includeCredential: true });
    // Answered while every command is still held.
    expect(proxy!.commands.filter(appliesLimits)).toEqual([]);
    expect(decision).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_UNAVAILABLE, subject: "sam" });
    expect(decision.message).toMatch(/^the credential for server 'search' cannot be produced: the vault's store .*; retry later$/);
    expect(decision.message).not.toContain(SECRET);
    proxy!.resume();
  });
});
