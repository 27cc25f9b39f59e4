/**
 * The behaviours of an indirect injection written in other languages than English: a note
 * headed to the assistant that reads the text, the user's consent claimed, a forged system
 * message, what the reader is to answer, the user kept out of it (no confirmation asked,
 * nothing told), a lasting change of behaviour ("from now on") and earlier instructions set
 * aside. Each is a behaviour class covered in the major
 * languages (es, pt, it, fr, de, nl, sv, pl, tr, ru, ar, hi, vi, zh, ja, ko), not phrases from
 * any one text; as in English, each alone stays below the flagging score, and a note to the
 * assistant with one of the others reaches it.
 *
 * The names of the assistant and of a system message start at ASCII key words (the shared
 * literal index); the other patterns have none and scan whole only the texts that hold a letter
 * of these languages beyond ASCII (see injection-lexicon.ts).
 */
import { NOT_FORBIDDEN_ELSEWHERE, S, S0, type Signal, signal } from "./injection-lexicon.js";

/** A letter of the languages covered beyond ASCII: a text without one is not scanned by the script patterns. */
const SCRIPT = /[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** A letter in these languages (the patterns run without the `u` flag, so no `\p{L}`). */
const L = String.raw`[A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff]`;
/** Not preceded, not followed by such a letter (JavaScript's `\b` knows ASCII only). */
const NB = String.raw`(?<![0-9_A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff])`;
const NA = String.raw`(?![0-9_A-Za-z\u00c0-\u024f\u0400-\u04ff\u1e00-\u1eff])`;

/** An assistant, agent or AI named in Latin-script languages (key words: their stems). */
const NOUN_LATIN = String.raw`(?:assistent(?:en|in|e|a|ene|erna)?|asystent(?:a|owi|em|ki)?|asistan${L}{0,6}|assistente|asistente|(?<=l['’])assistant(?:e)?|(?:assistant(?:e)?|bot|robot|agent)s?${S}(?:(?:de|d['’])${S0})?(?:ia|ai|ki|virtuel(?:le)?)\b|agent(?:e|en|a|owi)|agente|ki|ia|yapay${S}zek${L}{0,6}|sprachmodell${L}{0,2}|taalmodel${L}{0,3}|modelo${S}de${S}(?:lenguaje|linguagem|ia)|modello${S}(?:di${S})?(?:linguaggio|ia)|automatische[nr]?${S}(?:leser|systeme?|systemen|tools|werkzeuge|zusammenfassung(?:en)?|samenvatting(?:en)?)|resumos${S}automáticos|riassunti${S}automatici|automatisierte[nr]?${S}systeme?|lecteurs?${S}automatiques?|lectores${S}automáticos|leitores${S}automáticos|lettori${S}automatici|automatische${S}lezers|automatiska${S}(?:läsare|system(?:en)?|verktyg(?:en)?)|outils?${S}automati(?:ques?|sés?)|sistemas?${S}(?:automáticos?|automatizados?|automáticas?|de${S}ia)|sistemi${S}automatici|herramientas?${S}automáticas?|ferramentas?${S}automáticas?|strumenti${S}automatici|systemy${S}automatyczne|otomatik${S}(?:sistem|araç|okuyucu)${L}{0,6})`;
const NOUN_LATIN_WORDS =
  "automatische automatisierte resumos riassunti lecteur lectores leitores lettori automatiska bot robot agent assistent asystent asistan assistente asistente assistant agente agenten agenta agentowi ki ia yapay sprachmodell taalmodel modelo modello sistema sistemi outil herramienta ferramenta strumenti systemy otomatik";
/** The same in other scripts. */
const NOUN_SCRIPT = `(?:ассистент${L}{0,3}|помощник${L}{0,3}|агент${L}{0,3}|${NB}ИИ${NA}|нейросет${L}{0,3}|المساعد|مساعد|الوكيل|الذكاء${S}الاصطناعي|(?:نظام|مساعد|وكيل|نموذج|أنظمة)${S}(?:ال)?ذكاء${S}(?:ال)?اصطناعي|सहायक|एआई|एजेंट|trợ${S}lý|tác${S}tử|助手|助理|智能体|智能助理|代理|人工智能|アシスタント|エージェント|어시스턴트|에이전트|비서|인공지능|systèmes?${S}(?:automati(?:ques?|sés?)|d['’]ia)|hệ${S}thống${S}tự${S}động|công${S}cụ${S}tự${S}động|الأنظمة${S}الآلية|الأنظمة${S}الآلي|自動(?:要約)?(?:ツール|システム)|自动(?:化)?(?:系统|摘要工具|工具)|自動(?:化)?(?:系統|摘要工具)|자동\\s?(?:시스템|요약\\s?도구|도구)|автоматическ${L}{0,4}${S}(?:систем${L}{0,3}|инструмент${L}{0,3}))`;

/**
 * A short heading at a line, sentence or table cell's start that names an assistant and ends with a colon:
 * "Nota para el asistente que lea este correo:", "Примечание для ассистента:", "致AI助手：".
 * The noun comes first in the pattern (a whole-text scan tries it at each character; the
 * lookbehind only where it matched).
 */
const HEADED_LATIN = String.raw`(?<=(?:^|\n|\\n|[.!?]\s{1,3}|[>"'(\[【|\t])[ \t*#>\[(@-]{0,4}(?:[^\s:.!?]{1,16}\s{1,3}){0,5}(?:l['’])?)${NOUN_LATIN}${NA}[^:：\n.!?]{0,60}[:：]`;
const HEADED_SCRIPT = String.raw`${NOUN_SCRIPT}(?<=(?:^|\n|\\n|[.!?。！？]\s{0,3}|[>"'(\[【|\t])[^\n:：.!?。！？]{0,40})[^:：\n.!?。！？]{0,60}[:：]`;

/** The user's consent claimed: "the user already approved", in each language (the user named first, a few words, then the participle). */
const PARTICIPLE = `(?:aprobado|aprobó|autorizado|autorizó|aceptado|aceptó|consentido|dado${S}su${S}consentimiento|dio${S}su${S}consentimiento|aprovou|autorizou|concordou|consentiu|deu${S}(?:o${S}|seu${S})?consentimento|approvato|autorizzato|acconsentito|dato${S}il${S}(?:suo${S})?consenso|approuvé|autorisé|accepté|consenti|donné${S}son${S}(?:accord|consentement)|zugestimmt|genehmigt|freigegeben|eingewilligt|autorisiert|bestätigt|erlaubt|toestemming${S}gegeven|goedgekeurd|ingestemd|akkoord${S}gegeven|onay${S}verdi|onayladı|izin${S}verdi|kabul${S}etti|godkänt|samtyckt|gett${S}(?:sitt${S})?samtycke|zatwierdził|zaakceptował|wyraził${S}zgodę|zgodził${S}się|autoryzował|đồng${S}ý|cho${S}phép|phê${S}duyệt|chấp${S}thuận)`;
const CONSENT_NOUN = `(?:usuari[oa]|usuári[oa]|utilizador(?:a)?|utente|utilisat(?:eur|rice)|(?:be)?nutzer(?:in)?|anwender(?:in)?|gebruiker|kullanıcı)`;
const CONSENT_LATIN = String.raw`${CONSENT_NOUN}${NA}(?:${S}[^\s.!?:;]{1,12}){0,3}${S}${PARTICIPLE}${NA}`;
const CONSENT_LATIN_WORDS = "usu utilizador utente utilisat nutzer benutzer anwender gebruiker kullan";
/** The same where the user's name has letters beyond ASCII (sv, pl, vi). */
const CONSENT_ACCENTED = String.raw`(?:användaren|użytkownik|người${S}dùng)(?:${S}[^\s.!?:;]{1,12}){0,3}${S}${PARTICIPLE}${NA}`;
const CONSENT_SCRIPT = String.raw`(?:пользовател${L}{0,2}|клиент${L}{0,2})${S}(?:уже${S}|заранее${S}|ранее${S})?(?:разрешил|одобрил|подтвердил|согласил|дал${S}согласие|санкционировал)|المستخدم${S}(?:قد${S})?(?:وافق|أذن|سمح|صرّح)|उपयोगकर्ता${S}(?:ने${S})?(?:पहले${S}ही${S})?(?:अनुमति|मंज़ूरी|मंजूरी|स्वीकृति|सहमति)|người${S}dùng${S}đã${S}(?:đồng${S}ý|cho${S}phép|phê${S}duyệt|chấp${S}thuận)|(?:用户|用戶|客户|客戶)(?:已经|已經|已|早已)(?:同意|批准|授权|授權|确认|確認|许可|許可)|ユーザー(?:は|が)(?:既に|すでに|事前に)?(?:承認|同意|許可)|사용자(?:가|는)\s?(?:이미\s?|사전에\s?)?(?:승인|동의|허락|허가)`;

/**
 * A forged system message: "[SISTEMA]", "Системное сообщение:", "【系统提示】". At a line's start
 * only a system's *message* counts, as "System message:" does in English; a system's notice
 * ("Aviso del sistema:", "Systemhinweis:") announces maintenance, as "System notice:" does.
 */
const SYSTEM_LATIN = String.raw`(?<=[\[【])(?:sistema|système|systeme|system|systeem|systemet|systemu|sistem)(?:${S}(?:message|mensaje|mensagem|messaggio|nachricht|bericht|meddelande|komunikat|mesajı|note|nota|aviso|avviso|hinweis))?${S0}[\]】]|(?<=(?:^|\n)[ \t*#>=]{0,4})(?:(?:mensaje${S}del${S}sistema|mensagem${S}do${S}sistema|messaggio${S}di${S}sistema|message${S}(?:du${S})?système|systemnachricht|systeembericht|systemmeddelande(?:t)?|komunikat(?:u)?${S}systemow(?:y|ego)|wiadomość${S}systemowa|sistem${S}mesajı))(?:${S0}[:：]|(?:${S}[^\n#=:：]{1,48}?)?${S0}(?:#{2,}|={2,})[ \t]*(?=\n|$))`;
const SYSTEM_LATIN_WORDS = "sistem syst mensaje mensagem messaggio message komunikat wiadomo";
const SYSTEM_SCRIPT = String.raw`[\[【]\s?(?:система|системное${S}сообщение|النظام|رسالة${S}النظام|सिस्टम|सिस्टम${S}संदेश|系统|系統|系统提示|系統提示|系统消息|系統訊息|システム|システムメッセージ|시스템|시스템\s?메시지)\s?[\]】]|(?:thông${S}báo${S}hệ${S}thống|tin${S}nhắn${S}hệ${S}thống|системное${S}(?:сообщение|уведомление)|сообщение${S}системы|رسالة${S}(?:من${S})?النظام|(?:सिस्टम|प्रणाली)${S}संदेश|系统(?:提示|消息|通知)|系統(?:提示|訊息|通知)|システム(?:メッセージ|通知)|시스템\s?(?:메시지|알림|공지))(?<=(?:^|\n)[ \t*#>]{0,4}[^\n:：]{2,24})\s?[:：]`;

/**
 * A machine named in Russian or Ukrainian, then within its sentence an obligation and what it is
 * obliged to do — hand over, delete, send, transfer, disclose, change, approve, switch off
 * ("ИИ-агенты обязаны выгрузить …", "ШІ-агентам доручено видати …"), as the English form takes
 * only the verbs of orders: laws say AI systems must *ensure* and *respect*. At the flagging
 * score's edge alone, as "AI agents must delete …" is in English.
 */
const OBLIGED_CYRILLIC = String.raw`${NB}(?:ии|ші)[- ]?(?:ассистент|асистент|агент|помощник|помічник|модел|систем|бот)${L}{0,4}[^.!?\n]{0,60}?(?:обязан|должн|должен|поручено|предписано|доручено|повинн|повинен|зобов['’]язан)${L}{0,3}${S}(?:вы|ви|у|от|пере|раз|рас|из|за|по|о|ві|на|с|з|при)?(?:груз|дал|прав|дат|да|вод|числ|сыл|сил|крыт|кри|мен|мін|добр|хвал|ключ|мкн|слат|сла|дісла|став|клад)${L}{0,6}(?:ть|ти)${NA}`;
/**
 * An AI system that processes *this* document obliged in Arabic to send, delete or share
 * ("يُلزَم أي نظام ذكاء اصطناعي يعالج هذا المستند بإرسال …"), as "any AI tool summarising this
 * record must export …" in English.
 */
const OBLIGED_ARABIC = String.raw`(?:يُلزَم|يلزم|يُلزم|يجب${S}على|على)${S}(?:أي${S}|كل${S})?(?:نظام|مساعد|وكيل|نموذج)${S}(?:ال)?ذكاء${S}(?:ال)?اصطناعي${S}(?:ي|ت)(?:عالج|قرأ|لخص|حلل)${S}(?:هذا|هذه)[^.\n]{0,60}?(?:ب(?:إرسال|ارسال|تحويل|حذف|مشاركة|رفع|تصدير)|أن${S}(?:يرسل|يحول|يحذف|يشارك|يرفع))`;

/** The reader told what to answer: "di que…", "sag bei jeder Frage, dass…", "скажи, что…", "请回答…", "と答えてください". */
const SAY_VERB = `(?:responde|contesta|escribe|afirma|indica|responda|escreva|afirme|rispondi|scrivi|afferma|dites|affirme[sz]?|indique[sz]?|sag|sage|antworte|schreib|schreibe|behaupte|zeg|antwoord|schrijf|svara|skriv|powiedz|odpowiedz|napisz)`;
const SAY_THAT_WORDS =
  "responde contesta escribe afirma indica responda escreva afirme rispondi scrivi afferma dites sag sage antworte schreib schreibe behaupte zeg antwoord schrijf svara skriv powiedz odpowiedz napisz di dile diga dis affirme indique";
/** Starts at an ASCII verb (key words); the verb may be followed by a few words before "that" ("sag bei jeder Frage zu diesem Händler, dass"). */
const SAY_THAT = String.raw`(?:${SAY_VERB}(?:${S}[^\s.!?:;]{1,20}){0,8}?${S0},?${S}|(?:di|dile|diga|dis)${S})(?:que|qu['’]|che|dass|dat|att|że|что)${NA}`;
/** Verbs with letters beyond ASCII at their start, and Arabic, Hindi, Vietnamese, Chinese, Japanese, Korean. */
const SAY_THAT_SCRIPT = String.raw`${NB}(?:(?:répon(?:ds|dez)|écri(?:s|vez)|säg|скажи|ответь|отвечай|напиши|сообщи|говори)(?:те)?(?:${S}[^\s.!?:;]{1,20}){0,8}?${S0},?${S}(?:que|qu['’]|att|что)|(?:قل|أجب|اكتب)${S}(?:إن|أن|بأن)|(?:कहें|कहो|लिखें|बताएं|बताओ)${S}कि|(?:hãy${S})?(?:nói|trả${S}lời|viết)${S}rằng|(?:请|請)(?:回答|回复|回覆|说|說|告诉用户|告訴用戶)|(?:と|って)(?:答えて|回答して|言って|伝えて|書いて)(?:ください|下さい)|(?:라고|다고)\s?(?:답하세요|말하세요|답변하세요|전하세요|쓰세요))${NA}`;

/** Such a letter on the line of a match, before or after it: a pattern that scans only texts with these letters must not match in a line of ASCII alone, or it would find what a scan of an ASCII text skips. */
const ON_SCRIPT_LINE = String.raw`(?:(?<=[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][^\n]{0,400})|(?=[^\n]{0,300}?[\u00c0-\u024f\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))`;
/** The user kept out of it: no confirmation asked, the user not told (the forms spelled in ASCII alone are anchored signals: injection-multilingual-agent.ts). */
const COVERT_LATIN = String.raw`${NOT_FORBIDDEN_ELSEWHERE}${NB}(?:sem${S}(?:perguntar|consultar)${S}(?:o|ao)${S}(?:usuário|utilizador)|(?:no${S}es${S}necesario|no${S}hace${S}falta)${S}(?:abrir${S}|hacer${S}|realizar${S})?(?:una${S})?(?:verificación|comprobación)(?:${S}adicional)?|(?:ein${S})?Ticket${S}ist${S}nicht${S}(?:nötig|notwendig|erforderlich)|sin${S}(?:pedir|solicitar)${S}(?:confirmación|permiso)|no${S}(?:pidas|solicites)${S}confirmación|sem${S}(?:pedir|solicitar)${S}(?:confirmação|permissão)|não${S}(?:peça|solicite)${S}confirmação|sem${S}(?:avisar|informar)${S}o${S}(?:usuário|utilizador)|non${S}chiedere${S}conferma|non${S}(?:serve|c['’]è${S}bisogno${S}di|è${S}necessario)${S}chiedere${S}(?:conferma|il${S}permesso)|no${S}(?:hace${S}falta|es${S}necesario)${S}(?:pedir|solicitar)${S}(?:confirmación|permiso)|não${S}(?:é${S}(?:preciso|necessário)|precisa)${S}(?:pedir|solicitar)${S}(?:confirmação|permissão)|(?:inutile|pas${S}besoin)${S}de${S}demander${S}(?:une${S}|la${S}|l['’])?(?:confirmation|autorisation)|(?:eine${S})?Rückfrage${S}(?:ist${S}nicht|nicht)${S}(?:nötig|notwendig|erforderlich)|keine${S}Rückfrage${S}(?:nötig|notwendig|erforderlich)|(?:geen${S}bevestiging${S}nodig|niet${S}nodig${S}om${S}bevestiging${S}te${S}vragen)|sans${S}(?:demander${S}(?:de${S})?(?:confirmation|l['’]autorisation)|(?:prévenir|informer|avertir)${S}l['’]utilisat(?:eur|rice))|ne${S}demande[sz]?${S}pas${S}(?:de${S})?confirmation|ohne${S}(?:Rückfrage|Bestätigung|nachzufragen|(?:den${S}|die${S})?(?:Nutzer|Benutzer|Nutzerin|Benutzerin)${S}zu${S}(?:informieren|fragen))|frage${S}nicht${S}nach|zonder${S}(?:om${S})?(?:bevestiging|toestemming)(?:${S}te${S}vragen)?|utan${S}att${S}(?:fråga|be${S}om${S}bekräftelse|meddela${S}användaren)|utan${S}bekräftelse|bez${S}(?:pytania|potwierdzenia|pytania${S}o${S}zgodę|informowania${S}użytkownika)|onay${S}(?:istemeden|sormadan|beklemeden)|kullanıcıya${S}(?:haber${S}vermeden|söylemeden)|không${S}cần${S}(?:xác${S}nhận|hỏi)|mà${S}không${S}(?:hỏi|báo)|đừng${S}(?:hỏi|báo${S}cho${S}người${S}dùng))${NA}${ON_SCRIPT_LINE}`;
const COVERT_SCRIPT = String.raw`без${S}(?:подтверждени${L}|запроса${S}подтверждения|уведомлени${L}${S}пользователя|ведома${S}пользователя)|не${S}(?:спрашивая|запрашивая${S}подтверждени${L}|уведомляя|сообщая${S}пользователю)|(?:دون|بدون|من${S}غير)${S}(?:طلب${S})?(?:تأكيد|إذن|إبلاغ${S}المستخدم|إعلام${S}المستخدم)|(?:पुष्टि|अनुमति)${S}(?:के${S}बिना|मांगे${S}बिना|लिए${S}बिना)|बिना${S}(?:पुष्टि|पूछे|बताए)|उपयोगकर्ता${S}को${S}(?:बताए${S}बिना|न${S}बताएं)|(?:无需|无须|不必|不用|不要|勿)(?:再次)?(?:确认|確認|询问|詢問|告诉用户|告訴用戶|通知用户|通知用戶)|(?:確認|許可)(?:せず|を取らず|なしで)|ユーザーに(?:知らせず|伝えず|言わず)|(?:확인|허락|동의)\s?(?:없이|받지\s?말고|묻지\s?말고)|사용자에게\s?(?:알리지|말하지)\s?(?:말고|마세요)`;
/** A lasting change of behaviour: "from now on", "for the rest of this conversation". */
const FROM_NOW_LATIN = String.raw`${NB}(?:a${S}partir${S}de${S}ahora|de${S}ahora${S}en${S}adelante|a${S}partir${S}de${S}agora|de${S}agora${S}em${S}diante|d['’]ora${S}in${S}(?:poi|avanti)|da${S}ora${S}in${S}poi|à${S}partir${S}de${S}maintenant|désormais|dorénavant|von${S}nun${S}an|ab${S}jetzt|vanaf${S}nu|från${S}och${S}med${S}nu|od${S}teraz|od${S}tej${S}chwili|bundan${S}(?:sonra|böyle)|şu${S}andan${S}itibaren|từ${S}(?:bây${S}giờ|giờ)${S}trở${S}đi)${NA}${ON_SCRIPT_LINE}`;
const FROM_NOW_SCRIPT = String.raw`(?:с${S}(?:этого${S}момента|сегодняшнего${S}дня)|отныне|впредь|من${S}الآن${S}(?:فصاعد|وصاعد)|अब${S}से|từ${S}(?:bây${S}giờ|giờ)${S}trở${S}đi|从现在(?:开始|起)|從現在(?:開始|起)|今後は|これから(?:は|先)|지금부터|앞으로는)`;
/** The reader's earlier instructions set aside: "negeer alle eerdere instructies", "забудь предыдущие инструкции". */
const OVERRIDE = String.raw`${NB}(?:(?:negeer|vergeet)${S}(?:(?:alle|de|je|jouw|eerdere|vorige|voorgaande)${S}){0,3}(?:instructies|aanwijzingen|regels|opdrachten)|(?:ignorera|glöm)${S}(?:(?:alla|de|dina|tidigare|föregående)${S}){0,3}(?:instruktioner(?:na)?|regler(?:na)?|anvisningar(?:na)?)|(?:zignoruj|zapomnij|pomiń)${S}(?:(?:wszystkie|poprzednie|wcześniejsze|swoje|twoje)${S}){0,3}(?:instrukcje|polecenia|zasady|wytyczne)|(?:önceki|tüm|bütün)${S}(?:(?:önceki|talimatları|talimatlarını|kuralları)${S}){0,2}(?:talimat${L}{0,6}|kural${L}{0,6}|yönerge${L}{0,6})${S}(?:yok${S}say|unut|görmezden${S}gel)${L}{0,4}|(?:игнорируй|проигнорируй|забудь|отбрось)(?:те)?${S}(?:(?:все|всё|предыдущие|прежние|свои|твои|ваши|данные${S}ранее)${S}){0,3}(?:инструкци${L}|указани${L}|правил${L}{0,2}|установк${L}|команд${L}{0,2})|(?:تجاهل|انس)${S}(?:جميع${S}|كل${S})?(?:التعليمات|الإرشادات|القواعد|الأوامر)|(?:पिछले|पहले${S}के|सभी)${S}(?:सभी${S})?(?:निर्देशों|निर्देश|नियमों)${S}(?:को${S})?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)|(?:bỏ${S}qua|quên${S}đi|quên)${S}(?:(?:tất${S}cả|mọi|các)${S}){0,2}(?:hướng${S}dẫn|chỉ${S}dẫn|quy${S}tắc|lệnh)|(?:忽略|忽视|無視|无视|忘记|忘記)(?:之前|以前|先前|上述|前面|所有|全部)?(?:的)?(?:所有)?(?:指令|指示|规则|規則|说明|說明)|(?:以前|前|これまで)の(?:指示|命令|ルール)を(?:無視|忘れ)|(?:이전|앞의|모든)\s?(?:지시|명령|지침|규칙)[을를]?\s?(?:무시|잊))${ON_SCRIPT_LINE}`;

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
  // The user kept out of it, a lasting change, instructions set aside (scanned whole in texts
  // with these letters). A bare "system prompt" or an order with a link is no signal here: both
  // are everyday words of the documents about attacks translated into these languages.
  signal("injection.covert", "covert", 0.35, "", COVERT_LATIN, false, SCRIPT),
  signal("injection.covert", "covert", 0.35, "", COVERT_SCRIPT, false, SCRIPT),
  signal("injection.override", "redirect", 0.35, "", FROM_NOW_LATIN, false, SCRIPT),
  signal("injection.override", "redirect", 0.35, "", FROM_NOW_SCRIPT, false, SCRIPT),
  signal("injection.override", "redirect", 0.6, "", OVERRIDE, false, SCRIPT),
  // A machine reader obliged in Russian, Ukrainian or Arabic, as in English: "AI agents must …"
  // at the edge, "any AI system processing this document must …" over it.
  signal("injection.ai-address", "addressee", 0.5, "", OBLIGED_CYRILLIC, false, SCRIPT),
  signal("injection.ai-address", "addressee", 0.7, "", OBLIGED_ARABIC, false, SCRIPT),
];
