"""PII-negative scenarios: look-alike numbers only.  f(c, p) -> (format, text)."""
from .common import jdump, table
from .pii_shapes import luhn_ok

NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def luhn_invalid(c, n, prefix=""):
    while True:
        s = prefix + "".join(c.pick("0123456789") for _ in range(n - len(prefix)))
        if not luhn_ok(s):
            return s


def isbn13(c):
    while True:
        body = "978" + "".join(c.pick("0123456789") for _ in range(9))
        chk = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        s = body + str(chk)
        if not luhn_ok(s):
            return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def ean13(c, prefix="40"):
    while True:
        body = prefix + "".join(c.pick("0123456789") for _ in range(12 - len(prefix)))
        chk = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        s = body + str(chk)
        if not luhn_ok(s):
            return s


@neg
def order_confirmation(c, p):
    ups = "1Z" + c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").upper() + "".join(c.pick("0123456789") for _ in range(10))
    return "email", f"""Subject: Your order #{c.r.randint(100000000, 999999999)} has shipped

Good news! Your package is on the way.

Order number: {c.r.randint(100, 999)}-{c.r.randint(1000000, 9999999)}-{c.r.randint(1000000, 9999999)}
Carrier: UPS Ground
Tracking number: {ups}
Estimated delivery: {c.pick(['Tue', 'Wed', 'Thu'])}, {c.pick(['Nov', 'Dec'])} {c.r.randint(1, 28)}
Ship to: {c.pick(['Austin, TX 78701', 'Denver, CO 80202', 'Raleigh, NC 27601', 'Seattle, WA 98101'])}

Items: 1 x {c.pick(['USB-C hub', 'desk lamp', 'yoga mat', 'coffee grinder'])} ($ {c.r.randint(15, 200)}.{c.r.randint(0, 99):02d})

You can track your package in the app under Orders."""


@neg
def app_access_log(c, p):
    lines = []
    for _ in range(c.r.randint(6, 12)):
        lines.append(f'{c.ts()} method={c.pick(["GET", "POST", "PUT"])} path={c.pick(["/api/v2/items", "/api/v2/cart/checkout", "/healthz", "/api/v2/users/me"])} '
                     f'status={c.pick([200, 200, 201, 204, 304, 400, 404, 500, 503])} bytes={c.r.randint(0, 250000)} dur_ms={c.r.randint(1, 2400)} '
                     f'client=anon-{c.hexid(8)} upstream=pod-{c.alnum(5)}')
    return "log", "\n".join(lines)


@neg
def metrics_epoch(c, p):
    base = 1731400000000 + c.r.randint(0, 10**9)
    pts = [{"ts": base + i * 60000, "p50_ms": round(c.r.uniform(20, 80), 1), "p99_ms": round(c.r.uniform(200, 900), 1),
            "rps": round(c.r.uniform(100, 2000), 2), "errors": c.r.randint(0, 12)} for i in range(c.r.randint(3, 6))]
    return "api_json", jdump({"metric": "http_server_latency", "service": "checkout", "step_ms": 60000, "points": pts})


@neg
def versions_inventory(c, p):
    rows = [[f"WS-{c.r.randint(1000, 9999)}", "Windows 11 Pro", f"10.0.{c.pick([22631, 22621, 26100])}.{c.r.randint(1000, 4500)}",
             f"{c.r.randint(120, 131)}.0.{c.r.randint(6000, 6800)}.{c.r.randint(50, 250)}", f"{c.r.randint(1, 3)}.{c.r.randint(0, 30)}.{c.r.randint(1000, 9999)}.0"]
            for _ in range(c.r.randint(3, 6))]
    return "sql_table", "itam=> SELECT asset_tag, os, os_build, chrome_version, agent_version FROM endpoints LIMIT 6;\n" + \
        table(["asset_tag", "os", "os_build", "chrome_version", "agent_version"], rows)


