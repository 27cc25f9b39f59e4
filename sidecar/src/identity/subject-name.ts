/**
 * What a subject may be, one rule for every way a subject enters Portcullis — a gateway token
 * issued for it, an offboarding that names it, a SCIM user, an IdP token's subject claim — so
 * that whatever authenticates as a subject can also be offboarded by that name.
 *
 * No whitespace and no control characters: a subject pasted with a trailing space or newline
 * (`portcullis offboard "george "`) would otherwise be a different subject, and offboarding it
 * would succeed while george stays in. Nor format characters (Unicode category Cf: zero-width
 * spaces and joiners U+200B–200D, the word joiner U+2060, U+FEFF, the bidi controls
 * U+202A–202E and U+2066–2069, the soft hyphen…): they are invisible, so `george\u200b` looks
 * like george in every log and prompt, yet is another principal — and the deny-list's NFKC and
 * case folding keeps them, so offboarding "george" would not reach it. Nor any other code point
 * Unicode calls default-ignorable (rendered as nothing when a font has no glyph for it): the
 * combining grapheme joiner U+034F, variation selectors U+FE00–FE0F and U+E0100–E01EF, the Hangul
 * fillers U+115F, U+1160, U+3164 and U+FFA0 — invisible too, and outside Cf. At most 256 characters.
 */

/** The rule, as messages state it after the field's name. */
export const SUBJECT_RULE =
  "at most 256 characters, without whitespace or control characters (invisible ones such as zero-width spaces, bidi controls, variation selectors and Hangul fillers included)";

const SUBJECT = /^[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]{1,256}$/u;

/**
 * Whether `subject` is a usable subject name (see {@link SUBJECT_RULE}).
 *
 * @example
 * ```ts
 * isSubjectName("alice@example.com"); // true
 * isSubjectName("george\n"); // false
 * isSubjectName("george\u200b"); // false (a zero-width space)
 * ```
 */
export function isSubjectName(subject: string): boolean {
  return SUBJECT.test(subject);
}
