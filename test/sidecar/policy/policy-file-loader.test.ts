/**
 * A policy is read only from a regular file. A FIFO at the path (briefly there during a
 * botched deploy) is refused at once, naming what it is, instead of blocking a libuv thread
 * until a writer comes — which held every later reload (they run one at a time) and the
 * process's exit. The waits here are bounds only a hang reaches.
 */
import { execFileSync } from "node:child_process";
import { constants } from "node:fs";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatPolicyError, loadPolicyFile, PolicyStore, readPolicyText } from "@portcullis/sidecar";

const policy = (deny: string) => `version: 1
subjects:
  - id: agent:support-bot
    roles: [support]
    tokenSha256: 87fd089ee94c1965c343faebfbff0e3689d571169a4abe77fbad0e8ce03a6aba
roles:
  support:
    servers:
      jira:
        allow: ["*"]
        deny: [${deny}]
`;

const fifos: string[] = [];
let store: PolicyStore | undefined;
afterEach(async () => {
  store?.close();
  store = undefined;
  // Should a read still wait on a FIFO (the defect), a writer releases it.
  for (const fifo of fifos.splice(0)) {
    const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
    await writer?.close();
  }
});

async function makeFifo(dir: string, name = "policy.yaml"): Promise<string> {
  const path = join(dir, name);
  execFileSync("mkfifo", [path]);
  fifos.push(path);
  return path;
}

describe("readPolicyText", () => {
  it("refuses a FIFO at once, naming it, instead of waiting for a writer", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-fifo-"));
    const fifo = await makeFifo(dir);
    const read = await readPolicyText(fifo);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.rejected.errors.map(formatPolicyError)).toEqual([
      `${fifo}:1:1: the policy path is a FIFO (named pipe), not a regular file; put the policy in a regular file (or a symlink to one) there`,
    ]);
    // `policy check` reads the same way.
    const checked = await loadPolicyFile(fifo);
    expect(checked.ok).toBe(false);
  }, 20_000);

  it("names a directory and a symlink to a FIFO for what they are", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-notfile-"));
    const sub = join(dir, "conf");
    await mkdir(sub);
    const asDir = await readPolicyText(sub);
    expect(asDir.ok ? "" : asDir.rejected.errors[0]!.message).toMatch(/^the policy path is a directory, not a regular file/);
    const fifo = await makeFifo(dir, "pipe");
    const link = join(dir, "policy.yaml");
    execFileSync("ln", ["-s", fifo, link]);
    const viaLink = await readPolicyText(link);
    expect(viaLink.ok ? "" : viaLink.rejected.errors[0]!.message).toMatch(/^the policy path is a FIFO/);
  }, 20_000);
});

describe("PolicyStore with a FIFO at the policy path", () => {
  it("rejects the reload and the next one, with the file back, takes effect", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-fifo-store-"));
    const file = join(dir, "policy.yaml");
    await writeFile(file, policy('"delete_*"'));
    store = await PolicyStore.open(file);
    const before = store.current.revision;

    await rm(file);
    await makeFifo(dir);
    const rejected = await store.reload("signal");
    expect(rejected.changed).toBe(false);
    expect(rejected.revision).toBe(before);
    expect(rejected.errors[0]!.message).toMatch(/FIFO/);

    await rm(file);
    await writeFile(file, policy('"delete_*", x'));
    const reloaded = await store.reload("signal");
    expect(reloaded.changed).toBe(true);
    expect(store.current.revision).not.toBe(before);
  }, 20_000);
});
