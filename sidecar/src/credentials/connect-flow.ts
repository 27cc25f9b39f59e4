/**
 * Connecting a user's account (OAuth 2 authorization code with PKCE, served by the sidecar):
 * a call to an `oauth2-user` server without the user's credential is denied with a connect
 * link; the user opens it, approves at the provider, and the tokens land in the vault.
 *
 * - `GET /oauth/connect/{handle}` — the link. The handle is unguessable (256 bits), bound to
 *   one subject and server, lives 10 minutes and is used up by the connection it completes.
 *   Opening it starts nothing: it shows a confirmation page naming the subject and the server,
 *   with a form that posts back a CSRF token — random, single-use, bound to the link in the
 *   store, and also set as a `SameSite=Strict; HttpOnly` cookie scoped to the link's path.
 * - `POST /oauth/connect/{handle}` — the confirmation. The form's token must match the cookie
 *   (compared in constant time) and be one the store issued for this link. Only then a flow
 *   starts: a fresh `state`, a PKCE verifier (S256), and a cookie that ties the flow to this
 *   browser; then a redirect (303) to the provider's authorize URL.
 * - `GET /oauth/callback` — the provider's redirect. The cookie must match (a callback from
 *   another browser uses nothing up); then the state is taken, single-use; the code is
 *   exchanged with the verifier; the tokens are sealed into the vault; the
 *   page says to close the tab and retry.
 *
 * Why the confirmation: were the GET to redirect at once, any page (an image, a link in a
 * chat) could send a browser that is signed in at the provider through the flow — a person
 * who opens someone else's link would connect their own account to that someone's subject
 * without ever being asked (login CSRF). The page says whose subject the account will act for,
 * and a page on another site can neither read the token nor send the cookie with its POST.
 *
 * Offboarding ends what was handed out before it: a link made, or a sign-in started, before
 * its subject was offboarded connects nothing — else a sign-in in progress at the provider
 * would store a fresh refresh token after offboarding had deleted and revoked the others. An
 * offboarding that lands while the code is exchanged is caught after the exchange and after
 * the write: the new tokens are deleted and revoked at the provider (RFC 7009), not kept.
 *
 * Every callback that reaches a known flow leaves an audit record through the
 * {@link ConnectRecorder} (who, which server, connected or why not; never a code, a state, a
 * verifier or a token). A connection whose record cannot be written is not made: refused
 * before the code is exchanged while the trail refuses records, undone (deleted, revoked at the
 * provider) when its record fails after the write — unless the policy's `audit.onUnavailable`
 * is `allow`, which the recorder applies.
 *
 * Flow state lives in the vault's store (Redis for a fleet, so any replica can finish a flow
 * another started), sealed under the vault key. Nothing a page shows or a log line says holds
 * a code, a verifier or a token.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readBody, type HttpRequest, type HttpResponse, type HttpRoute } from "../http/index.js";
import { BoundedMap } from "../limits/bounded-map.js";
import type { Logger } from "../logger.js";
import type { CompiledPolicy } from "../policy/index.js";
import type { CompiledServerCredential } from "./credential-schema.js";
import { expiryOf } from "./refresh-schedule.js";
import { OAuthError, requestToken, type RequestOptions } from "./oauth-client.js";
import { revokeUserTokens } from "./provider-revocation.js";
import type { RevocationQueue } from "./revocation-queue.js";
import type { Vault, VaultPayload } from "./vault.js";

/** Options of {@link ConnectFlows}. */
export interface ConnectFlowOptions {
  readonly vault: Vault;
  readonly policies: { readonly current: CompiledPolicy };
  readonly logger: Logger;
  /** The sidecar's URL as the user's browser reaches it; default: the listen address. */
  readonly publicUrl?: string | undefined;
  /** How long a link and a started flow live (default 10 minutes). */
  readonly ttlMs?: number | undefined;
  readonly request?: RequestOptions | undefined;
  /** When `subject` was offboarded (Unix ms), or undefined when it was not. */
  readonly offboardedAt?: ((subject: string) => number | undefined) | undefined;
  /** Where tokens nobody may keep go when the provider does not confirm their revocation. */
  readonly revocations?: RevocationQueue | undefined;
}

