/**
 * The vault's admin operations: put, delete and list records. A record must fit the policy's
 * entry for its server — a static secret for a `static` server (shared or per subject, as
 * `perUser` says), a user's tokens for an `oauth2-user` server — so that what is put is what
 * calls will be served. Listing shows metadata only; nothing is opened.
 */
import type { CompiledPolicy } from "../policy/index.js";
import { VAULT_OFF } from "./credential-broker.js";
import { retireRecords, type RetirementOutcome } from "./credential-retirement.js";
import type { RevocationQueue } from "./revocation-queue.js";
import type { Vault } from "./vault.js";
import type { RecordFilter, StoredRecord, VaultRecordKind } from "./vault-store.js";

/** Why an admin operation was refused: the request (`invalid`) or the sidecar's state (`precondition`). */
export class CredentialAdminError extends Error {
  override readonly name = "CredentialAdminError";
  readonly kind: "invalid" | "precondition";

  constructor(kind: "invalid" | "precondition", message: string) {
    super(message);
    this.kind = kind;
  }
}

/** What PutCredential stores. Values are never logged. */
export interface PutCredentialInput {
  /** "" for a server's shared credential. */
  readonly subject: string;
  readonly server: string;
  readonly kind: VaultRecordKind;
  /** The static secret, or the OAuth 2 access token. */
  readonly secret: string;
  /** OAuth 2 only; "" for none. */
  readonly refreshToken: string;
  /** OAuth 2: when the access token expires (Unix ms; 0 unknown). */
  readonly expiresAtMs: number;
}

/**
 * Stores a credential after checking it against the policy.
 *
 * @example
 * ```ts
 * await putCredential(vault, policies.current, { subject: "", server: "search", kind: "static", secret, refreshToken: "", expiresAtMs: 0 });
 * ```
 */
export async function putCredential(vault: Vault | undefined, policy: CompiledPolicy, input: PutCredentialInput): Promise<void> {
  const store = requireVault(vault);
  const { subject, server, kind } = input;
  const config = policy.credentials.get(server);
  if (!config) {
    throw new CredentialAdminError(
      "precondition",
      `server: '${server}' has no entry under credentials: in the policy; add one (type static or oauth2-user) first, so calls know how to use it`,
    );
  }
  if (config.type !== "static" && config.type !== "oauth2-user") {
    throw new CredentialAdminError(
      "precondition",
      `server: '${server}' obtains its credential by ${config.type} (${config.path}); the vault holds nothing for it`,
    );
  }
  const expected: VaultRecordKind = config.type === "static" ? "static" : "oauth2-user";
  if (kind !== expected) throw new CredentialAdminError("invalid", `kind: server '${server}' takes a ${expected} credential (${config.path}.type)`);
  if (config.type === "static") {
    if (!config.perUser && subject !== "") {
      throw new CredentialAdminError(
        "invalid",
        `subject: the static credential of server '${server}' is shared (${config.path}.perUser is not true): put it with an empty subject`,
      );
    }
    if (config.perUser && subject === "") {
      throw new CredentialAdminError(
        "invalid",
        `subject: server '${server}' takes one credential per subject (${config.path}.perUser: true): name the subject`,
      );
    }
    if (input.refreshToken !== "") throw new CredentialAdminError("invalid", "refresh_token: only an oauth2-user credential has one");
  }
  if (config.type === "oauth2-user" && subject === "") {
    throw new CredentialAdminError("invalid", `subject: an oauth2-user credential belongs to one subject: name it`);
  }
  if (!Number.isSafeInteger(input.expiresAtMs) || input.expiresAtMs < 0) {
    throw new CredentialAdminError("invalid", "expires_at_ms: Unix milliseconds, or 0 when unknown");
  }
  await store.write(subject, server, kind, {
    secret: input.secret,
    refreshToken: input.refreshToken === "" ? undefined : input.refreshToken,
    expiresAtMs: kind === "static" ? 0 : input.expiresAtMs,
    obtainedAtMs: Date.now(),
  });
}

/** What DeleteCredential needs besides the vault. */
export interface DeleteCredentialParts {
  readonly policies: { readonly current: CompiledPolicy };
  readonly revocations: RevocationQueue | undefined;
  /** How long to wait for the provider, in ms (default 10 s). */
  readonly waitMs?: number | undefined;
}

/**
 * Deletes the record of (subject, server) — at once — and revokes a connected account's
 * tokens at its provider, as offboarding does: what the provider does not confirm in time
 * stays in the revocation queue and is retried. `deleted` is 0 when there was no record.
 *
 * @example
 * ```ts
 * const { deleted, providerRevocations, problems } = await deleteCredential(vault, "alice", "jira", { policies, revocations });
 * ```
 */
export function deleteCredential(vault: Vault | undefined, subject: string, server: string, parts: DeleteCredentialParts): Promise<RetirementOutcome> {
  const store = requireVault(vault);
  if (!parts.revocations) throw new CredentialAdminError("precondition", VAULT_OFF);
  return retireRecords({ vault: store, revocations: parts.revocations, policies: parts.policies, waitMs: parts.waitMs }, () => store.list({ subject, server }));
}

/**
 * Lists records' metadata (never their secrets).
 *
 * @example
 * ```ts
 * const records = await listCredentials(vault, { subject: "alice" });
 * ```
 */
export function listCredentials(vault: Vault | undefined, filter: RecordFilter): Promise<StoredRecord[]> {
  return requireVault(vault).list(filter);
}

function requireVault(vault: Vault | undefined): Vault {
  if (!vault) throw new CredentialAdminError("precondition", VAULT_OFF);
  return vault;
}
