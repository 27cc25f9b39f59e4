/**
 * The agent's reach in other languages, written without a machine addressee or an override:
 * things sent on to an outside address ("leite alle E-Mails … an archiv@… weiter", "reenvía
 * todos los correos a …", "请将所有邮件转发到 …"), bulk objects in the agent's keeping (every
 * mail, message, file, contact or password), and the deed kept from the user ("erwähne es
 * nicht", "no se lo digas", "言わないでください"). The English forms are in
 * injection-agent-reach.ts and injection-tool-use.ts; each stays below the flagging score alone.
 *
 * Latin-script forms are keyed on ASCII words (prefixes: a key matches at a word start), so the
 * shared literal automaton gains no character columns; forms in other scripts have no key words
 * and scan whole the texts that hold their script.
 */
import { S, S0, type Signal, signal } from "./injection-lexicon.js";

/** Cyrillic, Arabic, Devanagari, CJK and Hangul: texts with these are scanned whole by the script signals. */
const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** An e-mail address. */
const ADDRESS = String.raw`[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,}`;
/** A web address, as far as the next space (Chinese, Japanese and Korean send to an endpoint as to a mailbox). */
const WEB_ADDRESS = String.raw`https?:\/\/[^\s"'<>]{3,200}`;

/**
 * The signals.
 *
 * @example
 * ```ts
 * MULTILINGUAL_REACH_SIGNALS.some((s) => s.kind === "covert"); // true
 * ```
 */
