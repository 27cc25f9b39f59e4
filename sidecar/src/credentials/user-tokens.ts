/**
 * Users' OAuth 2 tokens (kind `oauth2-user`): the access token in the vault, refreshed with
 * the refresh token before it expires — once per credential across the whole fleet.
 *
 * Past about two thirds of the token's lifetime, a call triggers a refresh in the background
 * and is served the still-valid token. The refresh first takes the credential's turn from the
 * store (a Redis `SET NX PX` lock for a fleet): the replica that gets it reads the record
 * again — another replica may have refreshed it meanwhile — and only if it is unchanged asks
 * the provider, stores the new tokens (a rotated refresh token included) and gives the turn
 * back. A replica that does not get the turn waits for the record to change (announced over
 * pub/sub, and polled) and reads it. A failure starts a backoff every replica honours. Once
 * the token is too close to expiry, calls wait for the refresh, and if it fails they get an
 * error — never the old token.
 *
 * A provider that refuses the refresh token (`invalid_grant`: revoked, or expired) ends the
 * credential: the record is deleted, so the next call asks the user to connect again.
 *
 * The refresher writes the new tokens, and deletes on `invalid_grant`, only as the revision it
 * read (compare-and-set): should its turn have lapsed during a slow provider request, it never
 * overwrites a newer record nor brings back one that was deleted — tokens that no record
 * holds are revoked at the provider (RFC 7009) instead. So are tokens that arrive after the
 * subject was offboarded: offboarding deletes and revokes what the vault holds, and a refresh
 * in flight must not store a fresh grant behind its back.
 *
 * A store that refuses the write of new tokens for a while (Redis failing over, out of memory,
 * read-only) must not cost the user the grant: a provider that rotates refresh tokens has
 * already used up the old one. The new tokens are kept in memory — this process serves them
 * and never refreshes with the superseded refresh token — and written again, with backoff,
 * until the store takes them (for at most `storeRetryMs`); the turn is held meanwhile, and its
 * end is written again too when the store refuses that. Shutdown ({@link UserTokens.drain})
 * waits for refreshes in flight and these writes, up to the drain deadline.
 *
 * A call that waits for a refresh waits on the vault's store (taking the turn, reading the
 * record, writing the new tokens, ending the turn) at most what is left of its decision's
 * state budget (`--state-timeout`, see state-budget.ts): past it, the call fails closed with
 * {@link RefreshFailedError} saying so, and the refresh goes on for the next call. The
 * provider's request is not charged to the budget, nor is the pause between looks while
 * another replica refreshes (a wait for that replica's provider, bounded by `waitMs`); each
 * look is (see refresh-waits.ts).
 */
import { setTimeout as sleep } from "node:timers/promises";
import { BoundedMap } from "../limits/bounded-map.js";
import { DeadlineError } from "../limits/deadline.js";
import type { Logger } from "../logger.js";
import type { CompiledServerCredential } from "./credential-schema.js";
import type { StateBudget } from "../state-budget.js";
import type { MaybePromise } from "./maybe-async.js";
import { OAuthError, requestToken, type RequestOptions } from "./oauth-client.js";
import { revokeUserTokens } from "./provider-revocation.js";
import type { RevocationQueue } from "./revocation-queue.js";
import { backoffMs, expiryOf, refreshAt, servable } from "./refresh-schedule.js";
import { RefreshWaits } from "./refresh-waits.js";
import type { HeldToken } from "./token-cache.js";
import type { RefreshTurn } from "./vault-store.js";
import { owner, type Vault, type VaultEntry, type VaultPayload } from "./vault.js";

type UserConfig = Extract<CompiledServerCredential, { type: "oauth2-user" }>;

/** The user must connect the account (again); the message says why. */
export class ReconnectRequiredError extends Error {
  override readonly name = "ReconnectRequiredError";
}

/** The token cannot be produced now; the message says why (no secret). */
export class RefreshFailedError extends Error {
  override readonly name = "RefreshFailedError";
}

