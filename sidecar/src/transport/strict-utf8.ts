/**
 * Decodes a JSON request body as UTF-8, refusing bytes that are not. JSON exchanged between
 * systems must be UTF-8 (RFC 8259 §8.1); a lenient decoder turns each bad byte into U+FFFD,
 * so a tool name, a token or a text to scan would be decided on — and recorded as — something
 * the caller never sent. Such a body is the caller's fault: InvalidArgument (HTTP 400).
 */
import { Code, ConnectError } from "@connectrpc/connect";
import { isUtf8 } from "node:buffer";

/** The message of a body that is not UTF-8. */
export const NOT_UTF8_MESSAGE = "the request body is not valid UTF-8; JSON must be encoded as UTF-8";

/**
 * The body's text; throws a ConnectError (InvalidArgument) when it is not valid UTF-8. A
 * leading byte order mark is dropped, as {@link strictUtf8Decoder} (TextDecoder) drops it.
 *
 * @example
 * ```ts
 * decodeUtf8Strict(Buffer.from('{"server":"jira"}')); // '{"server":"jira"}'
 * decodeUtf8Strict(Buffer.from('\uFEFF{}')); // '{}'
 * decodeUtf8Strict(Uint8Array.from([0x7b, 0xff, 0x7d])); // throws: invalid_argument
 * ```
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new ConnectError(NOT_UTF8_MESSAGE, Code.InvalidArgument);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString("utf8");
}

const fatal = new TextDecoder("utf-8", { fatal: true });

/**
 * A `textDecoder` for connect-es's `jsonOptions`: the framework's own decoder is lenient. Like
 * the WHATWG default it drops a leading byte order mark, as connect-es always did.
 *
 * @example
 * ```ts
 * router.service(GovernanceService, impl, { jsonOptions: { textDecoder: strictUtf8Decoder } });
 * ```
 */
export const strictUtf8Decoder = {
  decode(input?: Uint8Array): string {
    try {
      return fatal.decode(input);
    } catch {
      throw new ConnectError(NOT_UTF8_MESSAGE, Code.InvalidArgument);
    }
  },
};

/**
 * `jsonOptions` for a connect-es router or service, decoding bodies with
 * {@link strictUtf8Decoder}. connect-es hands these options to `createJsonSerialization`,
 * which honours `textDecoder` (its `JsonSerializationOptions`), though the router's option
 * type does not list it; the malformed-request tests guard that it takes effect.
 *
 * @example
 * ```ts
 * router.service(GovernanceService, impl, { jsonOptions: withStrictUtf8({ ignoreUnknownFields: false }) });
 * ```
 */
export function withStrictUtf8<T extends object>(jsonOptions: T): T {
  return { ...jsonOptions, textDecoder: strictUtf8Decoder };
}
