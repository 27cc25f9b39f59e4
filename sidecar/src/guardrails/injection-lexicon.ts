/**
 * The shared vocabulary of the weak injection signals (injection-signals.ts,
 * injection-addressee.ts): what a signal is, and the bounded pieces its patterns are built
 * from (spacing, clause starts, the words naming a machine reader, the verbs it is ordered with).
 */

/** A kind of behaviour; the scorer counts each kind once per passage. */
export type SignalKind =
  | "addressee"
  | "turn"
  | "redirect"
  | "output"
  | "authority"
  | "action"
  | "task"
  | "leak"
  | "covert"
  | "scope"
  | "consent"
  | "exfil"
  | "persist"
  | "replace"
  | "verdict";

/** One signal: a bounded pattern, its kind and weight (0..1), and where its matches can start. */
export interface Signal {
  readonly ruleId: string;
  readonly kind: SignalKind;
  readonly weight: number;
  readonly re: string;
  /** Every match starts at one of these (any case)... (none: the signal scans whole the texts that hold its script, below). */
  readonly words: readonly string[];
  /** ...at a word start, unless false (occurrences inside a word are skipped). */
  readonly wordStart: boolean;
  /** Without key words: the characters a text must hold to be scanned whole (default: CJK or Hangul). */
  readonly script?: RegExp;
}

/** Spacing between two words of a signal (bounded). */
export const S = String.raw`\s{1,3}`;
/** Optional spacing (bounded). */
export const S0 = String.raw`\s{0,3}`;
/**
 * An indented line that starts a clause: after a line that ended one (or a YAML block
 * scalar's `|` / `>`) or a blank line; an indented line that continues a wrapped sentence
 * does not.
 */
export const INDENTED_START = String.raw`(?:^|[.!?:;|>][ \t]{0,3}\n|\n[ \t]{0,8}\n)[ \t]{4,12}`;
/**
 * A log line's prefix before its message: an ISO date and time, perhaps a level
 * ("2023-06-27T03:15:38.956Z ", "2024-05-06 12:00:01,123 [INFO] "). A message starts a clause
 * there as it would at the start of a line.
 */
export const LOG_PREFIX = String.raw`(?:^|\n)[ \t]{0,4}\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?\]?(?:[ \t]{1,3}\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|NOTICE|TRACE)\]?:?)?[ \t]{1,3}`;
/**
 * Not in a clause that forbids what follows ("don't change it without checking with them",
 * "never pay without confirming"): a rule to check first, not a deed done in secret.
 */
export const NOT_FORBIDDEN = String.raw`(?<!\b(?:don['’]t|do${S}not|never|must${S}not|mustn['’]t|should${S}not|shouldn['’]t|cannot|can['’]t|may${S}not)\b[^.!?\n]{0,80})`;
/**
 * The same in other languages: not in a clause that forbids or denies what follows ("Keine
 * neuen Abhängigkeiten ohne Rückfrage", "N'installez rien sans lui demander", "No pagues nada sin
 * confirmación", "Nie wyłączaj reguł bez zgody zespołu").
 */
export const NOT_FORBIDDEN_ELSEWHERE = String.raw`(?<!(?:^|[^A-Za-z\u00c0-\u024f])(?:kein|keine|keinen|keinem|keiner|keines|nie|niemals|ne|n['’]|jamais|aucun|aucune|no|nunca|ningún|ninguna|não|nenhum|nenhuma|non|mai|nessun|nessuna|nessuno|geen|nooit|nigdy|żadn[a-ząęłńóśźż]{1,4})(?![A-Za-z\u00c0-\u024f])[^.!?\n]{0,80})`;

/** Where `signal()` lets a keyed signal's match start, opening the group that holds its source. */
const WORD_START_GROUP = "(?<![A-Za-z0-9_])(?:";

/**
 * A signal's source split into a guard and the rest, so that the rest is tried first and the
 * guard checked only where it matched, at the same position: the same matches, found faster.
 * A keyed signal's guard is a clause guard ({@link NOT_FORBIDDEN} or
 * {@link NOT_FORBIDDEN_ELSEWHERE}) leading its source: it looks back up to 80 characters for a
 * negation at every try, while the rest fails at almost every key word (the "no need to …"
 * signal's guard ran at every "not"). An unanchored signal's guard is every lookbehind leading
 * its source: V8 cannot skip ahead to where a pattern could start when it starts with a
 * lookbehind, and ran them at every position of the text. Where the guard binds one alternative
 * of several, the source is left whole.
 *
 * @example
 * ```ts
 * splitGuard(`${NOT_FORBIDDEN}without asking`, false).rest; // "without asking"
 * ```
 */
