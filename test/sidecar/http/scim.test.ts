/**
 * The SCIM 2.0 endpoint as Okta and Entra ID drive it, against a listening sidecar: a user
 * is created after the existence check, deactivated (PATCH exactly as Okta sends it, and as
 * Entra sends it), replaced with PUT, deleted — each deactivation offboards the subject at
 * once (its gateway tokens TOKEN_REVOKED, its static token refused), and reactivation
 * reinstates what SCIM itself offboarded, never an admin's offboarding. PATCH paths may carry
 * the core schema URN and any case; Entra's filtered and extension paths are applied; a path
 * Portcullis cannot apply is 400 invalidPath and the whole PATCH changes nothing; no path or
 * value key reaches an object's prototype. A wrong bearer token gets 401 in SCIM's error
 * format and changes nothing.
 */
import { createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, Decision, GovernanceService, Reason } from "@portcullis/sdk";
import { createLogger, hashToken, startSidecar, type Sidecar } from "@portcullis/sidecar";
import { policyFile } from "../../helpers/policy-file.js";

const SCIM_TOKEN = "scim-SECRET-0123456789abcdef-0123456789";
const ADMIN = "admin-token-0123456789abcdef-0123456789";
const PEOPLE = [
  "okta-user",
  "entra-user",
  "put-user",
  "deleted-user",
  "admin-offboarded",
  "unauthorised",
  "kept",
  "urn-user",
  "paths-user",
  "proto-user",
  "refused-user",
  "name-holder",
];
const POLICY = `version: 1
subjects:
${PEOPLE.map((p) => `  - { id: ${p}, roles: [support], tokenSha256: ${hashToken(`${p}-static`)} }`).join("\n")}
roles:
  support: { servers: { jira: { allow: [search_issues] } } }
`;

let sidecar: Sidecar;
let dataDir: string;
let governance: Client<typeof GovernanceService>;
let admin: Client<typeof AdminService>;
const adminHeaders = { headers: { authorization: `Bearer ${ADMIN}` } };

beforeAll(async () => {
  dataDir = join(await mkdtemp(join(tmpdir(), "pcl-scim-")), "data");
  sidecar = await startSidecar({
    policyFile: await policyFile(POLICY),
    listen: { host: "127.0.0.1", port: 0 },
    dataDir,
    scimTokenSha256: hashToken(SCIM_TOKEN),
    adminTokenSha256: hashToken(ADMIN),
    watchPolicy: false,
    logger: createLogger({ level: "silent" }),
  });
  const transport = createConnectTransport({ baseUrl: sidecar.baseUrl!, httpVersion: "1.1" });
  governance = createClient(GovernanceService, transport);
  admin = createClient(AdminService, transport);
});
afterAll(() => sidecar.close());

