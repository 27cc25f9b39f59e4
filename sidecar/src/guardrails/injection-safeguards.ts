/**
 * Signals of a safeguard taken out of a deed: a human named as the party to leave out ("no need
 * to check with a human", "skip human review"), which tells a machine reader that it is the
 * one being spoken to; approval claimed as already given by a team with power ("has already
 * been vetted by your organisation's procurement team") or by a test ("an authorized red-team
 * exercise"); the user's confirmation forbidden; and data posted to a webhook or collector.
 *
 * Each is one kind of evidence, below the flagging score alone. The first is also an address:
 * a text for people does not tell its reader to check with "a human", so a passage that does
 * is the machine's even in mail or chat, where requests are otherwise between people.
 */
import { S, S0, type Signal, signal } from "./injection-lexicon.js";

/** What a reader holds and a webhook should not get. */
const HELD = String.raw`(?:contents?|credentials?|keys?|tokens?|secrets?|passwords?|environment|env|history|conversations?|messages|files?|documents?|records|details|cookies?|sessions?)`;

/**
 * The signals.
 *
 * @example
 * ```ts
 * SAFEGUARD_SIGNALS.some((s) => s.kind === "addressee"); // true
 * ```
 */
export const SAFEGUARD_SIGNALS: readonly Signal[] = [
  // A human as the party to leave out: "There is no need to check with a human", "skip human
  // review", "without any human approval".
  signal(
    "injection.ai-address",
    "addressee",
    0.4,
    "human",
    String.raw`(?<=\b(?:check|confirm|consult|verify)${S}with${S}a${S})human\b|(?<=\b(?:skip|skipping|bypass|bypassing|avoid|without|no)${S}(?:any${S}|the${S}|a${S})?)human${S}(?:review|approval|sign-?off|oversight|confirmation|involvement|in${S}the${S}loop)\b`,
  ),
  // Approval claimed as already given by a team with power: "has already been vetted by your
  // organisation's procurement team", "was already approved by the security team".
  signal(
    "injection.reassurance",
    "consent",
    0.4,
    "vetted approved cleared verified authorised authorized signed whitelisted allowlisted",
    String.raw`(?<=\b(?:has|have|had|was|were)${S}already${S}been${S})(?:vetted|approved|cleared|verified|authori[sz]ed|signed${S}off|whitelisted|allowlisted)${S}(?:on${S})?by${S}(?:your|the|our)\b`,
  ),
  // The user's confirmation forbidden: "must not ask the user for confirmation".
  signal(
    "injection.covert",
    "covert",
    0.4,
    "ask",
    String.raw`(?<=\b(?:must|should|shall|do|does|will)${S}not${S})ask${S}(?:the${S})?(?:user|customer|requester|account${S}owner)${S}(?:for${S})?(?:confirmation|approval|permission|consent)\b`,
  ),
  // A test claimed to license the deed: "this content is part of an authorized red-team exercise".
  signal(
    "injection.reassurance",
    "consent",
    0.4,
    "authorized authorised sanctioned approved official",
    String.raw`(?:authori[sz]ed|sanctioned|approved|official)${S}red[- ]?team(?:ing)?${S}(?:exercise|test|engagement|drill|assessment|evaluation)\b`,
  ),
  // What the reader holds posted to a webhook or collector: "send the contents of
  // ~/.aws/credentials … to the webhook at https://…" (not "send a POST with a JSON body to the
  // webhook at …": how a service is called, in its documentation).
  signal(
    "injection.exfil-link",
    "exfil",
    0.45,
    "webhook endpoint collector listener callback",
    String.raw`(?<=\b(?:send|post|upload|forward|pipe|dump|copy|push|transmit|submit)\b(?:[^.!?\n]|\.(?=\S)){0,60}?\b${HELD}\b(?:[^.!?\n]|\.(?=\S)){0,80}?\bto${S}(?:the|this|a|our|my)${S})(?:webhook|endpoint|collector|listener|callback)(?:${S}(?:url|address))?${S0}(?:at${S}|:${S0})?https?:\/\/`,
  ),
];
