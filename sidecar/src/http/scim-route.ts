/**
 * The SCIM 2.0 endpoint (`/scim/v2/`) an identity provider (Okta, Entra ID, …) calls to
 * provision and deprovision people: Users (POST, GET with a filter, GET one, PUT, PATCH,
 * DELETE) and the discovery documents. Bearer-authenticated: the presented token's SHA-256
 * is compared in constant time with the configured one; a wrong or missing token gets 401
 * and changes nothing, and repeated failures are logged without the token and slowed down.
 * A store that cannot answer (Redis down or hung) is 503 with `Retry-After`, the IdP's cue to
 * retry later, never a 500 (an IdP may give up on a user after a 5xx it takes for a bug). Every
 * answer is `application/scim+json`.
 */
import { timingSafeEqual } from "node:crypto";
import { FailedAuthThrottle, hashToken, isStoreFailure, SCIM_USER_SCHEMA, ScimError, type ScimUserRecord, type ScimUsers } from "../identity/index.js";
import type { Logger } from "../logger.js";
import { readBody, sendJson, type HttpRequest, type HttpResponse, type HttpRoute } from "./http-routes.js";

const PREFIX = "/scim/v2/";
const CONTENT_TYPE = "application/scim+json";
const ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const MAX_BODY_BYTES = 64 * 1024;
/**
 * What a 503 asks the IdP to wait, in seconds: about how long a Redis restart or failover
 * takes, and the identity sync's own staleness bound.
 */
const RETRY_AFTER_S = 5;

/** Options of {@link scimRoute}. */
export interface ScimRouteOptions {
  /** SHA-256 (hex) of the bearer token the IdP's SCIM client sends. */
  readonly tokenSha256: string;
  readonly users: ScimUsers;
  readonly logger?: Logger | undefined;
  /** The sidecar's URL as the IdP reaches it, for `meta.location` (default: from the Host header). */
  readonly publicUrl?: string | undefined;
}

/**
 * Creates the SCIM route.
 *
 * @example
 * ```ts
 * httpRoutes.push(scimRoute({ tokenSha256, users: new ScimUsers({ store, offboarding }), logger }));
 * ```
 */
export function scimRoute(options: ScimRouteOptions): HttpRoute {
  const expected = Buffer.from(options.tokenSha256, "hex");
  const throttle = new FailedAuthThrottle();
  const { users, logger } = options;

  async function authenticate(req: HttpRequest, res: HttpResponse): Promise<boolean> {
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    if (match?.[1] && timingSafeEqual(Buffer.from(hashToken(match[1]), "hex"), expected)) return true;
    const verdict = throttle.fail();
    if (verdict.log) logger?.warn({ failures: verdict.log.failures, why: match ? "wrong token" : "no bearer token" }, "SCIM authentication failed");
    if (verdict.refuse) {
      sendError(res, 429, "too many failed authentications are waiting; retry later");
      return false;
    }
    await throttle.wait(verdict);
    res.setHeader("www-authenticate", 'Bearer realm="portcullis-scim"');
    sendError(res, 401, "send the SCIM bearer token configured with --scim-token-file in `authorization: Bearer <token>`");
    return false;
  }

  return {
    prefix: PREFIX,
    async handle(req, res) {
      if (!(await authenticate(req, res))) return;
      const url = new URL(req.url ?? "/", "http://scim.invalid");
      const base = `${(options.publicUrl ?? `http://${req.headers.host ?? "localhost"}`).replace(/\/$/, "")}${PREFIX}`;
      const parts = url.pathname.slice(PREFIX.length).split("/").filter(Boolean);
      const method = req.method ?? "GET";
      try {
        if (parts[0] === "Users") {
          await handleUsers(req, res, users, method, parts[1], url, base);
          return;
        }
        const document = parts.length === 1 && Object.hasOwn(DISCOVERY, parts[0]!) ? DISCOVERY[parts[0] as keyof typeof DISCOVERY] : undefined;
        if (method === "GET" && document) {
          send(res, 200, document);
          return;
        }
        sendError(res, 404, `no SCIM resource at ${url.pathname} (this endpoint serves Users)`);
      } catch (err) {
        if (err instanceof ScimError) {
          sendError(res, err.status, err.message, err.scimType);
          return;
        }
        if (err instanceof RangeError) {
          sendError(res, 413, `the request body is larger than ${MAX_BODY_BYTES} bytes`);
          return;
        }
        if (isStoreFailure(err)) {
          // The cause (host names, Redis's words) goes to the log only.
          logger?.warn({ err: (err as Error).message, method, path: url.pathname }, "SCIM request failed: the identity store is unavailable");
          res.setHeader("retry-after", String(RETRY_AFTER_S));
          sendError(res, 503, "the identity store is unavailable; the request was not completed, retry it later");
          return;
        }
        logger?.error({ err: (err as Error).message, method, path: url.pathname }, "SCIM request failed");
        sendError(res, 500, "the request could not be completed because of an internal error; the sidecar's log says which");
      }
    },
  };
}

