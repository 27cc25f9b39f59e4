/**
 * Weak signals of what an injection *does*, beyond the phrase patterns: it addresses a
 * machine reader, fakes conversation turns or document boundaries, redirects or silences the
 * reader, dictates its output, claims authority or urgency, or asks for an action with a
 * target (an address, a link, an account). Each alone is common in ordinary text, so each
 * carries a small weight; the scorer (injection-score.ts) only reaches a flagging score when
 * several kinds meet in one passage. All alternatives run as one bounded regular expression
 * (one pass over the text, no nested unbounded repetition).
 */

/** A kind of behaviour; the scorer counts each kind once per passage. */
export type SignalKind = "addressee" | "turn" | "redirect" | "output" | "authority" | "action";

/** One signal: a bounded pattern, its kind and weight (0..1). */
export interface Signal {
  readonly ruleId: string;
  readonly kind: SignalKind;
  readonly weight: number;
  readonly re: string;
}

const S = String.raw`\s{1,3}`;
/** Words naming a machine reader (English; other languages below). */
const MACHINE = String.raw`(?:ai|a\.i\.|llms?|language${S}models?|models?|assistants?|chatbots?|bots?|agents?|copilots?|gpt|chatgpt|claude|gemini|automated${S}\w{2,20}|automatic${S}\w{2,20}|scanners?|crawlers?|summari[sz]ers?|screening${S}(?:systems?|tools?|software))`;

/**
 * The signals, in no particular order.
 *
 * @example
 * ```ts
 * SIGNALS.filter((s) => s.kind === "turn").length > 0; // true
 * ```
 */
