/**
 * JwksCache on an injected clock and fetch: discovery (and its issuer check), refetch for an
 * unknown kid at most once per cooldown, a failed fetch that starts the cooldown too (no
 * wait per token while the IdP is down), keys past their age that keep verifying while the
 * refetch fails, one fetch for concurrent callers. And fetchJson against real sockets: a
 * hanging endpoint times out, an oversized or redirecting answer is refused.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { exportJWK, generateKeyPair, type FlattenedJWSInput, type JWK } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { fetchJson, IdpFetchError, MAX_IDP_DOCUMENT_BYTES } from "../../../sidecar/src/identity/fetch-json.js";
import { JwksCache, KeysUnavailableError, UnknownKeyError, type JwksSource } from "../../../sidecar/src/identity/jwks-cache.js";

const ISSUER = "https://idp.example.com";
const SOURCE: JwksSource = { issuer: ISSUER, jwksUri: undefined, timeoutMs: 1000, cooldownMs: 30_000, maxAgeMs: 600_000 };

async function publicJwk(kid: string): Promise<JWK> {
  const { publicKey } = await generateKeyPair("RS256");
  return { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
}

/** A scripted IdP: discovery and key set by URL, with a log of fetched URLs. */
function fakeIdp(keys: JWK[]) {
  const fetched: string[] = [];
  const state = { keys, down: false as false | string, discovery: { issuer: ISSUER, jwks_uri: `${ISSUER}/keys` } as Record<string, unknown> };
  const fetch = async (url: string) => {
    fetched.push(url);
    if (state.down) throw new IdpFetchError(state.down);
    if (url === `${ISSUER}/.well-known/openid-configuration`) return state.discovery;
    if (url === `${ISSUER}/keys`) return { keys: state.keys };
    throw new Error(`unexpected ${url}`);
  };
  return { fetched, state, fetch };
}

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const header = (kid: string) => ({ alg: "RS256", kid });
const NO_TOKEN = undefined as unknown as FlattenedJWSInput;

