# -*- coding: utf-8 -*-
"""Builds the rows of pii.jsonl."""
import csv
import datetime
import io
import json
import random
from collections import Counter

import pii_values as V
from banks import FIRST, LAST, COMPANIES, CHAT_FILLER
from common import rstr, DIG, HEXL, UPPER, ALNUM, rand_dt, luhn_ok, target_len

TYPES = ["phone", "email", "ssn", "credit_card", "ipv4", "iban"]
FORMAT_TYPES = {
    "support_ticket": TYPES, "email": TYPES, "chat_log": TYPES, "sql_result": TYPES, "csv_export": TYPES,
    "spreadsheet": TYPES, "crm_record": TYPES, "app_log": TYPES, "web_access_log": ["ipv4"], "api_json": TYPES,
    "html_page": ["phone", "email", "iban", "ipv4"], "pdf_text": TYPES, "calendar": ["phone", "email"],
    "markdown_doc": ["phone", "email", "ipv4", "iban"], "form_submission": TYPES, "yaml_config": ["phone", "email", "ipv4", "iban"],
}
FORMATS = list(FORMAT_TYPES)
PRIMARY_COUNTS = {"phone": 45, "email": 30, "ssn": 20, "credit_card": 25, "ipv4": 25, "iban": 25}
N_CLEAN = 70
COUNTRIES = list(V.PHONES)
CITY = {"US": ("Austin, TX", "78704"), "CA": ("Toronto, ON", "M5V 2T6"), "UK": ("Leeds", "LS1 4DY"), "DE": ("Berlin", "10115"),
        "FR": ("Lyon", "69002"), "ES": ("Valencia", "46001"), "IT": ("Milano", "20121"), "NL": ("Utrecht", "3511 AB"),
        "IN": ("Bengaluru", "560001"), "JP": ("Tokyo", "150-0002"), "CN": ("Shanghai", "200000"), "BR": ("São Paulo", "01310-100"),
        "AU": ("Sydney NSW", "2000"), "MX": ("Ciudad de México", "06600"), "KR": ("Seoul", "04524"), "SG": ("Singapore", "018956"),
        "ZA": ("Cape Town", "8001"), "NG": ("Lagos", "101241"), "PL": ("Kraków", "31-042"), "SE": ("Göteborg", "411 05"),
        "CH": ("Zürich", "8001"), "IE": ("Dublin 2", "D02 X285"), "AE": ("Dubai", "00000")}
STREETS = ["Maple Ave", "Harbor Blvd", "Oak Street", "Lindenstraße", "Rue de la République", "Calle Mayor", "Via Roma",
           "Kerkstraat", "MG Road", "High Street", "Queen St W", "Rua Augusta", "George St", "Avenida Juárez"]


# ------------------------------------------------------------------ records
def make_record(rng, types, counts=None):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    comp, dom = rng.choice(COMPANIES)
    country = rng.choice(COUNTRIES)
    rec = {"first": f, "last": l, "name": "%s %s" % (f, l), "company": comp, "domain": dom, "country": country,
           "city": CITY[country][0], "postal": CITY[country][1], "street": "%d %s" % (rng.randint(2, 2999), rng.choice(STREETS)),
           "vals": {}}
    counts = counts or {}
    for t in types:
        out = []
        for _ in range(counts.get(t, 1)):
            out.append(gen_value(rng, t, rec))
        rec["vals"][t] = out
    return rec


