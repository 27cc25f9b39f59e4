/**
 * Every reload an operator asks for (SIGHUP, ReloadPolicy) hears its verdict, an unchanged
 * file included; and a watched reload back to the revision in force after a rejection is
 * reported, so the operator sees that the bad file is gone. Before, both returned silently
 * and the log's last word stayed "policy rejected".
 */
import { writeFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { PolicyStore, type ReloadOutcome, type ReloadTrigger } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";

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

let store: PolicyStore | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
});

async function opened(text: string) {
  const file = await policyFile(text);
  const heard: { outcome: ReloadOutcome; trigger: ReloadTrigger }[] = [];
  store = await PolicyStore.open(file, { settleMs: 50, pollMs: 100, onReload: (outcome, trigger) => heard.push({ outcome, trigger }) });
  return { file, heard, store };
}

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("PolicyStore reload verdicts", () => {
  it.each<ReloadTrigger>(["signal", "admin"])("tells an explicit reload (%s) of an unchanged file that nothing changed", async (trigger) => {
    const { heard, store } = await opened(policy('"delete_*"'));
    const outcome = await store.reload(trigger);
    expect(outcome).toMatchObject({ changed: false, revision: store.current.revision, errors: [] });
    expect(heard).toEqual([{ outcome, trigger }]);
  });

  it("tells a signal reload of a file reverted after a rejection that the revision in force stays", async () => {
    const good = policy('"delete_*"');
    const { file, heard, store } = await opened(good);
    const revision = store.current.revision;
    await writeFile(file, good.replace("allow:", "alow:"));
    expect((await store.reload("signal")).errors.length).toBeGreaterThan(0);
    await writeFile(file, good);
    await store.reload("signal");
    expect(heard.map((h) => [h.outcome.changed, h.outcome.errors.length > 0, h.outcome.revision])).toEqual([
      [false, true, revision],
      [false, false, revision],
    ]);
    expect(store.lastRejected).toBeUndefined();
  });

  it("reports a watched revert to the revision in force after a rejection", async () => {
    const good = policy('"delete_*"');
    const { file, heard, store } = await opened(good);
    const revision = store.current.revision;
    await store.watch();
    await writeFile(file, good.replace("allow:", "alow:"));
    await until(() => heard.length === 1, "the rejection");
    expect(heard[0]).toMatchObject({ trigger: "watch", outcome: { changed: false } });
    expect(heard[0]!.outcome.errors.length).toBeGreaterThan(0);

    await writeFile(file, good);
    await until(() => heard.length === 2, "the revert to be reported");
    expect(heard[1]).toEqual({ trigger: "watch", outcome: { changed: false, revision, errors: [], warnings: [] } });
    expect(store.lastRejected).toBeUndefined();
  });
});
