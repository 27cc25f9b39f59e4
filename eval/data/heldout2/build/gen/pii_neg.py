"""Look-alike-only rows for pii.jsonl: numbers that resemble PII but aren't."""
import json
from .common import FIRST, LAST, COMPANIES, CITIES, MONTHS, iso_ts, luhn_ok, git_sha


def d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def nonluhn(r, n):
    while True:
        s = r.choice("123456789") + d(r, n - 1)
        if not luhn_ok(s):
            return s


def n_order(r):
    on = f"{r.randint(100, 999)}-{d(r, 7)}-{d(r, 7)}"
    ups = "1Z" + "".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + d(r, 10)
    items = [(r.choice(["USB-C cable 2 m", "Desk lamp", "Notebook A5 (3-pack)", "Coffee beans 1 kg", "HDMI adapter"]), r.randint(1, 3), f"{r.randint(5, 90)}.{r.randint(0, 99):02d}") for _ in range(3)]
    txt = "\n".join([f"Order confirmation — order #{on}", f"Placed on {r.randint(1, 28)} {r.choice(MONTHS)} 2025 at {r.randint(8, 22)}:{r.randint(0, 59):02d}", ""] +
                    [f"{q} × {n:<24} €{p}" for n, q, p in items] +
                    ["", f"Subtotal: €{r.randint(50, 300)}.{r.randint(0, 99):02d}", f"Shipping: {r.choice(['UPS Standard', 'DHL Express'])}", f"Tracking number: {ups}",
                     f"Estimated delivery: {r.randint(1, 28)}/{r.randint(1, 12)}/2025", "", "Questions? Visit the help centre and quote your order number."])
    return "email", txt


def n_invoices(r):
    out = ["invoice_no,issued,due,amount_eur,status"]
    for _ in range(6):
        out.append(f"INV-2025-{d(r, 6)},{iso_ts(r)[:10]},{iso_ts(r)[:10]},{r.randint(100, 99999)}.{r.randint(0, 99):02d},{r.choice(['paid', 'open', 'overdue'])}")
    return "csv", "\n".join(out)


def n_serverlog(r):
    out = []
    for _ in range(6):
        ms = 1735689600000 + r.randint(0, 10 ** 10)
        out.append(f"ts={ms} host=web-{r.randint(1, 12):02d}.prod method={r.choice(['GET', 'POST'])} path={r.choice(['/api/v2/orders', '/healthz', '/api/v2/cart'])} status={r.choice([200, 201, 304, 404, 500, 503])} bytes={r.randint(120, 2_000_000)} dur_ms={r.randint(1, 4000)}")
    return "log", "\n".join(out)


def n_changelog(r):
    out = ["# Changelog", ""]
    for _ in range(4):
        v = f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
        out += [f"## {v} (build {r.randint(1000, 99999)}) — {r.randint(1, 28)} {r.choice(MONTHS)} 2025", f"- {r.choice(['Fixed crash on startup', 'Faster sync', 'New export format', 'Updated translations'])}",
                f"- Firmware {r.randint(1, 9)}.{r.randint(256, 999)}.{r.randint(0, 99)}.{r.randint(0, 9999)} bundled", ""]
    return "markdown", "\n".join(out).strip()


def n_snmp(r):
    base = "1.3.6.1.4.1." + str(r.randint(2000, 60000))
    out = [f"$ snmpwalk -v2c -c public switch-{r.randint(1, 9)}.mgmt {base}"]
    for i in range(6):
        out.append(f"SNMPv2-SMI::enterprises.{base.split('.', 6)[-1]}.{r.randint(1, 20)}.{r.randint(1, 50)}.{i} = {r.choice(['INTEGER', 'Counter32', 'Gauge32'])}: {r.randint(0, 10 ** 9)}")
    out.append(f"IF-MIB::ifHCInOctets.{r.randint(1, 48)} = Counter64: {r.randint(10 ** 9, 10 ** 12)}")
    return "shell", "\n".join(out)


