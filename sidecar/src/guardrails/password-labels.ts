/**
 * Passwords written where people write them for people: after the word for "password" in the
 * language of the message (`Passwort:`, `Mot de passe :`, `密码：`, `Пароль —`, `パスワードは…`),
 * and as a login pair after a credentials label (`login: admin / Xk29…`, `creds: ops:Xk29…`).
 * The English key words (`password`, `pwd`, `pass`) are read by the keyword rule.
 */
import type { Finding } from "./finding.js";
import { chosenPassword, plausibleSecretValue } from "./secret-values.js";
import { secretFinding } from "./secret-detectors.js";
import { literalChannel, literalIndex, literalStart, type TextIndex } from "./text-index.js";

/**
 * "Password" in the languages tool output is written in, where it is spelled in ASCII (found
 * by the shared literal pass, case-insensitively). German's Passwort holds "passw" and is read
 * by the keyword rule.
 */
const ASCII_WORDS = [
  "kennwort",
  "mot de passe",
  "contrasena",
  "senha",
  "palavra-passe",
  "wachtwoord",
  "haslo",
  "heslo",
  "parola",
  "parool",
  "parole",
  "sifre",
  "losenord",
  "passord",
  "adgangskode",
  "kodeord",
  "salasana",
  "jelszo",
  "lozinka",
  "geslo",
  "kata sandi",
  "kata laluan",
  "nenosiri",
];
/**
 * The same word spelled beyond ASCII. A pattern of its own, run only over texts that hold
 * such a letter: in the shared literal pass, each new letter would widen every state's table.
 * Every alternative starts at a letter beyond ASCII (Latin words at their accented letter,
 * the ASCII letters before it looked behind for), so the search skips ASCII text quickly.
 */
const SCRIPT_WORDS =
  /(?<=[Ss]chl)üssel|(?<=SCHL)ÜSSEL|(?<=[Cc]ontrase)ña|(?<=CONTRASE)ÑA|(?<=[Hh]as)ło|(?<=HAS)ŁO|(?<=[Pp]arol)ă|[şŞ]ifre(?:si)?|ŞIFRE|(?<=[Ll])ösenord|(?<=L)ÖSENORD|(?<=[Jj]elsz)ó|(?<=JELSZ)Ó|(?<=[Ss]lapta)žodis|(?<=[Mm])ật khẩu|(?<=M)ẬT KHẨU|[пП]ароль|ПАРОЛЬ|[пП]арола|[κΚ]ωδικός|ΚΩΔΙΚΌΣ|סיסמה|סיסמא|كلمة المرور|كلمة السر|رمز عبور|पासवर्ड|পাসওয়ার্ড|รหัสผ่าน|密码|密碼|口令|パスワード|비밀번호|암호/g;
/** How many ASCII letters each Latin word has before its accented letter (found by looking behind). */
const LETTERS_BEFORE: Readonly<Record<string, number>> = { ü: 4, Ü: 4, ñ: 8, Ñ: 8, ł: 3, Ł: 3, ă: 5, ö: 1, Ö: 1, ó: 5, Ó: 5, ž: 6, ậ: 1, Ậ: 1 };
/** A letter of those spellings: a text without one is not searched for them. */
const SCRIPT_LETTER = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u09ff\u0e00-\u0e7f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** Labels that a login pair (user, then password) follows. */
const PAIR_LABELS = ["login", "logins", "credentials", "creds", "user/pass", "username/password", "user / pass", "username / password"];
const WORD_CHANNEL = literalChannel(ASCII_WORDS);
const PAIR_CHANNEL = literalChannel(PAIR_LABELS);

const LETTER = /\p{L}/u;
/**
 * German joins words: `Gerätekennwort`, `WLAN-Kennwort`, `Routerkennwort` are passwords, and a
 * network's key (`WLAN-Netzwerkschlüssel`, `WPA-Schlüssel`) is the Wi-Fi password. "Schlüssel"
 * alone (a key of anything) is not read.
 */
const COMPOUND_WORD = /^(?:kennwort|schlüssel)$/i;
/** What a Wi-Fi key's compound has before its "Schlüssel". */
const NETWORK_KEY_BEFORE = /(?:netzwerk|wlan-?|wpa2?-?|wi-?fi-?|funk)$/i;

/**
 * After the word: an optional qualifier in brackets, then a label's separator (`:`, `：`, `=`,
 * a dash between spaces), or the language's "is" (then the value must look chosen).
 */
const LABEL_TAIL =
  /[ \t]{0,2}(?:\([^()\n]{1,30}\)[ \t]{0,2})?(?:([:：=]|[-–—](?= ))|(?:[ \t]{1,2}(?:für|for)[ \t](?:\([^()\n]{1,60}\)|[^\n:.;()]){1,80}?)?[ \t]{1,2}(ist|est|es|é|è|is|är|er|on|je|jest|to|adalah|là|olan|lautet):?(?= )|(是|为|為|は|는|은|：))[ \t]{0,2}/uy;

