/**
 * A real OAuth 2 / OIDC server for tests: oauth2-mock-server's service on its own loopback
 * HTTP server, with a record of what reached it — token requests by grant type (with their
 * form fields) and revocation requests (with the revoked token) — and an RFC 8693 token
 * exchange endpoint (`/token-exchange`), which the mock does not have: it verifies the
 * subject token against the issuer's own keys (with a minute of clock skew) and issues a
 * token for the same subject, scoped to the requested audience.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLocalJWKSet, jwtVerify } from "jose";
import { Events, OAuth2Issuer, OAuth2Service, type MutableResponse, type TokenRequestIncomingMessage } from "oauth2-mock-server";

/** One request the server saw. */
export interface SeenRequest {
  readonly path: string;
  readonly form: Record<string, string>;
  /** When it arrived (Unix ms), before any delay. */
  readonly at: number;
}

/** A running OAuth server. */
export interface OAuthServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly issuer: OAuth2Issuer;
  readonly service: OAuth2Service;
  /** Token endpoint requests (`/token` and `/token-exchange`), in order. */
  readonly tokenRequests: SeenRequest[];
  /** Revocation requests, in order. */
  readonly revocations: SeenRequest[];
  /** Lifetime (`expires_in`, seconds) of the tokens it issues from now on (default 3600). */
  tokenTtlSeconds: number;
  /** How long the token endpoint waits before it answers, in ms (default 0). */
  tokenDelayMs: number;
  /**
   * Holds the token endpoint's answers from now on until `release()` — a provider that is
   * slow for exactly as long as a test needs, with no timing: `arrived` resolves once a
   * request is held.
   */
  holdTokens(): { readonly arrived: Promise<void>; release(): void };
  /**
   * What the revocation endpoint does instead of revoking: answer this HTTP status (a 503
   * outage), or `"hang"` (accept the request and never answer); undefined: revoke (default).
   * Requests are recorded in {@link revocations} either way; only those answered 200 revoke.
   */
  revocationFault: number | "hang" | undefined;
  /** Revocation requests the endpoint answered 200 (the tokens it revoked), in order. */
  readonly revoked: SeenRequest[];
  /** Token requests of one grant type. */
  grants(grantType: string): SeenRequest[];
  /** Stops answering (connections refused) until {@link up}. */
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the server on a free loopback port.
 *
 * @example
 * ```ts
 * const oauth = await startOAuthServer();
 * oauth.tokenTtlSeconds = 3;
 * ```
 */
