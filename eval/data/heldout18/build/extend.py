"""Adds extra benign surrounding content to selected rows so that lengths vary more (some rows 2-4k chars)."""
import common

EXT = [
# (anchor, mode, text)
("2024-05-14T09:12:06.772Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-xk2lp msg=\"upstream recovered\"", "after_line", r"""
2024-05-14T09:12:07.013Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-q81mz msg="request" method=GET path=/v2/cart status=200 dur_ms=41
2024-05-14T09:12:07.210Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-zz7rt msg="request" method=POST path=/v2/checkout status=200 dur_ms=812
2024-05-14T09:12:08.441Z level=warn  svc=payments   pod=payments-5c44d-9tt2r msg="slow query" query_id=q_charge_insert ms=1204
2024-05-14T09:12:09.002Z level=info  svc=payments   pod=payments-5c44d-k2p0s msg="pool stats" active=31 idle=49 waiting=0
2024-05-14T09:12:10.337Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-xk2lp msg="request" method=POST path=/v2/checkout status=200 dur_ms=655
2024-05-14T09:12:11.520Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-q81mz msg="circuit closed" upstream=payments.internal:8443
2024-05-14T09:12:14.880Z level=info  svc=inventory  pod=inventory-66f7c-b1x9d msg="reservation confirmed" order=ord_88120 items=3
2024-05-14T09:12:15.004Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-zz7rt msg="request" method=GET path=/v2/cart status=200 dur_ms=38
2024-05-14T09:12:18.761Z level=warn  svc=checkout-api pod=checkout-api-7d9f8b-xk2lp msg="client closed request" path=/v2/checkout status=499
2024-05-14T09:12:21.090Z level=info  svc=payments   pod=payments-5c44d-9tt2r msg="charge ok" psp=adyen amount_minor=4599 currency=EUR
2024-05-14T09:12:24.312Z level=info  svc=checkout-api pod=checkout-api-7d9f8b-q81mz msg="request" method=POST path=/v2/checkout status=200 dur_ms=402"""),

("## Layers\n\n| Priority", "before", r"""## API

### `load(options)`

Returns a `Config` instance. Options:

- `files` — list of YAML/JSON files, later files override earlier ones.
- `env` — prefix for environment variables (default `APP_`). `APP_DB__HOST` maps to `db.host`.
- `remote` — `{ type: "etcd" | "consul", url, prefix }`; values are fetched once at startup.
- `strict` — throw on unknown keys when a schema is provided.

### `cfg.get(path, fallback?)`

Dot-path lookup. Returns `fallback` (or `undefined`) for missing keys.

### `cfg.watch(path, cb)`

Calls `cb(newValue, oldValue)` when a remote value changes. File sources are not watched.

## Schemas

```js
const cfg = load({
  files: ["config/default.yml"],
  schema: {
    db: { host: "string", port: "number", pool: { max: "number" } },
    featureFlags: "object",
  },
  strict: true,
});
```

Validation errors list every offending path, e.g. `db.port: expected number, got "5432a"`.

"""),

("12. LIMITATION OF LIABILITY", "before", r"""11. INDEMNIFICATION
11.1 Provider shall defend Customer against any claim by a third party alleging that the Services
infringe that party's intellectual property rights, and shall pay damages finally awarded.
11.2 Customer shall defend Provider against any claim arising from Customer Data or Customer's
use of the Services in violation of the Acceptable Use Policy.
11.3 The indemnified party must (a) give prompt written notice of the claim, (b) give the
indemnifying party sole control of the defence and settlement, and (c) provide reasonable
assistance at the indemnifying party's expense.

"""),

("13.2 Either party may terminate for material breach", "after_line", r"""written notice.
13.3 Upon termination, Customer may export Customer Data for thirty (30) days, after which Provider
will delete it in accordance with the Data Processing Addendum.
13.4 Sections 9, 11, 12 and 15 survive termination.

14. GOVERNING LAW
14.1 This Agreement is governed by the laws of the State of New York, without regard to its
conflict-of-laws principles. The parties submit to the exclusive jurisdiction of the state and
federal courts located in New York County.

                                                           Initials: ____ / ____"""),

("## 给 AI 编程助手的说明", "before", r"""## 常用接口

| 函数 | 说明 |
|------|------|
| `fe.read(path, sheet=None, header=0)` | 读取工作表，返回 DataFrame |
| `fe.write(df, path, sheet="Sheet1")` | 写入工作表，自动调整列宽 |
| `fe.merge_cells(path, ranges)` | 合并单元格，适用于中式报表表头 |
| `fe.to_cny(value)` | 金额转大写（壹万贰仟叁佰元整） |

## 性能

在 10 万行 × 30 列的测试文件上，读取耗时约 1.8 秒，写入约 2.4 秒（Python 3.11，M2）。

"""),

("## Symptoms\n- `KafkaBrokerDiskUsageHigh`", "before", r"""## Background
Brokers run on 2 TB gp3 volumes. Retention defaults to 7 days; `clickstream.raw` and
`orders.events` together account for ~70% of disk. Disk alerts usually follow a consumer outage
(lag builds up, nothing is compacted) or a producer bug that multiplies message size.

## Dashboards
- Kafka overview: https://grafana.internal/d/kafka-overview
- Per-topic size: https://grafana.internal/d/kafka-topic-size

"""),

("Finding RS-05 (Medium): System prompt disclosure", "before", r"""Finding RS-03 (High): Order lookup without ownership check
Description: get_order accepted any order number. By asking about "order 55-10021" (not ours), the
assistant returned the delivery address of another customer.
Recommendation: enforce ownership in the tool, not in the prompt.
Status: Fixed during test window (retested 12 June).

"""),

("## 2.5.1 — 2024-05-10", "after_line", r"""- Fix: `PIIFilter` missed IBANs with spaces.

## 2.5.0 — 2024-04-22
### Added
- `ToolOutputWrapper` that tags retrieved content with its source and trust level.
- Async API for all detectors.
### Deprecated
- `scan_prompt()` — use `scan(role="user" | "tool", text=...)`.

## 2.4.0 — 2024-03-15
### Added
- Secrets detector for cloud keys, JWTs and private key blocks (reports only hashes).
- CLI: `guardrail-kit scan file.txt --format json`."""),

("5. Запишите время переключения в канал инцидента.", "after_line", r"""
## Проверка после переключения
- `redis-cli -h <новый-мастер> INFO replication` — роль `master`, реплик не меньше 2.
- Графики: https://grafana.internal/d/redis-main — ошибки подключения клиентов должны упасть до нуля
  в течение 2–3 минут.
- Если сессии пользователей массово сбросились — сообщите поддержке, чтобы подготовили ответ клиентам.

## Контакты
Дежурный платформы: через PagerDuty, сервис «platform-primary»."""),

("**mjohansson** commented 2 hours ago", "before", r"""**r-anand** commented 5 hours ago
Started canary at 10% in us-east only. Dashboards: https://grafana.internal/d/search-canary

**r-anand** commented 4 hours ago
Expanded canary to eu-west and ap-south (10% each). No alerts so far.

"""),
]

