/**
 * Calls the sidecar's unary handlers without the Connect framework's per-call machinery —
 * the shared core of the direct transport (embedded mode) and the lean unary handler (the
 * listener's hot path). What a handler sees is what connect-es would give it: the request
 * gate first, then the interceptors, a handler context with the caller's headers, deadline
 * and abort signal; errors come back as `ConnectError` (a handler's other errors as Internal,
 * their text hidden, as connect-es does).
 *
 * The handlers are found by running the routes against a recording router, which also keeps
 * what it saw so the very same handler instances can be mounted on a real router for
 * everything else (streaming calls, other protocols).
 */
import { create, isMessage, type DescMessage, type DescMethod, type DescMethodUnary, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";
import {
  Code,
  ConnectError,
  createContextValues,
  type ConnectRouter,
  type ContextValues,
  type HandlerContext,
  type Interceptor,
  type UnaryRequest,
  type UnaryResponse,
} from "@connectrpc/connect";
import { type Deadline, DeadlineSweeper } from "./deadline-sweeper.js";
import { LazyHeaders } from "./lazy-headers.js";

/** What `new Headers()` takes (the DOM's HeadersInit, which this project's lib settings leave out). */
export type HeadersInit = ConstructorParameters<typeof Headers>[0];

/** Options of {@link createUnaryInvoker}: those of the router the listener uses. */
export interface UnaryInvokerOptions {
  /** Server-side interceptors, outermost first (as in `ConnectRouterOptions`). */
  readonly interceptors?: readonly Interceptor[] | undefined;
  /** Runs before every handler (and before the request is decoded); throw to refuse the call. */
  readonly requestGate?: ((ctx: HandlerContext) => void | Promise<void>) | undefined;
  /** Deadlines above this are cut to it (as `ConnectRouterOptions.maxTimeoutMs`). */
  readonly maxTimeoutMs?: number | undefined;
}

/**
 * One call to invoke.
 *
 * @example
 * ```ts
 * const call: UnaryCall<typeof PingRequestSchema> = { message: create(PingRequestSchema), timeoutMs: 1000 };
 * ```
 */
export interface UnaryCall<I extends DescMessage> {
  /** The request, or how to decode it: decoded after the request gate, as connect-es does. */
  readonly message: MessageShape<I> | (() => MessageShape<I>);
  readonly signal?: AbortSignal | undefined;
  /**
   * Another way to end the call early, without an AbortController of the caller's own: called
   * once with `cancel`, it returns how to stop listening (called when the call ends).
   */
  readonly onCancel?: ((cancel: (reason: ConnectError) => void) => () => void) | undefined;
  readonly timeoutMs?: number | undefined;
  /** The request headers, or how to make them (only when a handler, gate or interceptor reads them). */
  readonly header?: HeadersInit | (() => HeadersInit) | undefined;
  readonly contextValues?: ContextValues | undefined;
  /** `ctx.protocolName` (default `direct`). */
  readonly protocolName?: string | undefined;
}

/** Calls unary handlers in process. */
export interface UnaryInvoker {
  /** The unary method at `path` (`/pkg.Service/Method`), if the routes have one. */
  methodAt(path: string): DescMethodUnary | undefined;
  /** Runs one call through the gate, the interceptors and the handler. */
  invoke<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, call: UnaryCall<I>): Promise<UnaryResponse<I, O>>;
  /** Mounts the same handler instances on a real router. */
  replay(router: ConnectRouter): void;
}

type UnaryHandler = (request: unknown, ctx: HandlerContext) => unknown;

const methodKey = (method: DescMethod) => `${method.parent.typeName}/${method.name}`;

/** The handler context of one call; its header maps are filled only when someone uses them. */
class InvokedContext implements HandlerContext {
  readonly requestMethod = "POST";
  readonly url: string;
  readonly requestHeader: LazyHeaders;
  readonly responseHeader = new LazyHeaders();
  readonly responseTrailer = new LazyHeaders();

  constructor(
    readonly service: DescMethod["parent"],
    readonly method: DescMethod,
    readonly signal: AbortSignal,
    private readonly deadline: number | undefined,
    header: HeadersInit | (() => HeadersInit) | undefined,
    readonly values: ContextValues,
    readonly protocolName: string,
  ) {
    this.url = `/${methodKey(method)}`;
    this.requestHeader = new LazyHeaders(header);
  }

  timeoutMs(): number | undefined {
    return this.deadline === undefined ? undefined : this.deadline - Date.now();
  }
}

/**
 * The headers and trailers of an answer, or undefined for those nobody used: the `header` and
 * `trailer` of an answer of {@link UnaryInvoker.invoke} are {@link LazyHeaders}, so a writer
 * that only copies them out learns here, without iterating them, that there is nothing to copy.
 *
 * @example
 * ```ts
 * const { header, trailer } = answerHeaders(await invoker.invoke(method, call));
 * header?.forEach((value, name) => res.setHeader(name, value));
 * ```
 */
export function answerHeaders(answer: UnaryResponse): { header: Headers | undefined; trailer: Headers | undefined } {
  return { header: usedOnly(answer.header), trailer: usedOnly(answer.trailer) };
}

function usedOnly(headers: Headers): Headers | undefined {
  return headers instanceof LazyHeaders && !headers.used ? undefined : headers;
}

/** As connect-es answers: a handler's own error keeps its code; anything else is Internal, its text kept out. */
function asConnectError(err: unknown): ConnectError {
  return err instanceof ConnectError ? err : new ConnectError("internal error", Code.Internal, undefined, undefined, err);
}

/** A signal that never aborts, for calls without a deadline or a caller's signal. Nothing is ever added to it by us. */
const NEVER = new AbortController().signal;