describe("JwksCache", () => {
  it("finds the key set through discovery and keeps it", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const cache = new JwksCache(SOURCE, { fetchJson: idp.fetch, now: clock().now });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    await cache.getKey(header("k1"), NO_TOKEN);
    expect(idp.fetched).toEqual([`${ISSUER}/.well-known/openid-configuration`, `${ISSUER}/keys`]);
  });

  it("refuses a discovery document that names another issuer or a plain-http key set", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    idp.state.discovery = { issuer: "https://evil.example", jwks_uri: `${ISSUER}/keys` };
    const c = clock();
    const cache = new JwksCache(SOURCE, { fetchJson: idp.fetch, now: c.now });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(
      new KeysUnavailableError(
        `the signing keys of ${ISSUER} are unavailable: the discovery document at ${ISSUER}/.well-known/openid-configuration names issuer "https://evil.example", not ${ISSUER}`,
      ),
    );
    idp.state.discovery = { issuer: ISSUER, jwks_uri: "http://idp.example.com/keys" };
    c.advance(30_000);
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(
      `the discovery document at ${ISSUER}/.well-known/openid-configuration is unusable: its jwks_uri must use https (plain http only on loopback)`,
    );
  });

  it("refetches for an unknown kid at most once per cooldown", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys` }, { fetchJson: idp.fetch, now: c.now });
    await cache.getKey(header("k1"), NO_TOKEN);
    c.advance(30_000);
    await expect(cache.getKey(header("k2"), NO_TOKEN)).rejects.toThrow(UnknownKeyError);
    expect(idp.fetched).toHaveLength(2); // the first unknown kid refetched
    for (let i = 0; i < 20; i++) await expect(cache.getKey(header(`made-up-${i}`), NO_TOKEN)).rejects.toThrow(/fetched again at most every 30000 ms/);
    expect(idp.fetched).toHaveLength(2); // made-up kids cannot make it hammer the IdP
    idp.state.keys = [...idp.state.keys, await publicJwk("k2")];
    c.advance(30_000);
    await expect(cache.getKey(header("k2"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    expect(idp.fetched).toHaveLength(3);
  });

  it("fails at once while a failed fetch cools down, then tries again", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    idp.state.down = "connect ECONNREFUSED";
    const c = clock();
    const cache = new JwksCache(SOURCE, { fetchJson: idp.fetch, now: c.now });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(
      new KeysUnavailableError(`the signing keys of ${ISSUER} are unavailable: connect ECONNREFUSED`),
    );
    c.advance(10_000);
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(`the signing keys of ${ISSUER} are unavailable (last attempt 10000 ms ago`);
    expect(idp.fetched).toHaveLength(1);
    idp.state.down = false;
    c.advance(20_000);
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
  });

  it("says an unknown kid cannot be told (fetchFailed) for the whole cooldown after a failed refetch, not only on the call that tried", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys` }, { fetchJson: idp.fetch, now: c.now });
    await cache.getKey(header("k1"), NO_TOKEN);
    // The IdP rotates to k2 while its key set answers 503.
    idp.state.down = "GET https://idp.example.com/keys answered HTTP 503";
    c.advance(30_000);
    const first = await cache.getKey(header("k2"), NO_TOKEN).catch((err: unknown) => err);
    expect(first).toBeInstanceOf(UnknownKeyError);
    expect(first).toMatchObject({ fetchFailed: true, message: expect.stringMatching(/and fetching the keys again failed: .*HTTP 503$/) });
    c.advance(100);
    const second = await cache.getKey(header("k2"), NO_TOKEN).catch((err: unknown) => err);
    expect(second).toBeInstanceOf(UnknownKeyError);
    expect((second as UnknownKeyError).message).toBe(
      `no signing key of ${ISSUER} matches the token (kid "k2", alg RS256), and fetching the keys again failed 100 ms ago (tried again at most every 30000 ms): GET https://idp.example.com/keys answered HTTP 503`,
    );
    expect((second as UnknownKeyError).fetchFailed).toBe(true);
    expect(idp.fetched).toHaveLength(2); // still one attempt per cooldown
    // Once a refetch succeeds, a key it does not hold is a plain "no" again.
    idp.state.down = false;
    c.advance(30_000);
    await expect(cache.getKey(header("k3"), NO_TOKEN)).rejects.toMatchObject({ fetchFailed: false });
    c.advance(100);
    await expect(cache.getKey(header("k3"), NO_TOKEN)).rejects.toMatchObject({
      fetchFailed: false,
      message: expect.stringContaining("the keys were fetched 100 ms ago"),
    });
  });

  it("keeps verifying with keys past their age while the refetch fails, and drops a withdrawn key once one succeeds", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys`, maxAgeMs: 60_000 }, { fetchJson: idp.fetch, now: c.now });
    await cache.getKey(header("k1"), NO_TOKEN);
    idp.state.down = "timed out";
    c.advance(60_000);
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    expect(idp.fetched).toHaveLength(2); // one background refetch per cooldown
    idp.state.down = false;
    idp.state.keys = [await publicJwk("k2")];
    c.advance(30_000);
    await cache.getKey(header("k1"), NO_TOKEN); // stale: triggers the background refetch
    await expect.poll(() => idp.fetched.length).toBe(3);
    c.advance(30_000);
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(UnknownKeyError);
  });

  it("refreshIfStale fetches only past the max age, on a later turn, once at a time, and once per cooldown when it fails", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys`, maxAgeMs: 60_000 }, { fetchJson: idp.fetch, now: c.now });
    cache.refreshIfStale(); // nothing fetched yet: the first load is getKey's
    await cache.getKey(header("k1"), NO_TOKEN);
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    cache.refreshIfStale();
    await turn();
    expect(idp.fetched).toHaveLength(1); // not old yet
    c.advance(60_000);
    idp.state.down = "timed out";
    cache.refreshIfStale();
    cache.refreshIfStale();
    expect(idp.fetched).toHaveLength(1); // not on the caller's turn
    await expect.poll(() => idp.fetched.length).toBe(2);
    await turn();
    cache.refreshIfStale(); // failed: cooling down
    await turn();
    expect(idp.fetched).toHaveLength(2);
    idp.state.down = false;
    idp.state.keys = [await publicJwk("k2")];
    c.advance(30_000);
    const before = cache.generation;
    cache.refreshIfStale();
    await expect.poll(() => cache.generation).toBe(before + 1);
    expect(idp.fetched).toHaveLength(3);
  });

  it("advances its generation when a refetch withdraws or changes a key, never when it only adds one or fails", async () => {
    const [k1, k2] = [await publicJwk("k1"), await publicJwk("k2")];
    const idp = fakeIdp([k1]);
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys` }, { fetchJson: idp.fetch, now: c.now });
    const refetch = async (kid: string) => {
      c.advance(30_000);
      await cache.getKey(header(kid), NO_TOKEN).catch(() => undefined);
    };
    await cache.getKey(header("k1"), NO_TOKEN);
    expect(cache.generation).toBe(0);
    idp.state.keys = [k1, k2];
    await refetch("k2");
    expect(cache.generation).toBe(0); // added
    idp.state.down = "timed out";
    await refetch("k3");
    expect(cache.generation).toBe(0); // failed: the set in use is unchanged
    idp.state.down = false;
    idp.state.keys = [k2];
    await refetch("k3");
    expect(cache.generation).toBe(1); // k1 withdrawn
    idp.state.keys = [{ ...(await publicJwk("k2")) }];
    await refetch("k3");
    expect(cache.generation).toBe(2); // k2 now names other key material
    expect(idp.fetched).toHaveLength(5);
  });

  it("fetches once for concurrent callers", async () => {
    const idp = fakeIdp([await publicJwk("k1")]);
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys` }, { fetchJson: idp.fetch, now: clock().now });
    await Promise.all(Array.from({ length: 10 }, () => cache.getKey(header("k1"), NO_TOKEN)));
    expect(idp.fetched).toHaveLength(1);
  });

  it("ignores secret and private members of a key set", async () => {
    const idp = fakeIdp([{ kty: "oct", k: "c2VjcmV0", kid: "hmac", alg: "HS256" }, await publicJwk("k1")]);
    const cache = new JwksCache({ ...SOURCE, jwksUri: `${ISSUER}/keys` }, { fetchJson: idp.fetch, now: clock().now });
    await expect(cache.getKey({ alg: "HS256", kid: "hmac" }, NO_TOKEN)).rejects.toThrow();
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
  });
});

