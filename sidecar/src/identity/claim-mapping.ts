/**
 * Claims → principal: the subject, roles and team a verified IdP token stands for, by the
 * rules of its issuer's `identity.oidc` entry.
 *
 * Only mapped claim values grant roles; values the map does not name are ignored (an IdP
 * sends dozens of groups). A token whose values map to no role still authenticates, as a
 * principal without roles: every call is then NOT_PERMITTED, and the decision (and its
 * audit record) says who was refused, which a blanket refusal at authentication would not.
 */
import type { Principal } from "../policy/index.js";
import type { CompiledOidcIssuer } from "./oidc-schema.js";
import { isSubjectName, SUBJECT_RULE } from "./subject-name.js";

/** Claims whose string value is a space-separated list (RFC 8693 §4.2, RFC 9068 §2.2.3). */
const SPACE_SEPARATED = new Set(["scope", "scp"]);

/**
 * A claim by name, or by dotted path into nested objects (`realm_access.roles`) when no
 * top-level claim has that exact name (namespaced claims are URLs with dots).
 *
 * @example
 * ```ts
 * claimAt({ realm_access: { roles: ["a"] } }, "realm_access.roles"); // ["a"]
 * ```
 */
export function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  if (!name.includes(".")) return undefined;
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The principal a verified token's claims stand for, or why they do not make one (a message
 * that names claims and policy paths, never claim values).
 *
 * @example
 * ```ts
 * const mapped = principalFromClaims(issuer, payload);
 * if ("problem" in mapped) return callerProblem("invalid_token", mapped.problem);
 * ```
 */
export function principalFromClaims(issuer: CompiledOidcIssuer, claims: Readonly<Record<string, unknown>>): { principal: Principal } | { problem: string } {
  for (const [name, required] of issuer.requiredClaims) {
    const actual = claimAt(claims, name);
    if (actual !== required && !(Array.isArray(actual) && actual.includes(required))) {
      return { problem: `the token's claim '${name}' does not have the value ${issuer.path}.requiredClaims requires` };
    }
  }
  const claimed = claimAt(claims, issuer.subjectClaim);
  if (typeof claimed !== "string" || claimed === "") {
    return { problem: `the token has no usable '${issuer.subjectClaim}' claim, which ${issuer.path}.subject names as the subject (a non-empty string)` };
  }
  const subject = issuer.subjectPrefix + claimed;
  // Every subject follows one rule, so that whoever authenticates can be offboarded by name: a
  // "bob\n" or " bob" from an IdP would be a principal `portcullis offboard` cannot name.
  if (!isSubjectName(subject)) {
    const withPrefix = issuer.subjectPrefix === "" ? "" : ` (with ${issuer.path}.subjectPrefix)`;
    return {
      problem: `the token's '${issuer.subjectClaim}' claim, which ${issuer.path}.subject names as the subject, is not a usable subject: it must be${withPrefix} ${SUBJECT_RULE}`,
    };
  }
  const roles = new Set<string>();
  for (const value of claimValues(claims, issuer.rolesClaim)) {
    for (const role of issuer.roleMap.get(value) ?? []) roles.add(role);
  }
  const team = issuer.teamClaim === undefined ? undefined : claimAt(claims, issuer.teamClaim);
  const { jti, iat, exp } = claims;
  return {
    principal: {
      subject,
      roles: [...roles],
      team: typeof team === "string" && team !== "" ? team : undefined,
      kind: "idp",
      ...(typeof jti === "string" ? { tokenId: jti } : {}),
      ...(typeof iat === "number" ? { issuedAtMs: iat * 1000, clockSkewMs: issuer.clockSkewMs } : {}),
      ...(typeof exp === "number" ? { expiresAtMs: exp * 1000 } : {}),
    },
  };
}

function claimValues(claims: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = claimAt(claims, name);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value !== "string") return [];
  return SPACE_SEPARATED.has(name) ? value.split(/\s+/).filter((v) => v !== "") : [value];
}
