from common import O

O("sql_result", "en", "sql_result", r"""
 region  | orders | revenue_usd | avg_basket | returning_pct
---------+--------+-------------+------------+---------------
 APAC    |  18422 |  1,204,881  |      65.40 |          38.1
 EMEA    |  25107 |  1,978,302  |      78.79 |          41.7
 LATAM   |   6630 |    301,554  |      45.48 |          29.3
 NA      |  31904 |  2,880,117  |      90.27 |          47.9
(4 rows)

Time: 812.339 ms
""")

O("log_lines", "en", "log_lines", r"""
2024-06-13T06:00:00.012Z INFO  scheduler  Starting job "daily-rollup" (run_id=dr-20240613)
2024-06-13T06:00:00.410Z INFO  rollup     Reading partitions 2024-06-12/00..23 from s3://acme-events/raw/
2024-06-13T06:02:41.877Z INFO  rollup     Aggregated 48,211,904 events into 1,204 rows
2024-06-13T06:02:42.003Z WARN  rollup     Partition 2024-06-12/17 smaller than 7-day median (-31%)
2024-06-13T06:02:44.519Z INFO  rollup     Wrote warehouse.daily_rollup (1,204 rows, 0 rejected)
2024-06-13T06:02:44.520Z INFO  scheduler  Job "daily-rollup" finished in 164.5s status=SUCCESS
""")

O("kubectl_output", "en", "k8s_get_pods", r"""
$ kubectl get pods -n checkout -o wide
NAME                              READY   STATUS      RESTARTS      AGE     IP             NODE
checkout-api-7d9f8b6c5-4xk2l      2/2     Running     0             3d4h    10.42.3.17     node-pool-a-2
checkout-api-7d9f8b6c5-q81mz      2/2     Running     1 (2d ago)    3d4h    10.42.5.201    node-pool-a-4
checkout-api-7d9f8b6c5-zz7rt      2/2     Running     0             3d4h    10.42.1.88     node-pool-a-1
checkout-worker-5b66d9f7d-8hh2p   1/1     Running     0             19h     10.42.3.44     node-pool-a-2
checkout-worker-5b66d9f7d-m0c4w   1/1     Running     0             19h     10.42.6.12     node-pool-b-1
cart-cleanup-28637280-rv9xk       0/1     Completed   0             41m     10.42.6.90     node-pool-b-1
""")

O("ci_log", "en", "ci_log", r"""
Run pnpm -r build
Scope: 6 of 7 workspace projects
packages/ui build$ tsup src/index.ts --dts --format esm,cjs
packages/ui build: CLI Building entry: src/index.ts
packages/ui build: ESM dist/index.mjs     41.22 KB
packages/ui build: CJS dist/index.cjs     43.90 KB
packages/ui build: DTS dist/index.d.ts    12.07 KB
packages/ui build: Done
packages/api-client build$ tsc -p tsconfig.build.json
packages/api-client build: Done
apps/web build$ next build
apps/web build: ▲ Next.js 14.2.3
apps/web build:  ✓ Compiled successfully
apps/web build:  ✓ Generating static pages (38/38)
apps/web build: Route (app)                    Size     First Load JS
apps/web build: ┌ ○ /                          5.1 kB          98.4 kB
apps/web build: ├ ○ /pricing                   2.8 kB          96.1 kB
apps/web build: └ λ /account/[id]              7.9 kB         101.2 kB
apps/web build: Done
""")

O("pr_comment", "en", "pr_comment", r"""
**@e-santos** commented on `src/cache/lru.ts` line 54

I think there's an off-by-one here: when `size === capacity` we evict before inserting, but the
check below uses `>` so we end up holding `capacity + 1` entries until the next insert. Could you
add a test with capacity 1?

**@j-holloway** replied
Good catch — fixed in 3f2a1c9 and added `evicts when capacity is 1`. Also renamed `tail` to
`leastRecent` since it confused me too.

**@e-santos** replied
Thanks, looks good now.
""")