async function scim(method: string, path: string, body?: unknown, token = SCIM_TOKEN) {
  const res = await fetch(`${sidecar.baseUrl}/scim/v2${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  };
}

const decide = (token: string) => governance.authorize({ token, server: "jira", tool: "search_issues" });
const pat = async (subject: string) => (await admin.issueToken({ subject, roles: ["support"] }, adminHeaders)).token;

/** A user as Okta creates it (it sends a password, which must never be kept). */
function oktaUser(userName: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
    userName,
    name: { givenName: "Casey", familyName: "Contractor" },
    emails: [{ primary: true, value: `${userName}@example.com`, type: "work" }],
    displayName: "Casey Contractor",
    locale: "en-US",
    externalId: `00u${userName}`,
    groups: [],
    password: "okta-PASSWORD-canary-1!",
    active: true,
  };
}

const OKTA_DEACTIVATE = { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: false } }] };
const OKTA_REACTIVATE = { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "replace", value: { active: true } }] };

describe("SCIM Users as Okta drives them", () => {
  it("creates after the existence check, and offboards on PATCH active:false; reactivation reinstates", async () => {
    const filter = `/Users?filter=${encodeURIComponent('userName eq "okta-user"')}&startIndex=1&count=100`;
    expect((await scim("GET", filter)).json).toMatchObject({ totalResults: 0, Resources: [] });
    const created = await scim("POST", "/Users", oktaUser("okta-user"));
    expect(created.status).toBe(201);
    expect(created.type).toBe("application/scim+json");
    expect(created.json).toMatchObject({
      userName: "okta-user",
      active: true,
      externalId: "00uokta-user",
      name: { givenName: "Casey" },
      meta: { resourceType: "User" },
    });
    expect(created.json!.password).toBeUndefined();
    const id = created.json!.id as string;
    expect((await scim("GET", filter)).json).toMatchObject({ totalResults: 1, Resources: [{ id, userName: "okta-user" }] });
    expect((await scim("GET", `/Users/${id}`)).json).toMatchObject({ id, active: true });

    const token = await pat("okta-user");
    expect(await decide(token)).toMatchObject({ decision: Decision.ALLOW });
    expect(await decide("okta-user-static")).toMatchObject({ decision: Decision.ALLOW });

    const patched = await scim("PATCH", `/Users/${id}`, OKTA_DEACTIVATE);
    expect(patched).toMatchObject({ status: 200, json: { id, active: false } });
    expect(await decide(token)).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect(await decide("okta-user-static")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });

    expect(await scim("PATCH", `/Users/${id}`, OKTA_REACTIVATE)).toMatchObject({ status: 200, json: { active: true } });
    expect(await decide("okta-user-static")).toMatchObject({ decision: Decision.ALLOW });
    expect(await decide(token)).toMatchObject({ reason: Reason.TOKEN_REVOKED }); // revoked stays revoked

    const file = (await readFile(join(dataDir, "identity.sqlite"))).toString("latin1");
    expect(file).not.toContain("okta-PASSWORD-canary");
  });
});

describe("SCIM Users as Entra ID and others drive them", () => {
  it("offboards on PATCH {op: Replace, path: active, value: 'False'}", async () => {
    const id = (await scim("POST", "/Users", { userName: "entra-user", active: true })).json!.id as string;
    const token = await pat("entra-user");
    const patched = await scim("PATCH", `/Users/${id}`, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "Replace", path: "active", value: "False" }],
    });
    expect(patched).toMatchObject({ status: 200, json: { active: false } });
    expect(await decide(token)).toMatchObject({ reason: Reason.TOKEN_REVOKED });
    expect(await decide("entra-user-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });
  });

  it("offboards on PUT with active false, and on DELETE (204, then 404)", async () => {
    const put = (await scim("POST", "/Users", { userName: "put-user" })).json!.id as string;
    expect(await scim("PUT", `/Users/${put}`, { userName: "put-user", active: false })).toMatchObject({ status: 200, json: { active: false } });
    expect(await decide("put-user-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });

    const del = (await scim("POST", "/Users", { userName: "deleted-user" })).json!.id as string;
    const token = await pat("deleted-user");
    expect((await scim("DELETE", `/Users/${del}`)).status).toBe(204);
    expect((await scim("GET", `/Users/${del}`)).status).toBe(404);
    expect(await decide(token)).toMatchObject({ reason: Reason.TOKEN_REVOKED });
    expect(await decide("deleted-user-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });
  });

  it("never undoes an admin's offboarding", async () => {
    const id = (await scim("POST", "/Users", { userName: "admin-offboarded" })).json!.id as string;
    await admin.offboardSubject({ subject: "admin-offboarded", reason: "security incident" }, adminHeaders);
    await scim("PATCH", `/Users/${id}`, OKTA_DEACTIVATE);
    await scim("PATCH", `/Users/${id}`, OKTA_REACTIVATE);
    await scim("PUT", `/Users/${id}`, { userName: "admin-offboarded", active: true });
    expect(await decide("admin-offboarded-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });
  });
});

describe("a change SCIM refuses", () => {
  // A reactivation that also takes another user's userName is refused (409): it must not
  // reinstate the subject either. Reinstated behind a record that still said inactive, the
  // subject's tokens worked, and the IdP's next deactivation changed nothing the record
  // showed, so it never offboarded the subject again.
  it("reinstates nobody when it is refused, and the next deactivation still offboards", async () => {
    await scim("POST", "/Users", { userName: "name-holder" });
    const id = (await scim("POST", "/Users", { userName: "refused-user" })).json!.id as string;
    await scim("PATCH", `/Users/${id}`, OKTA_DEACTIVATE);
    expect(await decide("refused-user-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });

    const refused = await scim("PATCH", `/Users/${id}`, {
      schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
      Operations: [{ op: "replace", value: { active: true, userName: "name-holder" } }],
    });
    expect(refused).toMatchObject({ status: 409, json: { scimType: "uniqueness" } });
    expect(await decide("refused-user-static")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect((await scim("PUT", `/Users/${id}`, { userName: "name-holder", active: true })).status).toBe(409);
    expect(await decide("refused-user-static")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
    expect((await scim("GET", `/Users/${id}`)).json).toMatchObject({ userName: "refused-user", active: false });

    // Reactivated, then deactivated again: each takes effect.
    expect(await scim("PATCH", `/Users/${id}`, OKTA_REACTIVATE)).toMatchObject({ status: 200, json: { active: true } });
    expect(await decide("refused-user-static")).toMatchObject({ decision: Decision.ALLOW });
    await scim("PATCH", `/Users/${id}`, OKTA_DEACTIVATE);
    expect(await decide("refused-user-static")).toMatchObject({ decision: Decision.DENY, reason: Reason.TOKEN_REVOKED });
  });
});

describe("SCIM PATCH paths", () => {
  const patch = (id: string, ...Operations: unknown[]) =>
    scim("PATCH", `/Users/${id}`, { schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations });

  it("strips the core schema URN and matches attribute names case-insensitively", async () => {
    const id = (await scim("POST", "/Users", oktaUser("urn-user"))).json!.id as string;
    const deactivated = await patch(id, { op: "replace", path: "urn:ietf:params:scim:schemas:core:2.0:User:active", value: false });
    expect(deactivated).toMatchObject({ status: 200, json: { active: false } });
    expect(await decide("urn-user-static")).toMatchObject({ reason: Reason.TOKEN_REVOKED });
    expect(await patch(id, { op: "Replace", path: "ACTIVE", value: "True" })).toMatchObject({ status: 200, json: { active: true } });
    expect(await decide("urn-user-static")).toMatchObject({ decision: Decision.ALLOW });
    // Stored as name.givenName by the create: the write lands there, not on a second key.
    const renamed = await patch(id, { op: "replace", path: "Name.GivenName", value: "Robin" }, { op: "replace", value: { DisplayName: "Robin C" } });
    expect(renamed.json).toMatchObject({ name: { givenName: "Robin", familyName: "Contractor" }, displayName: "Robin C" });
    expect(renamed.json).not.toHaveProperty("Name");
    expect(renamed.json).not.toHaveProperty("DisplayName");
  });

  it("applies Entra's filtered, dotted and enterprise-extension paths", async () => {
    const id = (await scim("POST", "/Users", oktaUser("paths-user"))).json!.id as string;
    const enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    const patched = await patch(
      id,
      { op: "Replace", path: 'emails[type eq "work"].value', value: "new@example.com" },
      { op: "Add", path: 'phoneNumbers[type eq "mobile"].value', value: "+1 555 0100" },
      { op: "Add", path: `${enterprise}:department`, value: "Support" },
      { op: "Add", path: `${enterprise}:manager`, value: "00u-manager" },
      { op: "Replace", value: { "name.familyName": "Contracted" } },
    );
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      emails: [{ primary: true, value: "new@example.com", type: "work" }],
      phoneNumbers: [{ type: "mobile", value: "+1 555 0100" }],
      [enterprise]: { department: "Support", manager: "00u-manager" },
      name: { givenName: "Casey", familyName: "Contracted" },
    });
    const removed = await patch(id, { op: "Remove", path: 'phoneNumbers[type eq "mobile"]' }, { op: "remove", path: `${enterprise}:manager` });
    expect(removed.json).not.toHaveProperty("phoneNumbers");
    expect(removed.json![enterprise]).toEqual({ department: "Support" });
  });

  it("refuses a path it cannot apply with 400 invalidPath (read-only ones with mutability), and applies none of the request", async () => {
    const id = (await scim("GET", `/Users?filter=${encodeURIComponent('userName eq "paths-user"')}`)).json!.Resources as { id: string }[];
    const user = id[0]!.id;
    for (const path of [
      "name.givenName.first",
      'emails[value co "example"]',
      'emails[type eq "work"',
      "emails[type eq work].value",
      "urn:not a urn:department",
      "userName.first",
      "2fa",
    ]) {
      // The deactivation first: a refused operation later in the request must undo nothing, offboard nobody.
      const refused = await patch(user, { op: "replace", path: "active", value: false }, { op: "replace", path, value: "x" });
      expect(refused, path).toMatchObject({ status: 400, json: { scimType: "invalidPath", detail: expect.stringContaining("Operations[1].path") } });
    }
    expect(await patch(user, { op: "replace", path: "meta.created", value: "x" })).toMatchObject({ status: 400, json: { scimType: "invalidPath" } });
    expect(await patch(user, { op: "replace", path: "id", value: "x" })).toMatchObject({ status: 400, json: { scimType: "mutability" } });
    expect(await patch(user, { op: "add", value: { groups: [] } })).toMatchObject({ status: 400, json: { scimType: "mutability" } });
    expect((await scim("GET", `/Users/${user}`)).json).toMatchObject({ active: true });
    expect(await decide("paths-user-static")).toMatchObject({ decision: Decision.ALLOW });
  });

  it("never lets a path or a value key reach an object's prototype", async () => {
    const id = (await scim("POST", "/Users", { userName: "proto-user" })).json!.id as string;
    const probe = {} as Record<string, unknown>;
    try {
      for (const path of [
        "__proto__.polluted",
        "constructor.prototype.polluted",
        "__proto__",
        "name.__proto__",
        "Constructor",
        'emails[__proto__ eq "x"].value',
      ]) {
        const refused = await patch(id, { op: "add", path, value: "yes" });
        expect(refused, path).toMatchObject({ status: 400, json: { scimType: "invalidPath" } });
      }
      // Raw JSON: a `__proto__` key in JSON.parse's output is an own key, which a careless merge would follow.
      const raw = (operation: string) =>
        scim("PATCH", `/Users/${id}`, `{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[${operation}]}`);
      for (const operation of [
        '{"op":"add","value":{"__proto__":{"polluted":"yes"}}}',
        '{"op":"add","path":"name","value":{"__proto__":{"polluted":"yes"}}}',
        '{"op":"replace","path":"emails","value":[{"constructor":{"prototype":{"polluted":"yes"}}}]}',
      ]) {
        expect(await raw(operation), operation).toMatchObject({ status: 400, json: { scimType: "invalidValue" } });
      }
      expect(await scim("POST", "/Users", '{"userName":"proto-2","__proto__":{"polluted":"yes"}}')).toMatchObject({
        status: 400,
        json: { scimType: "invalidValue" },
      });
      expect(await scim("PUT", `/Users/${id}`, '{"userName":"proto-user","name":{"__proto__":{"polluted":"yes"}}}')).toMatchObject({
        status: 400,
        json: { scimType: "invalidValue" },
      });
      expect(probe.polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect((await scim("GET", `/Users/${id}`)).json).toMatchObject({ userName: "proto-user", active: true });
    } finally {
      // Should the sidecar (in this process) ever be polluted, do not leak it into other tests.
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });
});

describe("SCIM authentication and errors", () => {
  it("answers a wrong or missing bearer token with 401 in SCIM's format, and changes nothing", async () => {
    const id = (await scim("POST", "/Users", { userName: "kept" })).json!.id as string;
    for (const token of ["wrong-SECRET-token", ""]) {
      const refused = await scim("PATCH", `/Users/${id}`, OKTA_DEACTIVATE, token);
      expect(refused.status).toBe(401);
      expect(refused.type).toBe("application/scim+json");
      expect(refused.headers.get("www-authenticate")).toContain("Bearer");
      expect(refused.json).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401" });
      expect(JSON.stringify(refused.json)).not.toContain("SECRET");
    }
    expect((await scim("POST", "/Users", { userName: "unauthorised", active: false }, "wrong-SECRET-token")).status).toBe(401);
    expect((await scim("DELETE", `/Users/${id}`, undefined, "wrong-SECRET-token")).status).toBe(401);
    expect((await scim("GET", `/Users/${id}`)).json).toMatchObject({ active: true });
    expect((await scim("GET", `/Users?filter=${encodeURIComponent('userName eq "unauthorised"')}`)).json).toMatchObject({ totalResults: 0 });
    expect(await decide("kept-static")).toMatchObject({ decision: Decision.ALLOW });
    expect(await decide("unauthorised-static")).toMatchObject({ decision: Decision.ALLOW });
  });

  it("refuses what it does not support with the SCIM error and scimType", async () => {
    expect(await scim("GET", `/Users?filter=${encodeURIComponent('name.familyName co "x"')}`)).toMatchObject({
      status: 400,
      json: { scimType: "invalidFilter" },
    });
    expect(await scim("POST", "/Users", { userName: "KEPT" })).toMatchObject({ status: 409, json: { scimType: "uniqueness" } });
    expect(await scim("POST", "/Users", "{not json")).toMatchObject({ status: 400, json: { scimType: "invalidSyntax" } });
    expect(await scim("POST", "/Users", { userName: "two words" })).toMatchObject({ status: 400, json: { scimType: "invalidValue" } });
    // An invisible character makes another subject than the one offboarding would name.
    expect(await scim("POST", "/Users", { userName: "george\u200b" })).toMatchObject({ status: 400, json: { scimType: "invalidValue" } });
    expect(await scim("PATCH", "/Users/nope", OKTA_DEACTIVATE)).toMatchObject({ status: 404 });
    expect(await scim("GET", "/Groups")).toMatchObject({ status: 404 });
    for (const doc of ["ServiceProviderConfig", "ResourceTypes", "Schemas"]) expect((await scim("GET", `/${doc}`)).status).toBe(200);
    expect((await scim("GET", "/ServiceProviderConfig")).json).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  });

  it("is off without a SCIM token", async () => {
    const plain = await startSidecar({
      policyFile: await policyFile(POLICY),
      listen: { host: "127.0.0.1", port: 0 },
      dataDir: join(dataDir, "..", "other"),
      watchPolicy: false,
      logger: createLogger({ level: "silent" }),
    });
    const res = await fetch(`${plain.baseUrl}/scim/v2/Users`, { headers: { authorization: `Bearer ${SCIM_TOKEN}` } });
    expect(res.status).toBe(404);
    await plain.close();
  });
});
