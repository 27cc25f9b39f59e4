/**
 * The behaviours of an indirect injection written in other languages than English: a note
 * headed to the assistant that reads the text, the user's consent claimed, a forged system
 * message, and what the reader is to answer. Each is a behaviour class covered in the major
 * languages (es, pt, it, fr, de, nl, sv, pl, tr, ru, ar, hi, vi, zh, ja, ko), not phrases from
 * any one text; as in English, each alone stays below the flagging score, and a note to the
 * assistant with one of the others reaches it.
 *
 * The names of the assistant and of a system message start at ASCII key words (the shared
 * literal index); the other patterns have none and scan whole only the texts that hold a letter
 * of these languages beyond ASCII (see injection-lexicon.ts).
 */
import { S, S0, type Signal, signal } from "./injection-lexicon.js";

/** A letter of the languages covered beyond ASCII: a text without one is not scanned by the script patterns. */
const SCRIPT = /[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** A letter in these languages (the patterns run without the `u` flag, so no `\p{L}`). */
const L = String.raw`[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff]`;
/** Not preceded, not followed by such a letter (JavaScript's `\b` knows ASCII only). */
const NB = String.raw`(?<![0-9_A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff])`;
const NA = String.raw`(?![0-9_A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff])`;

/** An assistant, agent or AI named in Latin-script languages (key words: their stems). */
const NOUN_LATIN = String.raw`(?:assistent(?:en|in|e|a|ene|erna)?|asystent(?:a|owi|em|ki)?|asistan${L}{0,6}|assistente|asistente|(?<=l['’])assistant(?:e)?|(?:assistant(?:e)?|bot|robot|agent)s?${S}(?:(?:de|d['’])${S0})?(?:ia|ai|ki|virtuel(?:le)?)\b|agent(?:e|en|a|owi)|agente|ki|ia|yapay${S}zek${L}{0,6}|sprachmodell${L}{0,2}|taalmodel${L}{0,3}|modelo${S}de${S}(?:lenguaje|linguagem|ia)|modello${S}(?:di${S})?(?:linguaggio|ia))`;
const NOUN_LATIN_WORDS =
  "bot robot agent assistent asystent asistan assistente asistente assistant agente agenten agenta agentowi ki ia yapay sprachmodell taalmodel modelo modello";
/** The same in other scripts. */
const NOUN_SCRIPT = `(?:ассистент${L}{0,3}|помощник${L}{0,3}|агент${L}{0,3}|${NB}ИИ${NA}|нейросет${L}{0,3}|المساعد|مساعد|الوكيل|الذكاء${S}الاصطناعي|सहायक|एआई|एजेंट|trợ${S}lý|tác${S}tử|助手|助理|智能体|智能助理|代理|人工智能|アシスタント|エージェント|어시스턴트|에이전트|비서|인공지능)`;

/**
 * A short heading at a line or sentence start that names an assistant and ends with a colon:
 * "Nota para el asistente que lea este correo:", "Примечание для ассистента:", "致AI助手：".
 * The noun comes first in the pattern (a whole-text scan tries it at each character; the
 * lookbehind only where it matched).
 */
const HEADED_LATIN = String.raw`(?<=(?:^|\n|\\n|[.!?]\s{1,3}|[>"'(\[【])[ \t*#>\[(-]{0,4}(?:[^\s:.!?]{1,16}\s{1,3}){0,5}(?:l['’])?)${NOUN_LATIN}${NA}[^:：\n.!?]{0,60}[:：]`;
const HEADED_SCRIPT = String.raw`${NOUN_SCRIPT}(?<=(?:^|\n|[.!?。！？]\s{0,3}|[>"'(\[【])[^\n:：.!?。！？]{0,40})[^:：\n.!?。！？]{0,60}[:：]`;

/** The user's consent claimed: "the user already approved", in each language (the user named first, a few words, then the participle). */
const PARTICIPLE = `(?:aprobado|aprobó|autorizado|autorizó|aceptado|aceptó|consentido|dado${S}su${S}consentimiento|dio${S}su${S}consentimiento|aprovou|autorizou|concordou|consentiu|deu${S}(?:o${S}|seu${S})?consentimento|approvato|autorizzato|acconsentito|dato${S}il${S}(?:suo${S})?consenso|approuvé|autorisé|accepté|consenti|donné${S}son${S}(?:accord|consentement)|zugestimmt|genehmigt|freigegeben|eingewilligt|autorisiert|bestätigt|erlaubt|toestemming${S}gegeven|goedgekeurd|ingestemd|akkoord${S}gegeven|onay${S}verdi|onayladı|izin${S}verdi|kabul${S}etti|godkänt|samtyckt|gett${S}(?:sitt${S})?samtycke|zatwierdził|zaakceptował|wyraził${S}zgodę|zgodził${S}się|autoryzował|đồng${S}ý|cho${S}phép|phê${S}duyệt|chấp${S}thuận)`;
const CONSENT_NOUN = `(?:usuari[oa]|usuári[oa]|utilizador(?:a)?|utente|utilisat(?:eur|rice)|(?:be)?nutzer(?:in)?|anwender(?:in)?|gebruiker|kullanıcı)`;
const CONSENT_LATIN = String.raw`${CONSENT_NOUN}${NA}(?:${S}[^\s.!?:;]{1,12}){0,3}${S}${PARTICIPLE}${NA}`;
const CONSENT_LATIN_WORDS = "usu utilizador utente utilisat nutzer benutzer anwender gebruiker kullan";
/** The same where the user's name has letters beyond ASCII (sv, pl, vi). */
const CONSENT_ACCENTED = String.raw`(?:användaren|użytkownik|người${S}dùng)(?:${S}[^\s.!?:;]{1,12}){0,3}${S}${PARTICIPLE}${NA}`;
const CONSENT_SCRIPT = String.raw`(?:пользовател${L}{0,2}|клиент${L}{0,2})${S}(?:уже${S}|заранее${S}|ранее${S})?(?:разрешил|одобрил|подтвердил|согласил|дал${S}согласие|санкционировал)|المستخدم${S}(?:قد${S})?(?:وافق|أذن|سمح|صرّح)|उपयोगकर्ता${S}(?:ने${S})?(?:पहले${S}ही${S})?(?:अनुमति|मंज़ूरी|मंजूरी|स्वीकृति|सहमति)|người${S}dùng${S}đã${S}(?:đồng${S}ý|cho${S}phép|phê${S}duyệt|chấp${S}thuận)|(?:用户|用戶|客户|客戶)(?:已经|已經|已|早已)(?:同意|批准|授权|授權|确认|確認|许可|許可)|ユーザー(?:は|が)(?:既に|すでに|事前に)?(?:承認|同意|許可)|사용자(?:가|는)\s?(?:이미\s?|사전에\s?)?(?:승인|동의|허락|허가)`;

/** A forged system message: "[SISTEMA]", "Системное сообщение:", "【系统提示】". */
const SYSTEM_LATIN = String.raw`(?<=[\[【])(?:sistema|système|systeme|system|systeem|systemet|systemu|sistem)(?:${S}(?:message|mensaje|mensagem|messaggio|nachricht|bericht|meddelande|komunikat|mesajı|note|nota|aviso|avviso|hinweis))?${S0}[\]】]|(?<=(?:^|\n)[ \t*#>]{0,4})(?:mensaje${S}del${S}sistema|aviso${S}del${S}sistema|mensagem${S}do${S}sistema|aviso${S}do${S}sistema|messaggio${S}di${S}sistema|avviso${S}di${S}sistema|message${S}(?:du${S})?système|systemnachricht|systemhinweis|systeembericht|systeemmelding|systemmeddelande|komunikat${S}systemowy|wiadomość${S}systemowa|sistem${S}mesajı|sistem${S}notu)${S0}[:：]`;
const SYSTEM_LATIN_WORDS = "sistem syst mensaje aviso mensagem messaggio avviso message komunikat wiadomo";
const SYSTEM_SCRIPT = String.raw`[\[【]\s?(?:система|системное${S}сообщение|النظام|رسالة${S}النظام|सिस्टम|सिस्टम${S}संदेश|系统|系統|系统提示|系統提示|系统消息|系統訊息|システム|システムメッセージ|시스템|시스템\s?메시지)\s?[\]】]|(?:thông${S}báo${S}hệ${S}thống|tin${S}nhắn${S}hệ${S}thống|системное${S}(?:сообщение|уведомление)|сообщение${S}системы|رسالة${S}(?:من${S})?النظام|(?:सिस्टम|प्रणाली)${S}संदेश|系统(?:提示|消息|通知)|系統(?:提示|訊息|通知)|システム(?:メッセージ|通知)|시스템\s?(?:메시지|알림|공지))(?<=(?:^|\n)[ \t*#>]{0,4}[^\n:：]{2,24})\s?[:：]`;

/** The reader told what to answer: "di que…", "sag bei jeder Frage, dass…", "скажи, что…", "请回答…", "と答えてください". */
const SAY_VERB = `(?:responde|contesta|escribe|afirma|indica|responda|escreva|afirme|rispondi|scrivi|afferma|dites|affirme[sz]?|indique[sz]?|sag|sage|antworte|schreib|schreibe|behaupte|zeg|antwoord|schrijf|svara|skriv|powiedz|odpowiedz|napisz)`;
const SAY_THAT_WORDS =
  "responde contesta escribe afirma indica responda escreva afirme rispondi scrivi afferma dites sag sage antworte schreib schreibe behaupte zeg antwoord schrijf svara skriv powiedz odpowiedz napisz di dile diga dis affirme indique";
/** Starts at an ASCII verb (key words); the verb may be followed by a few words before "that" ("sag bei jeder Frage zu diesem Händler, dass"). */
const SAY_THAT = String.raw`(?:${SAY_VERB}(?:${S}[^\s.!?:;]{1,20}){0,8}?${S0},?${S}|(?:di|dile|diga|dis)${S})(?:que|qu['’]|che|dass|dat|att|że|что)${NA}`;
/** Verbs with letters beyond ASCII at their start, and Arabic, Hindi, Vietnamese, Chinese, Japanese, Korean. */
const SAY_THAT_SCRIPT = String.raw`${NB}(?:(?:répon(?:ds|dez)|écri(?:s|vez)|säg|скажи|ответь|отвечай|напиши|сообщи|говори)(?:те)?(?:${S}[^\s.!?:;]{1,20}){0,8}?${S0},?${S}(?:que|qu['’]|att|что)|(?:قل|أجب|اكتب)${S}(?:إن|أن|بأن)|(?:कहें|कहो|लिखें|बताएं|बताओ)${S}कि|(?:hãy${S})?(?:nói|trả${S}lời|viết)${S}rằng|(?:请|請)(?:回答|回复|回覆|说|說|告诉用户|告訴用戶)|(?:と|って)(?:答えて|回答して|言って|伝えて|書いて)(?:ください|下さい)|(?:라고|다고)\s?(?:답하세요|말하세요|답변하세요|전하세요|쓰세요))${NA}`;

/**
 * The signals: Latin-script ones at their key words, the others by script.
 *
 * @example
 * ```ts
 * MULTILINGUAL_SIGNALS.some((s) => s.kind === "covert"); // true
 * ```
 */
export const MULTILINGUAL_SIGNALS: readonly Signal[] = [
  signal("injection.ai-address", "addressee", 0.45, NOUN_LATIN_WORDS, HEADED_LATIN, true),
  signal("injection.ai-address", "addressee", 0.45, "", HEADED_SCRIPT, false, SCRIPT),
  signal("injection.authority", "authority", 0.4, CONSENT_LATIN_WORDS, CONSENT_LATIN),
  signal("injection.authority", "authority", 0.4, "", CONSENT_ACCENTED, false, SCRIPT),
  signal("injection.authority", "authority", 0.4, "", CONSENT_SCRIPT, false, SCRIPT),
  signal("injection.role-marker", "turn", 0.5, SYSTEM_LATIN_WORDS, SYSTEM_LATIN, false),
  signal("injection.role-marker", "turn", 0.5, "", SYSTEM_SCRIPT, false, SCRIPT),
  signal("injection.output-directive", "output", 0.3, SAY_THAT_WORDS, SAY_THAT),
  signal("injection.output-directive", "output", 0.3, "", SAY_THAT_SCRIPT, false, SCRIPT),
];
