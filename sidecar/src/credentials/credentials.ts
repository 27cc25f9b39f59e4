/**
 * The credentials domain assembled for a sidecar: the vault (SQLite under the data directory
 * for one sidecar, Redis for a fleet; off without a key), the broker that produces each call's
 * credential, the connect flow's HTTP route, and offboarding.
 */
import type { HttpRoute } from "../http/index.js";
import type { Logger } from "../logger.js";
import type { CompiledPolicy } from "../policy/index.js";
import { ConnectFlows, type ConnectRecorder } from "./connect-flow.js";
import { CredentialBroker } from "./credential-broker.js";
import { VaultOffboarding } from "./credential-offboarding.js";
import type { RequestOptions } from "./oauth-client.js";
import { RedisVaultStore } from "./redis-vault-store.js";
import { RevocationQueue, type RevocationQueueOptions } from "./revocation-queue.js";
import { SqliteVaultStore } from "./sqlite-vault-store.js";
import { Vault } from "./vault.js";
import { VaultFleetKey } from "./vault-fleet-key.js";
import { parseVaultKey } from "./vault-key.js";
import type { VaultStore } from "./vault-store.js";
import { DEFAULT_DATA_DIR } from "../data-dir.js";

/** Options of {@link openCredentials}. */
export interface CredentialsOptions {
  readonly policies: { readonly current: CompiledPolicy };
  readonly logger: Logger;
  /** The key-encryption key (32 bytes, base64 or hex); without it the vault is off. */
  readonly vaultKey?: string | undefined;
  /** Keys rotated from: records sealed under them are read and sealed again under `vaultKey`. */
  readonly vaultPreviousKeys?: readonly string[] | undefined;
  /** Where the SQLite vault lives (default `./portcullis-data`). */
  readonly dataDir?: string | undefined;
  /** With a Redis URL, the vault lives in Redis, shared by the fleet. */
  readonly redisUrl?: string | undefined;
  readonly redisPrefix?: string | undefined;
  /** How long a call waits for a record in Redis, in ms (the `--state-timeout`; default 250). */
  readonly stateTimeoutMs?: number | undefined;
  /** The sidecar's URL as a browser reaches it (connect links). */
  readonly publicUrl?: string | undefined;
  /** Provider requests (deadline). */
  readonly request?: RequestOptions | undefined;
  /** When a subject was offboarded (Unix ms), if it was: its earlier connect links connect nothing. */
  readonly offboardedAt?: ((subject: string) => number | undefined) | undefined;
  /** The revocation queue's retry schedule (tests shorten it). */
  readonly revocationRetry?: Pick<RevocationQueueOptions, "scanEveryMs" | "firstRetryMs" | "maxRetryMs" | "giveUpAfterMs" | "concurrency"> | undefined;
  /** How long offboarding and DeleteCredential wait for the providers before answering, in ms (default 10 s). */
  readonly revocationWaitMs?: number | undefined;
}

/** The credentials domain of one sidecar. */
export interface Credentials {
  /** Undefined when the vault is off (no key). */
  readonly vault: Vault | undefined;
  readonly broker: CredentialBroker;
  readonly offboarding: VaultOffboarding;
  /** Tokens of deleted records waiting to be revoked at their provider (absent while the vault is off). */
  readonly revocations: RevocationQueue | undefined;
  /** How long admin answers wait for the providers, in ms. */
  readonly revocationWaitMs: number | undefined;
  /** `/oauth/…`: the connect flow (absent while the vault is off). */
  readonly route: HttpRoute | undefined;
  /** The listen address, as the base of connect links when no public URL was given. */
  useListenUrl(url: string): void;
  /** Where the connect flow records its outcomes (the audit trail, once it is open). */
  recordConnections(recorder: ConnectRecorder): void;
  /** Why this replica's vault key is not its fleet's (readiness is NOT_SERVING then); undefined when it is. */
  keyMismatch(): string | undefined;
  /** Calls `listener` when {@link keyMismatch} changes; returns the unsubscribe. */
  onKeyMismatchChange(listener: () => void): () => void;
  /**
   * Waits for token refreshes in flight and the writes of their tokens (at most
   * `drainTimeoutMs`, default 10 s), then closes the vault's store.
   */
  close(drainTimeoutMs?: number): Promise<void>;
}

