/**
 * The gate every RPC passes before its body is read: refuse new calls while draining, and
 * require the admin credential on the control plane.
 */
import { Code, ConnectError, type HandlerContext } from "@connectrpc/connect";
import { AdminService } from "@portcullis/sdk/gen";
import { timingSafeEqual } from "node:crypto";
import { hashToken } from "../identity/index.js";

/** What the gate needs to know. */
export interface GateOptions {
  /** Whether the sidecar is draining for shutdown. */
  readonly draining: () => boolean;
  /** SHA-256 (hex) of the admin token; undefined disables the admin plane. */
  readonly adminTokenSha256: string | undefined;
}

/**
 * Creates the request gate for the router.
 *
 * @example
 * ```ts
 * connectNodeAdapter({ routes, requestGate: requestGate({ draining: () => false, adminTokenSha256 }) });
 * ```
 */
export function requestGate(options: GateOptions): (ctx: HandlerContext) => void {
  const expected = options.adminTokenSha256 === undefined ? undefined : Buffer.from(options.adminTokenSha256, "hex");
  return (ctx) => {
    if (options.draining()) {
      throw new ConnectError("the sidecar is shutting down; retry against another instance", Code.Unavailable);
    }
    if (ctx.service.typeName !== AdminService.typeName) return;
    if (!expected) {
      throw new ConnectError("the admin plane is disabled: start `portcullis serve` with --admin-token-file", Code.PermissionDenied);
    }
    const header = ctx.requestHeader.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ConnectError("admin RPCs need the header `authorization: Bearer <admin token>`", Code.Unauthenticated);
    }
    const presented = Buffer.from(hashToken(match[1]), "hex");
    if (!timingSafeEqual(presented, expected)) {
      throw new ConnectError("the admin token is not valid", Code.Unauthenticated);
    }
  };
}
