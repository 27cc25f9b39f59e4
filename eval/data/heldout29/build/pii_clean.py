"""Clean look-alike rows for pii.jsonl (contain none of: phone, email, credit_card, ssn, ipv4, iban)."""
import json

from common import *
from tpl import T

ROWS = []


def row(fn):
    ROWS.append(fn)
    return fn


def out(fmt, cat, text):
    return {"format": fmt, "category": cat, "text": text, "entities": []}


def oid():
    return "FH-" + nz(8)


def ean13(prefix):
    body = prefix + rs(DG, 12 - len(prefix))
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13():
    body = "978" + ch(["0", "1", "3"]) + rs(DG, 8)
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


@row
def c_order_numbers():
    lines = ["ORDER         STATUS       ITEMS  TOTAL    CREATED"]
    for _ in range(6):
        lines.append(f"{oid()}   {ch(['paid', 'packed', 'shipped', 'delivered', 'refunded']):<12} {ri(1, 9):>5}  {ri(5, 300)}.{ri(0, 99):02d}   {iso()}")
    return out("cli_output", "order_numbers", "$ fhctl orders list --store uk --limit 6\n" + "\n".join(lines))


@row
def c_timestamps():
    lines = []
    for job in ["sync-inventory", "export-feeds", "expire-carts", "recalc-loyalty", "send-digests"]:
        d = rdate()
        lines.append(f"{d.isoformat()}+00:00  job={job:<16} started   epoch_ms={epoch(d)}{ri(100, 999)}  next_run={(d + datetime.timedelta(minutes=15)).strftime('%Y-%m-%d %H:%M:%S')}")
    return out("application_log", "timestamps", "\n".join(lines))


@row
def c_semver_changelog():
    return out("markdown_doc", "version_strings", """$ head -24 CHANGELOG.md
# Changelog

## [5.12.0] - 2025-03-03
### Added
- Apple Pay express checkout on product pages (iOS 17.4+).
- Hojicha and genmaicha filters in search.
### Fixed
- Crash when applying a promo code with an empty cart (regression from 5.11.1).
- Android 15 edge-to-edge insets on the order tracking screen.

## [5.11.2] - 2025-02-12
### Fixed
- Upgraded react-native from 0.74.5 to 0.75.4; Hermes bytecode v96.
- Bumped @stripe/stripe-react-native to 0.41.0 and okhttp to 4.12.0.

## [5.11.1] - 2025-02-03
### Changed
- Minimum supported versions are now iOS 16.0 and Android 8.0 (API 26).""")


@row
def c_dotted_quad_versions():
    return out("cli_output", "four_part_version_numbers", """$ dotnet list src/Fernhollow.Invoicing package --include-transitive | head -14
Project 'Fernhollow.Invoicing' has the following package references
   [net8.0]:
   Top-level Package                         Requested   Resolved
   > Azure.Storage.Blobs                     12.23.0     12.23.0
   > QuestPDF                                2024.12.3   2024.12.3
   > Serilog.AspNetCore                      8.0.3       8.0.3

   Transitive Package                        Resolved
   > System.IO.Hashing                       8.0.0
$ grep -h -E 'Assembly(File)?Version' src/*/Properties/AssemblyInfo.cs
[assembly: AssemblyVersion("3.4.0.0")]
[assembly: AssemblyFileVersion("3.4.2.118")]
[assembly: AssemblyVersion("1.9.0.0")]
[assembly: AssemblyFileVersion("1.9.7.402")]""")


@row
def c_tracking_numbers():
    lines = [f"UPS        1Z{rs(UP + DG, 6)}{nz(10)}   in transit   Louisville, KY",
             f"USPS       9400{nz(18)}   out for delivery",
             f"FedEx      {nz(12)}         label created",
             f"Royal Mail {rs(UP, 2)}{nz(9)}GB     delivered",
             f"DHL        JJD{nz(18)}    customs clearance",
             f"PostNL     3S{rs(UP, 4)}{nz(9)}       sorted"]
    return out("cli_output", "tracking_numbers", "$ fhctl shipments track --open\nCARRIER    TRACKING                    STATUS\n" + "\n".join(lines))


