/**
 * A Connect `Transport` that hands unary calls straight to the sidecar's handlers in this
 * process — for embedded mode, where the host and the sidecar share a heap.
 *
 * Connect's own in-memory transport (`createRouterTransport`) runs the full protocol: it
 * encodes the request to protobuf, frames it as an HTTP body, decodes it on the server side,
 * and back again for the response, with an abort controller and header maps per call. On a
 * governed MCP call (three RPCs) that machinery was about 60 % of the CPU, and a decision
 * cost ~55 µs where its logic costs a few. Here the request message reaches the handler as
 * is; what the handler sees is otherwise the same: the request gate (draining, admin
 * credential), the interceptors (OpenTelemetry spans, admin audit), deadlines, the caller's
 * abort signal and headers, and errors as `ConnectError` with the handler's code.
 *
 * What the protocol did besides, and why it is not needed here: byte limits and recursion
 * limits bound what a remote peer can make the sidecar parse; an in-process caller hands
 * over objects it already holds, and the handlers' own bounds (argument size and depth, the
 * guardrail's `maxBytes`) still apply. Streaming RPCs (QueryAudit, Health.Watch) go through
 * the router transport, built over the very same handler instances.
 */
import { create, isMessage, type DescMessage, type DescMethodUnary, type MessageInitShape } from "@bufbuild/protobuf";
import {
  createRouterTransport,
  type ConnectRouter,
  type ConnectRouterOptions,
  type ContextValues,
  type Transport,
  type UnaryResponse,
} from "@connectrpc/connect";
import { createUnaryInvoker, type HeadersInit, type UnaryInvokerOptions } from "./unary-invoker.js";

/** Options of {@link createDirectTransport}: those of the router the listener uses. */
export interface DirectTransportOptions extends UnaryInvokerOptions {
  /** Options of the router transport that serves streaming calls (default: the gate, interceptors and deadline above). */
  readonly router?: ConnectRouterOptions | undefined;
}

/**
 * Creates a transport that calls the handlers of `routes` directly in this process (see the
 * module comment). Pass the router options the listener uses, so that both see the same gate
 * and interceptors.
 *
 * @example
 * ```ts
 * const transport = createDirectTransport(core.routes, { interceptors, requestGate: gate, maxTimeoutMs: 60_000 });
 * const client = createGovernanceClient({ transport });
 * ```
 */
export function createDirectTransport(routes: (router: ConnectRouter) => void, options: DirectTransportOptions = {}): Transport {
  const invoker = createUnaryInvoker(routes, options);
  const streaming = createRouterTransport((router) => invoker.replay(router), {
    router: options.router ?? { interceptors: [...(options.interceptors ?? [])], requestGate: options.requestGate, maxTimeoutMs: options.maxTimeoutMs },
  });
  return {
    unary<I extends DescMessage, O extends DescMessage>(
      method: DescMethodUnary<I, O>,
      signal: AbortSignal | undefined,
      timeoutMs: number | undefined,
      header: HeadersInit | undefined,
      input: MessageInitShape<I>,
      contextValues?: ContextValues,
    ): Promise<UnaryResponse<I, O>> {
      const message = isMessage(input, method.input) ? input : create(method.input, input);
      return invoker.invoke(method, { message, signal, timeoutMs, header, contextValues });
    },
    stream: (...args) => streaming.stream(...args),
  };
}
