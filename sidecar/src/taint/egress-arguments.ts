/**
 * Egress checks on a call's arguments, for a tainted workflow under
 * `afterUntrusted.egress: { allowDomains }`: every URL, e-mail address and host named in the
 * arguments must be on the allowlist, and no URL may carry data out — long or encoded query
 * values, data-like path segments, credentials in the URL, or a markdown image with a query
 * (a beacon that fires when the text is rendered). A call whose arguments name no
 * destination at all is refused too: there is nothing to hold against the allowlist.
 */

const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s<>"'`)\]]+/gi;
const MARKDOWN_IMAGE = /!\[[^\]]*\]\(\s*<?([^\s)>]+)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;
/** Keys whose plain values are hosts (`domain: evil.example`). */
const HOST_KEY = /domain|host/i;
/** A run of base64, base64url or hex: how encoded data looks. */
const ENCODED = /^[A-Za-z0-9+/=_-]+$/;

const MAX_URL_CHARS = 512;
const MAX_QUERY_CHARS = 100;
const MAX_PLAIN_VALUE_CHARS = 24;
const MAX_PATH_SEGMENT_CHARS = 32;
/** Strings looked at, at most: arguments past it are refused rather than half-checked. */
const MAX_STRINGS = 10_000;
const MAX_DEPTH = 64;

/**
 * Whether `host` is `domain` or one of its subdomains, for each allowlist entry.
 *
 * @example
 * ```ts
 * domainAllowed("api.example.com", ["example.com"]); // true
 * ```
 */
export function domainAllowed(host: string, allowDomains: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return allowDomains.some((d) => h === d || h.endsWith(`.${d}`));
}

/**
 * Why a call's arguments may not leave a tainted workflow; undefined when every destination
 * is allowed and no URL carries data.
 *
 * @example
 * ```ts
 * egressViolation({ url: "https://evil.example/x" }, ["example.com"]); // "argument 'url' sends to evil.example, …"
 * ```
 */
export function egressViolation(args: unknown, allowDomains: readonly string[]): string | undefined {
  let destinations = 0;
  let strings = 0;
  const check = (value: string, at: string, key: string): string | undefined => {
    if (++strings > MAX_STRINGS) return `the arguments hold more than ${MAX_STRINGS} strings; too many to check`;
    for (const [, url] of value.matchAll(MARKDOWN_IMAGE)) {
      if (url!.includes("?")) return `argument '${at}' holds a markdown image with a query string (a beacon that sends data when rendered)`;
    }
    for (const [url] of value.matchAll(URL_PATTERN)) {
      destinations++;
      const problem = urlProblem(url, allowDomains);
      if (problem) return `argument '${at}' ${problem}`;
    }
    for (const [, domain] of value.matchAll(EMAIL)) {
      destinations++;
      if (!domainAllowed(domain!, allowDomains)) return `argument '${at}' sends to an e-mail address at ${domain}, which is not in allowDomains`;
    }
    if (HOST_KEY.test(key) && HOSTNAME.test(value.trim())) {
      destinations++;
      if (!domainAllowed(value.trim(), allowDomains)) return `argument '${at}' names the host ${value.trim()}, which is not in allowDomains`;
    }
    return undefined;
  };
  const walk = (value: unknown, at: string, key: string, depth: number): string | undefined => {
    if (depth > MAX_DEPTH) return `argument '${at}' is nested too deeply to check`;
    if (typeof value === "string") return check(value, at, key);
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        const problem = walk(item, `${at}[${i}]`, key, depth + 1);
        if (problem) return problem;
      }
    } else if (value !== null && typeof value === "object") {
      for (const [k, item] of Object.entries(value)) {
        const problem = walk(item, at === "" ? k : `${at}.${k}`, k, depth + 1);
        if (problem) return problem;
      }
    }
    return undefined;
  };
  const problem = walk(args ?? {}, "", "", 0);
  if (problem) return problem;
  return destinations === 0 ? "its arguments name no URL, e-mail address or host to hold against allowDomains" : undefined;
}

function urlProblem(text: string, allowDomains: readonly string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "holds a URL that does not parse";
  }
  if (!domainAllowed(url.hostname, allowDomains)) return `sends to ${url.hostname}, which is not in allowDomains`;
  if (url.username !== "" || url.password !== "") return "holds a URL with credentials in it";
  if (text.length > MAX_URL_CHARS) return `holds a URL longer than ${MAX_URL_CHARS} characters (data going out)`;
  const query = url.search.slice(1);
  if (query.length > MAX_QUERY_CHARS) return `holds a URL whose query string is longer than ${MAX_QUERY_CHARS} characters (data going out)`;
  for (const [name, value] of url.searchParams) {
    if (value.length > MAX_PLAIN_VALUE_CHARS || (value.length >= 16 && ENCODED.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value))) {
      return `holds a URL whose query parameter '${name}' looks like data (long or encoded)`;
    }
  }
  for (const segment of url.pathname.split("/")) {
    const raw = safeDecode(segment);
    if (raw.length > MAX_PATH_SEGMENT_CHARS && ENCODED.test(raw)) return "holds a URL with a data-like path segment (long and encoded)";
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