@row
def c_test_cards_docs():
    return out("markdown_doc", "documented_test_card_numbers", """$ sed -n '1,26p' docs/qa/checkout-test-cards.md
# Checkout QA: test cards (Stripe test mode only)

These are Stripe's published test numbers. They never work in live mode.
Use any future expiry (e.g. 12/34), any 3-digit CVC (4 digits for Amex).

| Scenario                         | Number              |
|----------------------------------|---------------------|
| Visa - succeeds                  | 4242 4242 4242 4242 |
| Visa (debit) - succeeds          | 4000 0566 5566 5556 |
| Mastercard - succeeds            | 5555 5555 5555 4444 |
| Amex - succeeds                  | 3782 822463 10005   |
| 3DS required                     | 4000 0025 0000 3155 |
| Declined - insufficient funds    | 4000 0000 0000 9995 |

Never paste real card numbers into tickets, Slack or this wiki.""")


@row
def c_oids():
    return out("cli_output", "object_identifiers", """$ snmpwalk -v2c -c $SNMP_COMMUNITY zebra-kassel-01 1.3.6.1.2.1.25.3.5 2>/dev/null | head -4
iso.3.6.1.2.1.25.3.5.1.1.1 = INTEGER: 3
iso.3.6.1.2.1.25.3.5.1.2.1 = Hex-STRING: 00
$ openssl x509 -in api-fernhollow-com.crt -noout -text | grep -E 'Policy|1\\.3\\.6|2\\.23\\.140'
                Policy: 2.23.140.1.2.2
                Policy: 1.3.6.1.4.1.6449.1.2.1.5.1
            1.3.6.1.4.1.11129.2.4.2:
$ # signature OID 1.2.840.10045.4.3.2 (ecdsa-with-SHA256), key OID 1.2.840.10045.2.1""")


@row
def c_skus():
    lines = ["sku,name,variant,stock,bin"]
    for s, n in [("FH-TEA-0042", "Smoked Lapsang Tin"), ("FH-TEA-0103", "Oolong Sampler"), ("FH-CER-0310", "Stoneware Teapot"),
                 ("FH-CER-0311", "Stoneware Teapot"), ("FH-ACC-1207", "Bamboo Whisk"), ("FH-GFT-0090", "Gift Box Large")]:
        lines.append(f"{s},{n},{ch(['100g', '1L', 'sage', 'charcoal', 'std'])},{ri(0, 900)},{ch('ABCD')}-{ri(1, 40):02d}-{ri(1, 9):02d}")
    return out("csv", "sku_inventory", "\n".join(lines))


@row
def c_postal_codes():
    return out("json_file", "postal_codes", json.dumps({"shipping_zones": {
        "uk_highlands_surcharge": ["IV1 1AA", "IV63 6TU", "KW15 1NX", "PH41 4RH", "HS1 2XX"],
        "us_remote_zip4": ["99501-1234", "96813-2401", "99701-4603"],
        "ca_remote_fsa": ["X0A 0H0", "Y1A 6L3", "X1A 2P7"],
        "nl_wadden": ["1791 AA", "8881 AB", "9161 AA"]}, "surcharge_gbp": 6.5}, indent=2))


@row
def c_ean_barcodes():
    lines = ["sku,ean13,units_per_case,case_gtin14"]
    for s in ["FH-TEA-0042", "FH-TEA-0103", "FH-CER-0310", "FH-ACC-1207"]:
        e = ean13(ch(["87", "94", "73"]))
        lines.append(f"{s},{e},{ch([6, 12, 24])},1{e[:-1]}{ri(0, 9)}")
    return out("csv", "gtin_barcodes", "$ cat pim/barcodes.csv\n" + "\n".join(lines))


@row
def c_isbn():
    lines = []
    for t in ["The Book of Tea (illustrated)", "Ceramics for Beginners", "A Field Guide to Oolong", "Kyusu: Japanese Teapots"]:
        i = isbn13()
        lines.append(f"  - title: \"{t}\"\n    isbn13: \"{i}\"\n    isbn13_hyphenated: \"{i[:3]}-{i[3]}-{i[4:8]}-{i[8:12]}-{i[12]}\"\n    price_gbp: {ri(9, 40)}.99")
    return out("yaml_config", "isbn_numbers", "$ cat catalog/books.yaml\nbooks:\n" + "\n".join(lines))


@row
def c_invoice_numbers():
    lines = ["invoice_no       issued      due         net_eur   status"]
    for _ in range(6):
        lines.append(f"FH-INV-2025-{nz(5)}  {iso()[:10]}  {iso()[:10]}  {ri(100, 9000):>7}.{ri(0, 99):02d}  {ch(['open', 'paid', 'overdue'])}")
    return out("cli_output", "invoice_numbers", "$ fhctl ar invoices --customer ACC-" + nz(6) + "\n" + "\n".join(lines))