export function splitGuard(source: string, keyed: boolean): { readonly guard?: string; readonly rest: string } {
  if (!keyed) {
    const length = leadingLookbehinds(source);
    const rest = source.slice(length);
    return length === 0 || rest === "" || hasTopLevelAlternative(rest) ? { rest: source } : { guard: source.slice(0, length), rest };
  }
  for (const guard of [NOT_FORBIDDEN, NOT_FORBIDDEN_ELSEWHERE]) {
    // A keyed signal's source is wrapped by `signal()` after its word-start lookbehind.
    for (const head of [WORD_START_GROUP, ""]) {
      if (!source.startsWith(head + guard)) continue;
      const rest = head + source.slice(head.length + guard.length);
      const body = head === "" ? rest : rest.slice(head.length, -1);
      return hasTopLevelAlternative(body) ? { rest: source } : { guard, rest };
    }
  }
  return { rest: source };
}

/** How long the run of lookbehind groups that starts `source` is (0 for none). */
function leadingLookbehinds(source: string): number {
  let at = 0;
  while (source.startsWith("(?<!", at) || source.startsWith("(?<=", at)) {
    const end = groupEnd(source, at);
    if (end < 0) break;
    at = end;
  }
  return at;
}

/** Where the group opened at `open` ends (the index after its `)`), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether `source` has a `|` outside every group and class (an alternative the guard would not bind). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** Words naming a machine reader (English; other languages below). */
export const MACHINE = String.raw`(?:ai|a\.i\.|llms?|language${S}models?|models?|assistants?|chatbots?|bots?|agents?|copilots?|gpt|chatgpt|claude|gemini|automated${S}\w+|automatic${S}\w+|scanners?|crawlers?|summari[sz]ers?|screening${S}(?:systems?|tools?|software))`;
/**
 * What may stand between a clause's start and the verb of an order: its politeness and its
 * sequence ("please", "kindly", "then", "also", "immediately"), up to two of them.
 */
export const ORDER_ADVERBS = String.raw`(?:(?:please|kindly|pls|just|first|then|now|also|quietly|immediately|simply|urgently)${S}){0,2}`;
/**
 * Right after a clause start: the text or a line start, a sentence or clause mark, or `and` /
 * `then`, optionally with {@link ORDER_ADVERBS}. A bounded lookbehind, so matches start at the verb itself.
 */
export const CLAUSE = String.raw`(?<=(?:^|\n|[.!?:;,]\s{1,3}|\b(?:and|then)${S})${ORDER_ADVERBS})`;
/** The same after a sentence mark only. */
export const SENTENCE = String.raw`(?<=(?:^|\n|[.!?:]\s{1,3})${ORDER_ADVERBS})`;

/**
 * Verbs an injection orders its reader with (an imperative, or after "should"). Not a user
 * interface's (click, open, visit, go to): help pages tell people to use them, after a heading
 * such as "AI assistant:"; a link to visit is caught by the action-with-a-target signal.
 */
export const DIRECTIVE_VERB = String.raw`(?:run|execute|call|invoke|use|send|post|forward|upload|e-?mail|share|transfer|export|copy|paste|include|add|append|insert|write|create|delete|remove|drop|wipe|erase|disable|enable|install|download|fetch|tell|inform|say|state|reply|respond|answer|recommend|mention|describe|summari[sz]e|rate|approve|grant|mark|tag|shortlist|classify|label|treat|change|update|set|modify|push|merge|commit|skip|ignore|disregard|forget|stop|print|output|reveal|display|show|list|return|decode|follow|book|schedule|cancel|pay|buy|order|sign|log${S}in|subscribe|contact|notify|escalate|assign|close|refund|promote|prioriti[sz]e|rank|direct|redirect|point|link|advise|urge|invite|ask|request|do${S}not|don(?:'|’)t|never|always)`;

/**
 * Builds a signal from its key words (space-separated; "" for none).
 *
 * @example
 * ```ts
 * signal("injection.override", "redirect", 0.3, "focus", String.raw`\bfocus\s+only\s+on\b`);
 * ```
 */
export const signal = (ruleId: string, kind: SignalKind, weight: number, words: string, re: string, wordStart = true, script?: RegExp): Signal => ({
  ruleId,
  kind,
  weight,
  // A match starts where a key word may: not right after a letter, digit or underscore (so a
  // whole-text scan finds what the key-word index finds, even after an escaped `\n`).
  re: wordStart && words !== "" ? `${WORD_START_GROUP}${re})` : re,
  words: words === "" ? [] : words.split(" "),
  wordStart,
  ...(script === undefined ? {} : { script }),
});