export { DEFAULT_DATA_DIR };

/**
 * Opens the credentials domain. Throws a VaultKeyError for a malformed key (the message
 * says what a key looks like, never the key). A fleet's Redis may be down at start: the
 * vault then answers CREDENTIAL_UNAVAILABLE until it is back.
 *
 * @example
 * ```ts
 * const credentials = await openCredentials({ policies, logger, vaultKey, dataDir: "./portcullis-data" });
 * ```
 */
export async function openCredentials(options: CredentialsOptions): Promise<Credentials> {
  const { logger, policies, request } = options;
  const key = options.vaultKey === undefined ? undefined : parseVaultKey(options.vaultKey);
  let store: VaultStore | undefined;
  if (key) {
    if (options.redisUrl) {
      const redis = new RedisVaultStore({ url: options.redisUrl, prefix: options.redisPrefix, readTimeoutMs: options.stateTimeoutMs });
      await redis.ready().catch((err: unknown) => {
        logger.warn({ err: (err as Error).message }, "redis unreachable at start; credentials are unavailable until it answers");
      });
      store = redis;
    } else {
      store = SqliteVaultStore.open(options.dataDir ?? DEFAULT_DATA_DIR);
    }
  }
  const previousKeys = (options.vaultPreviousKeys ?? []).map(parseVaultKey);
  const vault = key && store ? new Vault(store, key, logger, { previousKeys }) : undefined;
  const revocations = vault ? new RevocationQueue({ vault, policies, logger, request, ...options.revocationRetry }) : undefined;
  revocations?.start();
  const connect = vault
    ? new ConnectFlows({ vault, policies, logger, publicUrl: options.publicUrl, request, offboardedAt: options.offboardedAt, revocations })
    : undefined;
  const broker = new CredentialBroker({ vault, connect, logger, request, offboardedAt: options.offboardedAt, revocations });
  const waitMs = options.revocationWaitMs;
  const offboarding = new VaultOffboarding({ vault, tokens: broker.tokens, policies, revocations, waitMs });
  if (vault) logger.info({ store: vault.store.kind, keyId: vault.keyId, previousKeyIds: vault.previousKeyIds }, "credential vault open");
  else logger.info("credential vault off (no --vault-key-file or PORTCULLIS_VAULT_KEY)");
  const fleetKey = vault?.store.claimFleetKey ? new VaultFleetKey(vault, logger) : undefined;
  await fleetKey?.start();
  if (vault && vault.previousKeyIds.length > 0) {
    // In the background: records are also re-sealed as they are read.
    vault.resealAll().then(
      ({ resealed, left }) =>
        logger.info(
          { resealed, left, keyId: vault.keyId },
          "re-sealed the vault's records sealed under a previous key (left: under a key this sidecar does not have, or changed meanwhile)",
        ),
      (err: unknown) => logger.warn({ err: (err as Error).message }, "could not re-seal the vault's records now; each is re-sealed when it is read"),
    );
  }
  return {
    vault,
    broker,
    offboarding,
    revocations,
    revocationWaitMs: waitMs,
    route: connect?.route,
    useListenUrl: (url) => connect?.useListenUrl(url),
    recordConnections: (recorder) => {
      if (connect) connect.recorder = recorder;
    },
    keyMismatch: () => fleetKey?.mismatch,
    onKeyMismatchChange: (listener) => fleetKey?.onChange(listener) ?? (() => undefined),
    close: async (drainTimeoutMs = 10_000) => {
      await broker.drain(drainTimeoutMs);
      revocations?.stop();
      fleetKey?.stop();
      await store?.close();
    },
  };
}
