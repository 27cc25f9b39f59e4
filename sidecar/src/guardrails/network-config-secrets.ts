/**
 * Secrets in the grammar of network devices' and network services' configuration, where a
 * command or a column, not `key = value`, sets them:
 *
 * - Cisco IOS/NX-OS typed secrets: `password 0 …`, `key 7 …`, `key-string 7 …`, `secret 0 …`
 *   (type 0 is plain text, type 7 a reversible encoding: both are the secret; types 5, 8 and 9
 *   are one-way hashes and type 6 is encrypted under the device's own key: not reported);
 * - routing-protocol keys: `message-digest-key 1 md5 …`, `authentication-key …`, `neighbor …
 *   password …`;
 * - SNMP communities: `snmp-server community …`, Junos `set snmp community …`, net-snmp's
 *   `rocommunity`/`rwcommunity`, a DOCSIS config file's `…Community.1 String "…"`;
 * - Junos `$9$…` (a reversible encoding; Cisco's type 9 `$9$salt$hash` has a second `$` and is
 *   a hash) and values Junos marks `## SECRET-DATA`;
 * - ntpd's and chrony's key files (`1 SHA1 4b32…`);
 * - SIM vendors' output files: the `Ki`/`OPc` columns a `var_out:` header names;
 * - IPsec pre-shared keys: `crypto isakmp key … address …`, `pre-shared-key …`, strongSwan's
 *   `ipsec.secrets` (`… : PSK "…"`), FortiOS's `set psksecret …`;
 * - Asterisk's `register => user:secret@host`;
 * - Postfix `sasl_passwd` entries (`[relay]:587 user:password`, and what `postmap -q` prints);
 * - Terraform state's `random_password` results.
 *
 * Every rule starts from a literal (the literal index's pass), then reads its line.
 */
import type { Finding } from "./finding.js";
import { secretFinding } from "./secret-detectors.js";
import { plausibleSecretValue } from "./secret-values.js";
import { literalChannel, literalIndex, literalStart, TextIndex } from "./text-index.js";

const LITERALS = [
  "password",
  "secret",
  "key",
  "key-string",
  "authentication-key",
  "message-digest-key",
  "community",
  "$9$",
  "## secret-data",
  "md5 ",
  "sha1 ",
  "sha256 ",
  "sha512 ",
  "aes128cmac ",
  "var_out:",
  "sasl_passwd",
  '"random_password"',
  "isakmp key",
  "pre-shared-key",
  ": psk ",
  ": xauth ",
  ": eap ",
  "set psksecret",
  "set passwd",
  "set password",
  "set secret",
  "register",
  "snmp-server user",
  "wpa-psk",
  "checkcode",
] as const;
const CHANNEL = literalChannel(LITERALS);
const at = (literal: (typeof LITERALS)[number]): number => LITERALS.indexOf(literal);
const TYPED_WORDS = new Set([at("password"), at("secret"), at("key"), at("key-string"), at("authentication-key")]);
const FORTIOS_SETS = new Set([at("set psksecret"), at("set passwd"), at("set password"), at("set secret")]);
const IPSEC_SECRETS = new Set([at(": psk "), at(": xauth "), at(": eap ")]);
const NTP_TYPES = new Set([at("md5 "), at("sha1 "), at("sha256 "), at("sha512 "), at("aes128cmac ")]);

