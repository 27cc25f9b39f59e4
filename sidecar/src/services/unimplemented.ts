/**
 * Errors for RPCs whose wall has not landed yet: a clear Unimplemented, never a fake success.
 */
import { Code, ConnectError } from "@connectrpc/connect";

/**
 * Builds the Unimplemented error for an RPC that arrives with a later capability.
 *
 * @example
 * ```ts
 * throw notYet("ResolveCredential", "wall 2 (identity and credentials)");
 * ```
 */
export function notYet(rpc: string, arrivesWith: string): ConnectError {
  return new ConnectError(`${rpc} is not implemented in this version of Portcullis; it arrives with ${arrivesWith}`, Code.Unimplemented);
}
