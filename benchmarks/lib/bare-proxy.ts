/**
 * A do-nothing HTTP reverse proxy, the floor for the gateway's figures: every request is
 * forwarded to one upstream over a keep-alive connection and its answer piped back, bytes
 * untouched (JSON and event streams alike) — no parsing, no governance. What it adds to a call
 * is what one more HTTP hop costs on the machine, measured in the same run as the gateway.
 *
 * Run as a child process: `node benchmarks/lib/bare-proxy.ts http://127.0.0.1:3001` prints
 * `bare proxy listening on http://127.0.0.1:PORT`.
 */
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

const upstream = new URL(process.argv[2] ?? "");
const agent = new Agent({ keepAlive: true });

const server = createServer((req, res) => {
  const out = request(
    { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host }, agent },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  out.on("error", () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
  req.pipe(out);
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`bare proxy listening on http://127.0.0.1:${port}`);
});
