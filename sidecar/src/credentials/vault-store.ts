/**
 * Where sealed vault records live: one sidecar's SQLite file, or Redis for a fleet. A store
 * holds only sealed text and metadata that is no secret (owner, kind, times); it also keeps
 * the short-lived state of connect flows and coordinates refreshes, so that one replica of a
 * fleet refreshes a credential while the others wait for and read its result.
 */

/** What a vault record holds. */
export type VaultRecordKind = "static" | "oauth2-user";

/** One record as stored. */
export interface StoredRecord {
  /** The subject it acts for; "" for a server's shared credential. */
  readonly subject: string;
  readonly server: string;
  readonly kind: VaultRecordKind;
  readonly updatedAtMs: number;
  /** When the access token expires (0: unknown or static). */
  readonly expiresAtMs: number;
  readonly hasRefreshToken: boolean;
  /** Changes with every write: tells a reader that a record was replaced. */
  readonly rev: string;
  /** The sealed payload (see vault-seal.ts). */
  readonly sealed: string;
}

/**
 * Tokens that wait to be revoked at their provider (a tombstone): what a record held when it
 * was deleted (offboarding, DeleteCredential, a refresh or connection that finished for a
 * subject offboarded meanwhile) while the provider had not yet confirmed the revocation.
 * Sealed like a record; kept until the provider confirms or the retries give up.
 */
export interface StoredRevocation {
  readonly id: string;
  /** Whose tokens they were (metadata, no secret). */
  readonly subject: string;
  readonly server: string;
  /** When the tokens were queued (Unix ms). */
  readonly queuedAtMs: number;
  /** Attempts that failed so far. */
  readonly attempts: number;
  /** Why the last attempt failed ("" before the first); never a value. */
  readonly lastError: string;
  /** The sealed payload (see Vault.sealRevocation). */
  readonly sealed: string;
}

/** Which records to list; empty fields match all. */
export interface RecordFilter {
  readonly subject?: string | undefined;
  readonly server?: string | undefined;
}

/** The answer to asking for the turn to refresh one credential. */
export type RefreshTurn =
  | {
      readonly mine: true;
      /** Consecutive failed refreshes before this one (for the backoff). */
      readonly failures: number;
      /** Ends the turn: success clears the backoff; a failure starts one of `backoffMs`. */
      done(outcome: { readonly ok: true } | { readonly ok: false; readonly backoffMs: number }): Promise<void>;
    }
  | {
      readonly mine: false;
      /** Another refresher holds the turn (true), or a recent failure says wait (false). */
      readonly busy: boolean;
      /** How long that lasts at most, in ms. */
      readonly retryInMs: number;
      readonly failures: number;
    };

/** A vault's storage. */
export interface VaultStore {
  readonly kind: "sqlite" | "redis";
  /** Whether other processes write the same records, so that cached reads must be revalidated. */
  readonly shared: boolean;
  /**
   * For a store that is not `shared` but that another process may still open (a SQLite file in
   * a data directory two processes use): whether another process changed it since the last
   * time this said so. Cheap enough to ask on every cached read (it looks at most every few
   * hundred ms); true means that nothing cached from the store can be trusted.
   */
  changedElsewhere?(): boolean;
  get(subject: string, server: string): StoredRecord | undefined | Promise<StoredRecord | undefined>;
  /**
   * Stores `record`, replacing any record of the same owner — or, with `ifRev`, only the
   * record of that revision (compare-and-set: false, and nothing written, when the owner's
   * record is another revision or gone).
   */
  put(record: StoredRecord, ifRev?: string): Promise<boolean>;
  /** False when there was nothing to delete (or, with `ifRev`, the record is another revision). */
  delete(subject: string, server: string, ifRev?: string): Promise<boolean>;
  list(filter: RecordFilter): Promise<StoredRecord[]>;
  /** Every subject that owns at least one record ("" for shared credentials), each once. */
  subjects(): Promise<string[]>;
  /** Stores (or replaces, by id) tokens waiting to be revoked at their provider. */
  putRevocation(revocation: StoredRevocation): Promise<void>;
  /** Records a failed attempt on the revocation `id` — only while it is still queued (never brings one back). */
  noteRevocationFailure(id: string, attempts: number, lastError: string): Promise<void>;
  /** The tokens waiting under `id`, if they still wait. */
  getRevocation(id: string): Promise<StoredRevocation | undefined>;
  /** Forgets the tokens under `id` (revoked, or given up). */
  deleteRevocation(id: string): Promise<void>;
  /** Every queued revocation, oldest first. */
  listRevocations(): Promise<StoredRevocation[]>;
  /** Keeps `value` under `id` for `ttlMs` (connect flows). */
  putPending(id: string, value: string, ttlMs: number): Promise<void>;
  /** The value under `id`, left in place. */
  peekPending(id: string): Promise<string | undefined>;
  /** Returns and removes the value under `id`: each id is used once. */
  takePending(id: string): Promise<string | undefined>;
  /** Asks for the turn to refresh (subject, server), held for at most `holdMs`. */
  takeRefreshTurn(subject: string, server: string, holdMs: number): Promise<RefreshTurn>;
  /** Calls `listener` after any process changed or deleted a record. */
  onChange(listener: (subject: string, server: string) => void): void;
  /**
   * A store shared by a fleet: records `keyId` as the fleet's vault key when none is, or when
   * the fleet's is one of `previousKeyIds` (this replica rotates the fleet forward); answers
   * the fleet's key id after that (a key id, never a key).
   */
  claimFleetKey?(keyId: string, previousKeyIds: readonly string[]): Promise<FleetKeyClaim>;
  /** Calls `listener` each time the store's connection becomes ready (again). */
  onReady?(listener: () => void): void;
  close(): Promise<void>;
}

/** What {@link VaultStore.claimFleetKey} found. */
export interface FleetKeyClaim {
  /** The fleet's key id now. */
  readonly fleetKeyId: string;
  /** The fleet's key id before, when this call moved it (a rotation). */
  readonly movedFrom?: string | undefined;
}

/**
 * The turn-taking of one process: a turn per credential, and the backoff after a failure.
 * The SQLite store uses it alone (one sidecar per file).
 *
 * @example
 * ```ts
 * const turns = new LocalRefreshTurns();
 * const turn = await turns.take("alice", "jira", 15_000);
 * ```
 */
export class LocalRefreshTurns {
  readonly #held = new Map<string, { until: number; failures: number; backoffUntil: number }>();

  take(subject: string, server: string, holdMs: number): Promise<RefreshTurn> {
    const key = JSON.stringify([subject, server]);
    const now = Date.now();
    const state = this.#held.get(key) ?? { until: 0, failures: 0, backoffUntil: 0 };
    if (state.backoffUntil > now) return Promise.resolve({ mine: false, busy: false, retryInMs: state.backoffUntil - now, failures: state.failures });
    if (state.until > now) return Promise.resolve({ mine: false, busy: true, retryInMs: state.until - now, failures: state.failures });
    const held = { ...state, until: now + holdMs };
    this.#held.set(key, held);
    return Promise.resolve({
      mine: true,
      failures: state.failures,
      done: (outcome) => {
        if (outcome.ok) this.#held.delete(key);
        else this.#held.set(key, { until: 0, failures: held.failures + 1, backoffUntil: Date.now() + outcome.backoffMs });
        return Promise.resolve();
      },
    });
  }
}