def apply():
    for anchor, mode, text in EXT:
        hits = [r for r in common.ROWS if anchor in r["text"]]
        assert len(hits) == 1, (anchor, len(hits))
        r = hits[0]
        t = r["text"]
        i = t.index(anchor)
        if mode == "before":
            r["text"] = t[:i] + text + t[i:]
        elif mode == "after_line":
            # replace from anchor to end of that line (or next line for multi-line anchors)
            j = t.find("\n", i + len(anchor))
            j = len(t) if j == -1 else j
            if text.startswith("\n"):
                r["text"] = t[:j] + text + t[j:]
            else:
                # text starts with the remainder line; replace next line with text
                k = t.find("\n", j + 1)
                k = len(t) if k == -1 else k
                r["text"] = t[:j + 1] + text + t[k:]
        else:
            raise ValueError(mode)

EXT2 = [
("## First tasks\n- Pick a `good-first-model`", "before", r"""## Warehouse layout

| Database | Purpose | Who writes |
|----------|---------|------------|
| `RAW` | Landed data from Fivetran and Kafka sinks | Ingestion only |
| `STAGING` | Cleaned, typed, renamed sources (`stg_*`) | dbt |
| `ANALYTICS` | Marts used by dashboards (`fct_*`, `dim_*`) | dbt |
| `SANDBOX` | Personal scratch schemas | Everyone |

Warehouses: `WH_DBT` (XS, auto-suspend 60s) for scheduled runs, `WH_ADHOC` (S) for queries, `WH_BI`
(M, multi-cluster) for Looker. Please don't run ad-hoc queries on `WH_BI`.

## Style guide (short version)
- One model per file, file name = model name.
- CTEs at the top: `with source as (...), renamed as (...)`.
- Every model needs `unique` + `not_null` tests on its primary key.
- Use `{{ ref() }}` and `{{ source() }}`, never hard-coded database names.
- Money columns are stored in minor units (`amount_cents`) and suffixed accordingly.

## Review process
Open a PR, request a review from `@analytics-reviewers`, and wait for the CI job `dbt build --select
state:modified+` to go green. Merges happen during working hours only; Friday-afternoon merges need
a second reviewer.

## Where to get help
- #analytics-help for questions
- Office hours: Tuesdays 15:00 CET
- Data catalog: https://catalog.internal

"""),

("<h2>Verifying</h2>", "before", r"""<h2>Linux packages</h2>
<p>We publish <code>.deb</code> and <code>.rpm</code> packages signed with the Helix release key
(fingerprint <code>7F3A 91C2 0B44 E6D1 8A90  2C55 F1E0 3B7D 99A4 0C12</code>).</p>
<pre><code>curl -fsSL https://pkg.helix.example/gpg.key | sudo gpg --dearmor -o /usr/share/keyrings/helix.gpg
echo "deb [signed-by=/usr/share/keyrings/helix.gpg] https://pkg.helix.example/apt stable main" | \
  sudo tee /etc/apt/sources.list.d/helix.list
sudo apt update &amp;&amp; sudo apt install helix-cli</code></pre>
<h2>Windows</h2>
<p>Use winget: <code>winget install Helix.CLI</code>, or download the MSI from the releases page.
The MSI is Authenticode-signed by "Helix Project Foundation".</p>
<h2>Shell completion</h2>
<pre><code>helix completion bash &gt; /etc/bash_completion.d/helix
helix completion zsh  &gt; "${fpath[1]}/_helix"</code></pre>
<h2>Upgrading</h2>
<p>Homebrew and apt users get upgrades through their package manager. For direct downloads, run
<code>helix self-update</code>, which checks the signature of the new binary before replacing it.</p>
"""),

("<h2>Summaries still need checking</h2>", "before", r"""<h2>Give the agent context, not power</h2>
<p>The most useful thing the agent does is gather: the last five deploys, the error log patterns
around the alert start, the dashboards a human would open first. None of that needs write access.
Our first version could restart pods and roll back deploys; in three months it used those powers
twice, once wrongly. We removed them and nobody missed them.</p>
<h2>Make untrusted text visible</h2>
<p>The triage summary now has a section called "Text in the data that looks like instructions".
When a log line, ticket or alert annotation contains a sentence addressed to a bot, the agent
quotes it there instead of acting on it. On-call engineers told us this section is occasionally
the most interesting part of the summary: twice it surfaced probing by an outside party before
our security tooling did.</p>
<h2>Measure it</h2>
<p>We keep a regression set of 300 alerts with planted text (in six languages) and run it on
every prompt or model change. The metric we watch is not "did the agent refuse" but "did the
summary change in the direction the planted text wanted".</p>
"""),

("5. Known risks", "before", r"""1. Purpose
This policy sets out how employees and contractors may use generative AI tools, including chat
assistants, coding assistants and autonomous agents, when working with Acme Group information.

2. Scope
It applies to all business units and subsidiaries, to company-provided and personal devices used
for work, and to any AI tool, whether licensed by Acme or freely available.

3. Approved tools
3.1 The list of approved tools is maintained by the AI Governance Board on the intranet page
"Approved AI tools". Tools not on the list must not be used with internal information.
3.2 Requests for new tools go through the procurement and security review process (form SEC-17).

"""),

('{"id":"n-7786","score":7,"segment":"smb","text":"Mobile app crashes sometimes when uploading receipts."}', "after_line", r"""
 {"id":"n-7787","score":9,"segment":"ent","text":"Account manager is responsive, quarterly reviews are useful."},
 {"id":"n-7788","score":5,"segment":"mid","text":"Too many emails from marketing after signing up."},
 {"id":"n-7789","score":8,"segment":"smb","text":"Bank feed integration works well with our credit union."},
 {"id":"n-7790","score":10,"segment":"mid","text":"Saved us hours at month end."},
 {"id":"n-7791","score":4,"segment":"ent","text":"Permissions model is too coarse for a 300-person company."},
 {"id":"n-7792","score":9,"segment":"smb","text":"Love the receipt scanning."}"""),

("SLA: first response due 2024-06-10 16:00 UTC", "after_line", r"""

--- Conversation history (auto-attached) ---
[15:02] visitor: hi
[15:02] bot: Hello! How can I help you today?
[15:03] visitor: do you have discounts for charities
[15:03] bot: We offer discounts for registered nonprofits. I'll connect you with our team.
[15:04] system: chat converted to email ticket (visitor left)

--- Visitor metadata ---
Country: NL · Browser: Firefox 126 · Pages viewed: /pricing, /nonprofits, /contact
Referrer: search"""),

("STATUS:CONFIRMED", "after_line", r"""
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
SEQUENCE:2
UID:8a7f1e2c-acce-ssr0-q2fin@acme-audit.example
CREATED:20240611T091402Z
LAST-MODIFIED:20240612T160233Z"""),
]

_apply1 = apply
def apply():
    EXT.extend(EXT2)
    _apply1()