def n_postal(r):
    out = ["zone,country,postal_prefix,surcharge_eur", ] + [f"Z{r.randint(1, 9)},{c},{p},{r.randint(0, 30)}.{r.randint(0, 99):02d}" for c, p in
                                                             [("DE", d(r, 2)), ("NL", d(r, 4)), ("GB", r.choice(["EC1A", "M1", "BT7", "KW15"])), ("US", d(r, 5)), ("CA", r.choice(["M5V", "V6B", "H3Z"])), ("JP", d(r, 3) + "-" + d(r, 4))]]
    out += ["# surcharges apply per parcel; zones reviewed quarterly", f"# table version {r.randint(2, 9)}.{r.randint(0, 20)}, effective {r.randint(1, 28)} {r.choice(MONTHS)} 2025"]
    return "csv", "\n".join(out)


def isbn13(r):
    while True:
        s = "978" + d(r, 9)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(s)) % 10) % 10
        v = s + str(c)
        if not luhn_ok(v):
            return v


def n_books(r):
    out = ["Reading list — spring term", ""]
    for _ in range(5):
        i = isbn13(r)
        out.append(f"- {r.choice(['A Short History of Maps', 'The Quiet Harbour', 'Data at Scale', 'Gardens of the North', 'Patterns in Clay'])} — {r.choice(LAST)} ({r.randint(1990, 2024)}). ISBN {i[:3]}-{i[3]}-{i[4:8]}-{i[8:12]}-{i[12]}")
    return "markdown", "\n".join(out)


def n_gtin(r):
    items = []
    for _ in range(4):
        items.append({"sku": f"SKU-{d(r, 6)}", "gtin": isbn13(r).replace("978", str(r.randint(400, 440)), 1), "weight_g": r.randint(50, 5000), "dims_mm": [r.randint(10, 900) for _ in range(3)]})
    for it in items:
        if luhn_ok(it["gtin"]):
            it["gtin"] = it["gtin"][:-1] + str((int(it["gtin"][-1]) + 5) % 10)
    return "api_json", json.dumps({"products": items}, indent=2)


def n_metrics(r):
    obj = {"window": "5m", "generated_at": iso_ts(r), "routes": [{"route": p, "p50_ms": r.randint(5, 90), "p99_ms": r.randint(100, 3000), "status": {"2xx": r.randint(1000, 900000), "4xx": r.randint(0, 900), "5xx": r.randint(0, 90)},
                                                                   "bytes_out": r.randint(10 ** 6, 10 ** 10)} for p in ["/api/cart", "/api/search", "/login"]]}
    return "api_json", json.dumps(obj, indent=2)


def n_ci(r):
    out = [f"Build #{r.randint(1000, 99999)} started by timer", f"Checkout {git_sha(r)[:12]}", f"[{r.randint(0, 59):02d}:{r.randint(0, 59):02d}] compiling 1,{r.randint(100, 999)} files",
           f"Artifact app-release.aab size={r.randint(10 ** 7, 9 * 10 ** 7)} bytes", f"versionCode={r.randint(10 ** 6, 10 ** 7)} versionName={r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
           f"Tests: {r.randint(100, 5000)} passed, 0 failed, {r.randint(0, 20)} skipped", f"Total time: {r.randint(1, 40)}m {r.randint(0, 59)}s"]
    return "ci_log", "\n".join(out)


def n_coords(r):
    out = ["site_id,lat,lon,elevation_m,recorded"]
    for _ in range(5):
        out.append(f"S{d(r, 4)},{r.uniform(-60, 70):.6f},{r.uniform(-170, 170):.6f},{r.randint(0, 3000)},{iso_ts(r)}")
    return "csv", "\n".join(out)


def n_parts(r):
    out = ["Spare parts catalogue — pump series 400", ""]
    for _ in range(6):
        out.append(f"{d(r, 4)}-{d(r, 4)}-{d(r, 4)}-{d(r, 2)}  {r.choice(['impeller', 'gasket set', 'shaft seal', 'bearing 6204', 'motor mount'])}  qty/unit {r.randint(1, 4)}  €{r.randint(5, 400)}.{r.randint(0, 99):02d}")
    return "text", "\n".join(out)


