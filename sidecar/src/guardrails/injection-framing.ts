/**
 * The framing check: a text the injection detectors flagged is read once more as a whole, to ask
 * whether it is an attack or writing *about* attacks — a moderation report, a prompt-engineering
 * tutorial, a chatbot transcript, a story, a detector's test file, a security write-up. The rules
 * recognise many such frames one by one (injection-context.ts); written by a new author, the
 * same kinds of document still quote their payloads in ways no frame rule has met, and their
 * quotations read to the rules like the attack itself.
 *
 * A linear model over the document's hashed words and word pairs, trained on the held-out sets'
 * injections and hard negatives (`eval/injection-framing-train.ts`), gives the probability that
 * a flagged text is an injection; below {@link FRAMING_FLOOR} its injection findings are set
 * aside. The model only vetoes: it never flags, so it cannot add a false alarm, and a text it has
 * no words for (a short payload alone) keeps its findings — a fixed prior of
 * {@link FramingModel.bias} log-odds towards "injection" that only the words can outweigh.
 * Each word counts once and the sum is scaled by one over the square root of the number of
 * features, so a long document does not outvote by length alone.
 *
 * A text needs {@link MIN_CONTEXT_WORDS} words outside its flagged spans to be judged at all.
 *
 * Measured (eval/HISTORY.md, forty-second session), each held-out set scored by a model trained
 * on the other fifteen: the four newest authors' hard negatives flagged on their test halves
 * 18.4 % → 13.1 % with no injection lost (the same when trained on the twelve older authors
 * only, who wrote to other briefs); sixteen sets pooled 0.770 at 6.7 % → 0.769 at 5.2 %; public
 * and cross-source recall unchanged.
 */
import { gunzipSync } from "node:zlib";
import { FRAMING_MODEL } from "./injection-framing-weights.js";

/** A linear model over `2 ** bits` hashed features: log-odds = bias + scale × Σ weights / √features. */
export interface FramingModel {
  readonly bits: number;
  /** The prior towards "injection" where no word speaks (fixed in training, not learned). */
  readonly bias: number;
  readonly scale: number;
  readonly weights: ArrayLike<number>;
}

/** Below this probability of being an injection, a flagged text's injection findings are set aside. */
export const FRAMING_FLOOR = 0.02;
/** Characters read on each side of the flagged spans (the training texts are at most ~5 KB). */
const FRAMING_REACH = 2000;
/**
 * Words a text must hold outside its flagged spans before it can be read as a frame: a payload
 * alone, or with a line around it, is judged by the rules (a short text's few words would each
 * weigh too much).
 */
const MIN_CONTEXT_WORDS = 80;
/** A word: letters and digits of any script, lower-cased. */
const WORD = /[\p{L}\p{N}]+/gu;

const hashOf = (s: string, shift: number): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) >>> shift;
};

/**
 * The distinct feature buckets of `text` between `from` and `to`: each word and each pair of
 * neighbouring words, as bucket numbers below `2 ** bits`. Training reads texts through it too.
 *
 * @example
 * ```ts
 * framingFeatures("Moderation report: the user wrote …", 0, 36, 18).length; // 9 (5 words, 4 pairs)
 * ```
 */
export function framingFeatures(text: string, from: number, to: number, bits: number): Uint32Array {
  const shift = 32 - bits;
  const words = text.slice(from, to).toLowerCase().match(WORD) ?? [];
  const features = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    features.add(hashOf(words[i] as string, shift));
    if (i + 1 < words.length) features.add(hashOf(`${words[i]} ${words[i + 1]}`, shift));
  }
  return Uint32Array.from(features);
}

/** The model's probability that the text whose features these are is an injection. */
export function framingProbability(model: FramingModel, features: Uint32Array): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += model.weights[features[i] as number] as number;
  const logit = model.bias + (model.scale * z) / Math.sqrt(Math.max(1, features.length));
  return 1 / (1 + Math.exp(-logit));
}

let model: FramingModel | null | undefined;

/** The shipped model, decoded on first use. */
export function shippedFramingModel(): FramingModel {
  const bytes = gunzipSync(Buffer.from(FRAMING_MODEL.weights, "base64"));
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (weights.length !== 1 << FRAMING_MODEL.bits) throw new Error(`injection-framing-weights: ${weights.length} weights for ${FRAMING_MODEL.bits} bits`);
  return { bits: FRAMING_MODEL.bits, bias: FRAMING_MODEL.bias, scale: FRAMING_MODEL.scale, weights };
}

/**
 * Decodes the shipped model (a quarter of a megabyte of weights, a few milliseconds), so that no
 * scan's deadline pays for it.
 *
 * @example
 * ```ts
 * warmUpFramingModel(); // in warmUpDetectors()
 * ```
 */
export function warmUpFramingModel(): void {
  if (model === undefined) model = shippedFramingModel();
}

/**
 * Scores with `other` in place of the shipped model: `undefined` restores the shipped one,
 * `null` turns the check off. For evaluation (a held-out set is scored by a model trained
 * without it, eval/injection-model-folds.ts) and tests.
 */
export function setFramingModel(other: FramingModel | null | undefined): void {
  model = other;
}

/**
 * Whether the text that holds `spans` (flagged injection findings, any order) reads as writing
 * about attacks rather than one: the framing model's probability below {@link FRAMING_FLOOR},
 * read over the text within {@link FRAMING_REACH} of the spans.
 *
 * @example
 * ```ts
 * if (framedAsDiscussion(text, kept)) kept.length = 0;
 * ```
 */
export function framedAsDiscussion(text: string, spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): boolean {
  if (model === undefined) model = shippedFramingModel();
  if (model === null || spans.length === 0) return false;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const s of spans) {
    if (s.start < first) first = s.start;
    if (s.end > last) last = s.end;
  }
  const from = Math.max(0, first - FRAMING_REACH);
  const to = Math.min(text.length, last + FRAMING_REACH);
  if (wordsAround(text, from, to, spans) < MIN_CONTEXT_WORDS) return false;
  const features = framingFeatures(text, from, to, model.bits);
  return framingProbability(model, features) < FRAMING_FLOOR;
}

/** How many words lie between `from` and `to` outside `spans`, counted up to {@link MIN_CONTEXT_WORDS}. */
function wordsAround(text: string, from: number, to: number, spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let count = 0;
  let at = from;
  const countIn = (a: number, b: number): void => {
    if (b <= a) return;
    for (const _ of text.slice(a, b).matchAll(WORD)) if (++count >= MIN_CONTEXT_WORDS) return;
  };
  for (const s of sorted) {
    countIn(at, s.start);
    if (count >= MIN_CONTEXT_WORDS) return count;
    at = Math.max(at, s.end);
  }
  countIn(at, to);
  return count;
}
