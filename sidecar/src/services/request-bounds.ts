/**
 * Bounds on RPC input. Every violation is a ConnectError that names the field and says
 * what to fix; nothing here allocates in proportion to hostile input beyond what the
 * transport has already read (itself capped by `readMaxBytes`).
 */
import type { JsonValue } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";

/** Limits on request fields. */
export const REQUEST_LIMITS = {
  /** Largest message the transport reads for data-plane RPCs. */
  messageBytes: 16 * 1024 * 1024,
  /** Largest message for admin RPCs. */
  adminMessageBytes: 1024 * 1024,
  tokenBytes: 8 * 1024,
  nameLength: 256,
  argumentsBytes: 1024 * 1024,
  argumentsDepth: 32,
  toolsPerList: 10_000,
} as const;

/**
 * Requires a non-empty name (server, tool, …) of bounded length.
 *
 * @example
 * ```ts
 * requireName("server", req.server); // throws InvalidArgument "server: required …"
 * ```
 */
export function requireName(field: string, value: string, hint: string): void {
  if (value === "") throw new ConnectError(`${field}: required (${hint})`, Code.InvalidArgument);
  if (value.length > REQUEST_LIMITS.nameLength) {
    throw new ConnectError(`${field}: ${value.length} characters; the limit is ${REQUEST_LIMITS.nameLength}`, Code.InvalidArgument);
  }
}

/** Bounds the caller token's size (its content is never echoed). */
export function checkToken(field: string, token: string): void {
  if (token.length > REQUEST_LIMITS.tokenBytes) {
    throw new ConnectError(`${field}: longer than ${REQUEST_LIMITS.tokenBytes} bytes; is this really a token?`, Code.InvalidArgument);
  }
}

/**
 * Bounds a JSON value's size and nesting depth without recursion, so that hostile input
 * (a 10 MB blob, arrays nested 1,000 deep) is refused cleanly.
 *
 * @example
 * ```ts
 * checkJson("arguments", req.arguments, { maxBytes: 1 << 20, maxDepth: 32 });
 * ```
 */
export function checkJson(field: string, value: JsonValue | undefined, limits: { maxBytes: number; maxDepth: number }): void {
  if (value === undefined) return;
  const stack: { value: JsonValue; depth: number }[] = [{ value, depth: 1 }];
  let bytes = 0;
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop()!;
    if (v === null || typeof v !== "object") {
      bytes += typeof v === "string" ? v.length + 2 : 8;
    } else {
      if (depth > limits.maxDepth) {
        throw new ConnectError(`${field}: nested more than ${limits.maxDepth} levels deep; flatten the value`, Code.InvalidArgument);
      }
      bytes += 2;
      if (Array.isArray(v)) {
        for (const item of v) stack.push({ value: item, depth: depth + 1 });
      } else {
        for (const key in v) {
          bytes += key.length + 3;
          stack.push({ value: v[key] as JsonValue, depth: depth + 1 });
        }
      }
    }
    if (bytes > limits.maxBytes) {
      throw new ConnectError(
        `${field}: larger than ${formatBytes(limits.maxBytes)}; send a reference to large data instead of the data`,
        Code.ResourceExhausted,
      );
    }
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / (1024 * 1024)} MiB` : `${n / 1024} KiB`;
}