def gen_value(rng, t, rec):
    if t == "phone":
        c = rec["country"] if rng.random() < 0.7 else rng.choice(COUNTRIES)
        v, lbl = V.phone(rng, c)
        return {"v": v, "lbl": lbl}
    if t == "email":
        return {"v": V.email(rng, rec["first"], rec["last"], rec["domain"])}
    if t == "ssn":
        return {"v": V.ssn(rng)}
    if t == "credit_card":
        v, brand = V.card(rng)
        return {"v": v, "brand": brand, "exp": "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31))}
    if t == "iban":
        return {"v": V.iban(rng), "bic": rng.choice(V.BICS)}
    return {"v": V.ipv4(rng)}


# ------------------------------------------------------------------ look-alikes
REGISTRY = []   # every look-alike value generated for the current row (used by the checks)


def _look_defs(rng):
    year = rng.choice([2023, 2024, 2025])
    return {
        "Order": (lambda: "ORD-%d-%06d" % (year, rng.randint(1, 999999)), ["Your order {v} has shipped.", "Order {v} was placed last Tuesday.", "This is about order {v}."]),
        "Tracking": (lambda: V.ups_tracking(rng), ["It's with UPS under tracking number {v}.", "Tracking: {v}"]),
        "Invoice": (lambda: "INV-%d-%05d" % (year, rng.randint(1, 99999)), ["Invoice {v} is attached.", "This relates to invoice {v}."]),
        "Timestamp": (lambda: rand_dt(rng).strftime("%Y-%m-%dT%H:%M:%SZ"), ["Last updated {v}.", "The record was changed at {v}."]),
        "Epoch": (lambda: str(int(rand_dt(rng).timestamp())), ["The export finished at epoch {v}.", "created_at={v}"]),
        "Epoch (ms)": (lambda: str(int(rand_dt(rng).timestamp()) * 1000 + rng.randint(0, 999)), ["The event timestamp was {v} (ms since epoch).", "ts_ms={v}"]),
        "App version": (lambda: V.version4(rng), ["We're on app version {v}.", "Please update to version {v} or later."]),
        "Firmware": (lambda: V.version4(rng), ["The scanners run firmware {v}.", "Firmware {v} is rolling out this week."]),
        "OID": (lambda: V.oid(rng), ["The monitoring check polls OID {v}.", "Alert raised for OID {v}."]),
        "Build": (lambda: "%d%02d%02d.%d" % (year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 40)), ["This was fixed in build {v}.", "Build {v} passed QA."]),
        "ISBN": (lambda: V.isbn13(rng), ["The textbook (ISBN {v}) is back in stock.", "Please reorder ISBN {v}."]),
        "UPC": (lambda: V.upc(rng), ["The barcode on the box reads {v}.", "UPC {v} scans as the wrong item."]),
        "Account no.": (lambda: "%04d-%06d-%d" % (rng.randint(1, 9999), rng.randint(0, 999999), rng.randint(0, 9)), ["Your customer account number is {v}.", "Loyalty account {v} was credited."]),
        "Customer ID": (lambda: "CUST-%07d" % rng.randint(0, 9999999), ["Customer ID {v}.", "Linked to customer {v}."]),
        "Ticket": (lambda: "INC%07d" % rng.randint(0, 9999999), ["See ticket {v} for the history.", "Related incident: {v}."]),
        "Test card": (lambda: V.card_fail_luhn(rng), ["For QA use test card {v}; it intentionally fails the checksum and must be declined.", "Test card {v} (invalid checksum) was declined as expected."]),
        "Bytes": (lambda: str(rng.choice([1048576, 524288, 2097152, rng.randint(1000, 9999999)])), ["The upload was {v} bytes.", "Response size {v} bytes."]),
        "Duration": (lambda: "%d ms" % rng.randint(3, 9000), ["The request took {v}.", "p95 latency is {v}."]),
        "Port": (lambda: str(rng.choice([8443, 5432, 6379, 9200, 27017, 3306])), ["The service listens on port {v}.", "Port {v} is open on the firewall."]),
        "HTTP status": (lambda: str(rng.choice([200, 201, 204, 301, 404, 429, 500, 503])), ["The endpoint returned HTTP {v}.", "Status code {v} on retry."]),
        "Postal code": (lambda: rng.choice(["94103-1420", "SW1A 1AA", "10115", "75008", "2000", "560001", "M5V 2T6", "1010"]), ["Delivery postcode is {v}.", "The depot covers postal code {v}."]),
        "SKU": (lambda: "SKU-%05d-%s" % (rng.randint(0, 99999), rng.choice(["BL", "RD", "XL", "M"])), ["Item {v} is out of stock.", "Please add {v} to the next order."]),
        "Serial": (lambda: "SN " + rstr(rng, UPPER + DIG, 12), ["Device serial {v}.", "The unit with serial {v} was replaced."]),
        "Part no.": (lambda: "%03d-%04d-%02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 99)), ["Replacement part number {v}.", "Part {v} is backordered."]),
        "Amount": (lambda: "$%s.%02d" % ("{:,}".format(rng.randint(1, 99999)), rng.randint(0, 99)), ["The outstanding amount is {v}.", "Total charged: {v}."]),
        "Reference": (lambda: "%d-%03d-%04d" % (year, rng.randint(1, 365), rng.randint(0, 9999)), ["Booking reference {v}.", "Our reference: {v}."]),
        "Flight": (lambda: "%s %d" % (rng.choice(["LH", "BA", "AF", "UA", "NH"]), rng.randint(100, 9999)), ["Flight {v} departs at 09:40.", "Rebooked onto {v}."]),
        "Meeting ID": (lambda: "%03d %04d %04d" % (rng.randint(800, 999), rng.randint(0, 9999), rng.randint(0, 9999)), ["Meeting ID: {v}", "Join with meeting ID {v}."]),
    }


SCENARIOS = {
    "logistics": ["Order", "Tracking", "Postal code", "Timestamp", "Amount", "SKU", "Part no.", "Invoice"],
    "release": ["App version", "Firmware", "Build", "Port", "HTTP status", "Duration", "OID", "Bytes", "Epoch"],
    "finance": ["Invoice", "Account no.", "Amount", "Reference", "Customer ID", "Timestamp", "Test card", "Epoch (ms)"],
    "retail": ["SKU", "UPC", "ISBN", "Amount", "Order", "Postal code", "Test card"],
    "support": ["Ticket", "HTTP status", "Duration", "Bytes", "Epoch (ms)", "App version", "Customer ID", "Serial"],
    "travel": ["Flight", "Reference", "Meeting ID", "Timestamp", "Amount", "Postal code"],
}
TABLE_NAMES = {"logistics": "shipments", "release": "devices", "finance": "invoices", "retail": "products",
               "support": "tickets", "travel": "bookings"}
_TEMPLATES = {}


def lookalikes(rng, n, scen=None):
    defs = _look_defs(rng)
    keys = SCENARIOS[scen] if scen else list(defs)
    out = []
    for lbl in rng.sample(keys, min(n, len(keys))):
        g, tpl = defs[lbl]
        v = g()
        _TEMPLATES[lbl] = tpl
        out.append((lbl, v))
    REGISTRY.extend(v for _, v in out)
    return out


# ------------------------------------------------------------------ sentence templates
def sentence(rng, t, val, rec=None):
    v = val["v"]
    if t == "phone":
        lbl = val.get("lbl", "Phone")
        return rng.choice(["You can reach me on {v}.", "Best number to call is {v} ({l}).", "Please call me back at {v} after 5 pm.",
                           "{l}: {v}", "My new number is {v}.", "Text or WhatsApp {v} if that's easier.",
                           "If I'm not at my desk, try {v}.", "Call me at {v} to confirm the delivery slot."]).format(v=v, l=lbl)
    if t == "email":
        return rng.choice(["Please send the documents to {v}.", "My personal address is {v}, please use that from now on.",
                           "You can cc {v} on the reply.", "Contact email: {v}", "Send the signed copy to {v}."]).format(v=v)
    if t == "ssn":
        return rng.choice(["My SSN is {v}.", "The SSN on file should be {v}; please double-check it.",
                           "For the W-9 I entered social security number {v}.", "Employee SSN: {v}",
                           "The form shows SSN {v} but the employer says it doesn't match."]).format(v=v)
    if t == "credit_card":
        return rng.choice(["The card I used was {v}, exp {e}.", "Please charge the remaining balance to {v}.",
                           "Card number: {v} (exp {e})", "The refund should go back to card {v}.",
                           "It was paid with my {b} card {v}."]).format(v=v, e=val["exp"], b=val["brand"].title())
    if t == "iban":
        return rng.choice(["Please send the refund to IBAN {v}.", "Our bank details: IBAN {v}, BIC {b}.",
                           "The transfer to {v} failed with reason 'account closed'.", "New supplier account: IBAN {v} (BIC {b})."]).format(v=v, b=val["bic"])
    return rng.choice(["My IP address is {v} according to the network test page.", "The blocked login came from {v}.",
                       "Please allowlist {v} for the SFTP server.", "Requests from {v} are getting 403 errors."]).format(v=v)


def look_sentence(rng, lbl, v):
    return rng.choice(_TEMPLATES[lbl]).format(v=v)


def colname(lbl):
    return lbl.lower().replace(" ", "_").replace("(", "").replace(")", "").replace(".", "")


COL = {"phone": "phone", "email": "email", "ssn": "ssn", "credit_card": "card_number", "iban": "iban", "ipv4": "last_login_ip"}
FIELD = {"phone": "Phone", "email": "Email", "ssn": "SSN", "credit_card": "Card number", "iban": "IBAN", "ipv4": "IP address"}


def all_vals(recs):
    out = []
    for r in recs:
        for t, lst in r["vals"].items():
            for x in lst:
                out.append((t, x, r))
    return out


# ------------------------------------------------------------------ renderers (recs empty => clean row)
CUR = {"scen": "logistics"}
SCEN_TEXT = {
    "logistics": {"title": ["Shipping information", "Delivery update", "Packing list"], "req": ["Warehouse 3 (receiving)", "Logistics desk"],
                  "open": ["The pallet for our last order hasn't arrived at the depot.", "Please confirm the delivery window for the next shipment."],
                  "from": "Logistics Desk", "to": "Warehouse leads"},
    "release": {"title": ["Release notes", "Firmware rollout plan", "Release certificate"], "req": ["IT Operations", "Platform team"],
                "open": ["The firmware update failed on two handheld scanners.", "Monitoring shows errors after last night's release."],
                "from": "Release Notifications", "to": "Operations"},
    "finance": {"title": ["Billing FAQ", "Statement of account", "Credit note"], "req": ["Accounts Payable team", "Finance operations"],
                "open": ["The invoice totals don't match the purchase order.", "We were charged twice for the same invoice."],
                "from": "Billing", "to": "Finance team"},
    "retail": {"title": ["Product details", "Stock update", "Product data sheet"], "req": ["Store #118", "Merchandising team"],
               "open": ["Several items scan with the wrong price at the till.", "We need to reorder a few titles before the term starts."],
               "from": "Merchandising", "to": "Store managers"},
    "support": {"title": ["System status", "Incident summary", "Service report"], "req": ["Service desk", "Integration team"],
                "open": ["Our export job is timing out since this morning.", "The API started returning errors for some requests."],
                "from": "Status Page", "to": "Engineering"},
    "travel": {"title": ["Your itinerary", "Travel update", "Trip summary"], "req": ["Travel desk", "Events team"],
               "open": ["The team's flights for the offsite were changed.", "Please confirm the bookings for next week's trip."],
               "from": "Travel Desk", "to": "Events team"},
}


def r_ticket(rng, recs, looks):
    st = SCEN_TEXT[CUR["scen"]]
    n = rng.randint(10000, 99999)
    body, header_email = [], None
    if recs:
        r = recs[0]
        req = r["name"]
        vals = all_vals(recs)
        em = [x for t, x, _ in vals if t == "email"]
        if em and rng.random() < 0.6:
            header_email = em[0]["v"]
            vals = [v for v in vals if v[1] is not em[0]]
        body.append(rng.choice(["Hi, I have a problem with my account.", "Hello, following up on my earlier call.",
                                "Hi team, I need help with a payment.", "Good morning, I was asked to send my details again."]))
        for t, x, _ in vals:
            body.append(sentence(rng, t, x))
    else:
        req = rng.choice(st["req"])
        body.append(rng.choice(st["open"]))
    for lbl, v in looks:
        body.insert(rng.randint(1, len(body)), look_sentence(rng, lbl, v))
    sub = rng.choice(["Update payment details", "Refund request", "Account verification", "Delivery problem", "Login blocked",
                      "Change of contact details"]) if recs else rng.choice(st["title"])
    hdr = "Requester: %s%s" % (req, " <%s>" % header_email if header_email else "")
    reply = rng.choice(["Thanks, I've updated the ticket and passed it to the right team.", "We're looking into this and will reply within one business day.",
                        "Could you confirm the date this started? Then I can escalate it."])
    return "Ticket #%d: %s\nStatus: Open   Priority: %s   Channel: %s\n%s\nCreated: %s\n\nDescription:\n%s\n\n--- Support agent ---\n%s" % (
        n, sub, rng.choice(["P2", "P3", "P4"]), rng.choice(["Email", "Web form", "Phone"]), hdr,
        rand_dt(rng).strftime("%Y-%m-%d %H:%M UTC"), " ".join(body), reply)


def r_email(rng, recs, looks):
    st = SCEN_TEXT[CUR["scen"]]
    lines = []
    if recs:
        r = recs[0]
        vals = all_vals(recs)
        em = [x for t, x, _ in vals if t == "email"]
        frm = "%s <%s>" % (r["name"], em[0]["v"]) if em else r["name"]
        vals = [v for v in vals if not (em and v[1] is em[0])]
        to = rng.choice(["Customer Service", "Billing Team", "HR Shared Services", "Accounts Receivable"])
        cc = None
        if len(em) > 1:
            cc = em[1]["v"]
            vals = [v for v in vals if v[1] is not em[1]]
        greet = "Hello,"
        sig_phones = [v for v in vals if v[0] == "phone" and rng.random() < 0.6]
        body_vals = [v for v in vals if v not in sig_phones]
        for t, x, _ in body_vals:
            lines.append(sentence(rng, t, x))
        sig = [r["name"]] + ["%s: %s" % (x["lbl"], x["v"]) for t, x, _ in sig_phones]
        subj = rng.choice(["Re: your request", "Updated details", "Payment information", "Follow-up", "My account"])
    else:
        frm, to, cc = st["from"], st["to"], None
        greet = "Hi all,"
        lines.append(rng.choice(st["open"]))
        sig = [frm]
        subj = rng.choice(st["title"])
    for lbl, v in looks:
        lines.insert(rng.randint(0, len(lines)), look_sentence(rng, lbl, v))
    hdr = ["From: " + frm, "To: " + to]
    if cc:
        hdr.append("Cc: " + cc)
    hdr += ["Date: " + rand_dt(rng).strftime("%a, %d %b %Y %H:%M:%S +0000"), "Subject: " + subj]
    return "\n".join(hdr) + "\n\n" + greet + "\n\n" + " ".join(lines) + "\n\n" + rng.choice(["Thanks,", "Best regards,", "Kind regards,"]) + "\n" + "\n".join(sig)


def r_chat(rng, recs, looks):
    if recs:
        users = [(r["first"] + "." + r["last"]).lower() for r in recs] + ["support.agent"]
    else:
        users = ["deploy-bot", "ops-oncall", "warehouse-3", "build-notifier", "qa-team"]
    msgs = [(rng.choice(users), m) for m in rng.sample(CHAT_FILLER, rng.randint(3, 7))]
    own = []
    for t, x, r in all_vals(recs):
        own.append(((r["first"] + "." + r["last"]).lower(), sentence(rng, t, x)))
    for lbl, v in looks:
        own.append((rng.choice(users), look_sentence(rng, lbl, v)))
    rng.shuffle(own)
    pos = rng.randint(0, len(msgs))
    msgs = msgs[:pos] + own + msgs[pos:]
    t0 = rand_dt(rng)
    out = ["#%s" % rng.choice(["customer-support", "billing", "ops", "general", "vendor-onboarding"])]
    for u, m in msgs:
        t0 += datetime.timedelta(minutes=rng.randint(0, 9))
        out.append("[%s] %s: %s" % (t0.strftime("%H:%M"), u, m))
    return "\n".join(out)


def _table(rng, recs, looks):
    scen = CUR["scen"]
    if recs:
        types = list(recs[0]["vals"].keys())
        extra = [lbl for lbl, _ in looks[:2]]
        cols = ["id", "name"] + [COL[t] for t in types] + [colname(e) for e in extra]
        rows = []
        for j, r in enumerate(recs):
            d = dict(looks) if j == 0 else dict(lookalikes(rng, 99, scen))
            rows.append([str(rng.randint(1000, 99999)), r["name"]] + [r["vals"][t][0]["v"] for t in types] + [d.get(e, "") for e in extra])
        return cols, rows
    keys = SCENARIOS[scen]
    cols_l = [k for k in keys if k in set(rng.sample(keys, 4))]
    rows = []
    for _ in range(rng.randint(3, 7)):
        d = dict(lookalikes(rng, 99, scen))
        rows.append([d.get(c, "") for c in cols_l])
    return [colname(c) for c in cols_l], rows


def r_sql(rng, recs, looks):
    cols, rows = _table(rng, recs, looks)
    table = rng.choice(["customers", "contacts", "users", "payouts", "applicants"]) if recs else TABLE_NAMES[CUR["scen"]]
    w = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    out = ["mysql> SELECT %s FROM %s ORDER BY 1 DESC LIMIT %d;" % (", ".join(cols), table, len(rows)), sep,
           "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |", sep]
    out += ["| " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)) + " |" for r in rows]
    out += [sep, "%d rows in set (0.0%d sec)" % (len(rows), rng.randint(0, 9))]
    return "\n".join(out)