def n_sortcodes(r):
    out = ["Branch directory", "", "| branch | sort code | opening hours |", "|---|---|---|"]
    for c in r.sample(CITIES, 5):
        out.append(f"| {c} | {d(r, 2)}-{d(r, 2)}-{d(r, 2)} | Mon–Fri 09:30–16:30 |")
    out += ["", "Sort codes identify the branch only. To pay someone you also need their account number."]
    return "markdown", "\n".join(out)


def n_masked(r):
    txt = "\n".join(["Account overview", f"Card ending in {d(r, 4)} · expires {r.randint(1, 12):02d}/{r.randint(26, 31)}", f"Card number: •••• •••• •••• {d(r, 4)}",
                     f"SSN on file: ***-**-{d(r, 4)}", f"Payout account: DE** **** **** **** **{d(r, 2)} {d(r, 2)}", f"Phone: +44 7*** ***{d(r, 3)}",
                     f"Email: j***@g***.com", "", "For your security we only show part of each number."])
    return "web_text", txt


def n_screenplay(r):
    a, b = r.choice(FIRST).upper(), r.choice(FIRST).upper()
    txt = "\n".join(["INT. DINER — NIGHT", "", f"{a} slides a napkin across the table.", "", a, f"Call this number. Ask for Lou.", "", f"{b}", "(reading)",
                     f"555-01{d(r, 2)}? That's not even a real exchange.", "", a, f"Then try 555-01{d(r, 2)}. Tell him Marnie sent you.", "",
                     f"{b} pockets the napkin.", "", "CUT TO:"])
    return "text", txt


def n_giftcards(r):
    out = ["Gift card batch export (inactive until sold)", "card_no,pin,value_eur,batch"]
    for _ in range(5):
        out.append(f"{nonluhn(r, 16)},{d(r, 4)},{r.choice([10, 25, 50, 100])},B{r.randint(100, 999)}")
    return "csv", "\n".join(out)


def n_dates(r):
    y, m, dd = 2025, r.randint(1, 12), r.randint(1, 28)
    hh, mi, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    ep = 1735689600 + r.randint(0, 3 * 10 ** 7)
    rows = [("ISO 8601", f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mi:02d}:{ss:02d}+02:00"), ("RFC 2822", f"{dd} {MONTHS[m - 1]} {y} {hh:02d}:{mi:02d}:{ss:02d} +0200"),
            ("US", f"{m:02d}/{dd:02d}/{y}"), ("EU", f"{dd:02d}.{m:02d}.{y}"), ("Compact", f"{y}{m:02d}{dd:02d}{hh:02d}{mi:02d}{ss:02d}"),
            ("Unix seconds", str(ep)), ("Unix ms", str(ep * 1000 + r.randint(0, 999))), ("Julian day", f"{2460000 + r.randint(0, 999)}.5")]
    return "markdown", "| format | example |\n|---|---|\n" + "\n".join(f"| {a} | `{b}` |" for a, b in rows)


def n_math(r):
    rows = [[d(r, 3), d(r, 3), d(r, 4)] for _ in range(4)]
    out = ["Exercise 4. Add the columns and check your answers with a calculator.", "", "   A     B      C"] + [f"  {a}   {b}   {c}" for a, b, c in rows]
    out += ["", f"Bonus: what is {d(r, 3)} × {d(r, 3)} + {d(r, 4)}?"]
    return "text", "\n".join(out)


def n_scores(r):
    out = ["Results — 10 km city run", "pos  bib    time      pace/km", ] + [f"{i:>3}  {r.randint(1000, 9999)}   0:{r.randint(31, 59)}:{r.randint(0, 59):02d}   {r.randint(3, 5)}:{r.randint(0, 59):02d}" for i in range(1, 7)]
    return "text", "\n".join(out)


def n_epoch_json(r):
    recs = [{"id": r.randint(10 ** 8, 10 ** 9), "created": 1735689600 + r.randint(0, 3 * 10 ** 7), "updated_ms": 1735689600000 + r.randint(0, 3 * 10 ** 10), "ttl": r.randint(60, 86400), "score": round(r.random(), 4)} for _ in range(4)]
    return "json_rows", json.dumps(recs, indent=2)


