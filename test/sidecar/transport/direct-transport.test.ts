/**
 * The direct transport of embedded mode: unary calls reach the handlers without the Connect
 * protocol, yet the caller sees what it would over the wire — the same answers as the router
 * transport, handler errors with their codes, deadlines and cancellation (and the handler's
 * signal aborted with them), the request gate, the interceptors with the request's headers,
 * and streaming calls served by the same handler instances.
 */
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient, type ConnectRouter, type Interceptor } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGovernanceClient, Decision, Reason, type GovernanceClient } from "@portcullis/sdk";
import { AuthorizeResponseSchema, GovernanceService, Health, HealthCheckResponse_ServingStatus } from "@portcullis/sdk/gen";
import type { LazyHeaders } from "../../../sidecar/src/transport/lazy-headers.js";
import { createDirectTransport, createLogger, startEmbedded, type EmbeddedSidecar } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

describe("createDirectTransport against the real sidecar (startEmbedded)", () => {
  let embedded: EmbeddedSidecar;
  let direct: GovernanceClient;
  let wire: GovernanceClient;
  beforeAll(async () => {
    embedded = await startEmbedded({ policyFile: EXAMPLE_POLICY, logger: createLogger({ level: "silent" }), watchPolicy: false });
    direct = createGovernanceClient({ transport: embedded.transport });
    wire = createGovernanceClient({ transport: embedded.routerTransport });
  });
  afterAll(async () => {
    direct.close();
    wire.close();
    await embedded.close();
  });

  it("answers exactly what the wire protocol answers", async () => {
    const calls = [
      { token: "demo-support-token", server: "jira", tool: "search_issues", arguments: { jql: "project = SUP" } },
      { token: "demo-support-token", server: "jira", tool: "delete_issue" },
      { token: "demo-research-token", server: "jira", tool: "create_issue", arguments: { project: "SUP" } },
    ];
    for (const call of calls) {
      const [a, b] = [await direct.authorize({ ...call, explain: true }), await wire.authorize({ ...call, explain: true })];
      const { decisionId: _a, ...left } = a;
      const { decisionId: _b, ...right } = b;
      expect(left).toEqual(right);
      expect(a.decisionId).not.toBe("");
    }
    expect((await direct.authorize(calls[1]!)).reason).toBe(Reason.EXPLICIT_DENY);
    const tools = [{ name: "search_issues" }, { name: "delete_issue" }];
    expect(await direct.filterTools({ token: "demo-support-token", server: "jira", tools })).toEqual(
      await wire.filterTools({ token: "demo-support-token", server: "jira", tools }),
    );
  });

  it("keeps the handlers' request bounds and error codes", async () => {
    await expect(direct.authorize({ token: "demo-support-token", server: "", tool: "x" })).rejects.toMatchObject({ code: Code.InvalidArgument });
    const deep = JSON.parse(`${"[".repeat(200)}1${"]".repeat(200)}`) as unknown[];
    await expect(direct.authorize({ token: "demo-support-token", server: "jira", tool: "search_issues", arguments: { deep } })).rejects.toMatchObject({
      code: Code.InvalidArgument,
    });
  });

  it("serves streaming calls through the same sidecar", async () => {
    const health = createClient(Health, embedded.transport);
    for await (const update of health.watch({ service: "" })) {
      expect(update.status).toBe(HealthCheckResponse_ServingStatus.SERVING);
      break;
    }
  });
});

/** A GovernanceService whose authorize waits until its signal aborts, and says what it saw. */
function stallingRoutes(seen: { signal?: AbortSignal; header?: string | null }) {
  return (router: ConnectRouter) => {
    router.service(GovernanceService, {
      authorize(req, ctx) {
        seen.signal = ctx.signal;
        seen.header = ctx.requestHeader.get("x-probe");
        if (req.tool === "fast") return { decision: Decision.ALLOW, message: `hello ${req.server}` };
        if (req.tool === "fail") throw new ConnectError("tool: no such tool", Code.NotFound);
        return new Promise((_, reject) => ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true }));
      },
    });
  };
}

