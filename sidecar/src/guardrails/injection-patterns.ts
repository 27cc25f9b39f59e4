/**
 * Prompt-injection phrase patterns, grouped by rule. Every pattern is bounded: word gaps are
 * `\s{1,3}`, free text between anchors is `[^…]{0,N}`, and there is no nested unbounded
 * repetition, so matching stays linear in the input. They describe *categories* of attack
 * (override, role markers, AI-addressed wrappers, tool coercion, exfiltration, output
 * directives, task hijacks), not particular strings.
 *
 * Each pattern also says where its matches can start ({@link AnchorSpec}): at one of a few
 * literals, or a few characters before one. The scanner finds all literals in one pass and
 * tries the pattern only there, so the anchors must cover every possible match start (a test
 * checks them against a whole-text scan); they are read off the pattern's first words.
 */

/**
 * Where matches of a pattern can start.
 *
 * @example
 * ```ts
 * // `\b(?:the|this)\s{1,3}following …`: at `following` or up to 7 characters before it, at a word starting with t.
 * const spec: AnchorSpec = { words: ["following"], wordStart: true, back: 7, from: { chars: "tT", wordStart: true } };
 * ```
 */
export interface AnchorSpec {
  /** Literals (matched in any case): every match starts at one, or within `back` characters before one. */
  readonly words: readonly string[];
  /** The pattern has `\b` right before the literal: occurrences inside a word are skipped. */
  readonly wordStart?: boolean;
  /** The pattern has whitespace (`\s`) right after the literal. */
  readonly thenSpace?: boolean;
  /** Matches may start up to this many characters before the literal... */
  readonly back?: number;
  /** ...at a character that passes `from` (also checked at the literal itself when `atWord` is false). */
  readonly from?: StartTest;
  /** Whether a match can start at the literal itself (default true). */
  readonly atWord?: boolean;
  /** One of these literals (at a word start with `wordStart`) starts at most `within` characters after the anchor literal. */
  readonly near?: { readonly words: readonly string[]; readonly within: number; readonly wordStart?: boolean };
}

/** What the first character of a match that starts before its anchor literal can be. */
export interface StartTest {
  /** One of these characters... */
  readonly chars?: string;
  /** ...or whitespace (`\s`)... */
  readonly space?: boolean;
  /** ...and it starts a word (`\b` before it). */
  readonly wordStart?: boolean;
  /** The start of the text (`^`) qualifies too. */
  readonly textStart?: boolean;
}

/** One pattern rule. */
export interface InjectionPattern {
  readonly ruleId: string;
  readonly re: RegExp;
  readonly confidence: number;
  readonly anchors: readonly AnchorSpec[];
}

const W = String.raw`\s{1,3}`;
/** What a delimiter's "begin" or "end" marks: new, old, updated instructions, a reprogramming. */
const MARKER_MOD = "(?:new|out of date|old|reprogramming|updated)";
const OVERRIDE_VERBS = ["ignore", "disregard", "forget", "override", "bypass", "neglect", "skip", "drop"];
const OVERRIDE_VERB = `(?:${OVERRIDE_VERBS.join("|")})`;
/** A word that may stand between an override's verb and its object ("ignore all of the previous …"). */
const FILLER_WORD = `(?:(?:all|any|the|your|my|every|these|those|of|previous|prior|above|earlier|preceding|following|other|initial|original|system|and|old|existing|current|image|safety|given|before|said|entire|whole|such)${W})`;
const FILLER = `${FILLER_WORD}{0,6}`;
/** What only orders are: to set these aside is to set aside what one was told. */
const ORDERS = String.raw`(?:instructions?|directions?|directives?|prompts?|prompting|rules|guidelines|orders|guardrails|restrictions|constraints|programming|training)\b`;
/**
 * What software ignores, skips and drops all day, named bare ("Ignore commands of one
 * character", "fix ibmi skip message", "drop messages with a bad checksum"): an override only
 * when it is picked out — "ignore the image content", "disregard all previous messages" — or
 * placed earlier ("skip content you were given").
 */
const DATA = String.raw`(?:commands?|context|messages?|evidence|content)\b`;
const EARLIER_AFTER = String.raw`(?=${W}(?:above|before|earlier|so${W}far|until${W}now|(?:you|i)${W}(?:have${W}|'ve${W}|were${W})?(?:received|got|sent|gave|given|seen|read)))`;
/**
 * A word among the fillers that picks data out as the reader's own or earlier ("all previous
 * messages", "your context", "the image content"); a quantifier alone ("drop all messages for
 * disconnected clients", a broker's changelog) picks out nothing.
 */
const PICK_WORD = `(?:(?:your|my|previous|prior|above|earlier|preceding|initial|original|system|old|existing|current|image|safety|given|before|said|entire|whole)${W})`;
const OBJECT = String.raw`(?:${FILLER}${ORDERS}|${FILLER_WORD}{0,5}${PICK_WORD}${FILLER_WORD}{0,5}${DATA}|${DATA}${EARLIER_AFTER})`;

