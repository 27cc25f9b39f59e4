/**
 * Gateway tokens, the subject deny-list and offboarding, assembled over one store: the
 * `node:sqlite` file in the data directory for one sidecar, Redis when a fleet shares one.
 */
import type { Logger } from "../logger.js";
import type { CompiledPolicy } from "../policy/index.js";
import { GatewayTokens } from "./gateway-tokens.js";
import type { IdentityStore } from "./identity-store.js";
import { IdentitySync } from "./identity-sync.js";
import { RedisIdentityStore } from "./redis-identity-store.js";
import { openSqliteIdentityStore } from "./sqlite-identity-store.js";
import { SubjectDenyListCache } from "./subject-deny-list.js";
import { SubjectOffboarding } from "./subject-offboarding.js";
import { TokenAdmin } from "./token-admin.js";
import { DEFAULT_DATA_DIR } from "../data-dir.js";

export { DEFAULT_DATA_DIR };

/** Options of {@link openGatewayIdentity}. */
export interface GatewayIdentityOptions {
  /** Where the sqlite file lives when there is no Redis (default `./portcullis-data`). */
  readonly dataDir?: string | undefined;
  /** A fleet's Redis; the store lives there instead of the data directory. */
  readonly redisUrl?: string | undefined;
  readonly redisPrefix?: string | undefined;
  readonly policy: () => CompiledPolicy;
  readonly logger: Logger;
  /** How often the change feed is polled, in ms (default 250). */
  readonly pollEveryMs?: number;
  /** How often last-used times are written, in ms (default 15 000). */
  readonly flushEveryMs?: number;
  /** How long the store may go unread before every caller is refused, in ms (default 5000). */
  readonly staleAfterMs?: number;
  /** Longest wait for the store when a caller's token is not in memory, in ms (default 250: the sidecar's `--state-timeout`). */
  readonly lookupTimeoutMs?: number | undefined;
}

/** The assembled parts. */
export interface GatewayIdentity {
  readonly store: IdentityStore;
  readonly tokens: GatewayTokens;
  readonly denyList: SubjectDenyListCache;
  readonly sync: IdentitySync;
  readonly admin: TokenAdmin;
  readonly offboarding: SubjectOffboarding;
  /** Stops following changes, writes pending last-used times and closes the store. */
  close(): Promise<void>;
}

/**
 * Opens the store and starts following its changes. With Redis down at start it still
 * opens: callers are refused (fail closed) until the store answers.
 *
 * @example
 * ```ts
 * const gateway = await openGatewayIdentity({ dataDir, redisUrl, policy: () => policies.current, logger });
 * const identity = new Identity({ gatewayTokens: gateway.tokens, denyList: gateway.denyList });
 * ```
 */
export async function openGatewayIdentity(options: GatewayIdentityOptions): Promise<GatewayIdentity> {
  const { logger } = options;
  const store: IdentityStore = options.redisUrl
    ? new RedisIdentityStore({ url: options.redisUrl, prefix: options.redisPrefix })
    : openSqliteIdentityStore(options.dataDir ?? DEFAULT_DATA_DIR);
  let sync: IdentitySync | undefined;
  // Stale revocations refuse every principal (through the deny-list), not only gateway tokens.
  const staleness = () => sync?.staleness();
  const denyList = new SubjectDenyListCache({ staleness });
  const tokens = new GatewayTokens(store, { staleness, lookupTimeoutMs: options.lookupTimeoutMs });
  sync = new IdentitySync(store, tokens, denyList, { logger, pollEveryMs: options.pollEveryMs, staleAfterMs: options.staleAfterMs });
  await sync.start();
  const flusher = setInterval(() => {
    tokens.flushLastUsed().catch((err: unknown) => logger.warn({ err: (err as Error).message }, "could not record gateway tokens' last use; will retry"));
  }, options.flushEveryMs ?? 15_000);
  flusher.unref();
  const admin = new TokenAdmin({ store, tokens, sync, policy: options.policy, logger });
  const offboarding = new SubjectOffboarding({ store, sync, logger });
  const opened = sync;
  return {
    store,
    tokens,
    denyList,
    sync: opened,
    admin,
    offboarding,
    async close() {
      opened.close();
      clearInterval(flusher);
      await tokens.flushLastUsed().catch(() => undefined);
      await store.close();
    },
  };
}
