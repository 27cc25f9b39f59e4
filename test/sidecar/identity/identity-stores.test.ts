/**
 * The two identity stores — the `node:sqlite` file of one sidecar and Redis of a fleet —
 * keep the same contract: token records by hash and id, revocation once, offboarding that
 * revokes a subject's tokens and records the deny-list entry (and refuses a token issued
 * before it but written after it), reinstatement limited to a source, last-used times that only rise, SCIM users unique by userName (case-insensitively),
 * and a change feed whose epochs grow by one per change. Both run against real storage.
 */
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  hashToken,
  IDENTITY_DB_FILE,
  newGatewayToken,
  openSqliteIdentityStore,
  RedisIdentityStore,
  SubjectOffboardedError,
  tokenHint,
  type IdentityStore,
  type TokenRecord,
} from "../../../sidecar/src/identity/index.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";

const hasRedis = await redisForTests("identity stores");
const opened: IdentityStore[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
});

let serial = 0;
function record(subject: string, token = newGatewayToken("human"), overrides: Partial<TokenRecord> = {}): TokenRecord {
  serial++;
  return {
    id: `tok_test${String(serial).padStart(8, "0")}`,
    hash: hashToken(token),
    hint: tokenHint(token),
    subject,
    kind: "human",
    roles: ["support"],
    team: "",
    description: "",
    createdAtMs: 1_000_000 + serial,
    expiresAtMs: Date.now() + 3_600_000,
    lastUsedAtMs: 0,
    revokedAtMs: 0,
    ...overrides,
  };
}

const STORES: { name: string; open: () => Promise<IdentityStore>; skip?: boolean }[] = [
  { name: "sqlite", open: async () => openSqliteIdentityStore(join(await mkdtemp(join(tmpdir(), "pcl-id-")), "data")) },
  {
    name: "redis",
    skip: !hasRedis,
    open: async () => {
      const store = new RedisIdentityStore({ url: REDIS_URL, prefix: uniquePrefix() });
      await store.ready();
      return store;
    },
  },
];