/** A determiner or an adjective before a word makes it a noun's modifier, not a verb: "the standard ignore rules". */
const NOUN_BEFORE = "(?:the|a|an|any|other|standard|default|global|local|custom|its|their|these|those|such|own|extra|additional)";

/** Instruction overrides in English and other languages. */
const OVERRIDE: InjectionPattern[] = [
  {
    ruleId: "injection.override",
    anchors: [{ words: OVERRIDE_VERBS, wordStart: true, thenSpace: true }],
    // Not a noun's modifier after its determiner ("the standard ignore rules", "any other ignore
    // rules": gitignore's). Not a person taking back what they wrote: "please ignore my previous message"; nor one
    // step of a recipe or a manual set aside ("ignore the instruction to rest the dough", "the
    // directions on the box"); nor advice
    // to people about third parties' content: "ignore any instructions in old wiki pages",
    // "disregard instructions from unknown e-mails" (an injection's own text is "this page").
    re: new RegExp(
      String.raw`\b(?<!\b${NOUN_BEFORE}${W})${OVERRIDE_VERB}${W}(?!my${W}(?:\w+${W}){0,2}(?:messages?|e-?mails?|comments?|posts?|replies|reply|questions?)\b)(?!the${W}(?:\w+${W})?(?:instructions?|directions?|rules?)${W}(?:to|about|on${W}(?:the${W})?(?:box|pack(?:et|age)?|label|bag|tin|jar|back))\b)${OBJECT}(?!${W}(?:in|from|on|inside|within)${W}(?:(?:old|any|such|other|external|unknown|suspicious|unsolicited|incoming|outdated|untrusted|third-party|random|forwarded|shared)${W}){0,2}(?:wiki|pages|e-?mails|messages|documents|docs|files|websites|sites|comments|links|attachments|tickets|posts|chats|texts|pdfs|invites|wiki${W}pages)\b)`,
      "gi",
    ),
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["ignore", "disregard", "forget"], wordStart: true, thenSpace: true }],
    re: new RegExp(
      // Not the idiom "forget everything you know about rinsing rice": that clears the reader's
      // beliefs about a subject, not its instructions.
      String.raw`\b(?:ignore|disregard|forget)${W}(?:(?:all|the)${W})?(?:above|everything(?!${W}you${W}(?:know|knew|think|thought|learned|learnt|heard|were${W}taught|(?:have|'ve|’ve)${W}(?:heard|learned|learnt|been${W}told))${W}about\b)(?:${W}(?:above|before|else|i(?:'|’)ve said|said))?)\b`,
      "gi",
    ),
    confidence: 0.85,
  },
  {
    ruleId: "injection.override",
    anchors: [
      { words: ["previous", "prior", "above", "earlier", "old", "all"], wordStart: true, near: { words: ["instructions", "rules", "directions"], within: 15 } },
    ],
    re: /\b(?:previous|prior|above|earlier|old|all ?previous)\s{1,3}(?:instructions|rules|directions)\s{1,3}(?:are|were|is)\s{1,3}(?:false|void|invalid|wrong|obsolete|cancel+ed|out of date|no longer valid)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    // `## begin`, `%% start` or `[end` before the words; or a bare word with "instructions" after
    // them, or alone on its line (a delimiter): not a sentence's "do not start new jobs", "or
    // start new⏎ subprocesses" (a manual page's wrapped line).
    anchors: [{ words: ["begin", "start", "end"], wordStart: true, back: 5, from: { chars: "#%[", space: true } }],
    re: new RegExp(
      String.raw`(?:#{1,3}|%{2,3}|\[)\s{0,2}(?:begin|start|end)\s{1,3}(?:${MARKER_MOD}\s{1,3}){0,2}${MARKER_MOD}(?:\s{1,3}instructions?\b)?|\b(?:begin|start|end)\s{1,3}(?:${MARKER_MOD}\s{1,3}){0,2}${MARKER_MOD}\s{1,3}instructions?\b|(?<=(?:^|\n)[ \t]{0,8})(?:begin|start|end)\s{1,3}(?:${MARKER_MOD}\s{1,3}){0,2}${MARKER_MOD}(?=[ \t]{0,3}(?:\r?\n|$))`,
      "gi",
    ),
    confidence: 0.85,
  },
  {
    ruleId: "injection.override",
    // `do not follow`: up to eleven characters before `follow`.
    anchors: [
      { words: ["new"], wordStart: true, thenSpace: true, near: { words: ["instruction"], within: 6 } },
      { words: ["stop"], wordStart: true, thenSpace: true, near: { words: ["everything"], within: 7 } },
      { words: ["follow"], wordStart: true, back: 11, atWord: false, from: { chars: "dD", wordStart: true } },
    ],
    re: /\bnew\s{1,3}instructions?\s{0,3}(?:to|for)\s{1,3}(?:the\s{1,3})?(?:chat\s{1,3})?(?:assistant|ai|model|bot)\b|\b(?:stop\s{1,3}everything|do\s{1,3}not\s{1,3}follow\s{1,3}(?:your|the|any)\s{1,3}(?:previous\s{1,3})?(?:instructions|rules))\b/gi,
    confidence: 0.85,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["just", "only"], wordStart: true, thenSpace: true }],
    re: /\b(?:just|only)\s{1,3}(?:print|say|output|write|respond\s{1,3}with|reply\s{1,3}with|return)\s{0,3}["“'][^"”'\n]{0,200}["”']/gi,
    confidence: 0.8,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["ignoriere", "vergiss", "missachte"] }],
    re: /(?:ignoriere|vergiss|missachte)\s{1,3}(?:(?:alle|die|deine|vorherigen|vorigen|bisherigen|obigen|früheren)\s{1,3}){0,4}(?:anweisungen|instruktionen|befehle|regeln|vorgaben)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    // `ne tiens pas compte`: `ne` and up to three spaces before `tiens`.
    anchors: [{ words: ["ignore", "oublie"] }, { words: ["tiens"], back: 5, atWord: false, from: { chars: "nN" } }],
    // The infinitive stands as an order ("Ignorer les consignes précédentes."), not as a
    // complement: "le client demande d'ignorer les instructions de livraison" reports a request.
    re: /(?:ignorez?|oubliez?|(?<!\bd['’]|\b(?:de|à)\s{1,3})(?:ignorer|oublier)|ne\s{1,3}tiens\s{1,3}pas\s{1,3}compte\s{1,3}d[e'])\s{0,3}(?:(?:toutes|tous|les|des|vos|tes)\s{1,3}){0,3}(?:instructions|consignes|règles|directives)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["ignora", "ignore", "olvida", "olvide", "omite", "esquece", "esqueça", "dimentica", "tralascia"] }],
    re: /(?:ignora|ignore|olvida|olvide|omite|esquece|esqueça|dimentica|tralascia)\s{1,3}(?:(?:todas|todos|tutte|tutti|las|los|as|os|le|gli|tus|suas|le\s+tue)\s{1,3}){0,3}(?:instrucciones|indicaciones|reglas|instruções|regras|istruzioni|regole)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["negeer", "vergeet"] }],
    re: /(?:negeer|vergeet)\s{1,3}(?:(?:alle|de|vorige|eerdere|je)\s{1,3}){0,3}(?:instructies|regels|opdrachten)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["игнорируй", "забудь"] }],
    re: /(?:игнорируй|игнорируйте|забудь|забудьте)\s{1,3}(?:(?:все|всё|предыдущие|прежние|свои)\s{1,3}){0,3}(?:инструкции|указания|правила)/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.override",
    anchors: [{ words: ["忽略", "无视", "忘记", "忘掉", "以前", "前", "上記", "これまで"] }],
    re: /(?:忽略|无视|忘记|忘掉)(?:之前|以上|上面|前面|所有|先前)?(?:的)?(?:所有)?(?:指令|指示|说明|规则|提示)|(?:以前|前|上記|これまで)の(?:指示|命令|ルール)を(?:無視|忘れ)/g,
    confidence: 0.9,
  },
];

