/**
 * What a subject may be, one rule for every way a subject enters Portcullis — a gateway token
 * issued for it, an offboarding that names it, a SCIM user, an IdP token's subject claim — so
 * that whatever authenticates as a subject can also be offboarded by that name.
 *
 * No whitespace and no control characters: a subject pasted with a trailing space or newline
 * (`portcullis offboard "george "`) would otherwise be a different subject, and offboarding it
 * would succeed while george stays in. At most 256 characters.
 */

/** The rule, as messages state it after the field's name. */
export const SUBJECT_RULE = "at most 256 characters, without whitespace or control characters";

const SUBJECT = /^[^\s\p{Cc}]{1,256}$/u;

/**
 * Whether `subject` is a usable subject name (see {@link SUBJECT_RULE}).
 *
 * @example
 * ```ts
 * isSubjectName("alice@example.com"); // true
 * isSubjectName("george\n"); // false
 * ```
 */
export function isSubjectName(subject: string): boolean {
  return SUBJECT.test(subject);
}