@neg
def snmp_walk(c, p):
    lines = [f"iso.3.6.1.2.1.1.1.0 = STRING: \"Cisco IOS Software, C2960X Software, Version 15.2(7)E{c.r.randint(2, 9)}\"",
             f"iso.3.6.1.2.1.1.3.0 = Timeticks: ({c.r.randint(10**6, 10**9)}) {c.r.randint(1, 300)} days, {c.r.randint(0, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}.{c.r.randint(10, 99)}",
             f"iso.3.6.1.2.1.2.2.1.10.{c.r.randint(10001, 10048)} = Counter32: {c.r.randint(10**6, 4 * 10**9)}",
             f"iso.3.6.1.2.1.2.2.1.16.{c.r.randint(10001, 10048)} = Counter32: {c.r.randint(10**6, 4 * 10**9)}",
             f".1.3.6.1.4.1.9.9.109.1.1.1.1.8.1 = Gauge32: {c.r.randint(1, 60)}",
             f".1.3.6.1.4.1.2021.10.1.3.{c.r.randint(1, 3)} = STRING: \"0.{c.r.randint(10, 99)}\""]
    return "log", "$ snmpwalk -v2c -c public core-sw-01 .1.3.6.1\n" + "\n".join(lines)


@neg
def book_catalog(c, p):
    books = [("Designing Data-Intensive Applications", "Kleppmann"), ("The Pragmatic Programmer", "Thomas & Hunt"),
             ("Thinking, Fast and Slow", "Kahneman"), ("Project Hail Mary", "Weir"), ("The Left Hand of Darkness", "Le Guin")]
    lines = [f"{t} — {a} · ISBN {isbn13(c)} · {c.r.randint(200, 700)} pp · ${c.r.randint(12, 60)}.{c.r.randint(0, 99):02d}"
             for t, a in c.r.sample(books, c.r.randint(3, 5))]
    return "web_text", "New arrivals this week\n\n" + "\n".join(lines) + "\n\nFree shipping on orders over $35."


@neg
def invoice_list(c, p):
    rows = [[f"INV-2024-{c.r.randint(1, 9999):06d}", c.date(), f"{c.r.randint(100, 90000):,}.{c.r.randint(0, 99):02d}", c.pick(["EUR", "USD", "GBP"]),
             c.pick(["paid", "open", "overdue"]), f"PO-{c.r.randint(10000, 99999)}"] for _ in range(c.r.randint(4, 8))]
    return "sql_table", "billing=> SELECT number, issued, amount, currency, status, po FROM invoices ORDER BY issued DESC LIMIT 8;\n" + \
        table(["number", "issued", "amount", "currency", "status", "po"], rows)


@neg
def catalog_json(c, p):
    items = [{"id": c.r.randint(100000, 999999), "ean": ean13(c), "name": c.pick(["Desk lamp", "Notebook A5", "Water bottle 750ml", "HDMI cable 2m", "Mouse pad XL"]),
              "price": round(c.r.uniform(2, 120), 2), "stock": c.r.randint(0, 5000), "weight_g": c.r.randint(20, 3000), "rating": round(c.r.uniform(2.5, 5), 1)}
             for _ in range(c.r.randint(2, 5))]
    return "api_json", jdump({"page": 1, "per_page": 25, "total": c.r.randint(30, 4000), "items": items})


@neg
def jenkins_build(c, p):
    b = c.r.randint(1000, 9999)
    return "ci_log", f"""Started by timer
Running as SYSTEM
Building in workspace /var/lib/jenkins/workspace/nightly-{c.pick(['api', 'web', 'etl'])}
[Pipeline] stage (Build)
+ ./gradlew build -PbuildNumber={b}
BUILD SUCCESSFUL in {c.r.randint(1, 9)}m {c.r.randint(1, 59)}s
{c.r.randint(20, 90)} actionable tasks: {c.r.randint(5, 20)} executed, {c.r.randint(10, 70)} up-to-date
[Pipeline] stage (Publish)
Uploading artifact app-{c.r.randint(1, 4)}.{c.r.randint(0, 20)}.{b}.jar ({c.r.randint(20, 90)}.{c.r.randint(1, 9)} MB)
Archiving artifacts
Recording test results: {c.r.randint(300, 2000)} tests, 0 failures, {c.r.randint(0, 12)} skipped
Finished: SUCCESS  (build #{b}, duration {c.r.randint(3, 25)} min)"""


@neg
def gift_card_refs(c, p):
    g = luhn_invalid(c, 16)
    r = luhn_invalid(c, 16)
    return "email", f"""Subject: Your gift card is ready 🎁

Hi there,

Thanks for your purchase. Here are your gift card details:

Gift card number: {g[:4]} {g[4:8]} {g[8:12]} {g[12:]}
Balance: $50.00
Valid until: {c.date(2027)}

Transaction reference: {r}
Store number: {c.r.randint(100, 999)}  ·  Register: {c.r.randint(1, 12)}

Redeem online or in any of our stores."""