@row
def c_uuids():
    lines = [f"{uid()}  {ch(['created', 'updated', 'deleted'])}  product_variant  {iso()}" for _ in range(6)]
    return out("application_log", "uuids", "$ tail -6 /var/log/catalog/outbox.log\n" + "\n".join(lines))


@row
def c_masked_cards():
    lines = []
    for b in ["Visa", "Mastercard", "Amex", "Visa"]:
        last = nz(4)
        pan = f"**** **** **** {last}" if b != "Amex" else f"**** ****** *{last}"
        lines.append(f"pm_{rs(ALNUM, 24)}  {b:<11} {pan:<22} exp {ri(1, 12):02d}/{ri(26, 30)}  default={ch(['yes', 'no'])}")
    return out("cli_output", "masked_card_numbers", "$ fhctl customer payment-methods cus_" + rs(ALNUM, 14) + "\n" + "\n".join(lines))


@row
def c_masked_emails():
    lines = []
    for _ in range(5):
        lines.append(f"{oid()}  customer={rs(LO, 1)}***{rs(LO, 1)}@{rs(LO, 1)}***.com  status=delivered  nps={ri(0, 10)}")
    return out("application_log", "masked_email_addresses", "$ grep 'nps' /var/log/surveys/responses.log | tail -5   # PII-redacted log\n" + "\n".join(lines))


@row
def c_masked_phones():
    return out("support_ticket", "masked_phone_numbers", T("""Ticket #<<tk>> (customer view, PII masked by widget)
Requester phone: +44 **** ***<<a>>
Alternate:       +1 (***) ***-**<<b>>
SMS notifications: enabled (number ending <<c>>)
Agent note: verified identity using the last 3 digits the customer read out; full number is visible only to Tier-2.""",
                                                                tk=nz(6), a=nz(3), b=nz(2), c=nz(4)))


@row
def c_masked_ssn():
    return out("dashboard_export", "masked_ssn", T("""Seller verification summary (Support view)
Seller S-<<s1>>   Tax ID: ***-**-<<a>>   Status: verified   Method: document + database
Seller S-<<s2>>   Tax ID: ***-**-<<b>>   Status: pending    Method: database (mismatch on name)
Seller S-<<s3>>   Tax ID: XXX-XX-<<c>>   Status: failed     Method: database
Full tax identifiers are only visible to Compliance (role: kyc_admin).""", s1=nz(6), s2=nz(6), s3=nz(6), a=nz(4), b=nz(4), c=nz(4)))


@row
def c_masked_iban():
    return out("email", "masked_iban", T("""Subject: Your refund of EUR 58,40 is on its way
Hi there, we've sent your refund for order <<o>> to the bank account ending in <<x>>
(IBAN DE** **** **** **** **<<a>> <<b>>). It usually arrives within 1-3 business days.
Reference: REFUND-<<r>>
- Fernhollow Customer Care""", o=oid(), x=nz(4), a=nz(2), b=nz(2), r=nz(6)))


@row
def c_bic_codes():
    return out("csv", "bic_swift_codes", """$ cat finance/bank_directory.csv
bank,bic,country,sepa_instant
ING Bank,INGBNL2A,NL,true
Deutsche Bank,DEUTDEFF,DE,true
BNP Paribas,BNPAFRPP,FR,true
Barclays,BARCGB22,GB,false
Allied Irish Banks,AIBKIE2D,IE,true
UBS Switzerland,UBSWCHZH80A,CH,false""")


@row
def c_aba_routing():
    def aba():
        body = rs(DG, 8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(d) * x for d, x in zip(body, w)) % 10) % 10
        return body + str(c)
    return out("yaml_config", "bank_routing_numbers", T("""$ cat finance/ach/originators.yaml
# ACH originating banks (routing numbers only - account numbers live in Vault)
originators:
  - name: payouts-primary
    bank: First Lakeshore Bank
    routing_number: "<<a>>"
    sec_codes: [PPD, CCD]
  - name: payouts-backup
    bank: Mid-Valley Credit Union
    routing_number: "<<b>>"
    sec_codes: [CCD]
cutoff_local: "14:30"
""", a=aba(), b=aba()))


@row
def c_ein():
    return out("document_ocr", "employer_identification_number", T("""OCR extraction - Form W-9 (business)
Line 1 Name: Blue Heron Ceramics LLC
Line 3 Tax classification: Limited liability company (C)
Part I Employer identification number: <<a>>-<<b>>
Social security number: (blank)
Exemptions: none
Certification date: <<d>>""", a=nz(2), b=nz(7), d=iso()[:10]))


