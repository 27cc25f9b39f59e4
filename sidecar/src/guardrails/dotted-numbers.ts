/**
 * Four dotted numbers that are no address by the way they are written, whatever label stands
 * before them:
 *
 * - an outline's section: its parent (`2.1.3` for `2.1.3.4`) heads a line with a title, or a
 *   section sign stands before it (`RFC 4291 §2.5.5.2`);
 * - a version: a requirement's floor or match ("minimum agent 10.4.2.118", "compatible with
 *   server 4.2.0.0"), a heading's release kind ("## 3.14.0.2 (hotfix)"), a pre-release suffix (`2.1.0.9-rc1`), a package's revision (`(1.2.7.2-1)`), a
 *   release's name after it ("the 4.1.2.1 release"), a dated release heading (`## [1.2.3.4] -
 *   2024-05-06`), a user agent's or a server header's product token (`Chrome/120.0.0.0
 *   Safari/537.36`, `Server: nginx/1.25.3.1`), a requirement's pin or a dependency's constraint
 *   (`pkg==1.2.3.4`, `(<< 1.0.24.2-5)`), a release's file (`shadow-4.0.18.1-sha256.patch`), a list
 *   of packages (`v8@10.2.154.26` beside `uv@1.44.2`), a changelog's items.
 *
 * Addresses are not written so: a host before an address is followed by its port (Java's
 * `kafka-1/10.0.0.5:9092`), a path's segment (`/api/hosts/10.0.0.5`) is no product, a filter's
 * field names an address (`ip.src==…`, `ip >= …`), ranges run to a number (`192.168.1.10-20`), a
 * log's address is followed by a timestamp, a list of hosts is headed by hosts. A name joined to
 * the quad alone (`jdk-17.0.9.1`) says nothing: hosts and backups are named after addresses as
 * often (`vm-10.0.0.5`, `backup-10.0.0.5.tar.gz`). Nor does a range with a wildcard beside it
 * (`Server 4.1.9.7 <-> Client 4.1.x`): networks are named so too ("the 10.x range").
 */
import { lineHeads } from "./whole-text-passes.js";
import { lineBounds } from "./table-cells.js";

/**
 * What a version is the floor or the match of, right before the quad ("minimum agent
 * 10.4.2.118", "at least 2.1.0.4", "compatible with server 4.2.0.0"): a requirement's words; an
 * address is reached or allowed, not required at a minimum or compatible with.
 */
const REQUIREMENT_BEFORE =
  /\b(?:minimum|min\.|at[ \t]{1,2}least|compatible[ \t]{1,2}with|compatibility[ \t]{1,2}with)[ \t]{1,3}(?:[A-Za-z][\w.-]{0,30}[ \t]{1,3}){0,2}v?$/i;
/** A release kind in parentheses after a heading's quad ("## 3.14.0.2 (hotfix)", "### 2.0.1.5 (LTS)"). */
const RELEASE_KIND_AFTER =
  /^[ \t]{1,2}\((?:hotfix|patch|bugfix|security(?:[ \t]release)?|maintenance|lts|stable|beta|alpha|rc\d{0,2}|final|release|preview)\)[ \t]*(?:$|\n)/i;
/** A Markdown heading's marks right before the quad. */
const HEADING_BEFORE = /^[ \t]{0,3}#{1,6}[ \t]{1,3}\[?v?$/;
/** A section sign right before the quad (`RFC 4291 §2.5.5.2`, `§ 3.1.2.4 Haftung`): a section's number. */
const SECTION_SIGN = /§[ \t\u00a0]{0,2}$/;
/** What follows a version and never an address: a pre-release or build suffix. */
const PRE_RELEASE = /^(?:-(?:rc|alpha|beta|pre|preview|dev|snapshot|nightly|canary)(?![a-z])|\+[0-9A-Za-z])/i;
/**
 * A package's revision after its version, closed or carried on (Debian's `(1.2.7.2-1)`,
 * `2.10.0.27-0.cvs…`, `1.0-2~bpo`); not a range of last octets (`192.168.1.10-20`) or of
 * addresses (`10.0.0.1-10.0.0.9`).
 */
