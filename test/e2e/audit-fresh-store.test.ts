/**
 * A sidecar's audit trail on day one, as a new user meets it: a real sidecar process on a
 * fresh data directory. VerifyAudit answers ok with the store's id before anything was
 * recorded; QueryAudit answers an empty result (not FailedPrecondition); a query asked before
 * the background index worker has started (it starts 10 s after the sidecar) sees every record
 * already written; after a stop, `portcullis audit verify` exits 0 on a store that recorded
 * nothing, with the line that says so, and `audit query` prints no record.
 */
import { createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AdminService, createGovernanceClient } from "@portcullis/sdk";
import { runCli } from "../helpers/cli.js";
import { EXAMPLE_POLICY } from "../helpers/paths.js";
import { startSidecarProcess } from "../helpers/sidecar-process.js";

const ADMIN = "admin-audit-fresh-0123456789abcdef-0123456789";
const auth = { headers: { authorization: `Bearer ${ADMIN}` } };

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

/** A fresh data directory with an admin token file beside it. */
async function freshData(): Promise<{ data: string; tokenFile: string }> {
  const root = await mkdtemp(join(tmpdir(), "pcl-audit-fresh-"));
  const tokenFile = join(root, "admin.token");
  await writeFile(tokenFile, `${ADMIN}\n`, { mode: 0o600 });
  return { data: join(root, "data"), tokenFile };
}

describe("the audit trail of a fresh sidecar", () => {
  it("verifies, and answers queries — empty, then with the first record — before the index worker has started", async () => {
    const { data, tokenFile } = await freshData();
    // sync: an Authorize answers once its record is on disk, so the query below must see it.
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", data, "--admin-token-file", tokenFile, "--audit-mode", "sync"]);
    const admin: Client<typeof AdminService> = createClient(AdminService, createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "1.1" }));
    try {
      // Nothing governed yet (each admin call leaves an `admin` record, nothing else).
      expect(await collect(admin.queryAudit({ event: "authorize" }, auth))).toEqual([]);
      expect(await collect(admin.queryAudit({ event: "authorize", distinct: "agent" }, auth))).toEqual([]);
      const opened = await sidecar.waitForLog((l) => l.msg === "audit trail open");
      expect(opened).toMatchObject({ storeId: expect.stringMatching(/^[0-9a-f]{32}$/), created: expect.any(String) });
      const verified = await admin.verifyAudit({ expectedStoreId: String(opened.storeId) }, auth);
      expect(verified).toMatchObject({ ok: true, firstBadRecord: "", storeId: opened.storeId });

      const governance = createGovernanceClient({ baseUrl: sidecar.baseUrl! });
      try {
        await governance.authorize({ token: "demo-research-token", server: "web", tool: "fetch", arguments: { url: "https://example.com" } });
      } finally {
        governance.close();
      }
      const replies = await collect(admin.queryAudit({ event: "authorize" }, auth));
      expect(replies.map((r) => JSON.parse(r.recordJson))).toEqual([expect.objectContaining({ event: "authorize", server: "web", tool: "fetch" })]);
    } finally {
      expect(await sidecar.stop()).toBe(0);
    }
    const verify = await runCli(["audit", "verify", join(data, "audit")]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain("OK");
  });

  it("started and stopped without a call: `audit verify` exits 0 saying the store recorded nothing; `audit query` prints no record", async () => {
    const { data } = await freshData();
    const sidecar = await startSidecarProcess(["--policy", EXAMPLE_POLICY, "--data-dir", data]);
    const opened = await sidecar.waitForLog((l) => l.msg === "audit trail open");
    expect(await sidecar.stop()).toBe(0);
    const dir = join(data, "audit");
    const verify = await runCli(["audit", "verify", dir]);
    expect(verify.stderr).toBe("");
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(
      new RegExp(`^0 records; store ${String(opened.storeId)} created at \\d{4}-\\d\\d-\\d\\dT\\S+Z, nothing recorded since$`, "m"),
    );
    const query = await runCli(["audit", "query", "--dir", dir, "--since", "1d", "--format", "json"]);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toEqual([]);
    // Pointed at the data directory instead: a usage error that says which path to pass.
    const wrong = await runCli(["audit", "verify", data]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`${dir} is one (this looks like a data directory): pass that`);
  });
});
