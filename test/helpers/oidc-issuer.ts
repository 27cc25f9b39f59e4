/**
 * A real OIDC identity provider for tests: oauth2-mock-server's issuer and service (discovery
 * document, token endpoint, JWKS, RS256 signing) behind a small front that lets a test
 * rotate and retire keys and make the key set slow or failing.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { OAuth2Issuer, OAuth2Service, type Payload } from "oauth2-mock-server";

/** What the key-set endpoint does. */
export type JwksMode = "serve" | "hang" | "fail";

/** A running test IdP. */
export interface TestIdp {
  /** The issuer URL (`iss` of its tokens), e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly service: OAuth2Service;
  /** The key new tokens are signed with. */
  readonly kid: string;
  /** Requests the key-set endpoint received. */
  readonly jwksRequests: number;
  /** What the key-set endpoint does from now on. */
  jwksMode: JwksMode;
  /** Signs a token (iss, iat, nbf, exp set) with `claims` merged in, by the current key or `kid`. */
  token(claims?: Record<string, unknown>, options?: { kid?: string; expiresIn?: number }): Promise<string>;
  /** Adds a new signing key and (unless `retire: false`) withdraws every older one from the key set; returns its kid. */
  rotate(options?: { retire?: boolean }): Promise<string>;
  /** The public JWK of a key (current by default). */
  publicJwk(kid?: string): Record<string, unknown>;
  /** The private JWK of a key (current by default), to sign unusual tokens with jose. */
  privateJwk(kid?: string): Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * Starts a test IdP on loopback.
 *
 * @example
 * ```ts
 * const idp = await startTestIdp();
 * const jwt = await idp.token({ sub: "alice", aud: "api://portcullis", groups: ["okta-support"] });
 * ```
 */
export async function startTestIdp(): Promise<TestIdp> {
  const issuer = new OAuth2Issuer();
  const service = new OAuth2Service(issuer);
  let kid = (await issuer.keys.generate("RS256")).kid;
  const retired = new Set<string>();
  const sockets = new Set<Socket>();
  let jwksRequests = 0;
  let jwksMode: JwksMode = "serve";

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "GET" && req.url === "/jwks") {
      jwksRequests++;
      if (jwksMode === "hang") return; // never answers; the socket is destroyed at close
      if (jwksMode === "fail") {
        res.writeHead(503).end("unavailable");
        return;
      }
      const keys = issuer.keys.toJSON().filter((k) => !retired.has(k.kid));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ keys }));
      return;
    }
    service.requestHandler(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer.url = url;

  return {
    url,
    service,
    get kid() {
      return kid;
    },
    get jwksRequests() {
      return jwksRequests;
    },
    get jwksMode() {
      return jwksMode;
    },
    set jwksMode(mode: JwksMode) {
      jwksMode = mode;
    },
    token(claims = {}, options = {}) {
      return issuer.buildToken({
        kid: options.kid ?? kid,
        expiresIn: options.expiresIn,
        scopesOrTransform: (_header, payload: Payload) => {
          Object.assign(payload, claims);
          for (const [name, value] of Object.entries(claims)) if (value === undefined) delete payload[name];
        },
      });
    },
    async rotate({ retire = true } = {}) {
      if (retire) for (const key of issuer.keys.toJSON()) retired.add(key.kid);
      kid = (await issuer.keys.generate("RS256")).kid;
      return kid;
    },
    publicJwk(which = kid) {
      const jwk = issuer.keys.toJSON().find((k) => k.kid === which);
      if (!jwk) throw new Error(`no key ${which}`);
      return { ...jwk };
    },
    privateJwk(which = kid) {
      const jwk = issuer.keys.toJSON(true).find((k) => k.kid === which);
      if (!jwk) throw new Error(`no key ${which}`);
      return { ...jwk };
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
