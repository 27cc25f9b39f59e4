/**
 * A client-credentials (or exchanged) token whose provider gave no `expires_in`: the replica's
 * cache served it for as long as the process lived, long after the provider had expired it. It
 * now takes the lifetime of the token it replaces, or else an hour, and is obtained again at
 * about two thirds of it. The clock is vitest's fake one: nothing here waits.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "@portcullis/sidecar";
import { TokenCache } from "../../../sidecar/src/credentials/token-cache.js";
import { ASSUMED_LIFETIME_MS } from "../../../sidecar/src/credentials/refresh-schedule.js";

afterEach(() => vi.useRealTimers());

describe("a cached token without a lifetime", () => {
  it("is taken to live an hour, and obtained again before the hour is out", async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const cache = new TokenCache(createLogger({ level: "silent" }));
    let issued = 0;
    const obtain = async () => ({ accessToken: `token-${++issued}`, expiresIn: undefined, refreshToken: undefined, scope: undefined, tokenType: "Bearer" });
    const owner = { grant: "client-credentials" as const, server: "reports" };
    const first = await cache.get(owner, obtain);
    expect(first).toEqual({ token: "token-1", expiresAtMs: 1_000_000 + ASSUMED_LIFETIME_MS });
    // Well past two thirds of the hour (and within it): refreshed in the background, the old one served meanwhile.
    vi.setSystemTime(1_000_000 + 0.8 * ASSUMED_LIFETIME_MS);
    expect((await cache.get(owner, obtain)).token).toBe("token-1");
    await vi.waitFor(() => expect(issued).toBe(2));
    expect((await cache.get(owner, obtain)).token).toBe("token-2");
    // Past the hour with no new token obtainable: nothing stale is served.
    vi.setSystemTime(1_000_000 + 0.8 * ASSUMED_LIFETIME_MS + 2 * ASSUMED_LIFETIME_MS);
    const failing = () => Promise.reject(new Error("provider down"));
    await expect(Promise.resolve().then(() => cache.get(owner, failing))).rejects.toThrow("provider down");
  });
});
