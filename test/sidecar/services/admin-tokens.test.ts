/**
 * The token and offboarding RPCs of AdminService on a sidecar core (sqlite in a temporary
 * data directory, behind Connect's in-memory transport with the real request gate): issue →
 * Authorize ALLOW as the token's subject and roles → revoke → DENY TOKEN_REVOKED; rotate;
 * list never shows a secret; bad input is InvalidArgument naming the field; offboarding
 * revokes every token of the subject and refuses its static token.
 */
import { createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, Code, Decision, GovernanceService, Reason, TokenKind } from "@portcullis/sdk";
import { createLogger, hashToken, openSidecarCore, type SidecarCore } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";

const ADMIN = "admin-token-0123456789abcdef-0123456789";
const POLICY = `version: 1
subjects:
  - { id: contractor, roles: [support], tokenSha256: ${hashToken("contractor-static-token")} }
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
  research: { servers: { web: { allow: ["*"] } } }
`;
const headers = { headers: { authorization: `Bearer ${ADMIN}` } };
let core: SidecarCore;
let admin: Client<typeof AdminService>;
let governance: Client<typeof GovernanceService>;

beforeAll(async () => {
  const dataDir = join(await mkdtemp(join(tmpdir(), "pcl-admin-tokens-")), "data");
  core = await openSidecarCore({
    policyFile: await policyFile(POLICY),
    dataDir,
    watchPolicy: false,
    adminTokenSha256: hashToken(ADMIN),
    logger: createLogger({ level: "silent" }),
  });
  const transport = createRouterTransport(core.routes, { router: core.routerOptions });
  admin = createClient(AdminService, transport);
  governance = createClient(GovernanceService, transport);
});
afterAll(() => core.close());

const search = (token: string) => governance.authorize({ token, server: "jira", tool: "search_issues" });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: { code: Code; rawMessage: string }) => err,
  );

describe("IssueToken, RevokeToken, RotateToken, ListTokens", () => {
  it("issue → ALLOW as the token's subject → revoke → DENY TOKEN_REVOKED", async () => {
    const issued = await admin.issueToken({ subject: "alice", roles: ["support"], kind: TokenKind.HUMAN, team: "desk" }, headers);
    expect(issued.token).toMatch(/^pcl_[0-9A-Za-z]{43}$/);
    expect(issued.info).toMatchObject({
      tokenId: issued.tokenId,
      subject: "alice",
      roles: ["support"],
      kind: TokenKind.HUMAN,
      team: "desk",
      hint: `${issued.token.slice(0, 8)}…`,
    });
    // The default lifetime: 30 days.
    expect(Number(issued.expiresAtMs - issued.info!.createdAtMs)).toBe(30 * 86_400_000);
    expect(await search(issued.token)).toMatchObject({ decision: Decision.ALLOW, subject: "alice", roles: ["support"] });

    expect(await admin.revokeToken({ tokenId: issued.tokenId }, headers)).toMatchObject({ revoked: true });
    expect(await admin.revokeToken({ tokenId: issued.tokenId }, headers)).toMatchObject({ revoked: false });
    const denied = await search(issued.token);
    expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED, subject: "" });
    expect(denied.message).toContain(issued.tokenId);
    expect(denied.message).not.toContain(issued.token);
  });

  it("answers an expired token with TOKEN_EXPIRED", async () => {
    const issued = await admin.issueToken({ subject: "dora", roles: ["support"] }, headers);
    // The same record, expired, under another token (the store is the sidecar's own).
    const expired = `${issued.token.slice(0, -1)}${issued.token.endsWith("A") ? "B" : "A"}`;
    const record = (await core.gateway.store.tokenById(issued.tokenId))!;
    await core.gateway.store.insertToken({ ...record, id: "tok_expiredRPC01", hash: hashToken(expired), expiresAtMs: Date.now() - 1 });
    const denied = await search(expired);
    expect(denied).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_EXPIRED });
    expect(denied.message).toMatch(/^gateway token tok_expiredRPC01 expired at 20/);
  });

  it("issues agent tokens (pcla_) with a chosen lifetime", async () => {
    const issued = await admin.issueToken({ subject: "agent:bot", roles: ["research"], kind: TokenKind.AGENT, ttlSeconds: 3600n }, headers);
    expect(issued.token).toMatch(/^pcla_[0-9A-Za-z]{43}$/);
    expect(Number(issued.expiresAtMs - issued.info!.createdAtMs)).toBe(3_600_000);
    expect(await governance.authorize({ token: issued.token, server: "web", tool: "fetch" })).toMatchObject({ decision: Decision.ALLOW, subject: "agent:bot" });
  });

  it("rotates: the old token is revoked, the new one works with the same subject, roles and team", async () => {
    const old = await admin.issueToken({ subject: "bob", roles: ["support", "research"], team: "ops", ttlSeconds: 7200n }, headers);
    const rotated = await admin.rotateToken({ tokenId: old.tokenId }, headers);
    expect(rotated.revokedTokenId).toBe(old.tokenId);
    expect(rotated.issued!.token).not.toBe(old.token);
    expect(rotated.issued!.info).toMatchObject({ subject: "bob", roles: ["support", "research"], team: "ops" });
    expect(Number(rotated.issued!.expiresAtMs - rotated.issued!.info!.createdAtMs)).toBe(7_200_000);
    expect(await search(old.token)).toMatchObject({ reason: Reason.TOKEN_REVOKED });
    expect(await search(rotated.issued!.token)).toMatchObject({ decision: Decision.ALLOW, subject: "bob" });
    expect(await failure(admin.rotateToken({ tokenId: old.tokenId }, headers))).toMatchObject({ code: Code.FailedPrecondition });
  });

  it("lists tokens with a hint, never the token itself; revoked ones only when asked", async () => {
    const issued = await admin.issueToken({ subject: "carol", roles: ["support"], description: "laptop" }, headers);
    await search(issued.token);
    const second = await admin.issueToken({ subject: "carol", roles: ["support"] }, headers);
    await admin.revokeToken({ tokenId: second.tokenId }, headers);
    const listed = await admin.listTokens({ subject: "carol" }, headers);
    expect(listed.tokens.map((t) => t.tokenId)).toEqual([issued.tokenId]);
    expect(listed.tokens[0]).toMatchObject({ description: "laptop", hint: `${issued.token.slice(0, 8)}…`, revoked: false });
    expect(listed.tokens[0]!.lastUsedAtMs).toBeGreaterThan(0n);
    const all = await admin.listTokens({ subject: "carol", includeRevoked: true }, headers);
    expect(all.tokens.map((t) => [t.tokenId, t.revoked])).toEqual([
      [issued.tokenId, false],
      [second.tokenId, true],
    ]);
    const everything = JSON.stringify((await admin.listTokens({ includeRevoked: true }, headers)).tokens, (_, v) => (typeof v === "bigint" ? String(v) : v));
    expect(everything).not.toContain(issued.token.slice(8));
    expect(everything).not.toContain(second.token.slice(8));
  });

  it("refuses bad input with InvalidArgument naming the field, and unknown ids with NotFound", async () => {
    const cases: [Parameters<typeof admin.issueToken>[0], string][] = [
      [{ subject: "", roles: ["support"] }, "subject: required"],
      [{ subject: "two words", roles: ["support"] }, "subject: at most 256 characters, without whitespace"],
      [{ subject: "x", roles: [] }, "roles: at least one role"],
      [{ subject: "x", roles: ["support", "admin"] }, "roles[1]: unknown role 'admin'"],
      [{ subject: "x", roles: ["support"], ttlSeconds: -1n }, "ttl_seconds: must not be negative"],
      [{ subject: "x", roles: ["support"], ttlSeconds: 400n * 86_400n }, "ttl_seconds: at most 31622400"],
      [{ subject: "x", roles: ["support"], kind: 7 as TokenKind }, "kind: unknown token kind 7"],
      [{ subject: "x", roles: ["support"], team: "bad team" }, "team: a team name"],
    ];
    for (const [request, message] of cases) {
      const error = await failure(admin.issueToken(request, headers));
      expect(error, message).toMatchObject({ code: Code.InvalidArgument });
      expect(error!.rawMessage).toContain(message);
    }
    expect(await failure(admin.revokeToken({ tokenId: "tok_nope" }, headers))).toMatchObject({ code: Code.NotFound });
    expect(await failure(admin.revokeToken({ tokenId: "" }, headers))).toMatchObject({ code: Code.InvalidArgument });
    expect(await failure(admin.rotateToken({ tokenId: "tok_nope" }, headers))).toMatchObject({ code: Code.NotFound });
  });

  it("needs the admin credential", async () => {
    expect(await failure(admin.issueToken({ subject: "x", roles: ["support"] }))).toMatchObject({ code: Code.Unauthenticated });
  });
});