/** After a typed secret's keyword: the type (0 plain, 7 reversible) and the value, which ends its line. */
const TYPED_VALUE = /[ \t]+([07])[ \t]+(\S{1,128})[ \t]*(?=\r?\n|$)/y;
/** A Cisco type 7 string: two decimal digits (the key's offset) and hex pairs. */
const TYPE7 = /^(?:[0-4]\d|5[0-2])(?:[0-9A-Fa-f]{2}){2,}$/;
/** After `message-digest-key`: the key's number, `md5`, an optional type and the value, to the line's end. */
const DIGEST_KEY = /[ \t]+\d{1,3}[ \t]+md5[ \t]+(?:([07])[ \t]+)?(\S{1,128})[ \t]*(?=\r?\n|$)/y;
/** After a keyword, an untyped value (quoted or not) that ends its line or a Junos statement. */
const PLAIN_VALUE = /[ \t]+(?:"([^"\n]{1,128})"|([^\s";]{1,128}))[ \t]*;?[ \t]*(?=\r?\n|$|##)/y;
/** What a line holds before a community's keyword: a device's SNMP command. */
const COMMUNITY_COMMAND = /^[ \t]*(?:snmp-server|set[ \t]+snmp|snmp-agent|(?:no[ \t]+)?snmp[ \t]+community[ \t]*)?[ \t]+$|^[ \t]*(?:ro|rw)$/i;
/** After a community's name in a MIB object: `.1 String "…"` (DOCSIS config files). */
const MIB_STRING = /(?:\.\d{1,10}){0,4}[ \t]+String[ \t]+"([^"\n]{1,64})"/y;
/** A BGP neighbour's password command up to its keyword: `neighbor 10.0.0.1 `, `neighbor PEERS `. */
const NEIGHBOR_BEFORE = /^[ \t]*neighbor[ \t]+\S{1,64}[ \t]+$/;
/** Junos `$9$` body (its alphabet: letters, digits, `.`, `/`, `-`). */
const JUNOS9_BODY = /[A-Za-z0-9./-]{4,512}/y;
/** A Junos statement's quoted value on the line before its `## SECRET-DATA` mark. */
const SECRET_DATA_VALUE = /"([^"\n]{1,512})";?[ \t]*$/;
/** An ntp key file's line up to its type: the key's number. */
const NTP_KEY_BEFORE = /^[ \t]*\d{1,5}[ \t]+$/;
/** After an ntp key's type: the key (hex, ASCII, or chrony's `HEX:`/`ASCII:`), to the line's end or a comment. */
const NTP_KEY_VALUE = /(\S{1,128})[ \t]*(?:#[^\n]*)?(?=\r?\n|$)/y;
/** After `crypto isakmp key`: an optional type (6, encrypted under the device's key, is skipped) and the key, before its peer. */
const ISAKMP_KEY = /[ \t]+(?:([067])[ \t]+)?(\S{1,128})[ \t]+(?:address|hostname)[ \t]/y;
/** After `pre-shared-key`: IKEv2's `local`/`remote`, or a keyring's `address … key`, an optional type, the key to the line's end. */
const PRE_SHARED_KEY =
  /[ \t]+(?:(?:local|remote)[ \t]+|address[ \t]+\S{1,64}(?:[ \t]+\S{1,64})?[ \t]+key[ \t]+)?(?:([067])[ \t]+)?(?!ascii-text|hexadecimal)(\S{1,128})[ \t]*(?=\r?\n|$)/y;
/** An ipsec.secrets entry's secret after its type: quoted, or a run (`0s` base64, `0x` hex), to the line's end or a comment. */
const IPSEC_SECRET = /[ \t]*(?:"([^"\n]{1,256})"|([^\s"#]{1,256}))[ \t]*(?:#[^\n]*)?(?=\r?\n|$)/y;
/** Asterisk's `register => [transport://]user[@domain]:secret[:authuser]@host[:port][/extension]`. */
const SIP_REGISTER = /[ \t]*=>[ \t]*(?:[a-z]{2,5}:\/\/)?[^\s:@/]{1,64}(?:@[^\s:@/]{1,64})?:([^\s:@/]{1,64})(?::[^\s:@/]{1,64})?@[\w.-]{1,253}/y;
/** After Cisco's `ntp authentication-key`: the key's number, `md5`, the key and its type after it (`… md5 104D000A0618 7`). */
const NTP_AUTH_KEY = /[ \t]+\d{1,5}[ \t]+md5[ \t]+(\S{1,128})(?:[ \t]+([07]))?[ \t]*(?=\r?\n|$)/y;
/** After `snmp-server user`: user, group, `v3`, then `auth <algorithm> <pass>` and `priv <cipher> [bits] <pass>` (types and `encrypted` skip). */
const SNMP_USER =
  /[ \t]+\S{1,64}[ \t]+\S{1,64}(?:[ \t]+remote[ \t]+\S{1,64}(?:[ \t]+udp-port[ \t]+\d{1,5})?)?[ \t]+v3(?:[ \t]+(encrypted))?[ \t]+auth[ \t]+(?:md5|sha\S{0,8})[ \t]+(\S{1,128})(?:[ \t]+priv[ \t]+(?:des|3des|aes(?:[ \t]+\d{3})?)[ \t]+(\S{1,128}))?/dy;
