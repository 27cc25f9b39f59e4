/**
 * The few OAuth 2 requests the vault makes, over fetch: token endpoint grants (client
 * credentials, refresh token, authorization code with PKCE, RFC 8693 token exchange) and RFC
 * 7009 revocation. Written out rather than through a client library because the sidecar
 * never consumes an ID token (it holds tokens for a downstream server, it logs nobody in), the
 * libraries' errors carry the token response in their `cause` — one careless log line from a
 * leak — and each failure must be classified: worth a retry (network, 5xx, 429) or a refusal
 * (invalid_grant: the user must reconnect).
 *
 * Requests never follow redirects, time out, and read at most 1 MiB. Error messages carry the
 * endpoint, the HTTP status and the OAuth error code; an `error_description` is included with
 * every secret of the request removed from it, in case a provider echoes one.
 */
import type { OAuthClientConfig } from "./credential-schema.js";
import { hasControlCharacter } from "./credential-value.js";
import { MAX_LIFETIME_MS } from "./refresh-schedule.js";
import { readSecretRef } from "./secret-ref.js";

/** A token endpoint's answer. Never logged. */
export interface TokenResponse {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  /**
   * Lifetime in whole seconds (at least 1, at most a year), when the provider said one that is
   * a positive number; an `expires_in` that is not (text, negative, zero) counts as absent.
   */
  readonly expiresIn: number | undefined;
  readonly tokenType: string;
  readonly scope: string | undefined;
}

/** Why a request to a provider failed. */
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  /**
   * `unreachable`: the provider did not answer in time, or answered 5xx/429 — retry later.
   * `refused`: the provider refused the request (e.g. `invalid_grant`) — retrying the same will not help.
   */
  readonly kind: "unreachable" | "refused";
  /** The OAuth `error` code, when the provider sent one. */
  readonly code: string | undefined;

  constructor(message: string, kind: "unreachable" | "refused", code?: string) {
    super(message);
    this.kind = kind;
    this.code = code;
  }
}

/** Options of one request. */
export interface RequestOptions {
  /** Deadline in ms (default 5000). */
  readonly timeoutMs?: number | undefined;
}

const MAX_BODY = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Sends a grant to the token endpoint with the client's authentication and returns the
 * tokens. `secrets` are the request's secret values (kept out of error messages).
 *
 * @example
 * ```ts
 * const tokens = await requestToken(config.oauth, { grant_type: "refresh_token", refresh_token: rt }, [rt]);
 * ```
 */
export async function requestToken(
  client: OAuthClientConfig,
  params: Record<string, string>,
  secrets: readonly string[],
  options: RequestOptions = {},
): Promise<TokenResponse> {
  const { headers, body, clientSecret } = await authenticated(client, params);
  const hidden = [...secrets, ...(clientSecret ? [clientSecret] : [])];
  const response = await send(client.tokenUrl, headers, body, options, "token endpoint");
  const text = await readLimited(response, client.tokenUrl);
  if (!response.ok) throw failure(client.tokenUrl, "token endpoint", response.status, text, hidden);
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new OAuthError(`token endpoint ${client.tokenUrl} answered ${response.status} with a body that is not JSON`, "unreachable");
  }
  if (typeof json.access_token !== "string" || json.access_token === "") {
    throw new OAuthError(`token endpoint ${client.tokenUrl} answered without an access_token`, "refused");
  }
  // Never quoted: a token that cannot be presented is a provider error (see credential-value.ts).
  if (hasControlCharacter(json.access_token)) {
    throw new OAuthError(`token endpoint ${client.tokenUrl} answered with an access_token holding a control character, which cannot be presented`, "refused");
  }
  return {
    accessToken: json.access_token,
    refreshToken: typeof json.refresh_token === "string" && json.refresh_token !== "" ? json.refresh_token : undefined,
    expiresIn: lifetimeSeconds(json.expires_in),
    tokenType: typeof json.token_type === "string" ? json.token_type : "Bearer",
    scope: typeof json.scope === "string" ? json.scope : undefined,
  };
}

