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
import { create, isMessage, type DescMessage, type DescMethod, type DescMethodUnary, type MessageInitShape } from "@bufbuild/protobuf";
import {
  Code,
  ConnectError,
  createContextValues,
  createRouterTransport,
  type ConnectRouter,
  type ConnectRouterOptions,
  type ContextValues,
  type HandlerContext,
  type Interceptor,
  type Transport,
  type UnaryRequest,
  type UnaryResponse,
} from "@connectrpc/connect";

/** Options of {@link createDirectTransport}: those of the router the listener uses. */
export interface DirectTransportOptions {
  /** Server-side interceptors, outermost first (as in `ConnectRouterOptions`). */
  readonly interceptors?: readonly Interceptor[] | undefined;
  /** Runs before every handler; throw to refuse the call. */
  readonly requestGate?: ((ctx: HandlerContext) => void | Promise<void>) | undefined;
  /** Deadlines above this are cut to it (as `ConnectRouterOptions.maxTimeoutMs`). */
  readonly maxTimeoutMs?: number | undefined;
  /** Options of the router transport that serves streaming calls (default: the gate, interceptors and deadline above). */
  readonly router?: ConnectRouterOptions | undefined;
}

/** What `new Headers()` takes (the DOM's HeadersInit, which this project's lib settings leave out). */
type HeadersInit = ConstructorParameters<typeof Headers>[0];

type UnaryHandler = (request: unknown, ctx: HandlerContext) => unknown;

/** What the recording router saw: to call unary methods directly and to rebuild the routes. */
interface RecordedRoutes {
  readonly unary: Map<DescMethod, UnaryHandler>;
  readonly byName: Map<string, UnaryHandler>;
  readonly replay: ((router: ConnectRouter) => void)[];
}

const methodKey = (method: DescMethod) => `${method.parent.typeName}/${method.name}`;

/** Runs `routes` against a router that records each unary method's handler (bound, as connect-es binds it). */
function recordRoutes(routes: (router: ConnectRouter) => void): RecordedRoutes {
  const recorded: RecordedRoutes = { unary: new Map(), byName: new Map(), replay: [] };
  const keep = (method: DescMethod, fn: UnaryHandler) => {
    recorded.unary.set(method, fn);
    recorded.byName.set(methodKey(method), fn);
  };
  const recorder = {
    handlers: [],
    service(service, impl, options) {
      for (const method of service.methods) {
        const fn = (impl as Record<string, unknown>)[method.localName];
        if (method.methodKind === "unary" && typeof fn === "function") keep(method, fn.bind(impl) as UnaryHandler);
      }
      recorded.replay.push((router) => router.service(service, impl, options));
      return recorder;
    },
    rpc(method, impl, options) {
      if (method.methodKind === "unary") keep(method, impl as UnaryHandler);
      recorded.replay.push((router) => router.rpc(method as never, impl as never, options));
      return recorder;
    },
  } as ConnectRouter;
  routes(recorder);
  return recorded;
}

/** The handler context of one direct call; header maps are made only when someone reads them. */
class DirectContext implements HandlerContext {
  readonly protocolName = "direct";
  readonly requestMethod = "POST";
  readonly url: string;
  #requestHeader: Headers | undefined;
  #requestInit: HeadersInit | undefined;
  #responseHeader: Headers | undefined;
  #responseTrailer: Headers | undefined;

  constructor(
    readonly service: DescMethod["parent"],
    readonly method: DescMethod,
    readonly signal: AbortSignal,
    private readonly deadline: number | undefined,
    header: HeadersInit | undefined,
    readonly values: ContextValues,
  ) {
    this.url = `/${methodKey(method)}`;
    this.#requestInit = header;
  }

  timeoutMs(): number | undefined {
    return this.deadline === undefined ? undefined : this.deadline - Date.now();
  }
  get requestHeader(): Headers {
    this.#requestHeader ??= new Headers(this.#requestInit);
    return this.#requestHeader;
  }
  get responseHeader(): Headers {
    this.#responseHeader ??= new Headers();
    return this.#responseHeader;
  }
  get responseTrailer(): Headers {
    this.#responseTrailer ??= new Headers();
    return this.#responseTrailer;
  }
}

