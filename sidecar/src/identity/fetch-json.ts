/**
 * GETs a small JSON document from an identity provider (a discovery document, a key set) with
 * a deadline and a size cap: an IdP that hangs or answers with megabytes must cost a bounded
 * wait and bounded memory, and the error must say which of the two went wrong.
 */

/** Largest document accepted (key sets are a few KiB). */
export const MAX_IDP_DOCUMENT_BYTES = 1024 * 1024;

/** A fetch that failed, with a message naming the URL and the cause. */
export class IdpFetchError extends Error {
  override readonly name = "IdpFetchError";
}

/**
 * Fetches `url` and parses its JSON body, within `timeoutMs` for the whole exchange.
 * Redirects are refused: the URL the policy (or discovery) names is the one trusted.
 *
 * @example
 * ```ts
 * const jwks = await fetchJson("https://idp.example/keys", 3000); // throws IdpFetchError
 * ```
 */
export async function fetchJson(url: string, timeoutMs: number): Promise<unknown> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: "manual", headers: { accept: "application/json, application/jwk-set+json" } });
    if (response.status !== 200) {
      await response.body?.cancel();
      const redirect = response.status >= 300 && response.status < 400 ? " (redirects are not followed; name the final URL)" : "";
      throw new IdpFetchError(`GET ${url} answered HTTP ${response.status}${redirect}`);
    }
    const text = await readCapped(response, url);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new IdpFetchError(`GET ${url} did not answer JSON`);
    }
  } catch (err) {
    if (err instanceof IdpFetchError) throw err;
    if (signal.aborted) throw new IdpFetchError(`GET ${url} timed out after ${timeoutMs} ms`);
    const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
    throw new IdpFetchError(`GET ${url} failed: ${cause?.code ?? cause?.message ?? (err as Error).message}`);
  }
}

async function readCapped(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_IDP_DOCUMENT_BYTES) {
    await response.body?.cancel();
    throw new IdpFetchError(`GET ${url} answered ${declared} bytes; at most ${MAX_IDP_DOCUMENT_BYTES} are read`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > MAX_IDP_DOCUMENT_BYTES) {
      await reader?.cancel().catch(() => undefined);
      throw new IdpFetchError(`GET ${url} answered more than ${MAX_IDP_DOCUMENT_BYTES} bytes`);
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