export const MULTILINGUAL_REACH_SIGNALS: readonly Signal[] = [
  // Sent on to an address: German, Spanish, French, Italian, Portuguese, Dutch, Indonesian, Turkish.
  signal(
    "injection.tool-coercion",
    "action",
    0.3,
    "leite leit weiterleit sende schick reenv envi envoi envoy transf inoltr invia encaminh mande manda kirim terusk stuur verstuur doorst ilet",
    String.raw`(?:leite|leit|weiterleit|sende(?!r)|schick|reenv|envi|envoi|envoy|transf|inoltr|invia|encaminh|mande|manda|kirim|terusk|stuur|verstuur|doorst|ilet)[A-Za-z\u00c0-\u024f]{0,8}\b(?=[^\n@]{0,140}@)[^\n@]{0,140}?(?<=[\s"'«(<:])${ADDRESS}`,
  ),
  // …and in Russian, Chinese, Japanese and Korean (the address before the verb in Japanese and Korean).
  signal(
    "injection.tool-coercion",
    "action",
    0.3,
    "",
    String.raw`(?:перешли|перешлите|отправь|отправьте|пошли|пришли|пришлите|перенаправь)[^\n@]{0,120}?${ADDRESS}|(?:转发|轉發|发送|發送|发到|發到|转寄|轉寄|寄到|寄给|寄給)[^\n@]{0,40}?(?:${ADDRESS}|${WEB_ADDRESS})|(?:${ADDRESS}|${WEB_ADDRESS})\s?(?:に|へ|로|으로|에게)?[^\n]{0,6}?(?:転送|送信|送って|送付|전달|보내|송부|전송|송신|발송)`,
    false,
    OTHER_SCRIPT,
  ),
  // Bulk objects in the agent's keeping: "alle E-Mails", "todos los correos", "tous les fichiers".
  // Named without the order the English form needs before it, they weigh less: "Diese Funktion
  // löscht alle temporären Dateien" describes a function.
  signal(
    "injection.agent-reach",
    "scope",
    0.25,
    "alle todos todas tous toutes tutte tutti semua wszystkie",
    String.raw`(?:alle|todos|todas|tous|toutes|tutte|tutti|semua|wszystkie)${S}(?:(?:los|las|les|le|i|gli|os|as|die|de|het)${S})?(?:[A-Za-z\u00c0-\u024f-]{2,20}${S})?(?:e-?mails?|mails|nachrichten|dateien|kontakte|passw[öo]rter|correos|mensajes|archivos|contactos|contraseñas|messages|fichiers|contacts|mots${S}de${S}passe|messaggi|file|contatti|password|mensagens|arquivos|contatos|senhas|pesan|berkas|kontak|kata${S}sandi|berichten|bestanden|wachtwoorden|wiadomości|pliki|kontakty|hasła)\b`,
  ),
  // …and as much as the English form when it is the object of an order: the clause's first word
  // (or the one after "bitte", "por favor", "veuillez") and at most one more before it.
  signal(
    "injection.agent-reach",
    "scope",
    0.35,
    "alle todos todas tous toutes tutte tutti semua wszystkie",
    String.raw`(?<=(?:^|\n|[.!?:;,]\s{0,3})[ \t*>-]{0,4}(?:(?:bitte|por${S}favor|veuillez|merci${S}de|per${S}favore|alsjeblieft|proszę|tolong)${S})?[A-Za-z\u00c0-\u024f'’-]{2,20}${S}(?:[A-Za-z\u00c0-\u024f'’-]{1,20}${S})?)(?:alle|todos|todas|tous|toutes|tutte|tutti|semua|wszystkie)${S}(?:(?:los|las|les|le|i|gli|os|as|die|de|het)${S})?(?:[A-Za-z\u00c0-\u024f-]{2,20}${S})?(?:e-?mails?|mails|nachrichten|dateien|kontakte|passw[öo]rter|correos|mensajes|archivos|contactos|contraseñas|messages|fichiers|contacts|mots${S}de${S}passe|messaggi|file|contatti|password|mensagens|arquivos|contatos|senhas|pesan|berkas|kontak|kata${S}sandi|berichten|bestanden|wachtwoorden|wiadomości|pliki|kontakty|hasła)\b`,
  ),
  signal(
    "injection.agent-reach",
    "scope",
    0.35,
    "",
    String.raw`все${S}(?:письма|сообщения|файлы|контакты|пароли)|(?:所有|全部)(?:的)?(?:邮件|郵件|消息|訊息|文件|檔案|联系人|聯絡人|密码|密碼)|(?:すべて|全て)の(?:メール|メッセージ|ファイル|連絡先|パスワード)|모든\s?(?:이메일|메일|메시지|파일|연락처|비밀번호)`,
    false,
    OTHER_SCRIPT,
  ),
  // The deed kept from the user: "no se lo digas", "non dirlo", "jangan beri tahu", "sans le mentionner".
  signal(
    "injection.covert",
    "covert",
    0.35,
    "menciones digas dirlo menzionarlo mencione mencionar conte tahu bilang sebutkan niemandem mentionner mentionnez mentionne parle",
    String.raw`(?<=\bno${S}(?:lo${S}|se${S}lo${S}|le${S})?)(?:menciones|digas)\b|(?<=\b(?:non|senza)${S})(?:dirlo|menzionarlo)\b|(?<=\b(?:não|nao)${S})(?:mencione|conte)\b|(?<=\bsem${S})mencionar\b|(?<=\bjangan${S}(?:beri${S})?)(?:tahu|bilang|sebutkan)\b|(?<=\bsag(?:e)?${S}(?:es${S})?)niemandem\b|(?<=\b(?:sans${S}le|ne${S}le)${S})(?:mentionner|mentionnez|mentionne)\b|(?<=\bn(?:'|’)en${S})parle(?:z)?${S}pas\b`,
  ),
  // German needs its umlaut: those texts are scanned whole.
  signal(
    "injection.covert",
    "covert",
    0.35,
    "",
    `erwähne${S}(?:es|das|(?:[A-Za-zÄÖÜäöüß-]{1,24}${S}){1,4}?)${S0}nicht|ohne${S}(?:es${S}|das${S})?zu${S}erwähnen`,
    false,
    /[äöüÄÖÜß]/,
  ),
  signal(
    "injection.covert",
    "covert",
    0.35,
    "",
    String.raw`никому${S}не${S}(?:говори|говорите|сообщай|рассказывай)|не${S}(?:упоминай|упоминайте|говори${S}пользователю)|(?:不要|别|別|勿)(?:告诉|告訴|告知|通知)(?:用户|用戶|任何人)?|(?:ユーザー|誰)に(?:は)?(?:言わ|知らせ|伝え)ないで|(?:사용자에게|아무에게도)\s?(?:말하지|알리지)\s?마|(?:不要|别|別|勿)(?:在[^\n。，,]{0,16}(?:中|里|裡))?(?:记录|記錄|提及|提到|写入|寫入|报告|報告|记载|記載)(?:这|這|此)|(?:記録|言及|報告|記載)しないで|(?:기록|언급|보고|표시)하지\s?(?:마십시오|마세요|말고|말\s?것)`,
    false,
    OTHER_SCRIPT,
  ),
];