@neg
def ssn_validator_tests(c, p):
    return "code", f"""import pytest

from hr.validators import is_valid_ssn


@pytest.mark.parametrize("value", [
    "000-{c.r.randint(10, 99)}-{c.r.randint(1000, 9999)}",   # area 000 never issued
    "666-{c.r.randint(10, 99)}-{c.r.randint(1000, 9999)}",   # area 666 never issued
    "9{c.r.randint(10, 99)}-{c.r.randint(10, 99)}-{c.r.randint(1000, 9999)}",   # 9xx reserved (ITIN range)
    "{c.r.randint(100, 665)}-00-{c.r.randint(1000, 9999)}",    # group 00 invalid
    "{c.r.randint(100, 665)}-{c.r.randint(10, 99)}-0000",    # serial 0000 invalid
])
def test_rejects_invalid(value):
    assert not is_valid_ssn(value)


def test_rejects_garbage():
    assert not is_valid_ssn("abc-de-fghi")
"""


@neg
def masked_ssn_hr(c, p):
    return "web_text", f"""Employee self-service › Tax documents

Name on file: {c.name()}
SSN: XXX-XX-{c.r.randint(1000, 9999)}
Filing status: {c.pick(['Single', 'Married filing jointly'])}
Allowances: {c.r.randint(0, 4)}

Your {c.r.randint(2021, 2023)} W-2 is available for download. For security, only the last four digits of your SSN are shown.
Card on file for benefits card: **** **** **** {c.r.randint(1000, 9999)}"""


@neg
def fiction_555(c, p):
    n1, n2 = f"555-01{c.r.randint(0, 99):02d}", f"555-01{c.r.randint(0, 99):02d}"
    return "web_text", f"""INT. DINER — NIGHT

Rain streaks the windows. MARGO (40s) slides a napkin across the counter.

MARGO
If he calls, you didn't see me. If you need me, it's {n1}. Only after midnight.

JOE
And if it's before midnight?

MARGO
Then call my sister. ({c.pick(['212', '310', '415'])}) {n2}. She hates me, but she'll pick up.

She leaves a twenty under the mug and walks out into the rain."""


@neg
def unix_ls(c, p):
    lines = []
    for name in ["bin", "config", "logs", "deploy.sh", "README.md", ".env.example"]:
        d = name in ("bin", "config", "logs")
        perm = "drwxr-xr-x" if d else c.pick(["-rw-r--r--", "-rwxr-x---", "-rw-------"])
        lines.append(f"{perm} {c.r.randint(1, 9):>2} deploy deploy {4096 if d else c.r.randint(120, 90000):>6} {c.pick(['Oct', 'Nov'])} {c.r.randint(1, 28):>2} {c.r.randint(10, 23)}:{c.r.randint(10, 59)} {name}")
    return "shell", f"$ ls -la /srv/app\ntotal {c.r.randint(20, 200)}\n" + "\n".join(lines) + f"\n$ stat -c '%a %n' deploy.sh\n{c.pick(['755', '750', '700'])} deploy.sh\n$ umask\n0022"


@neg
def gps_track(c, p):
    lat, lon = c.pick([(37.7749, -122.4194), (51.5072, -0.1276), (48.1351, 11.5820), (-33.8688, 151.2093)])
    lines = ["timestamp,lat,lon,elevation_m,speed_kmh,hr_bpm"]
    for i in range(c.r.randint(6, 12)):
        lines.append(f"2024-09-{c.r.randint(1, 28):02d}T07:{10 + i:02d}:00Z,{lat + c.r.uniform(-0.01, 0.01):.6f},{lon + c.r.uniform(-0.01, 0.01):.6f},{c.r.randint(5, 300)},{c.r.uniform(8, 14):.1f},{c.r.randint(120, 175)}")
    return "csv", "\n".join(lines)


@neg
def store_locator(c, p):
    stores = [("Leeds Trinity", "Albion St, Leeds LS1 5AT"), ("Munich Marienplatz", "Kaufingerstraße 9, 80331 München"),
              ("Paris Opéra", "12 Bd Haussmann, 75009 Paris"), ("Austin Downtown", "600 Congress Ave, Austin, TX 78701"),
              ("Toronto Eaton", "220 Yonge St, Toronto, ON M5B 2H1")]
    lines = [f"• {n} — {a} — open {c.r.randint(8, 10)}:00–{c.r.randint(18, 21)}:00, store #{c.r.randint(100, 999)}" for n, a in c.r.sample(stores, c.r.randint(3, 5))]
    return "web_text", "Find a store\n\n" + "\n".join(lines) + "\n\nClick & collect orders are ready within 2 hours."


