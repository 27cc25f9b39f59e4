/**
 * Tokens a replica obtains for itself and keeps in memory: OAuth 2 client-credentials tokens
 * (one per server) and RFC 8693 exchanged tokens (one per presented subject token and
 * server). Nothing of them is stored: each replica asks the provider on its own, which is
 * harmless for grants that rotate nothing.
 *
 * Both are keyed by a fingerprint of the server's credential entry too (token URL, client,
 * scopes, audience, resource, …): after a policy reload that changes any of them, the next
 * call obtains a token under the new entry; the old one is no longer served.
 *
 * An exchanged token is keyed by a hash of the subject token it was exchanged for, not by
 * the subject alone: a caller gets only what its own token was exchanged for (another token
 * of the same subject — other scopes, another audience, a later `iat` — is exchanged anew),
 * and it is served no longer than that token lives (`notAfterMs`, the caller's expiry).
 *
 * A token is served from memory until about two thirds of its lifetime; then one request
 * refreshes it in the background while calls keep getting the still-valid token; once the
 * token is too close to expiry, calls wait for the new one. Failures back off (1 s doubling
 * to 60 s); during a backoff a call that has no servable token fails at once, with the last
 * failure's message, instead of going to the provider again.
 */
import { foldSubject } from "../identity/subject-deny-list.js";
import { BoundedMap } from "../limits/bounded-map.js";
import type { Logger } from "../logger.js";
import type { MaybePromise } from "./maybe-async.js";
import type { TokenResponse } from "./oauth-client.js";
import { backoffMs, expiryOf, refreshAt, servable } from "./refresh-schedule.js";

/** A token ready to present. Never logged. */
export interface HeldToken {
  readonly token: string;
  /** Unix ms; 0 when the provider gave no lifetime. */
  readonly expiresAtMs: number;
}

/** A failure while there was no token to serve; the message holds no secret. */
export class TokenUnavailableError extends Error {
  override readonly name = "TokenUnavailableError";
}

/** Whose token it is. */
export interface TokenOwner {
  readonly grant: "client-credentials" | "token-exchange";
  readonly server: string;
  /** For tokens that act for a subject (token exchange). */
  readonly subject?: string | undefined;
  /** For exchanged tokens: the SHA-256 (hex) of the subject token presented. */
  readonly presented?: string | undefined;
  /**
   * The fingerprint of the server's credential entry (see config-fingerprint.ts): a reload
   * that changes the provider, the client or the scopes keys a new token.
   */
  readonly config?: string | undefined;
  /**
   * When the token stops being served (Unix ms; the caller's own token's expiry): the
   * expiry handed out is never later. Absent: the provider's lifetime alone.
   */
  readonly notAfterMs?: number | undefined;
}

interface Entry {
  readonly owner: TokenOwner;
  /** `expiresAtMs` is what is handed out; `validUntil` what the provider said (0: unknown). */
  current: (HeldToken & { readonly validUntil: number; readonly obtainedAtMs: number; readonly refreshAt: number }) | undefined;
  /** The last token obtained, served or not: its lifetime stands in for a provider that gives none. */
  last?: { readonly validUntil: number; readonly obtainedAtMs: number } | undefined;
  inflight: Promise<HeldToken> | undefined;
  failures: number;
  nextAttemptAt: number;
  lastError: string | undefined;
}

/**
 * Per-replica token cache.
 *
 * @example
 * ```ts
 * const held = tokens.get({ grant: "client-credentials", server }, () => requestToken(oauth, { grant_type: "client_credentials" }, []));
 * ```
 */
export class TokenCache {
  readonly #entries = new BoundedMap<string, Entry>(50_000);
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** The token of `owner`, obtaining it with `obtain` when none is servable. */
  get(owner: TokenOwner, obtain: () => Promise<TokenResponse>): MaybePromise<HeldToken> {
    const now = Date.now();
    const key = JSON.stringify([owner.grant, owner.server, owner.subject ?? "", owner.presented ?? "", owner.config ?? ""]);
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = { owner, current: undefined, inflight: undefined, failures: 0, nextAttemptAt: 0, lastError: undefined };
      this.#entries.set(key, entry);
    }
    // Past the caller's own expiry nothing is served (its token no longer authenticates anyway).
    const current = owner.notAfterMs !== undefined && now >= owner.notAfterMs ? undefined : entry.current;
    if (current && now < current.refreshAt) return current;
    if (current && servable(current.obtainedAtMs, current.validUntil, now)) {
      if (!entry.inflight && now >= entry.nextAttemptAt) {
        this.#refresh(entry, obtain).catch((err: unknown) => {
          this.#logger.warn(
            { grant: owner.grant, server: owner.server, subject: owner.subject, err: (err as Error).message },
            "background token refresh failed; the current token is served while it is valid",
          );
        });
      }
      return current;
    }
    entry.current = undefined;
    if (entry.inflight) return entry.inflight;
    if (now < entry.nextAttemptAt) {
      const wait = Math.ceil((entry.nextAttemptAt - now) / 1000);
      throw new TokenUnavailableError(`${entry.lastError ?? "the last attempt failed"}; next attempt in ${wait} s`);
    }
    return this.#refresh(entry, obtain);
  }

  /**
   * Forgets every token of `subject` under any form that folds to the same (offboarding, like
   * the deny-list); the number forgotten.
   */
  forgetSubject(subject: string): number {
    const folded = foldSubject(subject);
    let forgotten = 0;
    for (const [key, entry] of this.#entries.entries()) {
      if (entry.owner.subject !== undefined && foldSubject(entry.owner.subject) === folded && this.#entries.delete(key)) forgotten++;
    }
    return forgotten;
  }

  #refresh(entry: Entry, obtain: () => Promise<TokenResponse>): Promise<HeldToken> {
    const started = Date.now();
    const inflight = obtain().then(
      (response) => {
        // A provider that gives no lifetime (RFC 6749 allows it): the lifetime of the token this
        // replaces, else an hour — with none the token was served until the sidecar restarted,
        // long after the provider had expired it.
        const previous = entry.current ?? entry.last;
        const validUntil = expiryOf(started, response.expiresIn, previous && { obtainedAtMs: previous.obtainedAtMs, expiresAtMs: previous.validUntil });
        // Refreshed and served by the provider's lifetime (the token is valid that long), but
        // handed out with the caller's expiry when that comes first.
        const cap = entry.owner.notAfterMs;
        const expiresAtMs = cap === undefined ? validUntil : validUntil === 0 ? cap : Math.min(validUntil, cap);
        entry.current = {
          token: response.accessToken,
          expiresAtMs,
          validUntil,
          obtainedAtMs: started,
          refreshAt: refreshAt(started, validUntil),
        };
        entry.last = entry.current;
        entry.failures = 0;
        entry.nextAttemptAt = 0;
        entry.lastError = undefined;
        return { token: response.accessToken, expiresAtMs };
      },
      (err: unknown) => {
        entry.failures++;
        entry.nextAttemptAt = Date.now() + backoffMs(entry.failures);
        entry.lastError = (err as Error).message;
        throw err;
      },
    );
    entry.inflight = inflight;
    void inflight.then(
      () => (entry.inflight = undefined),
      () => (entry.inflight = undefined),
    );
    return inflight;
  }
}
