/**
 * A research agent's policy and its tools' MCP annotations, for the taint tests: every tool
 * of the seed's web-fetch incident, with the taint section a test gives.
 */
import { hashToken } from "@portcullis/sidecar";

/** Annotations as the servers declare them (none for jira/create_issue: the worst case). */
export const HINTS = {
  "web/fetch": { readOnlyHint: true, openWorldHint: true },
  "mail/send_email": { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  "jira/create_issue": undefined,
  "jira/search_issues": { readOnlyHint: true, openWorldHint: false },
  "github/create_pull_request": { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  "github/get_file_contents": { readOnlyHint: true, openWorldHint: false },
  "crm/get_account": { readOnlyHint: true, openWorldHint: false },
  "crm/update_account": { readOnlyHint: false, destructiveHint: false, openWorldHint: false },
  "http/request": { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
} as const;
export type Tool = keyof typeof HINTS;

/** A policy granting the research agent every tool above, with the given taint section. */
export function taintPolicy(taint: string[]): string {
  return [
    "version: 1",
    "subjects:",
    `  - { id: research-agent, roles: [research], tokenSha256: ${hashToken("research")} }`,
    `  - { id: other-agent, roles: [research], tokenSha256: ${hashToken("other")} }`,
    "roles:",
    "  research:",
    "    servers:",
    "      web: { allow: [fetch] }",
    "      mail: { allow: [send_email] }",
    "      jira: { allow: [create_issue, search_issues] }",
    "      github: { allow: [create_pull_request, get_file_contents] }",
    "      crm: { allow: [get_account, update_account] }",
    "      http: { allow: [request] }",
    "taint:",
    ...taint.map((line) => `  ${line}`),
    // A scan deadline fit for a busy test machine: a scan out of time finds nothing to confirm.
    "guardrails:",
    "  - { tools: ['*'], deadlineMs: 30000 }",
  ].join("\n");
}
