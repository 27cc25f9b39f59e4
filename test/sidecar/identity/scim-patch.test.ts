/**
 * SCIM PATCH paths as parsed: the core schema URN dropped in any case, extension URNs kept
 * as the schema, value filters with eq and their JSON literals, and everything else refused
 * as invalidPath naming the operation. The writes themselves are exercised over HTTP in
 * test/sidecar/http/scim.test.ts.
 */
import { describe, expect, it } from "vitest";
import { parseScimPath } from "../../../sidecar/src/identity/scim-patch.js";
import { ScimError } from "../../../sidecar/src/identity/scim-users.js";

const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const none = { schema: undefined, filter: undefined, sub: undefined };

describe("parseScimPath", () => {
  it.each([
    ["active", { ...none, attribute: "active" }],
    ["urn:ietf:params:scim:schemas:core:2.0:User:active", { ...none, attribute: "active" }],
    ["URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:name.givenName", { ...none, attribute: "name", sub: "givenName" }],
    ["urn:ietf:params:scim:schemas:core:2.0:User", { ...none, attribute: undefined }],
    [`${ENTERPRISE}:department`, { ...none, schema: ENTERPRISE, attribute: "department" }],
    [`${ENTERPRISE}:manager.$ref`, { ...none, schema: ENTERPRISE, attribute: "manager", sub: "$ref" }],
    [ENTERPRISE, { ...none, schema: ENTERPRISE, attribute: undefined }],
    ['emails[type eq "work"].value', { ...none, attribute: "emails", filter: { attribute: "type", value: "work" }, sub: "value" }],
    ['emails[value EQ "a:b\\"c"]', { ...none, attribute: "emails", filter: { attribute: "value", value: 'a:b"c' } }],
    ["emails[primary eq TRUE].value", { ...none, attribute: "emails", filter: { attribute: "primary", value: true }, sub: "value" }],
    ["x509Certificates[value eq 3]", { ...none, attribute: "x509Certificates", filter: { attribute: "value", value: 3 } }],
  ])("parses %s", (path, parsed) => {
    expect(parseScimPath(path, "Operations[0].path")).toEqual(parsed);
  });

  it.each([
    "",
    "a.b.c",
    'emails[type ne "work"]',
    'emails[type eq "work" and primary eq true]',
    'emails[type eq "\\q"]',
    "_private",
    "__proto__",
    "prototype",
    "name.constructor",
    "urn:x y:department",
    "x".repeat(513),
  ])("refuses %j with invalidPath", (path) => {
    let error: unknown;
    try {
      parseScimPath(path, "Operations[3].path");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: "invalidPath", message: expect.stringMatching(/^Operations\[3\]\.path: /) });
  });
});