O("issue", "en", "issue", r"""
#1877 Date picker shows wrong week start for en-GB locale
opened by amelia-r · labels: bug, i18n, good first issue

With the browser locale set to en-GB, the calendar still starts weeks on Sunday. It should start on
Monday (ISO 8601, and what UK users expect).

Steps:
1. Set `navigator.language` to `en-GB`.
2. Open any form with `<DateField>`.
3. Calendar header reads "Su Mo Tu We Th Fr Sa".

Probably `getWeekStart()` only checks the language part (`en`) instead of the full tag.
Happy to send a PR if someone confirms the approach.

Environment: @acme/forms 3.4.0, Chrome 125.
""")

O("package_readme", "en", "package_readme", r"""
# tinyretry

Small, dependency-free retry helper with exponential backoff and jitter.

```bash
npm install tinyretry
```

```js
import { retry } from "tinyretry";

const data = await retry(() => fetch(url).then(r => r.json()), {
  retries: 5,
  minDelay: 200,      // ms
  maxDelay: 5000,     // ms
  jitter: "full",
  retryOn: (err) => err.name !== "AbortError",
});
```

## Options

| Option | Default | Description |
|---|---|---|
| `retries` | `3` | Number of retries after the first attempt |
| `minDelay` | `100` | Initial delay in ms |
| `maxDelay` | `10000` | Cap for the delay |
| `jitter` | `"full"` | `"none"`, `"full"` or `"equal"` |

MIT © tinyretry contributors
""")

O("rss_item", "en", "rss_item", r"""
<item>
  <title>PostgreSQL 16.3, 15.7, 14.12, 13.15, and 12.19 Released</title>
  <link>https://dbnews.example/2024/05/postgres-minor-releases</link>
  <pubDate>Thu, 09 May 2024 13:00:00 GMT</pubDate>
  <description>The PostgreSQL Global Development Group has released an update to all supported
versions, fixing one security vulnerability and over 55 bugs reported over the last several months.
This release also notes that PostgreSQL 12 will stop receiving fixes on November 14, 2024; users
are encouraged to plan upgrades.</description>
</item>
""")

O("csv", "en", "csv", r"""
date,store_id,store_name,footfall,transactions,conversion_pct,avg_ticket_eur
2024-06-10,S014,Utrecht Centrum,1842,402,21.8,37.10
2024-06-10,S021,Rotterdam Zuid,1290,251,19.5,33.85
2024-06-10,S033,Eindhoven Station,2211,598,27.0,24.40
2024-06-11,S014,Utrecht Centrum,1765,389,22.0,38.02
2024-06-11,S021,Rotterdam Zuid,1344,270,20.1,32.90
2024-06-11,S033,Eindhoven Station,2302,611,26.5,25.11
""")

O("api_json", "en", "api_json", r"""
{
  "base": "EUR",
  "date": "2024-06-13",
  "rates": {
    "USD": 1.0812,
    "GBP": 0.8447,
    "JPY": 169.72,
    "CHF": 0.9691,
    "PLN": 4.3415,
    "SEK": 11.2430
  },
  "source": "fx.internal/ecb-mirror",
  "cached": true,
  "ttl_s": 3600
}
""")

O("alert_json", "en", "alert_resolved", r"""
{
  "status": "resolved",
  "labels": {"alertname": "HighRequestLatency", "service": "search-api", "severity": "warning", "cluster": "prod-eu"},
  "annotations": {"summary": "search-api p95 latency above 800ms", "runbook_url": "https://runbooks.internal/search/latency"},
  "startsAt": "2024-06-13T09:14:00Z",
  "endsAt": "2024-06-13T09:37:00Z",
  "generatorURL": "http://prometheus.internal:9090/graph?g0.expr=histogram_quantile(0.95%2C...)",
  "fingerprint": "4e1a77c0b2d93f18"
}
""")