def r_csv(rng, recs, looks):
    cols, rows = _table(rng, recs, looks)
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    w.writerow(cols)
    w.writerows(rows)
    return b.getvalue().rstrip("\n")


def r_sheet(rng, recs, looks):
    cols, rows = _table(rng, recs, looks)
    book = rng.choice(["Contacts_Q3.xlsx", "Payroll_Import.xlsx", "Vendor_Master.xlsx", "Event_Registrations.xlsx"]) if recs else \
        "%s_%s.xlsx" % (TABLE_NAMES[CUR["scen"]].title(), rng.choice(["May", "Q3", "Export", "2024"]))
    out = ["Workbook: %s | Sheet: Sheet1 | %d rows" % (book, len(rows)), "", "    | " + " | ".join("%s: %s" % (chr(65 + i), c) for i, c in enumerate(cols))]
    for i, r in enumerate(rows):
        out.append("%3d | %s" % (i + 2, " | ".join(r)))
    return "\n".join(out)


def r_crm(rng, recs, looks):
    comp, dom = rng.choice(COMPANIES)
    out = ["Contact record 003%s" % rstr(rng, ALNUM, 15) if recs else "Account record 001%s" % rstr(rng, ALNUM, 15)]
    notes = []
    if recs:
        r = recs[0]
        out += ["Name: %s" % r["name"], "Account: %s" % r["company"], "Mailing city: %s %s" % (r["postal"], r["city"])]
        for t, x, _ in all_vals(recs):
            if t in ("phone", "email") and rng.random() < 0.7:
                out.append("%s: %s" % (x.get("lbl", FIELD[t]) if t == "phone" else FIELD[t], x["v"]))
            else:
                notes.append(sentence(rng, t, x))
    else:
        out += ["Account Name: %s" % comp, "Industry: %s" % rng.choice(["Logistics", "Retail", "Manufacturing"]), "Employees: %d" % rng.choice([120, 480, 2300])]
        notes.append(rng.choice(["Renewal discussed; waiting on procurement.", "Pilot extended two weeks.", "Requested updated price list."]))
    for lbl, v in looks:
        if rng.random() < 0.5:
            out.append("%s: %s" % (lbl, v))
        else:
            notes.append(look_sentence(rng, lbl, v))
    rng.shuffle(notes)
    out += ["", "Activity history:"]
    t0 = rand_dt(rng)
    for nt in notes + [rng.choice(["Sent follow-up email.", "Left voicemail.", "Meeting rescheduled to next week."])]:
        t0 -= datetime.timedelta(days=rng.randint(1, 9))
        out.append("- %s  %s" % (t0.strftime("%Y-%m-%d"), nt))
    return "\n".join(out)