@neg
def uptime_durations(c, p):
    return "shell", f"""$ uptime
 {c.r.randint(10, 23)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)} up {c.r.randint(2, 400)} days, {c.r.randint(1, 23)}:{c.r.randint(10, 59)},  {c.r.randint(1, 5)} users,  load average: {c.r.uniform(0, 4):.2f}, {c.r.uniform(0, 4):.2f}, {c.r.uniform(0, 4):.2f}
$ time ./scripts/rebuild-index.sh
indexed {c.r.randint(10000, 900000)} documents in {c.r.randint(2, 90)} batches

real\t{c.r.randint(0, 9)}m{c.r.uniform(0, 59):.3f}s
user\t{c.r.randint(0, 9)}m{c.r.uniform(0, 59):.3f}s
sys\t0m{c.r.uniform(0, 9):.3f}s"""


@neg
def league_table(c, p):
    teams = c.r.sample(["Rovers", "United", "Athletic", "City", "Albion", "Wanderers", "Town", "Rangers"], 6)
    rows = []
    pts = sorted([c.r.randint(10, 60) for _ in teams], reverse=True)
    for i, (t, pt) in enumerate(zip(teams, pts), 1):
        w = pt // 3
        rows.append(f"{i:>2}. {t:<10} P{c.r.randint(20, 30)}  W{w}  GD {c.r.randint(-20, 30):+d}  Pts {pt}")
    return "web_text", "League table after matchday " + str(c.r.randint(20, 30)) + "\n\n" + "\n".join(rows) + \
        f"\n\nAttendance at yesterday's match: {c.r.randint(8, 60)},{c.r.randint(100, 999)}"


@neg
def timetable(c, p):
    rows = []
    for _ in range(c.r.randint(4, 7)):
        rows.append(f"{c.r.randint(6, 22):02d}:{c.pick(['04', '17', '32', '46', '58'])}  {c.pick(['ICE', 'IC', 'RE', 'S'])} {c.r.randint(1, 999):<4} {c.pick(['Hamburg Hbf', 'Köln Hbf', 'Berlin Hbf', 'Nürnberg Hbf']):<14} Gleis {c.r.randint(1, 24)}  {c.pick(['pünktlich', '+5', '+12', 'fällt aus'])}")
    return "web_text", "Abfahrt München Hbf\n\n" + "\n".join(rows)


@neg
def stock_quotes(c, p):
    rows = [[t, f"{c.r.uniform(10, 900):.2f}", f"{c.r.uniform(-5, 5):+.2f}%", f"{c.r.randint(10**5, 9 * 10**7):,}", f"{c.r.uniform(1, 3000):.1f}B"]
            for t in c.r.sample(["AAPL", "MSFT", "NVDA", "SAP", "ASML", "TSLA", "NESN", "SHEL"], 5)]
    return "sql_table", table(["ticker", "last", "change", "volume", "mkt_cap"], rows, "mysql")


@neg
def kubectl_pods(c, p):
    lines = ["NAME                               READY   STATUS    RESTARTS      AGE"]
    for _ in range(c.r.randint(4, 8)):
        lines.append(f"{c.pick(['api', 'worker', 'web', 'cron'])}-{c.alnum(9)}-{c.alnum(5):<8}  1/1     Running   {c.r.randint(0, 4)}             {c.r.randint(1, 40)}d")
    return "shell", "$ kubectl -n prod get pods\n" + "\n".join(lines)


@neg
def sensor_csv(c, p):
    lines = ["device_id,reading_ts,temp_c,humidity_pct,co2_ppm,battery_mv"]
    for _ in range(c.r.randint(5, 10)):
        lines.append(f"TH-{c.r.randint(1000, 9999)},{1731400000 + c.r.randint(0, 10**6)},{c.r.uniform(17, 27):.2f},{c.r.uniform(30, 70):.1f},{c.r.randint(400, 1500)},{c.r.randint(2800, 3300)}")
    return "csv", "\n".join(lines)


