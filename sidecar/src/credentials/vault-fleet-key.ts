/**
 * The fleet check of the vault key: every replica of a fleet must seal and open records with
 * the same key, or a credential put through one replica is "sealed with another vault key" on
 * the others and each answers differently. The fleet's key id (a keyed hash, never the key)
 * is kept in Redis: the first replica records its own; a replica whose previous keys include
 * the fleet's moves the fleet to its key (a rotation); a replica whose key is neither is
 * *mismatched* — it logs an error, its readiness is NOT_SERVING and it seals nothing (puts,
 * refreshes, connections and re-seals are refused, so it cannot write records the fleet
 * cannot open). It still starts and answers, so a probe, not a crash loop, takes it out of
 * rotation, and the log says why. Checked at
 * start, whenever Redis reconnects, and periodically, so replicas left on a key the fleet rotated away from notice it.
 */
import type { Logger } from "../logger.js";
import type { Vault } from "./vault.js";

/** How often the fleet's key is checked again (ms). */
export const FLEET_KEY_CHECK_MS = 30_000;

/**
 * Watches whether this replica's vault key is the fleet's.
 *
 * @example
 * ```ts
 * const check = new VaultFleetKey(vault, logger);
 * await check.check();
 * if (check.mismatch) readiness = NOT_SERVING;
 * ```
 */
export class VaultFleetKey {
  readonly #vault: Vault;
  readonly #logger: Logger;
  readonly #listeners = new Set<() => void>();
  #mismatch: string | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(vault: Vault, logger: Logger) {
    this.#vault = vault;
    this.#logger = logger;
  }

  /** Why this replica's key is not the fleet's (undefined when it is, or when not known yet). */
  get mismatch(): string | undefined {
    return this.#mismatch;
  }

  /** Calls `listener` when {@link mismatch} changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Checks once now (Redis down: what was known stays). */
  async check(): Promise<void> {
    const claim = this.#vault.store.claimFleetKey;
    if (!claim) return;
    let result: Awaited<ReturnType<typeof claim>>;
    try {
      result = await claim.call(this.#vault.store, this.#vault.keyId, this.#vault.previousKeyIds);
    } catch (err) {
      this.#logger.debug({ err: (err as Error).message }, "could not check the fleet's vault key; tried again later");
      return;
    }
    const ours = this.#vault.keyId;
    if (result.movedFrom) {
      this.#logger.warn(
        { keyId: ours, previousKeyId: result.movedFrom },
        "the fleet's vault key is now this replica's (rotated from one of its previous keys); replicas still on the old key report NOT_SERVING until they get the new one",
      );
    }
    const mismatch =
      result.fleetKeyId === ours
        ? undefined
        : `this replica's vault key (key id ${ours}) is not the fleet's (key id ${result.fleetKeyId}): records it seals cannot be opened by the other replicas and theirs not by it; give every replica the same --vault-key-file (or, to rotate, the fleet's key as --vault-previous-key-file)`;
    if (mismatch === this.#mismatch) return;
    this.#mismatch = mismatch;
    this.#vault.holdWrites(mismatch);
    if (mismatch)
      this.#logger.error({ keyId: ours, fleetKeyId: result.fleetKeyId }, `${mismatch}; readiness is NOT_SERVING and nothing is written to the vault`);
    else this.#logger.info({ keyId: ours }, "this replica's vault key is the fleet's again; readiness no longer waits on it");
    for (const listener of this.#listeners) listener();
  }

  /** Checks now, then each time the store reconnects and every `intervalMs`, until {@link stop}. */
  async start(intervalMs = FLEET_KEY_CHECK_MS): Promise<void> {
    // A replica started while Redis was down is checked as soon as Redis answers.
    this.#vault.store.onReady?.(() => {
      if (this.#timer !== undefined) void this.check();
    });
    await this.check();
    this.#timer = setInterval(() => void this.check(), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