/**
 * A provider's `expires_in` as whole seconds: a number (or numeric text, as some providers
 * send) rounded, at least 1 and at most {@link MAX_LIFETIME_MS}; undefined for anything else.
 */
function lifetimeSeconds(value: unknown): number | undefined {
  const seconds = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
  if (!(seconds > 0)) return undefined;
  return Math.max(1, Math.min(MAX_LIFETIME_MS / 1000, Math.round(seconds)));
}

/**
 * Revokes a token at an RFC 7009 revocation endpoint. Resolves when the provider confirmed
 * (200; RFC 7009 answers 200 for tokens it no longer knows, too).
 *
 * @example
 * ```ts
 * await revokeToken(config.revocationUrl, config.oauth, refreshToken, "refresh_token");
 * ```
 */
export async function revokeToken(
  url: string,
  client: OAuthClientConfig,
  token: string,
  hint: "refresh_token" | "access_token",
  options: RequestOptions = {},
): Promise<void> {
  const { headers, body, clientSecret } = await authenticated(client, { token, token_type_hint: hint });
  const response = await send(url, headers, body, options, "revocation endpoint");
  const text = await readLimited(response, url);
  if (!response.ok) throw failure(url, "revocation endpoint", response.status, text, [token, ...(clientSecret ? [clientSecret] : [])]);
}

async function authenticated(client: OAuthClientConfig, params: Record<string, string>) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  const body = new URLSearchParams(params);
  const clientSecret = client.clientSecret ? await readSecretRef(client.clientSecret).catch(rethrowAs("refused")) : undefined;
  if (clientSecret !== undefined && client.clientAuth === "basic") {
    // RFC 6749 §2.3.1: both parts form-urlencoded before Basic encoding.
    const pair = `${formEncode(client.clientId)}:${formEncode(clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
  } else {
    body.set("client_id", client.clientId);
    if (clientSecret !== undefined) body.set("client_secret", clientSecret);
  }
  return { headers, body, clientSecret };
}

async function send(url: string, headers: Record<string, string>, body: URLSearchParams, options: RequestOptions, what: string): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await fetch(url, { method: "POST", headers, body, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = (err as Error).name === "TimeoutError" ? `did not answer within ${timeoutMs} ms` : `cannot be reached (${networkCause(err)})`;
    throw new OAuthError(`${what} ${url} ${cause}`, "unreachable");
  }
}

async function readLimited(response: Response, url: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_BODY) {
        await reader.cancel();
        throw new OAuthError(`${url} answered with more than ${MAX_BODY} bytes`, "unreachable");
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof OAuthError) throw err;
    throw new OAuthError(`${url} broke off its answer (${networkCause(err)})`, "unreachable");
  }
  return Buffer.concat(chunks).toString("utf8");
}

function failure(url: string, what: string, status: number, text: string, secrets: readonly string[]): OAuthError {
  let code: string | undefined;
  let description: string | undefined;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (typeof json.error === "string" && /^[\x20-\x7E]{1,64}$/.test(json.error)) code = json.error;
    if (typeof json.error_description === "string") description = scrub(json.error_description, secrets);
  } catch {
    // Not an OAuth error body: the status says enough.
  }
  const kind = status >= 500 || status === 429 || (status >= 300 && status < 400) ? "unreachable" : "refused";
  const detail = [code, description && `"${description}"`].filter(Boolean).join(" ");
  return new OAuthError(`${what} ${url} answered ${status}${detail ? ` ${detail}` : ""}`, kind, code);
}

/** Removes every secret of the request (and anything long enough to be a token) from provider text. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text.slice(0, 300);
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out.replace(/[A-Za-z0-9._~+/=-]{32,}/g, "[redacted]").replace(/[^\x20-\x7E]/g, "?");
}

function formEncode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, "+");
}

function networkCause(err: unknown): string {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err as Error).name ?? "error";
}

function rethrowAs(kind: "refused"): (err: Error) => never {
  return (err) => {
    throw new OAuthError(err.message, kind);
  };
}
