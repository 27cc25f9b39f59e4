/**
 * The control plane's credential check and the gRPC health service, against in-process
 * sidecars on loopback.
 */
import { createClient, createRouterTransport, type Transport } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, Code, GovernanceService, Health, HealthCheckResponse_ServingStatus as Status } from "@portcullis/sdk";
import { createLogger, hashToken, openSidecarCore, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { EXAMPLE_POLICY } from "../../helpers/paths.js";

const logger = createLogger({ level: "silent" });
let withAdmin: Sidecar;
let withoutAdmin: Sidecar;
const transport = (s: Sidecar): Transport => createConnectTransport({ baseUrl: s.baseUrl!, httpVersion: "1.1" });

beforeAll(async () => {
  const listen = { host: "127.0.0.1", port: 0 };
  withAdmin = await startSidecar({ policyFile: EXAMPLE_POLICY, listen, logger, watchPolicy: false, adminTokenSha256: hashToken("root-token") });
  withoutAdmin = await startSidecar({ policyFile: EXAMPLE_POLICY, listen, logger, watchPolicy: false });
});
afterAll(async () => {
  await withAdmin.close();
  await withoutAdmin.close();
});

describe("AdminService credential", () => {
  it("answers with the admin token", async () => {
    const admin = createClient(AdminService, transport(withAdmin));
    const policy = await admin.getPolicy({}, { headers: { authorization: "Bearer root-token" } });
    expect(policy).toMatchObject({ revision: withAdmin.policies.current.revision, roles: ["support", "research"], subjectCount: 2 });
    expect(policy.virtualServers).toEqual(["support-desk", "research-desk"]);
  });

  it("refuses a missing or wrong token with Unauthenticated, and never echoes it", async () => {
    const admin = createClient(AdminService, transport(withAdmin));
    await expect(admin.getPolicy({})).rejects.toMatchObject({ code: Code.Unauthenticated });
    const wrong = await admin.getPolicy({}, { headers: { authorization: "Bearer guess-123" } }).catch((e: Error) => e);
    expect(wrong).toMatchObject({ code: Code.Unauthenticated });
    expect((wrong as Error).message).not.toContain("guess-123");
    // A data-plane token is not an admin token.
    await expect(admin.reloadPolicy({}, { headers: { authorization: "Bearer demo-support-token" } })).rejects.toMatchObject({ code: Code.Unauthenticated });
  });

  it("refuses an admin body over 1 MiB before reading it, so a caller without the token cannot hold request bytes", async () => {
    const res = await fetch(`${withAdmin.baseUrl}/portcullis.v1.AdminService/GetPolicy`, {
      method: "POST",
      headers: { "content-type": "application/proto" },
      body: new Uint8Array(2 * 1024 * 1024),
    });
    expect(await res.json()).toMatchObject({ code: "resource_exhausted", message: expect.stringContaining("larger than the largest message") });
  });

  it("is disabled without an admin token, saying how to enable it", async () => {
    const admin = createClient(AdminService, transport(withoutAdmin));
    const error = await admin.getPolicy({}, { headers: { authorization: "Bearer anything" } }).catch((e: Error) => e);
    expect(error).toMatchObject({ code: Code.PermissionDenied });
    expect((error as Error).message).toContain("--admin-token-file");
  });

  it("says VerifyAudit and QueryAudit have nothing to answer on a sidecar that records no audit trail, and what to do", async () => {
    const admin = createClient(AdminService, transport(withAdmin));
    const headers = { authorization: "Bearer root-token" };
    await expect(admin.verifyAudit({}, { headers })).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      rawMessage: expect.stringMatching(/no audit trail .*start it with an audit directory.*`portcullis audit verify DIR`/),
    });
    const query = async () => {
      for await (const _ of admin.queryAudit({}, { headers })) {
        // nothing expected
      }
    };
    await expect(query()).rejects.toMatchObject({
      code: Code.FailedPrecondition,
      rawMessage: expect.stringMatching(/no audit trail .*start it with an audit directory.*`portcullis audit query --dir DIR`/),
    });
  });
});

describe("grpc.health.v1.Health", () => {
  it("reports SERVING for the sidecar's services and NotFound for others", async () => {
    const health = createClient(Health, transport(withAdmin));
    expect((await health.check({ service: "" })).status).toBe(Status.SERVING);
    expect((await health.check({ service: "portcullis.v1.GovernanceService" })).status).toBe(Status.SERVING);
    await expect(health.check({ service: "nope.v1.Nope" })).rejects.toMatchObject({ code: Code.NotFound });
  });

  it("tells a watcher NOT_SERVING when the sidecar starts draining", async () => {
    const sidecar = await startSidecar({ policyFile: EXAMPLE_POLICY, listen: { host: "127.0.0.1", port: 0 }, logger, watchPolicy: false });
    const health = createClient(Health, createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "2" }));
    const seen: Status[] = [];
    const watching = (async () => {
      for await (const update of health.watch({ service: "" })) {
        seen.push(update.status);
        if (seen.length === 1) void sidecar.close();
      }
    })();
    await watching.catch(() => undefined);
    expect(seen).toEqual([Status.SERVING, Status.NOT_SERVING]);
  });

  it("answers NOT_SERVING while draining, where every other RPC gets Unavailable", async () => {
    const core = await openSidecarCore({ policyFile: EXAMPLE_POLICY, logger, watchPolicy: false });
    try {
      const inMemory = createRouterTransport(core.routes, { router: core.routerOptions });
      core.stopServing();
      expect((await createClient(Health, inMemory).check({ service: "" })).status).toBe(Status.NOT_SERVING);
      await expect(createClient(GovernanceService, inMemory).ping({})).rejects.toMatchObject({ code: Code.Unavailable });
    } finally {
      await core.close();
    }
  });
});
