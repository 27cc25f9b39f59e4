/**
 * Produces the downstream credential of one call: what the policy's `credentials:` entry for
 * the real server says, for the caller's principal — a static secret from the vault (shared
 * or the subject's own), a client-credentials token, the user's OAuth 2 token (refreshed when
 * due), or the caller's IdP token exchanged (RFC 8693) — applied as headers and environment
 * variables. A server without an entry needs nothing: the credential is empty.
 *
 * Synchronous while everything is cached; the outcome of a failure is a reason and a message
 * for the caller (CREDENTIAL_REQUIRED with a connect link, or CREDENTIAL_UNAVAILABLE), never
 * a secret and never a stale token.
 *
 * A decision's waits on the vault's store (the record's read, a connect link's write, a user
 * token's refresh: its turn, the record's read, the new token's write) spend from its
 * {@link StateBudget} when it has one: with a hung Redis, Authorize with
 * `include_credential` answers within `--state-timeout` for all its waits together, not
 * within the token lookup's, then the vault read's, then the limits' deadlines in turn.
 */
import type { RevocationQueue } from "./revocation-queue.js";
import { createHash } from "node:crypto";
import { DeadlineError } from "../limits/deadline.js";
import type { CompiledPolicy, Principal } from "../policy/index.js";
import type { StateBudget } from "../state-budget.js";
import { applyCredential } from "./apply-credential.js";
import type { ConnectFlows } from "./connect-flow.js";
import type { CompiledServerCredential } from "./credential-schema.js";
import { hasControlCharacter } from "./credential-value.js";
import { configFingerprint } from "./config-fingerprint.js";
import { andThen, attempt, type MaybePromise } from "./maybe-async.js";
import { OAuthError, requestToken, type RequestOptions } from "./oauth-client.js";
import { TokenCache, TokenUnavailableError, type HeldToken } from "./token-cache.js";
import { ReconnectRequiredError, RefreshFailedError, UserTokens } from "./user-tokens.js";
import { owner, type Vault, type VaultEntry } from "./vault.js";
import { VaultRecordError } from "./vault-seal.js";
import type { Logger } from "../logger.js";

/**
 * Where a produced credential came from, for the audit record (never the value): `none` (the
 * server takes no credential), `vault` (a stored secret or access token, as stored),
 * `refreshed` (a user's access token refreshed while this call waited), `cached` (a
 * client-credentials or exchanged token obtained earlier), `requested` (a client-credentials
 * token obtained while this call waited), `exchanged` (the caller's IdP token exchanged while
 * this call waited).
 *
 * @example
 * ```ts
 * if (outcome.ok && outcome.source === "refreshed") record.attrs.credentialSource = "refreshed";
 * ```
 */
export type CredentialSource = "none" | "vault" | "refreshed" | "cached" | "requested" | "exchanged";

/** A credential and how to present it. Never logged. */
export interface ProducedCredential {
  readonly headers: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  /** Unix ms; 0 when unknown or never. */
  readonly expiresAtMs: number;
  /** The real server it is for. */
  readonly server: string;
}

/** The credential, or why there is none. */
export type CredentialOutcome =
  | {
      readonly ok: true;
      readonly credential: ProducedCredential;
      /** Where it came from, for the audit record (absent from outcomes made elsewhere). */
      readonly source?: CredentialSource | undefined;
    }
  | {
      readonly ok: false;
      /**
       * `required`: the user must connect an account (or an admin put a secret); `unavailable`:
       * it cannot be produced now; `expired`: it is exchanged for the caller's IdP token, which
       * has expired (the caller must get a fresh one).
       */
      readonly problem: "required" | "unavailable" | "expired";
      readonly message: string;
      readonly connectUrl?: string | undefined;
    };

/** What the vault-dependent parts answer while the vault is off. */
export const VAULT_OFF =
  "the credential vault is off: start the sidecar with --vault-key-file FILE or the environment variable PORTCULLIS_VAULT_KEY (32 random bytes, base64 or hex)";

/** The parts a broker works with; `vault` is absent when no key was given. */
export interface BrokerParts {
  readonly vault: Vault | undefined;
  readonly connect: ConnectFlows | undefined;
  readonly logger: Logger;
  readonly request?: RequestOptions | undefined;
  /** When a subject was offboarded (Unix ms), if it was: a refresh that ends after it stores nothing. */
  readonly offboardedAt?: ((subject: string) => number | undefined) | undefined;
  /** Where the tokens of such a refresh go when their revocation is not confirmed. */
  readonly revocations?: RevocationQueue | undefined;
}

/**
 * Produces credentials for calls.
 *
 * @example
 * ```ts
 * const outcome = await broker.produce(policy, principal, "jira", req.token);
 * if (outcome.ok) outcome.credential.headers; // { authorization: "Bearer …" }
 * ```
 */