def r_applog(rng, recs, looks):
    t0 = rand_dt(rng)
    lines = []
    for t, x, r in all_vals(recs):
        v = x["v"]
        if t == "ipv4":
            lines.append(rng.choice(["INFO  auth: login succeeded user_id=%d src_ip=%s mfa=true" % (rng.randint(1000, 99999), v),
                                     "WARN  auth: 5 failed logins from %s, temporarily blocking" % v,
                                     "INFO  api: request from client_ip=%s path=/v2/orders status=200" % v]))
        elif t == "email":
            lines.append(rng.choice(["INFO  mailer: sent template=order_confirmation to=%s" % v, "WARN  signup: duplicate account attempt email=%s" % v]))
        elif t == "phone":
            lines.append("INFO  sms: OTP sent to %s provider=%s" % (v, rng.choice(["twilio", "vonage", "sinch"])))
        elif t == "credit_card":
            lines.append("ERROR payments: charge failed card=%s exp=%s reason=do_not_honor" % (v, x["exp"]))
        elif t == "iban":
            lines.append("INFO  payouts: transfer queued beneficiary_iban=%s amount=%d.%02d EUR" % (v, rng.randint(10, 9000), rng.randint(0, 99)))
        else:
            lines.append("WARN  kyc: ssn validation mismatch value=%s applicant_id=%d" % (v, rng.randint(1000, 99999)))
    comp = {"logistics": "shipping", "release": "updater", "finance": "billing", "retail": "catalog", "support": "api", "travel": "booking"}[CUR["scen"]]
    for lbl, v in looks:
        lines.append("%s %s: %s=%s" % (rng.choice(["DEBUG", "INFO "]), comp, colname(lbl), v))
    lines += ["INFO  http: GET /healthz status=200 duration_ms=%d" % rng.randint(1, 20),
              "INFO  worker: processed batch size=%d in %d ms" % (rng.randint(10, 500), rng.randint(20, 4000))][: rng.randint(1, 2)]
    rng.shuffle(lines)
    out = []
    for l in lines:
        t0 += datetime.timedelta(milliseconds=rng.randint(5, 3000))
        out.append(t0.strftime("%Y-%m-%d %H:%M:%S.") + "%03d " % (t0.microsecond // 1000) + l)
    return "\n".join(out)


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
       "curl/8.5.0", "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Gecko/20100101 Firefox/125.0"]
PATHS = ["/api/v2/orders?page=2", "/login", "/static/app.3f9a8c1e.js", "/api/v2/shipments/88213", "/account/settings", "/favicon.ico",
         "/api/v2/search?q=desk+lamp", "/checkout/confirm"]


def r_weblog(rng, recs, looks):
    t0 = rand_dt(rng)
    ips = [x["v"] for t, x, _ in all_vals(recs) if t == "ipv4"]
    n = max(len(ips) + 2, rng.randint(4, 9))
    out = []
    for i in range(n):
        ip = (ips[i] if i < len(ips) else rng.choice(ips)) if ips else None
        t0 += datetime.timedelta(seconds=rng.randint(0, 40))
        ts = t0.strftime("%d/%b/%Y:%H:%M:%S +0000")
        st = rng.choice([200, 200, 200, 304, 404, 302, 500])
        if ip:
            out.append('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, ts, rng.choice(PATHS), st, rng.randint(0, 90000), rng.choice(UAS)))
        else:
            out.append('[%s] "GET %s HTTP/1.1" %d %d rt=%.3f uct=0.001 req_id=%s' % (ts, rng.choice(PATHS), st, rng.randint(0, 90000), rng.random(), rstr(rng, HEXL, 16)))
    for lbl, v in looks:
        t0 += datetime.timedelta(seconds=rng.randint(0, 40))
        q = "/api/v2/lookup?%s=%s" % (colname(lbl), v.replace(" ", "+").replace("$", "%24").replace(",", "%2C"))
        ts = t0.strftime("%d/%b/%Y:%H:%M:%S +0000")
        if ips:
            line = '%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (rng.choice(ips), ts, q, rng.randint(0, 9000), rng.choice(UAS))
        else:
            line = '[%s] "GET %s HTTP/1.1" 200 %d rt=%.3f uct=0.001 req_id=%s' % (ts, q, rng.randint(0, 9000), rng.random(), rstr(rng, HEXL, 16))
        out.append(line)
    return "\n".join(out)


def r_api(rng, recs, looks):
    items = []
    if recs:
        for r in recs:
            d = {"id": rng.randint(1000, 99999), "name": r["name"], "city": r["city"]}
            for t, lst in r["vals"].items():
                d[COL[t]] = lst[0]["v"] if len(lst) == 1 else [x["v"] for x in lst]
            items.append(d)
    else:
        for _ in range(rng.randint(2, 4)):
            items.append({"id": rng.randint(1000, 99999), "status": rng.choice(["shipped", "pending", "delivered", "open", "closed"]),
                          "total_cents": rng.randint(100, 999999), "items": rng.randint(1, 9)})
    for lbl, v in looks:
        rng.choice(items)[colname(lbl)] = v
    root = {"data": items, "meta": {"count": len(items), "request_id": rstr(rng, HEXL, 24), "took_ms": rng.randint(3, 400)}}
    return json.dumps(root, indent=2, ensure_ascii=False)


def r_html(rng, recs, looks):
    comp, dom = rng.choice(COMPANIES)
    parts = []
    if recs:
        title = rng.choice(["Contact us", "Our team", "Donate", "Your connection"])
        for t, x, r in all_vals(recs):
            if t == "email":
                parts.append('<p>%s: <a href="mailto:%s">%s</a></p>' % (r["name"], x["v"], x["v"]))
            elif t == "phone":
                parts.append("<p>%s, %s: %s</p>" % (r["name"], x["lbl"], x["v"]))
            elif t == "iban":
                parts.append("<p>Bank transfer to %s: IBAN <strong>%s</strong>, BIC %s</p>" % (comp, x["v"], x["bic"]))
            else:
                parts.append("<p>Your public IP address is <code>%s</code>.</p>" % x["v"])
    else:
        title = rng.choice(SCEN_TEXT[CUR["scen"]]["title"])
        parts.append("<p>%s</p>" % rng.choice(["Free shipping on orders over $50.", "All systems operational.", "Now available in three colours.",
                                               "Thank you for your order."]))
    for lbl, v in looks:
        parts.append("<p>%s</p>" % look_sentence(rng, lbl, v))
    rng.shuffle(parts)
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>%s | %s</title>\n</head>\n<body>\n  <main>\n    <h1>%s</h1>\n    %s\n  </main>\n'
            '  <footer>&copy; %d %s</footer>\n</body>\n</html>') % (title, comp, title, "\n    ".join(parts), rng.randint(2023, 2025), comp)


def r_pdf(rng, recs, looks):
    comp, dom = rng.choice(COMPANIES)
    out = ["--- Page 1 of 1 ---", comp.upper()]
    if recs:
        r = recs[0]
        kind = rng.choice(["Employment application", "Tenant application", "Payment authorization form", "Supplier onboarding form", "Invoice"])
        out += [kind, "", "Name: %s" % r["name"], "Address: %s, %s %s" % (r["street"], r["postal"], r["city"])]
        for t, x, _ in all_vals(recs):
            if t == "credit_card":
                out.append("Card number: %s   Expiry: %s" % (x["v"], x["exp"]))
            elif t == "iban":
                out.append("IBAN: %s   BIC: %s" % (x["v"], x["bic"]))
            elif t == "phone":
                out.append("%s: %s" % (x["lbl"], x["v"]))
            else:
                out.append("%s: %s" % (FIELD[t], x["v"]))
        out += ["", "Signature: ______________________   Date: %s" % rand_dt(rng).strftime("%d/%m/%Y")]
    else:
        out += [rng.choice(SCEN_TEXT[CUR["scen"]]["title"]), ""]
    for lbl, v in looks:
        out.insert(rng.randint(4, len(out)), "%s: %s" % (lbl, v))
    out += ["", "%s | Confidential | Page 1" % comp]
    return "\n".join(out)


def r_calendar(rng, recs, looks):
    comp, dom = rng.choice(COMPANIES)
    st = rand_dt(rng).replace(minute=0, second=0)
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar//EN" % comp, "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000%s" % rstr(rng, "0123456789ABCDEF", 32),
           "DTSTART:" + st.strftime("%Y%m%dT%H%M%SZ"), "DTEND:" + (st + datetime.timedelta(minutes=45)).strftime("%Y%m%dT%H%M%SZ"),
           "SUMMARY:" + rng.choice(["Interview", "Vendor onboarding call", "Quarterly review", "Site visit"] if recs else ["Release go/no-go", "Inventory count", "Maintenance window", "Travel briefing"])]
    desc = []
    for t, x, r in all_vals(recs):
        if t == "email":
            out.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (r["name"], x["v"]))
        else:
            desc.append("Dial-in: %s" % x["v"] if rng.random() < 0.5 else "If the video link fails, call %s." % x["v"])
    for lbl, v in looks:
        desc.append(look_sentence(rng, lbl, v))
    if not recs:
        desc.append(rng.choice(["Room 4B.", "Bring the checklist.", "Go/no-go criteria are in the release doc."]))
    out.append("DESCRIPTION:" + "\\n".join(desc).replace(",", "\\,"))
    out += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(out)