export const SIGNALS: readonly Signal[] = [
  // A machine reader named as the addressee.
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.45,
    re: String.raw`\b(?:note|message|notice|instructions?|memo|directive)${S}(?:\w{1,12}${S})?(?:to|for)${S}(?:the${S}|any${S}|all${S}|every${S})?${MACHINE}\b`,
  },
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.4,
    re: String.raw`\b(?:visible|readable|meant|intended|addressed)${S}(?:only${S})?(?:to|for)${S}(?:the${S}|an?${S})?${MACHINE}`,
  },
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.3,
    re: String.raw`\bautomated${S}(?:analysis|screening|review|reviewers?|systems?|software|tools?|agents?|assistants?|readers?|processing|evaluation)\b`,
  },
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.35,
    re: String.raw`\b(?:if|when|whenever)${S}(?:you${S}are${S})?(?:asked|questioned|prompted|summari[sz]ing|(?:the${S})?user${S}(?:asks|requests|wants))\b`,
  },
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.4,
    re: String.raw`\b(?:tell|inform|show|provide${S}(?:it|this|them)${S}to|give${S}(?:it|this)${S}to|respond${S}to|reply${S}to|convince|remind)${S}the${S}(?:user|human|customer)\b`,
  },
  { ruleId: "injection.ai-address", kind: "addressee", weight: 0.35, re: String.raw`\bas${S}an?${S}(?:ai|llm|language${S}model|assistant|agent)\b` },
  // Fake conversation turns and document boundaries.
  {
    ruleId: "injection.role-marker",
    kind: "turn",
    weight: 0.35,
    re: String.raw`(?:^|\n)[ \t>*#]{0,4}(?:user|human|assistant|ai|bot|system|model)${S.replace("1", "0")}:`,
  },
  {
    ruleId: "injection.role-marker",
    kind: "turn",
    weight: 0.55,
    re: String.raw`<${S.replace("1", "0")}end${S}of${S}(?:session|conversation|document|input|context|text|data|file)${S.replace("1", "0")}>|\[(?:system|rest[ -]of[ -](?:the[ -])?document|end[ -]of[ -](?:document|input|context|session))\]`,
  },
  {
    ruleId: "injection.role-marker",
    kind: "turn",
    weight: 0.45,
    re: String.raw`(?:^|\n)[ \t]{0,3}(?:-{2,}|={2,}|#{1,3})[ \t]{0,2}(?:[a-z]{2,12}[ \t]){0,3}(?:instructions?|amendment|directive|override)\b`,
  },
  { ruleId: "injection.role-marker", kind: "turn", weight: 0.5, re: String.raw`\[${S.replace("1", "0")}(?:admin|administrator|system|developer|operator|root|moderator)${S.replace("1", "0")}(?:request|message|note|notice|override|instruction|command|update)s?${S.replace("1", "0")}:` },
  // Redirecting or silencing the reader.
  {
    ruleId: "injection.override",
    kind: "redirect",
    weight: 0.45,
    re: String.raw`\b(?:ignore|disregard|forget|override|bypass|skip|overlook|set${S}aside|pay${S}no${S}attention${S}to|stop${S}following|no${S}longer${S}follow)${S}(?:\w{1,14}${S}){0,3}?(?:rest|remainder|everything|anything|above|below|text|data|info|information|document|indicators?|scoring|evaluation|task|request|question|context|previous|earlier|prior|original|contents?|guidance|policy|policies|checks?)\b`,
  },
  {
    ruleId: "injection.override",
    kind: "redirect",
    weight: 0.3,
    re: String.raw`\bfocus${S}(?:only|exclusively|solely|entirely)${S}on\b|\b(?:you${S}may${S}not|do${S}not|don(?:'|’)t|never)${S}deviate\b`,
  },
  {
    ruleId: "injection.override",
    kind: "redirect",
    weight: 0.25,
    re: String.raw`\b(?:do${S}not|don(?:'|’)t|never)${S}(?:evaluate|summari[sz]e|mention|reveal|disclose|inform|follow|translate|analy[sz]e|warn|flag|report|verify|check|question)\b`,
  },
  // Dictating the reader's output.
  {
    ruleId: "injection.output-directive",
    kind: "output",
    weight: 0.4,
    re: String.raw`\b(?:simply|just|only)${S}(?:respond|reply|answer|say|print|output|write|return|report|state)\b(?!${S}(?:to|back|if|when|within|by|on)\b)|\b(?:respond|reply|answer)${S}(?:only${S}|exactly${S})?with\b`,
  },
  {
    ruleId: "injection.output-directive",
    kind: "output",
    weight: 0.4,
    re: String.raw`(?:^|\n|[.!?:]\s{1,3})(?:please${S})?(?:print|output|say|repeat|report|state|display)${S}[^\n]{0,40}?(?:["“«<]|:\s)`,
  },
  {
    ruleId: "injection.output-directive",
    kind: "output",
    weight: 0.45,
    re: String.raw`\b(?:translate|render|summari[sz]e)${S}(?:this|the${S}(?:following|above))(?:${S}(?:sentence|text|content|document))?${S}as\b|\brepeat${S}the${S}following\b`,
  },
  {
    ruleId: "injection.output-directive",
    kind: "output",
    weight: 0.3,
    re: String.raw`\b(?:in|into|to|within)${S}your${S}(?:summary|response|answer|reply|output|assessment|evaluation|analysis)\b`,
  },
  // Authority and urgency.
  {
    ruleId: "injection.authority",
    kind: "authority",
    weight: 0.2,
    re: String.raw`\b(?:critical|urgent|important|attention|warning|mandatory|priority|notice)${S.replace("1", "0")}[:!]`,
  },
  {
    ruleId: "injection.authority",
    kind: "authority",
    weight: 0.2,
    re: String.raw`\b(?:pre-?verified|pre-?approved|authori[sz]ed${S}by|senior${S}management|trustworthy|this${S}is${S}a${S}test|system${S}administrator|it${S}is${S}(?:imperative|critical|essential|mandatory)|you${S}must|immediately)\b`,
  },
  // An action with a target: an address, a link, an account.
  {
    ruleId: "injection.tool-coercion",
    kind: "action",
    weight: 0.3,
    re: String.raw`(?:^|\n|[.!?:]\s{1,3})(?:please${S})?(?:send|e-?mail|forward|transfer|wire|pay|delete|remove|update|change|modify|share|upload|post|invite|grant|reset|visit|click|open|download|run|execute|install|elect|confirm|verify)\b[^.\n]{0,120}?(?:@[\w-]{1,63}\.[a-z]{2}|https?:\/\/|\bwww\.|\b[a-z0-9-]{2,63}\.(?:com|net|org|io|biz|info|ru|cn|xyz)\b|\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b)`,
  },
  // Other languages: override and machine addressee (CJK, Korean, European).
  {
    ruleId: "injection.override",
    kind: "redirect",
    weight: 0.5,
    re: String.raw`(?:忽略|忽视|無視|无视|忘记|忘掉|不要理会|不要遵循)[^。\n]{0,12}?(?:指令|指示|说明|說明|规则|規則|提示|要求|内容|內容)|(?:指示|命令|ルール|内容)を(?:無視|忘れ)|(?:지시|명령|지침|규칙)[을를]?\s?(?:무시|잊)`,
  },
  {
    ruleId: "injection.ai-address",
    kind: "addressee",
    weight: 0.4,
    re: String.raw`(?:致|给|給|对|對)(?:AI|人工智能|助手|模型|智能体|代理)|(?:AI|人工智能)(?:助手|模型|代理)?(?:请|請|必须|必須|应该|應該)|AI(?:アシスタント|エージェント)(?:へ|に|は)|(?:AI|인공지능)\s?(?:어시스턴트|에이전트)?(?:에게|는)`,
  },
  {
    ruleId: "injection.output-directive",
    kind: "output",
    weight: 0.4,
    re: "(?:只|仅|僅)(?:需|要)?(?:回答|回复|回覆|输出|輸出|打印|说|說)|(?:だけ|のみ)(?:を)?(?:出力|回答|返答)",
  },
];

/** Index of the signal each capture group stands for (group i + 1 = signal i). */
export const SIGNAL_RE: RegExp = new RegExp(SIGNALS.map((s) => `(${s.re})`).join("|"), "gi");
