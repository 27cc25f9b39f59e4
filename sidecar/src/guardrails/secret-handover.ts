/**
 * A credential handed to someone in a message, with no key name and no vendor prefix: "here
 * is what you need: <value> — please keep it somewhere safe; I'll rotate it", "here you go:
 * `<value>`, don't commit it". What marks the value is the sender's own words about it: that
 * it must be kept safe, not shared, not committed, rotated later, put in a password manager.
 *
 * Each such phrase is found in the text index's one literal pass; around it (a few lines
 * before, fewer after) the nearest value set apart as one — in backticks, on a line of its
 * own, or ending a line after a colon — that looks chosen as a secret (several character
 * classes, dense; not a URL, an address, a digest, an id or a placeholder) is reported. One
 * value per phrase; the windows are bounded, so a scan stays linear.
 */
import { charClasses, isPlaceholderValue, shannonEntropy } from "./entropy.js";
import type { Finding } from "./finding.js";
import { secretFinding } from "./secret-detectors.js";
import { isSecretReference } from "./secret-references.js";
import { literalChannel, literalStart, type TextIndex } from "./text-index.js";

/** Words a sender uses about a secret they are handing over (matched case-insensitively). */
const SECRECY = [
  "keep it safe",
  "keep it somewhere safe",
  "keep this safe",
  "keep it secret",
  "keep this secret",
  "keep it private",
  "keep it secure",
  "store it safely",
  "store it securely",
  "don't share",
  "don\u2019t share",
  "do not share",
  "never share",
  "don't commit",
  "don\u2019t commit",
  "do not commit",
  "never commit",
  "don't paste",
  "don\u2019t paste",
  "do not paste",
  "don't forward",
  "don\u2019t forward",
  "do not forward",
  "rotate it",
  "rotating it",
  "password manager",
  "delete this message",
  "delete this email",
  "delete this e-mail",
] as const;
const SECRECY_CHANNEL = literalChannel([...SECRECY]);

/** How far before and after the phrase the value may be (a short message's reach). */
const BEFORE = 320;
const AFTER = 160;
/** Phrases closer than this to the last one read are not read again (a text repeating them stays linear). */
const SPACING = 160;

/**
 * Values set apart in a window: in backticks, alone on a line (quotes or a bullet around it
 * allowed), or ending a line after a colon ("here you go: <value>"). Group 1, 2 or 3 is the value.
 */
const SET_APART =
  /`([^\s`\\]{8,128})`|(?:^|\n)[ \t>*-]*["'\u201c]?([^\s"'\u201d`\\]{8,128}?)["'\u201d]?[ \t]*[.,;]?[ \t]*(?=\r?\n|$)|:[ \t]+([^\s`"'\\]{8,128}?)[.,;]?(?=[ \t]*(?:\r?\n|$|[\u2014\u2013][ \t]|-[ \t]|\())/g;

/** Shapes that are something else: a link, an address, a path, a digest or id, a reference. */
const NOT_A_SECRET =
  /:\/\/|@|^[./~]|^[\da-f]{7,}$|^[\dA-F]{7,}$|^[\da-f]{8}-[\da-f]{4}-|^(?:sha\d*|md5)[:-]|^\$|^\{\{|^%|^<|\.(?:com|org|net|io|txt|json|ya?ml|md|pdf|zip|csv|png|jpg)$/i;

/** A setting or property written out (`MAX_UPLOAD_MB=25`, `DTEND:20251103T100000Z`): the keyword rules read those. */
const ASSIGNMENT = /^[A-Za-z_][\w.-]*[=:]/;
const SEPARATORS = /[-_.=/:]+/;
/** A word with a number stuck on (`Windows11`, `build2024`): a name. */
const WORD_AND_NUMBER = /^[A-Za-z][a-z]+\d{1,4}$|^\d{1,4}[a-z]+$/;

/** Whether `value` reads as a secret someone chose or generated, not a word or an identifier. */
function secretShaped(value: string): boolean {
  if (NOT_A_SECRET.test(value) || isPlaceholderValue(value) || isSecretReference(value)) return false;
  // Several character classes (a password), or a long dense run (a generated key).
  const classes = charClasses(value);
  if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || ASSIGNMENT.test(value)) return false;
  // Names joined by separators (`eu-central-1`, `build_2024_10`) are identifiers: some part
  // between separators must itself mix letters with digits or cases, as generated text does.
  if (!value.split(SEPARATORS).some((part) => part.length >= 6 && charClasses(part) >= 2 && !WORD_AND_NUMBER.test(part))) return false;
  if (classes >= 3) return shannonEntropy(value) >= 3;
  return value.length >= 24 && shannonEntropy(value) >= 4;
}

/** A line of base64 as armours and wrapped encodings write them. */
const ENCODED_LINE = /^[ \t]*[A-Za-z0-9+/=]{40,}[ \t]*$/;

/** Whether the line of `start..end` has a neighbour that is base64 too, or follows an armour's BEGIN line. */
function inEncodedBlock(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const prevStart = lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : -1;
  const nextEnd = text.indexOf("\n", end + 1);
  const prev = prevStart >= 0 ? text.slice(prevStart, lineStart - 1) : "";
  const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).replace(/\r$/, "");
  if (ENCODED_LINE.test(prev) || ENCODED_LINE.test(next)) return true;
  // The armour's header: a BEGIN line with no END line between it and the value.
  const before = text.slice(Math.max(0, start - 4096), start);
  const begin = before.lastIndexOf("-----BEGIN ");
  return begin >= 0 && before.indexOf("-----END ", begin) < 0;
}

/**
 * Reports values handed over with words that say they are secret.
 *
 * @example
 * ```ts
 * detectHandedOverSecrets("Here it is:\n\ndi2BRsNHLDiQhxdAQzMEqvCO9g9Va76OfHYF2Fi1\n\nKeep it safe, I'll rotate it soon.", out, index);
 * ```
 */
export function detectHandedOverSecrets(text: string, out: Finding[], index: TextIndex): void {
  let reported = -1;
  let read = -Infinity;
  for (const hit of index.literals(SECRECY_CHANNEL)) {
    const at = literalStart(hit);
    // Phrases close together share their surroundings: each stretch is read about once.
    if (at < read + SPACING) continue;
    read = at;
    const from = Math.max(0, at - BEFORE);
    const window = text.slice(from, Math.min(text.length, at + AFTER));
    let best: { start: number; end: number; distance: number } | undefined;
    SET_APART.lastIndex = 0;
    for (let m = SET_APART.exec(window); m !== null; m = SET_APART.exec(window)) {
      const value = m[1] ?? m[2] ?? m[3];
      if (value === undefined || !secretShaped(value)) continue;
      const start = from + m.index + m[0].indexOf(value);
      const end = start + value.length;
      // A line of an encoded block (a PGP or PEM armour, base64 wrapped at 64) is part of a file.
      if (m[2] !== undefined && inEncodedBlock(text, start, end)) continue;
      // The phrase itself is no value, nor is text it is part of.
      if (start <= at && end > at) continue;
      const distance = end <= at ? at - end : start - at;
      if (best === undefined || distance < best.distance) best = { start, end, distance };
    }
    if (best === undefined || best.start <= reported) continue;
    reported = best.start;
    out.push(secretFinding("handed-over-secret", best.start, best.end, 0.75));
  }
}