/** A signal that never aborts, for calls without a deadline or a caller's signal. Nothing is ever added to it by us. */
const NEVER = new AbortController().signal;

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
  const recorded = recordRoutes(routes);
  const replay = (router: ConnectRouter) => {
    for (const add of recorded.replay) add(router);
  };
  const streaming = createRouterTransport(replay, {
    router: options.router ?? { interceptors: [...(options.interceptors ?? [])], requestGate: options.requestGate, maxTimeoutMs: options.maxTimeoutMs },
  });
  const interceptors = options.interceptors ?? [];
  const maxTimeoutMs = options.maxTimeoutMs;
  const gate = options.requestGate;

  async function unary<I extends DescMessage, O extends DescMessage>(
    method: DescMethodUnary<I, O>,
    signal: AbortSignal | undefined,
    timeoutMs: number | undefined,
    header: HeadersInit | undefined,
    input: MessageInitShape<I>,
    contextValues?: ContextValues,
  ): Promise<UnaryResponse<I, O>> {
    const handler = recorded.unary.get(method) ?? recorded.byName.get(methodKey(method));
    if (!handler) throw new ConnectError(`${methodKey(method)} is not implemented`, Code.Unimplemented);
    const message = isMessage(input, method.input) ? input : create(method.input, input);
    if (signal?.aborted) throw ConnectError.from(signal.reason, Code.Canceled);
    const limit = timeoutMs !== undefined && timeoutMs > 0 ? (maxTimeoutMs ? Math.min(timeoutMs, maxTimeoutMs) : timeoutMs) : maxTimeoutMs;
    // An abort controller only when something can end the call early: a deadline or the caller.
    let controller: AbortController | undefined;
    let interrupted: Promise<never> | undefined;
    let timer: NodeJS.Timeout | undefined;
    let onCallerAbort: (() => void) | undefined;
    if (limit !== undefined || signal) {
      const c = (controller = new AbortController());
      interrupted = new Promise<never>((_, reject) => {
        const stop = (err: ConnectError) => {
          c.abort(err);
          reject(err);
        };
        if (limit !== undefined) timer = setTimeout(() => stop(new ConnectError("the operation timed out", Code.DeadlineExceeded)), limit);
        if (signal) {
          onCallerAbort = () => stop(ConnectError.from(signal.reason, Code.Canceled));
          signal.addEventListener("abort", onCallerAbort, { once: true });
        }
      });
    }
    const ctx = new DirectContext(
      method.parent,
      method,
      controller?.signal ?? NEVER,
      limit === undefined ? undefined : Date.now() + limit,
      header,
      contextValues ?? createContextValues(),
    );
    const terminal = async (req: UnaryRequest<I, O>): Promise<UnaryResponse<I, O>> => {
      const out = await handler(req.message, ctx);
      return {
        stream: false,
        service: method.parent,
        method,
        header: ctx.responseHeader,
        trailer: ctx.responseTrailer,
        message: isMessage(out, method.output) ? out : create(method.output, out as MessageInitShape<O>),
      };
    };
    const run = async () => {
      if (gate) await gate(ctx);
      let next = terminal as (req: UnaryRequest<I, O>) => Promise<UnaryResponse<I, O>>;
      for (let i = interceptors.length - 1; i >= 0; i--) next = interceptors[i]!(next as never) as never;
      return next({
        stream: false,
        service: method.parent,
        method,
        requestMethod: ctx.requestMethod,
        url: ctx.url,
        signal: ctx.signal,
        // Made only if an interceptor reads it.
        get header() {
          return ctx.requestHeader;
        },
        contextValues: ctx.values,
        message,
      });
    };
    try {
      const call = run();
      return await (interrupted ? Promise.race([call, interrupted]) : call);
    } catch (err) {
      throw ConnectError.from(err);
    } finally {
      clearTimeout(timer);
      if (onCallerAbort) signal?.removeEventListener("abort", onCallerAbort);
    }
  }

  return { unary, stream: (...args) => streaming.stream(...args) };
}