/** How one callback of a known flow ended, as the audit trail records it. */
export interface ConnectEvent {
  readonly subject: string;
  readonly server: string;
  /** `connected`: the account's tokens are in the vault; `refused`: by the provider or because of an offboarding; `failed`: the exchange or the write failed. */
  readonly outcome: "connected" | "refused" | "failed";
  /** Why, when not connected (never a code, a state or a token). */
  readonly message?: string | undefined;
}

/**
 * Where the connect flow's outcomes are recorded (the sidecar's audit trail).
 *
 * @example
 * ```ts
 * flows.recorder = {
 *   refusal: () => trail.refusal(policies.current)?.rawMessage,
 *   record: (event) => trail.record(policies.current, connectAccountRecord(policies.current, event)),
 * };
 * ```
 */
export interface ConnectRecorder {
  /** Why no connection may be made now (its record could not be taken), or undefined. */
  refusal(): string | undefined;
  /** Records an outcome; throws or rejects when the record cannot be taken and that must stop the connection. */
  record(event: ConnectEvent): void | Promise<void>;
}

interface LinkState {
  readonly subject: string;
  readonly server: string;
  /** When the link was made (Unix ms); absent in links made before this was recorded. */
  readonly createdAtMs?: number;
}

interface FlowState extends LinkState {
  readonly handle: string;
  readonly verifier: string;
  /** SHA-256 of the browser cookie's value. */
  readonly browser: string;
}

type UserConfig = Extract<CompiledServerCredential, { type: "oauth2-user" }>;

const PREFIX = "/oauth/";
const CONNECT = "/oauth/connect/";
const CALLBACK = "/oauth/callback";
/** The confirmation form's body: one token field (a little room for what browsers add). */
const MAX_FORM_BYTES = 1024;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** A link is handed out again while it has at least this long to live. */
const REUSE_MARGIN_MS = 2 * 60_000;

/**
 * Connect links and the HTTP route that serves them.
 *
 * @example
 * ```ts
 * const flows = new ConnectFlows({ vault, policies, logger, publicUrl: "https://portcullis.example.com" });
 * httpRoutes.push(flows.route);
 * const url = await flows.link("alice", "jira");
 * ```
 */
export class ConnectFlows {
  readonly route: HttpRoute;
  /** Where outcomes are recorded; unset: nowhere (no audit trail). */
  recorder: ConnectRecorder | undefined;
  readonly #vault: Vault;
  readonly #policies: { readonly current: CompiledPolicy };
  readonly #logger: Logger;
  readonly #ttlMs: number;
  readonly #request: RequestOptions;
  readonly #offboardedAt: (subject: string) => number | undefined;
  readonly #revocations: RevocationQueue | undefined;
  #baseUrl: string | undefined;
  readonly #links = new BoundedMap<string, { handle: string; expiresAt: number }>(10_000);

