/**
 * Rotating the vault key and keeping a fleet on one key. A vault opened with previous keys
 * reads records sealed under them and seals each again under the current key (on read, or
 * all at once); without them such a record is refused with a message saying how to give the
 * old key. A fleet keeps its key id in Redis: a replica with another key logs an error and
 * reports NOT_SERVING readiness, and writes nothing; one whose previous keys hold the fleet's moves the fleet to
 * its key (a rotation), after which the replicas still on the old key are the mismatched ones.
 * Real SQLite and a real Redis; the readiness through real sidecars and the Health service.
 */
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { CredentialKind, Health, HealthCheckResponse_ServingStatus as Status } from "@portcullis/sdk";
import {
  createLogger,
  parseVaultKey,
  RedisVaultStore,
  sealedKeyId,
  SqliteVaultStore,
  Vault,
  VaultFleetKey,
  VaultRecordError,
  type VaultKey,
} from "@portcullis/sidecar";
import { asAdmin, startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { subject } from "../../helpers/policy.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("vault key rotation");
const newKeyText = () => randomBytes(32).toString("base64");
const newKey = (): VaultKey => parseVaultKey(newKeyText());

/** A logger whose lines the test reads. */
function capturingLogger() {
  const lines: { level: string; msg: string; [k: string]: unknown }[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger({ level: "info", destination }) };
}

const payload = (secret: string) => ({ secret, expiresAtMs: 0, obtainedAtMs: 1 });

describe("rotating the vault key (SQLite)", () => {
  it("reads a record sealed under a previous key and seals it again under the current one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-vault-rotate-"));
    const store = SqliteVaultStore.open(dir);
    const [k1, k2] = [newKey(), newKey()];
    const { logger } = capturingLogger();
    await new Vault(store, k1, logger).write("alice", "jira", "static", payload("alice-secret"));
    const before = (await store.get("alice", "jira"))!;
    expect(sealedKeyId(before.sealed)).toBe(k1.id);

    // The new key alone: refused, saying how to give the old one.
    const err = await Promise.resolve()
      .then(() => new Vault(store, k2, logger).readFresh("alice", "jira"))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(VaultRecordError);
    expect((err as Error).message).toContain(`sealed with another vault key (key id ${k1.id}; this sidecar's key id is ${k2.id})`);
    expect((err as Error).message).toContain("--vault-previous-key-file");

    // The new key with the old one as previous: read, then re-sealed in the background.
    const rotating = new Vault(store, k2, logger, { previousKeys: [k1] });
    expect((await rotating.readFresh("alice", "jira"))?.payload.secret).toBe("alice-secret");
    await expect.poll(async () => sealedKeyId((await store.get("alice", "jira"))!.sealed)).toBe(k2.id);
    const after = (await store.get("alice", "jira"))!;
    expect(after.updatedAtMs).toBe(before.updatedAtMs); // a re-seal is not an update
    expect((await new Vault(store, k2, logger).readFresh("alice", "jira"))?.payload.secret).toBe("alice-secret");
    await store.close();
  });

  it("re-seals every record under a previous key at once, leaving those under keys it does not have", async () => {
    const store = SqliteVaultStore.open(await mkdtemp(join(tmpdir(), "pcl-vault-rotate-")));
    const [k1, k2, stranger] = [newKey(), newKey(), newKey()];
    const { logger } = capturingLogger();
    const old = new Vault(store, k1, logger);
    for (const who of ["alice", "bob", ""]) await old.write(who, "jira", "static", payload(`${who}-secret`));
    await new Vault(store, stranger, logger).write("carol", "jira", "static", payload("carol-secret"));
    const rotating = new Vault(store, k2, logger, { previousKeys: [k1] });
    expect(await rotating.resealAll()).toEqual({ resealed: 3, left: 1 });
    const kids = (await store.list({})).map((r) => [r.subject, sealedKeyId(r.sealed)]);
    expect(kids).toEqual([
      ["", k2.id],
      ["alice", k2.id],
      ["bob", k2.id],
      ["carol", stranger.id],
    ]);
    expect(await rotating.resealAll()).toEqual({ resealed: 0, left: 1 });
    await store.close();
  });
});

