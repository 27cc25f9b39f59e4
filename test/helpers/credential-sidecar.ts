/**
 * An in-process sidecar on a real loopback listener with the credential vault on (a fresh
 * key and data directory), an admin token, and every log line captured at trace level — for
 * tests of credentials through the real RPCs and the connect flow's HTTP route.
 */
import { createClient, type Client } from "@connectrpc/connect";
import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { AdminService, createGovernanceClient, type GovernanceClient } from "@portcullis/sdk";
import { createLogger, hashToken, startSidecar, type Sidecar, type SidecarOptions } from "@portcullis/sidecar";
import { policyFile } from "./policy-file.js";

export const ADMIN_TOKEN = "admin-token-0123456789abcdef-0123456789";

/** A running sidecar with clients. */
export interface CredentialSidecar {
  readonly sidecar: Sidecar;
  readonly client: GovernanceClient;
  readonly admin: Client<typeof AdminService>;
  /** Every log line so far, as JSON text. */
  readonly logs: string[];
  readonly dataDir: string;
  readonly vaultKey: string;
  readonly policyFile: string;
  close(): Promise<void>;
}

/** Call options that carry the admin token. */
export const asAdmin = { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } };

/**
 * Starts the sidecar on `policy` (YAML text), the vault on with a fresh key unless
 * `vault: false`.
 *
 * @example
 * ```ts
 * const s = await startCredentialSidecar(policyText);
 * await s.admin.putCredential({ server: "search", kind: CredentialKind.STATIC, secret }, asAdmin);
 * ```
 */
export async function startCredentialSidecar(policy: string, options: Partial<SidecarOptions> & { vault?: boolean } = {}): Promise<CredentialSidecar> {
  const { vault = true, ...rest } = options;
  const vaultKey = vault ? (rest.vaultKey ?? randomBytes(32).toString("base64")) : undefined;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n")) if (line) logs.push(line);
      done();
    },
  });
  const dataDir = rest.dataDir ?? (await mkdtemp(join(tmpdir(), "pcl-data-")));
  const file = await policyFile(policy);
  const sidecar = await startSidecar({
    policyFile: file,
    listen: { host: "127.0.0.1", port: 0 },
    adminTokenSha256: hashToken(ADMIN_TOKEN),
    watchPolicy: false,
    dataDir,
    logger: createLogger({ level: "trace", destination: sink }),
    ...rest,
    vaultKey,
  });
  const client = createGovernanceClient({ baseUrl: sidecar.baseUrl!, timeoutMs: 20_000 });
  return {
    sidecar,
    client,
    admin: createClient(AdminService, client.transport),
    logs,
    dataDir,
    vaultKey: vaultKey ?? "",
    policyFile: file,
    async close() {
      client.close();
      await sidecar.close();
    },
  };
}