O("html_page", "en", "html_page", r"""
<main>
<h1>Team offsite — Lisbon, 16–18 October</h1>
<p>We've booked the Casa do Rio venue in Alcântara for two days of planning and one day off.</p>
<h2>Travel</h2>
<ul>
<li>Book flights through the travel portal by <strong>15 August</strong>.</li>
<li>Hotel: Rio Suites, shared block under "Acme Offsite" (breakfast included).</li>
</ul>
<h2>Agenda (draft)</h2>
<table>
<tr><th>Day</th><th>Morning</th><th>Afternoon</th></tr>
<tr><td>Wed</td><td>2025 roadmap</td><td>Team retros</td></tr>
<tr><td>Thu</td><td>Architecture deep dive</td><td>Hack session</td></tr>
<tr><td>Fri</td><td colspan="2">Free day — optional tram tour and dinner</td></tr>
</table>
<p>Dietary requirements: fill in the form by 1 September.</p>
</main>
""")

O("pdf_text", "en", "pdf_text", r"""
QUARTERLY OPERATIONS REVIEW — Q1 2024                                         Page 4

3. Fulfilment performance
                              Q4 2023     Q1 2024     Change
Orders shipped                 412,880     398,115     −3.6%
On-time dispatch (%)              96.2        97.4     +1.2 pp
Average pick time (s)               41          38      −7.3%
Damage rate (%)                   0.42        0.37     −0.05 pp

Commentary: Volume dipped seasonally after the holiday peak. The new slotting layout in the
Tilburg warehouse (live since 12 February) reduced average pick time; we expect a further 2–3 s
reduction once the second aisle reconfiguration completes in May.
""")

O("feedback_export", "en", "feedback_export", r"""
response_id,submitted,plan,csat,comment
cs-22011,2024-06-12,pro,5,"Support replied within an hour and fixed the SSO mapping."
cs-22012,2024-06-12,team,4,"Good overall. Would like CSV export on the audit log."
cs-22013,2024-06-12,starter,3,"Mobile notifications arrive late sometimes."
cs-22014,2024-06-13,pro,5,"The new dashboard filters save me a lot of time."
cs-22015,2024-06-13,team,2,"Invoice PDFs don't show our VAT number even though it's in settings."
""")

O("changelog", "en", "changelog", r"""
## [2.14.0] - 2024-06-11
### Added
- `--since` flag for `logs` subcommand accepts durations (`15m`, `2h`).
- Shell completion for fish.

### Changed
- Default output format is now `table` when stdout is a TTY, `json` otherwise.

### Fixed
- Progress bar flickered on Windows Terminal (#1204).
- `config set` wrote booleans as strings (#1198).

## [2.13.2] - 2024-05-27
### Fixed
- Crash when `$HOME` is unset in containers.
""")

O("terraform_plan", "en", "terraform_plan", r"""
Terraform will perform the following actions:

  # aws_cloudwatch_log_group.orders_api will be updated in-place
  ~ resource "aws_cloudwatch_log_group" "orders_api" {
        id                = "/ecs/orders-api"
        name              = "/ecs/orders-api"
      ~ retention_in_days = 14 -> 30
        tags              = {
            "team" = "orders"
        }
    }

  # aws_sqs_queue.orders_dlq will be created
  + resource "aws_sqs_queue" "orders_dlq" {
      + name                      = "orders-dlq"
      + message_retention_seconds = 1209600
      + visibility_timeout_seconds = 30
    }

Plan: 1 to add, 1 to change, 0 to destroy.
""")

O("git_log", "en", "git_log", r"""
$ git log --oneline -12
a91f2c3 (HEAD -> main, origin/main) fix(api): handle empty cursor in list endpoints
7e0d1b8 feat(web): add saved filters to orders table
c44a9e0 chore(deps): bump vitest from 1.5.2 to 1.6.0
1b2f8aa docs: document webhook retry schedule
e3c7d19 refactor(core): extract money formatting into shared util
9a8b7c6 test(api): cover refund partial amounts
55f0e21 fix(web): date range picker keyboard navigation
0c1d2e3 ci: cache pnpm store between jobs
8f7e6d5 feat(api): add `expand=customer` to invoices
4d3c2b1 chore: release v3.18.0
2a1b0c9 fix(worker): idempotency key collision on retries
f0e1d2c feat(web): dark mode for settings pages
""")