describe.each(STORES)("the $name identity store", ({ name, open, skip }) => {
  const fresh = async () => {
    const store = await open();
    opened.push(store);
    return store;
  };

  it.skipIf(skip)("finds a token by hash and id, lists it, and revokes it once", async () => {
    const store = await fresh();
    const a = record("alice", undefined, { roles: ["support", "research"], team: "growth", description: "laptop" });
    const b = record("bob");
    await store.insertToken(a);
    await store.insertToken(b);
    expect(await store.tokenByHash(a.hash)).toEqual(a);
    expect(await store.tokenById(b.id)).toEqual(b);
    expect(await store.tokenByHash(hashToken("nope"))).toBeUndefined();
    await expect(store.insertToken({ ...a, id: "tok_other" })).rejects.toThrow();

    expect(await store.revokeToken(a.id, 5000)).toBe(true);
    expect(await store.revokeToken(a.id, 6000)).toBe(false);
    expect(await store.revokeToken("tok_missing", 6000)).toBeUndefined();
    expect((await store.tokenById(a.id))?.revokedAtMs).toBe(5000);
    expect((await store.listTokens({ includeRevoked: false })).map((t) => t.id)).toEqual([b.id]);
    expect((await store.listTokens({ includeRevoked: true })).map((t) => t.id)).toEqual([a.id, b.id]);
    expect((await store.listTokens({ subject: "alice", includeRevoked: true })).map((t) => t.id)).toEqual([a.id]);
  });

  // Tokens issued in one millisecond (an admin script, a rotation) list in issue order on the
  // sidecar's own file, not in the random order of their ids. (Redis breaks such ties by id.)
  it.skipIf(skip || name === "redis")("lists tokens created in the same millisecond in the order they were issued", async () => {
    const store = await fresh();
    const ids = ["tok_zzzzzzzz", "tok_aaaaaaaa", "tok_mmmmmmmm"];
    for (const id of ids) await store.insertToken(record("erin", undefined, { id, createdAtMs: 7_000_000 }));
    expect((await store.listTokens({ subject: "erin", includeRevoked: true })).map((t) => t.id)).toEqual(ids);
  });

  it.skipIf(skip)("numbers changes one by one, each carrying what changed", async () => {
    const store = await fresh();
    const a = record("carol");
    const b = record("carol");
    await store.insertToken(a);
    await store.insertToken(b);
    expect(await store.changesSince(0)).toMatchObject({ latest: 0, changes: [] });
    await store.revokeToken(a.id, 10);
    const revoked = await store.offboardSubject({ subject: "carol", offboardedAtMs: 20, reason: "left", source: "admin" });
    expect(revoked).toBe(1); // a was already revoked
    expect((await store.tokenById(b.id))?.revokedAtMs).toBe(20);
    expect(await store.reinstateSubject("carol", "scim")).toBe(false); // an admin's offboarding
    expect(await store.reinstateSubject("carol")).toBe(true);
    expect(await store.reinstateSubject("carol")).toBe(false);
    const page = await store.changesSince(0);
    expect(page.latest).toBe(3);
    expect(page.changes).toEqual([
      { epoch: 1, kind: "token", hash: a.hash },
      { epoch: 2, kind: "subject", subject: "carol", entry: { subject: "carol", offboardedAtMs: 20, reason: "left", source: "admin" } },
      { epoch: 3, kind: "subject", subject: "carol", entry: undefined },
    ]);
    expect((await store.changesSince(2)).changes.map((c) => c.epoch)).toEqual([3]);
    expect(await store.offboardedSubjects()).toEqual([]);
  });

  it.skipIf(skip)("keeps the deny-list entry with its source, and reinstates only from that source when asked", async () => {
    const store = await fresh();
    await store.offboardSubject({ subject: "dave", offboardedAtMs: 30, reason: "deactivated", source: "scim" });
    expect(await store.offboardedSubjects()).toEqual([{ subject: "dave", offboardedAtMs: 30, reason: "deactivated", source: "scim" }]);
    expect(await store.reinstateSubject("dave", "admin")).toBe(false);
    expect(await store.reinstateSubject("dave", "scim")).toBe(true);
    // Offboarded by an admin, then by SCIM again: still the admin's, so SCIM cannot lift it.
    await store.offboardSubject({ subject: "dave", offboardedAtMs: 40, reason: "incident", source: "admin" });
    await store.offboardSubject({ subject: "dave", offboardedAtMs: 50, reason: "deactivated", source: "scim" });
    expect(await store.offboardedSubjects()).toEqual([{ subject: "dave", offboardedAtMs: 50, reason: "deactivated", source: "admin" }]);
    expect((await store.changesSince(0)).changes.at(-1)).toMatchObject({ entry: { source: "admin", offboardedAtMs: 50 } });
    expect(await store.reinstateSubject("dave", "scim")).toBe(false);
  });

  it.skipIf(skip)("offboarding revokes the tokens of every spelling of the subject that folds the same (case, NFKC), as the deny-list matches", async () => {
    const store = await fresh();
    const lower = record("carol@example.com");
    const upper = record("CAROL@EXAMPLE.COM");
    const fullwidth = record("\uFF43arol@example.com"); // a fullwidth c: NFKC makes it c
    const other = record("carol2@example.com");
    for (const r of [lower, upper, fullwidth, other]) await store.insertToken(r);
    expect(await store.offboardSubject({ subject: "Carol@Example.com", offboardedAtMs: 3_000_000, reason: "", source: "admin" })).toBe(3);
    for (const r of [lower, upper, fullwidth]) expect((await store.tokenById(r.id))?.revokedAtMs).toBe(3_000_000);
    expect((await store.tokenById(other.id))?.revokedAtMs).toBe(0);
    // A token of another spelling issued before the offboarding but written after it is refused too.
    await expect(store.insertToken(record("carol@EXAMPLE.com", undefined, { createdAtMs: 2_999_999 }))).rejects.toBeInstanceOf(SubjectOffboardedError);
    await store.insertToken(record("carol@EXAMPLE.com", undefined, { createdAtMs: 3_000_001 }));
  });

  it.skipIf(skip)("refuses a token issued at or before its subject's offboarding (the offboarding ran during its issue)", async () => {
    const store = await fresh();
    await store.offboardSubject({ subject: "hank", offboardedAtMs: 2_000_000, reason: "", source: "admin" });
    await expect(store.insertToken(record("hank", undefined, { createdAtMs: 1_999_999 }))).rejects.toBeInstanceOf(SubjectOffboardedError);
    await expect(store.insertToken(record("hank", undefined, { createdAtMs: 2_000_000 }))).rejects.toThrow(
      "subject 'hank' was offboarded while this token was being issued",
    );
    expect(await store.listTokens({ subject: "hank", includeRevoked: true })).toEqual([]);
    const rehired = record("hank", undefined, { createdAtMs: 2_000_001 });
    await store.insertToken(rehired);
    expect(await store.tokenById(rehired.id)).toEqual(rehired);
    await store.insertToken(record("ivan", undefined, { createdAtMs: 1 })); // other subjects are not affected
  });

  it.skipIf(skip)("raises last-used times and never lowers them", async () => {
    const store = await fresh();
    const a = record("erin");
    await store.insertToken(a);
    await store.recordLastUsed(
      new Map([
        [a.hash, 500],
        [hashToken("gone"), 9],
      ]),
    );
    await store.recordLastUsed(new Map([[a.hash, 400]]));
    expect((await store.tokenById(a.id))?.lastUsedAtMs).toBe(500);
    expect(await store.tokenByHash(hashToken("gone"))).toBeUndefined();
  });

  it.skipIf(skip)("keeps SCIM users unique by userName, case-insensitively, and renames them", async () => {
    const store = await fresh();
    const user = {
      id: "u1",
      userName: "Frank@Example.com",
      externalId: "00u1",
      subject: "Frank@Example.com",
      active: true,
      attributes: "{}",
      createdAtMs: 1,
      updatedAtMs: 1,
    };
    expect(await store.putScimUser(user)).toBe(true);
    expect(await store.putScimUser({ ...user, id: "u2" })).toBe(false);
    expect(await store.scimUserByName("frank@example.COM")).toEqual(user);
    expect(await store.putScimUser({ ...user, userName: "frank2@example.com", active: false })).toBe(true);
    expect(await store.scimUserByName("frank@example.com")).toBeUndefined();
    expect((await store.scimUser("u1"))?.active).toBe(false);
    expect((await store.listScimUsers()).map((u) => u.id)).toEqual(["u1"]);
    expect(await store.deleteScimUser("u1")).toBe(true);
    expect(await store.deleteScimUser("u1")).toBe(false);
    expect(await store.scimUserByName("frank2@example.com")).toBeUndefined();
  });
});

describe("the sqlite file", () => {
  it("is created 0600 in a 0700 directory and holds token hashes, never tokens", async () => {
    const dir = join(await mkdtemp(join(tmpdir(), "pcl-id-")), "data");
    const store = openSqliteIdentityStore(dir);
    const token = newGatewayToken("agent");
    await store.insertToken(record("gina", token));
    await store.close();
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, IDENTITY_DB_FILE))).mode & 0o777).toBe(0o600);
    const bytes = (await readFile(join(dir, IDENTITY_DB_FILE))).toString("latin1");
    expect(bytes).toContain(hashToken(token));
    expect(bytes).not.toContain(token.slice(8));
  });
});

describe("a data directory that cannot be used", () => {
  it("is refused with a message naming the file and the flag", async () => {
    const blocker = join(await mkdtemp(join(tmpdir(), "pcl-id-")), "a-file");
    await writeFile(blocker, "not a directory");
    expect(() => openSqliteIdentityStore(join(blocker, "data"))).toThrow(/the data directory cannot hold the token store .*identity\.sqlite \(--data-dir\)/);
  });
});
