"""Neutral surrounding content for secrets/PII rows (no emails, phones, IPs, names or key-like strings)."""
import json

from common import EN_PARAS

LOG_MSGS = [
    "GET /v1/orders?page=%d 200 %dms", "job=nightly_rollup status=started", "connection pool size=%d idle=%d", "cache miss key=product:%d",
    "retrying request attempt=2 backoff=%dms", "POST /v1/checkout 201 %dms", "queue depth=%d", "email queued template=invoice_ready",
    "healthcheck ok", "slow query took %dms table=orders", "job=nightly_rollup status=finished rows=%d", "scheduler tick jobs_due=%d",
    "feature flag refresh count=%d", "GET /healthz 200 %dms", "worker heartbeat seq=%d",
]


def _msg(rng):
    m = rng.choice(LOG_MSGS)
    while "%d" in m:
        m = m.replace("%d", str(rng.randint(1, 5000)), 1)
    return m


def _ts(rng):
    return "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(17, 19), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))


def log_lines(rng, k):
    return ["%s %-5s [%s] %s" % (_ts(rng), rng.choice(["INFO", "INFO", "DEBUG", "WARN"]), rng.choice(["api", "worker-1", "scheduler", "billing", "auth"]), _msg(rng)) for _ in range(k)]


def jsonl_lines(rng, k):
    return [json.dumps({"ts": _ts(rng), "level": rng.choice(["info", "debug"]), "service": rng.choice(["api", "billing", "notifier"]), "msg": _msg(rng)}) for _ in range(k)]


def paras(rng, k):
    p = EN_PARAS[:]
    rng.shuffle(p)
    return p[:k]


