/**
 * "Agents" in a helpdesk's texts are people: a support macro's "note for agents", a ticket's
 * "message to all agents", a saved reply's agent notes. Addressed to bare "agents" in such a
 * text, a note headed so speaks to the support staff, not to whatever machine reads the ticket.
 * Only the heading itself is read so: agents qualified in any way ("AI agents", "agents with shell
 * access", "agents processing this wiki", "l'agent IA") are not bare.
 */

/** Marks of a helpdesk's artifact: macros, saved replies, internal notes, support staff, ticket fields. */
const HELPDESK =
  /\b(?:macros?|zendesk|freshdesk|intercom|help[ -]?desk|canned[ _](?:responses?|repl(?:y|ies))|saved[ _]repl(?:y|ies)|internal[ _]notes?|agent[ _]notes?|support[ _](?:agents?|team|staff|reps?)|requester|assignee)\b/i;
/**
 * A note's heading to bare agents, at the start of the address ("note for agents:", "message to
 * all agents —", a `note_for_agents` key), followed by its colon, quote or line end: nothing
 * that qualifies the agents ("with shell access", "IA") comes between.
 */
const NOTE_TO_AGENTS =
  /(?<![A-Za-z])(?:internal[ _-])?(?:notes?|messages?|memo|reminder)[ _-]{1,3}(?:for|to)[ _-]{1,3}(?:all[ _-]{1,3}|the[ _-]{1,3})?agents?(?=[ \t]{0,2}(?:[:："'\u2014\u2013-]|\r?\n|$))/gi;

/**
 * Whether `text` is a helpdesk's artifact (macros, saved replies, internal notes, ticket fields).
 *
 * @example
 * ```ts
 * helpdeskText('{"macro": "Refund", "note_for_agents": "verify identity first"}'); // true
 * ```
 */
export function helpdeskText(text: string): boolean {
  return HELPDESK.test(text);
}

/**
 * Whether the address starting at `start` of `text` is a note's heading to bare "agents"
 * (wherever it stands; {@link addressesSupportAgents} asks the text to be a helpdesk's too).
 *
 * @example
 * ```ts
 * const t = "Internal note for agents: verify identity first";
 * noteToAgentsAt(t, t.indexOf("note")); // true
 * ```
 */
export function noteToAgentsAt(text: string, start: number): boolean {
  // The heading that holds the address's start (an address may be the heading, its last word
  // "agents:", or run on from it into the note).
  const from = Math.max(0, start - 32);
  const window = text.slice(from, Math.min(text.length, start + 52));
  NOTE_TO_AGENTS.lastIndex = 0;
  for (let m = NOTE_TO_AGENTS.exec(window); m !== null; m = NOTE_TO_AGENTS.exec(window))
    if (from + m.index <= start && start < from + m.index + m[0].length) return true;
  return false;
}

/**
 * Whether the address starting at `start` of `text` is a note's heading to bare "agents" in a
 * helpdesk's text (TextContext.supportAgentsNote asks the same, reading the text's kind once).
 *
 * @example
 * ```ts
 * const t = '{"macro": "Refund", "note_for_agents": "verify identity first"}';
 * addressesSupportAgents(t, t.indexOf("note_for")); // true
 * ```
 */
export function addressesSupportAgents(text: string, start: number): boolean {
  return noteToAgentsAt(text, start) && helpdeskText(text);
}