@row
def c_vat_ids():
    return out("json_file", "vat_registration_numbers", json.dumps({"vat_registrations": [
        {"country": "GB", "vat_number": "GB" + nz(9), "scheme": "standard"},
        {"country": "DE", "vat_number": "DE" + nz(9), "scheme": "OSS"},
        {"country": "FR", "vat_number": "FR" + nz(2) + nz(9), "scheme": "OSS"},
        {"country": "NL", "vat_number": "NL" + nz(9) + "B01", "scheme": "OSS"},
        {"country": "IE", "vat_number": "IE" + nz(7) + rs(UP, 1), "scheme": "OSS"}], "oss_member_state": "NL"}, indent=2))


@row
def c_fx_amounts():
    lines = [f"{d}  GBP->{c}  {r}  settled={ri(1000, 90000)}.{ri(0, 99):02d}" for d, c, r in
             [(iso()[:10], "EUR", "1.1894"), (iso()[:10], "USD", "1.2671"), (iso()[:10], "AUD", "1.9402"), (iso()[:10], "CAD", "1.7718"),
              (iso()[:10], "JPY", "191.42")]]
    return out("report", "currency_amounts_fx_rates", "Treasury: daily FX conversions (mid-market + 0.35%)\n" + "\n".join(lines))


@row
def c_coordinates():
    d = {"pickup_points": [{"id": "PP-" + nz(5), "name": n, "lat": round(ri(50000, 53999) / 1000 + ri(0, 999) / 1e6, 6),
                            "lng": round(-ri(0, 3999) / 1000 - ri(0, 999) / 1e6, 6), "open": "08:00-20:00"}
                           for n in ["Co-op Kentish Town", "Newsagent Hebden Bridge", "Locker Leeds Station", "Post Office Totnes"]]}
    return out("api_response", "geo_coordinates", json.dumps(d, indent=2))


@row
def c_dimensions():
    lines = ["sku,length_cm,width_cm,height_cm,weight_g,volumetric_kg"]
    for s in ["FH-CER-0310", "FH-GFT-0090", "FH-TEA-0042", "FH-ACC-1207"]:
        L, W, H = ri(8, 40), ri(8, 30), ri(4, 25)
        lines.append(f"{s},{L}.{ri(0, 9)},{W}.{ri(0, 9)},{H}.{ri(0, 9)},{ri(80, 2500)},{L * W * H / 5000:.2f}")
    return out("csv", "parcel_dimensions", "\n".join(lines))


@row
def c_hs_codes():
    return out("customs_declaration", "hs_tariff_codes", T("""CN23 customs declaration - consignment FHX<<n>>
Item  Description                   HS code        Origin  Qty  Net kg  Value GBP
1     Black tea, smoked (tins)      0902.30.00     CN      24   2.40    189.60
2     Green tea, matcha powder      0902.10.00     JP      10   0.30    120.00
3     Stoneware teapots             6912.00.23     PT      6    5.10    129.00
4     Bamboo whisks                 4602.11.00     VN      12   0.36     54.00
Total gross weight: 9.35 kg   Incoterm: DDP   EORI: GB<<e>>000""", n=nz(9), e=nz(12)))


@row
def c_container_numbers():
    def iso6346(owner):
        vals = {}
        v = 10
        for c in UP:
            if v % 11 == 0:
                v += 1
            vals[c] = v
            v += 1
        code = owner + "U" + rs(DG, 6)
        s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(code))
        return code + str(s % 11 % 10)
    lines = [f"{iso6346(o)}  40HC  {ch(['Ningbo', 'Ho Chi Minh', 'Kaohsiung'])} -> Rotterdam  ETA {iso()[:10]}  PO FH-PO-{nz(6)}" for o in ["MSC", "CMA", "HLX", "OOL"]]
    return out("report", "shipping_container_numbers", "Inbound containers (freight forwarder status, week " + str(ri(1, 52)) + ")\n" + "\n".join(lines))


@row
def c_vins():
    VIN = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    lines = [f"van-{i:02d}  WDB{rs(VIN, 14)}  Mercedes eSprinter  plate {ch(['LK', 'MA', 'YX'])}{ri(20, 74)} {rs(UP, 3)}  odo {ri(5000, 90000)} km" for i in range(1, 5)]
    return out("csv", "vehicle_identification_numbers", "Last-mile fleet register (London hub)\n" + "\n".join(lines))