describe("OffboardSubject", () => {
  it("revokes every token of the subject and refuses its static token; a token issued later works", async () => {
    const a = await admin.issueToken({ subject: "contractor", roles: ["support"] }, headers);
    const b = await admin.issueToken({ subject: "contractor", roles: ["support"], kind: TokenKind.AGENT }, headers);
    expect(await search("contractor-static-token")).toMatchObject({ decision: Decision.ALLOW });
    const outcome = await admin.offboardSubject({ subject: "contractor", reason: "contract ended" }, headers);
    expect(outcome).toMatchObject({ tokensRevoked: 2, credentialsDeleted: 0, providerRevocations: 0, deniedUntilMs: 0n, problems: [] });
    for (const token of [a.token, b.token, "contractor-static-token"]) {
      expect(await search(token)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    }
    expect((await search("contractor-static-token")).message).toMatch(/^subject 'contractor' was offboarded at 20\d\d-/);
    expect((await admin.listTokens({ subject: "contractor" }, headers)).tokens).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 5)); // a later millisecond than the offboarding
    const rehired = await admin.issueToken({ subject: "contractor", roles: ["support"] }, headers);
    expect(await search(rehired.token)).toMatchObject({ decision: Decision.ALLOW });
    expect(await failure(admin.offboardSubject({ subject: "" }, headers))).toMatchObject({ code: Code.InvalidArgument });
  });

  it("refuses a subject with surrounding whitespace, control or invisible format characters, as IssueToken does, and offboards no one", async () => {
    const george = await admin.issueToken({ subject: "george", roles: ["support"] }, headers);
    const invisible = ["george\u200b", "george\u200d", "\ufeffgeorge", "geo\u2060rge", "\u202egeorge", "george\u2066", "geo\u00adrge"];
    for (const subject of ["george ", "george\n", " george", "geo rge", "a\u0000b", "x".repeat(257), ...invisible]) {
      const offboarding = await failure(admin.offboardSubject({ subject, reason: "pasted" }, headers));
      const issuing = await failure(admin.issueToken({ subject, roles: ["support"] }, headers));
      expect(offboarding, JSON.stringify(subject)).toMatchObject({ code: Code.InvalidArgument });
      expect(offboarding!.rawMessage).toBe(
        "subject: at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)",
      );
      expect(issuing!.rawMessage).toBe(offboarding!.rawMessage);
    }
    expect(await search(george.token)).toMatchObject({ decision: Decision.ALLOW, subject: "george" });
    expect((await admin.listTokens({ subject: "george" }, headers)).tokens).toHaveLength(1);
  });
});
