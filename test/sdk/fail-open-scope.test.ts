/**
 * What `failOpen` may and may not open, against a real Connect server on loopback whose
 * handlers fail on demand: only an unreachable or silent sidecar (Unavailable,
 * DeadlineExceeded) honours it. The caller's own abort and a sidecar that failed while
 * deciding (Internal, Unknown, Aborted, Canceled) stay closed; the caller's mistakes throw a
 * GovernanceError that is a ConnectError.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import type { ConnectRouter, HandlerContext } from "@connectrpc/connect";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Code,
  ConnectError,
  createGovernanceClient,
  Decision,
  GovernanceError,
  GovernanceService,
  Reason,
  ScanAction,
  type GovernanceClient,
} from "@portcullis/sdk";
import { JIRA_TOOLS } from "../helpers/jira-tools.js";

/** How the server answers the next calls: throw this error, or hang until the call ends. */
let behaviour: { fail: ConnectError } | { hang: true } = { hang: true };
/** Resolves each time a call reaches the server. */
let arrived: Promise<void>;
let markArrived: () => void;
const resetArrived = () => (arrived = new Promise((resolve) => (markArrived = resolve)));
resetArrived();

async function answer(ctx: HandlerContext): Promise<never> {
  markArrived();
  if ("fail" in behaviour) throw behaviour.fail;
  await new Promise((resolve) => ctx.signal.addEventListener("abort", resolve, { once: true }));
  // As the sidecar ends a call: DeadlineExceeded when the deadline it was sent runs out (the
  // SDK waits for that answer), Canceled when the client went away.
  throw ConnectError.from(ctx.signal.reason, Code.Canceled);
}

let server: Server;
let baseUrl: string;
const clients: GovernanceClient[] = [];