def r_markdown(rng, recs, looks):
    if recs:
        title = rng.choice(["On-call contacts", "Vendor bank details", "Customer escalation list", "Office directory"])
        types = list(recs[0]["vals"].keys())
        head = "| Name | " + " | ".join(FIELD[t] for t in types) + " |"
        rows = [head, "|" + "---|" * (len(types) + 1)]
        for r in recs:
            rows.append("| %s | %s |" % (r["name"], " | ".join(r["vals"][t][0]["v"] for t in types)))
        body = "\n".join(rows)
    else:
        title = rng.choice(SCEN_TEXT[CUR["scen"]]["title"])
        body = rng.choice(SCEN_TEXT[CUR["scen"]]["open"])
    extra = "\n".join("- %s" % look_sentence(rng, lbl, v) for lbl, v in looks)
    return "# %s\n\n_Last updated %s_\n\n%s\n\n## Notes\n\n%s" % (title, rand_dt(rng).strftime("%Y-%m-%d"), body, extra)


def r_form(rng, recs, looks):
    out = ["New form submission: %s" % (rng.choice(["Contact us", "Job application", "Refund request", "Account update"]) if recs else rng.choice(["Product feedback", "Warranty registration", "Event survey"])),
           "Submitted: %s" % rand_dt(rng).strftime("%Y-%m-%d %H:%M:%S UTC"), ""]
    if recs:
        r = recs[0]
        out.append("Full name: %s" % r["name"])
        ips = []
        for t, x, _ in all_vals(recs):
            if t == "ipv4":
                ips.append(x["v"])
                continue
            out.append("%s: %s" % (FIELD[t] if t != "phone" else x["lbl"], x["v"]))
        out.append("Message: %s" % rng.choice(["Please update my details.", "See attached.", "Call me if anything is missing."]))
        if ips:
            out += ["", "Submitter IP: %s" % ips[0]]
            if len(ips) > 1:
                out.append("X-Forwarded-For: %s" % ", ".join(ips[1:]))
    else:
        out += ["Rating: %d/5" % rng.randint(1, 5), "Comments: %s" % rng.choice(["Works as expected.", "Setup took longer than expected.", "Great support."])]
    for lbl, v in looks:
        out.insert(rng.randint(3, len(out)), "%s: %s" % (lbl, v))
    out.append("User agent: %s" % rng.choice(UAS))
    return "\n".join(out)


