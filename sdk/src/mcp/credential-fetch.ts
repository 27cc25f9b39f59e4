/**
 * Applying a call's downstream credential to a Streamable HTTP transport: the transport is
 * built once with {@link credentialFetch}, and each governed call's credential headers are
 * added to the HTTP requests made while that call runs (AsyncLocalStorage follows the call
 * from `callTool` down to `fetch`). One long-lived client serves calls with different or
 * rotated credentials, and a credential never outlives its call on the connection.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { DownstreamCredential } from "./governed-call.js";

const current = new AsyncLocalStorage<DownstreamCredential | undefined>();

/**
 * Runs `fn` with `credential` as the current call's credential.
 *
 * @example
 * ```ts
 * await withCredential(downstream.credential, () => client.callTool(params));
 * ```
 */
export function withCredential<T>(credential: DownstreamCredential | undefined, fn: () => T): T {
  return current.run(credential, fn);
}

/**
 * A `fetch` for an MCP Streamable HTTP client transport (v1 or v2) that adds the current
 * governed call's credential headers; outside a governed call it adds nothing.
 *
 * @example
 * ```ts
 * const transport = new StreamableHTTPClientTransport(new URL(url), { fetch: credentialFetch() });
 * const client = wrapClient(new Client(info), { governance, server: "jira", token, credentials: "headers" });
 * ```
 */
export function credentialFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return (input, init) => {
    const credential = current.getStore();
    if (!credential || Object.keys(credential.headers).length === 0) return base(input, init);
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    for (const [name, value] of Object.entries(credential.headers)) headers.set(name, value);
    return base(input, { ...init, headers });
  };
}
