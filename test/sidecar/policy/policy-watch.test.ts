/**
 * The policy watcher follows what deployments do to the file: a `--policy` symlink into
 * another directory whose target is edited in place, Kubernetes ConfigMap `..data` swaps, and
 * a directory removed and re-created (a remount, `rm -rf conf && cp -r`). Each change loads;
 * a directory that cannot be watched is reported. Waits are for events, with bounds only a
 * hang reaches.
 */
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { policyRevision, PolicyStore, type WatchEvent } from "@portcullis/sidecar";

const policy = (deny: string) => `version: 1
subjects:
  - id: agent:support-bot
    roles: [support]
    tokenSha256: ${"87fd089ee94c1965c343faebfbff0e3689d571169a4abe77fbad0e8ce03a6aba"}
roles:
  support:
    servers:
      jira:
        allow: ["*"]
        deny: [${deny}]
`;

let store: PolicyStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function watch(file: string) {
  const events: WatchEvent[] = [];
  // A short settle and poll keep the test quick; nothing below depends on their length.
  store = await PolicyStore.open(file, { settleMs: 100, pollMs: 200, onWatchEvent: (e) => events.push(e) });
  await store.watch();
  const s = store;
  const loaded = (text: string) => until(() => s.current.revision === policyRevision(text), `revision ${policyRevision(text)} to load`);
  return { events, loaded };
}

describe("watching the policy file", () => {
  it("reloads when the target of a --policy symlink into another directory is edited in place", async () => {
    const root = await mkdtemp(join(tmpdir(), "pcl-watch-"));
    await mkdir(join(root, "real"));
    await mkdir(join(root, "link"));
    await writeFile(join(root, "real/policy.yaml"), policy('"delete_*"'));
    await symlink(join(root, "real/policy.yaml"), join(root, "link/policy.yaml"));
    const { loaded } = await watch(join(root, "link/policy.yaml"));

    const edited = policy('"delete_*", "search_*"');
    await writeFile(join(root, "real/policy.yaml"), edited);
    await loaded(edited);
  });

  it("follows Kubernetes ConfigMap ..data swaps, one after another", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pcl-watch-cm-"));
    const version = async (name: string, text: string) => {
      await mkdir(join(dir, name));
      await writeFile(join(dir, name, "policy.yaml"), text);
    };
    await version("..2024_01", policy('"delete_*"'));
    await symlink("..2024_01", join(dir, "..data"));
    await symlink("..data/policy.yaml", join(dir, "policy.yaml"));
    const { loaded } = await watch(join(dir, "policy.yaml"));

    // What the kubelet does: a new timestamped directory, a new link, renamed over ..data.
    let previous = "..2024_01";
    for (const [name, text] of [
      ["..2024_02", policy('"delete_*", "bulk_*"')],
      ["..2024_03", policy('"delete_*", "search_*"')],
    ] as const) {
      await version(name, text);
      await symlink(name, join(dir, "..data_tmp"));
      await rename(join(dir, "..data_tmp"), join(dir, "..data"));
      await rm(join(dir, previous), { recursive: true });
      previous = name;
      await loaded(text);
    }
  });

  it("survives its directory being removed and re-created at once (rm -rf conf && cp -r)", async () => {
    const root = await mkdtemp(join(tmpdir(), "pcl-watch-re-"));
    const conf = join(root, "conf");
    await mkdir(conf);
    await writeFile(join(conf, "policy.yaml"), policy('"delete_*"'));
    const { loaded } = await watch(join(conf, "policy.yaml"));

    await rm(conf, { recursive: true });
    await mkdir(conf);
    const copied = policy('"delete_*", "bulk_*"');
    await writeFile(join(conf, "policy.yaml"), copied);
    await loaded(copied);
    // And edits in the new directory keep reloading.
    const edited = policy('"delete_*", "search_*"');
    await writeFile(join(conf, "policy.yaml"), edited);
    await loaded(edited);
  });

  it("says when its directory cannot be watched, and when it is watched again", async () => {
    const root = await mkdtemp(join(tmpdir(), "pcl-watch-gone-"));
    const conf = join(root, "conf");
    await mkdir(conf);
    await writeFile(join(conf, "policy.yaml"), policy('"delete_*"'));
    const { events, loaded } = await watch(join(conf, "policy.yaml"));

    await rm(conf, { recursive: true });
    await until(() => events.some((e) => e.kind === "unwatched" && e.dir === conf), "the unwatched warning");
    await mkdir(conf);
    const restored = policy('"delete_*", "search_*"');
    await writeFile(join(conf, "policy.yaml"), restored);
    await until(() => events.some((e) => e.kind === "rewatched"), "the rewatched notice");
    await loaded(restored);
    expect(events.filter((e) => e.kind === "unwatched")).toHaveLength(1);
  });
});
