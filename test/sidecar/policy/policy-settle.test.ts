/**
 * A policy file that is still being written never replaces the policy in force: the watcher
 * loads a changed file only once it has stopped changing for the settle period, and only if
 * it still holds the bytes that were checked. The tests write at points the store reports
 * (its watch events), not after fixed sleeps, so that a slow machine changes nothing but the
 * run time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { policyRevision, PolicyStore, type ReloadOutcome, type WatchEvent } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";

const HASH = "87fd089ee94c1965c343faebfbff0e3689d571169a4abe77fbad0e8ce03a6aba";
const HEAD = `version: 1
subjects:
  - id: agent:support-bot
    roles: [support]
    tokenSha256: ${HASH}
roles:
  support:
    servers:
      jira:
        allow: ["*"]
`;
/** The complete policy: the deny rule comes last, as in the reviewer's reproduction. */
const full = (deny: string) => `${HEAD}        deny: [${deny}]\n`;

let store: PolicyStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

/** Resolves once `check` holds, looking every 10 ms; generous, since only a hang should fail it. */
async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function watched(text: string, settleMs: number, onEvent: (event: WatchEvent, file: string) => void = () => undefined) {
  const file = await policyFile(text);
  const reloads: ReloadOutcome[] = [];
  const events: WatchEvent[] = [];
  const onWatchEvent = (event: WatchEvent) => {
    events.push(event);
    onEvent(event, file);
  };
  store = await PolicyStore.open(file, { settleMs, onReload: (outcome) => reloads.push(outcome), onWatchEvent });
  await store.watch();
  return { file, reloads, events, store };
}

describe("a policy file written in two chunks", () => {
  it("is loaded whole; its valid prefix (without the last deny line) never takes effect", async () => {
    // A settle period far longer than the few milliseconds between the two writes below, so
    // that only a stall of seconds of this test process could make them look apart.
    const { file, reloads, events, store } = await watched(full('"delete_*"'), 8000);
    const original = store.current.revision;
    const final = full('"delete_*", "bulk_*"');
    const prefix = HEAD; // valid YAML, a valid policy: everything allowed
    expect(policyRevision(prefix)).not.toBe(original);

    // First chunk. Then wait until the store has seen it: before this fix it loaded the prefix
    // 50 ms later; now it waits for the file to settle.
    await writeFile(file, prefix);
    await until(() => reloads.length > 0 || events.some((e) => e.kind === "settling"), "the store to notice the first chunk");
    // The rest of the file, well inside the settle period.
    await writeFile(file, final);
    await until(() => reloads.some((r) => r.changed), "the complete file to load");

    expect(reloads.map((r) => r.revision)).toEqual([policyRevision(final)]);
    expect(store.current.revision).toBe(policyRevision(final));
  });

  it("is not loaded when it changes between being checked and taking effect; the later bytes are", async () => {
    const first = full('"delete_*"');
    const later = full('"delete_*", "search_*"');
    let wroteLater = false;
    // The moment the store has checked `first`, a writer changes the file again: the check
    // read a version that is no longer the file's, so it must not be swapped in.
    const { file, reloads, events, store } = await watched(full('"bulk_*"'), 200, (event, path) => {
      if (event.kind === "checked" && event.revision === policyRevision(first) && !wroteLater) {
        writeFileSync(path, later);
        wroteLater = true;
      }
    });

    await writeFile(file, first);
    await until(() => reloads.some((r) => r.changed), "a reload");
    // The first revision to take effect is the later one: `first` never did.
    expect(reloads.map((r) => r.revision)).toEqual([policyRevision(later)]);
    expect(store.current.revision).toBe(policyRevision(later));
    expect(readFileSync(file, "utf8")).toBe(later);
    expect(wroteLater).toBe(true);
    expect(events.some((e) => e.kind === "changed-while-loading")).toBe(true);
  });

  it("SIGHUP-style explicit reloads stay immediate: no settle wait", async () => {
    const { file, store } = await watched(full('"delete_*"'), 3_600_000);
    await writeFile(file, full('"delete_*", "bulk_*"'));
    const outcome = await store.reload("admin");
    expect(outcome).toMatchObject({ changed: true, revision: policyRevision(full('"delete_*", "bulk_*"')) });
  });
});
