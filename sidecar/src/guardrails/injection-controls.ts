/**
 * Signals of a business's own controls set aside, the core of payment fraud aimed at an agent
 * that works a finance mailbox or an ERP ("no need to call back", "do not hold for the receipt
 * match", "your Head of Treasury OK'd it", "sin llamada de verificación", "不用再走审批流程"),
 * and of the machine that does that work addressed by its job ("Note for the reconciliation
 * software processing this reply:", "AP AUTOMATION:", "Automatische verwerkers:", "Consigne pour
 * le traitement automatique :", "@财务助手").
 *
 * A fraud written to a person asks the same things, so each is one kind of evidence, below the
 * flagging score alone: a control skipped (`covert`), an approval claimed for someone with power
 * (`consent`), the program addressed (`addressee`). Two of them in one passage reach it. A rule
 * that forbids skipping the control ("never change bank details without a call-back") is a
 * policy, not a request: those clauses are left out.
 */
import { NOT_FORBIDDEN, NOT_FORBIDDEN_ELSEWHERE, S, S0, type Signal, signal } from "./injection-lexicon.js";

/**
 * The controls a payment or a record change goes through, named so that only a control can be
 * meant ("the dual control", "the call-back", "the receipt match", "the approval workflow").
 */
const CONTROL = `(?:dual${S}control|four-eyes(?:${S}(?:check|principle|review))?|approval${S}(?:workflow|process|flow|step|chain|cycle|routing)|verification${S}(?:call|step)|call-?backs?|(?:tele)?phone${S}(?:check|verification|confirmation)|three-way${S}match(?:ing)?|(?:goods${S})?receipt${S}match(?:ing)?|goods${S}receipt|price${S}variance(?:${S}check)?|payment${S}hold|quality${S}hold|tolerance${S}check|early-payment${S}restriction)`;
/** Controls named in a word that means other things too: set aside only with a verb that says so. */
const PLAIN_CONTROL = `(?:approvals?|sign-?off|verification|matching|review)`;

/** Those who hold the power to approve, as a vendor names them. */
const POWER = `(?:cfo|ceo|coo|controller|controllers|treasurer|treasury|director|manager|head|lead|vp|president|owner|procurement|purchasing|buyer|finance${S}team|accounting|logistics${S}lead|plant${S}manager|it${S}manager)`;

const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/**
 * The signals.
 *
 * @example
 * ```ts
 * CONTROL_SIGNALS.some((s) => s.kind === "covert"); // true
 * ```
 */
