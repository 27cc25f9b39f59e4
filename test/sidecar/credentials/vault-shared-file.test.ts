/**
 * Two processes on one data directory (a `portcullis serve` that puts credentials for a
 * `portcullis gateway`): each opens the SQLite vault with its own connection. The store was
 * not shared, so a vault trusted what it had cached forever — a "no record" included — and a
 * put, a rotation or a deletion by the other process was never seen. Now a cached read asks
 * SQLite (`PRAGMA data_version`, at most every 250 ms) whether another connection committed,
 * and drops the cache when one did: the change is seen within about a second.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { createLogger, parseVaultKey, SqliteVaultStore, Vault } from "@portcullis/sidecar";

const opened: SqliteVaultStore[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

async function twoProcesses(): Promise<{ writer: Vault; reader: Vault }> {
  const dir = await mkdtemp(join(tmpdir(), "pcl-vault-shared-file-"));
  const key = parseVaultKey(randomBytes(32).toString("base64"));
  const logger = createLogger({ level: "silent" });
  const [a, b] = [SqliteVaultStore.open(dir), SqliteVaultStore.open(dir)];
  opened.push(a, b);
  return { writer: new Vault(a, key, logger), reader: new Vault(b, key, logger) };
}

/** What `reader` serves for the shared `search` credential once it shows `expected`, or after 1.5 s. */
async function seen(reader: Vault, expected: string | undefined): Promise<{ secret: string | undefined; afterMs: number }> {
  const started = Date.now();
  for (;;) {
    const secret = (reader.read("", "search") as Awaited<ReturnType<Vault["read"]>>)?.payload.secret;
    const afterMs = Date.now() - started;
    if (secret === expected || afterMs > 1500) return { secret, afterMs };
    await new Promise((r) => setTimeout(r, 20));
  }
}

const payload = (secret: string) => ({ secret, expiresAtMs: 0, obtainedAtMs: Date.now() });

it("a put, a rotation and a deletion by another process are seen within a second, a cached 'no record' included", async () => {
  const { writer, reader } = await twoProcesses();
  // Cached: nothing there yet.
  expect(reader.read("", "search")).toBeUndefined();
  expect(reader.read("", "search")).toBeUndefined();

  await writer.write("", "search", "static", payload("secret-v1"));
  const put = await seen(reader, "secret-v1");
  expect(put.secret).toBe("secret-v1");
  expect(put.afterMs).toBeLessThan(1000);

  await writer.write("", "search", "static", payload("secret-v2"));
  const rotated = await seen(reader, "secret-v2");
  expect(rotated.secret).toBe("secret-v2");
  expect(rotated.afterMs).toBeLessThan(1000);

  await writer.delete("", "search");
  const deleted = await seen(reader, undefined);
  expect(deleted.secret).toBeUndefined();
  expect(deleted.afterMs).toBeLessThan(1000);
});

it("its own writes do not drop its cache (data_version moves for other connections only)", async () => {
  const { writer } = await twoProcesses();
  await writer.write("", "search", "static", payload("mine"));
  const store = writer.store as SqliteVaultStore;
  await new Promise((r) => setTimeout(r, 300));
  expect(store.changedElsewhere()).toBe(false);
  expect((writer.read("", "search") as Awaited<ReturnType<Vault["read"]>>)?.payload.secret).toBe("mine");
});
