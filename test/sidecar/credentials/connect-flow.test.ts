/**
 * Connecting a user's account: a call to an `oauth2-user` server without the user's
 * credential is denied with CREDENTIAL_REQUIRED and a connect link on the sidecar; following
 * it with plain HTTP requests — the sidecar's confirmation page, its form's POST (CSRF token
 * and cookie), the redirect to the provider (PKCE S256, state), the real OAuth server's
 * authorize endpoint (which approves at once), the sidecar's callback — stores a working
 * credential, and the retried call is allowed with it. Opening the link alone starts nothing
 * (login CSRF); the confirmation's token is single-use, bound to its link and to the browser's
 * cookie. The link is bound to its subject and server and used up; the state is single-use
 * and tied to the browser.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Decision, Reason } from "@portcullis/sdk";
import { approveConnectLink, confirmConnectLink, openConnectLink } from "../../helpers/connect-link.js";
import { startCredentialSidecar, type CredentialSidecar } from "../../helpers/credential-sidecar.js";
import { startOAuthServer, type OAuthServer } from "../../helpers/oauth-server.js";
import { subject } from "../../helpers/policy.js";

let oauth: OAuthServer;
let s: CredentialSidecar;

beforeAll(async () => {
  oauth = await startOAuthServer();
  s = await startCredentialSidecar(
    [
      "version: 1",
      "subjects:",
      subject("alice", ["support"], "alice-token"),
      subject("bob", ["support"], "bob-token"),
      subject("eve<script>alert(1)</script>", ["support"], "eve-token"),
      subject("carl", ["support"], "carl-token"),
      "roles:",
      "  support: { servers: { jira: { allow: ['*'] } } }",
      "credentials:",
      `  jira: { type: oauth2-user, authorizeUrl: '${oauth.url}/authorize', tokenUrl: '${oauth.url}/token', clientId: portcullis-app, scopes: [read, offline_access], authorizeParams: { prompt: consent } }`,
    ].join("\n"),
  );
});
afterAll(async () => {
  await s?.close();
  await oauth?.stop();
});

const required = async (token: string) => {
  const answer = await s.client.authorize({ token, server: "jira", tool: "search_issues", includeCredential: true });
  expect(answer).toMatchObject({ decision: Decision.DENY, reason: Reason.CREDENTIAL_REQUIRED });
  expect(answer.credential).toBeUndefined();
  return answer;
};

/** Opens a connect link, confirms, and approves at the provider (stops before the callback). */
const openLink = approveConnectLink;

