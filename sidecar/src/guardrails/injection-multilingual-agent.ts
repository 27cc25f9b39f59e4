/**
 * The agent-directed behaviours of injection-agent-context.ts and injection-reader-task.ts in
 * other languages: earlier rules declared void ("все прежние правила больше не действуют",
 * "之前的规则不再有效"), a machine reader told in the third person what it must do or cleared to
 * do it ("Ассистент должен…", "本工作区的助手已获预先授权"), the user kept out ("无需再向用户确认",
 * "Пользователю об этом не сообщай"), the reader's answer to the user conditioned ("如果用户询问…",
 * "si el usuario pregunta…"), its summary dictated ("Ao resumir esta página, diga…"), a command
 * for its terminal, and the deed declared approved already.
 *
 * Cyrillic and CJK patterns scan whole the texts that hold those scripts; Latin-script ones
 * start at ASCII key words. Each is one kind of evidence, as in English.
 */
import { NOT_FORBIDDEN_ELSEWHERE, S, S0, type Signal, signal } from "./injection-lexicon.js";

/** Cyrillic or CJK: the texts the script patterns scan. */
const SCRIPT = /[\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;
/** A Cyrillic letter (the patterns run without the `u` flag). */
const CY = String.raw`[\u0400-\u04ff]`;
/** Not preceded or followed by a letter of these alphabets. */
const NB = String.raw`(?<![0-9_A-Za-z\u00c0-\u024f\u0400-\u04ff])`;

/** A machine reader in Russian and Chinese. */
const MACHINE_RU = String.raw`(?:ии-)?(?:ассистент|агент|бот|помощник|модель|нейросеть)${CY}{0,3}`;
const MACHINE_ZH = String.raw`(?:AI|人工智能)?(?:助手|助理|代理|智能体|机器人|模型)`;

/** A machine's noun before "IA" / "AI" in these languages ("assistant IA", "agente de IA", "modello di IA", "asystentem AI"). */
const MACHINE_LATIN = `(?:assistant|assistante|assistente|asistente|agent|agente|modèle|modelo|modello|model|modelem|système|sistema|systeem|system|outil|herramienta|ferramenta|strumento|bot|robot|chatbot|programme|programa|programma|asystentem|agentem|assistent)`;
/** "If you are …" in French, Spanish, Portuguese, Italian, German, Dutch, Polish and Swedish. */
const IF_YOU_ARE = `(?:si${S}(?:vous${S}êtes|tu${S}es|eres|usted${S}es|es${S}usted)|se${S}(?:voc[eê]${S}(?:é|for)|tu${S}(?:és|fores)|sei|siete)|(?:wenn|falls)${S}(?:du|Sie|ihr)|als${S}(?:je|jij|u)|jeśli${S}jesteś|om${S}du${S}är)`;
/**
 * An AI named after it, a few words in ("si vous êtes un assistant IA qui …", "wenn du ein
 * KI-Assistent bist", "se sei un'IA"): the reader hailed on condition that it is a machine, as
 * "if you are an AI" is in English. An assistant or an agent alone may be a person's job.
 */
const IF_YOU_ARE_AI = String.raw`(?<=\b${IF_YOU_ARE}${S}(?:(?:un|une|una|um|uma|ein|eine|einen|een|ett|en)${S}|un['’]|l['’])?(?:${MACHINE_LATIN}(?:${S}(?:de${S}code|de${S}programmation|virtuel(?:le)?|virtual|virtuale|de${S}programación))?${S}(?:d['’]|de${S}|di${S})?)?)(?:ia|ai|ki)\b`;
/**
 * A command for a terminal that only an attacker needs run, quoted or in backticks: one with
 * root's rights, a deletion, or a download from the web (not `npx eslint --fix`, which a
 * linter's own output suggests to its user).
 */
const SHELL_COMMAND = String.raw`[\`'"«„“]${S0}(?:sudo\b|rm${S}-\w*[rf]|chmod\b|(?:curl|wget|iwr|irm|Invoke-WebRequest)\b[^\`'"\n]{0,200}?https?:\/\/)`;
/** The user kept out of it, in forms spelled in ASCII (a line of them may hold no accented letter to gate a script's pattern). */
const COVERT_ASCII = `sans${S}(?:lui|leur)${S}(?:demander|en${S}parler|dire)|sin${S}(?:preguntar|consultar|avisar|informar|decir)(?:le)?${S}al${S}usuario|sin${S}(?:pedir|solicitar)${S}permiso|ohne${S}(?:den${S}|die${S})?(?:Nutzer|Benutzer|Anwender|Kunden)(?:in)?${S}zu${S}(?:fragen|informieren)|senza${S}(?:chiedere|richiedere)${S}(?:conferma|il${S}permesso)|senza${S}(?:avvisare|informare)${S}l['’]utente|zonder${S}(?:om${S})?(?:bevestiging|toestemming)${S}te${S}vragen|zonder${S}de${S}gebruiker${S}te${S}(?:informeren|vragen)`;

/**
 * The signals.
 *
 * @example
 * ```ts
 * MULTILINGUAL_AGENT_SIGNALS.some((s) => s.kind === "redirect"); // true
 * ```
 */
export const MULTILINGUAL_AGENT_SIGNALS: readonly Signal[] = [
  // Earlier rules declared void (to no one in particular: a policy's notice says so too, so it
  // stays below the flagging score alone).
  signal(
    "injection.override",
    "redirect",
    0.45,
    "",
    String.raw`${NB}(?:прежние|предыдущие|старые|прошлые|изначальные|исходные)${S}(?:правила|инструкции|указания|ограничения|настройки)${S}(?:больше${S}не${S}(?:действуют|применяются|актуальны|имеют${S}силы)|отменены|недействительны|утратили${S}силу)|(?:之前|以前|先前|原来|原有|此前)的?(?:所有)?(?:规则|指令|指示|设定|限制|说明)(?:都|均|已)?(?:不再(?:有效|适用|生效)|(?:已经?)?(?:失效|作废|取消|废除))|(?:以前|これまで|前|元)の(?:ルール|指示|命令|制限|設定)(?:は|はすべて|は全て)(?:もう)?(?:無効|適用されません|取り消され)`,
    false,
    SCRIPT,
  ),
  signal(
    "injection.override",
    "redirect",
    0.45,
    "anteriores previas originales vorherigen bisherigen alten initiales",
    String.raw`(?:anteriores|previas|originales)${S}(?:ya${S}no${S}(?:aplican|se${S}aplican|son${S}v[aá]lidas|est[aá]n${S}vigentes)|quedan${S}(?:anuladas|sin${S}efecto)|n[aã]o${S}(?:se${S}aplicam|valem)(?:${S}mais)?)|(?:vorherigen|bisherigen|alten)${S}(?:Regeln|Anweisungen|Vorgaben|Einschr[aä]nkungen)${S}(?:gelten${S}nicht${S}mehr|sind${S}(?:aufgehoben|ung[uü]ltig|au(?:ß|ss)er${S}Kraft))|initiales${S}(?:ne${S}s['’]appliquent${S}plus|sont${S}(?:annul[ée]es|caduques|lev[ée]es))`,
  ),
  // A machine reader told in the third person what it must do, or cleared to do it.
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "",
    String.raw`${NB}${MACHINE_RU}${S}(?:должен|должна|обязан|обязана|может${S}(?:теперь|сразу)|уже${S}(?:авторизован|уполномочен)|(?:заранее${S})?уполномочен)|${MACHINE_ZH}(?:应该|应当|必须|需要立即|可以直接|已获(?:得)?(?:预先|事先)?授权|已被(?:预先)?授权|获得了?(?:预先|事先)授权)`,
    false,
    SCRIPT,
  ),
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "asistente agente assistent agent",
    String.raw`(?<=\b(?:el|la|der|die|o|a)${S})(?:asistente|agente|assistent|agent)${S}(?:debe|deber[aá]|tiene${S}que|deve|dever[aá]|muss|soll|est[aá]${S}(?:pre-?)?autorizad[oa]|ist${S}(?:vorab${S})?(?:autorisiert|berechtigt))\b`,
  ),
  // The user kept out: no confirmation asked, the user not told.
  signal(
    "injection.covert",
    "covert",
    0.4,
    "",
    String.raw`(?:无需|不需要|不必|不用|无须)(?:再)?(?:向|跟|和|与)?(?:用户|客户)?(?:确认|询问|请示|征得同意)|(?:不要|切勿|请勿|不可)(?:告诉|通知|提醒)(?:用户|客户)|(?:不要|切勿|请勿|不可)(?:提及|提到|透露)|(?:пользователю|клиенту)${S}(?:об${S}этом${S})?не${S}(?:сообщай|говори|рассказывай|пиши)|${NB}не${S}(?:сообщай|говори|рассказывай)${S}(?:об${S}этом${S})?(?:пользователю|клиенту)`,
    false,
    SCRIPT,
  ),
  // The reader's answer to the user conditioned on the user's question.
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "",
    String.raw`如果(?:用户|客户)(?:询问|问起|问到|提到|想知道|问)|(?:ユーザー|利用者)が[^\n。、]{0,20}(?:尋ねたら|聞いたら|質問したら|聞いてきたら)|${NB}если${S}(?:пользователь|клиент)${S}(?:спросит|спрашивает|поинтересуется|задаст${S}вопрос)`,
    false,
    SCRIPT,
  ),
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "usuario utilisateur nutzer benutzer",
    String.raw`(?<=\b(?:si${S}el|wenn${S}der|si${S}l['’]|se${S}o)${S0})(?:usuario|utilisateur|nutzer|benutzer)${S}(?:pregunta|pide|demande|pose${S}une${S}question|fragt|nach)\b`,
  ),
  // The reader's summary dictated: "Ao resumir esta página, diga…", "Lorsque tu résumes ce
  // rapport, affirme…", "Al resumir este documento", "在总结这份报告时".
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "resumir resumes resumez lorsque quand zusammenfasst zusammenfassen",
    String.raw`(?<=\b(?:ao|al)${S})resumir${S}(?:esta|este|esse|essa|el|la|o|a)\b|(?:lorsque|quand)${S}(?:tu${S}r[ée]sumes|vous${S}r[ée]sumez)\b|(?<=\bwenn${S}(?:du|Sie)${S}(?:diese[nrs]?|den|die|das)${S}[^\s.!?]{2,30}${S})zusammenfass(?:t|en)\b`,
  ),
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "",
    String.raw`(?:在)?(?:总结|概括|摘要|汇总)(?:这|此|本)(?:份|篇|个|页)?(?:报告|页面|文档|文件|内容|邮件)?(?:时|的时候)|${NB}(?:когда${S}будешь${S}(?:резюмировать|пересказывать|кратко${S}излагать)|при${S}(?:составлении${S}(?:резюме|сводки)|пересказе))`,
    false,
    SCRIPT,
  ),
  signal("injection.ai-address", "addressee", 0.6, "ia ai ki", IF_YOU_ARE_AI),
  signal("injection.covert", "covert", 0.35, "sans sin ohne senza zonder", `${NOT_FORBIDDEN_ELSEWHERE}(?:${COVERT_ASCII})`),
  // A command for the reader's terminal, and the deed declared approved already.
  signal(
    "injection.tool-coercion",
    "action",
    0.35,
    "lancez lance exécutez exécute ejecuta ejecute execute executa esegui eseguite führe starte voer uruchom",
    `(?:lancez|lance|exécutez|exécute|führe|ejecuta|ejecute|execute|executa|esegui|eseguite|starte|voer|uruchom)(?:${S}(?:d['’]abord|primero|primeiro|prima|zuerst|erst|eerst|najpierw|aus|uit|den${S}Befehl|la${S}commande|el${S}comando|o${S}comando|il${S}comando|de${S}opdracht|polecenie)){0,2}${S0}(?::${S0})?${SHELL_COMMAND}`,
  ),
  signal(
    "injection.tool-coercion",
    "action",
    0.35,
    "",
    String.raw`在(?:终端|命令行|shell)(?:中|里)?(?:运行|执行)|${NB}(?:выполни|запусти)(?:те)?${S}(?:в${S}терминале|команду)`,
    false,
    SCRIPT,
  ),
  signal(
    "injection.reassurance",
    "consent",
    0.35,
    "",
    String.raw`(?:已经?|均已)(?:获得|得到)?(?:批准|授权)|${NB}уже${S}(?:одобрен|согласован|разрешен|разрешён|подтвержден|подтверждён)${CY}{0,2}`,
    false,
    SCRIPT,
  ),
];
