/**
 * The reader's world in the languages the other multilingual signals leave out or cover
 * thinly — Italian, Dutch, Polish, Turkish, Arabic, Hindi, Korean — with the same concepts for
 * Spanish, French, German, Portuguese and Russian where they were missing: a machine reader hailed or
 * cleared to act, its earlier rules declared no longer valid, its task dropped, the user's
 * confirmation done without, a rule to remember for good, and the user's private data named.
 *
 * One concept per signal, across languages, so that a language gains the whole set at once
 * rather than the phrases one text happened to use. Latin-script forms start at ASCII key
 * words; Cyrillic, Arabic, Devanagari and Hangul forms scan the texts that hold those scripts. Each is one
 * kind of evidence, below the flagging score alone.
 */
import { NOT_FORBIDDEN_ELSEWHERE, S, S0, type Signal, signal } from "./injection-lexicon.js";

/** Cyrillic, Arabic, Devanagari or Hangul: the texts the whole-text patterns scan. */
const SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\uac00-\ud7af]/;
/** Arabic or Devanagari: the texts the Arabic and Hindi address patterns scan. */
const AR_HI_SCRIPT = /[\u0600-\u06ff\u0900-\u097f]/;
/**
 * An Arabic machine reader addressed: an automated, smart, virtual or AI assistant, system, agent,
 * bot or model after "to", "O", "note to" or "it is asked of" (or "for the" joined to it), or one
 * that reads, summarises or processes this. Not the bare name: a policy says what "the smart
 * assistant" may do.
 */
const AR_MACHINE = String.raw`(?:(?:إلى|الى|أيها|يا|يرجى${S}من|ملاحظة${S}(?:إلى|الى|ل))${S0}(?:ال)?|لل)(?:مساعد|نظام|وكيل|روبوت|بوت|نموذج|برنامج|أنظمة)${S}(?:(?:ال)?(?:آلي|الي|ذكي|افتراضي|رقمي)|(?:ال|لل)?ذكاء${S}(?:ال)?اصطناعي)|(?:ال|لل)(?:مساعد|نظام|وكيل|نموذج)(?:${S}[^\s:.،؟!]{1,14}){0,2}${S}(?:الذي|التي)${S}(?:ي|ت)(?:قرأ|لخص|عالج|حلل|راجع|فرز)`;
/** Within its sentence, or the line its colon heads: "please", or an imperative of a deed. */
const AR_ORDER_AFTER = String.raw`[^.؟!\n]{0,160}?(?:يرجى|الرجاء|رجاء|أرسل|ارسل|احذف|أضف|اضف|قم${S}ب|حدّث|حدث${S}|امنح|وافق${S}على|تجاهل|اعرض|صف${S}|أدرج|ادرج|ضع${S}|انقل|شارك|اكتب|امسح|ألغ|الغ)`;
/** A Hindi machine reader addressed: one that reads, summarises or processes this, or an AI or automatic assistant, agent or system hailed ("…को:", "…,"). */
const HI_MACHINE = String.raw`(?:(?:पढ़ने|पढ़|सारांश${S}बनाने|संसाधित${S}करने|प्रोसेस${S}करने)${S}वाल(?:ा|े|ी)${S}(?:[^\s।:]{1,14}${S}){0,2}(?:सहायक|एजेंट|असिस्टेंट|सिस्टम|मॉडल|बॉट)|(?:(?:स्वचालित|एआई|AI)${S0}(?:सहायक|असिस्टेंट|एजेंट|मॉडल|बॉट|प्रणाली|सिस्टम)|(?:सहायक|असिस्टेंट|एजेंट)${S0}\(${S0}(?:AI|एआई)${S0}\))${S0}(?:को|के${S}लिए)?${S0}[,:])`;
/** Within its sentence: "please", or a polite imperative of a deed. */
const HI_ORDER_AFTER = String.raw`[^।.!?\n]{0,160}?(?:कृपया|भेजें|भेज${S}दे|हटाएं|हटा${S}दे|बदलें|बदल${S}दे|जोड़ें|जोड़${S}दे|दें${S0}[।.]|दे${S0}[।.]|अपडेट${S}कर|मंजूर${S}कर|स्वीकृत${S}कर)`;
/** A letter of the Latin alphabets (with diacritics) may not follow a word's end. */
const END = String.raw`(?![A-Za-z\u00c0-\u024f])`;

