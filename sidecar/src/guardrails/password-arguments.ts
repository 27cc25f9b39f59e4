/**
 * Passwords given to command-line tools in the argument their manuals document for one:
 * `sshpass -p`, `docker login -p`, `redis-cli -a`, `ldapsearch -w`, `sqlcmd -P`, `smbclient
 * -U user%pass`, `htpasswd -b file user pass`, `net user name pass`, `sqlplus user/pass@db`,
 * PowerShell's `ConvertTo-SecureString "…" -AsPlainText`, MinIO's `mc alias set name url key secret`,
 * Oracle's `mkstore -createCredential`, `schtasks /RP`, DB2's `CONNECT TO …
 * USING pass` and Oracle's thin JDBC logon `jdbc:oracle:thin:user/pass@host`. Shell history, runbooks, CI logs and
 * tickets carry these lines; no key name marks the value, the program's grammar does.
 * (`mysql -p…` and `--password …` flags are read elsewhere.)
 */
import type { Finding } from "./finding.js";
import { plausibleSecretValue } from "./secret-values.js";
import { secretFinding } from "./secret-detectors.js";
import { literalChannel, literalIndex, literalStart, type TextIndex } from "./text-index.js";

/** One argument of a command line, quotes removed, with its place in the text. */
interface Arg {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

/** Where a program takes its password. */
interface Grammar {
  /** Flags whose next argument is the password (case-sensitive). */
  readonly next?: readonly string[];
  /** Flags with the password attached (`-pS3cret`, `/p:S3cret`). */
  readonly attached?: readonly string[];
  /** A subcommand the line must hold (`docker login`). */
  readonly needs?: string;
  /** The password among the arguments, by the program's own grammar. */
  readonly pick?: (args: readonly Arg[]) => Arg | undefined;
}

/** The arguments that are no flags (`-x`; on Windows also `/x`). */
const positional = (args: readonly Arg[], windows = false): Arg[] =>
  args.filter((a) => a.quoted || (!a.value.startsWith("-") && !(windows && a.value.startsWith("/"))));

/** `htpasswd -b[c] file user pass`, `htpasswd -nb user pass`: with `-b` the password is on the line. */
function htpasswd(args: readonly Arg[]): Arg | undefined {
  const flags = args
    .filter((a) => /^-[a-zA-Z]+$/.test(a.value))
    .map((a) => a.value)
    .join("");
  if (!flags.includes("b")) return undefined;
  return positional(args)[flags.includes("n") ? 1 : 2];
}

/** `net user name pass [/add]`, `net use \\host\share pass /user:name`. */
function netCommand(args: readonly Arg[]): Arg | undefined {
  const [verb, , pass] = positional(args, true);
  if (verb?.value.toLowerCase() === "user") return pass;
  if (verb?.value.toLowerCase() === "use") return positional(args, true).find((a, i) => i >= 1 && !a.value.startsWith("\\\\") && !/^[A-Za-z]:$/.test(a.value));
  return undefined;
}

/** `rabbitmqctl add_user name pass`, `rabbitmqctl change_password name pass`. */
function rabbitmqctl(args: readonly Arg[]): Arg | undefined {
  const [verb, , pass] = positional(args);
  return verb !== undefined && /^(?:add_user|change_password)$/.test(verb.value) ? pass : undefined;
}

/** MinIO's client: `mc alias set NAME URL ACCESS_KEY SECRET_KEY` (and the older `mc config host add …`): the secret key is the last. */
function minioAlias(args: readonly Arg[]): Arg | undefined {
  const p = positional(args);
  const words = p.map((a) => a.value);
  if (words[0] === "alias" && words[1] === "set") return p[5];
  if (words[0] === "config" && words[1] === "host" && words[2] === "add") return p[6];
  return undefined;
}

/** Oracle's `mkstore -wrl WALLET -createCredential ALIAS USER PASSWORD` (and `-modifyCredential`): the password is the third after the verb. */
function mkstore(args: readonly Arg[]): Arg | undefined {
  const verb = args.findIndex((a) => /^-(?:create|modify)Credential$/i.test(a.value));
  return verb < 0 ? undefined : args[verb + 3];
}

/** Oracle's tools take `user/password[@connect]` as their first argument. */
function oracleLogon(args: readonly Arg[]): Arg | undefined {
  const first = positional(args)[0];
  const m = first === undefined ? null : /^[\w$#]{1,30}\/([^@\s/]+)(?:@\S*)?$/.exec(first.value);
  if (first === undefined || m === null) return undefined;
  const start = first.start + first.value.indexOf("/") + 1;
  return { value: m[1] ?? "", start, end: start + (m[1] ?? "").length, quoted: first.quoted };
}

/** `smbclient -U user%pass`, `lftp -u user,pass`: the password after the user's separator. */
function userAndPassword(flag: string, sep: string): (args: readonly Arg[]) => Arg | undefined {
  return (args) => {
    const i = args.findIndex((a) => a.value === flag);
    const both = args[i + 1];
    const at = both?.value.indexOf(sep) ?? -1;
    if (both === undefined || i < 0 || at < 1) return undefined;
    return { value: both.value.slice(at + 1), start: both.start + at + 1, end: both.end, quoted: both.quoted };
  };
}

/** PowerShell: `ConvertTo-SecureString "pass" -AsPlainText -Force`, or `-String "pass"`. */
function secureString(args: readonly Arg[]): Arg | undefined {
  if (!args.some((a) => /^-AsPlainText$/i.test(a.value))) return undefined;
  const named = args.findIndex((a) => /^-String$/i.test(a.value));
  // A quoted argument is a value whatever it starts with (`'-#0P9zo…'`).
  return named >= 0 ? args[named + 1] : args.find((a) => a.quoted || !a.value.startsWith("-"));
}

const LOGIN_P: Grammar = { needs: "login", next: ["-p", "--password"] };
const DASH_P: Grammar = { next: ["-p"] };
const DASH_CAP_P: Grammar = { next: ["-P"] };
const LDAP: Grammar = { next: ["-w"] };
const ORACLE: Grammar = { pick: oracleLogon };
const MONGO: Grammar = { next: ["-p"] };
const SNMP: Grammar = { next: ["-A", "-X", "-c"] };

/** Programs by name (lower case; `.exe` is dropped before the lookup). */
const GRAMMARS: Readonly<Record<string, Grammar>> = {
  sshpass: { next: ["-p"], attached: ["-p"] },
  docker: LOGIN_P,
  podman: LOGIN_P,
  nerdctl: LOGIN_P,
  buildah: LOGIN_P,
  skopeo: LOGIN_P,
  helm: LOGIN_P,
  oras: LOGIN_P,
  oc: LOGIN_P,
  cf: LOGIN_P,
  az: LOGIN_P,
  "redis-cli": { next: ["-a"] },
  ldapsearch: LDAP,
  ldapadd: LDAP,
  ldapmodify: LDAP,
  ldapdelete: LDAP,
  ldapwhoami: LDAP,
  ldappasswd: LDAP,
  sqlcmd: DASH_CAP_P,
  bcp: DASH_CAP_P,
  osql: DASH_CAP_P,
  ipmitool: DASH_CAP_P,
  mosquitto_pub: DASH_CAP_P,
  mosquitto_sub: DASH_CAP_P,
  zip: DASH_CAP_P,
  unzip: DASH_CAP_P,
  mongo: MONGO,
  mongosh: MONGO,
  mongodump: MONGO,
  mongorestore: MONGO,
  mongoexport: MONGO,
  mongoimport: MONGO,
  "7z": { attached: ["-p"] },
  "7za": { attached: ["-p"] },
  rar: { attached: ["-p"] },
  unrar: { attached: ["-p"] },
  xfreerdp: { attached: ["/p:"] },
  wlfreerdp: { attached: ["/p:"] },
  rdesktop: DASH_P,
  psexec: DASH_P,
  paexec: DASH_P,
  smbmap: DASH_P,
  crackmapexec: DASH_P,
  netexec: DASH_P,
  nxc: DASH_P,
  "evil-winrm": DASH_P,
  hydra: DASH_P,
  "ssh-keygen": { next: ["-N", "-P"] },
  // Net-SNMP: SNMPv3's authentication and privacy pass phrases, and v1/v2c's community.
  snmpwalk: SNMP,
  snmpget: SNMP,
  snmpset: SNMP,
  snmpbulkwalk: SNMP,
  snmpbulkget: SNMP,
  snmpgetnext: SNMP,
  snmptable: SNMP,
  snmptrap: SNMP,
  // LibreNMS's `lnms device:add`: the same three, by its own flags.
  lnms: { needs: "device:add", next: ["-c", "--community", "-A", "--authpass", "-X", "--privpass"] },
  smbclient: { pick: userAndPassword("-U", "%") },
  rpcclient: { pick: userAndPassword("-U", "%") },
  lftp: { pick: userAndPassword("-u", ",") },
  htpasswd: { pick: htpasswd },
  net: { pick: netCommand },
  rabbitmqctl: { pick: rabbitmqctl },
  mc: { pick: minioAlias },
  mkstore: { pick: mkstore },
  // Windows' task scheduler: `/RP` is the run-as user's password.
  schtasks: { next: ["/RP", "/rp"] },
  sqlplus: ORACLE,
  expdp: ORACLE,
  impdp: ORACLE,
  exp: ORACLE,
  imp: ORACLE,
  sqlldr: ORACLE,
  rman: ORACLE,
  "convertto-securestring": { pick: secureString },
};

/** Windows tools also written with their extension (`PsExec.exe -p …`). */
const WINDOWS = ["psexec", "paexec", "net", "sqlcmd", "schtasks"];
/**
 * Each name with the space that ends it (`oc `, not every "oc" inside a word): the literal
 * pass records only what may be a command.
 */
const PROGRAMS: ReadonlyArray<[string, Grammar]> = [
  ...Object.entries(GRAMMARS),
  ...WINDOWS.map((n): [string, Grammar] => [`${n}.exe`, GRAMMARS[n] as Grammar]),
].map(([name, grammar]) => [`${name} `, grammar]);
const PROGRAM_CHANNEL = literalChannel(PROGRAMS.map(([literal]) => literal));

/** What may stand before a program's name: a line's start, a space, a path, a shell operator, a quote. */
const COMMAND_BEFORE = /[\s/\\;&|`'"(=$>]/;

/** The arguments of the command at `from`, to its line's end or a shell operator (at most 1 KB). */
function readArgs(text: string, from: number): Arg[] {
  const args: Arg[] = [];
  const limit = Math.min(text.length, from + 1024);
  let i = from;
  while (i < limit) {
    const c = text[i] ?? "";
    if (c === "\n" || c === ";" || c === "|" || (c === "&" && text[i + 1] === "&")) break;
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const close = text.slice(i + 1, limit).indexOf(c) + i + 1;
      if (close <= i || text.slice(i, close).includes("\n")) break;
      args.push({ value: text.slice(i + 1, close), start: i + 1, end: close, quoted: true });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < limit && !/[\s;|"']/.test(text[end] ?? "")) end++;
    args.push({ value: text.slice(i, end), start: i, end, quoted: false });
    i = end;
  }
  return args;
}

/**
 * The password arguments of a command line, by the program's grammar: each one, where a
 * command takes two (SNMPv3's `-A` authentication and `-X` privacy pass phrases).
 */
function passwordArgs(grammar: Grammar, args: readonly Arg[]): Arg[] {
  if (grammar.needs !== undefined && !args.some((a) => a.value === grammar.needs)) return [];
  if (grammar.pick !== undefined) {
    const one = grammar.pick(args);
    return one === undefined ? [] : [one];
  }
  const found: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as Arg;
    const next = args[i + 1];
    if (grammar.next?.includes(a.value)) {
      if (next !== undefined) found.push(next);
      i++;
      continue;
    }
    const flag = grammar.attached?.find((f) => a.value.startsWith(f) && a.value.length > f.length && !a.quoted);
    if (flag !== undefined) found.push({ value: a.value.slice(flag.length), start: a.start + flag.length, end: a.end, quoted: false });
  }
  return found;
}

const SQL_CHANNEL = literalChannel(["identified "]);
/** DB2's `CONNECT TO db USER name USING pass` (the command line processor's and embedded SQL's). */
const CONNECT_CHANNEL = literalChannel(["connect to "]);
const CONNECT_USING = /connect[ \t]+to[ \t]+[\w.$#@-]{1,64}[ \t]+user[ \t]+[\w.$#@\\-]{1,64}[ \t]+using[ \t]+(?:(['"])([^'"\n]{1,128})\1|([^\s'";]{1,128}))/iy;
/** Oracle's thin JDBC URL with its logon: `jdbc:oracle:thin:user/pass@host:1521/svc` (the password may hold `@`: up to the last one before the host). */
const THIN_CHANNEL = literalChannel(["oracle:thin:"]);
const THIN_LOGON = /oracle:thin:[\w$#]{1,30}\/([^\s"'<>/]{1,128})@(?:\/\/)?[\w.-]+(?::\d{1,5})?(?:[/:][\w.$-]*)?(?=["'\s<>;)]|$)/iy;
/** SQL's `IDENTIFIED BY 'pass'` (MySQL, Oracle), `IDENTIFIED WITH plugin BY 'pass'`. */
const IDENTIFIED_BY = /identified[ \t]+(?:with[ \t]+[\w'"]+[ \t]+)?by[ \t]+(?:password[ \t]+)?(['"])([^'"\n]{1,128})\1/iy;

/**
 * Passwords in the arguments that command-line tools document for them, and in SQL's
 * `IDENTIFIED BY`.
 *
 * @example
 * ```ts
 * detectPasswordArguments("sshpass -p 'Qv7!mzT2pLw9' ssh deploy@db1", out); // secret.command-password
 * ```
 */
export function detectPasswordArguments(text: string, out: Finding[], index: TextIndex): void {
  let from = 0;
  for (const hit of index.literals(PROGRAM_CHANNEL)) {
    const at = literalStart(hit);
    const [literal, grammar] = PROGRAMS[literalIndex(hit)] as [string, Grammar];
    if (at < from || (at > 0 && !COMMAND_BEFORE.test(text[at - 1] ?? ""))) continue;
    const args = readArgs(text, at + literal.length);
    from = args.at(-1)?.end ?? at + literal.length;
    for (const arg of passwordArgs(grammar, args)) {
      if (arg.value.startsWith("$") || arg.value.startsWith("%")) continue;
      if (plausibleSecretValue(arg.value, "password", arg.quoted) > 0) out.push(secretFinding("command-password", arg.start, arg.end, 0.85));
    }
  }
  for (const hit of index.literals(CONNECT_CHANNEL)) {
    const at = literalStart(hit);
    CONNECT_USING.lastIndex = at;
    const m = CONNECT_USING.exec(text);
    const value = m?.[2] ?? m?.[3] ?? "";
    if (m === null || value.startsWith(":") || value.startsWith("$") || plausibleSecretValue(value, "password", m[2] !== undefined) === 0) continue;
    const start = at + m[0].length - value.length - (m[2] !== undefined ? 1 : 0);
    out.push(secretFinding("command-password", start, start + value.length, 0.85));
  }
  for (const hit of index.literals(THIN_CHANNEL)) {
    const at = literalStart(hit);
    THIN_LOGON.lastIndex = at;
    const m = THIN_LOGON.exec(text);
    const value = m?.[1] ?? "";
    if (m === null || value.startsWith("$") || plausibleSecretValue(value, "password", false) === 0) continue;
    const start = text.indexOf("/", at + "oracle:thin:".length) + 1;
    out.push(secretFinding("command-password", start, start + value.length, 0.85));
  }
  for (const hit of index.literals(SQL_CHANNEL)) {
    IDENTIFIED_BY.lastIndex = literalStart(hit);
    const m = IDENTIFIED_BY.exec(text);
    const value = m?.[2] ?? "";
    if (m === null || plausibleSecretValue(value, "password", true) === 0) continue;
    const start = IDENTIFIED_BY.lastIndex - 1 - value.length;
    out.push(secretFinding("command-password", start, start + value.length, 0.85));
  }
}