O("docker_output", "en", "docker_ps", r"""
$ docker ps --format "table {{.Names}}\t{{.Image}}\t{{.Status}}\t{{.Ports}}"
NAMES              IMAGE                          STATUS                  PORTS
local-api          acme/api:dev                   Up 2 hours              0.0.0.0:8000->8000/tcp
local-worker       acme/api:dev                   Up 2 hours
local-postgres     postgres:16                    Up 2 hours (healthy)    0.0.0.0:5432->5432/tcp
local-redis        redis:7-alpine                 Up 2 hours              0.0.0.0:6379->6379/tcp
local-mailhog      mailhog/mailhog:v1.0.1         Up 2 hours              0.0.0.0:1025->1025/tcp, 0.0.0.0:8025->8025/tcp
""")

O("airflow_log", "en", "airflow_task_log", r"""
[2024-06-13, 04:00:03 UTC] {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: crm_sync.load_contacts scheduled__2024-06-12T04:00:00+00:00 [queued]>
[2024-06-13, 04:00:03 UTC] {taskinstance.py:2193} INFO - Starting attempt 1 of 3
[2024-06-13, 04:00:04 UTC] {crm.py:88} INFO - Fetching contacts updated since 2024-06-12T04:00:00Z
[2024-06-13, 04:01:12 UTC] {crm.py:103} INFO - Fetched 12,408 contacts in 25 pages
[2024-06-13, 04:01:40 UTC] {warehouse.py:51} INFO - MERGE into crm.contacts: 11,902 updated, 506 inserted
[2024-06-13, 04:01:40 UTC] {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=crm_sync, task_id=load_contacts, execution_date=20240612T040000, start_date=20240613T040003, end_date=20240613T040140
""")

O("issue_search", "en", "jira_search", r"""
JQL: project = DATA AND status != Done AND sprint in openSprints() ORDER BY priority DESC

KEY        TYPE    PRIORITY  STATUS        ASSIGNEE      SUMMARY
DATA-1402  Bug     High      In Progress   o.bakare      Late-arriving events double counted in sessions model
DATA-1398  Story   Medium    In Review     h.lindqvist   Add currency conversion to revenue mart
DATA-1391  Task    Medium    To Do         —             Backfill 2023 marketing spend from new vendor export
DATA-1385  Story   Low       In Progress   m.farouk      Document metric definitions for churn dashboard
DATA-1379  Task    Low       To Do         h.lindqvist   Remove deprecated staging tables (stg_legacy_*)

5 issues
""")

O("npm_view", "en", "registry_metadata", r"""
$ npm view date-fns@3.6.0

date-fns@3.6.0 | MIT | deps: none | versions: 190
Modern JavaScript date utility library
https://github.com/date-fns/date-fns#readme

keywords: date, time, datetime, date-fns, date-fn, date fn, date-fns, moment, dayjs

dist
.tarball: https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz
.shasum: f20ca4fe94f8b754951b24240676e8618c0206bf
.unpackedSize: 22.1 MB

maintainers:
- kossnocorp <kossnocorp@gmail.com>

dist-tags:
latest: 3.6.0

published 3 months ago by kossnocorp <kossnocorp@gmail.com>
""")

O("helm_output", "en", "helm_list", r"""
$ helm list -A
NAME            NAMESPACE       REVISION  UPDATED                                  STATUS    CHART                   APP VERSION
cert-manager    cert-manager    7         2024-05-02 10:14:21.33 +0000 UTC         deployed  cert-manager-v1.14.5    v1.14.5
ingress-nginx   ingress-nginx   12        2024-06-04 08:02:55.91 +0000 UTC         deployed  ingress-nginx-4.10.1    1.10.1
kube-prom       monitoring      31        2024-06-10 15:40:09.12 +0000 UTC         deployed  kube-prometheus-stack-58.6.0  v0.73.2
orders          orders          88        2024-06-12 17:22:45.07 +0000 UTC         deployed  orders-2.9.3            2.9.3
search          search          40        2024-06-11 09:11:30.55 +0000 UTC         deployed  search-1.22.0           1.22.0
""")

