/**
 * The token and offboarding RPCs of AdminService while the fleet's Redis is paused (SIGSTOP,
 * past the identity store's 1 s command deadline): each answers Unavailable, saying the token
 * store cannot answer and what was not done (retry) — never a bare Internal — and works
 * again once Redis resumes.
 */
import { createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, Code } from "@portcullis/sdk";
import { createLogger, hashToken, openSidecarCore, type SidecarCore } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";
import { redisForTests, startPrivateRedis, uniquePrefix, type PrivateRedis } from "../../helpers/redis.js";

const hasRedis = await redisForTests("admin token RPCs with Redis paused");
const ADMIN = "admin-token-0123456789abcdef-0123456789";
const POLICY = `version: 1
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`;
const headers = { headers: { authorization: `Bearer ${ADMIN}` } };
let redis: PrivateRedis;
let core: SidecarCore;
let admin: Client<typeof AdminService>;

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: { code: Code; rawMessage: string }) => err,
  );

describe.runIf(hasRedis)("token RPCs while Redis does not answer", () => {
  beforeAll(async () => {
    redis = await startPrivateRedis();
    core = await openSidecarCore({
      policyFile: await policyFile(POLICY),
      dataDir: join(await mkdtemp(join(tmpdir(), "pcl-admin-down-")), "data"),
      redisUrl: redis.url,
      redisPrefix: uniquePrefix(),
      watchPolicy: false,
      adminTokenSha256: hashToken(ADMIN),
      logger: createLogger({ level: "silent" }),
    });
    admin = createClient(AdminService, createRouterTransport(core.routes, { router: core.routerOptions }));
  });
  afterAll(async () => {
    redis?.resume();
    await core?.close();
    await redis?.stop();
  });

  it("RevokeToken, OffboardSubject, IssueToken, RotateToken and ListTokens answer Unavailable, then work after resume", async () => {
    const issued = await admin.issueToken({ subject: "pat", roles: ["support"] }, headers);
    redis.pause();
    let answers: ({ code: Code; rawMessage: string } | undefined)[];
    try {
      answers = await Promise.all([
        failure(admin.revokeToken({ tokenId: issued.tokenId }, headers)),
        failure(admin.offboardSubject({ subject: "quinn" }, headers)),
        failure(admin.issueToken({ subject: "rita", roles: ["support"] }, headers)),
        failure(admin.rotateToken({ tokenId: issued.tokenId }, headers)),
        failure(admin.listTokens({}, headers)),
      ]);
    } finally {
      redis.resume();
    }
    const [revoke, offboard, issue, rotate, list] = answers;
    for (const answer of answers) {
      expect(answer?.code).toBe(Code.Unavailable);
      expect(answer?.rawMessage).toContain("the token store cannot answer now");
    }
    expect(revoke?.rawMessage).toContain("nothing was revoked");
    expect(revoke?.rawMessage).toContain("retry");
    expect(offboard?.rawMessage).toContain("nothing was revoked and the subject was not offboarded");
    expect(issue?.rawMessage).toContain("no token was handed out");
    expect(rotate?.rawMessage).toContain("not rotated");
    expect(list?.rawMessage).toContain("retry");

    expect(await admin.revokeToken({ tokenId: issued.tokenId }, headers)).toMatchObject({ revoked: true });
    expect(await admin.offboardSubject({ subject: "quinn" }, headers)).toMatchObject({ deniedUntilMs: 0n });
  });
});