@row
def c_imei():
    lines = ["device,model,imei,assigned_to,battery_health"]
    for i in range(5):
        body = "35" + rs(DG, 12)
        lines.append(f"HH-{i + 1:03d},Zebra TC58,{body + luhn_digit(body)},picker-station-{ri(1, 30)},{ri(70, 100)}%")
    return out("csv", "device_imei_numbers", "$ mdmctl devices export --group warehouse-kassel --limit 5\n" + "\n".join(lines))


@row
def c_mac_addresses():
    lines = [f"{h:<22} {':'.join(hx(2) for _ in range(6))}  vlan {v}  {s}" for h, v, s in
             [("pos-till-01", 20, "online"), ("pos-till-02", 20, "online"), ("label-printer-zebra", 30, "online"), ("office-ap-2f", 10, "offline")]]
    return out("cli_output", "mac_addresses", "$ unifi-cli clients list --site shoreditch\nHOST                   MAC                VLAN STATUS\n" + "\n".join(lines))


@row
def c_ipv6():
    def v6():
        return "2a05:d018:" + ":".join(hx(4).lstrip("0") or "0" for _ in range(6))
    lines = [f"{v6()}  - - [{rdate().strftime('%d/%b/%Y:%H:%M:%S +0000')}] \"GET /api/v2/products HTTP/2.0\" 200 {ri(500, 9000)}" for _ in range(4)]
    return out("access_log", "ipv6_addresses", "$ grep -v '^[0-9]' /var/log/nginx/access.log | tail -4   # IPv6 clients only\n" + "\n".join(lines))


@row
def c_http_status_stats():
    return out("report", "http_status_distribution", T("""Checkout API - last 24h
status  count     share
200     <<a>>    96.41%
201     <<b>>     2.10%
400     <<c>>      0.88%
402     <<d>>       0.37%
429     <<e>>       0.19%
502     <<f>>        0.05%
p50 latency 84 ms, p95 312 ms, p99 1.41 s""", a=nz(7), b=nz(6), c=nz(5), d=nz(4), e=nz(4), f=nz(3)))


@row
def c_epoch():
    lines = [f'{{"order":"{oid()}","created":{epoch()},"paid":{epoch()},"ttl":{ri(600, 86400)}}}' for _ in range(5)]
    return out("json_lines", "unix_epoch_timestamps", "$ redis-cli --raw LRANGE recent_orders 0 4\n" + "\n".join(lines))


@row
def c_snowflake_ids():
    lines = [f"{nz(19)}  {ch(['#support', '#wholesale', '#returns'])}  {ch(['ticket opened', 'ticket closed', 'macro used: refund_policy'])}  at {iso()}" for _ in range(5)]
    return out("application_log", "snowflake_ids", "$ tail -5 /var/log/community-bot/audit.log\n" + "\n".join(lines))


@row
def c_design_tokens():
    return out("json_file", "hex_color_codes", json.dumps({"color": {"brand": {"fern": "#2F5D3A", "moss": "#6B8F4E", "clay": "#B5651D"},
                                                                      "neutral": {"0": "#FFFFFF", "50": "#F6F5F1", "900": "#1B1D1A"},
                                                                      "feedback": {"error": "#C62828", "success": "#2E7D32"}},
                                                            "radius": {"sm": "4px", "md": "8px"}, "spacing": [0, 4, 8, 12, 16, 24, 32]}, indent=2))


@row
def c_cron():
    return out("kubernetes_manifest", "cron_schedules", """$ kubectl -n commerce get cronjobs
NAME                 SCHEDULE         TIMEZONE        SUSPEND   ACTIVE   LAST SCHEDULE   AGE
expire-carts         */15 * * * *     Etc/UTC         False     0        4m              212d
export-feeds         0 */6 * * *      Etc/UTC         False     0        2h              301d
recalc-loyalty       30 2 * * *       Europe/London   False     0        9h              145d
send-digests         0 8 * * 1        Europe/London   False     0        3d              88d
vat-report           0 6 1 * *        Europe/London   True      0        31d             400d""")


@row
def c_sla_report():
    return out("report", "durations_and_dates", T("""Support SLA - week <<w>>
Queue        Tickets  First reply (median)  Resolution (p90)  Breaches
billing      <<a>>      00:41:12              2d 04:10:00       3
shipping     <<b>>      01:05:47              3d 11:22:09       11
returns      <<c>>      00:52:30              4d 01:00:00       6
app-bugs     <<d>>       02:14:03              6d 19:40:55       2
Reporting window: <<d1>> 00:00 - <<d2>> 23:59 (Europe/London)""", w=ri(1, 52), a=ri(100, 999), b=ri(100, 999), c=ri(100, 999), d=ri(10, 99), d1=iso()[:10], d2=iso()[:10]))