/**
 * The signals.
 *
 * @example
 * ```ts
 * MULTILINGUAL_WORLD_SIGNALS.some((s) => s.kind === "persist"); // true
 * ```
 */
export const MULTILINGUAL_WORLD_SIGNALS: readonly Signal[] = [
  // A machine reader hailed, told when it does its job ("Cuando resumas esta página"), or named as
  // the one cleared or bound to act: "Asystencie,", "l'assistente è autorizzato a", "de assistent
  // moet", "asistanın … izin verildi", "l'assistant est autorisé à".
  signal(
    "injection.ai-address",
    "addressee",
    0.45,
    "asystencie asystent assistente assistent asistan assistant asistente agente cuando quando",
    String.raw`asystencie${S0}[,:!]|(?:cuando${S}(?:resumas|traduzcas|leas|respondas)|quando${S}(?:riassumi|traduci|leggi|rispondi|resumires|traduzires))${END}|asystent(?:a|owi)?${S}(?:musi|ma${S}teraz|mo[żz]e${S}teraz|jest${S}(?:upowa[żz]niony|uprawniony))${END}|(?<=\bl['’])assistente${S}(?:deve|è${S}autorizzato${S}a|pu[òo]${S}ora|ha${S}il${S}permesso${S}di)${END}|(?<=\bde${S})assistent${S}(?:moet|mag${S}nu|is${S}(?:gemachtigd|bevoegd)${S}om)${END}|asistan(?:ın|a|ı)?${S}[^.!?\n]{0,60}?(?:izin${S}verildi|yetkilendirildi|yetkili(?:dir)?|zorunda(?:dır)?)${END}|(?<=\bl['’])assistant(?:e)?${S}(?:est|a${S}été)${S}(?:autoris[ée]e?|habilit[ée]e?|tenue?)${S}(?:à|de)(?=\s)|(?<=\b(?:el|o)${S})(?:asistente|agente)${S}(?:est[aá]${S}autorizado${S}a|tiene${S}permiso${S}para)${END}`,
  ),
  signal(
    "injection.ai-address",
    "addressee",
    0.45,
    "",
    String.raw`(?:إلى|الى|أيها)${S0}(?:المساعد|الذكاء${S}الاصطناعي|النموذج|الوكيل)|(?:सहायक|असिस्टेंट|एआई)${S0}(?:को|से)?${S0}[,:]|(?:어시스턴트|AI|인공지능|에이전트|챗봇)(?:는|가|에게|님)${S0}[^.\n]{0,40}?(?:하세요|하십시오|해야|해라|허용)`,
    false,
    SCRIPT,
  ),
  // Arabic and Hindi: a machine reader addressed, then an order in the same sentence or the line
  // its address heads — as "Note to the AI assistant: please update …" is in English. A machine,
  // not an office's assistant: an automated, smart or virtual one, an AI, or the one that reads or
  // summarises this ("ملاحظة إلى المساعد الآلي للمدفوعات: يرجى تحديث …", "इस ईमेल को पढ़ने वाला
  // सहायक (AI) कृपया … भेज दे").
  signal("injection.ai-address", "addressee", 0.7, "", String.raw`${AR_MACHINE}${AR_ORDER_AFTER}|${HI_MACHINE}${HI_ORDER_AFTER}`, false, AR_HI_SCRIPT),
  // Earlier rules declared no longer valid: "przestały obowiązywać", "non sono più valide",
  // "gelden niet meer", "artık geçerli değil", "لم تعد سارية", "अब लागू नहीं", "더 이상 유효하지 않".
  signal(
    "injection.override",
    "redirect",
    0.45,
    "przesta nie non gelden zijn artik artık",
    String.raw`przesta(?:ły|ly|ła|la)${S}obowi[ąa]zywa[ćc]${END}|nie${S}(?:s[ąa]${S}ju[żz]|obowi[ąa]zuj[ąa]${S}ju[żz])${S}(?:wa[żz]ne|obowi[ąa]zuj[ąa]ce)?|non${S}(?:sono|è)${S}pi[ùu]${S}(?:valid[ei]|in${S}vigore)${END}|non${S}valgono${S}pi[ùu]${END}|(?:gelden|zijn)${S}niet${S}meer(?:${S}geldig)?${END}|art[ıi]k${S}ge[çc]erli${S}de[ğg]il(?:dir)?${END}`,
  ),
  signal(
    "injection.override",
    "redirect",
    0.45,
    "",
    String.raw`لم${S}تعد${S}(?:سارية|صالحة|مطبقة|نافذة)|अब${S}(?:लागू|मान्य)${S}नहीं|더${S}이상${S}(?:유효하지|적용되지)${S}않`,
    false,
    SCRIPT,
  ),
  // The reader's task dropped: "Lascia perdere la domanda", "zapomnij o zadaniu", "vergeet de
  // taak", "görevi unut", "Olvida el resumen", "تجاهل المهمة", "काम छोड़ दो", "작업은 무시".
  signal(
    "injection.override",
    "redirect",
    0.4,
    "lascia dimentica ignora zapomnij zignoruj vergeet negeer olvida esque oublie vergiss",
    String.raw`(?:lascia${S}perdere|dimentica|ignora)${S}(?:la${S}domanda|il${S}compito|il${S}riassunto|l['’]attivit[àa]|la${S}richiesta)${END}|(?:zapomnij${S}o|zignoruj)${S}(?:zadani[ue]|pytani[ue]|podsumowani[ue]|bie[żz][ąa]c[ey]m?${S}zadani[ue])${END}|(?:vergeet|negeer)${S}(?:de${S}(?:taak|vraag|samenvatting|opdracht))${END}|(?:olvida|ignora)${S}(?:el${S}resumen|la${S}tarea|la${S}pregunta|la${S}traducci[óo]n)${END}|(?:esquece|esqueça)${S}(?:o${S}resumo|a${S}tarefa|a${S}pergunta)${END}|oublie${S}(?:le${S}r[ée]sum[ée]|la${S}t[âa]che|la${S}question)${END}|vergiss${S}(?:die${S}(?:Zusammenfassung|Aufgabe|Frage))${END}`,
  ),
  signal(
    "injection.override",
    "redirect",
    0.4,
    "",
    String.raw`(?:تجاهل|انس|انسَ)${S}(?:المهمة|السؤال|الملخص|الطلب)|(?:काम|कार्य|सवाल|सारांश)${S}(?:छोड़${S}दो|भूल${S}जाओ)|(?:작업|질문|요약)(?:은|는|을|를)?${S0}(?:무시|잊어)|(?<![\u0400-\u04ff])(?:забудь|забудьте|игнорируй|оставь)${S}(?:о${S}|про${S})?(?:текущ[\u0400-\u04ff]*${S}|эт[\u0400-\u04ff]*${S})?(?:задач[\u0400-\u04ff]*|вопрос[\u0400-\u04ff]*|резюме|сводк[\u0400-\u04ff]*)`,
    false,
    SCRIPT,
  ),
  // The user's confirmation done without: "senza conferma dell'utente", "bez potwierdzenia",
  // "zonder bevestiging", "onayı almadan", "sans confirmation", "دون تأكيد", "बिना पुष्टि", "확인 없이".
  signal(
    "injection.covert",
    "covert",
    0.4,
    "senza bez zonder onay sans sin sem ohne",
    String.raw`${NOT_FORBIDDEN_ELSEWHERE}(?:senza${S}(?:la${S})?(?:conferma|autorizzazione|approvazione)${END}|bez${S}(?:potwierdzenia|weryfikacji|zgody)${END}|zonder${S}(?:bevestiging|toestemming|goedkeuring)${END}|onay(?:[ıi])?${S}(?:almadan|olmadan|beklemeden)${END}|(?:sans|sin|sem)${S}(?:la${S}|a${S})?(?:confirmation|confirmaci[óo]n|confirma[çc][ãa]o|validation|aprobaci[óo]n)${S}(?:de${S}l['’]utilisateur|del${S}usuario|do${S}usu[áa]rio)${END}|ohne${S}(?:R[üu]ckfrage|Best[äa]tigung)${S}(?:des|beim)${S}(?:Benutzers|Nutzers|Benutzer|Nutzer)${END})`,
  ),
  signal(
    "injection.covert",
    "covert",
    0.4,
    "",
    String.raw`(?:دون|بدون)${S}(?:تأكيد|موافقة|إذن)|बिना${S}(?:पुष्टि|अनुमति|पूछे)|(?:확인|동의|승인)${S}없이`,
    false,
    SCRIPT,
  ),
  // A rule to keep for good: "Zapamiętaj na stałe", "ricorda per sempre", "onthoud voortaan",
  // "kalıcı olarak hatırla", "merk dir dauerhaft", "retiens pour toujours", "영구적으로 기억".
  signal(
    "injection.persistence",
    "persist",
    0.45,
    "zapami ricorda memorizza onthoud kalici kalıcı merk merke retiens recuerda lembre",
    String.raw`zapami[ęe]taj${S}(?:na${S}(?:sta[łl]e|zawsze)|to${S}na${S}(?:sta[łl]e|zawsze))${END}|(?:ricorda|memorizza)${S}(?:per${S}sempre|in${S}modo${S}permanente)${END}|onthoud${S}(?:voortaan|permanent|voor${S}altijd)${END}|kal(?:ıcı|ici)${S}olarak${S}(?:hat[ıi]rla|kaydet|sakla)${END}|merke?${S}dir${S}(?:dauerhaft|f[üu]r${S}immer)${END}|retiens${S}(?:d[ée]finitivement|pour${S}toujours)${END}|(?:recuerda|lembre)${S}(?:para${S}siempre|para${S}sempre)${END}`,
  ),
  signal(
    "injection.persistence",
    "persist",
    0.45,
    "",
    String.raw`(?:영구적으로|항상)${S0}기억|(?:تذكر|احفظ)${S}(?:دائما|دائمًا|بشكل${S}دائم)|हमेशा${S}के${S}लिए${S}याद`,
    false,
    SCRIPT,
  ),
  // The reader's answer made to carry a credential: "Incluye en tu respuesta la clave de API",
  // "includi nella tua risposta", "inclua na sua resposta", "mets dans ta réponse".
  signal(
    "injection.output-directive",
    "output",
    0.4,
    "incluye pon escribe includi inserisci inclua coloque inclus mets",
    String.raw`(?:incluye|pon|escribe)${S}en${S}(?:tu|su)${S}respuesta${END}|(?:includi|inserisci)${S}nella${S}(?:tua${S})?risposta${END}|(?:inclua|coloque)${S}na${S}(?:sua${S})?resposta${END}|(?:inclus|mets)${S}dans${S}(?:ta|votre)${S}r[ée]ponse${END}`,
  ),
  signal(
    "injection.prompt-leak",
    "leak",
    0.4,
    "clave chiave chave cle clé api",
    String.raw`(?:clave${S}de${S}(?:la${S})?API|chiave${S}(?:dell['’])?API|chave${S}(?:de${S}|da${S})?API|cl[ée]${S}(?:d['’]${S0})?API|API-Schl[üu]ssel)${S}(?:que${S}(?:tengas|tienes|tenga|tem|tens)|che${S}hai|que${S}tu${S}as|die${S}du${S}hast)${END}`,
  ),
  // The user's private data named, as in English ("the user's private notes"): "i dati
  // dell'utente", "pliki użytkownika", "kullanıcının dosyalarını", "de bestanden van de
  // gebruiker", "ملفات المستخدم", "उपयोगकर्ता का डेटा", "사용자의 파일" (the user alone is named in
  // every help page).
  signal(
    "injection.agent-reach",
    "scope",
    0.35,
    "dati indirizzo messaggi cronologia dane adres pliki notatki wiadomo histori kullan gegevens bestanden notities berichten wachtwoord",
    String.raw`(?:dati|indirizzo|messaggi|cronologia)${S}dell['’]utente${END}|(?:dane|adres|pliki|notatki|wiadomo[śs]ci|histori[ęe])${S}u[żz]ytkownika${END}|kullan[ıi]c[ıi]n[ıi]n${S}(?:verilerini|adresini|dosyalar[ıi]n[ıi]|notlar[ıi]n[ıi]|mesajlar[ıi]n[ıi]|[şs]ifresini|ge[çc]mi[şs]ini)${END}|(?:gegevens|adres|bestanden|notities|berichten|wachtwoord)${S}van${S}de${S}gebruiker${END}`,
  ),
  signal(
    "injection.agent-reach",
    "scope",
    0.35,
    "",
    String.raw`(?:بيانات|عنوان|ملفات|رسائل|كلمة${S}مرور|سجل)${S}المستخدم|उपयोगकर्ता${S0}(?:का|की|के)${S}(?:डेटा|पता|फ़ाइलें|फाइलें|संदेश|पासवर्ड|इतिहास)|사용자의${S0}(?:데이터|주소|파일|메시지|비밀번호|기록|카드)`,
    false,
    SCRIPT,
  ),
];