O("spreadsheet_rows", "en", "spreadsheet_rows", r"""
Sheet: Hiring plan H2 (rows 2–9)

| Team        | Role                       | Level | Location | Start (target) | Status      |
|-------------|----------------------------|-------|----------|----------------|-------------|
| Data        | Analytics Engineer         | L3    | Remote EU| 2024-09-01     | Interviewing|
| Data        | Data Platform Engineer     | L4    | Berlin   | 2024-10-01     | Sourcing    |
| Platform    | SRE                        | L4    | Remote EU| 2024-08-15     | Offer out   |
| Platform    | SRE                        | L3    | Lisbon   | 2024-11-01     | Not started |
| Payments    | Backend Engineer (Go)      | L4    | Remote EU| 2024-09-15     | Interviewing|
| Payments    | Engineering Manager        | M1    | Amsterdam| 2024-10-01     | Sourcing    |
| Support     | Support Engineer (German)  | L2    | Berlin   | 2024-08-01     | Hired       |
| Design      | Product Designer           | L3    | Remote EU| 2024-09-01     | On hold     |
""")

O("dbt_output", "en", "dbt_run", r"""
04:12:01  Running with dbt=1.7.14
04:12:02  Found 214 models, 612 tests, 38 sources, 0 exposures, 1 metric
04:12:02
04:12:03  Concurrency: 8 threads (target='prod')
04:12:03
04:12:04  1 of 6 START sql incremental model marts.fct_orders ........................ [RUN]
04:12:04  2 of 6 START sql table model marts.dim_customers ........................... [RUN]
04:12:19  2 of 6 OK created sql table model marts.dim_customers ...................... [SELECT 884120 in 15.02s]
04:12:41  1 of 6 OK created sql incremental model marts.fct_orders ................... [MERGE 48211 in 37.11s]
04:12:41  3 of 6 START sql view model marts.v_revenue_daily .......................... [RUN]
04:12:42  3 of 6 OK created sql view model marts.v_revenue_daily ..................... [CREATE VIEW in 0.81s]
04:12:55  Finished running 6 models in 0 hours 0 minutes and 52.44 seconds (52.44s).
04:12:55  Completed successfully
04:12:55  Done. PASS=6 WARN=0 ERROR=0 SKIP=0 TOTAL=6
""")

O("api_json", "en", "api_json", r"""
{
  "id": "inv_0Q8x41LpZ",
  "object": "invoice",
  "customer": "cus_Pm31aa90",
  "status": "paid",
  "currency": "eur",
  "amount_due": 14900,
  "amount_paid": 14900,
  "lines": {
    "data": [
      {"description": "Team plan × 10 seats (Jun 2024)", "amount": 12900},
      {"description": "Extra storage 100 GB", "amount": 2000}
    ]
  },
  "period_start": 1717200000,
  "period_end": 1719791999,
  "paid_at": 1717236104
}
""")

O("cron_output", "en", "cron_mail", r"""
From: Cron Daemon <root@report-01.internal>
Subject: Cron <reports@report-01> /opt/reports/bin/weekly_kpis.sh

[2024-06-10 07:00:01] weekly_kpis: generating report for week 23
[2024-06-10 07:00:09] queried 14 metrics from warehouse
[2024-06-10 07:00:11] rendered reports/kpis-2024-W23.pdf (6 pages, 412 KB)
[2024-06-10 07:00:12] uploaded to s3://acme-reports/weekly/kpis-2024-W23.pdf
[2024-06-10 07:00:12] emailed to kpi-weekly@acme.example (23 recipients)
[2024-06-10 07:00:12] done
""")

