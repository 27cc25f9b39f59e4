/**
 * The ResolveCredential handler: the downstream credential of an allowed call (wall 2).
 */
import type { HandlerContext } from "@connectrpc/connect";
import type { ResolveCredentialRequest, ResolveCredentialResponse } from "@portcullis/sdk/gen";
import type { GovernanceDeps } from "./governance-service.js";
import { notYet } from "./unimplemented.js";

/**
 * Resolves the credential of one call.
 *
 * @example
 * ```ts
 * resolveCredential: (req, ctx) => handleResolveCredential(req, ctx, deps),
 * ```
 */
export async function handleResolveCredential(_req: ResolveCredentialRequest, _ctx: HandlerContext, _deps: GovernanceDeps): Promise<ResolveCredentialResponse> {
  throw notYet("ResolveCredential", "wall 2 (identity and credentials)");
}
