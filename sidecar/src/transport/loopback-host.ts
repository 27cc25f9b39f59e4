/**
 * The one loopback test of the sidecar: where plain http or a listener is allowed only on
 * this machine (the data-plane listen address, an IdP's issuer URL in tests and
 * development), the host must be `localhost`, an IPv4 address in 127.0.0.0/8 or the IPv6
 * loopback `::1` — parsed as an address, never matched as text, so a DNS name such as
 * `127.evil.example` that merely starts like one is not loopback.
 */
import { isIP } from "node:net";

/**
 * Whether `host` (a hostname as `URL.hostname` gives it, brackets around IPv6 allowed, or a
 * bare address) is this machine's loopback.
 *
 * @example
 * ```ts
 * isLoopbackHost("127.0.0.1"); // true
 * isLoopbackHost("[::1]"); // true
 * isLoopbackHost("127.evil.example"); // false
 * ```
 */
export function isLoopbackHost(host: string): boolean {
  // Brackets enclose an IPv6 address only (as in URLs); anything else in them is no host.
  const bracketed = host.startsWith("[") && host.endsWith("]");
  const bare = bracketed ? host.slice(1, -1) : host;
  const family = isIP(bare);
  if (bracketed && family !== 6) return false;
  if (bare.toLowerCase() === "localhost") return true;
  if (family === 4) return bare.split(".")[0] === "127";
  // Every spelling of ::1 (0:0:0:0:0:0:0:1, ::0001, …) comes out of the URL parser as [::1].
  if (family === 6) return URL.parse(`http://[${bare}]/`)?.hostname === "[::1]";
  return false;
}