/** A value: quoted, or a run of visible ASCII (a message's language goes on after it). */
function valueAt(text: string, i: number): { start: number; end: number; quoted: boolean } | undefined {
  const q = text[i];
  if (q === '"' || q === "'" || q === "`" || q === "「" || q === "“") {
    // Within reach only: a search to the text's end per label would be quadratic.
    const inner = text.slice(i + 1, i + 130);
    const close = inner.indexOf(q === "「" ? "」" : q === "“" ? "”" : q);
    if (close < 0 || inner.slice(0, close).includes("\n")) return undefined;
    return { start: i + 1, end: i + 1 + close, quoted: true };
  }
  let end = i;
  while (end < text.length && end - i < 128) {
    const c = text.charCodeAt(end);
    if (c <= 32 || c >= 127) break;
    end++;
  }
  while (end > i && ".,;)".includes(text[end - 1] ?? "")) end--;
  return end > i ? { start: i, end, quoted: false } : undefined;
}

/** Whether the label at `[at, end)` is a word of its own: no letter just before or after it. */
function standsAlone(text: string, at: number, end: number): boolean {
  return !LETTER.test(text[at - 1] ?? " ") && !LETTER.test(text[end] ?? " ");
}

/**
 * Passwords after the word for "password" in many languages.
 *
 * @example
 * ```ts
 * detectPasswordLabels("Mot de passe : Tr0ub4dor&3x", out); // secret.password-label
 * ```
 */
export function detectPasswordLabels(text: string, out: Finding[], index: TextIndex): void {
  let from = 0;
  const label = (at: number, end: number): void => {
    // CJK words sit between other characters without spaces; the others stand alone.
    const cjk = text.charCodeAt(at) >= 0x3000;
    const word = text.slice(at, end);
    const compound = COMPOUND_WORD.test(word);
    if (/^schl/i.test(word) && !NETWORK_KEY_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return;
    if (at < from || (!cjk && (compound ? LETTER.test(text[end] ?? " ") : !standsAlone(text, at, end)))) return;
    LABEL_TAIL.lastIndex = end;
    const tail = LABEL_TAIL.exec(text);
    if (tail === null) return;
    const value = valueAt(text, LABEL_TAIL.lastIndex);
    if (value === undefined) return;
    from = value.end;
    const v = text.slice(value.start, value.end);
    // German's "lautet" ("reads") introduces the value itself, as a colon does; the other
    // languages' "is" may introduce a description, so their value must look chosen.
    if (tail[1] === undefined && tail[2] !== "lautet" && !chosenPassword(v)) return;
    const confidence = plausibleSecretValue(v, "password", value.quoted);
    if (confidence > 0) out.push(secretFinding("password-label", value.start, value.end, confidence));
  };
  for (const hit of index.literals(WORD_CHANNEL)) {
    const at = literalStart(hit);
    label(at, at + (ASCII_WORDS[literalIndex(hit)] as string).length);
  }
  if (index.ascii || !SCRIPT_LETTER.test(text)) return;
  from = 0;
  SCRIPT_WORDS.lastIndex = 0;
  for (let m = SCRIPT_WORDS.exec(text); m !== null; m = SCRIPT_WORDS.exec(text)) {
    label(m.index - (LETTERS_BEFORE[m[0][0] ?? ""] ?? 0), m.index + m[0].length);
  }
}

/** After a credentials label: `: user / password`, `= user:password`. */
const PAIR = /[ \t]{0,2}(?:\([^()\n]{1,30}\)[ \t]{0,2})?[:=][ \t]{0,2}([\w.@+-]{1,64})(?:[ \t]{0,2}\/[ \t]{0,2}|:)([^\s/]{6,64})(?=$|[\s,;)])/my;

/**
 * Login pairs after a credentials label: `login: admin / Xk29…`, `creds: ops:Xk29…`.
 *
 * @example
 * ```ts
 * detectLoginPairs("credentials: admin/5n=b3LxYYbc", out); // secret.login-pair
 * ```
 */
export function detectLoginPairs(text: string, out: Finding[], index: TextIndex): void {
  for (const hit of index.literals(PAIR_CHANNEL)) {
    const at = literalStart(hit);
    const end = at + (PAIR_LABELS[literalIndex(hit)] as string).length;
    if (!standsAlone(text, at, end)) continue;
    PAIR.lastIndex = end;
    const m = PAIR.exec(text);
    if (m === null) continue;
    const user = m[1] ?? "";
    const password = (m[2] ?? "").replace(/[.,]$/, "");
    if (/^\d+$/.test(user) || password === user) continue;
    const start = PAIR.lastIndex - (m[2] ?? "").length;
    const confidence = plausibleSecretValue(password, "password", false);
    if (confidence > 0) out.push(secretFinding("login-pair", start, start + password.length, confidence));
  }
}
