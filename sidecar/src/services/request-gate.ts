/**
 * The gate every RPC passes before its handler runs and before connect-es parses its body
 * (the listener has buffered the body by then, within the request-byte budget; admin bodies
 * are capped at 1 MiB): refuse new calls while draining, and require the admin credential
 * on the control plane. Failed admin authentications are
 * logged (rate-limited, never the presented token) and slowed down.
 */
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import { AdminService, Health } from "@portcullis/sdk/gen";
import { timingSafeEqual } from "node:crypto";
import { FailedAuthThrottle, hashToken, type FailedAuthThrottleOptions } from "../identity/index.js";
import type { Logger } from "../logger.js";

/** What the gate needs to know. */
export interface GateOptions {
  /** Whether this call is refused because the sidecar is draining for shutdown. */
  readonly draining: (ctx: HandlerContext) => boolean;
  /** SHA-256 (hex) of the admin token; undefined disables the admin plane. */
  readonly adminTokenSha256: string | undefined;
  /** Where failed admin authentications are reported. */
  readonly logger?: Logger | undefined;
  /** Tuning of the failed-authentication throttle (tests). */
  readonly throttle?: FailedAuthThrottleOptions;
}

/**
 * Creates the request gate for the router.
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, requestGate: requestGate({ draining: () => false, adminTokenSha256, logger }) });
 * ```
 */
export function requestGate(options: GateOptions): (ctx: HandlerContext) => void | Promise<void> {
  const expected = options.adminTokenSha256 === undefined ? undefined : Buffer.from(options.adminTokenSha256, "hex");
  const throttle = new FailedAuthThrottle(options.throttle);

  async function refuse(ctx: HandlerContext, why: string, message: string): Promise<never> {
    const verdict = throttle.fail();
    if (verdict.log) {
      options.logger?.warn({ rpc: ctx.method.name, why, failures: verdict.log.failures, delayMs: verdict.delayMs }, "admin authentication failed");
    }
    if (verdict.refuse) {
      throw new ConnectError("too many failed admin authentications are waiting; retry later", Code.ResourceExhausted);
    }
    await throttle.wait(verdict);
    throw new ConnectError(message, Code.Unauthenticated);
  }

  return (ctx) => {
    // The health service keeps answering while draining: it is how orchestrators learn of
    // the drain (NOT_SERVING), which an Unavailable would only hide.
    if (options.draining(ctx) && ctx.service.typeName !== Health.typeName) {
      throw new ConnectError("the sidecar is shutting down; retry against another instance", Code.Unavailable);
    }
    if (ctx.service.typeName !== AdminService.typeName) return;
    if (!expected) {
      throw new ConnectError("the admin plane is disabled: start `portcullis serve` with --admin-token-file", Code.PermissionDenied);
    }
    const header = ctx.requestHeader.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      return refuse(ctx, "no bearer token", "admin RPCs need the header `authorization: Bearer <admin token>`");
    }
    const presented = Buffer.from(hashToken(match[1]), "hex");
    if (!timingSafeEqual(presented, expected)) return refuse(ctx, "wrong token", "the admin token is not valid");
  };
}