/** Options of {@link UserTokens}. */
export interface UserTokensOptions {
  /** How long one refresher holds the turn at most (default 15 s; longer than a provider request). */
  readonly holdMs?: number | undefined;
  /** How long a call waits for another replica's refresh (default 10 s). */
  readonly waitMs?: number | undefined;
  readonly request?: RequestOptions | undefined;
  /** When `subject` was offboarded (Unix ms), or undefined when it was not. */
  readonly offboardedAt?: ((subject: string) => number | undefined) | undefined;
  /** How long refreshed tokens the store refused are kept in memory and written again (default 5 min). */
  readonly storeRetryMs?: number | undefined;
  /** Where tokens nobody may keep go when the provider does not confirm their revocation. */
  readonly revocations?: RevocationQueue | undefined;
}

const POLL_MS = 250;
/** The pause before writing refused tokens (or a turn's end) again: 250 ms doubling up to 2 s. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2000;

type TurnOutcome = { readonly ok: true } | { readonly ok: false; readonly backoffMs: number };

/** A turn this process holds; `done` never throws (a refused write of its end is retried). */
interface HeldTurn {
  readonly failures: number;
  done(outcome: TurnOutcome): Promise<void>;
}

/** Refreshed tokens the store refused: served from memory while the store holds `base`. */
interface Unstored {
  readonly base: VaultEntry;
  readonly entry: VaultEntry;
  /** Why the last write failed (no secret). */
  error: string;
}

/**
 * Serves and refreshes users' OAuth 2 tokens.
 *
 * @example
 * ```ts
 * const held = await userTokens.token(entry, config);
 * ```
 */
export class UserTokens {
  readonly #vault: Vault;
  readonly #logger: Logger;
  readonly #holdMs: number;
  readonly #waitMs: number;
  readonly #request: RequestOptions;
  readonly #offboardedAt: (subject: string) => number | undefined;
  readonly #revocations: RevocationQueue | undefined;
  /** Refreshes under way in this process, by owner, with their waits on the store. */
  readonly #inflight = new Map<string, { readonly refreshing: Promise<VaultEntry>; readonly waits: RefreshWaits }>();
  /** When each record version is due for refresh (jittered once per version). */
  readonly #due = new BoundedMap<string, { rev: string; at: number }>(50_000);
  /** Credentials whose refresh failed: no new attempt from this process before `until`. */
  readonly #blocked = new BoundedMap<string, { until: number; message: string }>(50_000);
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #storeRetryMs: number;
  /** Refreshed tokens that the store refused, by owner, until written (or given up). */
  readonly #unstored = new Map<string, Unstored>();
  /** Background work shutdown waits for: writes of refused tokens and of turn ends. */
  readonly #work = new Set<Promise<void>>();
  /** Aborted once the drain deadline passed: background retries stop. */
  readonly #stop = new AbortController();

