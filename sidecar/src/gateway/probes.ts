/**
 * The gateway's liveness and readiness probes, for Kubernetes and load balancers: `GET /healthz`
 * (the process serves) and `GET /readyz` (it takes new calls: not draining, and its embedded
 * sidecar can decide — the readiness `portcullis serve` reports through `grpc.health.v1.Health`
 * for GovernanceService) — and not before its start-up has finished (the listener opens first,
 * so that a slow start is seen as live, not ready). Unauthenticated, with neither
 * Host nor Origin checked (a kubelet probes the pod's IP): so the answer says nothing but the
 * status, in the words of `Health` — no server name, version, token or configuration. They do
 * not collide with an endpoint: those are all under `/mcp/`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Liveness: 200 for as long as the listener is open, the drain included. */
export const LIVENESS_PATH = "/healthz";
/** Readiness: 200 while the gateway takes new calls; 503 until its start-up has finished, from the drain on, and while its sidecar cannot decide. */
export const READINESS_PATH = "/readyz";

/** What readiness looks at: read at each probe. */
export interface ProbeState {
  /** A shutdown has begun: new calls get 503. */
  readonly draining: boolean;
  /** Whether start-up has finished and the embedded sidecar can decide every call (`EmbeddedSidecar.ready`). */
  ready(): boolean;
}

const SERVING = JSON.stringify({ status: "SERVING" });
const NOT_SERVING = JSON.stringify({ status: "NOT_SERVING" });

/**
 * Answers `req` if `path` is a probe's, and says whether it did: then the request is done with.
 * GET and HEAD only (another method: 405 with Allow).
 *
 * @example
 * ```ts
 * if (answerProbe(req, res, path, state)) return;
 * ```
 */
export function answerProbe(req: IncomingMessage, res: ServerResponse, path: string, state: ProbeState): boolean {
  if (path !== LIVENESS_PATH && path !== READINESS_PATH) return false;
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json" }).end(JSON.stringify({ error: `${path} answers GET and HEAD` }));
    return true;
  }
  const serving = path === LIVENESS_PATH || (!state.draining && state.ready());
  const body = serving ? SERVING : NOT_SERVING;
  res.writeHead(serving ? 200 : 503, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "content-length": Buffer.byteLength(body),
  });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
