/**
 * A persona forced on the reader: a new name given to it ("You are now 'MaxSales', …", "Теперь
 * ты «Гриша»"), a role to assume ("assuma a personagem 'Tia Lurdes'", "reply as 'Dr. Helen
 * Marsh, MD'") and the
 * persona kept whatever happens ("stay in character", "no disclaimers, no refusals", "не
 * выходи из роли").
 *
 * A new name given by "you are now" counts only quoted (under the patterns' case-blind flags a
 * capital cannot tell "you are now Ava" from "you are now ready"); "You are DAN" is left to the
 * passage model, as security articles list it among techniques. Keeping a character is what
 * role-play and theatre ask of people too, so it is weak alone; with an address to the reader
 * it reaches the flagging score. A new name is an address to the reader; a role to take on or a
character to keep overrides who it is (the kind of an instruction set aside).
 */
import { S, type Signal, signal } from "./injection-lexicon.js";

/** Cyrillic: the texts the Russian pattern scans. */
const CYRILLIC = /[\u0400-\u04ff]/;
/** An opening quotation mark. */
const OPEN_QUOTE = "[\"'‘“«„]";

/**
 * The signals.
 *
 * @example
 * ```ts
 * PERSONA_SIGNALS.some((s) => s.kind === "redirect"); // true
 * ```
 */
export const PERSONA_SIGNALS: readonly Signal[] = [
  // A name given to the reader, quoted.
  signal(
    "injection.ai-address",
    "addressee",
    0.5,
    "you",
    String.raw`\byou(?:(?:'|’)re|${S}are)${S}now${S}(?:called${S}|named${S}|known${S}as${S})?${OPEN_QUOTE}`,
  ),
  // A role to take on, and an answer voiced as a named someone: who the reader is, overridden.
  signal(
    "injection.override",
    "redirect",
    0.4,
    "adopt assume take switch reply respond answer speak",
    String.raw`\b(?:adopt|assume|take${S}on|switch${S}to)${S}(?:the${S}|a${S}|this${S})?(?:persona|personality|identity)\b|\b(?:reply|respond|answer|speak)${S}(?:only${S})?as${S}${OPEN_QUOTE}`,
  ),
  // The persona kept: weak alone (people in role-play are asked the same).
  signal(
    "injection.override",
    "redirect",
    0.3,
    "stay remain keep never don't don’t do no without",
    String.raw`\b(?:stay|remain|keep)${S}in${S}character\b|\b(?:never|don(?:'|’)t|do${S}not)${S}break${S}character\b|\b(?:no|without${S}(?:any${S})?)${S}(?:disclaimers|refusals)\b`,
  ),
  // The same in Portuguese, Spanish, Italian, French and German.
  signal(
    "injection.override",
    "redirect",
    0.4,
    "assuma assume asume assumi prends prenez übernimm übernehmen adopta adote adota adotta adopte adoptez interpreta interprete joue jouez spiele mantenha mantén mantieni bleib bleiben no não ne",
    String.raw`\b(?:assuma|assume|asume|assumi|prends|prenez|übernimm|übernehmen${S}sie|adopta|adote|adota|adotta|adopte|adoptez|interpreta|interprete|joue|jouez|spiele)${S}(?:a|o|el|la|il|le|die|den)${S}(?:personagem|persona|papel|personaje|personalidad|personaggio|ruolo|rôle|personnage|personnalité|rolle)\b|\b(?:mantenha|mantén|mantieni)${S}(?:essa|esa|questa)${S}(?:voz|personagem|personaje|voce|personaggio)\b|\b(?:no${S}salgas${S}del${S}personaje|não${S}saia${S}d[ao]${S}personagem|ne${S}sors${S}pas${S}du${S}personnage|bleib(?:en${S}sie)?${S}in${S}der${S}rolle)\b`,
  ),
  // Russian: "now you are «…»"; "answer as …", "do not leave the role".
  signal("injection.ai-address", "addressee", 0.5, "", String.raw`(?<![\u0400-\u04ff])теперь${S}ты${S}[«"„]`, false, CYRILLIC),
  signal(
    "injection.override",
    "redirect",
    0.4,
    "",
    String.raw`(?<![\u0400-\u04ff])(?:не${S}выходи${S}из${S}роли|отвечай${S}(?:только${S})?как${S}[«"„]?[А-ЯЁ])`,
    false,
    CYRILLIC,
  ),
];
