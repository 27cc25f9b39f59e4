/**
 * ioredis, loaded the first time a Redis client is made: a sidecar without `--redis` never
 * loads it (~165 ms of CPU at start on the project's VM; BENCHMARKS.md, "Leads").
 */
import { createRequire } from "node:module";
import type * as IORedis from "ioredis";

const require = createRequire(import.meta.url);
let loaded: typeof IORedis | undefined;

/**
 * The ioredis module (CommonJS, loaded synchronously on first use).
 *
 * @example
 * ```ts
 * const redis = new (ioredis().Redis)(url);
 * ```
 */
export function ioredis(): typeof IORedis {
  loaded ??= require("ioredis") as typeof IORedis;
  return loaded;
}
