/**
 * The embedded sidecar's options that a gateway configuration names: its data directory,
 * Redis and audit trail. `portcullis gateway` and `npm run demo` both start from them, so
 * the demo records what the CLI would.
 */
import { join } from "node:path";
import { DEFAULT_DATA_DIR } from "../identity/index.js";
import type { TelemetryOptions } from "../telemetry/telemetry-config.js";
import type { GatewayConfig } from "./gateway-config.js";
import type { GatewayOptions } from "./mcp-gateway.js";

/**
 * The sidecar options of `config`: `dataDir` (default `./portcullis-data`), its Redis, the
 * vault key from `PORTCULLIS_VAULT_KEY`, and the audit trail in `dataDir/audit` (or
 * `audit.dir`) unless `audit: false`. An audit directory another process holds is reported
 * with what to change in the configuration file (the gateway has no `--data-dir`).
 *
 * @example
 * ```ts
 * const config = await loadGatewayConfig("examples/gateway.yaml");
 * const gateway = await startGateway({ config, sidecar: gatewaySidecarOptions(config) });
 * ```
 */
export function gatewaySidecarOptions(config: GatewayConfig, telemetry?: TelemetryOptions): NonNullable<GatewayOptions["sidecar"]> {
  const dataDir = config.dataDir ?? DEFAULT_DATA_DIR;
  return {
    dataDir,
    redisUrl: config.redis,
    // The vault key never sits in a configuration file.
    vaultKey: process.env.PORTCULLIS_VAULT_KEY || undefined,
    vaultPreviousKeys: (process.env.PORTCULLIS_VAULT_PREVIOUS_KEYS ?? "")
      .split(",")
      .map((k) => k.trim())
      .filter((k) => k !== ""),
    audit:
      config.audit === false
        ? undefined
        : {
            dir: config.audit.dir ?? join(dataDir, "audit"),
            mode: config.audit.mode,
            index: config.audit.index,
            stream: config.audit.stream === undefined ? undefined : { key: config.audit.stream === true ? undefined : config.audit.stream },
            inUseHint: `give this gateway a dataDir of its own (or audit: { dir: … }) in ${config.file}`,
          },
    telemetry,
  };
}