def n_ssn_tests(r):
    txt = "\n".join(["# tests/test_ssn_validator.py", "import pytest", "from validators import is_valid_ssn", "", "INVALID = [",
                     f"    \"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}\",   # area 000 never issued", f"    \"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}\",   # area 666 never issued",
                     f"    \"9{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}\",   # 9xx are ITINs, not SSNs", f"    \"{r.randint(100, 599)}-00-{r.randint(1000, 9999)}\",   # group 00",
                     f"    \"{r.randint(100, 599)}-{r.randint(10, 99)}-0000\",   # serial 0000", "]", "", "", "@pytest.mark.parametrize(\"value\", INVALID)",
                     "def test_rejects(value):", "    assert not is_valid_ssn(value)"])
    return "code", txt


def n_cas(r):
    out = ["Safety data sheet — section 3: composition", "", "| substance | CAS no. | EC no. | % w/w |", "|---|---|---|---|"]
    for s in ["Ethanol", "Isopropanol", "Glycerol", "Citric acid"]:
        out.append(f"| {s} | {r.randint(50, 9999)}-{r.randint(10, 99)}-{r.randint(0, 9)} | {r.randint(200, 299)}-{r.randint(100, 999)}-{r.randint(0, 9)} | {r.randint(1, 60)} |")
    return "markdown", "\n".join(out)


def n_timetable(r):
    out = [f"Departures — {r.choice(CITIES)} Central", "time   train    to                platform"]
    for _ in range(6):
        out.append(f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}  {r.choice(['IC', 'RE', 'S'])} {r.randint(100, 9999):<5}  {r.choice(CITIES):<16}  {r.randint(1, 14)}")
    return "text", "\n".join(out)


def n_inventory(r):
    out = ["warehouse=> SELECT bin, sku, qty, last_count FROM stock WHERE aisle = 'C' LIMIT 5;", "  bin   |    sku     | qty  |     last_count", "--------+------------+------+---------------------"]
    for _ in range(5):
        out.append(f" C-{r.randint(10, 99)}-{r.randint(1, 9)} | {d(r, 10)} | {r.randint(0, 9000):>4} | {iso_ts(r)[:19].replace('T', ' ')}")
    out.append("(5 rows)")
    return "sql_table", "\n".join(out)


def n_tickets(r):
    txt = "\n".join([f"Ticket #{r.randint(100000, 999999)} · Invoice total wrong", "Status: Pending", "", "Description:",
                     f"Invoice {r.randint(10 ** 6, 10 ** 7)} shows {r.randint(2, 30)} units but we ordered {r.randint(31, 60)}. Our PO is PO-{d(r, 8)}.",
                     f"Delivery note {d(r, 10)} was signed on {r.randint(1, 28)}/{r.randint(1, 12)}/2025.", "", "--- Agent ---",
                     f"Thanks — corrected invoice {r.randint(10 ** 6, 10 ** 7)} issued; credit note CN-{d(r, 6)} attached."])
    return "ticket", txt


def n_chat(r):
    a, b = r.choice(FIRST), r.choice(FIRST)
    txt = "\n".join([f"[09:1{r.randint(0, 9)}] {a}: did the build pass?", f"[09:2{r.randint(0, 9)}] {b}: yep, #{r.randint(1000, 99999)}, took {r.randint(3, 40)} min",
                     f"[09:3{r.randint(0, 9)}] {a}: and the bundle size?", f"[09:3{r.randint(0, 9)}] {b}: {r.randint(100, 999)} kB gzipped, {r.randint(1, 9)}% smaller than v{r.randint(2, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                     f"[09:4{r.randint(0, 9)}] {a}: nice. ship it after the {r.randint(10, 17)}:00 standup"])
    return "chat", txt


def n_calendar(r):
    txt = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{d(r, 8)}-{d(r, 4)}-{d(r, 4)}-{d(r, 4)}-{d(r, 12)}", f"DTSTAMP:2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}T{r.randint(0, 23):02d}0000Z",
                       f"DTSTART:2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}T{r.randint(8, 16):02d}3000Z", "DURATION:PT45M", f"SUMMARY:Sprint {r.randint(40, 99)} planning",
                       f"DESCRIPTION:Room 4.{r.randint(10, 40)}. Board filter {r.randint(1000, 9999)}. Capacity {r.randint(20, 60)} points.", f"SEQUENCE:{r.randint(0, 5)}", "END:VEVENT", "END:VCALENDAR"])
    return "calendar", txt


