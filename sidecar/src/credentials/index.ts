/**
 * The credentials domain: the encrypted vault of downstream credentials and the providers
 * that produce them (static secrets, OAuth 2 client credentials, users' OAuth 2 tokens with
 * refresh, RFC 8693 token exchange), the connect flow, and the vault's part of offboarding.
 */
export {
  CredentialsSchema,
  CREDENTIAL_TYPES,
  compileCredentialConfig,
  type CompiledServerCredential,
  type CredentialsDocument,
  type CredentialType,
  type OAuthClientConfig,
} from "./credential-schema.js";
export { applyCredential, DEFAULT_APPLY, presentedTokens, type CompiledApply } from "./apply-credential.js";
export { CredentialBroker, VAULT_OFF, type CredentialOutcome, type CredentialSource, type ProducedCredential } from "./credential-broker.js";
export { CallCredential } from "./call-credential.js";
export { CREDENTIAL_REASONS, resolveCallCredential, type CredentialResolution } from "./credential-resolution.js";
export { CredentialAdminError, deleteCredential, listCredentials, putCredential, type PutCredentialInput } from "./credential-admin.js";
export { VaultOffboarding } from "./credential-offboarding.js";
export { REVOCATION_WAIT_MS, retireRecords, type RetirementOutcome } from "./credential-retirement.js";
export { RevocationQueue, type RevocationAttempt, type RevocationCounts, type RevocationQueueOptions } from "./revocation-queue.js";
export { hasControlCharacter } from "./credential-value.js";
export { ConnectFlows, type ConnectEvent, type ConnectRecorder } from "./connect-flow.js";
export { DEFAULT_DATA_DIR, openCredentials, type Credentials, type CredentialsOptions } from "./credentials.js";
export { OAuthError, requestToken, revokeToken, type TokenResponse } from "./oauth-client.js";
export { refreshAt, servable, backoffMs, epochMs } from "./refresh-schedule.js";
export { RedisVaultStore } from "./redis-vault-store.js";
export { SqliteVaultStore, VAULT_FILE } from "./sqlite-vault-store.js";
export { Vault, VaultWritesHeldError, type VaultEntry, type VaultPayload } from "./vault.js";
export { parseVaultKey, VaultKeyError, type VaultKey } from "./vault-key.js";
export { sealedKeyId, VaultRecordError } from "./vault-seal.js";
export { FLEET_KEY_CHECK_MS, VaultFleetKey } from "./vault-fleet-key.js";
export type { FleetKeyClaim, RecordFilter, StoredRecord, StoredRevocation, VaultRecordKind, VaultStore } from "./vault-store.js";
export type { MaybePromise } from "./maybe-async.js";

/** What offboarding a subject did to its downstream credentials. */
export interface CredentialOffboardOutcome {
  /** Vault records deleted. */
  readonly deleted: number;
  /** Tokens revoked at their OAuth provider (RFC 7009). */
  readonly providerRevocations: number;
  /** Connected accounts whose tokens wait in the revocation queue (retried until the provider confirms). */
  readonly revocationsQueued: number;
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