  constructor(vault: Vault, logger: Logger, options: UserTokensOptions = {}) {
    this.#vault = vault;
    this.#logger = logger;
    this.#holdMs = options.holdMs ?? 15_000;
    this.#waitMs = options.waitMs ?? 10_000;
    this.#request = options.request ?? {};
    this.#offboardedAt = options.offboardedAt ?? (() => undefined);
    this.#storeRetryMs = options.storeRetryMs ?? 300_000;
    this.#revocations = options.revocations;
    vault.onChange((subject, server) => {
      const key = keyOf(subject, server);
      this.#blocked.delete(key);
      for (const wake of this.#waiters.get(key) ?? []) wake();
    });
  }

  /**
   * A servable access token for `entry`, refreshed when due. A call that must wait for the
   * refresh waits on the store at most what is left of `budget` (its decision's), when given.
   */
  token(entry: VaultEntry, config: UserConfig, budget?: StateBudget): MaybePromise<HeldToken> {
    const unstored = this.#unstored.get(keyOf(entry.subject, entry.server));
    // The store still holds the record these tokens replace: its refresh token may be used up.
    if (unstored && unstored.base.rev === entry.rev) return this.#fromMemory(unstored);
    const { payload } = entry;
    const now = Date.now();
    const held = { token: payload.secret, expiresAtMs: payload.expiresAtMs };
    if (now < this.#dueAt(entry)) return held;
    const stillValid = servable(payload.obtainedAtMs, payload.expiresAtMs, now);
    if (payload.refreshToken === undefined) {
      if (stillValid) return held;
      throw new ReconnectRequiredError(`the access token of ${owner(entry.subject, entry.server)} expired and the vault holds no refresh token for it`);
    }
    const blocked = this.#blocked.get(keyOf(entry.subject, entry.server));
    if (blocked && now < blocked.until) {
      if (stillValid) return held;
      throw new RefreshFailedError(`${blocked.message}; next attempt in ${Math.ceil((blocked.until - now) / 1000)} s`);
    }
    const { refreshing, waits } = this.#refresh(entry, config);
    if (stillValid) {
      // Its failure is logged where it happened; calls go on with the valid token.
      refreshing.catch(() => undefined);
      return held;
    }
    const waited = budget
      ? waits.within(refreshing, budget).catch((err: unknown) => {
          throw this.#outOfBudget(entry, err);
        })
      : refreshing;
    return waited.then((fresh) => ({ token: fresh.payload.secret, expiresAtMs: fresh.payload.expiresAtMs }));
  }

  /** The call's error when its state budget ran out while the refresh waited on the store; other errors as they are. */
  #outOfBudget(entry: VaultEntry, err: unknown): unknown {
    if (!(err instanceof DeadlineError)) return err;
    return new RefreshFailedError(
      `the token of ${owner(entry.subject, entry.server)} needs a refresh, and the refresh waited on the vault's store (Redis: its turn, the record's read, the new token's write) past the decision's state timeout (${err.ms} ms, --state-timeout, for all of a decision's waits on shared state together); the refresh goes on without this call`,
    );
  }

  /** Tokens the store has not taken yet: served while valid, never refreshed (see the module doc). */
  #fromMemory(unstored: Unstored): HeldToken {
    const { payload } = unstored.entry;
    if (servable(payload.obtainedAtMs, payload.expiresAtMs, Date.now())) return { token: payload.secret, expiresAtMs: payload.expiresAtMs };
    throw new RefreshFailedError(
      `the refreshed token of ${owner(unstored.base.subject, unstored.base.server)} is about to expire and the vault's store has not taken it yet (${unstored.error}); retry later`,
    );
  }

  /**
   * Waits for the refreshes in flight and the writes of their tokens, at most `timeoutMs`, then
   * stops retrying; logs what was cut off (the user of a rotated refresh token that was never
   * stored must connect again).
   *
   * @example
   * ```ts
   * await userTokens.drain(10_000);
   * ```
   */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const pending = () => [...[...this.#inflight.values()].map((run) => run.refreshing), ...this.#work];
    let left = pending();
    const waited = left.length;
    if (waited > 0) this.#logger.info({ inFlight: waited, timeoutMs }, "waiting for token refreshes in flight before shutdown");
    while (left.length > 0 && Date.now() < deadline) {
      const timeout = new AbortController();
      await Promise.race([Promise.allSettled(left), sleep(deadline - Date.now(), undefined, { signal: timeout.signal }).catch(() => undefined)]);
      timeout.abort();
      left = pending();
    }
    this.#stop.abort();
    if (left.length > 0) {
      this.#logger.error(
        { cutOff: left.length, timeoutMs, unstored: this.#unstored.size },
        `shutdown cut off ${left.length} token refresh(es) or write(s) still in flight; a rotated refresh token that was not stored is lost (its user must connect again)`,
      );
    } else if (waited > 0) {
      this.#logger.info({ waited }, "token refreshes in flight finished before shutdown");
    }
  }

  #dueAt(entry: VaultEntry): number {
    const key = keyOf(entry.subject, entry.server);
    const known = this.#due.get(key);
    if (known?.rev === entry.rev) return known.at;
    const at = refreshAt(entry.payload.obtainedAtMs, entry.payload.expiresAtMs);
    this.#due.set(key, { rev: entry.rev, at });
    return at;
  }

  /** One refresh per owner in this process; the fleet's turn decides which process. */
  #refresh(entry: VaultEntry, config: UserConfig): { readonly refreshing: Promise<VaultEntry>; readonly waits: RefreshWaits } {
    const key = keyOf(entry.subject, entry.server);
    let running = this.#inflight.get(key);
    if (!running) {
      const waits = new RefreshWaits();
      running = { refreshing: this.#refreshInFleet(entry, config, waits).finally(() => this.#inflight.delete(key)), waits };
      this.#inflight.set(key, running);
    }
    return running;
  }

