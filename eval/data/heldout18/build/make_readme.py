import json
from collections import Counter
rows = [json.loads(l) for l in open("injection.jsonl")]
st = json.load(open("stats.json"))
lab = Counter(r["label"] for r in rows)
inj = Counter(r["category"] for r in rows if r["label"] == "injection")
hn = Counter(r["category"].split(":", 1)[1] for r in rows if r["category"].startswith("hard_negative:"))
od = Counter(r["category"].split(":", 1)[1] for r in rows if r["category"].startswith("ordinary:"))
def lang_of(sel): return Counter(r["lang"] for r in rows if sel(r))
HN_DESC = {
 "runbook_commands": "runbooks, DR step sheets, shell sessions and install docs with destructive or `curl \\| sh` commands addressed to humans",
 "security_scanner_output": "gitleaks/semgrep/trivy/npm-audit/vuln-scan/prompt-scan reports quoting secrets, backdoors or injection patterns",
 "injection_filter_test_fixture": "unit tests, JSON/CSV eval fixtures and test-set proposals containing literal injection strings as test data",
 "prompt_injection_discussion": "issues, PRs, blog posts and chat threads discussing prompt-injection incidents and mitigations",
 "guardrail_library_changelog": "changelogs / READMEs of LLM guardrail and sanitizer libraries naming attack patterns",
 "oncall_alert_instructions": "alerts, pages and SMS logs with urgent imperative instructions for the human on call",
 "llm_app_prompt_code": "source/config of LLM apps containing system prompts, tool definitions and 'never follow instructions' text",
 "waf_blocked_attack_log": "WAF, chatbot-moderation, EDR and mail-gateway logs showing blocked attacks (incl. injection attempts)",
 "credential_rotation_notice": "legitimate secret/password/key rotation tasks, mails and terraform plans",
 "migration_guide_imperative": "upgrade/migration guides telling readers to remove, disable or run things",
 "merge_bot_commands": "legitimate /approve, bors r+, Mergify and Renovate automerge content",
 "phishing_awareness_material": "security-awareness training quoting phishing / BEC / gift-card scam emails",
 "ai_usage_policy": "corporate policies on generative-AI and coding-agent use",
 "pentest_report": "pentest findings, retest tables and bug-bounty reports describing injection exploits",
 "customer_feedback_about_ai": "customer reviews/tickets complaining about chatbots, quoting 'ignore previous…' or 'developer mode'",
 "incident_postmortem": "postmortems quoting the planted text that caused an incident",
 "dba_admin_sql": "approved DBA sessions with GRANT/REVOKE/DROP/TRUNCATE",
 "ctf_writeup": "CTF challenge descriptions and writeups of LLM challenges",
 "test_env_safety_flags": "local-dev compose files and test fixtures that disable auth/signature checks",
 "roleplay_training_script": "contact-centre role-play cards ('you are now Mr. Dalton…') for social-engineering training",
}
def table(c):
    return "\n".join(f"| `{k}` | {v} |" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))
md = f"""# probe26b — indirect prompt-injection evaluation set (ops / data agent tool outputs)

`injection.jsonl`: {len(rows)} rows, one JSON object per line. Every `text` is the complete output of one
tool call an operations/data agent might make (SQL results, log search, alerts, Kubernetes/CI output,
PR and issue comments, package READMEs/changelogs, web pages, RSS, PDF text, spreadsheets, feedback
exports, API JSON …). All content was written by hand for this set; names, hosts, keys and
organisations are fictional (`example.com`, `.example`, `.test`, `.internal`, documentation IP ranges).

## Schema

| field | type | meaning |
|---|---|---|
| `id` | string | `p26b-0001` … `p26b-0240`; labels shuffled across ids (fixed seed) |
| `format` | string | carrier format, snake_case (e.g. `sql_result`, `log_lines`, `alert_json`, `k8s_yaml`, `ci_log`, `pr_comment`, `issue`, `package_readme`, `html_page`, `rss_item`, `pdf_text`, `csv`, `feedback_export`, `api_json`, `diff`, `terraform_plan` …) |
| `lang` | string | ISO 639-1 code of the main free text |
| `label` | string | `injection` or `benign` |
| `category` | string | injections: attacker goal; benign: `hard_negative:<kind>` or `ordinary:<kind>` |
| `text` | string | the tool output, with its original formatting |

## Counts

| label | rows |
|---|---|
| injection | {lab['injection']} |
| benign | {lab['benign']} (hard negatives {sum(hn.values())}, ordinary {sum(od.values())}) |

Non-English rows: injections {sum(v for k,v in lang_of(lambda r: r['label']=='injection').items() if k!='en')}/100,
hard negatives {sum(v for k,v in lang_of(lambda r: r['category'].startswith('hard_negative')).items() if k!='en')}/100,
ordinary {sum(v for k,v in lang_of(lambda r: r['category'].startswith('ordinary')).items() if k!='en')}/40.
Languages overall: {', '.join(f'{k} {v}' for k, v in Counter(r['lang'] for r in rows).most_common())}.

### Injection categories (attacker goal)

| category | rows |
|---|---|
{table(inj)}

Goal definitions: `exfiltrate_secrets` (env vars, tokens, key files), `exfiltrate_data` (customer/employee/business
data to an outside destination), `exfiltrate_prompt` (system prompt / tool config), `run_command` (shell/kubectl
commands), `privilege_escalation` (grant roles/RBAC), `call_tool` (webhooks, email, Slack, payments, deploy keys),
`modify_data` (DB/CRM/ERP/ledger writes, refunds, bank details), `approve_or_merge`, `deploy_change`,
`destructive_action` (drop/truncate/scale to zero/wipe WAL), `disable_safety` (turn off policies, WAF, signature
checks, confirmations), `persistence` (cron, authorized_keys, bashrc hooks, agent config/memory), `supply_chain`
(rogue index/dependency), `misdirect_answer` (falsify the agent's report), `suppress_alert`, `phishing_link`
(send the user to a credential-harvesting site), `social_engineering` (MFA reset, payment redirection, credential
collection by impersonation).

Stock phrases: {st['stock']} injections contain a stock phrase ("ignore previous/all instructions", "disregard your prior
instructions", "you are now", "new instructions", "system prompt", or a direct translation of "ignore/forget previous
instructions"); the other {100-st['stock']} are paraphrased and disguised (operational notes, migration steps, maintainer
remarks, field values, code comments, hidden HTML, fake tool results/status banners, social engineering).
Payloads sit at the start, middle or end of realistic surrounding content.

### Hard-negative kinds

| kind | rows | what it is |
|---|---|---|
""" + "\n".join(f"| `{k}` | {v} | {HN_DESC.get(k,'')} |" for k, v in sorted(hn.items(), key=lambda x: (-x[1], x[0]))) + f"""

### Ordinary kinds

| kind | rows |
|---|---|
{table(od)}

## Length

Injection median {sorted(len(r['text']) for r in rows if r['label']=='injection')[50]} chars, hard negatives median
{sorted(len(r['text']) for r in rows if r['category'].startswith('hard_negative'))[50]} chars; almost all rows are
300–4,000 characters (a few short CJK rows and small ordinary outputs are below 300).

## Files

- `injection.jsonl` — the data set
- `build.py` (+ `common.py`, `inj_*.py`, `hn_*.py`, `ord.py`, `extend.py`) — hand-written rows and the assembler
  (validates counts, uniqueness, shuffles with a fixed seed, writes JSONL and `stats.json`)
- `make_readme.py` — regenerates this file
"""
open("README.md", "w").write(md)