export class CredentialBroker {
  readonly tokens: TokenCache;
  readonly #parts: BrokerParts;
  readonly #users: UserTokens | undefined;

  constructor(parts: BrokerParts) {
    this.#parts = parts;
    this.tokens = new TokenCache(parts.logger);
    this.#users = parts.vault
      ? new UserTokens(parts.vault, parts.logger, { request: parts.request, offboardedAt: parts.offboardedAt, revocations: parts.revocations })
      : undefined;
  }

  /**
   * Waits for users' token refreshes in flight, and the writes of their new tokens, at most
   * `timeoutMs` (shutdown: a rotated refresh token must reach the vault before the store closes).
   */
  async drain(timeoutMs: number): Promise<void> {
    await this.#users?.drain(timeoutMs);
  }

  /**
   * The credential `principal` presents to the real `server`; `presented` is the caller's own
   * token (for token exchange). Waits on the vault's store at most what is left of `budget`
   * (the decision's wait on shared state), when given.
   */
  produce(policy: CompiledPolicy, principal: Principal, server: string, presented: string, budget?: StateBudget): MaybePromise<CredentialOutcome> {
    const config = policy.credentials.get(server);
    if (!config) return { ok: true, credential: { headers: {}, env: {}, expiresAtMs: 0, server }, source: "none" };
    return attempt(
      () => this.#produce(config, principal, presented, budget),
      (err) => (err instanceof ReconnectRequiredError ? this.#connect(server, principal.subject, err.message, budget) : unavailable(err, config)),
    );
  }

  #produce(config: CompiledServerCredential, principal: Principal, presented: string, budget: StateBudget | undefined): MaybePromise<CredentialOutcome> {
    const done = (held: HeldToken, source: CredentialSource): CredentialOutcome => {
      // A record put before control characters were refused at PutCredential: never applied.
      if (hasControlCharacter(held.token)) {
        return {
          ok: false,
          problem: "unavailable",
          message: `the credential for server '${config.server}' holds a control character and cannot be presented; put it again`,
        };
      }
      return { ok: true, credential: { ...applyCredential(config.apply, held.token), expiresAtMs: held.expiresAtMs, server: config.server }, source };
    };
    // A token the cache or the vault has at hand comes back synchronously; a promise means it
    // was obtained (refreshed, requested, exchanged) for this call — what the audit record says.
    const via = (held: MaybePromise<HeldToken>, ready: CredentialSource, obtained: CredentialSource) =>
      andThen(held, (token) => done(token, held instanceof Promise ? obtained : ready));
    switch (config.type) {
      case "static":
        return this.#fromVault(config, config.perUser ? principal.subject : "", budget, (entry) =>
          done({ token: entry.payload.secret, expiresAtMs: entry.payload.expiresAtMs }, "vault"),
        );
      case "oauth2-user":
        return this.#fromVault(config, principal.subject, budget, (entry) => via(this.#users!.token(entry, config, budget), "vault", "refreshed"));
      case "oauth2-client-credentials": {
        const { oauth } = config;
        return via(
          this.tokens.get({ grant: "client-credentials", server: config.server, config: configFingerprint(config) }, () =>
            requestToken(oauth, grantParams("client_credentials", oauth), [], this.#parts.request),
          ),
          "cached",
          "requested",
        );
      }
      case "token-exchange": {
        if (principal.kind !== "idp") {
          return {
            ok: false,
            problem: "unavailable",
            message: `server '${config.server}' takes a token exchanged for the caller's IdP token (${config.path}), but the caller authenticated with a ${principal.kind ?? "static"} token; call with the IdP token (JWT)`,
          };
        }
        // The verifier's clock skew lets a token just past its exp through, for clocks that
        // differ — not to mint credentials from it: the exchanged token, capped at the
        // caller's expiry, would be expired at issue and exchanged anew on every call.
        const expiresAtMs = principal.expiresAtMs;
        if (expiresAtMs !== undefined && Date.now() >= expiresAtMs) {
          return {
            ok: false,
            problem: "expired",
            message: `server '${config.server}' takes a token exchanged for the caller's IdP token (${config.path}), and that token expired at ${new Date(expiresAtMs).toISOString()}; nothing is exchanged for an expired token (the clock skew only lets it finish calls that need no new credential): get a fresh token from the IdP and call again`,
          };
        }
        const params = {
          ...grantParams("urn:ietf:params:oauth:grant-type:token-exchange", config.oauth),
          subject_token: presented,
          subject_token_type: config.subjectTokenType,
          ...(config.requestedTokenType ? { requested_token_type: config.requestedTokenType } : {}),
        };
        // One exchanged token per presented token, never outliving it (see token-cache.ts).
        const owner = {
          grant: "token-exchange",
          server: config.server,
          subject: principal.subject,
          presented: createHash("sha256").update(presented).digest("hex"),
          notAfterMs: expiresAtMs,
          config: configFingerprint(config),
        } as const;
        return via(
          this.tokens.get(owner, () => requestToken(config.oauth, params, [presented], this.#parts.request)),
          "cached",
          "exchanged",
        );
      }
    }
  }

  #fromVault(
    config: CompiledServerCredential,
    subject: string,
    budget: StateBudget | undefined,
    use: (entry: VaultEntry) => MaybePromise<CredentialOutcome>,
  ): MaybePromise<CredentialOutcome> {
    const vault = this.#parts.vault;
    if (!vault) return { ok: false, problem: "unavailable", message: `server '${config.server}' takes a credential from the vault, but ${VAULT_OFF}` };
    const read = vault.read(subject, config.server);
    // A cached record costs no wait; a store read is charged to the decision's budget.
    return andThen(read instanceof Promise && budget ? budget.wait(read) : read, (entry) => {
      if (!entry) return this.#missing(config, subject, budget);
      if (entry.kind !== (config.type === "static" ? "static" : "oauth2-user")) {
        return {
          ok: false,
          problem: "unavailable",
          message: `the vault holds a ${entry.kind} credential for ${owner(subject, config.server)}, but the policy says ${config.type} (${config.path}); put a matching one`,
        };
      }
      return use(entry);
    });
  }

  #missing(config: CompiledServerCredential, subject: string, budget: StateBudget | undefined): MaybePromise<CredentialOutcome> {
    if (config.type === "oauth2-user")
      return this.#connect(config.server, subject, `subject '${subject}' has not connected an account on server '${config.server}' yet`, budget);
    if (subject === "") {
      return {
        ok: false,
        problem: "unavailable",
        message: `no shared credential for server '${config.server}' in the vault; an admin puts one with PutCredential (empty subject)`,
      };
    }
    return {
      ok: false,
      problem: "required",
      message: `no credential of subject '${subject}' for server '${config.server}' in the vault; an admin puts one with PutCredential`,
    };
  }

