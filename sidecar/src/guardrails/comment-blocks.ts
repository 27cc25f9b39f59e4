/**
 * Source code and configuration wrap their comments at a column: a sentence runs on over
 * `# …` or ` * …` lines, a build plugin's message over lines that each repeat its log tag
 * (`[flake-tracker] …`), and in a unified diff every line also carries its `+`, `-` or ` `
 * marker. A reader takes such a block as one paragraph; the phrase patterns, which allow a line
 * break between two words but not a marker, would read it as broken pieces ("… you were asked
 * to\n+# make …"). This view drops a diff's line markers and joins a comment line to the one
 * before it where that one's sentence runs on, so the patterns read the paragraph a reader
 * reads. Offsets map back to the text, as the invisible-character view's do.
 */
import type { CleanView } from "./hidden-content.js";
import { borrowInt32, borrowUint16, giveBack } from "./scratch-arrays.js";
import { lineAfterBreak } from "./whole-text-passes.js";

/** A line's start as far as its comment's leader, for the test below (a diff's marker, indentation, `#`, `//`, ` *`, `-- `). */
const COMMENT_START = String.raw`[+\- ]?[ \t]{0,12}(?:#|\/\/|\*(?!\/)|--[ \t])`;
/**
 * A log line's prefix naming who wrote it: a time stamp, perhaps, and a bracketed tag
 * (`2024-05-14T09:12:24Z [flake-tracker] `, `[release-notes-plugin] `). A plugin's message wrapped
 * over lines repeats it on each; the tag (group 1) must be the line before's for the lines to join.
 * A tag holds a letter: a chat's `[10:03]` is a time, and its lines are turns.
 */
const TAG_PREFIX = String.raw`(?:\d{4}-\d{2}-\d{2}[T ][\d:.,]{5,20}(?:Z|[+-]\d{2}:?\d{2})?[ \t]{1,3})?\[([^\]\n]{0,20}[A-Za-z][^\]\n]{0,20})\][ \t]{1,3}`;
const LOG_TAG = new RegExp(`^${TAG_PREFIX}`);
/** A tag that names an event's level or kind, not who wrote it: each such line is an event of its own. */
const LEVEL_TAG = /^(?:info|warn(?:ing)?|error|err|debug|trace|notice|fatal|crit(?:ical)?|finding|alert|ok|pass(?:ed)?|fail(?:ed)?|skip(?:ped)?)$/i;

/** A log tag that names who wrote the line (`[flaky-bot]`), or null: a level's tag (`[INFO]`, `[FINDING]`) joins nothing. */
function eventTag(tagged: RegExpExecArray | null): RegExpExecArray | null {
  return tagged !== null && LEVEL_TAG.test((tagged[1] ?? "").trim()) ? null : tagged;
}
/**
 * Two comment lines in a row (either kind of comment), a diff's hunk header, or a line after the
 * first that opens with a log tag: the view is built only then. Tested apart, each from a literal
 * it starts with (a line break, `@@ -`) or anchored at the text's start, so that a text with none
 * of them is passed over at search speed.
 */
const COMMENT_PAIR = new RegExp(`${COMMENT_START}[^\\n]*\\n${COMMENT_START}`, "y");
const FIRST_COMMENT_PAIR = new RegExp(`^${COMMENT_START}[^\\n]*\\n${COMMENT_START}`);
const TAGGED_LINE = new RegExp(TAG_PREFIX, "y");
/** A line that may open a comment (`+`/`-`/space of a diff, indentation, `#`, `/`, `*`) or a log tag (a time stamp's digit, `[`). */
const mayOpenComment = (c: number): boolean => c === 43 || c === 45 || c === 32 || c === 9 || c === 35 || c === 47 || c === 42;
const mayOpenTag = (c: number): boolean => c === 91 || (c >= 48 && c <= 57);
// The pairs and tags after a line break are tried at line breaks only (whole-text-passes.ts):
// compiled after the injection signals, a pattern starting with `\n` tried every position.
const worthJoining = (text: string): boolean =>
  text.includes("\n") &&
  (text.startsWith("@@ -") ||
    text.includes("\n@@ -") ||
    FIRST_COMMENT_PAIR.test(text) ||
    lineAfterBreak(text, COMMENT_PAIR, mayOpenComment) ||
    lineAfterBreak(text, TAGGED_LINE, mayOpenTag));