def r_yaml(rng, recs, looks):
    out = ["# %s" % rng.choice(["oncall.yaml", "escalation-policy.yml", "vendors.yaml", "access.yml"] if recs else ["service.yaml", "snmp.yml", "release.yaml", "catalog.yml"])]
    if recs:
        out.append("contacts:")
        for r in recs:
            out.append("  - name: %s" % r["name"])
            for t, lst in r["vals"].items():
                k = {"phone": "phone", "email": "email", "iban": "iban", "ipv4": "source_ip"}[t]
                out.append('    %s: "%s"' % (k, lst[0]["v"]))
    else:
        out += ["service:", "  name: %s" % TABLE_NAMES[CUR["scen"]], "  timeout_ms: %d" % rng.randint(100, 9000)]
    out.append("meta:")
    for lbl, v in looks:
        out.append('  %s: "%s"' % (colname(lbl), v))
    return "\n".join(out)


RENDER = {"support_ticket": r_ticket, "email": r_email, "chat_log": r_chat, "sql_result": r_sql, "csv_export": r_csv,
          "spreadsheet": r_sheet, "crm_record": r_crm, "app_log": r_applog, "web_access_log": r_weblog, "api_json": r_api,
          "html_page": r_html, "pdf_text": r_pdf, "calendar": r_calendar, "markdown_doc": r_markdown, "form_submission": r_form,
          "yaml_config": r_yaml}
