/**
 * SCIM while the fleet's Redis cannot answer — hung (commands held past the identity store's
 * deadline) or down (connection refused): every Users request is 503 with a SCIM error body
 * (RFC 7644 §3.12: the Error schema, `status: "503"`, a detail saying the identity store is
 * unavailable) and `Retry-After`, never a 500, and nothing internal (Redis's words, addresses)
 * in the answer; once Redis answers again, SCIM works. Redis sits behind a TCP proxy that the
 * test hangs and closes.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger, hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { REDIS_URL, redisForTests, uniquePrefix } from "../../helpers/redis.js";
import { startRedisProxy, type RedisProxy } from "../../helpers/redis-proxy.js";

const hasRedis = await redisForTests("SCIM with the store unavailable");
const SCIM_TOKEN = "scim-SECRET-0123456789abcdef-0123456789";
const POLICY = `version: 1
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`;
const DEACTIVATE = { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: false } }] };

let sidecar: Sidecar;
let proxy: RedisProxy;
const lines: { msg?: string; level?: string; err?: string }[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  proxy = await startRedisProxy(REDIS_URL);
  sidecar = await startSidecar({
    policyFile: await policyFile(POLICY),
    listen: { host: "127.0.0.1", port: 0 },
    dataDir: join(await mkdtemp(join(tmpdir(), "pcl-scim-down-")), "data"),
    redisUrl: proxy.url,
    redisPrefix: uniquePrefix(),
    scimTokenSha256: hashToken(SCIM_TOKEN),
    watchPolicy: false,
    logger: createLogger({ level: "info", destination: { write: (text: string) => void lines.push(JSON.parse(text) as (typeof lines)[number]) } }),
  });
});
afterAll(async () => {
  proxy?.resume();
  await sidecar?.close();
  await proxy?.close();
});

async function scim(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sidecar.baseUrl}/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${SCIM_TOKEN}`, "content-type": "application/scim+json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    retryAfter: res.headers.get("retry-after"),
    text,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

/** Every request an IdP sends, answered 503 as SCIM says, with nothing internal in it. */
async function expectUnavailable(id: string): Promise<void> {
  const answers = [
    await scim("POST", "/Users", { userName: "new-user", active: true }),
    await scim("GET", `/Users?filter=${encodeURIComponent('userName eq "someone"')}`),
    await scim("GET", `/Users/${id}`),
    await scim("PATCH", `/Users/${id}`, DEACTIVATE),
    await scim("PUT", `/Users/${id}`, { userName: "someone", active: false }),
    await scim("DELETE", `/Users/${id}`),
  ];
  for (const answer of answers) {
    expect(answer.status).toBe(503);
    expect(answer.type).toBe("application/scim+json");
    expect(answer.json).toEqual({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: "503",
      detail: expect.stringContaining("the identity store is unavailable"),
    });
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    for (const internal of ["redis", "Redis", "127.0.0.1", "timed out", "Stream", "Connection", "ECONNREFUSED", String(new URL(proxy.url).port)]) {
      expect(answer.text).not.toContain(internal);
    }
  }
}

describe.runIf(hasRedis)("SCIM with its store unavailable", () => {
  it("answers 503 with a SCIM error and Retry-After while Redis hangs, and works again once it answers", async () => {
    const created = await scim("POST", "/Users", { userName: "someone", active: true });
    expect(created.status).toBe(201);
    const id = created.json!.id as string;
    proxy.hang();
    try {
      await expectUnavailable(id);
    } finally {
      proxy.resume();
    }
    expect(lines.filter((l) => l.msg === "SCIM request failed: the identity store is unavailable").length).toBeGreaterThan(0);
    expect(lines.some((l) => l.level === "error" && l.msg === "SCIM request failed")).toBe(false);
    await expect.poll(async () => (await scim("GET", `/Users/${id}`)).status, { timeout: 10_000 }).toBe(200);
    expect((await scim("GET", `/Users/${id}`)).json).toMatchObject({ userName: "someone", active: true });
  });

  it("answers 503 the same way while Redis is down (connection refused)", async () => {
    const created = await scim("POST", "/Users", { userName: "other", active: true });
    expect(created.status).toBe(201);
    await proxy.close();
    await expectUnavailable(created.json!.id as string);
  });
});