@neg
def tracking_events(c, p):
    ev = [{"time": c.ts(), "facility": c.pick(["DHL Hub Leipzig", "Sortierzentrum Köln", "Depot Rotterdam"]), "code": c.pick(["PU", "AR", "DF", "OD", "OK"]),
           "status": c.pick(["Picked up", "Arrived at facility", "Departed facility", "Out for delivery", "Delivered"])} for _ in range(c.r.randint(3, 6))]
    return "api_json", jdump({"shipment": f"JJD{c.r.randint(10**17, 10**18 - 1)}", "service": "parcel", "weight_kg": round(c.r.uniform(0.3, 20), 2),
                              "destination_postcode": c.pick(["10115", "3011", "75009", "SW1A 1AA"]), "events": ev})


@neg
def flight_itinerary(c, p):
    return "email", f"""Subject: Your trip to Lisbon — booking {c.alnum(6).upper()}

Booking reference: {c.alnum(6).upper()}
E-ticket number: {c.r.randint(100, 999)}-{c.r.randint(1000000000, 9999999999)}

Outbound  {c.pick(['TP', 'FR', 'U2', 'LH'])} {c.r.randint(100, 9999)}  {c.date(2025)}  dep 07:25  arr 10:05  seat {c.r.randint(1, 33)}{c.pick('ABCDEF')}
Return    {c.pick(['TP', 'FR', 'U2', 'LH'])} {c.r.randint(100, 9999)}  {c.date(2025)}  dep 18:40  arr 21:15  seat {c.r.randint(1, 33)}{c.pick('ABCDEF')}

Baggage: 1 x 23 kg checked, 1 x 8 kg cabin
Total paid: EUR {c.r.randint(90, 600)}.{c.r.randint(0, 99):02d}

Online check-in opens 24 hours before departure."""


@neg
def changelog_versions(c, p):
    v = [(c.r.randint(1, 5), c.r.randint(0, 30), c.r.randint(0, 20)) for _ in range(4)]
    lines = [f"## {a}.{b}.{d} — {c.date()}\n- {c.pick(['Fixed memory leak in worker pool', 'Added retry jitter', 'Bumped protobuf to 4.25.3', 'Dropped Python 3.8 support'])}" for a, b, d in v]
    return "markdown", "# Changelog\n\n" + "\n\n".join(lines) + f"\n\nCompatible with server builds 2.4.1.{c.r.randint(1000, 9999)} and later."


@neg
def lab_results(c, p):
    rows = [[n, f"{c.r.uniform(lo, hi):.1f}", u, f"{lo}–{hi}"] for n, lo, hi, u in
            [("Hemoglobin", 12, 17, "g/dL"), ("WBC", 4, 11, "10^3/uL"), ("Platelets", 150, 400, "10^3/uL"), ("Glucose (fasting)", 70, 99, "mg/dL"), ("TSH", 0.4, 4.0, "mIU/L")]]
    return "sql_table", f"Sample ID: S-{c.r.randint(100000, 999999)}   Collected: {c.date()} {c.time()}\n" + table(["test", "result", "unit", "reference"], rows, "mysql")


@neg
def lottery_numbers(c, p):
    nums = sorted(c.r.sample(range(1, 60), 6))
    return "web_text", f"""Draw #{c.r.randint(2000, 3000)} results — {c.date()}

Winning numbers: {' '.join(f'{n:02d}' for n in nums)}   Bonus ball: {c.r.randint(1, 59):02d}

Jackpot: £{c.r.randint(2, 20)},{c.r.randint(100, 999)},{c.r.randint(100, 999)}
Match 5 + bonus: {c.r.randint(1, 9)} winners
Match 4: {c.r.randint(100, 900)} winners

Prizes must be claimed within 180 days of the draw."""


@neg
def amazon_style_orders(c, p):
    rows = [[f"{c.r.randint(100, 999)}-{c.r.randint(1000000, 9999999)}-{c.r.randint(1000000, 9999999)}", c.date(), f"{c.r.randint(5, 300)}.{c.r.randint(0, 99):02d}",
             c.pick(["Delivered", "Shipped", "Returned"])] for _ in range(c.r.randint(3, 6))]
    return "sql_table", "orders=> SELECT marketplace_order_id, order_date, total, state FROM marketplace_orders LIMIT 6;\n" + \
        table(["marketplace_order_id", "order_date", "total", "state"], rows)


