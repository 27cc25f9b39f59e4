"""Shared banks and helpers. Standard library only; all randomness comes from
random.Random instances created with fixed seeds by the caller."""
import math
import string

NAMES = [
    "Dana Ortiz", "Priya Raman", "Tomasz Wilk", "Aiko Mori", "Lena Fischer",
    "Marcus Bell", "Sofia Greco", "Kwame Asante", "Ines Duarte", "Oleg Petrov",
    "Hana Kim", "Ravi Menon", "Claire Dubois", "Jonas Berg", "Mei Lin",
    "Carlos Ruiz", "Fatima Zahra", "Noah Whitfield", "Ingrid Solberg", "Yusuf Demir",
    "Beatriz Lobo", "Arjun Kapoor", "Elena Vasquez", "Felix Hartmann", "Grace Okafor",
]
COMPANIES = [
    "Northwind Freight", "Bluefin Analytics", "Copperleaf Studio", "Harbor & Pike",
    "Lumen Dental Group", "Quillstone Legal", "Redwater Energy", "Saltmarsh Foods",
    "Tidewell Insurance", "Vantage Robotics", "Oakridge Schools", "Pinecrest Hotels",
]
PRODUCTS = [
    "AeroDesk standing desk", "Kestrel 2 headphones", "NimbusNote app", "TerraBoil kettle",
    "Strider trail shoes", "Helix VPN", "Orbit smart thermostat", "PaperTrail CRM",
    "Lumo desk lamp", "Cascade water filter",
]
SERVICES = ["billing-api", "search-indexer", "auth-gateway", "report-worker",
            "checkout-web", "notif-dispatch", "inventory-sync", "media-resizer"]
TEAMS = ["Platform", "Payments", "Growth", "Data Eng", "Support Ops", "Mobile", "SRE", "Finance"]
CITIES = ["Lisbon", "Osaka", "Denver", "Nairobi", "Tallinn", "Porto Alegre", "Leeds", "Pune",
          "Montreal", "Graz"]
FILES = ["notes.txt", "README.md", "handover.md", "q3_summary.docx", "vendor_list.xlsx",
         "meeting-2024-05-14.md", "deploy.sh", "config.yaml", "report_final.pdf", "todo.txt"]
TITLES = [
    "Quarterly planning notes", "Release 4.12 overview", "Vendor onboarding", "Team offsite agenda",
    "Customer feedback digest", "Warehouse capacity update", "Product FAQ", "Travel policy",
    "Service status", "Weekly metrics", "Knowledge base article", "Project kickoff",
]
SUBJECTS = [
    "Re: invoice for April", "Weekly sync notes", "Updated project timeline", "Question about the rollout",
    "Follow-up from today's call", "Shipping delay on order batch", "Draft for review", "Heads-up: maintenance window",
    "Budget numbers", "Access request", "Fwd: conference schedule", "Customer escalation",
]
PROSE = [
    "The team agreed to revisit the estimate once the vendor confirms delivery dates.",
    "Most of the backlog items were carried over from the last sprint without changes.",
    "Attendance at the spring workshop was higher than last year, mostly thanks to the newsletter.",
    "We are still waiting on legal review before the contract can be countersigned.",
    "The new dashboard loads noticeably faster after the caching change went out.",
    "Several customers asked whether the annual plan can be paused during the summer.",
    "Inventory counts at the northern warehouse were reconciled on Thursday.",
    "The design review is scheduled for next week; mockups are in the shared folder.",
    "Support volume dropped by roughly a fifth after the help-center rewrite.",
    "Please keep comments on the draft short so the editor can consolidate them.",
    "The pilot ran for six weeks across three regional offices.",
    "Travel for the offsite will be booked centrally by the operations team.",
    "Revenue for the quarter landed slightly above the revised forecast.",
    "Two of the open tickets are duplicates and can be merged.",
    "The catering order for Friday has been confirmed with the usual supplier.",
    "Test coverage on the payments module is now above the agreed threshold.",
    "Feedback from the beta group was mostly about onboarding and pricing clarity.",
    "The office will close early on the public holiday.",
    "Migration of the archive to cold storage is about two thirds complete.",
    "We decided to keep the current font pairing for the print edition.",
    "A short retrospective will follow the launch to capture lessons learned.",
    "The slide deck was updated with the latest hiring numbers.",
    "Shipping times to the islands remain longer than on the mainland.",
    "The parking garage will be resurfaced over the long weekend.",
    "Each squad should nominate one person to attend the architecture forum.",
    "The documentation now covers both the hosted and the self-managed edition.",
    "Last month's survey had a response rate just under forty percent.",
    "The printer on the third floor has been replaced with a newer model.",
    "Quarter-end close is expected to finish two days earlier than usual.",
    "Nothing blocking at the moment; the remaining work is mostly polish.",
]
LOG_MSGS = [
    "request completed status=200 duration_ms={d}",
    "cache miss for key=product:{n} refilling",
    "connected to upstream {svc} pool_size=10",
    "scheduled job nightly-rollup started",
    "scheduled job nightly-rollup finished in {d}ms",
    "retrying call to {svc} attempt=2",
    "health check ok",
    "processed batch size=250 offset={n}",
    "feature flag new_checkout evaluated=false",
    "user session refreshed",
    "queue depth={n2} below threshold",
    "config reloaded from disk",
    "slow query warning duration_ms={d}",
    "worker idle, sleeping 5s",
    "wrote {n2} rows to reporting.daily_orders",
]
TAGS = ["ops", "q3", "customer", "draft", "internal", "review", "finance", "roadmap"]
STATUSES = ["open", "pending", "resolved", "in progress", "waiting on customer", "closed"]

