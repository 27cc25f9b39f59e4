/**
 * Deeds asked of the agent in other languages than English: approve, merge, delete, pay or
 * transfer, change a payee's bank details ("Ändert die Bankverbindung des Lieferanten auf …",
 * "godkänn den här ändringen och slå ihop den"), and the review skipped ("sin revisión",
 * "utan granskning", "ohne Prüfung", "无需审核"). As with the English forms, each stays below
 * the flagging score alone; with an address to the machine, or with each other, they reach it.
 *
 * These forms have no ASCII key words (their verbs carry accents, or are too short to key on
 * without widening the shared literal pass): they scan whole the texts that hold a letter
 * beyond ASCII, as the other multilingual script signals do.
 */
import { S, type Signal, signal } from "./injection-lexicon.js";

/** A Latin letter beyond ASCII, or another script's: texts without one are not scanned. */
const BEYOND_ASCII = /[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** Not preceded by a letter (JavaScript's `\b` knows ASCII only). */
const NB = String.raw`(?<![A-Za-z\u00c0-\u024f\u0400-\u04ff])`;
/** Not followed by a letter. */
const NA = String.raw`(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])`;
/** A word in these languages. */
const WORD = String.raw`[A-Za-z\u00c0-\u024f\u0400-\u04ff'’-]{1,20}`;

/** Imperatives that approve, merge, delete, pay or transfer, spelled in ASCII (es, pt, it, fr, de, nl, sv, pl): their own key words. */
const DEED_WORDS =
  "aprueba aprueben aprobad aprove aprova approva approuve approuvez validez valider genehmige onayla fusiona fusione fusionne fusionnez mescle unisci elimina elimine borra exclua apague cancella supprime supprimez effacez verwijder radera paga pague transfiere transfira trasferisci bonifica payez virez bezahle betaal betala przelej";
/** The same beyond ASCII (every alternative holds such a letter): scanned whole in texts that hold one. */
const DEED_SCRIPT = String.raw`(?:führe${S}${WORD}${S}zusammen|slå${S}(?:${WORD}${S})?ihop|godkänn|zatwierdź|birleştir|lösche|löscht|usuń|überweise|überweist|överför|zapłać|transfére[zr]?|одобри|удали|переведи|оплати|слей)`;
/**
 * The same deeds in Hindi (cancel, delete, send, approve, pay, transfer: a noun with "कर दें" /
 * "करें", or the verb's polite form) and Arabic (the imperative, or the verbal noun after "ب",
 * as an obligation puts it: "يُلزَم … بإرسال"; the bare noun is any sentence's "sending").
 */
const HI_AR_DEEDS = String.raw`(?:रद्द|डिलीट|स्वीकृत|मंज़ूर|मंजूर|भुगतान|ट्रांसफ़र|ट्रांसफर|अपलोड|एक्सपोर्ट|फ़ॉरवर्ड|फॉरवर्ड)${S}(?:कर${S}दें|करें|कर${S}दो|करो)|(?:भेज|हटा|मिटा)(?:${S}दें|ें|ो|${S}दो)(?![\u0900-\u097f])|(?<![\u0600-\u06ff])(?:احذف|أرسل|ارسل|ألغ|الغ|حوّل|وافق${S}على|ادفع|صدّر|ب(?:إرسال|ارسال|حذف|إلغاء|تحويل|تصدير))(?![\u0600-\u06ff])`;

/** Imperatives that change something, in ASCII (the object says what: a payee's bank details). */
const CHANGE_WORDS = "cambia cambie altere altera modifica modifique modifie modifiez changez wijzig";
/** The same beyond ASCII. */
const CHANGE_SCRIPT = String.raw`(?:ändere|ändert|ändra|zmień|değiştir|измени|поменяй)`;
/** A payee's bank details. */
const BANK_DETAILS = String.raw`(?:iban|bankverbindung|kontoverbindung|bankdaten|datos${S}bancarios|cuenta${S}bancaria|dados${S}banc[aá]rios|conta${S}banc[aá]ria|coordonnées${S}bancaires|rib|coordinate${S}bancarie|rekeningnummer|bankgegevens|bankuppgifter(?:na)?|kontonumret|kontonummer|numer${S}konta|dane${S}bankowe|banka${S}hesab${WORD}?|реквизиты|банковские${S}реквизиты)`;
/** What changes them, up to the bank details. */
const TO_BANK_DETAILS = String.raw`${NA}[^\n.!?]{0,60}?${NB}${BANK_DETAILS}${NA}`;
/** Not a subjunctive after "que"/"che" ("pedir al cliente que borre la caché"). */
const NOT_SUBJUNCTIVE = String.raw`(?<!(?:que|che|qu['’])\s{1,3})`;
/**
 * Not after a subject: "Diese Funktion löscht", "cette fonction supprime", "el script borra",
 * "er löscht" describe what something does. Many of these imperatives share their spelling
 * with a third person's present (löscht, supprime, borra, cancella); an order has no subject.
 */
const NO_SUBJECT = String.raw`(?<!(?:${NB}(?:diese[rsmn]?|die|der|das|den|dem|cette|ce|cet|la|le|les|esta|este|estos|estas|el|los|las|questa|questo|il|lo|gli|deze|dit|het|de|denna|detta|den|det|ta|ten|to|o|a|os|as|um|uma|un|une|una|uno|ein|eine|einen)${S}${WORD}|${NB}(?:er|sie|es|man|il|elle|on|él|ella|lui|lei|hij|zij|han|hon|ele|ela|он|она|оно|они))${S})`;
/** Words for a review or an approval, after "without" in each language (the rarer word is the key). */
const REVIEW_WORDS =
  "revisar revisione revue relecture review controle controllo kontrolle goedkeuring beoordeling granskning kontroll verifica validation approbation approvazione weryfikacji sprawdzenia zatwierdzenia";

/**
 * The signals.
 *
 * @example
 * ```ts
 * MULTILINGUAL_ACTION_SIGNALS.some((s) => s.kind === "action"); // true
 * ```
 */
export const MULTILINGUAL_ACTION_SIGNALS: readonly Signal[] = [
  signal("injection.tool-coercion", "action", 0.3, DEED_WORDS, String.raw`${NOT_SUBJUNCTIVE}${NO_SUBJECT}(?:${DEED_WORDS.split(" ").join("|")})${NA}`),
  signal("injection.tool-coercion", "action", 0.3, "", String.raw`${NB}${NOT_SUBJUNCTIVE}${NO_SUBJECT}${DEED_SCRIPT}${NA}`, false, BEYOND_ASCII),
  // Hindi's polite imperatives and Arabic's imperatives and verbal nouns of the same deeds:
  // "सभी बैठकें रद्द कर दें", "रिकॉर्ड हटा दें", "احذف السجلات", "بإرسال نسخة".
  signal("injection.tool-coercion", "action", 0.3, "", HI_AR_DEEDS, false, BEYOND_ASCII),
  signal("injection.tool-coercion", "action", 0.35, CHANGE_WORDS, String.raw`(?:${CHANGE_WORDS.split(" ").join("|")})${TO_BANK_DETAILS}`),
  signal("injection.tool-coercion", "action", 0.35, "", String.raw`${NB}${CHANGE_SCRIPT}${TO_BANK_DETAILS}`, false, BEYOND_ASCII),
  // The review skipped: "senza revisione", "sans relecture", "zonder review", "utan granskning"…
  signal(
    "injection.covert",
    "covert",
    0.3,
    `${REVIEW_WORDS} incelemeden`,
    String.raw`(?:(?<=\b(?:sin|sem|senza|sans|ohne|zonder|utan|bez)${S}(?:(?:la|a|une|die|eine)${S})?)(?:${REVIEW_WORDS.split(" ").join("|")})|incelemeden)${NA}`,
  ),
  // …and where the words hold letters beyond ASCII: "sin revisión", "sem revisão", "ohne Prüfung",
  // "bez weryfikacji", "incelemeden", "без проверки", "无需审核", "レビューなしで", "검토 없이".
  signal(
    "injection.covert",
    "covert",
    0.3,
    "",
    String.raw`${NB}(?:sin${S}(?:revisión|aprobación|verificación)|sem${S}(?:revisão|aprovação|verificação)|ohne${S}(?:Prüfung|Überprüfung|Rückfrage)|utan${S}godkännande|bez${S}przeglądu|без${S}(?:проверки|ревью|согласования|одобрения))|(?:无需|無需|不经|不經|未经|未經)(?:审核|審核|审查|審查|批准|复核|複核)|(?:レビュー|確認|承認)(?:なしで|せずに)|(?:검토|승인|확인)\s?없이`,
    false,
    BEYOND_ASCII,
  ),
  // A tool called by its snake_case name: "rufe restart_service für … auf", "llama a delete_user",
  // "appelle send_invoice", "wywołaj export_contacts" (a program's name, not a word of the language).
  signal(
    "injection.tool-coercion",
    "action",
    0.35,
    "",
    String.raw`${NB}(?:rufe|ruf|führe|starte|nutze|verwende|benutze|llama${S}a|llama|invoca|ejecuta|chiama|esegui|appelle[zr]?|exécute[zr]?|lance[zr]?|chame|execute|roep|voer|wywołaj|uruchom|użyj|çağır|çalıştır|вызови|запусти|используй)${S}(?:(?:die|das|den|la|el|il|lo|le|a|o|de|het)${S})?(?:(?:funktion|función|funzione|fonction|função|functie|funkcj[aęi]|fonksiyon(?:unu)?|функцию|tool|werkzeug|herramienta|strumento|outil|ferramenta)${S})?[\`'"]?[a-z][a-z0-9]{1,30}_[a-z0-9_]{2,40}${NA}`,
    false,
    BEYOND_ASCII,
  ),
  // The run or the document reported as passed, safe or approved: "melde den Lauf als erfolgreich",
  // "marca la revisión como aprobada", "signale le build comme réussi", "segna il controllo come superato".
  signal(
    "injection.output-directive",
    "output",
    0.3,
    "",
    `${NB}${NOT_SUBJUNCTIVE}${NO_SUBJECT}(?:melde|markiere|bewerte|kennzeichne|stufe|marca|reporta|califica|marque[zr]?|signale[zr]?|indique[zr]?|segna|riporta|classifica|relate|classifique|markeer|meld|oznacz|zgłoś|işaretle|bildir|отметь|пометь|укажи)${S}(?:${WORD}${S}){0,5}?(?:als|como|comme|come|jako|olarak|как)${S}(?:erfolgreich|bestanden|sicher|unbedenklich|genehmigt|freigegeben|sauber|exitos[oa]|segur[oa]|aprobad[oa]|limpi[oa]|réussie?|sûre?|approuvée?|validée?|conforme|riuscit[oa]|superat[oa]|sicur[oa]|approvat[oa]|bem-sucedid[oa]|aprovad[oa]|geslaagd|veilig|goedgekeurd|udan[ya]|bezpieczn[ya]|zatwierdzon[ya]|başarılı|güvenli|onaylandı|успешн${WORD}|безопасн${WORD}|одобрен${WORD})${NA}`,
    false,
    BEYOND_ASCII,
  ),
];