describe.runIf(hasRedis)("the fleet's vault key (Redis)", () => {
  const stores: RedisVaultStore[] = [];
  const sidecars: CredentialSidecar[] = [];
  afterAll(async () => {
    for (const s of sidecars) await s.close();
    for (const store of stores) await store.close();
  });
  const open = async (prefix: string) => {
    const store = new RedisVaultStore({ url: REDIS_URL, prefix });
    stores.push(store);
    await store.ready();
    return store;
  };

  it("records the first replica's key id, flags a replica with another key, and moves to a rotating replica's key", async () => {
    const prefix = uniquePrefix();
    const [k1, k2] = [newKey(), newKey()];
    const { lines, logger } = capturingLogger();
    const a = new VaultFleetKey(new Vault(await open(prefix), k1, logger), logger);
    await a.check();
    expect(a.mismatch).toBeUndefined();
    const b = new VaultFleetKey(new Vault(await open(prefix), k2, logger), logger);
    let changes = 0;
    b.onChange(() => changes++);
    await b.check();
    expect(b.mismatch).toBe(
      `this replica's vault key (key id ${k2.id}) is not the fleet's (key id ${k1.id}): records it seals cannot be opened by the other replicas and theirs not by it; give every replica the same --vault-key-file (or, to rotate, the fleet's key as --vault-previous-key-file)`,
    );
    expect(changes).toBe(1);
    expect(lines.filter((l) => l.level === "error").map((l) => l.fleetKeyId)).toEqual([k1.id]);
    // The key id is in Redis, never the key.
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.get(`${prefix}vault:fleet-key-id`)).toBe(k1.id);
      const c = new VaultFleetKey(new Vault(await open(prefix), k2, logger, { previousKeys: [k1] }), logger);
      await c.check();
      expect(c.mismatch).toBeUndefined();
      expect(await redis.get(`${prefix}vault:fleet-key-id`)).toBe(k2.id);
    } finally {
      redis.disconnect();
    }
    await b.check();
    expect(b.mismatch).toBeUndefined();
    await a.check();
    expect(a.mismatch).toMatch(`this replica's vault key (key id ${k1.id}) is not the fleet's (key id ${k2.id})`);
  });

  it("reports NOT_SERVING readiness on a replica started with another key than its fleet's", async () => {
    const policy = [
      "version: 1",
      "subjects:",
      subject("alice", ["support"], "alice-token"),
      "roles:",
      "  support: { servers: { search: { allow: ['*'] } } }",
      "credentials:",
      "  search: { type: static }",
    ].join("\n");
    const redisPrefix = uniquePrefix();
    const first = await startCredentialSidecar(policy, { redisUrl: REDIS_URL, redisPrefix, vaultKey: newKeyText() });
    sidecars.push(first);
    const second = await startCredentialSidecar(policy, { redisUrl: REDIS_URL, redisPrefix, vaultKey: newKeyText() });
    sidecars.push(second);
    const status = async (s: CredentialSidecar) =>
      (
        await createClient(Health, createConnectTransport({ baseUrl: s.sidecar.baseUrl!, httpVersion: "1.1" })).check({
          service: "portcullis.v1.GovernanceService",
        })
      ).status;
    expect(await status(first)).toBe(Status.SERVING);
    expect(await status(second)).toBe(Status.NOT_SERVING);
    expect(second.logs.some((l) => l.includes("is not the fleet's") && l.includes("readiness is NOT_SERVING"))).toBe(true);
    // It seals nothing the fleet could not open.
    const refused = await second.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: "other-key" }, asAdmin).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectError);
    expect(refused).toMatchObject({ code: Code.FailedPrecondition });
    expect((refused as ConnectError).rawMessage).toMatch(
      /^this replica's vault key \(key id [0-9a-f]{16}\) is not the fleet's .*; nothing is written until it is$/,
    );
    await first.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret: "search-key" }, asAdmin);
    expect((await first.client.resolveCredential({ token: "alice-token", server: "search", tool: "q" })).credential?.headers).toEqual({
      authorization: "Bearer search-key",
    });
  });
});