def surround(rng, fmt, text, clean_names=True):
    k = rng.choice([1, 1, 2, 3, 4, 6])
    if fmt in ("app_log", "ci_log", "access_log"):
        before = log_lines(rng, rng.randint(1, k + 1)) if fmt != "ci_log" else ["##[group]Run actions/setup-node@v4", "Node 20.18.0 found in cache", "##[endgroup]"][: rng.randint(1, 3)]
        after = log_lines(rng, rng.randint(0, k)) if fmt != "ci_log" else ["Cleaning up orphan processes"]
        if fmt == "access_log":
            return text
        return "\n".join(before) + "\n" + text + ("\n".join(after) + "\n" if after else "")
    if fmt == "jsonl_log":
        return "\n".join(jsonl_lines(rng, rng.randint(1, k + 1))) + "\n" + text + "\n".join(jsonl_lines(rng, rng.randint(0, k))) + ("\n" if k else "")
    if fmt in ("api_json", "json_config"):
        try:
            obj = json.loads(text)
        except ValueError:
            return text
        if fmt == "api_json" and isinstance(obj, dict) and "data" in obj:
            obj = dict(obj)
            obj["meta"] = {"api_version": "2026-09-01", "generated_at": _ts(rng)}
            return json.dumps(obj, indent=2, ensure_ascii=False)
        if fmt == "api_json":
            env = {"data": obj, "meta": {"api_version": "2026-09-01", "page": 1, "generated_at": _ts(rng)}}
            return json.dumps(env, indent=2, ensure_ascii=False)
        if isinstance(obj, dict):
            obj = dict(obj)
            obj.setdefault("$schema", "./config.schema.json")
            obj["retry"] = {"max_attempts": rng.randint(2, 6), "backoff_ms": rng.choice([200, 500, 1000])}
            obj["features"] = {"beta_dashboard": rng.random() < 0.5, "export_csv": True}
        return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
    if fmt in ("dotenv",):
        extra = ["NODE_ENV=production", "TZ=Europe/Berlin", "MAX_UPLOAD_MB=25", "CACHE_TTL_SECONDS=300", "FEATURE_NEW_CHECKOUT=true", "SMTP_PORT=587", "WORKERS=%d" % rng.randint(2, 8)]
        rng.shuffle(extra)
        return text + "\n# ---- runtime ----\n" + "\n".join(extra[:k + 1]) + "\n"
    if fmt in ("yaml_config", "ci_yaml"):
        extra = ["logging:\n  level: info\n  format: json", "healthcheck:\n  path: /healthz\n  interval_seconds: 15", "resources:\n  limits:\n    memory: 512Mi\n    cpu: 500m", "schedule:\n  nightly: \"0 2 * * *\""]
        rng.shuffle(extra)
        return "# managed by platform team — changes via PR only\n" + text.rstrip("\n") + "\n\n" + "\n\n".join(extra[: max(1, k // 2)]) + "\n"
    if fmt in ("code_file", "terraform"):
        if fmt == "terraform" or text.lstrip().startswith(("resource", "module")):
            return text + "\nvariable \"region\" {\n  type    = string\n  default = \"eu-central-1\"\n}\n"
        if "def " in text or "import " in text or text.lstrip().startswith(("#", "client")):
            return "\"\"\"Integration helpers for the reporting service.\"\"\"\nimport logging\n\nlog = logging.getLogger(__name__)\n\n" + text.rstrip("\n") + "\n\n\ndef healthcheck():\n    log.info(\"ok\")\n    return True\n"
        return "// generated: do not edit by hand\n" + text.rstrip("\n") + "\n\nexport const VERSION = '2.%d.%d';\n" % (rng.randint(0, 30), rng.randint(0, 9))
    if fmt == "config_file" and not text.startswith("-----"):
        return "# Managed by config-sync; local edits are overwritten on the next run\n# last sync: %s\n\n" % _ts(rng) + text
    if fmt == "http_response":
        return text.rstrip("\n") + "\ndate: Wed, 19 Nov 2026 %02d:%02d:%02d GMT\nserver: cloudflare\ncache-control: no-store\nvary: Accept-Encoding\n" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    if fmt in ("config_file", "key_file"):
        return text
    if fmt == "slack_export_json":
        try:
            obj = json.loads(text)
        except ValueError:
            return text
        if isinstance(obj, dict) and "messages" in obj:
            obj["messages"] = [{"user_name": "standup-bot", "text": "Reminder: standup in 10 minutes 🕘"}] + obj["messages"] + [{"user_name": "standup-bot", "text": "Thread archived after 7 days of inactivity."}][: k % 2]
        return json.dumps(obj, indent=2, ensure_ascii=False)
    if fmt == "csv_export":
        return text
    if fmt == "sql_result":
        return "reporting=> \\x off\nreporting=> SELECT * FROM v_current LIMIT 50;\n" + text + "Time: %d.%03d ms\n" % (rng.randint(1, 900), rng.randint(0, 999))
    if fmt == "calendar_ics":
        return text.replace("BEGIN:VEVENT\r\n", "BEGIN:VEVENT\r\nDTSTAMP:20261120T%02d%02d00Z\r\nSTATUS:CONFIRMED\r\nLOCATION:Room 4.12\r\n" % (rng.randint(0, 23), rng.randint(0, 59)), 1)
    if fmt == "chat_transcript":
        return "Chat transcript · web widget · 2026-11-%02d\n\n%s\n-- chat ended --\n" % (rng.randint(1, 28), text.rstrip("\n"))
    # prose-like formats: email, support_ticket, pdf_text, page_text, crm_note, wiki_markdown, chat_message
    ps = paras(rng, k)
    pos = rng.randint(0, len(ps))
    if fmt == "email" and text.startswith(("From:", "Subject:")):
        head, _, body = text.partition("\n\n")
        return head + "\n\n" + body.rstrip("\n") + "\n\n" + "\n\n".join(ps[:max(1, k // 2)]) + "\n"
    if fmt == "support_ticket" and text.startswith("Ticket #"):
        return text.rstrip("\n") + "\n\n--- Internal note ---\n" + "\n\n".join(ps[:max(1, k // 2)]) + "\n"
    if fmt == "crm_note":
        return text.rstrip("\n") + "\n\n[2026-11-20 10:15] Note:\n" + ps[0] + "\n"
    if fmt == "pdf_text":
        return "\n\n".join(ps[:pos] + [text.rstrip("\n")] + ps[pos:]) + "\n\n— page %d of %d —\n" % (rng.randint(1, 3), rng.randint(3, 6))
    return "\n\n".join(ps[:pos] + [text.rstrip("\n")] + ps[pos:]) + "\n"
