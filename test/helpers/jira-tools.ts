/** Upstream tool lists used across tests: what real MCP servers would list. */

/** Ten Jira tools, as a Jira MCP server lists them. */
export const JIRA_TOOLS = [
  { name: "search_issues", annotations: { readOnlyHint: true } },
  { name: "get_issue", annotations: { readOnlyHint: true } },
  { name: "create_issue", annotations: { readOnlyHint: false, destructiveHint: false } },
  { name: "update_issue", annotations: { readOnlyHint: false, destructiveHint: false } },
  { name: "delete_issue", annotations: { readOnlyHint: false, destructiveHint: true } },
  { name: "delete_project", annotations: { readOnlyHint: false, destructiveHint: true } },
  { name: "bulk_update", annotations: { readOnlyHint: false, destructiveHint: true } },
  { name: "add_comment", annotations: { readOnlyHint: false, destructiveHint: false } },
  { name: "transition_issue", annotations: { readOnlyHint: false, destructiveHint: false } },
  { name: "list_projects", annotations: { readOnlyHint: true } },
].map((t) => ({ ...t, description: `Jira ${t.name.replace(/_/g, " ")}`, inputSchema: { type: "object", properties: {} } }));

/** Five GitHub tools. */
export const GITHUB_TOOLS = [
  { name: "search_code", annotations: { readOnlyHint: true } },
  { name: "search_issues", annotations: { readOnlyHint: true } },
  { name: "get_file_contents", annotations: { readOnlyHint: true } },
  { name: "create_pull_request", annotations: { readOnlyHint: false } },
  { name: "delete_branch", annotations: { destructiveHint: true } },
].map((t) => ({ ...t, description: `GitHub ${t.name.replace(/_/g, " ")}`, inputSchema: { type: "object", properties: {} } }));

/** Two web tools. */
export const WEB_TOOLS = [
  { name: "fetch", annotations: { readOnlyHint: true, openWorldHint: true } },
  { name: "post_form", annotations: { readOnlyHint: false } },
].map((t) => ({ ...t, description: `Web ${t.name}`, inputSchema: { type: "object", properties: {} } }));