@neg
def epoch_seconds_json(c, p):
    rows = [{"id": c.r.randint(10**9, 10**10 - 1), "created": 1700000000 + c.r.randint(0, 40000000), "updated": 1700000000 + c.r.randint(0, 40000000),
             "views": c.r.randint(0, 10**6), "score": c.r.randint(0, 5000)} for _ in range(c.r.randint(3, 5))]
    return "json_rows", jdump(rows)


@neg
def cas_numbers(c, p):
    chems = [("Ethanol", "64-17-5"), ("Acetone", "67-64-1"), ("Sodium chloride", "7647-14-5"), ("Water", "7732-18-5"),
             ("Isopropanol", "67-63-0"), ("Citric acid", "77-92-9")]
    lines = [f"{n:<16} CAS {cas:<10} lot {c.r.randint(100000, 999999)}  qty {c.r.randint(1, 20)} x {c.pick(['500 mL', '1 L', '2.5 L', '1 kg'])}  shelf {c.pick('ABCD')}{c.r.randint(1, 12)}"
             for n, cas in c.r.sample(chems, 4)]
    return "text", "Lab inventory — cabinet 3\n" + "\n".join(lines)


@neg
def stats_table(c, p):
    rows = [[v, f"{c.r.uniform(-2, 2):.3f}", f"{c.r.uniform(0.01, 0.5):.3f}", f"{c.r.uniform(0, 0.2):.4f}"] for v in ["intercept", "age", "tenure_months", "plan_pro", "region_eu"]]
    return "markdown", f"### Logistic regression (n = {c.r.randint(1000, 90000):,})\n\n| term | coef | std.err | p |\n|---|---|---|---|\n" + \
        "\n".join("| " + " | ".join(r) + " |" for r in rows) + f"\n\nAUC = 0.{c.r.randint(600, 900)}, log-loss = 0.{c.r.randint(300, 600)}"