  #connect(server: string, subject: string, why: string, budget: StateBudget | undefined): Promise<CredentialOutcome> {
    const flows = this.#parts.connect;
    const made = flows ? flows.link(subject, server) : Promise.resolve(undefined);
    // A new link is written to the vault's store: a wait on shared state like the record's read.
    const link = flows && budget ? budget.wait(made) : made;
    return link.then(
      (connectUrl): CredentialOutcome =>
        connectUrl
          ? { ok: false, problem: "required", message: `${why}: open connect_url in a browser to connect it, then retry`, connectUrl }
          : {
              ok: false,
              problem: "required",
              message: `${why}, and this sidecar has no URL for a connect link: give it its public URL (\`portcullis serve --public-url\`, or \`publicUrl:\` in a gateway file)`,
            },
      (err: unknown): CredentialOutcome => ({
        ok: false,
        problem: "unavailable",
        message: `${why}, and no connect link could be made (${err instanceof DeadlineError ? stateTimeoutText(err, "write") : (err as Error).message}); retry`,
      }),
    );
  }
}

function grantParams(
  grantType: string,
  oauth: { scopes: readonly string[]; audience: string | undefined; resource: string | undefined },
): Record<string, string> {
  const params: Record<string, string> = { grant_type: grantType };
  if (oauth.scopes.length > 0) params.scope = oauth.scopes.join(" ");
  if (oauth.audience) params.audience = oauth.audience;
  if (oauth.resource) params.resource = oauth.resource;
  return params;
}

function unavailable(err: unknown, config: CompiledServerCredential): CredentialOutcome {
  const what = `the credential for server '${config.server}' cannot be produced`;
  if (err instanceof VaultRecordError) return { ok: false, problem: "unavailable", message: `${what}: ${err.message}` };
  const known = err instanceof RefreshFailedError || err instanceof TokenUnavailableError || err instanceof OAuthError;
  const cause = known
    ? (err as Error).message
    : err instanceof DeadlineError
      ? stateTimeoutText(err, "read")
      : `the vault's store did not answer (${(err as Error).message})`;
  return { ok: false, problem: "unavailable", message: `${what}: ${cause}; retry later` };
}

/** Why a wait on the vault's store ended: the decision's budget for shared state ran out. */
function stateTimeoutText(err: DeadlineError, what: "read" | "write"): string {
  return `the vault's store (Redis) did not answer the credential's ${what} within the decision's state timeout (${err.ms} ms, --state-timeout, for all of a decision's waits on shared state together)`;
}