TABLE_FORMATS = {"sql_result", "csv_export", "spreadsheet", "markdown_doc", "api_json", "yaml_config"}
assert set(RENDER) == set(FORMATS)


def build(seed):
    rng = random.Random(seed)
    specs = []
    for t, n in PRIMARY_COUNTS.items():
        specs += [("pii", t)] * n
    specs += [("clean", "clean")] * N_CLEAN
    cnt_lab, cnt_cat = Counter(), Counter()
    order = sorted(range(len(specs)), key=lambda i: (len([f for f in FORMATS if specs[i][1] in FORMAT_TYPES[f]]) if specs[i][0] == "pii" else 99, rng.random()))
    fmt = {}
    for i in order:
        lab, cat = specs[i]
        opts = [f for f in FORMATS if lab == "clean" or cat in FORMAT_TYPES[f]]
        f = min(opts, key=lambda x: (cnt_lab[(lab, x)], cnt_cat[(cat, x)], rng.random()))
        fmt[i] = f
        cnt_lab[(lab, f)] += 1
        cnt_cat[(cat, f)] += 1
    rows = []
    for i, (lab, cat) in enumerate(specs):
        f = fmt[i]
        nlook = rng.randint(1, 3) if lab == "pii" else rng.randint(2, 4)
        CUR["scen"] = rng.choice(sorted(SCENARIOS))
        recs = []
        if lab == "pii":
            sec = [t for t in FORMAT_TYPES[f] if t != cat]
            nsec = rng.choice([0, 0, 1, 1, 2]) if f != "web_access_log" else 0
            types = [cat] + rng.sample(sec, min(nsec, len(sec)))
            if f in TABLE_FORMATS:
                types = types[:2]
                recs = [make_record(rng, types) for _ in range(rng.randint(2, 5))]
            else:
                counts = {cat: rng.choice([1, 1, 2, 3]) if cat != "ssn" else 1}
                if f == "web_access_log":
                    counts = {cat: rng.randint(1, 4)}
                recs = [make_record(rng, types, counts)]
        tgt = max(170, int(target_len(rng) * 0.45))
        for attempt in range(8):
            REGISTRY.clear()
            looks = lookalikes(rng, nlook + attempt, CUR["scen"])
            text = RENDER[f](rng, recs, looks)
            if tgt <= len(text) <= 3000 or (attempt >= 4 and 150 <= len(text) <= 3000):
                break
        ents = []
        seen = set()
        for t, x, _ in all_vals(recs):
            if x["v"] not in seen:
                ents.append({"type": t, "value": x["v"]})
                seen.add(x["v"])
        rows.append({"format": f, "label": lab, "category": cat, "text": text, "entities": ents,
                     "_looks": list(REGISTRY)})
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "pii-%04d" % (i + 1)
    return rows
