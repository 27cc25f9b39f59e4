/**
 * What ScanResponse scans: its `text`, or its `result_json` checked and parsed. A large result
 * goes to a guardrail worker as the string it came as, and is checked, parsed and scanned
 * there (guardrail-scanner.ts `scanUncheckedJson`): its parse and walks used to hold the
 * serving thread ~0.15-0.2 s of CPU per MB (a 1.6 MB result of 90,000 values) before the scan
 * ever left it, and the worker parsed it again. A small one (the hot path) is checked here: the
 * checks cost ~7 µs per KB (0.065 ms at 8 KB, 0.11 ms at 16 KB), less than a hop to a worker
 * (0.06-0.14 ms) below the scanner's 8 KiB routing bound, and a result that crosses it goes to
 * the worker for its scan anyway, where the checks cost no further hop.
 */
import type { CompiledGuardrail, GuardrailConfig, GuardrailConfigInput, GuardrailScanner, ScanOptions, ScanOutcome } from "../guardrails/index.js";
import type { JsonObjectLimits } from "./json-object-checks.js";
import { parseJsonObject, REQUEST_LIMITS } from "./request-bounds.js";

/** Nesting a tool result may have; deeper results are refused rather than half-scanned. */
const RESULT_MAX_DEPTH = 64;

/**
 * The checks on `result_json`. Numbers as written: a result rewritten by the scan must not
 * change the values it did not touch. Keys once each: a host reading the first of two
 * `content` keys would show the model what the scan, reading the last, never judged.
 */
const RESULT_JSON_LIMITS: JsonObjectLimits = { maxBytes: REQUEST_LIMITS.messageBytes, maxDepth: RESULT_MAX_DEPTH, exactNumbers: true, uniqueKeys: true };

/**
 * Scans a ScanResponse request's `text` or `result_json` (exactly one is set; the text may be
 * empty, an empty tool output). A
 * `result_json` the checks refuse rejects with the ConnectError the serving thread would throw
 * (InvalidArgument naming `result_json` and the path), or, when checked on a worker, a
 * GuardrailError of code `invalid_input` / `too_large` with the same message, which the
 * handler maps to the same code.
 *
 * @example
 * ```ts
 * const outcome = await scanRequestInput(scanner, { text: "", resultJson: '{"content":[]}' }, profile, { spotlight });
 * ```
 */
export function scanRequestInput(
  scanner: GuardrailScanner,
  req: { readonly text?: string | undefined; readonly resultJson?: string | undefined },
  profile: GuardrailConfigInput | GuardrailConfig | CompiledGuardrail,
  options: ScanOptions,
): Promise<ScanOutcome> {
  // An empty text (an empty tool output) is scanned as the text it is.
  if (req.resultJson === undefined || req.resultJson === "" || (req.text ?? "") !== "") return scanner.scan({ text: req.text ?? "" }, profile, options);
  const offThread = scanner.scanUncheckedJson(req.resultJson, { field: "result_json", limits: RESULT_JSON_LIMITS }, profile, options);
  if (offThread !== undefined) return offThread;
  const result = parseJsonObject("result_json", req.resultJson, RESULT_JSON_LIMITS);
  return scanner.scan({ result: result! }, profile, options, req.resultJson);
}