const PACKAGE_REVISION = /^-\d{1,6}(?:\)|[~+][\w.]|\.[A-Za-z])/;
/** What a release is called right after its number ("the 4.1.2.1 release.", "1.7.12.1 Release Notes", "4.3.0.1 RC1"). */
const RELEASE_AFTER = /^[ \t]{1,2}(?:release(?:[ \t]{1,2}(?:notes?|candidate)\b|[ \t]*(?:$|[.,;:)\n]))|rc\d{0,2}\b|beta\b|alpha\b)/i;
/** A release heading's date before its number in parentheses ("2015-07-29 (3.8.11.1)"). */
const DATED_BEFORE = /\d{4}-\d{2}-\d{2}[ \t]{1,3}\($/;
/** A release heading's number then its date, alone ("## [1.2.3.4] - 2024-05-06", "3.7.5.1 - 2013-02-05"); a log's address and timestamp go on. */
const DATED_AFTER = /^\]?[ \t]{1,3}(?:[-–—][ \t]{1,3}|\()\d{4}-\d{2}-\d{2}\)?[ \t]*(?:$|\n)/;
/** A version constraint's operator right before the quad (`alsa-utils (<< 1.0.24.2-5)`, `zlib >= 1.2.2.3`, `base-passwd (>= 2.0.3.4)`). */
const CONSTRAINT_BEFORE = /([A-Za-z][\w.+-]{0,60})[ \t]{0,2}\(?[ \t]{0,2}(?:>=|<=|>>|<<|~=|\^|~>)[ \t]{0,2}$/;
/** A file's or package's name joined to the quad by a hyphen (`shadow-4.0.18.1`)… */
const ARTIFACT_NAME_BEFORE = /(?:^|[\s/(])[A-Za-z][A-Za-z0-9]{1,30}-$/;
/** …and a variant after it (`-sha256.patch`, `-alt-man.diff`): a release's file; an address in a host's name has no such tail. */
const VARIANT_AFTER = /^-[A-Za-z]/;
/** A product token right before the quad (`Chrome/`), not a path's segment (`/api/hosts/`) or a URL's. */
const PRODUCT_BEFORE = /(?:^|[\s(;,"'=])[A-Za-z][A-Za-z0-9._-]{0,40}\/$/;
/** A product token with a version (`Safari/537.36`): user agents list several on one line. */
const PRODUCT_VERSION = /(?:^|[\s(;,"'=])[A-Za-z][A-Za-z0-9._-]{0,40}\/\d/g;
/** A key or label naming a user agent, or a header that names the server's software, whose numbers are its products' versions. */
const PRODUCT_LABEL = /user[-_ ]?agent|^[ \t]{0,4}(?:server|x-powered-by|via)[ \t]{0,2}:/i;
/** An address's port right after it. */
const PORT_AFTER = /^:\d/;
/** Words that name an address, in a filter's field (`ip.src`, `ip.addr`). */
const ADDRESS_NAMES = /^(?:ip|ipv4|ips|addr|address|host|hostname|server|node|peer|src|dst|source|dest|destination|from|to|gateway|gw|client)$/i;
/** Whether a field's name (`ip.src`, `host_addr`) has a part that names an address. */
const namesAddress = (name: string): boolean => name.split(/[._-]/).some((part) => ADDRESS_NAMES.test(part));
/** A requirements line's pin: a package name, then `==`, `~=`, `>=` or `<=` right before the quad. */
const PIN_BEFORE = /^[ \t]{0,8}([A-Za-z][\w.-]{0,60})(?:\[[\w,.-]{1,60}\])?[ \t]{0,2}(?:===?|~=|>=|<=)[ \t]{0,2}$/;
/** A package's name and `@` right before the quad, alone on its line (`v8@10.2.154.26`, `zlib@1.2.13.1-motley`). */
const PACKAGE_AT = /^[ \t]{0,8}[-*]?[ \t]{0,2}@?[a-z][a-z0-9_.-]{0,40}@$/;
/** A line that is a package and its version of two or three parts (`node@0.10.33`, `uv@1.44.2`). */
const PACKAGE_LINE = /^[ \t]{0,8}[-*]?[ \t]{0,2}@?[a-z][a-z0-9_.-]{0,40}@\d{1,6}\.\d{1,6}(?:\.\d{1,6})?(?:[-+][\w.-]{1,40})?[ \t]*$/gm;
/** A list's heading that names versions. */
const VERSIONS_HEADING = /\b(?:change\s?log|changes|release\s{1,3}notes?|releases|versions|version\s{1,3}history|what(?:'|’)?s\s{1,3}new)\b/i;
/** A list item's start: indentation, then a bullet. */
const LIST_ITEM = /^[ \t]{0,8}[-*•+][ \t]{1,4}/;
/** All that stands before an item's first word: the quad leads the item. */
const ITEM_LEAD = /^[ \t]{0,8}[-*•+][ \t]{1,4}$/;
/** How far up a list is read for its heading, in lines. */
const BLOCK_LINES = 12;

/**
 * Whether the dotted quad at `[start, end)` is written as an outline's number or a version.
 *
 * @example
 * ```ts
 * writtenAsOtherNumber("Chrome/120.0.0.0 Safari/537.36", 7, 16); // true
 * writtenAsOtherNumber("allowed 10.0.0.x from 10.0.0.7", 22, 30); // false
 * ```
 */
export function writtenAsOtherNumber(text: string, start: number, end: number): boolean {
  if (outlineNumber(text, start, end)) return true;
  const after = text.slice(end, end + 16);
  if (PRE_RELEASE.test(after) || PACKAGE_REVISION.test(after) || RELEASE_AFTER.test(after)) return true;
  if (DATED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || DATED_AFTER.test(text.slice(end, end + 24))) return true;
  const [lineStart, lineEnd] = lineBounds(text, start);
  const head = text.slice(lineStart, start);
  const near = head.slice(-42);
  if (SECTION_SIGN.test(near) || REQUIREMENT_BEFORE.test(near)) return true;
  if (HEADING_BEFORE.test(head) && RELEASE_KIND_AFTER.test(text.slice(end, end + 32))) return true;
  // The patterns anchored at the quad are tried only where their last character stands: an
  // end-anchored pattern is tried from every position of `near`, and most quads are addresses.
  const mark = lastMark(near);
  if (
    mark === SLASH &&
    PRODUCT_BEFORE.test(near) &&
    !PORT_AFTER.test(after) &&
    (PRODUCT_LABEL.test(head) || (text.slice(lineStart, lineEnd).match(PRODUCT_VERSION)?.length ?? 0) >= 2)
  )
    return true;
  if (PACKAGE_AT.test(head) && packageListed(text, lineStart, lineEnd)) return true;
  const constraint = OPERATOR_ENDS.includes(mark) ? CONSTRAINT_BEFORE.exec(near) : null;
  if (constraint !== null && !namesAddress(constraint[1] as string)) return true;
  if (mark === HYPHEN && ARTIFACT_NAME_BEFORE.test(near) && VARIANT_AFTER.test(after)) return true;
  const pin = PIN_BEFORE.exec(head);
  if (pin !== null && !namesAddress(pin[1] as string)) return true;
  return ITEM_LEAD.test(head) && listHeadingNamesVersions(text, lineStart);
}

const SLASH = 0x2f;
const HYPHEN = 0x2d;
/** The last characters of CONSTRAINT_BEFORE's operators (`>=`, `<<`, `~>`, `^`, …). */
const OPERATOR_ENDS: readonly number[] = [0x3d, 0x3e, 0x3c, 0x5e];

/** The last character of `s` before at most two trailing spaces or tabs (0 for none). */
function lastMark(s: string): number {
  let i = s.length - 1;
  for (let k = 0; k < 2 && i >= 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9); k++) i--;
  return i >= 0 ? s.charCodeAt(i) : 0;
}

/** Whether the list holding the item that starts at `lineStart` is headed by a line that names versions. */
function listHeadingNamesVersions(text: string, lineStart: number): boolean {
  let at = lineStart;
  for (let n = 0; n < BLOCK_LINES && at > 0; n++) {
    const [s, e] = lineBounds(text, at - 1);
    const line = text.slice(s, e);
    at = s;
    if (LIST_ITEM.test(line)) continue;
    // One blank line may stand between a heading and its list.
    if (line.trim() === "" && n === 0) continue;
    return VERSIONS_HEADING.test(line);
  }
  return false;
}

/**
 * Whether the quad is a section's number in an outline: its parent, the first three numbers,
 * heads a line of the text as a number of its own, a title after it ("2.1.3 Data handling",
 * "## 2.1.3. Retention"). A network's three first octets never head a title.
 */
function outlineNumber(text: string, start: number, end: number): boolean {
  if (outline.text !== text) {
    // Read once per text (a log of thousands of addresses asks for every one of them).
    outline.text = text;
    outline.heads = new Set(lineHeads(text, OUTLINE_HEAD, OUTLINE_HEAD_AT, mayHeadOutline));
  }
  if (outline.heads.size === 0) return false;
  const quad = text.slice(start, end);
  if (outline.heads.has(quad.slice(0, quad.lastIndexOf(".")))) return true;
  // Or the quad heads a line with a title of its own in an outline (`  3.4.2.1 Teilzahlungen`
  // under `2.2.1 Elektronische Bestätigung`): a deeper section whose parent has no heading.
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  OUTLINE_QUAD.lastIndex = lineStart;
  const own = OUTLINE_QUAD.exec(text);
  return own !== null && own[1] === quad && lineStart + own[0].indexOf(quad) === start;
}
/** The outline numbers of three parts that head a line with a title, of the text last asked about. */
const outline = { text: "", heads: new Set<string>() };
/** A line headed by a four-part number and a title, read from the line's start (sticky): as {@link OUTLINE_HEAD}. */
const OUTLINE_QUAD = /[ \t]{0,8}(?:#{1,6}[ \t]{1,3})?(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\.?[ \t]{1,3}\p{Lu}\p{Ll}/uy;
/** A line headed by a three-part number and a title: indentation or a heading's marks, the number, perhaps a full stop, a capital. */
const OUTLINE_HEAD = /^[ \t]{0,8}(?:#{1,6}[ \t]{1,3})?(\d{1,3}\.\d{1,3}\.\d{1,3})\.?[ \t]{1,3}\p{Lu}/gmu;
/** {@link OUTLINE_HEAD} read at one line's start. */
const OUTLINE_HEAD_AT = /[ \t]{0,8}(?:#{1,6}[ \t]{1,3})?(\d{1,3}\.\d{1,3}\.\d{1,3})\.?[ \t]{1,3}\p{Lu}/uy;
/** Whether a line starting with this character may be headed by an outline number: a space, a tab, `#` or a digit. */
const mayHeadOutline = (c: number): boolean => c === 32 || c === 9 || c === 35 || (c >= 48 && c <= 57);

/**
 * Whether the line `[lineStart, lineEnd)` sits among packages and their versions: a line within
 * PACKAGE_REACH of it names a package and a version of two or three parts (`process.versions`,
 * a lock file's listing). Logins to hosts (`deploy@10.0.0.5`) list addresses, all of four parts.
 */
function packageListed(text: string, lineStart: number, lineEnd: number): boolean {
  if (packages.text !== text) {
    // Read once per text: a list of thousands of logins asks for every line.
    packages.text = text;
    packages.at = Int32Array.from(text.matchAll(PACKAGE_LINE), (m) => m.index);
  }
  const at = packages.at;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((at[mid] as number) < lineStart - PACKAGE_REACH) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && (at[lo] as number) <= lineEnd + PACKAGE_REACH;
}
/** Where the package lines of the text last asked about start. */
const packages = { text: "", at: new Int32Array(0) };
/** How far from a line its neighbours in a list of packages are looked for, in characters. */
const PACKAGE_REACH = 600;