describe("the connect flow", () => {
  it("denies with a connect link, and connecting stores a credential the retried call is allowed with", async () => {
    const denied = await required("alice-token");
    expect(denied.message).toBe("subject 'alice' has not connected an account on server 'jira' yet: open connect_url in a browser to connect it, then retry");
    expect(denied.connectUrl).toMatch(new RegExp(`^${s.sidecar.baseUrl}/oauth/connect/[\\w-]{43}$`));
    expect((await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "search_issues" })).connectUrl).toBe(denied.connectUrl);

    const { authorize, callback, cookie } = await openLink(denied.connectUrl);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${oauth.url}/authorize`);
    const params = Object.fromEntries(authorize.searchParams);
    expect(params).toMatchObject({
      response_type: "code",
      client_id: "portcullis-app",
      redirect_uri: `${s.sidecar.baseUrl}/oauth/callback`,
      scope: "read offline_access",
      prompt: "consent",
      code_challenge_method: "S256",
    });
    expect(params.state).toMatch(/^[\w-]{43}$/);
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(`${callback.origin}${callback.pathname}`).toBe(`${s.sidecar.baseUrl}/oauth/callback`);

    const done = await fetch(callback, { redirect: "manual", headers: { cookie } });
    expect(done.status).toBe(200);
    expect(done.headers.get("cache-control")).toBe("no-store");
    const page = await done.text();
    expect(page).toContain("Your account on &#39;jira&#39; is connected for subject &#39;alice&#39;. You may close this tab and retry.");

    const exchange = oauth.grants("authorization_code");
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.form).toMatchObject({ code: callback.searchParams.get("code"), redirect_uri: `${s.sidecar.baseUrl}/oauth/callback` });
    expect(createHash("sha256").update(exchange[0]!.form.code_verifier!).digest("base64url")).toBe(params.code_challenge);
    expect(page).not.toContain(exchange[0]!.form.code_verifier!);

    const allowed = await s.client.authorize({ token: "alice-token", server: "jira", tool: "search_issues", includeCredential: true });
    expect(allowed).toMatchObject({ decision: Decision.ALLOW, connectUrl: "" });
    expect(allowed.credential?.headers.authorization).toMatch(/^Bearer eyJ/);
    const resolved = await s.client.resolveCredential({ token: "alice-token", server: "jira", tool: "search_issues" });
    expect(resolved.credential?.headers).toEqual(allowed.credential?.headers);
    const [record] = (await s.sidecar.credentials.vault!.list({ subject: "alice" })).map((r) => r);
    expect(record).toMatchObject({ server: "jira", kind: "oauth2-user", hasRefreshToken: true });

    // Bound to alice and jira: bob still has to connect his own account.
    await required("bob-token");
    // Used up: the link and the finished state are refused.
    expect((await openConnectLink(denied.connectUrl)).status).toBe(410);
    expect((await fetch(callback, { redirect: "manual", headers: { cookie } })).status).toBe(400);
    expect(s.logs.join("\n")).not.toContain(callback.searchParams.get("code")!);
  });

  it("refuses a callback in another browser than the one that opened the link", async () => {
    const denied = await required("bob-token");
    const { callback, cookie } = await openLink(denied.connectUrl);
    const stolen = await fetch(callback, { redirect: "manual", headers: { cookie: "pcl_oauth_x=y" } });
    expect(stolen.status).toBe(400);
    expect(await stolen.text()).toContain("Finish the sign-in in the browser that opened the connect link.");
    expect(oauth.grants("authorization_code")).toHaveLength(1);
    // The refused callback used nothing up: the user's own sign-in still finishes (it used to
    // answer "unknown sign-in": anyone who learned the state could spoil it).
    expect((await fetch(callback, { redirect: "manual", headers: { cookie } })).status).toBe(200);
    expect((await s.client.resolveCredential({ token: "bob-token", server: "jira", tool: "x" })).decision).toBe(Decision.ALLOW);
  });

  it("answers unknown links and paths with a page, never a stack trace", async () => {
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/connect/${"A".repeat(43)}`)).status).toBe(410);
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/connect/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/callback?state=nope&code=x`)).status).toBe(400);
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/connect/x`, { method: "POST" })).status).toBe(403);
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/connect/x`, { method: "PUT" })).status).toBe(405);
    expect((await fetch(`${s.sidecar.baseUrl}/oauth/callback`, { method: "POST" })).status).toBe(405);
  });
});

describe("the connect link's confirmation (login CSRF)", () => {
  it("starts nothing on GET: a page names the subject and the server, escaped, with a form and a strict cookie", async () => {
    const denied = await required("eve-token");
    const before = oauth.tokenRequests.length;
    const answer = await fetch(denied.connectUrl, { redirect: "manual" });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("location")).toBeNull();
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    const html = await answer.text();
    expect(html).toContain("Connect your account on server <strong>jira</strong> for subject <strong>eve&#60;script&#62;alert(1)&#60;/script&#62;</strong>?");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<form method="post"><input type="hidden" name="csrf" value="[\w-]{43}"><button type="submit">Connect<\/button><\/form>/);
    const handle = new URL(denied.connectUrl).pathname;
    const cookie = answer.headers.get("set-cookie")!;
    expect(cookie).toMatch(new RegExp(`^pcl_csrf_[\\w-]{16}=[\\w-]{43}; Path=${handle}; Max-Age=600; HttpOnly; SameSite=Strict$`));
    // The token in the page is the cookie's value: the POST carries both.
    const csrf = /name="csrf" value="([\w-]+)"/.exec(html)![1]!;
    expect(cookie.split(";")[0]!.split("=")[1]).toBe(csrf);
    expect(oauth.tokenRequests.length).toBe(before);
    expect(html).not.toContain(handle.split("/").pop()!);
  });

  it("redirects to the provider only for a POST with the page's token and cookie, once", async () => {
    const link = (await required("eve-token")).connectUrl;
    const page = await openConnectLink(link);
    const refused = async (answer: Promise<Response>) => {
      const response = await answer;
      expect(response.status).toBe(403);
      expect(response.headers.get("location")).toBeNull();
      return response.text();
    };
    // No cookie (a form posted from another site), a wrong token, a token of another link, a cross-site POST.
    expect(await refused(confirmConnectLink(link, { csrf: page.csrf, cookie: "" }))).toContain("Open the connect link again.");
    await refused(confirmConnectLink(link, { csrf: "A".repeat(43), cookie: page.cookie }));
    await refused(confirmConnectLink(link, { csrf: page.csrf, cookie: `${page.cookie.split("=")[0]}=${"B".repeat(43)}` }));
    const carlsPage = await openConnectLink((await required("carl-token")).connectUrl);
    await refused(confirmConnectLink(link, carlsPage));
    await refused(
      fetch(link, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: page.cookie, "sec-fetch-site": "cross-site" },
        body: `csrf=${page.csrf}`,
      }),
    );
    // The page's own POST: a redirect to the provider with the flow's cookie; the token is used up.
    const confirmed = await confirmConnectLink(link, page);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toMatch(new RegExp(`^${oauth.url}/authorize\\?`));
    expect(confirmed.headers.get("set-cookie")).toMatch(/^pcl_oauth_[\w-]{16}=[\w-]{43}; Path=\/oauth\/callback; Max-Age=600; HttpOnly; SameSite=Lax$/);
    await refused(confirmConnectLink(link, page));
    // A fresh page of the same link confirms again (a second tab, a retry).
    expect((await confirmConnectLink(link, await openConnectLink(link))).status).toBe(303);
  });
});
