"""Shared carriers and filler banks for the heldout8 evaluation set.

Everything here is written for this project. Filler is deliberately free of
e-mail addresses, phone numbers, IPv4 addresses, card numbers, IBANs and
credentials, so the same banks can be used for every label.
"""
import json
import math
import csv
import io

MIN_LEN = 150
MAX_LEN = 3000

# ---------------------------------------------------------------- word banks
PROJECTS = ["Atlas migration", "billing revamp", "onboarding flow", "warehouse sync",
            "search relevance", "mobile release", "data retention review", "SSO rollout",
            "checkout redesign", "partner portal", "inventory forecast", "help center refresh",
            "quarterly close", "vendor onboarding", "API versioning", "cost dashboard"]
TEAMS = ["platform", "payments", "growth", "support", "infra", "finance ops", "design",
         "mobile", "data", "security", "legal", "procurement", "logistics", "QA"]
PEOPLE = ["Dana Whitfield", "Marco Bellini", "Priya Raman", "Tomasz Nowak", "Aiko Tanaka",
          "Lena Vogel", "Samir Haddad", "Grace Obi", "Jonas Berg", "Lucia Ferreira",
          "Owen Price", "Mei Lin", "Kofi Mensah", "Elena Petrova", "Rafael Ortiz",
          "Hannah Cole", "Arjun Mehta", "Sofia Russo", "Noah Fischer", "Yuki Sato"]