/** A unified diff's hunk header: from there on, each line's first character is its marker. */
const HUNK_HEADER = /^@@ -\d{1,9}(?:,\d{1,9})? \+\d{1,9}(?:,\d{1,9})? @@/;
/** A comment line's leader after its indentation: one `#`, `//` (Rust's `///` and `//!` too), SQL's `-- ` (not a Markdown heading's `##` or rule's `---`), or a block comment's ` * `. */
const LEADER = /^[ \t]{0,40}(?:#(?!#)|\/\/[/!]?(?!\/)|\*(?![*/])|--(?=[ \t]))[ \t]?/;
/** A comment line's content that is an item of a list, not the sentence before it run on: indented further, a bullet, a number, a quotation. */
const ITEM = /^(?:[ \t]|[-*•+][ \t]|\d{1,3}[.)][ \t]|["'`“‘«「@])/;
/** A line that only opens a block comment. */
const OPENER_ONLY = /^[ \t]*\/\*+!?$/;
/** Where a comment's sentence ends, so the next line starts a new one (or the block says nothing more: an empty comment line). */
const SENTENCE_END = /[.!?;。！？]$|^[ \t]*(?:#|\/\/|\*)?[ \t]*$/;

/**
 * A view of `view` with diff markers dropped and run-on comment lines joined, or undefined when
 * the text has nothing to join (most texts).
 *
 * @example
 * ```ts
 * joinedComments({ text: "# Agents: delete the\n# old logs.", origin: undefined })?.text; // "# Agents: delete the old logs."
 * ```
 */
export function joinedComments(view: CleanView): CleanView | undefined {
  const text = view.text;
  if (!worthJoining(text)) return undefined;
  const n = text.length;
  const units = borrowUint16(n);
  const origin = borrowInt32(n + 1);
  let k = 0;
  let inDiff = false;
  let inBlock = false;
  // Whether the last line kept was a comment whose sentence runs on to the next line.
  let runsOn = false;
  // The log tag of the line before, if it had one.
  let lastTag: string | undefined;
  let changed = false;
  for (let start = 0; start < n; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? n : nl;
    let from = start;
    const line = text.slice(start, end);
    if (HUNK_HEADER.test(line)) inDiff = true;
    else if (inDiff && /^(?:diff |--- |\+\+\+ |index )/.test(line)) inDiff = false;
    else if (inDiff && /^[+\- ]/.test(line)) from++;
    const body = text.slice(from, end);
    const opensBlock = body.includes("/*") && !body.includes("*/", body.indexOf("/*"));
    const leader = LEADER.exec(body);
    const comment = leader !== null && (leader[0].trimEnd().endsWith("*") ? inBlock : true);
    const tagged = comment ? null : eventTag(LOG_TAG.exec(body));
    const tag = tagged?.[1];
    // What a run-on line starts with and drops: its comment leader, or the same log tag as the line before.
    const lead = comment ? (leader as RegExpExecArray)[0].length : tagged !== null && tag === lastTag ? tagged[0].length : -1;
    // An item set off under the line before (indented, bulleted, numbered or quoted: "#   'ignore
    // previous …'" under "# Examples that must be flagged:"; a JSDoc tag, "@param …") stays a
    // line of its own.
    const item = lead > 0 && ITEM.test(body.slice(lead));
    if (lead > 0 && runsOn && !item && k > 0) {
      // Joined: the line break, indentation and leader become one space.
      units[k] = 32;
      origin[k++] = from + lead - 1;
      from += lead;
      changed = true;
    } else if (start > 0) {
      units[k] = 10;
      origin[k++] = start - 1;
    }
    if (from !== start) changed = true;
    for (let i = from; i < end; i++) {
      units[k] = text.charCodeAt(i);
      origin[k++] = i;
    }
    if (opensBlock) inBlock = true;
    if (body.includes("*/")) inBlock = false;
    // A block comment's opening line runs on only when it holds words ("/* Copilot, any model:"), not when it is "/**" alone.
    const trimmed = body.trimEnd();
    runsOn = comment || tagged !== null ? !SENTENCE_END.test(trimmed) : opensBlock && !OPENER_ONLY.test(trimmed) && !SENTENCE_END.test(trimmed);
    lastTag = tag;
    start = end + 1;
  }
  if (!changed) {
    giveBack(units);
    giveBack(origin);
    return undefined;
  }
  origin[k] = n;
  const joined = Buffer.from(units.buffer, units.byteOffset, k * 2).toString("utf16le");
  giveBack(units);
  // Offsets of this view map to `view`'s, and through its own map to the text's.
  const base = view.origin;
  if (base !== undefined) for (let i = 0; i <= k; i++) origin[i] = base[origin[i] as number] as number;
  return {
    text: joined,
    origin: origin.subarray(0, k + 1),
    release: () => giveBack(origin),
  };
}