/** After IOS's `wpa-psk`: the format and an optional type, then the key to the line's end. */
const WPA_PSK = /[ \t]+(?:ascii|hex)[ \t]+(?:([07])[ \t]+)?(\S{1,128})[ \t]*(?=\r?\n|$)/y;
/** After a Huawei ONT's `Checkcode` (the LOID's password): its colon and the value, to the line's end. */
const CHECKCODE = /[ \t]*:[ \t]*([^\s:]{4,24})[ \t]*(?=\r?\n|$)/y;
/** SIM output columns that hold secrets: the subscriber key, the operator's key and the OTA keys. */
const SIM_SECRET_COLUMN = /^(?:ki|k|opc|op|kic\d{0,2}|kid\d{0,2}|kik\d{0,2})$/i;
/** A hex key of 128 or 256 bits. */
const HEX_KEY = /^(?:[0-9A-Fa-f]{32}|[0-9A-Fa-f]{64})$/;
/** A `sasl_passwd` line (or what `postmap -q` prints of one): an optional `[relay]:port`, then `user:password`. */
const SASL_LINE = /^[ \t]*(?:(?:\[[^\]\s]{1,253}\]|[\w.-]{1,253})(?::\d{1,5})?[ \t]+)?[\w.+-]{1,64}(?:@[\w.-]{1,253})?:(\S{1,128})[ \t]*$/gm;
/** Lines of a text read for `sasl_passwd` entries, at most. */
const SASL_TEXT_MAX = 64 * 1024;
/** A resource's `"result"` member in Terraform state. */
const RESULT_MEMBER = /"result"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,1024})"/y;

/** Whether `i` starts a word: the text's start, or a space, a tab or a line break before it. */
function wordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return i === 0 || c === 32 || c === 9 || c === 10 || c === 13;
}

/** The text of the line up to `i` (at most 256 characters back). */
function lineBefore(text: string, i: number): string {
  const from = Math.max(0, i - 256);
  let j = i - 1;
  while (j >= from && text.charCodeAt(j) !== 10) j--;
  return text.slice(j + 1, i);
}

/** The text of the line from `i` (at most 1024 characters on). */
function lineAfter(text: string, i: number): string {
  // Within the 1024 characters only: a search to the next line break per hit would read on to
  // it every time (quadratic on one long line).
  const window = text.slice(i, i + 1024);
  const end = window.indexOf("\n");
  return end < 0 ? window : window.slice(0, end);
}

/** A typed value's finding: type 7 must be the encoding's shape, type 0 a plausible password. */
function typedSecret(type: string | undefined, value: string, start: number, out: Finding[]): void {
  if (type === "7" ? !TYPE7.test(value) : plausibleSecretValue(value, "password", false) === 0) return;
  out.push(secretFinding("network-config", start, start + value.length, type === "7" ? 0.9 : 0.85));
}

/**
 * Secrets in network configuration grammar (see the module's comment).
 *
 * @example
 * ```ts
 * detectNetworkConfigSecrets(" neighbor 192.0.2.1 password 7 0822455D0A16", out); // secret.network-config
 * ```
 */