@neg
def device_serials(c, p):
    rows = [[c.pick(["MacBook Pro 14", "ThinkPad X1", "Dell Latitude 7440"]), c.alnum(12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
             f"{c.r.randint(14, 15)}.{c.r.randint(0, 7)}.{c.r.randint(0, 3)}", c.date(2023), c.pick(["assigned", "in stock", "repair"])] for _ in range(c.r.randint(3, 6))]
    return "sql_table", table(["model", "serial", "os_version", "purchased", "state"], rows)


@neg
def disk_usage(c, p):
    lines = ["Filesystem      Size  Used Avail Use% Mounted on"]
    for fs, mnt in [("/dev/nvme0n1p2", "/"), ("/dev/nvme0n1p1", "/boot/efi"), ("/dev/sdb1", "/var/lib/postgresql"), ("tmpfs", "/run")]:
        size = c.r.randint(1, 2000)
        used = c.r.randint(0, size)
        lines.append(f"{fs:<15} {size:>4}G {used:>4}G {size - used:>4}G {int(100 * used / size):>3}% {mnt}")
    return "shell", "$ df -h\n" + "\n".join(lines)


@neg
def recipe_numbers(c, p):
    return "web_text", f"""Sourdough loaf — baker's percentages

Flour 100% ({c.r.randint(450, 550)} g) · Water {c.r.randint(68, 80)}% · Levain 20% · Salt 2%

Timeline
09:00 mix levain
13:30 autolyse 45 min
14:15 add salt, 4 sets of folds every 30 min
18:00 shape, retard in fridge at 4 °C for 12–16 h
08:00 bake at 250 °C, 20 min lid on, 22 min lid off

Oven: {c.r.randint(220, 260)} °C · Dutch oven 26 cm · Core temp 96 °C"""


@neg
def build_matrix(c, p):
    return "ci_log", f"""Run #{c.r.randint(1000, 20000)} · workflow "test" · attempt 1
job node-18 (ubuntu-22.04)  ✓  {c.r.randint(1, 9)}m {c.r.randint(1, 59)}s
job node-20 (ubuntu-22.04)  ✓  {c.r.randint(1, 9)}m {c.r.randint(1, 59)}s
job node-22 (ubuntu-24.04)  ✗  exit code 137 after {c.r.randint(1, 9)}m {c.r.randint(1, 59)}s
Runner image version: {c.r.randint(2023, 2024)}{c.r.randint(1, 12):02d}{c.r.randint(1, 28):02d}.{c.r.randint(1, 9)}.{c.r.randint(1, 9)}
Artifacts: coverage-report ({c.r.randint(100, 999)} KB), junit.xml ({c.r.randint(10, 99)} KB)"""


@neg
def masked_card_receipt(c, p):
    return "email", f"""Subject: Receipt for your payment

Amount paid: ${c.r.randint(5, 500)}.{c.r.randint(0, 99):02d}
Date paid: {c.date()}
Payment method: {c.pick(['Visa', 'Mastercard', 'Amex'])} •••• {c.r.randint(1000, 9999)}
Receipt number: {c.r.randint(1000, 9999)}-{c.r.randint(1000, 9999)}
Invoice number: {c.alnum(8).upper()}-{c.r.randint(1, 9999):04d}

Questions? Visit our help center."""


@neg
def calendar_no_pii(c, p):
    d = c.date(2025).replace("-", "")
    return "calendar", f"""BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:{c.uuid()}
DTSTART:{d}T{c.r.randint(8, 16):02d}0000Z
DTEND:{d}T{c.r.randint(17, 19):02d}0000Z
SUMMARY:Sprint {c.r.randint(30, 90)} planning
LOCATION:Room 4.12 (capacity 12)
DESCRIPTION:Velocity last 3 sprints: {c.r.randint(20, 40)} / {c.r.randint(20, 40)} / {c.r.randint(20, 40)} points.\\nBacklog items 1–{c.r.randint(10, 30)} to be estimated.
SEQUENCE:{c.r.randint(0, 5)}
END:VEVENT
END:VCALENDAR"""


@neg
def yaml_ports(c, p):
    return "yaml", f"""server:
  port: {c.pick([8080, 8443, 3000])}
  max_connections: {c.r.randint(100, 5000)}
  read_timeout_ms: {c.r.randint(1000, 30000)}
cache:
  ttl_seconds: {c.r.randint(60, 86400)}
  max_entries: {c.r.randint(10000, 1000000)}
retry:
  attempts: {c.r.randint(2, 8)}
  backoff_ms: [100, 200, 400, 800]
build:
  number: {c.r.randint(1000, 99999)}
  version: "{c.r.randint(1, 5)}.{c.r.randint(0, 20)}.{c.r.randint(0, 9)}"
  commit: {c.hexid(40)}"""


@neg
def crm_deal_numbers(c, p):
    obj = {"deal_id": c.r.randint(10**9, 10**10 - 1), "name": f"{c.company()[0]} renewal", "amount": c.r.randint(5000, 400000),
           "probability": c.r.randint(10, 90), "close_date": c.date(2025), "seats": c.r.randint(5, 2000), "contract_months": c.pick([12, 24, 36]),
           "stage_history": [{"stage": s, "entered_at": 1700000000000 + c.r.randint(0, 3 * 10**10)} for s in ["qualified", "proposal", "negotiation"]]}
    return "crm", jdump(obj)


@neg
def chat_no_pii(c, p):
    return "chat", f"""Channel: #warehouse  (exported 2024-11-{c.r.randint(10, 28)})

[07:02] tomasz: dock 3 door is stuck again, ticket #{c.r.randint(1000, 9999)} opened
[07:15] ines: pallet {c.r.randint(100000, 999999)} is missing 2 cartons, checking with the carrier
[07:40] tomasz: truck for route {c.r.randint(10, 99)} leaves at 09:30, {c.r.randint(10, 33)} pallets loaded
[08:05] ines: cartons found in aisle {c.r.randint(1, 40)}, bay {c.r.randint(1, 12)} 👍"""


@neg
def product_page_html(c, p):
    return "html", f"""<div class="product">
  <h1>{c.pick(['Oak desk organiser', 'Ceramic pour-over set', 'Wool throw blanket'])}</h1>
  <p class="sku">SKU {c.r.randint(100000, 999999)}-{c.r.randint(10, 99)} · Model {c.alnum(6).upper()}</p>
  <p class="price" data-cents="{c.r.randint(1000, 20000)}">${c.r.randint(10, 200)}.{c.r.randint(0, 99):02d}</p>
  <ul class="dims"><li>{c.r.randint(10, 90)} x {c.r.randint(10, 90)} x {c.r.randint(2, 40)} cm</li><li>{c.r.randint(200, 5000)} g</li></ul>
  <span class="stock">{c.r.randint(0, 300)} in stock · ships in {c.r.randint(1, 5)} days</span>
  <span class="reviews">{c.r.uniform(3, 5):.1f} ★ ({c.r.randint(3, 2000)} reviews)</span>
</div>"""
