/**
 * The policy's `credentials:` section: which downstream credential each server takes and how
 * the sidecar obtains it (a static secret, OAuth 2 client credentials, a user's OAuth 2
 * tokens, token exchange). Secrets never live in the policy: it names where they are.
 * (Filled in by the credential vault work of wall 2.)
 */
import { z } from "zod";

/** How one server's credential is obtained. */
export const ServerCredentialSchema = z.strictObject({
  type: z.enum(["static"], { error: "type is static" }),
});

/** The `credentials:` section: server name → how its credential is obtained. */
export const CredentialsSchema = z.record(z.string().min(1).max(128), ServerCredentialSchema).default({});

/** The section as the schema parses it. */
export type CredentialsDocument = z.infer<typeof CredentialsSchema>;

/** One server's credential configuration, ready for use. */
export interface CompiledServerCredential {
  readonly path: string;
  readonly server: string;
  readonly type: "static";
}

/** A problem with its path inside the policy. */
export interface CredentialProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Compiles the section.
 *
 * @example
 * ```ts
 * const { credentials, problems } = compileCredentialConfig(doc.credentials);
 * ```
 */
export function compileCredentialConfig(doc: CredentialsDocument): {
  credentials: ReadonlyMap<string, CompiledServerCredential>;
  problems: CredentialProblem[];
} {
  const credentials = new Map<string, CompiledServerCredential>();
  for (const [server, spec] of Object.entries(doc)) credentials.set(server, { path: `credentials.${server}`, server, type: spec.type });
  return { credentials, problems: [] };
}
