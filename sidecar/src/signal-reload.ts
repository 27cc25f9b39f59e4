/**
 * What SIGHUP does to a running `portcullis serve` or `gateway`: the policy, and the shadow
 * policy when there is one, are read again at once. The stores log each verdict themselves
 * (`policy reloaded`, `policy unchanged; …`, `policy rejected; the policy in force stays in
 * force` with the file:line of each problem), with `trigger: "signal"`.
 */
import type { DecisionEngine } from "./decision/index.js";
import type { Logger } from "./logger.js";
import type { PolicyStore } from "./policy/index.js";

/**
 * Reloads the policies of a running sidecar for a SIGHUP. Never rejects: a reload that fails
 * outright is logged, and the policy in force stays (a signal must never end the process by
 * an unhandled rejection).
 *
 * @example
 * ```ts
 * process.on("SIGHUP", () => void reloadOnSignal(sidecar, logger));
 * ```
 */
export async function reloadOnSignal(sidecar: { readonly policies: PolicyStore; readonly engine: DecisionEngine }, logger: Logger): Promise<void> {
  const failed = (what: string) => (err: unknown) =>
    logger.error({ trigger: "signal", err: (err as Error).message }, `${what} not reloaded; the one in force stays in force`);
  await Promise.all([sidecar.policies.reload("signal").catch(failed("policy")), sidecar.engine.shadow?.reload("signal").catch(failed("shadow policy"))]);
}
