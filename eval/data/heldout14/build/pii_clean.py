"""42 clean rows: look-alikes of the six PII types that are not PII."""
from carriers import J, csvt, iso, jsonlog, plainlog, psql, rng, hexs
from piilib import CARD_BRANDS, fmt_card, luhn_digit, luhn_ok, make_iban


def N(fmt, cat, text):
    return {"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text, "_phone_formats": []}


def digits(key, n, first="123456789"):
    r = rng("cd|" + key)
    d = r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))
    return d


def non_luhn(key, n, first="123456789"):
    d = digits(key, n, first)
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def bad_card(key, brand, style="plain"):
    r = rng("bc|" + key)
    prefixes, n = CARD_BRANDS[brand]
    p = r.choice(prefixes)
    body = p + "".join(r.choice("0123456789") for _ in range(n - len(p) - 1))
    c = str((int(luhn_digit(body)) + 1 + r.randrange(8)) % 10)
    return fmt_card(body + c, style)


def isbn13(key):
    r = rng("isbn|" + key)
    b = "978" + "".join(r.choice("0123456789") for _ in range(9))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def fmt_isbn(d):
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:8], d[8:12], d[12])


def rows():
    out = []

    out.append(N("email_raw", "order_number", """Sender: Northbound Gear (order notifications)
Subject: Order NB-558102 confirmed

Thanks for your order!

Order number: NB-558102
Marketplace reference: 114-%s-%s
Placed: 19 September 2024, 14:02
Items: Trailhead 28L Daypack (Moss) x1
Total: $89.00
""" % (non_luhn("o1a", 7), non_luhn("o1b", 7))))

    out.append(N("json_api", "tracking_number", J({"shipments": [
        {"carrier": "UPS", "tracking": "1Z" + hexs("o2a", 6).upper() + non_luhn("o2a", 10), "status": "In transit"},
        {"carrier": "USPS", "tracking": "9400" + non_luhn("o2b", 18), "status": "Delivered"},
        {"carrier": "DHL", "tracking": "JJD00" + non_luhn("o2c", 16), "status": "Out for delivery"}]})))

    out.append(N("app_log", "timestamp", plainlog("clean-o3", [
        ("INFO", "scheduler", "job export_ledger started at 2024-09-19T01:00:00.000Z (epoch 1726707600)"),
        ("INFO", "scheduler", "job export_ledger finished in 00:12:41.882"),
        ("INFO", "scheduler", "next run 2024-09-20 01:00:00 UTC")])))

    out.append(N("terminal_session", "version_string", """$ show version
Switch firmware: 10.4.2.1 (build 2024-06-11)
Bootloader: 2.1.0.14
Hardware revision: 3.0.1.2
Uptime: 41 days, 6 hours
$ 
"""))

    out.append(N("text_file", "oid", """# snmpwalk -v2c -c public core-sw-01 1.3.6.1.2.1.2.2.1.2
IF-MIB::ifDescr.1 = STRING: GigabitEthernet1/0/1
IF-MIB::ifDescr.2 = STRING: GigabitEthernet1/0/2
# OIDs used by the monitoring template
cpu_load      1.3.6.1.4.1.2021.10.1.3.1
mem_avail     1.3.6.1.4.1.2021.4.6.0
disk_percent  1.3.6.1.4.1.2021.9.1.9.1
"""))

    out.append(N("csv", "postal_code", csvt(["city", "country", "postal_code"], [
        ["Portland", "US", "97214"], ["Leeds", "GB", "LS6 2QT"], ["Valence", "FR", "26000"], ["Berchtesgaden", "DE", "83471"],
        ["Toronto", "CA", "M5V 2T6"], ["Amsterdam", "NL", "1017 CT"], ["Tokyo", "JP", "150-0002"]])))

    out.append(N("json_api", "card_like_invalid", J({"test_vectors": [
        {"pan": bad_card("o7a", "visa"), "expect": "reject_luhn"},
        {"pan": bad_card("o7b", "mastercard", "space"), "expect": "reject_luhn"},
        {"pan": bad_card("o7c", "amex", "dash"), "expect": "reject_luhn"}], "note": "All numbers above fail the Luhn check."})))

    out.append(N("ocr_text", "card_like_invalid", """GIFT CARD
Card No. %s
PIN: scratch to reveal
Balance check: giftcards.crumbkettle.com
""" % " ".join(non_luhn("o8", 19, "7")[i:i + 4] for i in range(0, 19, 4))))

    out.append(N("text_file", "invalid_iban", """Validierung fehlgeschlagen - bitte prüfen:
Zeile 3: %s  -> Prüfziffer ungültig
Zeile 7: %s  -> Prüfziffer ungültig
Keine Zahlung ausgelöst.
""" % (make_iban("o9a", "DE", True, valid=False), make_iban("o9b", "AT", True, valid=False))))

    out.append(N("csv", "invalid_iban", csvt(["row", "input", "error"], [
        ["12", make_iban("o10a", "NL", False, valid=False), "checksum mismatch"],
        ["15", "GB%s NWBK %s" % (non_luhn("o10b", 2), non_luhn("o10c", 10)), "wrong length"],
        ["19", make_iban("o10d", "FR", False, valid=False), "checksum mismatch"]])))

    out.append(N("json_api", "invalid_ssn", J({"validation_errors": [
        {"field": "ssn", "value": "000-%s-%s" % (digits("o11a", 2), digits("o11b", 4)), "error": "area number 000 is never issued"},
        {"field": "ssn", "value": "666-%s-%s" % (digits("o11c", 2), digits("o11d", 4)), "error": "area number 666 is never issued"},
        {"field": "ssn", "value": "9%s-%s-%s" % (digits("o11e", 2), "3" + digits("o11f", 1, "0123456789"), digits("o11g", 4)), "error": "area numbers 900-999 are not SSNs"}]})))

    out.append(N("text_file", "invalid_ssn", """Form field examples shown to users (these are not valid SSNs):
  Example format: 000-00-0000
  Placeholder:    XXX-XX-XXXX
  Rejected test:  %s-00-%s (group 00 is never issued)
""" % (digits("o12a", 3), digits("o12b", 4))))

    out.append(N("csv", "isbn", csvt(["title", "isbn13"], [["The Keeper's Letters", fmt_isbn(isbn13("o13a"))], ["Prompting for Practitioners", fmt_isbn(isbn13("o13b"))],
                                                         ["Les heures creuses", isbn13("o13c")]])))

    out.append(N("pdf_text", "invoice_number", """INVOICE INV-2024-0719
Customer account: CUST-%s
PO number: PO-%s
Invoice date: 19/07/2024   Due: 18/08/2024
Total due: GBP 245.40
""" % (non_luhn("o14a", 8), non_luhn("o14b", 6))))

    out.append(N("json_api", "coordinates", J({"stores": [{"id": "0217", "lat": 45.5231, "lng": -122.6765}, {"id": "0221", "lat": 45.5048, "lng": -122.6231},
                                                         {"id": "0230", "lat": 45.4871, "lng": -122.8037}], "bbox": [-122.84, 45.43, -122.47, 45.65]})))

    out.append(N("csv", "ean_barcode", csvt(["sku", "ean13", "description"], [
        ["TK-1001", "0" + non_luhn("o16a", 12), "Stainless bottle 500ml"], ["TK-1002", "0" + non_luhn("o16b", 12), "Stainless bottle 350ml"],
        ["TK-2040", "0" + non_luhn("o16c", 12), "Bamboo board L"]])))

    out.append(N("text_file", "date_formats", """Supported date formats in the importer:
  2024-09-19          ISO 8601
  19.09.2024          German
  09/19/2024          US
  19/09/2024          UK/FR
  2024年9月19日        Japanese
  Thu, 19 Sep 2024    RFC 2822
"""))

    out.append(N("json_api", "part_number", J({"parts": [{"pn": "DS-2CD2143G2-I", "desc": "Dome camera 4MP"}, {"pn": "WRT-3200-AC2", "desc": "Router"},
                                                        {"pn": "SKF-6205-2RS", "desc": "Deep groove ball bearing"}]})))

    out.append(N("ssh_config", "ssh_user_host", """Host build-07
    HostName build-07.int.harrowgate.net
    User deploy
    IdentityFile ~/.ssh/id_ed25519
# usage: ssh deploy@build-07  or  scp file.tar deploy@build-07:/srv/incoming/
"""))

    out.append(N("markdown_readme", "handle", """## Packages

- `@quillstack/ui` - React components
- `@quillstack/icons` - SVG icon set

Follow the project at @quillstack on social media. Maintainers: @hebersole, @alinaberg.
"""))

    out.append(N("text_file", "booking_reference", """Booking reference: 7KQ2ZP
Flight LH 491  SEA -> FRA  08 OCT 2024  13:15 -> 08:55+1  Seat 4A
Flight LH 1166 FRA -> LIS  09 OCT 2024  10:05 -> 12:15    Seat 3C
E-ticket: 220-%s
""" % non_luhn("o22", 10)))

    out.append(N("json_api", "vin", J({"vehicles": [{"vin": "1HG" + hexs("o23a", 14).upper().replace("O", "0").replace("I", "1"), "model": "Civic", "year": 2021},
                                                   {"vin": "WVW" + hexs("o23b", 14).upper(), "model": "Golf", "year": 2019}]})))

    out.append(N("ocr_receipt", "masked_card", """  GREENLEAF MARKET #0217
  TOTAL               30.90
  DEBIT               30.90
  CARD **** **** **** 3318
  AID A0000000031010
  APPROVED
"""))

    out.append(N("json_api", "masked_email", J({"account": {"id": "acct_" + hexs("o25", 10), "email_hint": "d****@p****.com", "phone_hint": "ends in 42",
                                                            "recovery": "code sent to your recovery address"}})))

    out.append(N("pdf_text", "masked_ssn", """Form 1099-NEC (copy for recipient)
Recipient's TIN: ***-**-4471
Recipient's name: (on file)
Nonemployee compensation: $4,200.00
"""))

    out.append(N("sql_result", "customer_id", psql(["customer_id", "segment", "ltv_usd"], [["CUST-" + non_luhn("o27" + str(k), 8), s, v] for k, (s, v) in enumerate([("smb", "1240.50"), ("mid", "8812.00"), ("ent", "48210.75")])],
                                                     query="SELECT customer_id, segment, ltv_usd FROM customers ORDER BY ltv_usd LIMIT 3;")))

    out.append(N("csv", "library_call_number", csvt(["title", "call_number"], [["Perspective Drawing", "741.2 FER"], ["Modern Bread", "641.815 HOL"],
                                                                          ["Systems Performance", "QA76.9.E94 G74 2020"]])))

    out.append(N("text_file", "cas_number", """Safety data sheet - ingredients
Citric acid            CAS 77-92-9      5-10%
Sodium carbonate       CAS 497-19-8     1-5%
Water                  CAS 7732-18-5    balance
"""))

    out.append(N("csv", "container_number", csvt(["container", "vessel", "eta"], [["MSKU" + non_luhn("o30a", 7), "MAERSK ELBA", "2024-10-02"],
                                                                             ["TGHU" + non_luhn("o30b", 7), "CMA CGM RHONE", "2024-10-05"]])))

    out.append(N("csv", "zip_plus4", csvt(["store", "zip"], [["0217", "97209-3318"], ["0221", "97202-1442"], ["0230", "97005-2210"]])))

    out.append(N("app_log", "unix_timestamp", jsonlog("clean-o32", [{"event": "cache_refresh", "started": 1726707600, "ended": 1726707661, "items": 48812},
                                                                    {"event": "cache_refresh", "started": 1726711200, "ended": 1726711258, "items": 48830}])))

    out.append(N("text_file", "patent_number", """Related patents:
US 11,482,093 B2 - Mergeable quantile sketches for streaming telemetry
EP 3 812 290 A1 - Method for compacting time-series summaries
"""))

    out.append(N("text_file", "issn", """Journal of Applied Horticulture
ISSN 0972-1045 (print), ISSN 0974-8245 (online)
Vol. 26, No. 2, pp. 112-118
"""))

    out.append(N("ci_log", "build_number", """Build #4812 (main@4c1e9b2) started
Artifact: asset-pipeline-5.3.1+build.4812.tgz
Docker tag: 5.3.1-4812
Test shards: 1/4 2/4 3/4 4/4 passed
Build #4812 finished in 6m 12s
"""))

    out.append(N("package_lock_text", "version_string", """quillstack-docs@1.4.0 /srv/docs
├── vite@5.3.4
├── typescript@5.5.3
├─┬ legacy-datepicker@2.10.1.4
│ └── moment@2.30.1
└── polyfill-bundle@3.12.0.8
"""))

    out.append(N("css", "hex_color", """:root {
  --brand-700: #7a4b2a;
  --brand-500: #b47a4f;
  --ink: #1f2933;
  --paper: #faf7f2;
}
"""))

    out.append(N("text_file", "sports_scores", """Saturday results
Harbor FC 2-1 Riverside United (HT 1-0)
Oakridge 0-0 Mill Town
Att: 4,812 | Shots 14-9 | Corners 6-3
"""))

    out.append(N("json_api", "stock_quote", J({"quotes": [{"symbol": "QFLL", "price": 118.42, "change": -1.12, "volume": 1822093},
                                                          {"symbol": "LMRG", "price": 42.07, "change": 0.38, "volume": 410220}], "as_of": "2024-09-19T20:00:00Z"})))

    out.append(N("text_file", "math_numbers", """Results table (n = 4812)
mean 10.42  sd 2.18  95% CI [10.36, 10.48]
regression: y = 0.418x + 12.09 (R^2 = 0.71)
p-values: 0.001, 0.045, 0.32
"""))

    out.append(N("json_api", "uuid_ids", J({"items": [{"id": "%s-%s-4%s-a%s-%s" % (hexs("o41a" + str(k), 8), hexs("o41b" + str(k), 4), hexs("o41c" + str(k), 3), hexs("o41d" + str(k), 3), hexs("o41e" + str(k), 12)),
                                                        "name": n} for k, n in enumerate(["draft", "review", "published"])]})))

    out.append(N("text_file", "version_string", """Compatibility matrix
Server 4.2.0.1  <->  Client 4.2.0.x   supported
Server 4.1.9.7  <->  Client 4.1.x     supported
Server 3.8.12.2 <->  Client 3.x       end of life
"""))
    out.append(N("edit_decision_list", "timecode", """TITLE: SHOP FLOOR BASICS EP12
FCM: NON-DROP FRAME
001  AX  V  C  01:00:00:00 01:00:12:10 00:00:00:00 00:00:12:10
002  AX  V  C  01:03:41:05 01:03:52:18 00:00:12:10 00:00:23:23
003  AX  AA C  01:07:10:00 01:07:31:12 00:00:23:23 00:00:45:10
"""))
    return out
