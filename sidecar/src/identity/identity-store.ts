/**
 * Where gateway tokens, offboarded subjects and SCIM users live: one interface, two stores —
 * a `node:sqlite` file for one sidecar, Redis for a fleet.
 *
 * Every change that must reach other replicas (a revoked token, an offboarded or reinstated
 * subject) is written together with an entry in a change feed numbered by an epoch that
 * grows by one per change. Replicas read the feed from their last epoch: a gap in the
 * numbers (the feed is trimmed) tells them to reload everything instead.
 */
import type { GatewayTokenKind } from "./gateway-token-format.js";

/** One gateway token as stored: never the token, only its SHA-256. */
export interface TokenRecord {
  readonly id: string;
  /** SHA-256 (hex) of the token. */
  readonly hash: string;
  /** The token's first characters (`pcl_AbC1…`). */
  readonly hint: string;
  readonly subject: string;
  readonly kind: GatewayTokenKind;
  readonly roles: readonly string[];
  /** Empty: none. */
  readonly team: string;
  readonly description: string;
  readonly createdAtMs: number;
  readonly expiresAtMs: number;
  /** 0: never used (as far as flushed; see `recordLastUsed`). */
  readonly lastUsedAtMs: number;
  /** 0: not revoked. */
  readonly revokedAtMs: number;
}

/** Who changed the deny-list: an admin (RPC, CLI) or the IdP through SCIM. */
export type OffboardSource = "admin" | "scim";

/** A subject on the deny-list. */
export interface OffboardedSubject {
  readonly subject: string;
  /** Tokens issued at or before this time (Unix ms) are refused; so are static tokens. */
  readonly offboardedAtMs: number;
  readonly reason: string;
  readonly source: OffboardSource;
}

/** One entry of the change feed. */
export type IdentityChange =
  | { readonly epoch: number; readonly kind: "token"; readonly hash: string }
  | {
      readonly epoch: number;
      readonly kind: "subject";
      readonly subject: string;
      /** The subject's entry after the change; undefined when it was reinstated. */
      readonly entry: OffboardedSubject | undefined;
    };

/** A page of the change feed. */
export interface ChangePage {
  /** The newest epoch the store has written (0: none yet). */
  readonly latest: number;
  /** Changes after the asked epoch, oldest first, at most a page. */
  readonly changes: readonly IdentityChange[];
  /**
   * Which store this is (Redis: a random id written at its first use). A different one than a
   * replica last saw means the store was reset or replaced — its epochs start over, so they
   * cannot tell — and the replica reloads everything. Undefined: the store has none (sqlite).
   */
  readonly incarnation?: string | undefined;
}

/** A user the IdP provisioned through SCIM, and the subject it maps to. */
export interface ScimUserRecord {
  readonly id: string;
  readonly userName: string;
  /** Empty: none. */
  readonly externalId: string;
  readonly subject: string;
  readonly active: boolean;
  /** The other SCIM attributes as the IdP sent them (JSON; never a password). */
  readonly attributes: string;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
}

/**
 * A token's insert refused: its subject was offboarded at or after the token's issue time
 * (the offboarding ran while the token was being issued, so its revocation missed it).
 *
 * @example
 * ```ts
 * if (err instanceof SubjectOffboardedError) throw new ConnectError(err.message, Code.FailedPrecondition);
 * ```
 */
export class SubjectOffboardedError extends Error {
  override readonly name = "SubjectOffboardedError";
  readonly subject: string;

  constructor(subject: string) {
    super(`subject '${subject.slice(0, 256)}' was offboarded while this token was being issued; issue it again if the subject is to have one`);
    this.subject = subject;
  }
}

/** How many changes one page of the feed holds. */
export const CHANGE_PAGE = 1000;

/** How many changes the feed keeps; a replica further behind reloads everything. */
export const CHANGE_FEED_KEEP = 10_000;

/**
 * The store behind gateway tokens, the subject deny-list and SCIM users.
 *
 * @example
 * ```ts
 * const store: IdentityStore = openSqliteIdentityStore("./portcullis-data");
 * await store.insertToken(record);
 * ```
 */
export interface IdentityStore {
  readonly kind: "sqlite" | "redis";

  /** Stores a new token; {@link SubjectOffboardedError} when its subject was offboarded at or after its `createdAtMs`. */
  insertToken(record: TokenRecord): Promise<void>;
  tokenByHash(hash: string): Promise<TokenRecord | undefined>;
  tokenById(id: string): Promise<TokenRecord | undefined>;
  /** Oldest first; tokens created in one millisecond in issue order on SQLite, by id on Redis. */
  listTokens(filter: { readonly subject?: string | undefined; readonly includeRevoked: boolean }): Promise<TokenRecord[]>;
  /** Revokes one token and records the change; false when it was already revoked. Undefined: no such token. */
  revokeToken(id: string, atMs: number): Promise<boolean | undefined>;
  /** Raises tokens' last-used times (token hash → Unix ms); a later time already stored wins. */
  recordLastUsed(uses: ReadonlyMap<string, number>): Promise<void>;

  /**
   * Puts the subject on the deny-list and revokes all its tokens — those of every spelling that
   * folds as it does (NFKC, lower case), as the deny-list matches — as one change; returns how
   * many were revoked. An entry an admin made keeps source `admin` whoever offboards again.
   */
  offboardSubject(entry: OffboardedSubject): Promise<number>;
  /** Takes the subject off the deny-list (only an entry of `onlySource`, when given); false when there was none. */
  reinstateSubject(subject: string, onlySource?: OffboardSource): Promise<boolean>;
  offboardedSubjects(): Promise<OffboardedSubject[]>;
  /**
   * Writes back deny-list entries a replica knew and a reset store lost: each one the store
   * lacks (or holds with an earlier time) is stored as it was, with a change so every replica
   * learns it, and the subject's tokens created at or before it are revoked. Returns how many
   * were written. Optional: a store that cannot be reset under a running fleet may lack it.
   */
  restoreOffboardings?(entries: readonly OffboardedSubject[]): Promise<number>;

  /** Changes after `epoch`, at most {@link CHANGE_PAGE}. */
  changesSince(epoch: number): Promise<ChangePage>;
  /** Calls `nudge` when another replica may have written a change (Redis pub/sub); returns a stop function. */
  watch?(nudge: () => void, onProblem: (message: string) => void): () => void;

  /** Stores a SCIM user; refuses a userName another user holds (case-insensitively) with false. */
  putScimUser(user: ScimUserRecord): Promise<boolean>;
  scimUser(id: string): Promise<ScimUserRecord | undefined>;
  scimUserByName(userName: string): Promise<ScimUserRecord | undefined>;
  listScimUsers(): Promise<ScimUserRecord[]>;
  deleteScimUser(id: string): Promise<boolean>;

  close(): Promise<void>;
}

/**
 * Whether `err`, thrown by an identity store call, says the store could not answer — Redis
 * down, hung past its command deadline, restarting or refusing writes; the sqlite file locked
 * or unwritable — rather than a bug: programming errors (TypeError, RangeError,
 * ReferenceError, SyntaxError, e.g. a record that does not parse) and the store's own refusals
 * (SubjectOffboardedError) are not. Callers answer it as "unavailable, retry", never as an
 * internal error.
 *
 * @example
 * ```ts
 * if (isStoreFailure(err)) return sendError(res, 503, "the identity store is unavailable; retry later");
 * ```
 */
export function isStoreFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return !(
    err instanceof TypeError ||
    err instanceof RangeError ||
    err instanceof ReferenceError ||
    err instanceof SyntaxError ||
    err instanceof SubjectOffboardedError
  );
}