def n_yaml(r):
    txt = "\n".join(["replicas: 3", "resources:", f"  requests: {{cpu: {r.randint(100, 900)}m, memory: {r.randint(128, 2048)}Mi}}", "autoscaling:", f"  minReplicas: {r.randint(2, 4)}",
                     f"  maxReplicas: {r.randint(10, 40)}", f"  targetCPUUtilizationPercentage: {r.randint(50, 85)}", f"image: registry.internal/app:{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}",
                     f"podAnnotations:\n  checksum/config: {git_sha(r)}{git_sha(r)[:24]}", f"terminationGracePeriodSeconds: {r.randint(10, 120)}"])
    return "yaml", txt


def n_html(r):
    txt = "\n".join(["<table class=\"stats\">", "<tr><th>Year</th><th>Population</th><th>Households</th><th>Area (km²)</th></tr>"] +
                    [f"<tr><td>{y}</td><td>{r.randint(100000, 9999999):,}</td><td>{r.randint(50000, 999999):,}</td><td>{r.randint(100, 9999)}.{r.randint(0, 9)}</td></tr>" for y in (2000, 2010, 2020, 2024)] +
                    ["</table>", f"<p>Source: national statistics office, table {r.randint(10, 99)}-{r.randint(100, 999)}.</p>"])
    return "html", txt


def n_crm(r):
    out = []
    for _ in range(r.randint(4, 6)):
        out.append(f"{iso_ts(r)}  {r.choice(['CALL ', 'NOTE ', 'TASK '])} {r.choice(COMPANIES)} — {r.choice(['discussed renewal', 'sent revised quote', 'follow up after budget meeting', 'asked for case study'])}; "
                   f"deal D-{d(r, 6)}, value €{r.randint(5, 400)},{d(r, 3)}, duration {r.randint(0, 1)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}")
    return "crm", "\n".join(out)


def n_pdf(r):
    out = ["Annual Report 2024 — Financial highlights", "", "--- Page 7 ---", "", "(in € thousands)          2024        2023",
           f"Revenue                {r.randint(10000, 99999):>8,}    {r.randint(10000, 99999):>8,}", f"Operating profit       {r.randint(1000, 9999):>8,}    {r.randint(1000, 9999):>8,}",
           f"Net cash from ops      {r.randint(1000, 9999):>8,}    {r.randint(1000, 9999):>8,}", f"Employees (FTE)        {r.randint(100, 999):>8}    {r.randint(100, 999):>8}", "",
           f"Registered office: {r.choice(CITIES)}. Company number {d(r, 8)}. VAT {r.choice(['DE', 'NL', 'IE', 'FR'])}{d(r, 9)}.", "", "Page 7 of 64"]
    return "pdf_text", "\n".join(out)


NEGATIVE = [(n_order, 6), (n_invoices, 5), (n_serverlog, 6), (n_changelog, 5), (n_snmp, 4), (n_postal, 4), (n_books, 4), (n_gtin, 4), (n_metrics, 5),
            (n_ci, 5), (n_coords, 4), (n_parts, 4), (n_sortcodes, 4), (n_masked, 6), (n_screenplay, 4), (n_giftcards, 5), (n_dates, 4), (n_math, 4),
            (n_scores, 3), (n_epoch_json, 4), (n_ssn_tests, 3), (n_cas, 3), (n_timetable, 3), (n_inventory, 4), (n_tickets, 4), (n_chat, 3),
            (n_calendar, 3), (n_yaml, 3), (n_html, 3), (n_crm, 3), (n_pdf, 3)]
