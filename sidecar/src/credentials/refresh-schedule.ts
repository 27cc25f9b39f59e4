/**
 * When a token is refreshed, and until when it may be served.
 *
 * A token is refreshed at about two thirds of its lifetime (jittered, so that many tokens
 * obtained together do not all go back to the provider at once), while it is still valid:
 * calls keep being served with it during the refresh. It is served only while it is valid for
 * longer than a safety margin — a tenth of its lifetime, at most 30 s — so that it does not
 * expire between the answer and the call downstream. After that, a token that could not be
 * refreshed is not served at all: never a stale token.
 *
 * A refreshable token whose provider gave no lifetime (`expires_in` is optional in RFC 6749)
 * is taken to live as long as the token it replaces did, or else {@link ASSUMED_LIFETIME_MS}:
 * with no expiry at all it would never be refreshed again, and once the provider expired it
 * the calls would fail until the user connected again.
 *
 * Lifetimes and expiry times are whole milliseconds and bounded: a lifetime at most
 * {@link MAX_LIFETIME_MS}, an expiry time at most {@link MAX_EPOCH_MS} — a provider's
 * fractional or absurd `expires_in` (3599.0001, 1e300) never reaches a record or an answer.
 */

const MAX_MARGIN_MS = 30_000;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/** The lifetime assumed for a refreshable token when neither its provider nor its predecessor says one: 1 hour. */
export const ASSUMED_LIFETIME_MS = 3_600_000;

/** The longest lifetime a token is taken to have, whatever its provider said: a year. */
export const MAX_LIFETIME_MS = 365 * 24 * 3_600_000;

/** The latest expiry time a record or an answer carries: the last millisecond a Date can hold. */
export const MAX_EPOCH_MS = 8_640_000_000_000_000;

/**
 * A Unix time in ms as records and answers carry it: whole, within 0 (unknown or none) and
 * {@link MAX_EPOCH_MS}. Anything else — a fraction, NaN, a negative, Infinity — is mapped there.
 *
 * @example
 * ```ts
 * epochMs(1_000.4); // 1000
 * epochMs(Number.NaN); // 0
 * ```
 */
export function epochMs(value: number): number {
  if (!(value > 0)) return 0;
  return Math.min(MAX_EPOCH_MS, Math.round(value));
}

/**
 * A stored token's expiry as it is served: {@link epochMs}, and at most
 * {@link MAX_LIFETIME_MS} after it was obtained (when that is known) — for records written
 * before lifetimes were bounded.
 *
 * @example
 * ```ts
 * storedExpiry(1_000, 1e303); // 1_000 + MAX_LIFETIME_MS
 * ```
 */
export function storedExpiry(obtainedAtMs: number, expiresAtMs: number): number {
  const at = epochMs(expiresAtMs);
  const obtained = epochMs(obtainedAtMs);
  return obtained > 0 && at > obtained + MAX_LIFETIME_MS ? obtained + MAX_LIFETIME_MS : at;
}

/**
 * When a token obtained at `obtainedAtMs` expires (whole Unix ms): its `expires_in` (seconds,
 * at most {@link MAX_LIFETIME_MS}) when the provider gave one; else the lifetime of `previous` (the token it replaces) when that is
 * known; else {@link ASSUMED_LIFETIME_MS}. Only for refreshable tokens: an early refresh of
 * those costs a provider request, whereas a token without a refresh token would be dropped.
 *
 * @example
 * ```ts
 * expiryOf(1_000, undefined, { obtainedAtMs: 0, expiresAtMs: 600_000 }); // 601_000
 * expiryOf(1_000, undefined); // 3_601_000
 * ```
 */
export function expiryOf(
  obtainedAtMs: number,
  expiresInSeconds: number | undefined,
  previous?: { readonly obtainedAtMs: number; readonly expiresAtMs: number },
): number {
  if (expiresInSeconds !== undefined && expiresInSeconds > 0) return epochMs(obtainedAtMs + Math.min(MAX_LIFETIME_MS, expiresInSeconds * 1000));
  const lifetime = previous && previous.expiresAtMs > 0 && previous.obtainedAtMs > 0 ? previous.expiresAtMs - previous.obtainedAtMs : 0;
  return epochMs(obtainedAtMs + (lifetime > 0 ? Math.min(MAX_LIFETIME_MS, lifetime) : ASSUMED_LIFETIME_MS));
}

/**
 * When to refresh a token obtained at `obtainedAtMs` that expires at `expiresAtMs`
 * (Infinity when its expiry is unknown: it is never refreshed ahead).
 *
 * @example
 * ```ts
 * refreshAt(0, 3_000, () => 0.5); // 2000
 * ```
 */
export function refreshAt(obtainedAtMs: number, expiresAtMs: number, random: () => number = Math.random): number {
  if (expiresAtMs <= 0) return Number.POSITIVE_INFINITY;
  const lifetime = Math.max(0, expiresAtMs - obtainedAtMs);
  return obtainedAtMs + lifetime * (2 / 3 + (random() - 0.5) / 15); // 2/3 ± 1/30
}

/**
 * Whether a token may still be served at `now`.
 *
 * @example
 * ```ts
 * servable(0, 10_000, 9_500); // false: within the last tenth of its life
 * ```
 */
export function servable(obtainedAtMs: number, expiresAtMs: number, now: number): boolean {
  if (expiresAtMs <= 0) return true;
  const margin = Math.min(MAX_MARGIN_MS, Math.max(0, expiresAtMs - obtainedAtMs) / 10);
  return now < expiresAtMs - margin;
}

/**
 * How long to wait after the `failures`-th consecutive failure: 1 s doubling up to 60 s,
 * with jitter (75–100 %).
 *
 * @example
 * ```ts
 * backoffMs(3, () => 1); // 4000
 * ```
 */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + 0.25 * random()));
}