export function detectNetworkConfigSecrets(text: string, out: Finding[], index = new TextIndex(text)): void {
  let simDone = false;
  let saslDone = false;
  const state: StateCursor = { result: -2, type: -2 };
  for (const hit of index.literals(CHANNEL)) {
    const start = literalStart(hit);
    const literal = literalIndex(hit);
    const word = LITERALS[literal] ?? "";
    const end = start + word.length;
    if (TYPED_WORDS.has(literal) || literal === at("message-digest-key")) {
      // A whole word: `password`, not `wpa-passphrase` or `ssh-key`'s tail.
      if (!wordStart(text, start) && text[start - 1] !== "-") continue;
      if (text[end] !== " " && text[end] !== "\t") continue;
      const sticky = literal === at("message-digest-key") ? DIGEST_KEY : TYPED_VALUE;
      sticky.lastIndex = end;
      const m = sticky.exec(text);
      if (m !== null) {
        const value = m[2] ?? "";
        typedSecret(m[1] ?? "0", value, end + m[0].trimEnd().length - value.length, out);
        continue;
      }
      if (literal === at("authentication-key")) {
        NTP_AUTH_KEY.lastIndex = end;
        const n = NTP_AUTH_KEY.exec(text);
        if (n !== null) {
          const value = n[1] ?? "";
          typedSecret(n[2] ?? "0", value, end + n[0].indexOf(value, n[0].search(/md5/i) + 3), out);
          continue;
        }
      }
      // Untyped: `authentication-key …` (OSPF, IS-IS, Junos), a key chain's `key-string …` and a BGP neighbour's `password …`.
      const untyped =
        literal === at("authentication-key") || literal === at("key-string") || (literal === at("password") && NEIGHBOR_BEFORE.test(lineBefore(text, start)));
      if (!untyped) continue;
      PLAIN_VALUE.lastIndex = end;
      const p = PLAIN_VALUE.exec(text);
      const value = p?.[1] ?? p?.[2];
      // Junos `$9$` values are the `$9$` rule's.
      if (p === null || value === undefined || value.startsWith("$9$")) continue;
      if (plausibleSecretValue(value, "password", p[1] !== undefined) === 0) continue;
      const vStart = end + p[0].indexOf(value);
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (literal === at("community")) {
      MIB_STRING.lastIndex = end;
      const mib = MIB_STRING.exec(text);
      if (mib !== null) {
        const value = mib[1] ?? "";
        const vStart = MIB_STRING.lastIndex - 1 - value.length;
        if (plausibleSecretValue(value, "password", true) > 0) out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
        continue;
      }
      if (!COMMUNITY_COMMAND.test(lineBefore(text, start)) || (text[end] !== " " && text[end] !== "\t")) continue;
      const m = /^[ \t]+(?:"([^"\n]{1,64})"|([^\s"{;]{1,64}))/.exec(lineAfter(text, end));
      const value = m?.[1] ?? m?.[2];
      if (m === null || value === undefined || plausibleSecretValue(value, "password", m[1] !== undefined) === 0) continue;
      const vStart = end + m[0].length - value.length - (m[1] !== undefined ? 1 : 0);
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (literal === at("$9$")) {
      const before = text[start - 1];
      if (start > 0 && before !== '"' && before !== "'" && !wordStart(text, start)) continue;
      JUNOS9_BODY.lastIndex = end;
      const m = JUNOS9_BODY.exec(text);
      // A second `$` makes it Cisco's type 9 hash (`$9$salt$hash`), which opens nothing.
      if (m === null || text[JUNOS9_BODY.lastIndex] === "$") continue;
      const after = text[JUNOS9_BODY.lastIndex];
      if (after !== undefined && !/[\s"';]/.test(after)) continue;
      out.push(secretFinding("network-config", start, JUNOS9_BODY.lastIndex, 0.9));
    } else if (literal === at("## secret-data")) {
      const m = SECRET_DATA_VALUE.exec(lineBefore(text, start).trimEnd());
      const value = m?.[1];
      if (value === undefined || value.startsWith("$9$") || plausibleSecretValue(value, "password", true) === 0) continue;
      const line = lineBefore(text, start);
      const vStart = start - line.length + line.lastIndexOf(`"${value}"`) + 1;
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (NTP_TYPES.has(literal)) {
      if (!NTP_KEY_BEFORE.test(lineBefore(text, start))) continue;
      NTP_KEY_VALUE.lastIndex = end;
      const m = NTP_KEY_VALUE.exec(text);
      const value = m?.[1];
      if (value === undefined) continue;
      const key = value.replace(/^(?:HEX|ASCII):/, "");
      if (!/^[0-9A-Fa-f]{20,128}$/.test(key) && plausibleSecretValue(key, "password", false) === 0) continue;
      out.push(secretFinding("network-config", end, end + value.length, 0.85));
    } else if (literal === at("isakmp key") || literal === at("pre-shared-key")) {
      if (!wordStart(text, start) && text[start - 1] !== "-") continue;
      const sticky = literal === at("isakmp key") ? ISAKMP_KEY : PRE_SHARED_KEY;
      sticky.lastIndex = end;
      const m = sticky.exec(text);
      const value = m?.[2];
      if (m === null || value === undefined || m[1] === "6" || value.startsWith("$9$")) continue;
      const vStart = end + m[0].lastIndexOf(value);
      typedSecret(m[1] ?? "0", value, vStart, out);
    } else if (IPSEC_SECRETS.has(literal)) {
      IPSEC_SECRET.lastIndex = end;
      const m = IPSEC_SECRET.exec(text);
      const value = m?.[1] ?? m?.[2];
      if (m === null || value === undefined || plausibleSecretValue(value, "password", m[1] !== undefined) === 0) continue;
      const vStart = end + m[0].indexOf(value);
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (FORTIOS_SETS.has(literal)) {
      // FortiOS: an indented `set <field> <value>` inside a `config … edit … next` block; `ENC …` values are encrypted.
      if (!/^[ \t]+$/.test(lineBefore(text, start)) || (text[end] !== " " && text[end] !== "\t")) continue;
      PLAIN_VALUE.lastIndex = end;
      const p = PLAIN_VALUE.exec(text);
      const value = p?.[1] ?? p?.[2];
      if (p === null || value === undefined || value === "ENC" || plausibleSecretValue(value, "password", p[1] !== undefined) === 0) continue;
      const vStart = end + p[0].indexOf(value);
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (literal === at("register")) {
      if (!/^[ \t]*$/.test(lineBefore(text, start))) continue;
      SIP_REGISTER.lastIndex = end;
      const m = SIP_REGISTER.exec(text);
      const value = m?.[1];
      if (m === null || value === undefined || plausibleSecretValue(value, "password", false) === 0) continue;
      const vStart = end + m[0].indexOf(`:${value}`) + 1;
      out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
    } else if (literal === at("snmp-server user")) {
      SNMP_USER.lastIndex = end;
      const m = SNMP_USER.exec(text);
      // `encrypted`: the device prints localised keys (hashes of the pass phrase and its engine ID).
      if (m === null || m[1] !== undefined) continue;
      for (const group of [2, 3]) {
        const span = m.indices?.[group];
        const value = m[group];
        if (span !== undefined && value !== undefined && plausibleSecretValue(value, "password", false) > 0)
          out.push(secretFinding("network-config", span[0], span[1], 0.85));
      }
    } else if (literal === at("wpa-psk")) {
      WPA_PSK.lastIndex = end;
      const m = WPA_PSK.exec(text);
      const value = m?.[2];
      if (m === null || value === undefined) continue;
      typedSecret(m[1] ?? "0", value, end + m[0].trimEnd().length - value.length, out);
    } else if (literal === at("checkcode")) {
      // A GPON ONT's LOID authentication: the `Loid` line, then its check code (the password).
      if (!/loid/i.test(text.slice(Math.max(0, start - 160), start))) continue;
      CHECKCODE.lastIndex = end;
      const m = CHECKCODE.exec(text);
      const value = m?.[1];
      if (m === null || value === undefined || /^(?:-+|n\/?a|none|null|\*+)$/i.test(value)) continue;
      out.push(secretFinding("network-config", CHECKCODE.lastIndex - value.length, CHECKCODE.lastIndex, 0.8));
    } else if (literal === at("var_out:") && !simDone) {
      simDone = true;
      simOutput(text, end, out);
    } else if (literal === at("sasl_passwd") && !saslDone) {
      saslDone = true;
      saslEntries(text, out);
    } else if (literal === at('"random_password"')) {
      randomPassword(text, end, out, state);
    }
  }
}

/** The secret columns of a SIM vendor's output file whose `var_out:` header ends at `from`. */
function simOutput(text: string, from: number, out: Finding[]): void {
  const columns = lineAfter(text, from)
    .trim()
    .split(/[\s/,;]+/);
  const secret = columns.map((c) => SIM_SECRET_COLUMN.test(c));
  if (!secret.includes(true)) return;
  let i = text.indexOf("\n", from);
  // The data lines below it (comments and other lines between are skipped), 10,000 at most.
  for (let rows = 0; i >= 0 && rows < 10_000; rows++) {
    const lineStart = i + 1;
    const next = text.indexOf("\n", lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(lineStart, lineEnd);
    i = next;
    const cells = [...line.matchAll(/\S+/g)];
    if (cells.length !== columns.length) continue;
    cells.forEach((cell, c) => {
      if (secret[c] === true && HEX_KEY.test(cell[0]))
        out.push(secretFinding("network-config", lineStart + cell.index, lineStart + cell.index + cell[0].length, 0.9));
    });
  }
}

/** The passwords of `sasl_passwd` entries in a text that names the file. */
function saslEntries(text: string, out: Finding[]): void {
  const body = text.length > SASL_TEXT_MAX ? text.slice(0, SASL_TEXT_MAX) : text;
  SASL_LINE.lastIndex = 0;
  for (let m = SASL_LINE.exec(body); m !== null; m = SASL_LINE.exec(body)) {
    const value = m[1] ?? "";
    if (plausibleSecretValue(value, "password", false) === 0 || /^\d+$/.test(value)) continue;
    const vStart = m.index + m[0].trimEnd().length - value.length;
    out.push(secretFinding("network-config", vStart, vStart + value.length, 0.85));
  }
}

/** Where the next `"result"` and `"type"` members start (-1 for none), kept while the text's resources are read in order. */
interface StateCursor {
  result: number;
  type: number;
}

/** The `"result"` of the Terraform `random_password` resource whose type ends at `from` (before the next resource's type). */
function randomPassword(text: string, from: number, out: Finding[], cursor: StateCursor): void {
  // Each search resumes where the last one found its member: the text is read once, however many resources it holds.
  if (cursor.result !== -1 && cursor.result < from) cursor.result = text.indexOf('"result"', from);
  if (cursor.type !== -1 && cursor.type < from) cursor.type = text.indexOf('"type"', from);
  const result = cursor.result;
  if (result < 0 || result - from > 8192 || (cursor.type >= 0 && cursor.type < result)) return;
  RESULT_MEMBER.lastIndex = result;
  const m = RESULT_MEMBER.exec(text);
  const value = m?.[1];
  if (value === undefined || value.length < 6) return;
  const vStart = RESULT_MEMBER.lastIndex - 1 - value.length;
  out.push(secretFinding("network-config", vStart, vStart + value.length, 0.9));
}
