/**
 * One issuer's signing keys: found through its discovery document (or named by the policy),
 * fetched with a deadline, kept in memory, and refetched when they are old or when a token
 * names a key the set does not hold (a rotation) — at most once per cooldown, so tokens with
 * made-up key ids cannot make the sidecar hammer the IdP.
 *
 * Why not jose's `createRemoteJWKSet`: it refetches on every call while the IdP is down
 * (each uncached token would wait out the timeout), and it drops keys once they pass their
 * maximum age even when the refetch fails. Here a failed fetch starts the cooldown too, and
 * keys past their age keep verifying while a refetch runs in the background or fails
 * (a key the IdP withdrew stops verifying once a refetch succeeds). That background refetch
 * is also started by hits of the verification cache ({@link JwksCache.refreshIfStale}), so
 * it happens while only cached tokens arrive. Key selection and import
 * are jose's (`createLocalJWKSet`).
 *
 * Withdrawing a key is an IdP's answer to its compromise, so it must stop the tokens already
 * verified under it too, not only new ones: {@link JwksCache.generation} advances when a
 * refetch drops or changes a key, and the verification cache drops what it verified under an
 * older generation. A refetch that only adds keys (a rotation announced ahead, the periodic
 * refetch) leaves it alone, so made-up key ids cannot make every cached token be verified again.
 *
 * A fetched set replaces the cached one only when it holds at least one usable verification
 * key (see {@link usableKeys}). A set that drops some keys is a rotation or a withdrawal and
 * is honoured; a set with none (`{"keys":[]}`, keys whose material does not import, keys only
 * for encryption) is what a broken IdP endpoint or a proxy answers, not a withdrawal of every
 * key — it counts as a failed fetch, like an HTTP 500 or a non-JSON body: the cached keys keep
 * verifying and the next try waits for the cooldown. Unusable members of a set that holds
 * usable ones are left out and reported ({@link JwksCacheOptions.onKeysSkipped}).
 */
import { createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import type { CryptoKey, createLocalJWKSet, FlattenedJWSInput, JSONWebKeySet, JWK, JWSHeaderParameters } from "jose";
import { jose } from "./jose-on-demand.js";
import { fetchJson as defaultFetchJson, IdpFetchError } from "./fetch-json.js";
import { idpUrlProblem } from "./oidc-schema.js";

/** Where one issuer's keys come from and how long they are trusted. */
export interface JwksSource {
  readonly issuer: string;
  /** Undefined: read from `<issuer>/.well-known/openid-configuration`. */
  readonly jwksUri: string | undefined;
  readonly timeoutMs: number;
  readonly cooldownMs: number;
  readonly maxAgeMs: number;
}

/** Injectable parts (tests) and hooks (logging). */
export interface JwksCacheOptions {
  readonly now?: () => number;
  readonly fetchJson?: (url: string, timeoutMs: number) => Promise<unknown>;
  /** A fetch failed (the message names the URL and cause; there is no secret in it). */
  readonly onFetchFailed?: (issuer: string, message: string) => void;
  /** Keys were fetched. */
  readonly onFetched?: (issuer: string, jwksUri: string, keys: number) => void;
  /** A fetched set that was used held members that are not usable verification keys (the message says which and why). */
  readonly onKeysSkipped?: (issuer: string, message: string) => void;
}

/** The issuer's keys could not be fetched and none are cached. */
export class KeysUnavailableError extends Error {
  override readonly name = "KeysUnavailableError";
}

/**
 * The key set (fetched again where the cooldown allowed) holds no key the token names.
 * `fetchFailed`: fetching it again failed, so the key may exist at the IdP (a rotation while
 * it is unreachable) and a later try may succeed.
 */
export class UnknownKeyError extends Error {
  override readonly name = "UnknownKeyError";
  readonly fetchFailed: boolean;

  constructor(message: string, options: { readonly fetchFailed?: boolean } = {}) {
    super(message);
    this.fetchFailed = options.fetchFailed ?? false;
  }
}

type LocalSet = ReturnType<typeof createLocalJWKSet>;

/**
 * The cached key set of one issuer.
 *
 * @example
 * ```ts
 * const keys = new JwksCache({ issuer, jwksUri: undefined, timeoutMs: 3000, cooldownMs: 30_000, maxAgeMs: 600_000 });
 * const { payload } = await jwtVerify(token, (header, jws) => keys.getKey(header, jws), { issuer });
 * ```
 */
export class JwksCache {
  readonly #source: JwksSource;
  readonly #now: () => number;
  readonly #fetchJson: (url: string, timeoutMs: number) => Promise<unknown>;
  readonly #options: JwksCacheOptions;
  #local: LocalSet | undefined;
  #fetchedAt = -Infinity;
  #attemptedAt = -Infinity;
  #lastError: string | undefined;
  #pending: Promise<void> | undefined;
  #discoveredUri: string | undefined;
  /** What identifies each key of the current set (see {@link keyIdentity}); undefined before the first fetch. */
  #keyIds: ReadonlySet<string> | undefined;
  #generation = 0;

  constructor(source: JwksSource, options: JwksCacheOptions = {}) {
    this.#source = source;
    this.#now = options.now ?? Date.now;
    this.#fetchJson = options.fetchJson ?? defaultFetchJson;
    this.#options = options;
  }

  /**
   * Advances each time a fetch replaces the key set with one that lacks a key it held (withdrawn,
   * or its material or parameters changed); never for keys only added. A verification made under
   * an older generation may rest on a withdrawn key and must be made again.
   */
  get generation(): number {
    return this.#generation;
  }

  /** Fetches the keys now unless they are cached or a fetch is under way (failures are reported to `onFetchFailed`). */
  async prefetch(): Promise<void> {
    if (this.#local || this.#coolingDown()) return this.#pending?.catch(() => undefined);
    await this.#refresh().catch(() => undefined);
  }

  /**
   * Starts a background refetch when the keys are past their maximum age (and no fetch is under
   * way or cooling down); returns at once, never throws. Called on each verification-cache hit:
   * otherwise, while only cached tokens arrive, nothing would fetch the keys and a withdrawn
   * key would go unnoticed. The fetch starts on a later turn of the event loop, so the hit
   * that called this pays nothing for it; once it lands, a withdrawal advances
   * {@link generation} and the next hit verifies its token again.
   *
   * @example
   * ```ts
   * keys.refreshIfStale(); // the cached answer is returned meanwhile
   * ```
   */
  refreshIfStale(): void {
    if (!this.#local || this.#pending || !this.#stale()) return;
    // Claimed now (one at a time), started after the caller's turn.
    this.#pending = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.#load())
      .finally(() => {
        this.#pending = undefined;
      });
    this.#pending.catch(() => undefined);
  }

  /** The key the token's header names; throws {@link UnknownKeyError} or {@link KeysUnavailableError}. */
  async getKey(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> {
    const { errors } = await jose();
    const local = this.#local ?? (await this.#firstLoad());
    if (this.#stale()) this.#refresh().catch(() => undefined);
    try {
      return await local(header, token);
    } catch (err) {
      if (!(err instanceof errors.JWKSNoMatchingKey)) throw err;
    }
    if (this.#pending) {
      await this.#pending.catch(() => undefined);
    } else if (this.#coolingDown()) {
      // The last fetch failed: the key may well be at the IdP (a rotation during its outage),
      // so this is "cannot tell now" (retry) for the whole cooldown, as it was for the call
      // that made the attempt — not "no such key", and not "fetched N ms ago".
      if (this.#lastError !== undefined) {
        throw new UnknownKeyError(
          `${this.#noKey(header)}, and fetching the keys again failed ${this.#age()} ago (tried again at most every ${this.#source.cooldownMs} ms): ${this.#lastError}`,
          { fetchFailed: true },
        );
      }
      throw new UnknownKeyError(
        `${this.#noKey(header)}; the keys were fetched ${this.#age()} ago and are fetched again at most every ${this.#source.cooldownMs} ms`,
      );
    } else {
      await this.#refresh().catch(() => undefined);
    }
    if (this.#lastError !== undefined)
      throw new UnknownKeyError(`${this.#noKey(header)}, and fetching the keys again failed: ${this.#lastError}`, { fetchFailed: true });
    try {
      return await this.#local!(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey) throw new UnknownKeyError(`${this.#noKey(header)}, also after fetching the keys again`);
      throw err;
    }
  }

  async #firstLoad(): Promise<LocalSet> {
    if (this.#pending) {
      await this.#pending.catch(() => undefined);
    } else if (this.#coolingDown() && this.#lastError !== undefined) {
      throw new KeysUnavailableError(`the signing keys of ${this.#source.issuer} are unavailable (last attempt ${this.#age()} ago: ${this.#lastError})`);
    } else {
      await this.#refresh().catch(() => undefined);
    }
    if (!this.#local) throw new KeysUnavailableError(`the signing keys of ${this.#source.issuer} are unavailable: ${this.#lastError ?? "no key set"}`);
    return this.#local;
  }

  /** Past the maximum age, and the cooldown allows a fetch. */
  #stale(): boolean {
    return this.#now() - this.#fetchedAt >= this.#source.maxAgeMs && !this.#coolingDown();
  }

  #coolingDown(): boolean {
    return this.#now() - this.#attemptedAt < this.#source.cooldownMs;
  }

  #age(): string {
    return `${Math.max(0, this.#now() - this.#attemptedAt)} ms`;
  }

  #noKey(header: JWSHeaderParameters): string {
    const kid = typeof header.kid === "string" ? `kid ${JSON.stringify(header.kid.slice(0, 128))}` : "no kid";
    return `no signing key of ${this.#source.issuer} matches the token (${kid}, alg ${String(header.alg).slice(0, 16)})`;
  }

  #refresh(): Promise<void> {
    this.#pending ??= this.#load().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  async #load(): Promise<void> {
    this.#attemptedAt = this.#now();
    const started = Date.now();
    const remaining = () => Math.max(1, this.#source.timeoutMs - (Date.now() - started));
    try {
      const jwksUri = this.#source.jwksUri ?? this.#discoveredUri ?? (await this.#discover(remaining()));
      const { keys, skipped } = usableKeys(await this.#fetchJson(jwksUri, remaining()), jwksUri);
      const local = (await jose()).createLocalJWKSet(keys);
      const ids = new Set(keys.keys.map(keyIdentity));
      // The new set and its generation are taken together (no await between them).
      if (this.#keyIds && [...this.#keyIds].some((id) => !ids.has(id))) this.#generation++;
      this.#keyIds = ids;
      this.#local = local;
      this.#fetchedAt = this.#now();
      this.#lastError = undefined;
      this.#options.onFetched?.(this.#source.issuer, jwksUri, keys.keys.length);
      if (skipped.length > 0) this.#options.onKeysSkipped?.(this.#source.issuer, `GET ${jwksUri}: ${describeSkipped(skipped)} left out`);
    } catch (err) {
      const message = err instanceof IdpFetchError ? err.message : `the key set is unusable: ${(err as Error).message}`;
      this.#lastError = message;
      // The discovery document may have moved the key set: read it again next time.
      this.#discoveredUri = undefined;
      this.#options.onFetchFailed?.(this.#source.issuer, message);
      throw new KeysUnavailableError(message);
    }
  }

  async #discover(timeoutMs: number): Promise<string> {
    const url = `${this.#source.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
    const doc = await this.#fetchJson(url, timeoutMs);
    const record = typeof doc === "object" && doc !== null ? (doc as Record<string, unknown>) : {};
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
    if (record.issuer !== this.#source.issuer) {
      throw new IdpFetchError(
        `the discovery document at ${url} names issuer ${JSON.stringify(String(record.issuer).slice(0, 200))}, not ${this.#source.issuer}`,
      );
    }
    const jwksUri = record.jwks_uri;
    const problem = typeof jwksUri === "string" ? idpUrlProblem(jwksUri, "its jwks_uri") : "it names no jwks_uri";
    if (problem) throw new IdpFetchError(`the discovery document at ${url} is unusable: ${problem}`);
    this.#discoveredUri = jwksUri as string;
    return this.#discoveredUri;
  }
}

/**
 * What a verification relied on of a key: its id, type, material and the parameters key
 * selection reads. Two fetches that give the same text have the same key.
 */
function keyIdentity(jwk: JWK): string {
  return JSON.stringify([jwk.kid, jwk.kty, jwk.alg, jwk.use, jwk.key_ops, jwk.crv, jwk.n, jwk.e, jwk.x, jwk.y]);
}

/** The least RSA modulus jose verifies with (RS*, PS*). */
const MIN_RSA_BITS = 2048;
/** Members of a JWK that only a private or secret key has. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k", "priv"] as const;

/** A key of a fetched set that is left out, and why. */
interface SkippedKey {
  readonly kid: string | undefined;
  readonly why: string;
}

/**
 * The verification keys of a fetched key set: public keys meant for signatures (`use` absent or
 * `sig`, `key_ops` absent or with `verify`) whose material imports (and, for RSA, has the 2048
 * bits jose requires). Secret (`oct`) and private members are left out, as is anything else
 * that could never verify a token. Throws an {@link IdpFetchError} when the answer is not a key
 * set or holds no usable key — a failed fetch: the keys cached from an earlier fetch are kept.
 */
function usableKeys(json: unknown, url: string): { keys: JSONWebKeySet; skipped: SkippedKey[] } {
  const members = typeof json === "object" && json !== null ? (json as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(members)) throw new IdpFetchError(`GET ${url} did not answer a JSON Web Key Set ({ "keys": [...] })`);
  const keys: JWK[] = [];
  const skipped: SkippedKey[] = [];
  for (const member of members) {
    const why = unusable(member);
    if (why === undefined) keys.push(member as JWK);
    else skipped.push({ kid: typeof (member as JWK | null)?.kid === "string" ? (member as JWK).kid : undefined, why });
  }
  if (keys.length === 0) {
    throw new IdpFetchError(
      members.length === 0
        ? `GET ${url} answered a key set with no keys`
        : `GET ${url} answered a key set with no usable verification key (${describeSkipped(skipped)})`,
    );
  }
  return { keys: { keys }, skipped };
}

/** Why a member of a key set cannot verify a token; undefined when it can. */
function unusable(member: unknown): string | undefined {
  if (typeof member !== "object" || member === null || Array.isArray(member)) return "not a JSON object";
  const jwk = member as JWK;
  if (typeof jwk.kty !== "string") return "no kty";
  if (jwk.kty === "oct") return "a secret (oct) key";
  if (PRIVATE_MEMBERS.some((name) => (jwk as Record<string, unknown>)[name] !== undefined)) return "it holds private key material";
  if (jwk.use !== undefined && jwk.use !== "sig") return `use ${JSON.stringify(String(jwk.use).slice(0, 16))}, not sig`;
  if (jwk.key_ops !== undefined && !(Array.isArray(jwk.key_ops) && jwk.key_ops.includes("verify"))) return "key_ops without verify";
  let imported: KeyObject;
  try {
    imported = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" });
  } catch {
    return `its ${String(jwk.kty).slice(0, 16)} key material does not import`;
  }
  const bits = imported.asymmetricKeyDetails?.modulusLength;
  if (jwk.kty === "RSA" && (bits === undefined || bits < MIN_RSA_BITS)) return `an RSA modulus of ${bits ?? 0} bits (at least ${MIN_RSA_BITS} are required)`;
  return undefined;
}

/** "2 keys: kid "a": why; kid "b": why" (the first few, each cut short). */
function describeSkipped(skipped: readonly SkippedKey[]): string {
  const shown = skipped
    .slice(0, 3)
    .map((k) => `${k.kid === undefined ? "a key without kid" : `kid ${JSON.stringify(k.kid.slice(0, 64))}`}: ${k.why}`)
    .join("; ");
  const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : "";
  return `${skipped.length} unusable key${skipped.length === 1 ? "" : "s"}: ${shown}${more}`;
}