  constructor(options: ConnectFlowOptions) {
    this.#vault = options.vault;
    this.#policies = options.policies;
    this.#logger = options.logger;
    this.#ttlMs = options.ttlMs ?? 10 * 60_000;
    this.#request = options.request ?? {};
    this.#offboardedAt = options.offboardedAt ?? (() => undefined);
    this.#revocations = options.revocations;
    this.#baseUrl = options.publicUrl?.replace(/\/+$/, "");
    this.route = { prefix: PREFIX, handle: (req, res) => this.#handle(req, res) };
    // A changed credential ends the links handed out for it (a connection used one up).
    this.#vault.onChange((subject, server) => this.#links.delete(JSON.stringify([subject, server])));
  }

  /** Sets the listen address as the base of links, unless a public URL was given. */
  useListenUrl(url: string): void {
    this.#baseUrl ??= url.replace(/\/+$/, "");
  }

  /** The connect link for (subject, server), or undefined when the sidecar has no URL. */
  async link(subject: string, server: string): Promise<string | undefined> {
    if (this.#baseUrl === undefined) return undefined;
    const key = JSON.stringify([subject, server]);
    const now = Date.now();
    const known = this.#links.get(key);
    if (known && known.expiresAt - now > REUSE_MARGIN_MS && !this.#offboardedSince(subject, known.expiresAt - this.#ttlMs)) return this.#url(known.handle);
    const handle = randomToken();
    const state: LinkState = { subject, server, createdAtMs: now };
    await this.#vault.store.putPending(`connect:${handle}`, this.#vault.sealNote(`connect:${handle}`, JSON.stringify(state)), this.#ttlMs);
    this.#links.set(key, { handle, expiresAt: now + this.#ttlMs });
    return this.#url(handle);
  }

  /** Why a link of `subject` made at `createdAtMs` is void (offboarded since), or undefined. */
  #offboardedSince(subject: string, createdAtMs = 0): string | undefined {
    const offboardedAtMs = this.#offboardedAt(subject);
    if (offboardedAtMs === undefined || offboardedAtMs < createdAtMs) return undefined;
    return `Subject '${subject}' was offboarded after this link was made, so it connects no account.`;
  }

  #url(handle: string): string {
    return `${this.#baseUrl}${PREFIX}connect/${handle}`;
  }

  async #handle(req: HttpRequest, res: HttpResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://sidecar");
    const isConnect = url.pathname.startsWith(CONNECT);
    const allowed = isConnect ? ["GET", "POST"] : ["GET"];
    if (!allowed.includes(req.method ?? "")) {
      return page(res, 405, "Method not allowed", "Open the link in a browser.", { allow: allowed.join(", ") });
    }
    try {
      if (isConnect) {
        const handle = url.pathname.slice(CONNECT.length);
        return req.method === "POST" ? await this.#begin(handle, req, res) : await this.#confirm(handle, res);
      }
      if (url.pathname === CALLBACK) return await this.#finish(url.searchParams, req.headers.cookie, res);
    } catch (err) {
      // The path holds the link's handle: logged as its route only.
      this.#logger.error({ err: (err as Error).message, route: url.pathname === CALLBACK ? "callback" : "connect" }, "connect flow failed");
      return page(res, 503, "Try again", "The account could not be connected right now. Retry the tool call for a new link.");
    }
    return page(res, 404, "Not found", "There is nothing here.");
  }

  /** The link's state, or the page that says why it cannot be used (already sent). */
  async #usableLink(handle: string, res: HttpResponse): Promise<{ link: LinkState; config: UserConfig } | undefined> {
    const sealed = TOKEN.test(handle) ? await this.#vault.store.peekPending(`connect:${handle}`) : undefined;
    const link = sealed && parse<LinkState>(this.#vault.openNote(`connect:${handle}`, sealed));
    if (!link) {
      page(res, 410, "Link expired", "This connect link has expired or was already used. Retry the tool call for a new link.");
      return undefined;
    }
    const offboarded = this.#offboardedSince(link.subject, link.createdAtMs);
    if (offboarded) {
      page(res, 403, "Offboarded", offboarded);
      return undefined;
    }
    const config = this.#policies.current.credentials.get(link.server);
    if (config?.type !== "oauth2-user" || this.#baseUrl === undefined) {
      page(res, 409, "Not connectable", `Server '${link.server}' no longer takes a connected account (see the policy's credentials section).`);
      return undefined;
    }
    return { link, config };
  }

