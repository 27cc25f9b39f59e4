/**
 * Where the audit worker's compiled file is: beside this module in `dist/`, or — when this
 * module runs from its TypeScript source (tests) — in the build output.
 */
import { fileURLToPath } from "node:url";

/**
 * The path of the compiled `audit-worker.js`.
 *
 * @example
 * ```ts
 * new Worker(auditWorkerFile(), { workerData: job });
 * ```
 */
export function auditWorkerFile(): string {
  const here = import.meta.url;
  return fileURLToPath(here.endsWith(".ts") ? new URL("../../../dist/audit/query/audit-worker.js", here) : new URL("./audit-worker.js", here));
}