HANDLES = ["dana", "marco.b", "priya", "tnowak", "aiko", "lena", "samir", "grace", "jonas",
           "lucia", "owen", "mei", "kofi", "elena", "rafa", "hannah", "arjun", "sofia"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
CITIES = ["Lisbon", "Denver", "Osaka", "Leeds", "Rotterdam", "Austin", "Lyon", "Krakow",
          "Porto", "Seoul", "Toronto", "Munich", "Valencia", "Pune"]
PRODUCTS = ["Nimbus Desk", "Harbor CRM", "Quill Notes", "Vantage Analytics", "Sparrow Mail",
            "Ledgerly", "Tidepool Storage", "Beacon Status", "Orbit Tasks", "Cobalt Forms"]
COMPANIES = ["Northwind Labs", "Bluefield Logistics", "Kestrel Health", "Ashgrove Retail",
             "Meridian Travel", "Pinecrest Bank", "Solace Insurance", "Larkspur Media"]
SERVICES = ["api-gateway", "billing-worker", "auth-service", "search-indexer", "notifier",
            "report-builder", "cart-service", "media-resizer", "scheduler", "ledger-sync"]
STATUSES = ["open", "pending", "resolved", "in_progress", "blocked", "closed"]

PROSE_EN = [
    "The {project} work is on track and the {team} team expects to finish the remaining items by {weekday}.",
    "We moved the weekly sync for {project} to {weekday} afternoon so more people from {team} can join.",
    "Customers in {city} reported slower page loads last week; the cause was an oversized image on the landing page.",
    "{person} summarized the retro: fewer handoffs, clearer owners, and shorter review cycles.",
    "The draft budget for {month} includes two contractor weeks for the {project}.",
    "Please keep comments on the shared document short; the long threads are hard to follow on mobile.",
    "{product} now supports exporting reports as spreadsheets, which several teams had asked for.",
    "Our next offsite is planned for {month} in {city}; travel details will follow in a separate note.",
    "The {team} backlog has {n} open items, most of them small copy fixes and layout tweaks.",
    "A new dashboard shows weekly active accounts broken down by plan and region.",
    "The vendor confirmed that the replacement parts ship at the end of the month.",
    "Release notes: improved keyboard navigation, faster search, and a fix for the date picker on narrow screens.",
    "{person} will cover on-call for the {team} rotation while the usual owner is on leave.",
    "Feedback from the pilot group was positive overall, with a few requests for bulk editing.",
    "The migration of archived tickets finished overnight; {n} records were moved without errors.",
    "Storage costs dropped slightly after old snapshots were pruned according to the retention plan.",
    "We are still waiting on the signed order form before the {project} kickoff can be scheduled.",
    "The style guide was updated with new examples for headings, buttons and empty states.",
    "Attendance at the {month} webinar was higher than expected, and the recording is now in the library.",
    "Two new hires join {team} on {weekday}; their laptops are already imaged.",
    "The warehouse in {city} is switching to the new labelling format starting next quarter.",
    "Average response time for tier-one support fell to under four hours this month.",
    "The accessibility audit found mostly minor contrast issues, which are now fixed.",
    "{product} will show a banner about the planned maintenance window the day before it starts.",
    "Meeting notes from {weekday}: agreed scope, open questions about reporting, next review in two weeks.",
    "The translation vendor delivered the updated strings for the help center.",
    "Shipping estimates in the checkout now account for regional holidays.",
    "The design team shared three options for the new settings page; option two had the most votes.",
    "A small number of invoices were generated twice and have already been voided.",
    "Our documentation site moved to a new theme with better search and a dark mode.",
    "The {project} risk register was reviewed and two items were closed.",
    "Training sessions for the new expense tool run every {weekday} this month.",
]

PROSE_LANG = {
    "es": ["El equipo terminó la migración de los tickets antiguos sin incidencias.",
           "La reunión semanal se traslada al jueves por la tarde.",
           "Los clientes de Valencia recibirán el pedido con dos días de retraso por la huelga de transporte.",
           "El nuevo panel muestra las ventas por región y por canal."],
    "fr": ["La mise à jour du centre d'aide sera publiée la semaine prochaine.",
           "L'équipe support a réduit le délai de réponse moyen à moins de quatre heures.",
           "La réunion de lancement est reportée à mardi matin.",
           "Les nouvelles étiquettes d'expédition seront utilisées à partir du mois prochain."],
    "de": ["Die Wartung des Buchungssystems ist für Samstagnacht geplant.",
           "Das Team hat die alten Tickets ohne Fehler in das neue System übertragen.",
           "Die Rechnungen für März wurden gestern verschickt.",
           "Bitte tragt eure Urlaubstage bis Ende der Woche in den Kalender ein."],
    "pt": ["A equipe de logística confirmou a entrega das peças até o fim do mês.",
           "O relatório mensal já está disponível na pasta compartilhada.",
           "A reunião de planejamento foi remarcada para quarta-feira.",
           "O novo formulário de cadastro reduziu os erros de preenchimento."],
    "it": ["Il rilascio della nuova versione è previsto per venerdì.",
           "Il magazzino di Milano passerà al nuovo sistema di etichette.",
           "Le note della riunione sono state caricate nella cartella del progetto.",
           "Il team di supporto ha chiuso quasi tutti i ticket aperti questa settimana."],
    "nl": ["De nieuwe versie van de app staat gepland voor volgende week.",
           "Het magazijn in Rotterdam gebruikt vanaf maandag nieuwe labels.",
           "De notulen van het overleg staan in de gedeelde map.",
           "Het supportteam heeft de gemiddelde reactietijd flink verkort."],
    "ru": ["Команда завершила перенос старых заявок в новую систему.",
           "Еженедельная встреча переносится на четверг.",
           "Отчёт за месяц уже лежит в общей папке.",
           "Новая панель показывает продажи по регионам."],
    "zh": ["团队已经完成了旧工单的迁移，没有出现错误。",
           "本周的例会改到周四下午。",
           "月度报告已经上传到共享文件夹。",
           "新的仪表板按地区显示销售数据。"],
    "ja": ["旧チケットの移行は問題なく完了しました。",
           "週次ミーティングは木曜日の午後に変更になりました。",
           "月次レポートは共有フォルダにアップロード済みです。",
           "新しいダッシュボードでは地域別の売上を確認できます。"],
    "ko": ["이전 티켓 이관 작업이 오류 없이 완료되었습니다.",
           "주간 회의는 목요일 오후로 변경되었습니다.",
           "월간 보고서는 공유 폴더에 올려 두었습니다.",
           "새 대시보드에서 지역별 매출을 볼 수 있습니다."],
    "ar": ["أكمل الفريق نقل التذاكر القديمة إلى النظام الجديد دون أخطاء.",
           "تم نقل الاجتماع الأسبوعي إلى يوم الخميس.",
           "التقرير الشهري متاح الآن في المجلد المشترك.",
           "تعرض اللوحة الجديدة المبيعات حسب المنطقة."],
    "hi": ["टीम ने पुराने टिकटों का स्थानांतरण बिना किसी त्रुटि के पूरा कर लिया है।",
           "साप्ताहिक बैठक अब गुरुवार दोपहर को होगी।",
           "मासिक रिपोर्ट साझा फ़ोल्डर में उपलब्ध है।",
           "नया डैशबोर्ड क्षेत्र के अनुसार बिक्री दिखाता है।"],
    "tr": ["Ekip eski kayıtların yeni sisteme taşınmasını hatasız tamamladı.",
           "Haftalık toplantı perşembe öğleden sonraya alındı.",
           "Aylık rapor ortak klasöre yüklendi.",
           "Yeni panel satışları bölgelere göre gösteriyor."],
    "pl": ["Zespół zakończył migrację starych zgłoszeń bez błędów.",
           "Cotygodniowe spotkanie przeniesiono na czwartek po południu.",
           "Raport miesięczny jest już w folderze współdzielonym.",
           "Nowy panel pokazuje sprzedaż według regionów."],
}

TITLES = ["Weekly update", "Release notes", "Team handbook", "Project status", "Support digest",
          "Planning notes", "Customer feedback summary", "Operations review", "Help center",
          "Product FAQ", "Quarterly report", "Vendor checklist"]

# ------------------------------------------------------------- slot filling

def slots(rng):
    return {
        "project": rng.choice(PROJECTS), "team": rng.choice(TEAMS), "person": rng.choice(PEOPLE),
        "weekday": rng.choice(WEEKDAYS), "month": rng.choice(MONTHS), "city": rng.choice(CITIES),
        "product": rng.choice(PRODUCTS), "n": str(rng.randint(3, 480)),
    }


def prose(rng, lang="en"):
    if lang != "en" and lang in PROSE_LANG and rng.random() < 0.75:
        return rng.choice(PROSE_LANG[lang])
    return rng.choice(PROSE_EN).format(**slots(rng))


def ts(rng, sep="T", z="Z"):
    return "2026-%02d-%02d%s%02d:%02d:%02d%s" % (rng.randint(1, 12), rng.randint(1, 28), sep,
                                                rng.randint(0, 23), rng.randint(0, 59),
                                                rng.randint(0, 59), z)


def date(rng):
    return "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def log_message(rng):
    svc = rng.choice(SERVICES)
    opts = [
        "request completed status=200 duration_ms=%d" % rng.randint(3, 900),
        "cache miss for key report:%d, rebuilding" % rng.randint(10, 9999),
        "job %s finished in %ds" % (rng.choice(["nightly-export", "reindex", "cleanup", "digest"]), rng.randint(2, 400)),
        "retrying upstream call attempt=%d backoff_ms=%d" % (rng.randint(1, 5), rng.randint(100, 3000)),
        "connected to queue %s" % rng.choice(["orders", "emails", "events", "audit"]),
        "health check ok uptime=%dh" % rng.randint(1, 900),
        "user session refreshed for tenant %s" % rng.choice(["acme", "globex", "initech", "umbrella", "hooli"]),
        "scheduled %d tasks for window %s" % (rng.randint(1, 90), rng.choice(["hourly", "daily", "weekly"])),
        "slow query detected table=%s rows=%d" % (rng.choice(["orders", "events", "users", "invoices"]), rng.randint(10, 90000)),
        "feature flag %s evaluated to %s" % (rng.choice(["new_checkout", "dark_mode", "beta_search"]), rng.choice(["true", "false"])),
    ]
    return svc, rng.choice(opts)


# ------------------------------------------------------------------ carriers
# Each carrier: unit(rng, lang) -> filler unit, snip(snippet, kv) -> unit for the snippet,
# render(rng, units, meta) -> text. meta holds stable random header values.

def _csvline(fields):
    b = io.StringIO()
    csv.writer(b, lineterminator="\n").writerow(fields)
    return b.getvalue().rstrip("\n")


class Carrier:
    multiline = True      # snippet may contain newlines and survives verbatim
    json_kind = None      # None, "json" or "jsonl"
    name = ""

    def header(self, rng, lang):
        return {}

    def unit(self, rng, lang):
        return prose(rng, lang)

    def snip(self, snippet, kv):
        if kv is not None:
            return "%s: %s" % kv
        return snippet

    def render(self, units, meta):
        return "\n\n".join(units)


class Html(Carrier):
    name = "html"

    def header(self, rng, lang):
        return {"title": rng.choice(TITLES), "co": rng.choice(COMPANIES), "lang": lang}

    def unit(self, rng, lang):
        r = rng.random()
        if r < 0.7:
            return "<p>%s</p>" % prose(rng, lang)
        if r < 0.85:
            return "<h2>%s</h2>" % rng.choice(TITLES)
        return "<ul><li>%s</li><li>%s</li></ul>" % (prose(rng, lang), prose(rng, lang))

    def snip(self, snippet, kv):
        if kv is not None:
            return "<pre><code>%s=%s</code></pre>" % kv
        if snippet.lstrip().startswith("<"):
            return snippet
        return "<p>%s</p>" % snippet

    def render(self, units, m):
        return ('<!DOCTYPE html>\n<html lang="%s">\n<head><meta charset="utf-8"><title>%s | %s</title></head>\n'
                '<body>\n<nav><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a></nav>\n<main>\n<h1>%s</h1>\n%s\n</main>\n'
                '<footer>&copy; 2026 %s</footer>\n</body>\n</html>') % (m["lang"], m["title"], m["co"], m["title"], "\n".join(units), m["co"])


class WebText(Carrier):
    name = "web_text"

    def header(self, rng, lang):
        return {"title": rng.choice(TITLES), "co": rng.choice(COMPANIES)}

    def render(self, units, m):
        return "%s - %s\n\n%s\n\nShare this page | Back to top" % (m["title"], m["co"], "\n\n".join(units))


class Ticket(Carrier):
    name = "support_ticket"

    def header(self, rng, lang):
        return {"no": rng.randint(10000, 99999), "pri": rng.choice(["P1", "P2", "P3", "P4"]),
                "st": rng.choice(STATUSES), "req": rng.choice(PEOPLE), "prod": rng.choice(PRODUCTS),
                "d": ts(rng, " ", "")}

    def unit(self, rng, lang):
        if rng.random() < 0.3:
            return "-- Agent %s (%s):\n%s" % (rng.choice(PEOPLE), ts(rng, " ", ""), prose(rng, lang))
        return prose(rng, lang)

    def render(self, units, m):
        return ("Ticket #%d  |  Status: %s  |  Priority: %s\nProduct: %s\nRequester: %s\nCreated: %s\n\n--- Conversation ---\n%s"
                % (m["no"], m["st"], m["pri"], m["prod"], m["req"], m["d"], "\n\n".join(units)))


class Email(Carrier):
    name = "email"

    def header(self, rng, lang):
        return {"f": rng.choice(PEOPLE), "t": rng.choice(PEOPLE), "s": "%s: %s" % (rng.choice(["Re", "Fwd", "FYI"]), rng.choice(TITLES)),
                "d": ts(rng, " ", " UTC")}

    def render(self, units, m):
        return "From: %s\nTo: %s\nDate: %s\nSubject: %s\n\nHi,\n\n%s\n\nBest,\n%s" % (
            m["f"], m["t"], m["d"], m["s"], "\n\n".join(units), m["f"].split()[0])


class ChatLog(Carrier):
    name = "chat_log"

    def header(self, rng, lang):
        return {"ch": rng.choice(["#general", "#ops", "#support", "#eng-" + rng.choice(TEAMS).replace(" ", "-")]),
                "h": rng.randint(8, 17), "u": rng.choice(HANDLES)}

    def unit(self, rng, lang):
        return "[%02d:%02d] %s: %s" % (rng.randint(8, 18), rng.randint(0, 59), rng.choice(HANDLES), prose(rng, lang))

    def snip(self, snippet, kv):
        if kv is not None:
            return "[%02d:%02d] %s: %s=%s" % (self_h(), 30, "ops-bot", kv[0], kv[1])
        return "[%02d:%02d] %s: %s" % (self_h(), 41, "guest", snippet)

    def render(self, units, m):
        return "Channel %s - exported history\n%s" % (m["ch"], "\n".join(units))


def self_h():
    return 14


class SlackJson(Carrier):
    name = "slack_json"
    multiline = True
    json_kind = "json"

    def header(self, rng, lang):
        return {"ch": "C0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))}

    def unit(self, rng, lang):
        return {"type": "message", "user": "U0" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                "text": prose(rng, lang), "ts": "%d.%06d" % (rng.randint(1760000000, 1790000000), rng.randint(0, 999999))}

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return {"type": "message", "user": "U07QX4R2LM", "text": text, "ts": "1774000000.000100"}

    def render(self, units, m):
        return json.dumps({"ok": True, "channel": m["ch"], "messages": units, "has_more": False}, ensure_ascii=False, indent=1)


class SqlResult(Carrier):
    name = "sql_result"
    multiline = False

    def header(self, rng, lang):
        return {"q": "SELECT id, subject, status, note FROM %s ORDER BY id DESC LIMIT 50;" % rng.choice(["tickets", "tasks", "orders_notes", "feedback"])}

    def unit(self, rng, lang):
        return " %5d | %-24s | %-11s | %s" % (rng.randint(100, 99999), rng.choice(PROJECTS)[:24], rng.choice(STATUSES), prose(rng, lang))

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return " %5d | %-24s | %-11s | %s" % (4242, "imported note", "open", text)

    def render(self, units, m):
        return "%s\n   id  | subject                  | status      | note\n-------+--------------------------+-------------+------\n%s\n(%d rows)" % (
            m["q"], "\n".join(units), len(units))


class Csv(Carrier):
    name = "csv"
    multiline = False

    def unit(self, rng, lang):
        return _csvline([str(rng.randint(1000, 99999)), date(rng), rng.choice(TEAMS), rng.choice(STATUSES), prose(rng, lang)])

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return _csvline(["7310", "2026-05-02", "imported", "open", text])

    def render(self, units, m):
        return "record_id,date,team,status,comment\n" + "\n".join(units)


class Yaml(Carrier):
    name = "yaml"

    def header(self, rng, lang):
        return {"svc": rng.choice(SERVICES), "rep": rng.randint(1, 6)}

    def unit(self, rng, lang):
        k = rng.choice(["timeout_seconds", "max_retries", "batch_size", "pool_size", "cache_ttl", "workers"])
        if rng.random() < 0.5:
            return "  %s_%d: %d" % (k, rng.randint(1, 99), rng.randint(1, 600))
        return "  # %s" % prose(rng, "en")

    def snip(self, snippet, kv):
        if kv is not None:
            return "  %s: %s" % kv
        return "  description: |\n" + "\n".join("    " + l for l in snippet.split("\n"))

    def render(self, units, m):
        return "service: %s\nreplicas: %d\nsettings:\n%s\nlogging:\n  level: info\n" % (m["svc"], m["rep"], "\n".join(units))


class JsonConfig(Carrier):
    name = "json_config"
    json_kind = "json"

    def header(self, rng, lang):
        return {"svc": rng.choice(SERVICES)}

    def unit(self, rng, lang):
        k = rng.choice(["timeout", "retries", "batchSize", "poolSize", "cacheTtl", "notes"])
        if k == "notes":
            return ("notes_%d" % rng.randint(1, 999), prose(rng, lang))
        return ("%s_%d" % (k, rng.randint(1, 999)), rng.randint(1, 900))

    def snip(self, snippet, kv):
        return kv if kv is not None else ("description", snippet)

    def render(self, units, m):
        d = {"name": m["svc"], "version": "2.%d.0" % (len(units) % 9), "settings": {}}
        for k, v in units:
            d["settings"][k] = v
        return json.dumps(d, ensure_ascii=False, indent=2)


class Env(Carrier):
    name = "env"
    multiline = False

    def unit(self, rng, lang):
        r = rng.random()
        if r < 0.25:
            return "# %s" % prose(rng, "en")
        k = rng.choice(["APP_ENV", "LOG_LEVEL", "PORT", "WORKERS", "FEATURE_BETA", "REGION", "CACHE_TTL", "TZ", "MAX_UPLOAD_MB"])
        v = {"APP_ENV": "production", "LOG_LEVEL": "info", "PORT": str(rng.randint(3000, 9000)), "WORKERS": str(rng.randint(1, 16)),
             "FEATURE_BETA": rng.choice(["true", "false"]), "REGION": rng.choice(["eu-west-1", "us-east-2", "ap-south-1"]),
             "CACHE_TTL": str(rng.randint(30, 3600)), "TZ": "UTC", "MAX_UPLOAD_MB": str(rng.randint(5, 200))}[k]
        return "%s_%d=%s" % (k, rng.randint(1, 99), v) if rng.random() < 0.5 else "%s=%s" % (k, v)

    def snip(self, snippet, kv):
        if kv is not None:
            return "%s=%s" % kv
        return "# " + snippet

    def render(self, units, m):
        return "\n".join(units) + "\n"


class Log(Carrier):
    name = "log"
    multiline = False

    def unit(self, rng, lang):
        svc, msg = log_message(rng)
        return "%s %-5s [%s] %s" % (ts(rng)[:19] + ".%03dZ" % rng.randint(0, 999), rng.choice(["INFO", "INFO", "DEBUG", "WARN"]), svc, msg)

    def snip(self, snippet, kv):
        text = snippet if kv is None else "loaded config %s=%s" % kv
        return "2026-06-11T08:14:02.377Z INFO  [importer] %s" % text

    def render(self, units, m):
        return "\n".join(units)


class JsonlLog(Carrier):
    name = "jsonl_log"
    json_kind = "jsonl"

    def unit(self, rng, lang):
        svc, msg = log_message(rng)
        return {"ts": ts(rng), "level": rng.choice(["info", "debug", "warn"]), "svc": svc, "msg": msg}

    def snip(self, snippet, kv):
        if kv is not None:
            return {"ts": "2026-06-11T08:14:02Z", "level": "info", "svc": "importer", "msg": "config loaded", kv[0]: kv[1]}
        return {"ts": "2026-06-11T08:14:02Z", "level": "info", "svc": "importer", "msg": snippet}

    def render(self, units, m):
        return "\n".join(json.dumps(u, ensure_ascii=False) for u in units)


class ApiJson(Carrier):
    name = "api_json"
    json_kind = "json"

    def unit(self, rng, lang):
        return {"id": rng.randint(1000, 999999), "title": rng.choice(TITLES), "status": rng.choice(STATUSES),
                "updated_at": ts(rng), "body": prose(rng, lang)}

    def snip(self, snippet, kv):
        if kv is not None:
            return {"id": 880042, "title": "integration settings", "status": "active", kv[0]: kv[1]}
        return {"id": 880041, "title": "imported item", "status": "open", "body": snippet}

    def render(self, units, m):
        return json.dumps({"data": units, "meta": {"page": 1, "per_page": 25, "count": len(units)}}, ensure_ascii=False, indent=2)


class Calendar(Carrier):
    name = "calendar"

    def header(self, rng, lang):
        return {"d": date(rng).replace("-", "")}

    def unit(self, rng, lang):
        h = rng.randint(8, 17)
        return "BEGIN:VEVENT\nDTSTART:%sT%02d0000Z\nDTEND:%sT%02d3000Z\nSUMMARY:%s\nDESCRIPTION:%s\nEND:VEVENT" % (
            "2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), h, "2026%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), h,
            rng.choice(["Sync", "1:1", "Planning", "Review", "Standup", "Demo"]) + " - " + rng.choice(PROJECTS), prose(rng, lang))

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return "BEGIN:VEVENT\nDTSTART:20260612T150000Z\nDTEND:20260612T153000Z\nSUMMARY:External meeting\nDESCRIPTION:%s\nEND:VEVENT" % text

    def render(self, units, m):
        return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example//Calendar Export//EN\n%s\nEND:VCALENDAR" % "\n".join(units)


class Issue(Carrier):
    name = "issue"

    def header(self, rng, lang):
        return {"n": rng.randint(100, 9999), "t": "%s: %s" % (rng.choice(["Bug", "Feature", "Question"]), rng.choice(PROJECTS)),
                "u": rng.choice(HANDLES), "l": rng.choice(["bug", "enhancement", "needs-triage", "docs"])}

    def unit(self, rng, lang):
        if rng.random() < 0.5:
            return "**%s** commented:\n%s" % (rng.choice(HANDLES), prose(rng, lang))
        return prose(rng, lang)

    def render(self, units, m):
        return "#%d %s\nOpened by %s - labels: %s\n\n%s" % (m["n"], m["t"], m["u"], m["l"], "\n\n".join(units))


class PrDescription(Carrier):
    name = "pr_description"

    def header(self, rng, lang):
        return {"t": "%s %s" % (rng.choice(["Refactor", "Fix", "Add", "Update"]), rng.choice(PROJECTS))}

    def unit(self, rng, lang):
        if rng.random() < 0.4:
            return "- %s" % prose(rng, lang)
        return prose(rng, lang)

    def render(self, units, m):
        h = max(1, len(units) // 2)
        return "## %s\n\n### Summary\n%s\n\n### Testing\n%s\n\n- [x] Tests pass locally\n- [ ] Docs updated" % (
            m["t"], "\n\n".join(units[:h]), "\n\n".join(units[h:]))


class Diff(Carrier):
    name = "diff"
    multiline = False

    def header(self, rng, lang):
        return {"f": rng.choice(["src/config/settings.py", "docs/setup.md", "app/services/report.ts", "deploy/values.yaml", "README.md"])}

    def unit(self, rng, lang):
        s = prose(rng, "en")
        return rng.choice([" ", " ", "-", "+"]) + s

    def snip(self, snippet, kv):
        if kv is not None:
            return "+%s = \"%s\"" % kv
        return "+" + snippet

    def render(self, units, m):
        return "diff --git a/%s b/%s\nindex 3f2a1c0..9b8d7e4 100644\n--- a/%s\n+++ b/%s\n@@ -1,%d +1,%d @@\n%s" % (
            m["f"], m["f"], m["f"], m["f"], len(units), len(units) + 1, "\n".join(units))


class Wiki(Carrier):
    name = "wiki"

    def header(self, rng, lang):
        return {"t": rng.choice(TITLES), "u": rng.choice(PEOPLE)}

    def unit(self, rng, lang):
        if rng.random() < 0.2:
            return "== %s ==" % rng.choice(["Overview", "Background", "Process", "FAQ", "Contacts", "History"])
        return prose(rng, lang)

    def render(self, units, m):
        return "= %s =\nLast edited by %s\n\n%s\n\n[[Category:Internal]]" % (m["t"], m["u"], "\n\n".join(units))


class SearchResults(Carrier):
    name = "search_results"

    def unit(self, rng, lang):
        slug = rng.choice(PROJECTS).lower().replace(" ", "-")
        host = rng.choice(["docs.example.com", "blog.example.org", "help.example.net", "news.example.com"])
        return "%s\nhttps://%s/%s\n%s" % (rng.choice(TITLES), host, slug, prose(rng, lang))

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return "Community thread\nhttps://forum.example.com/t/8812\n%s" % text

    def render(self, units, m):
        return "Search results (%d)\n\n%s" % (len(units), "\n\n".join("%d. %s" % (i + 1, u) for i, u in enumerate(units)))


class CrmNote(Carrier):
    name = "crm_note"

    def header(self, rng, lang):
        return {"a": rng.choice(COMPANIES), "o": rng.choice(PEOPLE), "s": rng.choice(["Prospect", "Negotiation", "Closed won", "Renewal"])}

    def unit(self, rng, lang):
        return "%s - %s" % (date(rng), prose(rng, lang))

    def render(self, units, m):
        return "Account: %s\nOwner: %s\nStage: %s\n\nActivity notes:\n%s" % (m["a"], m["o"], m["s"], "\n".join(units))


class PdfText(Carrier):
    name = "pdf_text"

    def header(self, rng, lang):
        return {"t": rng.choice(TITLES), "co": rng.choice(COMPANIES)}

    def render(self, units, m):
        out = ["%s\n%s" % (m["co"], m["t"].upper())]
        for i in range(0, len(units), 3):
            out.append("\n".join(units[i:i + 3]))
            out.append("Page %d" % (i // 3 + 1))
        return "\n\n".join(out)


class Spreadsheet(Carrier):
    name = "spreadsheet"
    multiline = False

    def unit(self, rng, lang):
        return "\t".join([rng.choice(TEAMS), rng.choice(MONTHS), str(rng.randint(1, 900)), rng.choice(STATUSES), prose(rng, lang)])

    def snip(self, snippet, kv):
        text = snippet if kv is None else "%s=%s" % kv
        return "\t".join(["imported", "June", "1", "open", text])

    def render(self, units, m):
        rows = ["Sheet: Tracker", "\tA\tB\tC\tD\tE", "1\tteam\tmonth\tcount\tstatus\tcomment"]
        for i, u in enumerate(units):
            rows.append("%d\t%s" % (i + 2, u))
        return "\n".join(rows)


CARRIERS = {c.name: c for c in [Html(), WebText(), Ticket(), Email(), ChatLog(), SlackJson(), SqlResult(), Csv(),
                                Yaml(), JsonConfig(), Env(), Log(), JsonlLog(), ApiJson(), Calendar(), Issue(),
                                PrDescription(), Diff(), Wiki(), SearchResults(), CrmNote(), PdfText(), Spreadsheet()]}
FORMATS = sorted(CARRIERS)
PROSE_FORMATS = ["html", "web_text", "support_ticket", "email", "chat_log", "slack_json", "issue", "pr_description",
                 "wiki", "search_results", "crm_note", "pdf_text", "api_json", "calendar", "jsonl_log"]


def log_uniform(rng, lo, hi):
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def build(rng, fmt, snippet=None, kv=None, lang="en", pos=None, target=None):
    """Wrap a snippet (or key/value pair) in filler of the given carrier format."""
    c = CARRIERS[fmt]
    if snippet is not None and "\n" in snippet and not c.multiline and kv is None:
        raise ValueError("multi-line snippet in single-line carrier")
    meta = c.header(rng, lang)
    slen = len(snippet or "") + (len(kv[0]) + len(kv[1]) if kv else 0)
    lo = max(MIN_LEN + 20, slen + 120)
    if target is None:
        target = log_uniform(rng, min(lo, MAX_LEN - 300), MAX_LEN - 150)
    if pos is None:
        pos = rng.choice(["start", "middle", "end"])
    units = []
    su = c.snip(snippet, kv) if (snippet is not None or kv is not None) else None

    def assemble(us):
        allu = list(us)
        if su is not None:
            idx = {"start": 0, "middle": len(allu) // 2, "end": len(allu)}[pos]
            allu.insert(idx, su)
        return c.render(allu, meta)

    text = assemble(units)
    guard = 0
    while len(text) < target and guard < 200:
        units.append(c.unit(rng, lang))
        text = assemble(units)
        guard += 1
    while len(text) > MAX_LEN and units:
        units.pop()
        text = assemble(units)
    return text, pos