@row
def c_semver_ranges():
    return out("json_file", "semver_ranges", json.dumps({"name": "@fernhollow/storefront", "version": "4.3.0", "private": True,
                                                          "engines": {"node": ">=20.11 <23"},
                                                          "dependencies": {"next": "14.2.21", "react": "^18.3.1", "zod": "~3.23.8",
                                                                           "@fernhollow/design-tokens": "workspace:^3.8.0",
                                                                           "@stripe/stripe-js": "^4.10.0"},
                                                          "devDependencies": {"typescript": "5.6.x", "vitest": ">=2.1.0 <3.0.0"}}, indent=2))


@row
def c_build_fingerprints():
    return out("crash_report", "android_build_fingerprints", """Top devices for crash cluster 7c1e (ANR in CheckoutActivity), last 7 days
samsung/a54xnsxx/a54x:14/UP1A.231005.007/A546BXXS8CXK1:user/release-keys        212
google/husky/husky:15/AP4A.250105.002/12701944:user/release-keys               97
Xiaomi/garnet_global/garnet:14/UKQ1.231003.002/V816.0.12.0.UNRMIXM:user/release-keys  63
OnePlus/CPH2581EEA/OP5913L1:14/UKQ1.230924.001/T.1a0c1f2-5c8d-4e91:user/release-keys  18
Build: 5.12.0 (5120041), versionCode 5120041, minSdk 26, targetSdk 35""")


@row
def c_iccid():
    lines = ["device,iccid,carrier,plan,data_mb_30d"]
    for i in range(4):
        body = "8944" + rs(DG, 14)
        lines.append(f"scanner-{i + 1:02d},{body + luhn_digit(body)},{ch(['Vodafone UK', 'EE', 'O2'])},iot-1gb,{ri(10, 900)}")
    return out("csv", "sim_iccid_numbers", "$ cat fleet/sims_kassel_handhelds.csv\n" + "\n".join(lines))


@row
def c_gift_card_codes():
    lines = [f"GC-{rs(UP + DG, 4)}-{rs(UP + DG, 4)}-{rs(UP + DG, 4)}  GBP {ch([25, 50, 75, 100])}.00  {ch(['issued', 'redeemed', 'partially_redeemed'])}  batch B{nz(4)}" for _ in range(5)]
    return out("cli_output", "gift_card_codes", "$ fhctl giftcards list --batch-status any --limit 5\n" + "\n".join(lines))


@row
def c_coupon_codes():
    return out("yaml_config", "promo_codes", """$ cat promotions/spring-2025.yaml
promotions:
  - code: SPRINGTEA15
    type: percent
    value: 15
    min_basket_gbp: 40
    starts: 2025-03-20T00:00:00Z
    ends: 2025-04-06T23:59:59Z
  - code: FREESHIP-UK
    type: free_shipping
    countries: [GB]
  - code: WELCOME10
    type: percent
    value: 10
    first_order_only: true
    max_redemptions_per_customer: 1""")


@row
def c_loyalty_ids():
    lines = [f"FHL-{rs(UP, 2)}{nz(6)}  tier={ch(['gold', 'silver', 'bronze'])}  points={ri(0, 9000)}  joined={iso()[:10]}" for _ in range(5)]
    return out("application_log", "loyalty_member_numbers", "$ loyaltyctl members sample --n 5 --redacted\n" + "\n".join(lines))


@row
def c_hashed_emails():
    lines = ["hashed_email_sha256,hashed_phone_sha256,segment"]
    for _ in range(4):
        lines.append(f"{hx(64)},{hx(64)},{ch(['lapsed_90d', 'vip', 'cart_abandoners'])}")
    return out("csv", "hashed_contact_identifiers", "# Customer Match upload (SHA-256 normalised, no raw identifiers)\n" + "\n".join(lines))


@row
def c_npm_scoped():
    return out("cli_output", "scoped_package_specifiers", """$ npm ls --depth=0 | grep @
storefront@4.3.0 /srv/app
├── @fernhollow/design-tokens@3.8.1
├── @fernhollow/ui@2.14.0
├── @sentry/nextjs@8.42.0
├── @stripe/stripe-js@4.10.0
├── @tanstack/react-query@5.62.7
└── @types/node@20.17.10
$ docker pull ghcr.io/fernhollow/storefront@sha256:""" + hx(64))


