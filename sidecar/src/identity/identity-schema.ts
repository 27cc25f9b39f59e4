/**
 * The policy's `identity:` section: how callers other than the policy's static subjects
 * authenticate — IdP tokens (OIDC JWTs) and the defaults of gateway tokens.
 */
import { z } from "zod";
import { compileOidcIssuers, OidcIssuerSchema, type CompiledOidcIssuer, type IdentityProblem } from "./oidc-schema.js";

/** The `identity:` section. */
export const IdentitySchema = z
  .strictObject({
    oidc: z.array(OidcIssuerSchema).default([]),
  })
  .default({ oidc: [] });

/** The section as the schema parses it. */
export type IdentityDocument = z.infer<typeof IdentitySchema>;

/** The section ready for decisions. */
export interface CompiledIdentityConfig {
  readonly oidc: readonly CompiledOidcIssuer[];
}

/**
 * Compiles the section, reporting problems (errors) and warnings by policy path.
 *
 * @example
 * ```ts
 * const { identity, problems, warnings } = compileIdentityConfig(doc.identity, roleNames);
 * ```
 */
export function compileIdentityConfig(
  doc: IdentityDocument,
  roles: ReadonlySet<string> | "unknown",
): { identity: CompiledIdentityConfig; problems: IdentityProblem[]; warnings: IdentityProblem[] } {
  const { issuers, problems, warnings } = compileOidcIssuers(doc.oidc, roles);
  return { identity: { oidc: issuers }, problems, warnings };
}