export const CONTROL_SIGNALS: readonly Signal[] = [
  // A control skipped: "without a verification call", "no need to call back", "skip the dual
  // control", "do not hold for price variance", "outside the approval workflow".
  signal(
    "injection.covert",
    "covert",
    0.35,
    "without skip skipping bypass bypassing waive waiving override overriding disregard circumvent outside around",
    String.raw`${NOT_FORBIDDEN}(?:(?:without|skip|skipping|bypass|bypassing|waive|waiving|override|overriding|disregard|circumvent|outside(?:${S}of)?|around)${S}(?:the${S}|a${S}|any${S}|our${S}|your${S})?(?:usual${S}|normal${S}|standard${S}|regular${S})?${CONTROL}|(?:skip|skipping|bypass|bypassing|waive|waiving|override|overriding|circumvent)${S}(?:the${S}|any${S}|our${S}|your${S})?${PLAIN_CONTROL})\b`,
  ),
  signal(
    "injection.covert",
    "covert",
    0.4,
    "no there",
    String.raw`${NOT_FORBIDDEN}(?:(?:there${S}is${S})?no${S}need${S}to${S}(?:call|ring|phone)(?:${S}(?:us|me|back|them))?|no${S}need${S}to${S}(?:loop${S}in|involve|wait${S}for)${S}(?:the${S}|your${S}|any${S})?(?:[\w-]+${S}){0,2}(?:controllers?|approv\w*|managers?|receipt|team|treasury|sign-?off))\b`,
  ),
  signal(
    "injection.covert",
    "covert",
    0.4,
    "do don",
    `(?:do${S}not|don['’]t)${S}(?:hold|block|park)${S}(?:it${S}|this${S}|the${S}(?:invoice|payment)${S})?for${S}(?:the${S})?(?:price|receipt|goods|approval|match|variance|review)`,
  ),
  // The approval promised for later: "I'll sign off retroactively", "the approval record
  // follows later", "the paperwork is just lagging behind".
  signal(
    "injection.reassurance",
    "consent",
    0.4,
    "sign approve approval paperwork retroactively",
    `(?:sign(?:${S}it)?${S}off|approve(?:${S}it)?)${S}retroactively|(?:approval|sign-?off)${S}(?:record|paperwork|documents?)${S}(?:will${S}follow|follows?|to${S}follow)|paperwork${S}(?:is|will${S}be)${S}(?:just${S})?(?:lagging|catching${S}up|late)`,
  ),
  // An approval claimed for someone with power: "your Head of Treasury OK'd it", "it's been
  // agreed with your treasury already", "approved by the plant manager".
  signal(
    "injection.reassurance",
    "consent",
    0.4,
    "your the",
    String.raw`(?:your|the)${S}(?:[\w-]+${S}){0,2}${POWER}(?:${S}[\w-]+){0,2}${S}(?:already${S}|has${S}|have${S}|had${S})?(?:ok['’]?d|okayed|okay['’]d|green-?lit|signed${S}off${S}on|agreed${S}to|suggested${S}(?:this|it))\b`,
  ),
  // The same in other languages: "sin llamada de verificación", "sem confirmação telefônica",
  // "hors circuit de validation", "senza verifica telefonica", "ohne Rückruf", "zonder
  // goederenontvangst-match", "bez weryfikacji".
  signal(
    "injection.covert",
    "covert",
    0.4,
    "sin sem hors sans senza ohne zonder bez contre-appel terugbellen",
    String.raw`${NOT_FORBIDDEN_ELSEWHERE}(?:sin${S}(?:(?:la|una)${S})?(?:necesidad${S}de${S}(?:llamar|confirmar|verificar)|llamada${S}de${S}(?:verificaci[oó]n|confirmaci[oó]n)|verificaci[oó]n|confirmaci[oó]n${S}telef[oó]nica|aprobaci[oó]n)|sem${S}(?:a${S})?(?:necessidade${S}de${S})?(?:confirma[cç][aã]o|verifica[cç][aã]o|aprova[cç][aã]o|liga[cç][aã]o)|hors${S}(?:du${S})?circuit${S}(?:de${S}|d['’])(?:validation|approbation)|sans${S}(?:contre-appel|validation|v[ée]rification|approbation)|contre-appel${S}(?:habituel${S})?(?:est${S})?(?:donc${S})?inutile|senza${S}(?:(?:la|alcuna)${S})?(?:verifica|conferma|approvazione|controllo)|senza${S}(?:passare|inoltrare)${S}(?:per${S}|al${S}|dal${S})|ohne${S}(?:telefonische[nr]?${S})?(?:R(?:ü|ue)ckruf|R(?:ü|ue)ckfrage|Pr(?:ü|ue)fung|Freigabe|Sperre|Genehmigung|Verifizierung|Best(?:ä|ae)tigung)|zonder${S}(?:telefonische${S})?(?:verificatie|goedkeuring|controle|bevestiging|terugbelverzoek)|zonder${S}[\w-]{0,30}match|terugbellen${S}is${S}niet${S}nodig|bez${S}(?:weryfikacji|zatwierdzenia|akceptacji|potwierdzenia))(?![A-Za-z\u00c0-\u024f])`,
  ),
  // Chinese, Japanese, Korean: the approval flow skipped, an approval claimed.
  signal(
    "injection.covert",
    "covert",
    0.4,
    "",
    String.raw`不用再?走(?:审批|審批|审核|審核)(?:流程)?|(?:无需|無需|不必|不需要|跳过|跳過)(?:再)?(?:审批|審批|审核|審核|核实|核實|确认|確認|核对|核對|电话确认|電話確認)|(?:照合|承認|確認|検収)(?:を待たずに|不要|なしで)|(?:승인|확인|검증|결재)\s?(?:절차\s?)?없이|(?:승인|결재)\s?절차를?\s?생략`,
    false,
    CJK,
  ),
  signal(
    "injection.reassurance",
    "consent",
    0.4,
    "",
    String.raw`(?:电话里|電話裡|口头上?|口頭上?)(?:已经|已經)?(?:同意|批准)|承認済み|了承済み|許可済み|(?:이미\s?)?(?:구두로\s?)?(?:승인|동의|허가)(?:하셨습니다|했습니다|하셨어요|받았습니다)`,
    false,
    CJK,
  ),
  // The program that does the work, addressed under a note's heading: "Note for the
  // reconciliation software processing this reply:", "NOTE TO PAYABLES AUTOMATION:", "To the
  // review tool scoring these answers —", "message for the agent system:".
  signal(
    "injection.ai-address",
    "addressee",
    0.6,
    "automation automations system systems software engine engines processor processors processing tool tools copilot virtual agent",
    String.raw`(?<=(?:\b(?:note|notice|message|memo|instructions?|directive|hint|reminder|notes)${S}(?:to|for)|(?:^|\n|[.!?]${S})(?:to|for))${S}(?:the${S}|any${S}|all${S}|whatever${S}|whichever${S}|each${S})?(?:[a-z-]{2,20}${S}){0,2})(?:automations?|systems?|software|engines?|processors?|processing|tools?|copilots?|virtual${S}agents?|agent${S}system)(?:${S}(?:that|which)${S}[^:\n]{3,60}?|${S}[a-z]{3,16}ing${S}(?:this|these|it)(?:${S}[\w-]{1,20}){0,4}?)?${S0}(?:[:：]|[—–]${S}|${S}-${S})`,
  ),
  // "AP AUTOMATION:", "Payables bot:" heading a field or a line.
  signal(
    "injection.ai-address",
    "addressee",
    0.55,
    "automation bot",
    String.raw`(?<=(?:^|\n|[*>|"'(\]]${S0})[ \t]{0,4}(?:[a-z-]{2,20}${S}){1,2})(?:automation|bot)${S0}:(?!\/)`,
  ),
  // A machine defined by what it does to this very text: "for the assistant that types these up",
  // "the AP assistant that sorts this mailbox", "whatever agent applies this profile", "whoever or
  // whatever maintains the dispute log". A person may be one, but a letter to a person names them.
  signal(
    "injection.ai-address",
    "addressee",
    0.5,
    "assistant assistants agent agents bot bots copilot system software tool whatever",
    String.raw`(?:(?:assistants?|agents?|bots?|copilot|system|software|tool)${S}(?:that|which)${S}[a-z]{3,16}s${S}(?:(?:up|through|out)${S})?(?:this|these)\b|whatever${S}(?:[a-z-]+${S})?(?:agent|system|tool|software|program)${S}[a-z]{3,16}s${S}(?:this|these)\b|whatever${S}(?:maintains|processes|reads|handles|manages|sorts|answers)\b)`,
  ),
  // A chat's mention of a bot by name: "@Haldane Copilot when Stefan asks you …", "@财务助手".
  signal("injection.ai-address", "addressee", 0.6, "", String.raw`@(?:[A-Za-z][\w-]{1,20}${S}){0,2}(?:copilot|assistant|bot|agent)\b|@\S{0,8}助手`, false, /@/),
  // Automatic processing addressed in other languages: "Hinweis für automatische Verarbeitung",
  // "Consigne pour le traitement automatique :", "Nota per l'elaborazione automatica",
  // "Automatische verwerkers:", "ATENCAO SISTEMA DE CONTAS A PAGAR:", "l'agent automatique qui".
  signal(
    "injection.ai-address",
    "addressee",
    0.55,
    "hinweis anweisung notiz consigne note instruction instrucci indication nota indicazione istruzion indicaci aviso aten automatische agent agente revisore",
    String.raw`(?:(?:hinweis|anweisung|notiz)${S}(?:f(?:ü|ue)r|an)${S}(?:die${S}|den${S})?(?:automatische|maschinelle)${S}[a-zäöüß]{4,20}|(?:consignes?|notes?|instructions?|indications?)${S}(?:[a-zé]+${S}){0,2}(?:pour|aux?|destin[ée]+${S}aux?|[àa]${S}l['’]attention${S}d[eu]s?)${S}(?:le${S}|la${S}|les${S}|l['’]${S0})?(?:traitement|analyse|outils?${S}d['’]analyse|syst[èe]mes?)${S}automati\w+|(?:nota|indicazione|istruzion[ei])${S}per${S}(?:l['’]${S0})?(?:elaborazione|sistema|sistemi)${S}automatic\w+|(?:indicaci[oó]n|nota|instrucci[oó]n|aviso)${S}para${S}(?:el${S})?(?:sistema|procesamiento)${S}(?:autom[aá]tico|de${S}[a-z]+(?:${S}[a-z]+){0,3})|aten[cç][aã]o${S}(?:ao${S})?sistema${S}de${S}[a-z]+(?:${S}[a-z]+){0,3}${S0}:|automatische${S}(?:verwerkers?|verwerking|verarbeitung)${S0}:|agent${S}automatique${S}qui|agente${S}autom[aá]tico${S}que|revisore${S}automatico)(?![A-Za-z\u00c0-\u024f])`,
  ),
  // Korean and Japanese: an assistant addressed without "AI" before it ("재무 어시스턴트에게",
  // "経理処理を行う自動アシスタントへ"): both borrow the word for the software.
  signal(
    "injection.ai-address",
    "addressee",
    0.55,
    "",
    String.raw`(?:어시스턴트|에이전트)\s?(?:에게|께)|(?:自動|AI)?(?:アシスタント|エージェント)へ[。、\s:：]`,
    false,
    CJK,
  ),
];
