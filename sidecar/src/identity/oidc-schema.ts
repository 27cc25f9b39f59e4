/**
 * The policy's `identity.oidc` entries: the identity providers whose JWTs Portcullis accepts,
 * and how their claims map to roles. (Filled in by the OIDC work of wall 2.)
 */
import { z } from "zod";

/** One trusted OIDC issuer. */
export const OidcIssuerSchema = z.strictObject({
  issuer: z.string().url({ error: "issuer is the IdP's issuer URL, e.g. https://example.okta.com/oauth2/default" }),
});

/** An issuer as the schema parses it. */
export type OidcIssuerDocument = z.infer<typeof OidcIssuerSchema>;

/** An issuer ready for verification. */
export interface CompiledOidcIssuer {
  readonly path: string;
  readonly issuer: string;
}

/** A problem with its path inside the policy. */
export interface IdentityProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Compiles the issuers; `roles` are the policy's role names (claims may only map to them).
 *
 * @example
 * ```ts
 * const { issuers, problems } = compileOidcIssuers(doc.identity.oidc, new Set(Object.keys(doc.roles)));
 * ```
 */
export function compileOidcIssuers(
  docs: readonly OidcIssuerDocument[],
  _roles: ReadonlySet<string> | "unknown",
): { issuers: CompiledOidcIssuer[]; problems: IdentityProblem[] } {
  return { issuers: docs.map((doc, i) => ({ path: `identity.oidc[${i}]`, issuer: doc.issuer })), problems: [] };
}
