/**
 * A handler's unexpected error (anything but a ConnectError: a bug, a library that threw) is
 * answered Internal by the transports, which keep its text out of the answer. Without a log
 * line, nobody could tell why a call got HTTP 500: this wrapper writes one, at error.
 */
import type { DescService } from "@bufbuild/protobuf";
import { ConnectError, type HandlerContext, type ServiceImpl } from "@connectrpc/connect";
import type { Logger } from "../logger.js";

/** Stack frames kept in the log line: enough to find the throw, not a page of node internals. */
const MAX_FRAMES = 12;

/**
 * `impl` with each unary handler logging, at error, any error it throws that is not a
 * ConnectError (the one kind the transports answer as Internal), then throwing it on. The
 * line names the method, the error's class and its stack frames — not its message, which
 * may quote the request (JSON.parse, for one, quotes the text it could not parse) and so a
 * token or an argument. Streaming handlers are left as they are.
 *
 * @example
 * ```ts
 * router.service(GovernanceService, logUnexpectedErrors(GovernanceService, impl, logger));
 * ```
 */
export function logUnexpectedErrors<S extends DescService>(service: S, impl: ServiceImpl<S>, logger: Logger): ServiceImpl<S> {
  const out: Record<string, unknown> = { ...impl };
  for (const method of service.methods) {
    const handler = (impl as Record<string, unknown>)[method.localName];
    if (method.methodKind !== "unary" || typeof handler !== "function") continue;
    const name = `${service.typeName}/${method.name}`;
    const onError = (err: unknown): never => {
      if (!(err instanceof ConnectError)) logger.error({ method: name, err: describe(err) }, "unexpected error in a handler; answered Internal");
      throw err;
    };
    out[method.localName] = (req: unknown, ctx: HandlerContext): unknown => {
      let answer: unknown;
      try {
        answer = (handler as (req: unknown, ctx: HandlerContext) => unknown).call(impl, req, ctx);
      } catch (err) {
        return onError(err);
      }
      // A promise only when the handler returned one: a synchronous answer (Ping) costs nothing.
      return answer instanceof Promise ? answer.catch(onError) : answer;
    };
  }
  return out as ServiceImpl<S>;
}

/** The class and the stack frames of a thrown value, without its message. */
function describe(err: unknown): { type: string; frames?: string[] } {
  if (!(err instanceof Error)) return { type: typeof err };
  const frames = (err.stack ?? "")
    .split("\n")
    .filter((line) => line.startsWith("    at "))
    .slice(0, MAX_FRAMES)
    .map((line) => line.trim());
  return { type: err.name || err.constructor.name, frames };
}