  async #refreshInFleet(seen: VaultEntry, config: UserConfig, waits: RefreshWaits): Promise<VaultEntry> {
    const { subject, server } = seen;
    const deadline = Date.now() + this.#waitMs;
    for (;;) {
      const takenAt = Date.now();
      const taken = await onStore(waits, this.#vault.store.takeRefreshTurn(subject, server, this.#holdMs));
      if (taken.mine) {
        const turn = this.#held(taken, takenAt + this.#holdMs, waits);
        let fresh: VaultEntry | undefined;
        try {
          fresh = await onStore(waits, this.#vault.readFresh(subject, server));
        } catch (err) {
          await turn.done({ ok: true });
          throw err;
        }
        if (!fresh) {
          await turn.done({ ok: true });
          throw new ReconnectRequiredError(`the credential of ${owner(subject, server)} was deleted`);
        }
        if (fresh.rev !== seen.rev) {
          // Another replica refreshed it (or it was put again) while we asked for the turn.
          await turn.done({ ok: true });
          return fresh;
        }
        return this.#refreshNow(fresh, config, turn, waits);
      }
      const turn = taken;
      const fresh = await onStore(waits, this.#vault.readFresh(subject, server));
      if (!fresh) throw new ReconnectRequiredError(`the credential of ${owner(subject, server)} was deleted`);
      if (fresh.rev !== seen.rev) return fresh;
      if (!turn.busy) {
        const message = `refreshing the token of ${owner(subject, server)} failed ${turn.failures} time(s) in a row (on some replica)`;
        this.#blocked.set(keyOf(subject, server), { until: Date.now() + turn.retryInMs, message });
        throw new RefreshFailedError(`${message}; next attempt in ${Math.ceil(turn.retryInMs / 1000)} s`);
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new RefreshFailedError(`another replica has been refreshing the token of ${owner(subject, server)} for too long; retry`);
      // The pause between looks is a wait for another replica's provider, as ours would be:
      // not charged (the looks are, and `waitMs` bounds them all).
      await this.#changeOf(keyOf(subject, server), Math.min(POLL_MS, turn.retryInMs || POLL_MS, left));
    }
  }

  async #refreshNow(entry: VaultEntry, config: UserConfig, turn: HeldTurn, waits: RefreshWaits): Promise<VaultEntry> {
    const { subject, server } = entry;
    if (this.#offboardedSince(entry)) {
      // Offboarding deletes this record (and revokes its tokens): nothing to refresh.
      await turn.done({ ok: true });
      throw new ReconnectRequiredError(`subject '${subject}' was offboarded; the credential on server '${server}' is being deleted`);
    }
    const refreshToken = entry.payload.refreshToken!;
    const started = Date.now();
    const params: Record<string, string> = { grant_type: "refresh_token", refresh_token: refreshToken };
    if (config.oauth.resource) params.resource = config.oauth.resource;
    let payload: VaultPayload;
    try {
      const response = await requestToken(config.oauth, params, [refreshToken], this.#request);
      payload = {
        secret: response.accessToken,
        refreshToken: response.refreshToken ?? refreshToken,
        // No expires_in: the old token's lifetime, or an hour — never "never expires" (see refresh-schedule.ts).
        expiresAtMs: expiryOf(started, response.expiresIn, entry.payload),
        obtainedAtMs: started,
      };
    } catch (err) {
      if (err instanceof OAuthError && err.code === "invalid_grant") {
        await turn.done({ ok: true });
        // Only the revision whose refresh token was refused: a record put meanwhile stays.
        await waits.store(this.#vault.delete(subject, server, entry.rev)).catch(() => undefined);
        this.#logger.warn({ subject, server }, "the provider refused the refresh token (invalid_grant); the credential was deleted");
        throw new ReconnectRequiredError(`the provider no longer accepts the refresh token of ${owner(subject, server)} (revoked or expired)`);
      }
      const wait = backoffMs(turn.failures + 1);
      await turn.done({ ok: false, backoffMs: wait });
      const message = `refreshing the token of ${owner(subject, server)} failed: ${(err as Error).message}`;
      this.#blocked.set(keyOf(subject, server), { until: Date.now() + wait, message });
      this.#logger.warn({ subject, server, failures: turn.failures + 1, retryInMs: wait }, message);
      throw new RefreshFailedError(message);
    }
    return this.#store(entry, payload, config, turn, waits);
  }

  /**
   * Stores refreshed tokens in place of `entry`, or revokes them when no record may hold them;
   * ends the turn. Tokens the store refuses are kept in memory and written again (see the module doc).
   */
  async #store(entry: VaultEntry, payload: VaultPayload, config: UserConfig, turn: HeldTurn, waits: RefreshWaits): Promise<VaultEntry> {
    if (this.#offboardedSince(entry)) {
      await turn.done({ ok: true });
      await this.#discard(entry, payload, config, "the subject was offboarded during the refresh");
      throw this.#offboarded(entry);
    }
    let written: VaultEntry | undefined;
    try {
      written = await waits.store(this.#vault.replace(entry, payload));
    } catch (err) {
      return this.#keepUnstored(entry, payload, config, turn, (err as Error).message, waits);
    }
    await turn.done({ ok: true });
    return this.#settle(entry, payload, config, written, waits);
  }

  /** Serves refreshed tokens the store refused from memory, and writes them again in the background. */
  #keepUnstored(entry: VaultEntry, payload: VaultPayload, config: UserConfig, turn: HeldTurn, error: string, waits: RefreshWaits): VaultEntry {
    const { subject, server } = entry;
    const key = keyOf(subject, server);
    const unstored: Unstored = { base: entry, entry: { ...entry, updatedAtMs: payload.obtainedAtMs, payload }, error };
    this.#unstored.set(key, unstored);
    this.#logger.warn(
      { subject, server, err: error },
      "the vault's store refused the refreshed tokens; they are served from memory and written again until it takes them",
    );
    this.#track(
      this.#storeLater(unstored, config, turn, waits).finally(() => {
        if (this.#unstored.get(key) === unstored) this.#unstored.delete(key);
      }),
    );
    return unstored.entry;
  }