beforeAll(async () => {
  const routes = (router: ConnectRouter) =>
    router.service(GovernanceService, {
      authorize: (_req, ctx) => answer(ctx),
      filterTools: (_req, ctx) => answer(ctx),
      scanResponse: (_req, ctx) => answer(ctx),
      recordAudit: (_req, ctx) => answer(ctx),
    });
  server = createServer(connectNodeAdapter({ routes }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  behaviour = { hang: true };
});

function client(failOpen: boolean, timeoutMs = 30_000): GovernanceClient {
  const made = createGovernanceClient({ baseUrl, failOpen, timeoutMs });
  clients.push(made);
  return made;
}

const AUTHORIZE = { token: "t", server: "jira", tool: "create_issue" };
const SCAN = { token: "t", server: "web", tool: "fetch", resultJson: '{"content":[{"type":"text","text":"unscanned"}]}' };

/** Runs all three guarded calls and reports how each came out. */
async function outcomes(c: GovernanceClient, options: { signal?: AbortSignal } = {}) {
  const decision = await c.authorize(AUTHORIZE, options);
  const filtered = await c.filterTools({ token: "t", server: "jira", tools: JIRA_TOOLS }, options);
  const scanned = await c.scanResponse(SCAN, options);
  return { decision, filtered, scanned };
}

function expectClosed({ decision, filtered, scanned }: Awaited<ReturnType<typeof outcomes>>, reason: Reason): void {
  expect(decision).toMatchObject({ decision: Decision.DENY, reason });
  expect(decision.message).toContain("fail closed");
  expect(filtered).toMatchObject({ tools: [], hiddenCount: JIRA_TOOLS.length });
  expect(scanned.action).toBe(ScanAction.BLOCK);
  expect(scanned.resultJson).not.toContain("unscanned");
}

describe("failOpen: true", () => {
  it.each([
    ["Internal", Code.Internal],
    ["Unknown", Code.Unknown],
    ["Aborted", Code.Aborted],
    ["Canceled", Code.Canceled],
  ])("stays closed when the sidecar answers %s (it was there and did not decide)", async (_name, code) => {
    behaviour = { fail: new ConnectError("something broke", code) };
    expectClosed(await outcomes(client(true)), Reason.NO_DECISION);
  });

  it("stays closed when the caller aborts its own call in flight", async () => {
    const c = client(true);
    for (const call of ["authorize", "filterTools", "scanResponse"] as const) {
      resetArrived();
      const controller = new AbortController();
      const pending =
        call === "authorize"
          ? c.authorize(AUTHORIZE, { signal: controller.signal })
          : call === "filterTools"
            ? c.filterTools({ token: "t", server: "jira", tools: JIRA_TOOLS }, { signal: controller.signal })
            : c.scanResponse(SCAN, { signal: controller.signal });
      await arrived;
      controller.abort();
      const result = await pending;
      if ("decision" in result) expect(result).toMatchObject({ decision: Decision.DENY, reason: Reason.NO_DECISION });
      else if ("hiddenCount" in result) expect(result).toMatchObject({ tools: [], hiddenCount: JIRA_TOOLS.length });
      else expect(result.action).toBe(ScanAction.BLOCK);
    }
  });

  it("stays closed for a signal that was aborted before the call", async () => {
    expectClosed(await outcomes(client(true), { signal: AbortSignal.abort() }), Reason.NO_DECISION);
  });

  it("opens, visibly, when the sidecar answers Unavailable", async () => {
    behaviour = { fail: new ConnectError("draining", Code.Unavailable) };
    const { decision, filtered, scanned } = await outcomes(client(true));
    expect(decision).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
    expect(decision.message).toContain("failOpen");
    expect(filtered.tools).toHaveLength(JIRA_TOOLS.length);
    expect(scanned).toMatchObject({ action: ScanAction.ALLOW, profile: expect.stringContaining("failOpen") });
  });

  it("opens, visibly, when the sidecar does not answer within the deadline", async () => {
    behaviour = { hang: true };
    const decision = await client(true, 200).authorize(AUTHORIZE);
    expect(decision).toMatchObject({ decision: Decision.ALLOW, reason: Reason.SIDECAR_UNAVAILABLE });
    expect(decision.message).toMatch(/deadline/i);
  });
});

describe("failOpen: false", () => {
  it("closes an Unavailable sidecar with SIDECAR_UNAVAILABLE and a failed one with NO_DECISION", async () => {
    behaviour = { fail: new ConnectError("draining", Code.Unavailable) };
    expectClosed(await outcomes(client(false)), Reason.SIDECAR_UNAVAILABLE);
    behaviour = { fail: new ConnectError("bug", Code.Internal) };
    expectClosed(await outcomes(client(false)), Reason.NO_DECISION);
  });
});

describe("GovernanceError", () => {
  it("is a ConnectError with the RPC, the code, the metadata and the details of the failure", async () => {
    behaviour = { fail: new ConnectError("no such decision", Code.PermissionDenied, { "x-portcullis-hint": "settle your own" }) };
    const error = await client(true)
      .recordAudit({ token: "t", decisionId: "d" })
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toBeInstanceOf(GovernanceError);
    expect(error).toMatchObject({ code: Code.PermissionDenied, rpc: "RecordAudit", unavailable: false });
    const connect = error as ConnectError;
    expect(connect.rawMessage).toBe("RecordAudit: no such decision");
    expect(connect.message).toBe("[permission_denied] RecordAudit: no such decision");
    expect(connect.metadata.get("x-portcullis-hint")).toBe("settle your own");
    expect(ConnectError.from(error)).toBe(error);
  });

  it("is not claimed by a plain ConnectError", () => {
    expect(new ConnectError("x", Code.Internal)).not.toBeInstanceOf(GovernanceError);
    expect(new GovernanceError("Ping", Code.Unavailable, "gone")).toMatchObject({ unavailable: true, rawMessage: "gone" });
    expect(new GovernanceError("Ping", Code.Internal, "bug").unavailable).toBe(false);
  });

  it("still throws for the caller's mistakes (InvalidArgument), whatever failOpen says", async () => {
    behaviour = { fail: new ConnectError("server: required", Code.InvalidArgument) };
    await expect(client(true).authorize(AUTHORIZE)).rejects.toMatchObject({ code: Code.InvalidArgument, rpc: "Authorize" });
  });
});