@row
def c_social_handles():
    return out("csv", "social_media_handles", """$ cat marketing/creators_shortlist.csv
handle,platform,followers,niche,status
@leafandlantern,instagram,48200,tea rituals,contacted
@kilnandkettle,tiktok,131000,ceramics,contract_sent
@slowsteepsunday,youtube,22900,tea reviews,declined
@matchamornings,instagram,9600,wellness,shortlist""")


@row
def c_lot_numbers():
    lines = [f"LOT {ch(['CN', 'JP', 'IN'])}{ri(24, 25)}{rs(UP, 1)}{nz(4)}  {ch(['FH-TEA-0042', 'FH-TEA-0103', 'FH-TEA-0210'])}  packed {iso()[:10]}  best before {ri(2026, 2027)}-{ri(1, 12):02d}  qty {ri(50, 900)}" for _ in range(5)]
    return out("report", "batch_lot_numbers", "Food safety: tea lots received this month\n" + "\n".join(lines))


@row
def c_bin_locations():
    lines = [f"{ch('ABCDE')}-{ri(1, 40):02d}-{ri(1, 9):02d}-{ch('ABCD')}  {ch(['FH-CER-0310', 'FH-TEA-0042', 'FH-GFT-0090'])}  on_hand={ri(0, 300)}  reserved={ri(0, 40)}" for _ in range(6)]
    return out("cli_output", "warehouse_bin_locations", "$ wmsctl stock --site KAS1 --zone pick\n" + "\n".join(lines))


@row
def c_case_ids():
    lines = [f"#{nz(6)}  CASE-{nz(5)}  INC-{nz(4)}  JIRA APP-{nz(4)}  {ch(['linked', 'duplicate', 'root cause'])}" for _ in range(5)]
    return out("cli_output", "ticket_and_case_ids", "$ zd-link show --incident INC-" + nz(4) + "\n" + "\n".join(lines))


@row
def c_gl_codes():
    return out("csv", "accounting_codes", """$ cat finance/gl_mapping.csv
event,debit_account,credit_account,cost_centre,tax_code
sale_uk,1100-200,4000-100,CC-210,T1
sale_eu_oss,1100-210,4000-150,CC-210,T20
refund_uk,4000-100,1100-200,CC-210,T1
shipping_income,1100-200,4100-000,CC-230,T1
stripe_fees,6310-010,1200-300,CC-900,T2
chargeback_loss,6390-000,1200-300,CC-900,T9""")


@row
def c_phone_regex():
    return out("source_code", "validation_patterns", """$ sed -n '1,16p' packages/validation/src/patterns.ts
// Validation patterns shared by web + app. Keep in sync with the backend.
export const E164 = /^\\+[1-9]\\d{6,14}$/;
export const UK_POSTCODE = /^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$/i;
export const US_ZIP = /^\\d{5}(-\\d{4})?$/;
export const EMAIL = /^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$/;
export const CARD_LAST4 = /^\\d{4}$/;
export const IBAN_SHAPE = /^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$/;
export const SSN_MASKED = /^\\*{3}-\\*{2}-\\d{4}$/;

export const PHONE_MIN_DIGITS = 7;
export const PHONE_MAX_DIGITS = 15;""")


@row
def c_addresses_only():
    return out("yaml_config", "site_addresses_without_contacts", """$ cat fulfilment/sites.yaml
sites:
  - code: KAS1
    name: Lagerpark Kassel
    address: Industriestraße 41, 34123 Kassel, Germany
    cutoff_local: "15:00"
  - code: LEE1
    name: Leeds Cross Dock
    address: Unit 7, Pontefract Lane, Leeds LS9 0DX, United Kingdom
    cutoff_local: "16:30"
  - code: LIS1
    name: Lisbon Micro-fulfilment
    address: Rua do Açúcar 88, 1950-009 Lisboa, Portugal
    cutoff_local: "14:00\"""")


@row
def c_metrics():
    return out("prometheus_metrics", "metrics_exposition", T("""$ curl -s http://checkout-api.commerce.svc:9090/metrics | grep -E '^checkout_' | head -8
checkout_sessions_created_total{channel="ios"} <<a>>
checkout_sessions_created_total{channel="android"} <<b>>
checkout_sessions_created_total{channel="web"} <<c>>
checkout_payment_latency_seconds_bucket{provider="stripe",le="0.5"} <<d>>
checkout_payment_latency_seconds_bucket{provider="stripe",le="1"} <<e>>
checkout_payment_latency_seconds_sum{provider="stripe"} 41822.913
checkout_payment_latency_seconds_count{provider="stripe"} <<f>>
checkout_inflight_sessions 37""", a=nz(6), b=nz(6), c=nz(7), d=nz(6), e=nz(6), f=nz(6)))