describe("JwksCache against a real key-set endpoint", () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** An IdP key-set endpoint on loopback whose answer the test sets. */
  async function keySetEndpoint(): Promise<{ url: string; answer: { body: string } }> {
    const answer = { body: "" };
    server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(answer.body));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`, answer };
  }

  const broken = {
    garbage: '{"keys":[{"kty":"RSA","n":"@@@","e":"AQAB","kid":"x"}]}',
    empty: '{"keys":[]}',
    short: JSON.stringify({ keys: [{ kty: "RSA", n: "AQAB", e: "AQAB", kid: "tiny" }] }),
    encryptionOnly: "", // set below: a good key, but for encryption
    secretOnly: JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0", kid: "hmac" }] }),
  };

  for (const mode of Object.keys(broken) as (keyof typeof broken)[]) {
    it(`keeps the cached keys when a fetch answers a set with no usable key (${mode}), and says why`, async () => {
      const { url, answer } = await keySetEndpoint();
      const k1 = await publicJwk("k1");
      answer.body = JSON.stringify({ keys: [k1] });
      const failures: string[] = [];
      const c = clock();
      const cache = new JwksCache({ ...SOURCE, jwksUri: url }, { now: c.now, onFetchFailed: (issuer, message) => failures.push(`${issuer}: ${message}`) });
      await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
      answer.body = mode === "encryptionOnly" ? JSON.stringify({ keys: [{ ...(await publicJwk("enc")), use: "enc" }] }) : broken[mode];
      c.advance(30_000);
      // A token naming a key the set lacks makes it fetch again: the answer is broken.
      const unknown = await cache.getKey(header("made-up"), NO_TOKEN).catch((err: unknown) => err);
      expect(unknown).toBeInstanceOf(UnknownKeyError);
      expect((unknown as UnknownKeyError).fetchFailed).toBe(true);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(new RegExp(`^${ISSUER}: GET ${url} answered a key set with no (keys|usable verification key \\(1 unusable key: .+\\))$`));
      // The keys the IdP still signs with keep verifying, before and after the IdP is fine again.
      await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
      expect(cache.generation).toBe(0);
      answer.body = JSON.stringify({ keys: [k1] });
      c.advance(30_000);
      await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    });
  }

  it("honours a set that drops some keys (a rotation or withdrawal) and leaves out, and reports, its unusable members", async () => {
    const { url, answer } = await keySetEndpoint();
    const [k1, k2] = [await publicJwk("k1"), await publicJwk("k2")];
    answer.body = JSON.stringify({ keys: [k1, k2] });
    const skipped: string[] = [];
    const c = clock();
    const cache = new JwksCache({ ...SOURCE, jwksUri: url }, { now: c.now, onKeysSkipped: (_issuer, message) => skipped.push(message) });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    answer.body = JSON.stringify({ keys: [k2, { kty: "RSA", n: "@@@", e: "AQAB", kid: "x" }] });
    c.advance(30_000);
    await expect(cache.getKey(header("k3"), NO_TOKEN)).rejects.toMatchObject({ fetchFailed: false });
    expect(cache.generation).toBe(1); // k1 withdrawn: the new set is in use
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(UnknownKeyError);
    await expect(cache.getKey(header("k2"), NO_TOKEN)).resolves.toMatchObject({ type: "public" });
    expect(skipped).toEqual([`GET ${url}: 1 unusable key: kid "x": an RSA modulus of 0 bits (at least 2048 are required) left out`]);
  });

  it("answers KeysUnavailableError (retryable) when the first fetch holds no usable key", async () => {
    const { url, answer } = await keySetEndpoint();
    answer.body = broken.empty;
    const cache = new JwksCache({ ...SOURCE, jwksUri: url }, { now: clock().now });
    await expect(cache.getKey(header("k1"), NO_TOKEN)).rejects.toThrow(
      new KeysUnavailableError(`the signing keys of ${ISSUER} are unavailable: GET ${url} answered a key set with no keys`),
    );
  });
});

describe("fetchJson", () => {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  afterEach(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });
  async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
    server = createServer(handler);
    server.on("connection", (s) => sockets.add(s));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("gives up on an endpoint that does not answer, at its deadline", async () => {
    const url = await serve(() => undefined);
    await expect(fetchJson(`${url}/keys`, 200)).rejects.toThrow(`GET ${url}/keys timed out after 200 ms`);
  });

  it("refuses an answer larger than the cap, a redirect and a non-JSON body", async () => {
    const url = await serve((req, res) => {
      if (req.url === "/big") res.end("x".repeat(MAX_IDP_DOCUMENT_BYTES + 1));
      else if (req.url === "/moved") res.writeHead(302, { location: "https://evil.example/keys" }).end();
      else res.end("<html>");
    });
    await expect(fetchJson(`${url}/big`, 5000)).rejects.toThrow(`answered ${MAX_IDP_DOCUMENT_BYTES + 1} bytes; at most ${MAX_IDP_DOCUMENT_BYTES} are read`);
    await expect(fetchJson(`${url}/moved`, 5000)).rejects.toThrow(`GET ${url}/moved answered HTTP 302 (redirects are not followed; name the final URL)`);
    await expect(fetchJson(`${url}/html`, 5000)).rejects.toThrow(`GET ${url}/html did not answer JSON`);
  });
});