/**
 * Fake role / system markers and chat-template tokens. A tag joined to a word before it is no
 * tag: Perl's documentation writes code as `C<system>`, a generic type `Pool<system>`.
 */
const ROLE: InjectionPattern[] = [
  {
    ruleId: "injection.role-marker",
    anchors: [{ words: ["<|", "[inst", "[/inst", "<<sys", "<</sys", "{{", "<sys", "</sys"] }],
    re: /<\|(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|begin_of_text)\|>|\[\/?INST\]|<<\/?SYS>>|\{\{[#/~]?(?:system|user|assistant)~?\}\}|(?<![A-Za-z0-9_])<\/?(?:system|system_prompt|sys)>/gi,
    confidence: 0.9,
  },
  {
    ruleId: "injection.role-marker",
    // A `system:` line starts at the line break (or the text start), up to 11 characters before the word.
    anchors: [
      { words: ["[system", "[assistant", "[admin"] },
      { words: ["system"], wordStart: true, back: 11, atWord: false, from: { chars: "\n", textStart: true } },
      { words: ["new"], wordStart: true, back: 11, atWord: false, from: { chars: "\n", textStart: true }, near: { words: ["system"], within: 5 } },
    ],
    re: /\[(?:system|assistant)\]\(#\w{1,20}\)|\[(?:system|admin)\s{0,2}(?:note|message|override|instruction)s?\s{0,2}:|(?:^|\n)[ \t]{0,4}(?:#{1,4}\s{0,2})?(?:system(?:\s{1,2}(?:instruction|prompt|message|note|override))?|new\s{1,2}system\s{1,2}prompt)\s{0,2}:(?![ \t]*(?:[|>][+-]?|[\w./:@-]+)[ \t]*(?:\r?\n|$))/gi,
    confidence: 0.8,
  },
  {
    // A role's message in double brackets, as a template would mark one: "[[developer message]]",
    // "[[system]]", "[[ admin instructions ]]", "[[ASSISTANT INSTRUCTIONS – from the runtime]]".
    ruleId: "injection.role-marker",
    anchors: [{ words: ["[["] }],
    re: /\[\[\s{0,2}(?:system|developer|admin|administrator|operator|assistant)(?:\s{1,2}(?:message|note|prompt|instructions?|override|notice))?(?:\s{0,2}[-–—:]\s{0,2}[^\]\n]{1,60})?\s{0,2}\]\]/gi,
    confidence: 0.8,
  },
];

/** "Important message to the AI" wrappers and claims of authority over the assistant. */
const ADDRESS: InjectionPattern[] = [
  {
    ruleId: "injection.ai-address",
    anchors: [
      {
        words: ["important", "urgent", "attention", "note", "message", "instruction"],
        wordStart: true,
        // The addressee comes within 48 characters: word, 24 free, `to|for`, `the|any|all`, spaces.
        near: {
          words: ["ai", "a.i.", "assistant", "llm", "language", "chatbot", "agent", "gpt", "chatgpt", "claude", "copilot", "gemini"],
          within: 48,
          wordStart: true,
        },
      },
    ],
    // Not the object of a verb that tells of it ("items that attempted to give instructions to AI
    // features", "mail containing instructions for the assistant"), nor the subject of one in the
    // past ("message contained instructions to the assistant"): a report of such notes. In the
    // present ("this message contains instructions for the AI") it speaks of itself.
    re: /(?<!\b(?:giv(?:e|es|en|ing)|gave|contain(?:s|ed|ing)?|includ(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|hid(?:e|es|den|ing)?|embed(?:s|ded|ding)?|plant(?:s|ed|ing)?)\s{1,3}(?:(?:the|such|these|those|hidden|malicious|fake|embedded)\s{1,3})?)\b(?:important|urgent|attention|note|message|instructions?)\b(?![^\n]{0,24}?\b(?:addressed|aimed|directed|targeted|written|meant|intended)\s{1,3}(?:to|for|at)\b)(?![^\n]{0,8}?\b(?:contained|included|carried)\s)[^\n]{0,24}?\b(?:to|for)\s{1,3}(?:the\s{1,3}|any\s{1,3}|all\s{1,3})?(?:ai|a\.i\.|assistant|llm|language\s{1,3}model|chatbot|agent|gpt|chatgpt|claude|copilot|gemini)s?\b/gi,
    confidence: 0.85,
  },
  {
    ruleId: "injection.ai-address",
    anchors: [
      { words: ["dear", "hey", "attention"], wordStart: true, thenSpace: true },
      { words: ["if"], wordStart: true, thenSpace: true, near: { words: ["you"], within: 5 } },
      // `(to )any|all <agent> reading|processing|summarizing this`: up to 24 characters back.
      { words: ["reading", "processing", "summari"], wordStart: true, back: 24, atWord: false, from: { chars: "tTaA", wordStart: true } },
    ],
    re: /\b(?:dear|hey|attention)\s{1,3}(?:ai|llm|chatgpt|claude|gemini|copilot)\b|\b(?:hey|attention)\s{1,3}(?:assistant|agent)\b|\bif\s{1,3}you\s{1,3}are\s{1,3}(?:an?\s{1,3})?(?:ai|llm|language\s{1,3}model|assistant|agent)\b|\b(?:to\s{1,3})?(?:any|all)\s{1,3}(?:ai|llm|agents?|assistants?)\s{1,3}(?:reading|processing|summari[sz]ing)\s{1,3}this/gi,
    confidence: 0.85,
  },
  {
    ruleId: "injection.ai-address",
    anchors: [{ words: ["important", "information", "instruction", "secret", "admin", "critical"].flatMap((w) => [`<${w}`, `</${w}`]) }],
    re: /<\/?(?:important|information|instructions?|secret|admin|critical)>/gi,
    confidence: 0.8,
  },
  {
    ruleId: "injection.ai-address",
    // `you are now` (up to 12 back from `now`), `I'm your` / `I am your` (up to 9 back from `your`).
    anchors: [
      { words: ["now"], wordStart: true, back: 12, atWord: false, from: { chars: "yY", wordStart: true } },
      { words: ["your"], wordStart: true, back: 9, atWord: false, from: { chars: "iI", wordStart: true } },
      { words: ["pretend", "act"], wordStart: true, thenSpace: true },
    ],
    // Not a person given a role in a team ("you are now the owner of the billing module", "a
    // member of", "in charge of"): those name what the role is of.
    re: /\byou\s{1,3}are\s{1,3}now\s{1,3}(?:(?:operating|acting|working|running|functioning|serving)\s{1,3}as\s{1,3})?(?:an?\s{1,3}|the\s{1,3}|in\s{1,3})(?!(?:new\s{1,3}|official\s{1,3}|proud\s{1,3})?(?:owner|co-owner|lead|manager|maintainer|member|assignee|approver|reviewer|contact|point\s{1,3}of\s{1,3}contact|custodian|steward|champion|captain|coordinator|chair|secretary|treasurer|charge)\s{1,3}(?:of|for|on)\b)|\bI(?:'|’)?m\s{1,3}your\s{1,3}(?:developer|creator|admin|administrator|owner|operator|programmer)\b|\bI\s{1,3}am\s{1,3}your\s{1,3}(?:developer|creator|admin|administrator|owner|operator)\b|\bpretend\s{1,3}(?:to\s{1,3}be|you\s{1,3}are)\b|\bact\s{1,3}as\s{1,3}(?:an?\s{1,3})?(?:unrestricted|jailbroken|evil|dan)\b/gi,
    confidence: 0.75,
  },
  {
    ruleId: "injection.ai-address",
    anchors: [{ words: ["unrestricted", "dan", "jailbreak", "thoroughly", "ethical"], wordStart: true, thenSpace: true }],
    re: /\bunrestricted\s{1,3}(?:ai|assistant|bot|mode)\b|\b(?:dan|jailbreak)\s{1,3}mode\b|\bthoroughly\s{1,3}hijacked\b|\bethical\s{1,3}(?:protocols|guidelines|constraints)\b/gi,
    confidence: 0.8,
  },
  {
    // `(the) assistant is (in error|offline|…)`, "system upgrade": the fiction some attacks open
    // with ("the assistant is in error and offline; a new one takes over"), and the words of
    // every maintenance notice ("the chatbot is down for a system upgrade until 9am"). Weak
    // alone; with the takeover that follows, the passage reaches the flagging score.
    ruleId: "injection.ai-address",
    // `(the) assistant is (in error|offline|…)`: up to 28 characters before the last word.
    anchors: [
      { words: ["error", "offline", "disabled", "down"], wordStart: true, back: 28, atWord: false, from: { chars: "tTaAmMcCbB", wordStart: true } },
      { words: ["system"], wordStart: true, thenSpace: true },
    ],
    re: /\b(?:the\s{1,3})?(?:assistant|ai|model|chatbot|bot)\s{1,3}is\s{1,3}(?:in\s{1,3}error|offline|disabled|down)\b|\bsystem\s{1,3}upgrade\b/gi,
    confidence: 0.3,
  },
  {
    // Developer or god mode is also a phone's, a browser's or a game's setting: weak alone;
    // "you are now in developer mode" is an address besides.
    ruleId: "injection.ai-address",
    anchors: [{ words: ["developer", "god"], wordStart: true, thenSpace: true }],
    re: /\b(?:developer|god)\s{1,3}mode\b/gi,
    confidence: 0.45,
  },
];

/**
 * Prompt-leak requests: asking the model to reveal its instructions. "List", "output" and "display"
 * after a determiner or a noun are nouns ("untrusted tool output concatenated into system prompt").
 */
const LEAK: InjectionPattern[] = [
  {
    ruleId: "injection.prompt-leak",
    anchors: [
      { words: ["repeat", "print", "reveal", "show", "tell", "list", "relay", "output", "display", "spell", "write", "give", "respond"], wordStart: true },
    ],
    re: /\b(?:repeat|print|reveal|show|tell\s{1,3}me|relay|spell[\s-]check|write\s{1,3}out|give\s{1,3}me|respond\s{1,3}with|(?<!\b(?:the|a|an|its|their|this|that|tool|model|raw|untrusted|command|program|script|llm|api|function|console|test|sample|expected|json|html)[\s-]{1,3})(?:list|output|display))\b[^.\n]{0,60}?\b(?:your|the\s{1,3}previous|the\s{1,3}above|the\s{1,3}initial|initial|system(?:'|’)?s?|original|underlying|full)\s{1,3}(?:\w+\s{1,3}){0,2}(?:instructions?|prompts?|prompting|parameters|rules|directives|exemplars)\b/gi,
    confidence: 0.8,
  },
  {
    ruleId: "injection.prompt-leak",
    anchors: [{ words: ["instruction", "prompt", "rules", "what"], wordStart: true }],
    re: /\b(?:instructions?|prompts?|rules)\s{1,3}(?:that\s{1,3})?you(?:(?:'|’)ve|\s{1,3}have|\s{1,3}were)\s{1,3}(?:been\s{1,3})?given\b|\bwhat\s{1,3}(?:are|were)\s{1,3}your\s{1,3}(?:initial|original|system)\s{1,3}(?:instructions|prompt)/gi,
    confidence: 0.8,
  },
];

/** Coercion to call tools or take destructive / exfiltrating actions. */
const COERCION: InjectionPattern[] = [
  {
    ruleId: "injection.tool-coercion",
    anchors: [
      { words: ["call", "invoke", "run", "execute", "trigger"], wordStart: true, thenSpace: true, near: { words: ["tool", "function"], within: 64 } },
      { words: ["before", "instead"], wordStart: true, thenSpace: true },
    ],
    // Not a program's narration — "we call the next function", "unittest does not call the
    // cleanup function", "if you call this function" — which has a subject or names no tool.
    re: /(?<!\b(?:we|they|it|he|she|one|that|which|who|does|do|did|doesn't|don't|not|never|would|could|might|will|(?:if|when|whenever|once|that|unless)\s{1,3}you)\s{1,3})\b(?:call|invoke|run|execute|trigger)\s{1,3}(?:the\s{1,3})?(?!(?:this|that|these|those|next|previous|first|second|last|same|other|above|below|following|each|every|any|some|another|such|given|provided|appropriate|corresponding|relevant|underlying|original|wrapped)\s)[`'"]?[A-Za-z_][\w.-]{2,40}[`'"]?\s{1,3}(?:tool|function)\b|\b(?:before|instead\s{1,3}of)\s{1,3}(?:answering|responding|replying|you\s{1,3}(?:answer|respond|reply))\b|(?<=(?:^|[.!?:;,>"'([*•\n-])\s{0,3})(?:before|instead\s{1,3}of)\s{1,3}summari[sz]ing\b/gi,
    confidence: 0.75,
  },
  {
    // Answering is what an assistant does; summarising is also a pipeline's step ("strip
    // markup before summarising"): mid-sentence, that is weaker than at a clause's start.
    ruleId: "injection.tool-coercion",
    anchors: [{ words: ["before", "instead"], wordStart: true, thenSpace: true }],
    re: /(?<![.!?:;,>"'([*•\n-]\s{0,3})\b(?:before|instead\s{1,3}of)\s{1,3}summari[sz]ing\b/gi,
    confidence: 0.45,
  },
  {
    // "Use the search tool" is also how documentation for agents reads: weaker alone.
    ruleId: "injection.tool-coercion",
    anchors: [{ words: ["use"], wordStart: true, thenSpace: true, near: { words: ["tool", "function"], within: 64 } }],
    re: /\buse\s{1,3}(?:the\s{1,3})?[`'"]?[A-Za-z_][\w.-]{2,40}[`'"]?\s{1,3}(?:tool|function)\b/gi,
    confidence: 0.45,
  },
  {
    ruleId: "injection.tool-coercion",
    anchors: [{ words: ["delete", "remove", "wipe", "erase", "drop", "destroy"], wordStart: true, thenSpace: true }],
    re: /\b(?:delete|remove|wipe|erase|drop|destroy)\s{1,3}(?:all|every)\s{1,3}(?!(?:of\s{1,3})?(?:my|our)\b)(?:(?:of\s{1,3})?(?:the|your)\s{1,3})?(?:\w+\s{1,3})?(?:data|files?|emails?|messages?|records|repos(?:itories)?|tables?|databases?|accounts?|backups?)\b/gi,
    confidence: 0.8,
  },
  {
    ruleId: "injection.tool-coercion",
    anchors: [
      {
        words: ["forward", "send", "email", "upload", "post", "transfer", "share", "leak", "exfiltrate", "conversation", "chat"],
        wordStart: true,
        thenSpace: true,
      },
    ],
    re: /\b(?:forward|send|email|upload|post|transfer|share|leak|exfiltrate)\s{1,3}(?:me\s{1,3})?(?:\w+\s{1,3}){0,3}?(?:every|all|the\s{1,3}user(?:'|’)?s?)\s{1,3}(?:single\s{1,3})?(?:\w+\s{1,3})?(?:emails?|messages?|files?|conversations?|chat|history|contacts|passwords?|credentials|api\s{1,3}keys?|secrets|data|bank\s{1,3}details)\b|\b(?:conversation|chat)\s{1,3}history\s{1,3}to\b/gi,
    confidence: 0.85,
  },
  {
    ruleId: "injection.tool-coercion",
    // `in (all) (your) future answers`: up to 18 characters before `future`.
    anchors: [
      { words: ["every", "whenever"], wordStart: true, thenSpace: true },
      { words: ["future"], wordStart: true, back: 18, atWord: false, from: { chars: "iI", wordStart: true } },
    ],
    re: /\b(?:every\s{1,3}time|whenever)\s{1,3}(?:a|the)\s{1,3}user\s{1,3}(?:asks|says|requests|mentions)\b|\bin\s{1,3}(?:all\s{1,3})?(?:your\s{1,3})?future\s{1,3}(?:answers|responses|replies)\b/gi,
    confidence: 0.8,
  },
];

/** Markdown images / links that smuggle data out in their URL, and requests to render them. */
const EXFIL: InjectionPattern[] = [
  {
    ruleId: "injection.exfil-link",
    anchors: [{ words: ["render", "display", "include", "show", "output", "print", "embed"], wordStart: true, thenSpace: true }],
    re: /\b(?:render|display|include|show|output|print|embed)\s{1,3}(?:this|the\s{1,3}following|an?|the)\s{1,3}(?:markdown\s{1,3})?(?:image|link|url|pixel)\b[^\n]{0,120}?\b(?:append|add|include|replace|insert|with|containing|encode)\b[^\n]{0,60}?\b(?:user(?:'|’)?s?|conversation|chat|secret|password|data|information|history|previous\s{1,3}messages?)\b/gi,
    confidence: 0.85,
  },
];

const OUTPUT_NOUN = `(?:response|responses|answer|answers|reply|replies|output|message|code|implementation|solution|algorithm|codebase|program|elucidation|script)`;
/** `your incident response`, `your response process`: the reader's organisation's work, not its reply. */
const NOT_OWN_OUTPUT = String.raw`(?!(?:incident|crisis|emergency|disaster|outage)${W}(?:response|responses)\b)`;
const OUTPUT_NOUN_END = String.raw`\b(?!${W}(?:process|processes|team|teams|plan|plans|times?|procedures?|playbooks?|efforts?|workflows?|rates?|strateg(?:y|ies)|capabilit(?:y|ies)|levels?|roles?)\b)`;
const DIRECTIVE_VERBS = (
  "add include integrate insert incorporate append embed modify enhance augment encode encrypt translate render provide write use express " +
  "reverse replace substitute shift apply mention promote highlight suggest spread hint allude reference referencing make ensure upgrade merge " +
  "introduce utilize leverage blend elevate develop validate supplement consider remember keep lift invert display represent format end start " +
  "begin sign finish conclude prefix wrap weave woven hone refine optimize adjust assimilate seamlessly"
).split(" ");
const DIRECTIVE_VERB = `(?:${DIRECTIVE_VERBS.join("|")})`;

/** Directives about the reader's own reply (BIPIA-style: "translate your response into …"). */
const DIRECTIVE: InjectionPattern[] = [
  {
    ruleId: "injection.output-directive",
    anchors: [{ words: DIRECTIVE_VERBS, wordStart: true, near: { words: ["your"], within: Math.max(...DIRECTIVE_VERBS.map((v) => v.length)) + 80 } }],
    // A verb followed by ":" or "=" is a key or a CSS property (`display:none">Your message …`), not an order.
    re: new RegExp(
      String.raw`\b${DIRECTIVE_VERB}\b(?!\s{0,2}[:=])[^.!?\n]{0,80}?\byour${W}${NOT_OWN_OUTPUT}(?:\w+${W})?${OUTPUT_NOUN}(?:'s)?${OUTPUT_NOUN_END}`,
      "gi",
    ),
    confidence: 0.8,
  },
  {
    ruleId: "injection.output-directive",
    // `in|to|into|within your …`: up to 9 characters before `your`.
    anchors: [{ words: ["your"], wordStart: true, back: 9, thenSpace: true, from: { chars: "iItTwW", wordStart: true } }],
    re: new RegExp(
      String.raw`\byour${W}${NOT_OWN_OUTPUT}(?:\w+${W})?${OUTPUT_NOUN}${W}(?:can|could|would|will|should|must)${W}(?:\w+${W}){0,2}(?:with|by)\b|\b(?:in|to|into|within)${W}your${W}${OUTPUT_NOUN}${W}?[,:]`,
      "gi",
    ),
    confidence: 0.75,
  },
  {
    ruleId: "injection.output-directive",
    anchors: [{ words: ["reply", "respond", "answer"], wordStart: true, thenSpace: true }],
    re: /\b(?:reply|respond|answer)\s{1,3}(?:only\s{1,3})?(?:in|using|with)\s{1,3}(?:\w+\s{1,3})?(?:reverse|base\d{2}|emojis?|spanish|french|german|italian|portuguese|chinese|japanese|russian|arabic|cipher|encoding|uppercase|pig\s{1,3}latin|morse|hex|binary|caps|rhymes?)\b/gi,
    confidence: 0.7,
  },
  {
    ruleId: "injection.code-insertion",
    // `the|this following …`: up to 7 characters before the second word.
    anchors: [{ words: ["following", "below", "subsequent", "above"], wordStart: true, back: 7, from: { chars: "tT", wordStart: true } }],
    re: /\b(?:the|this)\s{1,3}(?:following|below|subsequent|above)\s{1,3}(?:code\s{1,3})?(?:snippet|block|excerpt|section|code)\b[^\n]{0,120}?(?:\byour\b|:\s{0,3}\n\s{0,3}```)|\b(?:following|below|subsequent)\s{1,3}code\s{1,3}(?:snippet|block|excerpt|section)\s{1,3}(?:in|into|to|within)\s{1,3}your\b/gi,
    confidence: 0.8,
  },
];

const TASK_VERB = `(?:write|compose|draft|generate|create|provide|give|show|tell|list|summari[sz]e|analy[sz]e|describe|explain|recommend|suggest|help|determine|classify|translate|calculate|compare|evaluate|outline|identify|predict|estimate|plan|design|convert|rewrite|paraphrase|brainstorm)`;
/** TASK_VERB's words (stems where it allows two spellings). */
const TASK_VERBS = (
  "write compose draft generate create provide give show tell list summari analy describe explain recommend suggest help determine classify " +
  "translate calculate compare evaluate outline identify predict estimate plan design convert rewrite paraphrase brainstorm"
).split(" ");

/** A request's verb opening its own sentence (the text's start, a line break, `.!?:`), with an optional "please". */
const TASK_OPENING = String.raw`(?:^|\n|[.!?]\s{1,3}|:\s{1,3})(?:please\s{1,3})?${TASK_VERB}\s{1,3}`;
/** Where {@link TASK_OPENING} can match: the sentence start is up to four characters before the first word. */
const TASK_ANCHORS = [{ words: ["please", ...TASK_VERBS], wordStart: true, back: 4, atWord: false, from: { chars: "\n.!?:", textStart: true } }];

/**
 * Requests addressed to an assistant, standing as their own sentence in data ("Summarize the
 * main findings of …", "How can I …?"). Tool output is data; a stand-alone request to the
 * reader inside it is a task hijack. Lower confidence: FAQ pages look like this too.
 */
const TASK: InjectionPattern[] = [
  {
    ruleId: "injection.task-request",
    anchors: TASK_ANCHORS,
    re: new RegExp(
      // Not a support script's "Tell the customer: …": whoever tells customers things is staff;
      // nor, at full weight, a prompt-writing guide's "Give the model a role", "Tell the model
      // what to do": whoever is told what to give a model writes its prompts (see below).
      String.raw`${TASK_OPENING}(?:me\s{1,3})?(?!attached|below|enclosed|us\b|the\s{1,3}(?:customer|caller|client|guest|patient|requester|shopper|buyer|model|llm|chatbot)s?\b)(?:a|an|the|some|how|what|why|insights|advice|steps|weekend|\w+ing)\b[^\n]{0,200}?[.?!]`,
      "gi",
    ),
    confidence: 0.6,
  },
  {
    ruleId: "injection.task-request",
    // The same request with a model as its object ("Tell the model what the admin password
    // is."): alone a prompt-writing tip, beside another behaviour still a request.
    anchors: TASK_ANCHORS,
    re: new RegExp(String.raw`${TASK_OPENING}the\s{1,3}(?:model|llm|chatbot)s?\b[^\n]{0,200}?[.?!]`, "gi"),
    confidence: 0.4,
  },
  {
    ruleId: "injection.task-request",
    anchors: [
      { words: ["how", "what"], wordStart: true, back: 4, atWord: false, from: { chars: "\n.!?", textStart: true } },
      // `is this`: up to nine characters before `this`.
      { words: ["this"], wordStart: true, back: 9, atWord: false, from: { chars: "\n.!?", textStart: true } },
    ],
    // Not the writer's offer of help ("How can I help?", "How may we assist you today?").
    re: /(?:^|\n|[.!?]\s{1,3})(?:how\s{1,3}(?:can|do|should|could|would|does|have|has|did)\s{1,3}(?!(?:i|we)\s{1,3}(?:help|assist|be\s{1,3}of\s{1,3}(?:help|service))\b)|what\s{1,3}(?:are|is|were|movies|books|should)\s{1,3}|is\s{1,3}this\s{1,3})[^?\n]{0,200}\?/gi,
    confidence: 0.55,
  },
  {
    ruleId: "injection.task-request",
    anchors: [{ words: ["can", "could", "would"], wordStart: true, back: 4, atWord: false, from: { chars: "\n.!?", textStart: true } }],
    // "Can you …?" is how people ask people (a customer, a colleague): alone it is no hijack,
    // beside an address to a machine or a deed it adds its weight.
    re: /(?:^|\n|[.!?]\s{1,3})(?:can|could|would)\s{1,3}you\s{1,3}[^?\n]{0,200}\?/gi,
    confidence: 0.45,
  },
];

/** All phrase patterns, in evaluation order. */
export const INJECTION_PATTERNS: readonly InjectionPattern[] = [...OVERRIDE, ...ROLE, ...ADDRESS, ...LEAK, ...COERCION, ...EXFIL, ...DIRECTIVE, ...TASK];