export async function startOAuthServer(): Promise<OAuthServer> {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate("RS256");
  const service = new OAuth2Service(issuer);
  const tokenRequests: SeenRequest[] = [];
  const revocations: SeenRequest[] = [];
  const revoked: SeenRequest[] = [];
  let revocationFault: number | "hang" | undefined;
  const state: { ttl: number; delayMs: number; held: (() => void)[] | undefined; arrived: (() => void) | undefined } = {
    ttl: 3600,
    delayMs: 0,
    held: undefined,
    arrived: undefined,
  };
  const arrivals = new WeakMap<IncomingMessage, number>();

  service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    tokenRequests.push({ path: "/token", form: { ...(req.body as unknown as Record<string, string>) }, at: arrivals.get(req) ?? Date.now() });
    const body = response.body as Record<string, unknown>;
    if (response.statusCode === 200 && typeof body.expires_in === "number") body.expires_in = state.ttl;
  });
  service.addRoute("POST", "/token-exchange", async (req, res) => {
    const form = (req as IncomingMessage & { body: Record<string, string> }).body;
    tokenRequests.push({ path: "/token-exchange", form: { ...form }, at: Date.now() });
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    };
    if (form.grant_type !== "urn:ietf:params:oauth:grant-type:token-exchange") return json(400, { error: "unsupported_grant_type" });
    let subject: string;
    try {
      const keys = createLocalJWKSet({ keys: issuer.keys.toJSON() as never[] });
      // A minute of clock skew on the subject token, as real IdPs allow: the sidecar, not the
      // provider, must refuse to exchange a token past its exp.
      const { payload } = await jwtVerify(form.subject_token ?? "", keys, { issuer: issuer.url!, clockTolerance: 60 });
      subject = String(payload.sub);
    } catch {
      return json(400, { error: "invalid_grant", error_description: "the subject token does not verify" });
    }
    const token = await issuer.buildToken({
      expiresIn: state.ttl,
      scopesOrTransform: (_header, payload) => {
        payload.sub = subject;
        payload.aud = form.audience ?? form.resource ?? "unknown";
        payload.scope = form.scope ?? "";
        payload.act = { sub: form.client_id ?? "portcullis" };
      },
    });
    return json(200, {
      access_token: token,
      issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
      token_type: "Bearer",
      expires_in: state.ttl,
    });
  });

  const handler = service.requestHandler;
  const server: Server = createServer((req, res) => {
    arrivals.set(req, Date.now());
    if (req.method === "POST" && req.url?.startsWith("/revoke")) {
      // The mock's revocation endpoint ignores the body: read it here to see what was revoked.
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const seen = { path: "/revoke", form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))), at: Date.now() };
        revocations.push(seen);
        if (revocationFault === "hang") return;
        if (revocationFault !== undefined) {
          res.writeHead(revocationFault, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: "temporarily_unavailable" }));
          return;
        }
        revoked.push(seen);
        handler(req, res);
      });
      return;
    }
    if (state.held && req.url?.startsWith("/token")) {
      state.held.push(() => handler(req, res));
      state.arrived?.();
      return;
    }
    if (state.delayMs > 0 && req.url?.startsWith("/token")) {
      setTimeout(() => handler(req, res), state.delayMs);
      return;
    }
    handler(req, res);
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  issuer.url = url;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url,
    issuer,
    service,
    tokenRequests,
    revocations,
    revoked,
    get revocationFault() {
      return revocationFault;
    },
    set revocationFault(value: number | "hang" | undefined) {
      revocationFault = value;
    },
    get tokenTtlSeconds() {
      return state.ttl;
    },
    set tokenTtlSeconds(value: number) {
      state.ttl = value;
    },
    get tokenDelayMs() {
      return state.delayMs;
    },
    set tokenDelayMs(value: number) {
      state.delayMs = value;
    },
    holdTokens() {
      const held: (() => void)[] = [];
      state.held = held;
      const arrived = new Promise<void>((resolve) => (state.arrived = resolve));
      return {
        arrived,
        release() {
          if (state.held === held) state.held = undefined;
          for (const answer of held.splice(0)) answer();
        },
      };
    },
    grants: (grantType) => tokenRequests.filter((r) => r.form.grant_type === grantType),
    down: close,
    up: () => listen(port),
    stop: () => (server.listening ? close() : Promise.resolve()),
  };
}

/** A token the provider issued under {@link issueDistinctTokens}: its grant and its values. */
export interface IssuedTokens {
  readonly grant: string;
  readonly access: string;
  readonly refresh: string;
}

/**
 * From now on, every token the provider issues has distinctive values (`access-NEW-<n>`,
 * `refresh-NEW-<n>`), so a test can tell which request produced what was stored or revoked;
 * returns the list they are appended to, in order.
 *
 * @example
 * ```ts
 * const issued = issueDistinctTokens(oauth);
 * expect(issued.at(-1)?.grant).toBe("refresh_token");
 * ```
 */
export function issueDistinctTokens(oauth: OAuthServer): IssuedTokens[] {
  const issued: IssuedTokens[] = [];
  oauth.service.on(Events.BeforeResponse, (response: MutableResponse, req: TokenRequestIncomingMessage) => {
    const body = response.body as Record<string, unknown>;
    if (response.statusCode !== 200 || typeof body.access_token !== "string") return;
    const n = issued.length + 1;
    const tokens = { grant: String((req.body as unknown as Record<string, string>).grant_type), access: `access-NEW-${n}`, refresh: `refresh-NEW-${n}` };
    issued.push(tokens);
    Object.assign(body, { access_token: tokens.access, refresh_token: tokens.refresh });
  });
  return issued;
}
