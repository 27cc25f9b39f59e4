/**
 * The admin plane under guessing: failed authentications are logged without flooding (and
 * never with the presented token), repeated failures are slowed down, waiting failures are
 * capped, and none of that holds up a valid admin call. The sidecar core runs behind
 * Connect's in-memory transport with the real request gate, tuned to short delays.
 */
import { createClient, createRouterTransport, ConnectError } from "@connectrpc/connect";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, Code } from "@portcullis/sdk";
import { createLogger, hashToken, openSidecarCore, type SidecarCore } from "@portcullis/sidecar";
import { requestGate } from "../../../sidecar/src/services/index.js";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

const ADMIN = "admin-token-0123456789abcdef-0123456789";
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const text of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(text) as Record<string, unknown>);
    done();
  },
});
let core: SidecarCore;

beforeAll(async () => {
  core = await openSidecarCore({ policyFile: EXAMPLE_POLICY, watchPolicy: false, logger: createLogger({ level: "silent" }) });
});
afterAll(() => core.close());

function adminClient(throttle: Parameters<typeof requestGate>[0]["throttle"]) {
  const logger = createLogger({ level: "info", destination: sink });
  const gate = requestGate({ draining: () => false, adminTokenSha256: hashToken(ADMIN), logger, throttle });
  return createClient(AdminService, createRouterTransport(core.routes, { router: { requestGate: gate } }));
}
const as = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: unknown) => ConnectError.from(err),
  );

describe("failed admin authentications", () => {
  it("are logged once per interval with a count, never with the token", async () => {
    lines.length = 0;
    const admin = adminClient({ logEveryMs: 60_000, allowance: 100 });
    for (let i = 0; i < 5; i++) expect((await failure(admin.getPolicy({}, as(`guess-SECRET-${i}`))))?.code).toBe(Code.Unauthenticated);
    await failure(admin.getPolicy({}));
    const logged = lines.filter((l) => l.msg === "admin authentication failed");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "warn", failures: 1, rpc: "GetPolicy", why: "wrong token" });
    expect(JSON.stringify(lines)).not.toContain("SECRET");
  });

  it("are slowed down past the allowance, while a valid call goes through at once", async () => {
    const admin = adminClient({ allowance: 1, baseDelayMs: 30_000, maxWaiting: 2 });
    expect((await failure(admin.getPolicy({}, as("guess-1"))))?.code).toBe(Code.Unauthenticated);
    // The next two failures wait 30 s and 60 s: still pending while everything else is answered.
    let settled = 0;
    const waiting = [failure(admin.getPolicy({}, as("guess-2"))), failure(admin.getPolicy({}, as("guess-3")))];
    for (const w of waiting) void w.then(() => settled++);
    // With two failures waiting, a third is refused at once instead of waiting too.
    expect((await failure(admin.getPolicy({}, as("guess-4"))))?.code).toBe(Code.ResourceExhausted);
    const policy = await admin.getPolicy({}, as(ADMIN));
    expect(policy.revision).toBe(core.policies.current.revision);
    expect(settled).toBe(0);
  });
});
