/**
 * The credentials domain: the encrypted vault of downstream credentials and the providers
 * that produce them (static secrets, OAuth 2 client credentials, users' OAuth 2 tokens with
 * refresh, RFC 8693 token exchange). (Filled in by the credential vault work of wall 2.)
 */
export {
  CredentialsSchema,
  compileCredentialConfig,
  type CompiledServerCredential,
  type CredentialsDocument,
} from "./credential-schema.js";

/** What offboarding a subject did to its downstream credentials. */
export interface CredentialOffboardOutcome {
  /** Vault records deleted. */
  readonly deleted: number;
  /** Tokens revoked at their OAuth provider (RFC 7009). */
  readonly providerRevocations: number;
  /** What could not be done (never a secret). */
  readonly problems: readonly string[];
}

/**
 * The vault's part in offboarding: deletes every credential held for the subject and
 * revokes its OAuth tokens at each provider that offers revocation.
 */
export interface CredentialOffboarding {
  offboard(subject: string): Promise<CredentialOffboardOutcome>;
}