async function handleUsers(
  req: HttpRequest,
  res: HttpResponse,
  users: ScimUsers,
  method: string,
  id: string | undefined,
  url: URL,
  base: string,
): Promise<void> {
  const body = async () => {
    const text = await readBody(req, MAX_BODY_BYTES);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ScimError(400, "the request body is not JSON", "invalidSyntax");
    }
  };
  if (id === undefined) {
    if (method === "POST") return send(res, 201, resource(await users.create(await body()), base));
    if (method === "GET") {
      const found = await users.list(url.searchParams.get("filter") ?? undefined);
      const start = Math.max(1, Number(url.searchParams.get("startIndex")) || 1);
      const count = Math.min(200, Math.max(0, Number(url.searchParams.get("count") ?? 100) || 0));
      const page = found.slice(start - 1, start - 1 + count);
      return send(res, 200, {
        schemas: [LIST_SCHEMA],
        totalResults: found.length,
        startIndex: start,
        itemsPerPage: page.length,
        Resources: page.map((u) => resource(u, base)),
      });
    }
  } else {
    if (method === "GET") return send(res, 200, resource(await users.get(id), base));
    if (method === "PUT") return send(res, 200, resource(await users.replace(id, await body()), base));
    if (method === "PATCH") return send(res, 200, resource(await users.patch(id, await body()), base));
    if (method === "DELETE") {
      await users.delete(id);
      res.writeHead(204, { "cache-control": "no-store" });
      res.end();
      return;
    }
  }
  sendError(res, 405, `${method} is not supported on ${url.pathname}`);
}

function resource(user: ScimUserRecord, base: string): Record<string, unknown> {
  return {
    ...(JSON.parse(user.attributes) as Record<string, unknown>),
    schemas: [SCIM_USER_SCHEMA],
    id: user.id,
    ...(user.externalId ? { externalId: user.externalId } : {}),
    userName: user.userName,
    active: user.active,
    meta: {
      resourceType: "User",
      created: new Date(user.createdAtMs).toISOString(),
      lastModified: new Date(user.updatedAtMs).toISOString(),
      location: `${base}Users/${user.id}`,
    },
  };
}

function send(res: HttpResponse, status: number, body: unknown): void {
  sendJson(res, status, body, CONTENT_TYPE);
}

function sendError(res: HttpResponse, status: number, detail: string, scimType?: string): void {
  send(res, status, { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail });
}

const DISCOVERY = {
  ServiceProviderConfig: {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [{ type: "oauthbearertoken", name: "OAuth Bearer Token", description: "The bearer token configured with --scim-token-file" }],
  },
  ResourceTypes: {
    schemas: [LIST_SCHEMA],
    totalResults: 1,
    Resources: [{ schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"], id: "User", name: "User", endpoint: "/Users", schema: SCIM_USER_SCHEMA }],
  },
  Schemas: {
    schemas: [LIST_SCHEMA],
    totalResults: 1,
    Resources: [
      {
        id: SCIM_USER_SCHEMA,
        name: "User",
        attributes: [
          { name: "userName", type: "string", required: true, uniqueness: "server", caseExact: false, mutability: "readWrite" },
          { name: "externalId", type: "string", required: false, caseExact: true, mutability: "readWrite" },
          { name: "active", type: "boolean", required: false, mutability: "readWrite" },
        ],
      },
    ],
  },
} as const;