  /** Writes refused tokens again, with backoff, until stored, given up, or shutdown's deadline. */
  async #storeLater(unstored: Unstored, config: UserConfig, turn: HeldTurn, waits: RefreshWaits): Promise<void> {
    const { base: entry } = unstored;
    const { subject, server } = entry;
    const { payload } = unstored.entry;
    const giveUpAt = Date.now() + this.#storeRetryMs;
    let written: VaultEntry | undefined;
    let attempts = 1;
    try {
      for (;;) {
        await this.#pause(Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempts - 1), Math.max(0, giveUpAt - Date.now())));
        if (this.#stop.signal.aborted || Date.now() >= giveUpAt) {
          this.#logger.error(
            { subject, server, attempts, err: unstored.error },
            `the refreshed tokens of ${owner(subject, server)} could not be stored (${unstored.error}); ${this.#stop.signal.aborted ? "shutdown cut the retries off" : "retries gave up"} — with a provider that rotates refresh tokens, its user must connect again`,
          );
          return;
        }
        if (this.#offboardedSince(entry)) {
          await this.#discard(entry, payload, config, "the subject was offboarded during the refresh");
          return;
        }
        attempts++;
        try {
          written = await this.#vault.replace(entry, payload);
          break;
        } catch (err) {
          unstored.error = (err as Error).message;
        }
      }
    } finally {
      await turn.done({ ok: true });
    }
    try {
      await this.#settle(entry, payload, config, written, waits);
      this.#logger.info({ subject, server, attempts }, "the refreshed tokens were stored after the store refused them");
    } catch {
      // Deleted or offboarded meanwhile: #settle logged it and revoked the tokens.
    }
  }

  /** After the write of refreshed tokens: the record written, or the outcome when it was not. */
  async #settle(entry: VaultEntry, payload: VaultPayload, config: UserConfig, written: VaultEntry | undefined, waits: RefreshWaits): Promise<VaultEntry> {
    const { subject, server } = entry;
    if (!written) {
      const now = await onStore(waits, this.#vault.readFresh(subject, server));
      if (now) {
        // A newer record (put again, or another refresher's): it stays, and ours is dropped.
        // Not revoked: at many providers revoking a refresh token ends the whole grant.
        this.#logger.info({ subject, server }, "the credential changed during the refresh; the newer record is kept");
        return now;
      }
      await this.#discard(entry, payload, config, "the credential was deleted during the refresh");
      throw new ReconnectRequiredError(`the credential of ${owner(subject, server)} was deleted while it was refreshed`);
    }
    // An offboarding that landed during the write may have listed the old record only.
    if (this.#offboardedSince(entry)) {
      await waits.store(this.#vault.delete(subject, server, written.rev)).catch(() => undefined);
      await this.#discard(entry, payload, config, "the subject was offboarded during the refresh");
      throw this.#offboarded(entry);
    }
    this.#blocked.delete(keyOf(subject, server));
    this.#logger.debug({ subject, server, expiresAtMs: written.payload.expiresAtMs }, "user token refreshed");
    return written;
  }

  #offboarded(entry: VaultEntry): ReconnectRequiredError {
    return new ReconnectRequiredError(`subject '${entry.subject}' was offboarded while its token on server '${entry.server}' was refreshed`);
  }

  /**
   * The turn as this process holds it: when the store refuses the write of its end, that is
   * written again in the background until it lands or the turn lapses by itself (`lapsesAt`) —
   * a turn left behind would make every replica wait for a refresh nobody is doing.
   */
  #held(turn: Extract<RefreshTurn, { mine: true }>, lapsesAt: number, waits: RefreshWaits): HeldTurn {
    return {
      failures: turn.failures,
      done: async (outcome) => {
        try {
          await waits.store(turn.done(outcome));
          return;
        } catch {
          // Written again below.
        }
        this.#track(
          (async () => {
            for (let attempt = 1; !this.#stop.signal.aborted && Date.now() < lapsesAt; attempt++) {
              await this.#pause(Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempt - 1), Math.max(0, lapsesAt - Date.now())));
              if (this.#stop.signal.aborted || Date.now() >= lapsesAt) return;
              try {
                await turn.done(outcome);
                return;
              } catch {
                // Again, until the turn lapses.
              }
            }
          })(),
        );
      },
    };
  }

  /** Keeps `work` for {@link drain}. */
  #track(work: Promise<void>): void {
    const tracked = work.catch(() => undefined);
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
  }

  /** Waits `ms`, or less once shutdown stops the retries. */
  async #pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.#stop.signal }).catch(() => undefined);
  }

  /** Whether the subject was offboarded since `entry` was written. */
  #offboardedSince(entry: VaultEntry): boolean {
    const at = this.#offboardedAt(entry.subject);
    return at !== undefined && at >= entry.updatedAtMs;
  }

  /** Revokes tokens that no record holds (never a value in the log). */
  async #discard(entry: VaultEntry, payload: VaultPayload, config: UserConfig, why: string): Promise<void> {
    const { revoked, problems } = this.#revocations
      ? await this.#revocations.revokeOrQueue(entry.subject, entry.server, payload)
      : await revokeUserTokens(config, entry.server, payload, this.#request);
    this.#logger.warn(
      { subject: entry.subject, server: entry.server, revoked, problems },
      `${why}; the new tokens were not stored, and ${problems.length === 0 ? "were revoked at the provider" : "are queued for revocation at the provider"}`,
    );
  }

  /** Resolves when (subject, server) changes, or after `ms`. */
  #changeOf(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.#waiters.get(key) ?? new Set();
      this.#waiters.set(key, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0) this.#waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiters.add(wake);
    });
  }
}

/** `work` marked as a wait on the store when it is one (a synchronous store answers at once). */
function onStore<T>(waits: RefreshWaits, work: MaybePromise<T>): MaybePromise<T> {
  return work instanceof Promise ? waits.store(work) : work;
}

function keyOf(subject: string, server: string): string {
  return JSON.stringify([subject, server]);
}