  /** GET on the link: a page that asks, and a CSRF token for its form; nothing starts yet. */
  async #confirm(handle: string, res: HttpResponse): Promise<void> {
    const usable = await this.#usableLink(handle, res);
    if (!usable) return;
    const { subject, server } = usable.link;
    const csrf = randomToken();
    // Single-use and bound to this link: the store knows which link each token was made for.
    await this.#vault.store.putPending(`csrf:${sha256(csrf)}`, this.#vault.sealNote(`csrf:${handle}`, handle), this.#ttlMs);
    const cookie = `${csrfCookieName(csrf)}=${csrf}; Path=${CONNECT}${handle}; Max-Age=${Math.floor(this.#ttlMs / 1000)}; HttpOnly; SameSite=Strict${this.#secure()}`;
    const body =
      `<p>Connect your account on server <strong>${escapeHtml(server)}</strong> for subject <strong>${escapeHtml(subject)}</strong>?</p>` +
      `<p>The agents and tools of subject <strong>${escapeHtml(subject)}</strong> will act on '${escapeHtml(server)}' as you. ` +
      "If you did not ask for this link, or it names someone else, close this tab.</p>" +
      `<form method="post"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}"><button type="submit">Connect</button></form>`;
    pageHtml(res, 200, "Connect an account", body, { "set-cookie": cookie });
  }

  /** POST from the confirmation page: checks its token, then starts the flow at the provider. */
  async #begin(handle: string, req: HttpRequest, res: HttpResponse): Promise<void> {
    // A browser says when a form comes from another site: refused before anything is read.
    if (req.headers["sec-fetch-site"] === "cross-site") return page(res, 403, "Not confirmed", "Confirm on the page the connect link opens.");
    let form: URLSearchParams;
    try {
      form = new URLSearchParams(await readBody(req, MAX_FORM_BYTES));
    } catch {
      return page(res, 413, "Not confirmed", "The form is too large. Open the connect link again.");
    }
    const csrf = form.get("csrf") ?? "";
    const cookie = TOKEN.test(csrf) ? cookieValue(req.headers.cookie, csrfCookieName(csrf)) : undefined;
    const matches = cookie !== undefined && sameHash(sha256(cookie), sha256(csrf));
    const issued = matches && TOKEN.test(handle) ? await this.#vault.store.takePending(`csrf:${sha256(csrf)}`) : undefined;
    const boundTo = issued === undefined ? undefined : this.#vault.openNote(`csrf:${handle}`, issued);
    if (boundTo === undefined || !sameHash(sha256(boundTo), sha256(handle))) {
      this.#logger.warn({ route: "connect" }, "connect confirmation without a valid CSRF token; refused");
      return page(res, 403, "Not confirmed", "This confirmation is not valid (expired, already used, or sent from another page). Open the connect link again.");
    }
    const usable = await this.#usableLink(handle, res);
    if (!usable) return;
    const { link, config } = usable;
    const state = randomToken();
    // Loaded with the first connect flow, not at every start (~40 ms).
    const { calculatePKCECodeChallenge, randomPKCECodeVerifier } = await import("openid-client");
    const verifier = randomPKCECodeVerifier();
    const browser = randomToken();
    const flow: FlowState = { ...link, handle, verifier, browser: sha256(browser) };
    await this.#vault.store.putPending(`flow:${state}`, this.#vault.sealNote(`flow:${state}`, JSON.stringify(flow)), this.#ttlMs);
    const target = new URL(config.authorizeUrl);
    for (const [key, value] of Object.entries(config.authorizeParams)) target.searchParams.set(key, value);
    target.searchParams.set("response_type", "code");
    target.searchParams.set("client_id", config.oauth.clientId);
    target.searchParams.set("redirect_uri", this.#redirectUri());
    if (config.oauth.scopes.length > 0) target.searchParams.set("scope", config.oauth.scopes.join(" "));
    if (config.oauth.resource) target.searchParams.set("resource", config.oauth.resource);
    if (config.oauth.audience) target.searchParams.set("audience", config.oauth.audience);
    target.searchParams.set("state", state);
    target.searchParams.set("code_challenge", await calculatePKCECodeChallenge(verifier));
    target.searchParams.set("code_challenge_method", "S256");
    res.writeHead(303, {
      location: target.href,
      // Lax: the provider's redirect back to the callback is a cross-site top-level GET.
      "set-cookie": `${cookieName(state)}=${browser}; Path=${CALLBACK}; Max-Age=${Math.floor(this.#ttlMs / 1000)}; HttpOnly; SameSite=Lax${this.#secure()}`,
      "cache-control": "no-store",
      "referrer-policy": "no-referrer",
    });
    res.end();
  }

  #secure(): string {
    return this.#baseUrl?.startsWith("https:") ? "; Secure" : "";
  }

  async #finish(params: URLSearchParams, cookies: string | undefined, res: HttpResponse): Promise<void> {
    const state = params.get("state") ?? "";
    const unknown = () => page(res, 400, "Unknown sign-in", "This sign-in is unknown, expired or already finished. Retry the tool call for a new link.");
    // Read, and taken (single use) only once the browser is the one that started the flow: a
    // callback from anyone else who learned the state would otherwise spoil the user's sign-in.
    const peeked = TOKEN.test(state) ? await this.#vault.store.peekPending(`flow:${state}`) : undefined;
    const seen = peeked && parse<FlowState>(this.#vault.openNote(`flow:${state}`, peeked));
    if (!seen) return unknown();
    const browser = cookieValue(cookies, cookieName(state));
    if (browser === undefined || !sameHash(sha256(browser), seen.browser)) {
      this.#logger.warn({ subject: seen.subject, server: seen.server }, "connect callback from a browser that did not start the flow; refused");
      return page(res, 400, "Wrong browser", "Finish the sign-in in the browser that opened the connect link.");
    }
    const sealed = await this.#vault.store.takePending(`flow:${state}`);
    const flow = sealed && parse<FlowState>(this.#vault.openNote(`flow:${state}`, sealed));
    if (!flow) return unknown();
    const offboarded = this.#offboardedSince(flow.subject, flow.createdAtMs);
    if (offboarded) {
      this.#logger.warn({ subject: flow.subject, server: flow.server }, "connect callback for an offboarded subject; refused");
      await this.#note(flow, "refused", "the subject was offboarded after the link was made");
      return page(res, 403, "Offboarded", offboarded);
    }
    const error = params.get("error");
    if (error !== null) {
      const code = /^[\x20-\x7E]{1,64}$/.test(error) ? error : "error";
      this.#logger.warn({ subject: flow.subject, server: flow.server, error: code }, "the provider refused the authorization");
      await this.#note(flow, "refused", `the provider answered '${code}'`);
      return page(res, 400, "Not connected", `The provider answered '${code}'. Retry the tool call for a new link.`);
    }
    const code = params.get("code");
    const config = this.#policies.current.credentials.get(flow.server);
    if (!code || config?.type !== "oauth2-user") {
      await this.#note(flow, "refused", code ? `server '${flow.server}' no longer takes a connected account` : "the provider sent no authorization code");
      return page(res, 400, "Not connected", "The provider sent no authorization code. Retry the tool call for a new link.");
    }
    // As a decision: a connection that could not be recorded is not made (the link stays usable).
    const unrecordable = this.recorder?.refusal();
    if (unrecordable !== undefined) {
      this.#logger.warn({ subject: flow.subject, server: flow.server, err: unrecordable }, "connect callback while the audit trail cannot record; refused");
      return page(res, 503, "Try again", "The account could not be connected right now. Open the link again in a minute.");
    }
    // The link is used up by the connection it completes; a concurrent second flow finds it gone.
    const link = await this.#vault.store.takePending(`connect:${flow.handle}`);
    if (link === undefined) return page(res, 410, "Link used", "This connect link was already used or has expired. Retry the tool call for a new link.");
    const started = Date.now();
    const tokenParams: Record<string, string> = { grant_type: "authorization_code", code, redirect_uri: this.#redirectUri(), code_verifier: flow.verifier };
    if (config.oauth.resource) tokenParams.resource = config.oauth.resource;
    let stored: { payload: VaultPayload; rev: string };
    try {
      const tokens = await requestToken(config.oauth, tokenParams, [code, flow.verifier], this.#request);
      const payload: VaultPayload = {
        secret: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        // No expires_in: a refreshable token is assumed to live an hour, so it is refreshed (see
        // refresh-schedule.ts); one without a refresh token keeps "unknown" rather than be dropped.
        expiresAtMs: tokens.refreshToken !== undefined || tokens.expiresIn ? expiryOf(started, tokens.expiresIn) : 0,
        obtainedAtMs: started,
      };
      // Offboarded while the code was exchanged: the tokens are revoked, never stored.
      if (this.#offboardedSince(flow.subject, flow.createdAtMs)) return await this.#discard(flow, config, payload, res);
      const written = await this.#vault.write(flow.subject, flow.server, "oauth2-user", payload);
      // Offboarded during the write: the offboarding may have listed the vault before it.
      if (this.#offboardedSince(flow.subject, flow.createdAtMs)) {
        await this.#vault.delete(flow.subject, flow.server, written.rev);
        return await this.#discard(flow, config, payload, res);
      }
      stored = { payload, rev: written.rev };
    } catch (err) {
      // Give the link back: the user may try again with it while it lives.
      await this.#vault.store.putPending(`connect:${flow.handle}`, link, this.#ttlMs).catch(() => undefined);
      const message = err instanceof OAuthError ? err.message : "the vault could not store the tokens";
      this.#logger.warn({ subject: flow.subject, server: flow.server, err: (err as Error).message }, "connecting an account failed");
      await this.#note(flow, "failed", message);
      return page(res, 502, "Not connected", `The account could not be connected: ${message}. Open the link again to retry.`);
    }
    try {
      await this.recorder?.record({ subject: flow.subject, server: flow.server, outcome: "connected" });
    } catch (err) {
      // Its record could not be written (the trail failed since the check above): the
      // connection is undone — tokens deleted and revoked — and the link given back.
      this.#logger.error(
        { subject: flow.subject, server: flow.server, err: (err as Error).message },
        "account connection not recorded in the audit trail; undone",
      );
      await this.#vault.delete(flow.subject, flow.server, stored.rev);
      await this.#revoke(flow, config, stored.payload);
      await this.#vault.store.putPending(`connect:${flow.handle}`, link, this.#ttlMs).catch(() => undefined);
      return page(res, 503, "Try again", "The account could not be connected right now. Open the link again in a minute.");
    }
    this.#logger.info({ subject: flow.subject, server: flow.server }, "account connected");
    return page(res, 200, "Connected", `Your account on '${flow.server}' is connected for subject '${flow.subject}'. You may close this tab and retry.`);
  }

  /** Revokes tokens nobody may keep; what the provider does not confirm is queued and retried. */
  #revoke(flow: FlowState, config: UserConfig, payload: VaultPayload): Promise<{ revoked: number; problems: readonly string[] }> {
    return this.#revocations
      ? this.#revocations.revokeOrQueue(flow.subject, flow.server, payload)
      : revokeUserTokens(config, flow.server, payload, this.#request);
  }

  /** Revokes tokens obtained for a subject offboarded meanwhile, and says so. */
  async #discard(flow: FlowState, config: UserConfig, payload: VaultPayload, res: HttpResponse): Promise<void> {
    const { revoked, problems } = await this.#revoke(flow, config, payload);
    this.#logger.warn(
      { subject: flow.subject, server: flow.server, revoked, problems },
      "connect callback finished after its subject was offboarded; the new tokens were revoked at the provider, not stored",
    );
    await this.#note(flow, "refused", "the subject was offboarded while the account was being connected; the new tokens were revoked, not stored");
    return page(res, 403, "Offboarded", this.#offboardedSince(flow.subject, flow.createdAtMs) ?? "The subject was offboarded.");
  }

  /** Records a connection that was not made — best effort: nothing was granted, nothing to undo. */
  async #note(flow: FlowState, outcome: "refused" | "failed", message: string): Promise<void> {
    try {
      await this.recorder?.record({ subject: flow.subject, server: flow.server, outcome, message });
    } catch (err) {
      this.#logger.error({ subject: flow.subject, server: flow.server, err: (err as Error).message }, "connect outcome not recorded in the audit trail");
    }
  }

  #redirectUri(): string {
    return `${this.#baseUrl}${CALLBACK}`;
  }
}

function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function cookieName(state: string): string {
  return `pcl_oauth_${state.slice(0, 16)}`;
}

/** Named after the token, so that a link open in two tabs confirms from either. */
function csrfCookieName(csrf: string): string {
  return `pcl_csrf_${csrf.slice(0, 16)}`;
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

function parse<T>(text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

function page(res: HttpResponse, status: number, title: string, text: string, headers: Record<string, string> = {}): void {
  pageHtml(res, status, title, `<p>${escapeHtml(text)}</p>`, headers);
}

/** A page around `body`, which is HTML: every value in it must be escaped by the caller. */
function pageHtml(res: HttpResponse, status: number, title: string, body: string, headers: Record<string, string> = {}): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)} — Portcullis</title></head><body style="font-family:sans-serif;max-width:36em;margin:4em auto"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(html),
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    // No framing (the confirmation must not be clicked through an invisible frame).
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    ...headers,
  });
  res.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