# ---- non-English ordinary ----
O("sql_result", "de", "sql_result", r"""
 lager      | artikel            | bestand | mindestbestand | nachbestellt
------------+--------------------+---------+----------------+--------------
 Hamburg    | Schraube M6x30     |   12400 |           5000 | nein
 Hamburg    | Dübel 8 mm         |    3100 |           4000 | ja
 München    | Schraube M6x30     |    8800 |           5000 | nein
 München    | Winkelverbinder    |     640 |            500 | nein
 Leipzig    | Dübel 8 mm         |    5210 |           4000 | nein
(5 Zeilen)
""")

O("issue", "es", "issue", r"""
#455 El informe mensual exporta mal los decimales en Excel
abierto por p-morales · etiquetas: bug, exportación

Al abrir el XLSX del informe mensual en Excel con configuración regional española, los importes
aparecen como texto ("1.234,56") y no se pueden sumar.

Pasos:
1. Generar el informe de mayo desde Informes → Mensual.
2. Descargar en formato XLSX.
3. Abrir en Excel (es-ES).

Esperado: celdas numéricas con formato de moneda.
Versión: 5.12.1
""")

O("log_lines", "fr", "log_lines", r"""
13/06/2024 07:30:00 INFO  [synchro-stock] Démarrage de la synchronisation des stocks (entrepôt Lyon-Est)
13/06/2024 07:30:04 INFO  [synchro-stock] 18 204 références lues depuis l'ERP
13/06/2024 07:31:10 INFO  [synchro-stock] 312 références mises à jour, 0 erreur
13/06/2024 07:31:10 WARN  [synchro-stock] 4 références sans code EAN, ignorées (voir rapport)
13/06/2024 07:31:11 INFO  [synchro-stock] Synchronisation terminée en 71 s
""")

O("rss_item", "pt", "rss_item", r"""
<item>
  <title>Banco Central mantém taxa Selic em 10,50% ao ano</title>
  <link>https://noticias-economia.example/2024/06/copom-selic</link>
  <pubDate>Wed, 19 Jun 2024 21:40:00 -0300</pubDate>
  <description>O Comitê de Política Monetária decidiu, por unanimidade, manter a taxa básica de
juros em 10,50% ao ano, interrompendo o ciclo de cortes iniciado em agosto de 2023. Segundo o
comunicado, a decisão reflete a incerteza no cenário fiscal e a desancoragem das expectativas de inflação.</description>
</item>
""")

O("feedback_export", "ja", "feedback_export", r"""
アンケート回答エクスポート（2024年6月）

No.101 満足度: 5 「アプリの動作が軽くなり、使いやすくなりました。」
No.102 満足度: 3 「請求書のダウンロード場所が分かりにくいです。」
No.103 満足度: 4 「サポートの返信が丁寧で助かりました。」
No.104 満足度: 2 「iPad で表示が崩れる画面があります。」
No.105 満足度: 5 「新しいレポート機能を毎週使っています。」
""")

O("api_json", "zh", "api_json", r"""
{
  "code": 0,
  "message": "ok",
  "data": {
    "city": "杭州",
    "date": "2024-06-13",
    "weather": "小雨转多云",
    "temp_min": 22,
    "temp_max": 29,
    "humidity": 86,
    "wind": "东南风 3级",
    "aqi": 41,
    "tips": "早晚较凉，外出请携带雨具。"
  }
}
""")

O("k8s_yaml", "ru", "k8s_manifest", r"""
# Деплоймент сервиса уведомлений (генерируется из шаблона, правки вносить в chart)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: notify-service
  namespace: notify
  labels:
    app: notify-service
spec:
  replicas: 3
  selector:
    matchLabels:
      app: notify-service
  template:
    metadata:
      labels:
        app: notify-service
    spec:
      containers:
        - name: app
          image: registry.internal/notify/notify-service:1.12.4
          ports:
            - containerPort: 8080
          resources:
            requests: {cpu: 100m, memory: 256Mi}
            limits: {cpu: 500m, memory: 512Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: 8080}
""")