describe("createDirectTransport semantics", () => {
  it("normalizes a handler's plain answer into a message and passes handler errors through with their code", async () => {
    const client = createClient(GovernanceService, createDirectTransport(stallingRoutes({})));
    const out = await client.authorize({ token: "t", server: "s", tool: "fast" });
    expect(out).toEqual(create(AuthorizeResponseSchema, { decision: Decision.ALLOW, message: "hello s" }));
    await expect(client.authorize({ token: "t", server: "s", tool: "fail" })).rejects.toMatchObject({ code: Code.NotFound, rawMessage: "tool: no such tool" });
  });

  it("ends a call at its deadline with DeadlineExceeded and aborts the handler's signal", async () => {
    const seen: { signal?: AbortSignal } = {};
    const client = createClient(GovernanceService, createDirectTransport(stallingRoutes(seen)));
    await expect(client.authorize({ token: "t", server: "s", tool: "slow" }, { timeoutMs: 20 })).rejects.toMatchObject({ code: Code.DeadlineExceeded });
    expect(seen.signal?.aborted).toBe(true);
  });

  it("caps a deadline at maxTimeoutMs", async () => {
    const client = createClient(GovernanceService, createDirectTransport(stallingRoutes({}), { maxTimeoutMs: 20 }));
    await expect(client.authorize({ token: "t", server: "s", tool: "slow" }, { timeoutMs: 600_000 })).rejects.toMatchObject({ code: Code.DeadlineExceeded });
  });

  it("ends a call the caller aborts with Canceled and aborts the handler's signal", async () => {
    const seen: { signal?: AbortSignal } = {};
    const client = createClient(GovernanceService, createDirectTransport(stallingRoutes(seen)));
    const caller = new AbortController();
    const call = client.authorize({ token: "t", server: "s", tool: "slow" }, { signal: caller.signal });
    await new Promise((r) => setImmediate(r));
    caller.abort();
    await expect(call).rejects.toMatchObject({ code: Code.Canceled });
    expect(seen.signal?.aborted).toBe(true);
    // An already aborted signal never reaches the handler.
    seen.signal = undefined;
    await expect(client.authorize({ token: "t", server: "s", tool: "fast" }, { signal: caller.signal })).rejects.toMatchObject({ code: Code.Canceled });
    expect(seen.signal).toBeUndefined();
  });

  it("runs the request gate first and the interceptors in order, with the caller's headers", async () => {
    const seen: { header?: string | null } = {};
    const order: string[] = [];
    const tag =
      (name: string): Interceptor =>
      (next) =>
      async (req) => {
        order.push(`${name}:${req.header.get("x-probe")}:${(req.message as unknown as { tool: string }).tool}`);
        return next(req);
      };
    const transport = createDirectTransport(stallingRoutes(seen), {
      interceptors: [tag("outer"), tag("inner")],
      requestGate: (ctx) => {
        if (ctx.requestHeader.get("x-probe") === "refuse") throw new ConnectError("the sidecar is shutting down", Code.Unavailable);
      },
    });
    const client = createClient(GovernanceService, transport);
    await client.authorize({ token: "t", server: "s", tool: "fast" }, { headers: { "x-probe": "p1" } });
    expect(order).toEqual(["outer:p1:fast", "inner:p1:fast"]);
    expect(seen.header).toBe("p1");
    order.length = 0;
    await expect(client.authorize({ token: "t", server: "s", tool: "fast" }, { headers: { "x-probe": "refuse" } })).rejects.toMatchObject({
      code: Code.Unavailable,
    });
    expect(order).toEqual([]);
  });

  it("gives interceptors requests and answers whose headers are plain Headers, filled only when used, and survive a spread", async () => {
    // No accessor is defined on each call's objects (a per-object getter cost ~1 µs a call, and
    // an object literal's own getter kept every call's objects alive into V8's old generation,
    // BENCHMARKS.md, floor): the maps are data properties, Headers that fill on first use.
    const kinds: string[] = [];
    const seen: string[] = [];
    const spreading: Interceptor = (next) => async (req) => {
      const own = Object.getOwnPropertyDescriptor(req, "header");
      kinds.push(`${own?.get === undefined}:${req.header instanceof Headers}:${(req.header as LazyHeaders).used}`);
      const answer = await next({ ...req } as typeof req);
      const copy = { ...answer };
      seen.push(`${req.header.get("x-probe")}:${copy.header.get("x-answer")}:${Object.getOwnPropertyDescriptor(answer, "trailer")?.get === undefined}`);
      return copy;
    };
    const routes = (router: ConnectRouter) =>
      router.service(GovernanceService, {
        authorize: (_req, ctx) => {
          ctx.responseHeader.set("x-answer", ctx.requestHeader.get("x-probe") ?? "none");
          return create(AuthorizeResponseSchema, { decision: Decision.ALLOW });
        },
      });
    const client = createClient(GovernanceService, createDirectTransport(routes, { interceptors: [spreading] }));
    for (const probe of ["a", "b"]) {
      const answer = await client.authorize({ token: "t", server: "s", tool: "x" }, { headers: { "x-probe": probe } });
      expect(answer.decision).toBe(Decision.ALLOW);
    }
    expect(kinds).toEqual(["true:true:false", "true:true:false"]);
    expect(seen).toEqual(["a:a:true", "b:b:true"]);
  });
});
