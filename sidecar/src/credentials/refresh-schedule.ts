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
 */

const MAX_MARGIN_MS = 30_000;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/** The lifetime assumed for a refreshable token when neither its provider nor its predecessor says one: 1 hour. */
export const ASSUMED_LIFETIME_MS = 3_600_000;

/**
 * When a token obtained at `obtainedAtMs` expires (Unix ms): its `expires_in` (seconds) when
 * the provider gave one; else the lifetime of `previous` (the token it replaces) when that is
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
  if (expiresInSeconds) return obtainedAtMs + expiresInSeconds * 1000;
  const lifetime = previous && previous.expiresAtMs > 0 && previous.obtainedAtMs > 0 ? previous.expiresAtMs - previous.obtainedAtMs : 0;
  return obtainedAtMs + (lifetime > 0 ? lifetime : ASSUMED_LIFETIME_MS);
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