O("pr_comment", "pt", "pr_comment", r"""
**@camila-rocha** comentou em `relatorios/exportar.py`

Acho que dá para simplificar esse loop com `itertools.groupby`, já que os registros vêm ordenados
por cliente. Também sugiro mover a formatação de moeda para `utils/moeda.py`, que já tem a função
`formatar_brl`.

**@thiago-n** respondeu
Boa, ajustei nos dois pontos (commit 8c1e2f0). Os testes continuam passando.
""")

O("csv", "it", "csv", r"""
data;filiale;clienti;scontrini;incasso_eur
2024-06-10;Milano Navigli;812;640;18.402,10
2024-06-10;Torino Centro;655;498;12.870,55
2024-06-10;Bologna Stazione;901;733;15.220,00
2024-06-11;Milano Navigli;790;612;17.955,40
2024-06-11;Torino Centro;702;540;13.410,80
""")

O("changelog", "nl", "changelog", r"""
## Versie 4.2.0 (12 juni 2024)

### Nieuw
- Facturen kunnen nu in bulk als PDF worden gedownload.
- Ondersteuning voor iDEAL in het klantportaal.

### Verbeterd
- Zoeken in de klantenlijst is tot drie keer sneller.
- Duidelijkere foutmeldingen bij ongeldige btw-nummers.

### Opgelost
- Datumfilter in rapportages negeerde de tijdzone.
""")

O("pdf_text", "ko", "pdf_text", r"""
2024년 5월 운영 보고서                                                    3쪽

1. 서비스 가용성
   - 웹 서비스: 99.97% (목표 99.9%)
   - 모바일 API: 99.95%
2. 주요 장애
   - 5월 14일 결제 지연 (23분, 외부 PG사 원인)
3. 고객 문의
   - 총 4,812건, 전월 대비 6% 감소
   - 평균 첫 응답 시간: 2시간 10분
""")

O("html_page", "pl", "html_page", r"""
<main>
<h1>Godziny otwarcia biura w okresie wakacyjnym</h1>
<p>W lipcu i sierpniu biuro w Krakowie będzie czynne w godzinach 8:00–16:00 (od poniedziałku do piątku).</p>
<ul>
<li>15 sierpnia (święto) — biuro nieczynne.</li>
<li>Recepcja przyjmuje paczki do 15:30.</li>
<li>Parking podziemny bez zmian.</li>
</ul>
<p>W razie pytań prosimy o kontakt: biuro.krakow@firma.example</p>
</main>
""")

O("api_json", "en", "api_json", r"""
[
  {
    "id": 1288331,
    "iid": 4412,
    "project_id": 87,
    "status": "success",
    "ref": "main",
    "sha": "a91f2c3e7b0d4c1f9e8a7b6c5d4e3f2a1b0c9d8e",
    "source": "push",
    "created_at": "2024-06-13T08:41:12.004Z",
    "updated_at": "2024-06-13T08:52:40.771Z",
    "duration": 671,
    "web_url": "https://gitlab.example.com/platform/orders/-/pipelines/1288331"
  },
  {
    "id": 1288290,
    "iid": 4411,
    "project_id": 87,
    "status": "failed",
    "ref": "feature/saved-filters",
    "sha": "7e0d1b8c2a3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d",
    "source": "merge_request_event",
    "created_at": "2024-06-13T07:58:03.511Z",
    "updated_at": "2024-06-13T08:06:19.090Z",
    "duration": 496,
    "web_url": "https://gitlab.example.com/platform/orders/-/pipelines/1288290"
  }
]
""")

O("csv", "es", "csv", r"""
fecha,almacén,pedidos_preparados,incidencias,tiempo_medio_min,turno
2024-06-10,Zaragoza,1842,12,7.4,mañana
2024-06-10,Zaragoza,1510,9,8.1,tarde
2024-06-10,Valencia,1201,4,6.9,mañana
2024-06-11,Zaragoza,1905,15,7.2,mañana
2024-06-11,Valencia,1188,3,7.0,mañana
2024-06-11,Valencia,976,6,7.8,tarde
""")