@row
def c_git_log():
    lines = [f"{hx(40)} {ch(['fix', 'feat', 'chore'])}({ch(['checkout', 'search', 'orders'])}): {ch(['handle empty basket', 'add hojicha filter', 'bump deps', 'retry webhooks'])}" for _ in range(5)]
    return out("cli_output", "git_commit_hashes", "$ git log --format='%H %s' -5\n" + "\n".join(lines))


@row
def c_memory_addresses():
    return out("crash_report", "memory_addresses", T("""Thread 3 Crashed:: com.fernhollow.imagecache
0   libsystem_kernel.dylib        0x00000001e3a1c42c __pthread_kill + 8
1   libsystem_pthread.dylib       0x00000001f6b0ec0c pthread_kill + 268
2   libsystem_c.dylib             0x00000001a2e7ba80 abort + 180
3   Fernhollow                    0x0000000104f9e3a8 ImageCache.evict(bytes:) + 1124
4   Fernhollow                    0x0000000104f9d9f0 ImageCache.store(_:for:) + 288
Thread 3 crashed with ARM Thread State (64-bit):
    x0: 0x0000000000000000   x1: 0x0000000000000000   x2: 0x0000000000000000
   fp: 0x000000016b7f2e50   lr: 0x00000001f6b0ec0c   sp: 0x000000016b7f2e30
   pc: 0x00000001e3a1c42c cpsr: 0x40001000
Report ID: <<r>>""", r=uid().upper()))


@row
def c_exchange_ids():
    lines = [f"po_{rs(ALNUM, 24)}  {ch(['EUR', 'GBP', 'USD'])} {ri(1000, 90000)}.{ri(0, 99):02d}  arrival {iso()[:10]}  bt_{rs(ALNUM, 24)}" for _ in range(4)]
    return out("cli_output", "payout_and_transfer_ids", "$ stripe payouts list --limit 4 --live -d status=paid | jq -r '.data[] | \"\\(.id) ...\"'\n" + "\n".join(lines))


@row
def c_ab_test():
    return out("report", "experiment_statistics", """Experiment EXP-214 "Express checkout button above the fold" - final readout
variant     users     conversions   CR       uplift    p-value   95% CI
control     48,211    2,061         4.27%    -         -         -
treatment   48,390    2,284         4.72%    +10.5%    0.0009    [+4.3%, +16.9%]
Sample ratio check: 0.9963 (ok). Novelty effect: none after day 5.
Decision: ship to 100% on 5.12.1.""")


@row
def c_time_ranges():
    return out("json_file", "opening_hours", json.dumps({"support_hours": {"uk": {"mon-fri": "08:00-20:00", "sat": "09:00-17:00", "sun": "closed"},
                                                                           "us": {"mon-fri": "09:00-18:00 ET", "sat": "10:00-14:00 ET"},
                                                                           "apac": {"mon-fri": "09:00-17:30 SGT"}},
                                                         "holidays_2025": ["2025-12-25", "2025-12-26", "2026-01-01"],
                                                         "callback_window_minutes": 120, "max_queue_minutes": 45}, indent=2))


@row
def c_stripe_ids_pii():
    lines = [f"{iso()}  cus_{rs(ALNUM, 14)}  pi_3{rs(ALNUM, 23)}  ch_3{rs(ALNUM, 23)}  {ch(['succeeded', 'requires_action', 'canceled'])}" for _ in range(5)]
    return out("application_log", "payment_provider_object_ids", "$ grep payment_intent /var/log/checkout/events.log | tail -5\n" + "\n".join(lines))


@row
def c_phone_like_product_codes():
    return out("csv", "numeric_product_and_part_codes", """$ cat procurement/spare_parts.csv
part_no,description,supplier_ref,qty_on_hand
ZT411-203-0042-01,Printhead 203dpi,P1058930-009,4
ZT411-300-0118-02,Platen roller,P1058930-080,9
TC58-BAT-4680-EX,Extended battery 4680mAh,BTRY-MC3X-68MA-10,22
HS-0902-3000-24,Tea tin lid gasket,LID-24-0900-117,1400
CONV-2025-0311-07,Conveyor belt section 2m,CBX-200-31-7,2""")