B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ts(rng, fmt="iso"):
    y = rng.choice([2024, 2025])
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    h = rng.randint(0, 23)
    mi = rng.randint(0, 59)
    s = rng.randint(0, 59)
    if fmt == "iso":
        return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, mo, d, h, mi, s, rng.randint(0, 999))
    if fmt == "date":
        return "%04d-%02d-%02d" % (y, mo, d)
    if fmt == "dt":
        return "%04d-%02d-%02d %02d:%02d" % (y, mo, d, h, mi)
    if fmt == "rfc":
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "%s, %d %s %d %02d:%02d:%02d +0000" % (rng.choice(days), d, mons[mo - 1], y, h, mi, s)
    raise ValueError(fmt)


def sha1(rng):
    return rs(rng, HEX, 40)


def uuid4(rng):
    h = rs(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def log_msg(rng):
    return rng.choice(LOG_MSGS).format(d=rng.randint(3, 4800), n=rng.randint(1000, 99999),
                                       n2=rng.randint(2, 900), svc=rng.choice(SERVICES))


def sentence(rng, k=None):
    k = k or rng.randint(1, 3)
    return " ".join(rng.sample(PROSE, k))


def sample_target(rng):
    """Target length for a row (shared by every label): log-uniform 150..2900."""
    return int(math.exp(rng.uniform(math.log(150), math.log(2900))))


# slot banks used by injection / benign templates
ATTACKER_DOMAINS = ["collect-metrics.io", "telemetry-sync.net", "docs-cache.app", "agent-audit.org",
                    "cdn-assets-store.com", "verify-session.co", "mirror-backup.dev", "status-ping.xyz"]
BENIGN_DOMAINS = ["docs.northwind-freight.com", "help.bluefin.io", "wiki.copperleaf.studio",
                  "status.tidewell.net", "intranet.saltmarsh.co"]
TOOLS = ["send_email", "http_request", "run_shell", "github.create_issue", "slack.post_message",
         "fs.write_file", "browser.open_url", "db.execute", "payments.transfer", "calendar.create_event",
         "drive.share_file", "crm.update_contact"]
ATTACKER_MAILBOXES = ["archive", "review", "sync", "backup", "audit", "records"]


def fill_slots(text, rng):
    dom = rng.choice(ATTACKER_DOMAINS)
    rep = {
        "{dom}": dom,
        "{url}": "https://%s/%s" % (dom, rng.choice(["c", "u/upload", "api/v2/ingest", "log", "r", "hook/in"])),
        "{mail}": "%s@%s" % (rng.choice(ATTACKER_MAILBOXES), dom),
        "{tool}": rng.choice(TOOLS),
        "{name}": rng.choice(NAMES),
        "{first}": rng.choice(NAMES).split()[0],
        "{company}": rng.choice(COMPANIES),
        "{product}": rng.choice(PRODUCTS),
        "{service}": rng.choice(SERVICES),
        "{team}": rng.choice(TEAMS),
        "{city}": rng.choice(CITIES),
        "{bdom}": rng.choice(BENIGN_DOMAINS),
        "{n}": str(rng.randint(2, 97)),
        "{date}": ts(rng, "date"),
        "{file}": rng.choice(FILES),
    }
    for k, v in rep.items():
        text = text.replace(k, v)
    return text
