/**
 * `@modelcontextprotocol/server-everything` as a real downstream MCP server: its entry point,
 * and a process of it serving Streamable HTTP on a free loopback port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./paths.js";
import { freePort } from "./redis.js";

/** server-everything's entry point (run with `stdio` or `streamableHttp`). */
export const EVERYTHING = join(REPO, "node_modules", "@modelcontextprotocol", "server-everything", "dist", "index.js");

/**
 * Starts server-everything over Streamable HTTP (on `port`, or a free one); resolves once it
 * listens, with its MCP URL.
 *
 * @example
 * ```ts
 * const { child, url } = await startEverythingHttp(); // url: http://127.0.0.1:<port>/mcp
 * child.kill();
 * ```
 */
export async function startEverythingHttp(port?: number): Promise<{ readonly child: ChildProcess; readonly url: string }> {
  port ??= await freePort();
  const child = spawn(process.execPath, [EVERYTHING, "streamableHttp"], { env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on("data", (d: Buffer) => {
      stderr += d;
      if (stderr.includes("listening on port")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server-everything exited ${code}: ${stderr}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/mcp` };
}