/**
 * Records the unary handlers of `routes` and returns an invoker over them.
 *
 * @example
 * ```ts
 * const invoker = createUnaryInvoker(core.routes, { interceptors, requestGate, maxTimeoutMs: 60_000 });
 * const res = await invoker.invoke(GovernanceService.method.ping, { message: create(PingRequestSchema) });
 * ```
 */
export function createUnaryInvoker(routes: (router: ConnectRouter) => void, options: UnaryInvokerOptions = {}): UnaryInvoker {
  const byMethod = new Map<DescMethod, UnaryHandler>();
  const byName = new Map<string, UnaryHandler>();
  const byPath = new Map<string, DescMethodUnary>();
  const replays: ((router: ConnectRouter) => void)[] = [];
  const keep = (method: DescMethod, fn: UnaryHandler) => {
    byMethod.set(method, fn);
    byName.set(methodKey(method), fn);
    byPath.set(`/${methodKey(method)}`, method as DescMethodUnary);
  };
  const recorder = {
    handlers: [],
    service(service, impl, routeOptions) {
      for (const method of service.methods) {
        const fn = (impl as Record<string, unknown>)[method.localName];
        // Bound, as connect-es binds them.
        if (method.methodKind === "unary" && typeof fn === "function") keep(method, fn.bind(impl) as UnaryHandler);
      }
      replays.push((router) => router.service(service, impl, routeOptions));
      return recorder;
    },
    rpc(method, impl, routeOptions) {
      if (method.methodKind === "unary") keep(method, impl as UnaryHandler);
      replays.push((router) => router.rpc(method as never, impl as never, routeOptions));
      return recorder;
    },
  } as ConnectRouter;
  routes(recorder);

  const interceptors = options.interceptors ?? [];
  const { maxTimeoutMs, requestGate: gate } = options;
  const deadlines = new DeadlineSweeper();

  /**
   * Runs one call. Not an async function: a call that can end early settles one promise of
   * its own, from the handler's outcome or from `stop`, whichever comes first. (It raced the
   * handler against a second promise before: with the race's, three promises, their resolving
   * functions and reactions per call — every call has a deadline, `maxTimeoutMs`.)
   */
  function invoke<I extends DescMessage, O extends DescMessage>(method: DescMethodUnary<I, O>, call: UnaryCall<I>): Promise<UnaryResponse<I, O>> {
    const handler = byMethod.get(method) ?? byName.get(methodKey(method));
    if (!handler) return Promise.reject(new ConnectError(`${methodKey(method)} is not implemented`, Code.Unimplemented));
    const { signal, timeoutMs } = call;
    if (signal?.aborted) return Promise.reject(ConnectError.from(signal.reason, Code.Canceled));
    const limit = timeoutMs !== undefined && timeoutMs > 0 ? (maxTimeoutMs ? Math.min(timeoutMs, maxTimeoutMs) : timeoutMs) : maxTimeoutMs;
    // An abort controller only when something can end the call early: a deadline or the caller.
    const controller = limit !== undefined || signal || call.onCancel ? new AbortController() : undefined;
    const ctx = new InvokedContext(
      method.parent,
      method,
      controller?.signal ?? NEVER,
      limit === undefined ? undefined : Date.now() + limit,
      call.header,
      call.contextValues ?? createContextValues(),
      call.protocolName ?? "direct",
    );
    if (!controller)
      return run(handler, method, call, ctx).catch((err: unknown) => {
        throw asConnectError(err);
      });
    return new Promise<UnaryResponse<I, O>>((resolve, reject) => {
      let done = false;
      let deadline: Deadline | undefined;
      let onCallerAbort: (() => void) | undefined;
      let offCancel: (() => void) | undefined;
      const end = () => {
        done = true;
        if (deadline) deadlines.remove(deadline);
        if (onCallerAbort) signal?.removeEventListener("abort", onCallerAbort);
        offCancel?.();
      };
      const stop = (err: ConnectError) => {
        if (done) return;
        end();
        controller.abort(err);
        reject(err);
      };
      if (limit !== undefined) deadline = deadlines.add(limit, () => stop(new ConnectError("the operation timed out", Code.DeadlineExceeded)));
      if (signal) {
        onCallerAbort = () => stop(ConnectError.from(signal.reason, Code.Canceled));
        signal.addEventListener("abort", onCallerAbort, { once: true });
      }
      if (call.onCancel) offCancel = call.onCancel(stop);
      run(handler, method, call, ctx).then(
        (answer) => {
          if (done) return;
          end();
          resolve(answer);
        },
        (err: unknown) => {
          if (done) return;
          end();
          reject(asConnectError(err));
        },
      );
    });
  }

  /** The gate, the request's decoding, the interceptors and the handler. */
  async function run<I extends DescMessage, O extends DescMessage>(
    handler: UnaryHandler,
    method: DescMethodUnary<I, O>,
    call: UnaryCall<I>,
    ctx: InvokedContext,
  ): Promise<UnaryResponse<I, O>> {
    if (gate) await gate(ctx);
    const message = typeof call.message === "function" ? call.message() : call.message;
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
    let next = terminal as (req: UnaryRequest<I, O>) => Promise<UnaryResponse<I, O>>;
    for (let i = interceptors.length - 1; i >= 0; i--) next = interceptors[i]!(next as never) as never;
    return next({
      stream: false,
      service: method.parent,
      method,
      requestMethod: ctx.requestMethod,
      url: ctx.url,
      signal: ctx.signal,
      header: ctx.requestHeader,
      contextValues: ctx.values,
      message,
    });
  }

  return {
    methodAt: (path) => byPath.get(path),
    invoke,
    replay: (router) => {
      for (const add of replays) add(router);
    },
  };
}
