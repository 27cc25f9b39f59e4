"""Clean (label=clean) generators for pii.jsonl: look-alikes that are NOT
phone/email/ssn/credit_card/ipv4/iban values. Every function returns
(format, category, text).
"""
import json

from common import *  # noqa
import pii_values as V

NEG = []


def C(fn):
    NEG.append(fn)
    return fn


def isbn13():
    body = "978" + str(R.randint(0, 1)) + digits(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    d = body + str(chk)
    return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{d[12]}"


def ean13(prefix=""):
    body = prefix + digits(12 - len(prefix))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def aba():
    while True:
        d = digits(8, True)
        d = pick("0123") + d[1:]
        for c in "0123456789":
            n = d + c
            w = [3, 7, 1] * 3
            if sum(int(x) * y for x, y in zip(n, w)) % 10 == 0:
                return n


def lei():
    base = rs(4, DI) + "00" + rs(12, UP + DI)
    num = int("".join(str(int(c, 36)) for c in base + "00"))
    return base + f"{98 - num % 97:02d}"


def isin(cc):
    body = cc + rs(9, UP + DI)
    digs = "".join(str(int(c, 36)) for c in body)
    tot = 0
    for i, ch in enumerate(reversed(digs)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return body + str((10 - tot % 10) % 10)


@C
def semver():
    deps = {"react": "^18.3.1", "next": "14.2.4", "zod": "3.23.8", "@tanstack/react-query": "^5.45.1", "date-fns": "~3.6.0", "typescript": "5.4.5"}
    return "package_manifest", "semantic_versions", json.dumps({"name": "cx-portal", "version": f"2.{R.randint(1, 30)}.{R.randint(0, 9)}", "dependencies": deps, "engines": {"node": ">=20.11.1"}}, indent=2)


@C
def assembly_versions():
    a, b = R.randint(1, 9), R.randint(0, 20)
    return ("csharp_source", "four_part_version_numbers",
            f"// Properties/AssemblyInfo.cs\n[assembly: AssemblyTitle(\"Ironbark.Payroll.Client\")]\n[assembly: AssemblyVersion(\"{a}.{b}.0.0\")]\n[assembly: AssemblyFileVersion(\"{a}.{b}.{R.randint(0, 9)}.{R.randint(0, 200)}\")]\n"
            f"// built on Windows 10.0.19045.{R.randint(3000, 4999)} with MSBuild 17.{R.randint(0, 10)}.{R.randint(100, 999)}.{R.randint(10000, 60000)}\n")


@C
def snmp_oids():
    return ("shell_session", "snmp_object_identifiers",
            f"$ snmpget -v3 -l authPriv -u monitor sw-core-01 1.3.6.1.2.1.1.3.0 1.3.6.1.4.1.9.9.109.1.1.1.1.8.1 1.3.6.1.2.1.2.2.1.10.{R.randint(1, 48)}\n"
            f"DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: ({R.randint(10**8, 10**9)})\nSNMPv2-SMI::enterprises.9.9.109.1.1.1.1.8.1 = Gauge32: {R.randint(1, 40)}\nIF-MIB::ifInOctets.{R.randint(1, 48)} = Counter32: {R.randint(10**8, 4 * 10**9)}")


@C
def epoch_ms():
    rows = [{"event": pick(["page_view", "add_to_cart", "checkout_start"]), "ts_ms": epoch() * 1000 + R.randint(0, 999), "session_seq": R.randint(1, 40)} for _ in range(4)]
    return "json_log", "epoch_millisecond_timestamps", "\n".join(json.dumps(r) for r in rows)


@C
def iso_timestamps():
    lines = [f"{ts('%Y-%m-%dT%H:%M:%S')}.{digits(6)}+02:00 job=nightly_orders step={s} rows={R.randint(1000, 900000)}" for s in ["extract", "transform", "load", "vacuum"]]
    return "application_log", "iso_timestamps", "\n".join(lines)


@C
def order_numbers():
    rows = ["order_no,placed,items,total_eur,status"] + [f"DW-{ts('%Y%m%d', step=(600, 86400))}-{digits(6)},{ts('%Y-%m-%d', step=(0, 0))},{R.randint(1, 6)},{R.randint(8, 200)}.{R.randint(10, 99)},{pick(['paid', 'shipped', 'refunded'])}" for _ in range(5)]
    return "csv_export", "order_numbers", "\n".join(rows)


@C
def tracking_numbers():
    return ("shipping_manifest", "tracking_numbers",
            f"Carrier pickup {ts('%Y-%m-%d')} — 4 parcels\nUPS 1Z{rs(6, UP + DI)}03{digits(8)}\nFedEx {digits(12)}\nUSPS 9400 {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}\nRoyal Mail {rs(2, UP)}{digits(9)}GB\nAll parcels scanned at dock 4.")


@C
def invoice_numbers():
    rows = "\n".join(f"INV-{ts('%Y')}-{digits(5)}   {ts('%d.%m.%Y', step=(86400, 9 * 86400))}   {R.randint(100, 9000)},{R.randint(10, 99)} EUR   {pick(['open', 'paid', 'overdue'])}" for _ in range(5))
    return "report", "invoice_numbers", "Accounts receivable — open items\nInvoice          Date         Amount          Status\n" + rows


@C
def postal_codes():
    return ("csv_export", "postal_codes_rate_table",
            "zone,country,postcode_range,rate_eur\n" +
            f"Z1,US,{R.randint(10000, 19999)}-{digits(4)} to {R.randint(20000, 29999)}-{digits(4)},12.50\nZ2,GB,SW1A 1AA..SW20 9ZZ,7.90\nZ3,CA,M5V 2T6..M9W 9Z9,14.20\nZ4,NL,1011 AB..1109 ZZ,5.40\nZ5,DE,{R.randint(10000, 19999)}..{R.randint(20000, 29999)},4.90\n")


@C
def masked_cards():
    return ("api_response", "masked_card_numbers",
            json.dumps({"customer": "cus_" + rs(14, ALNUM), "payment_methods": [
                {"brand": "visa", "display": f"•••• •••• •••• {digits(4)}", "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"},
                {"brand": "amex", "display": f"XXXX-XXXXXX-X{digits(4)}", "exp": f"{R.randint(1, 12):02d}/{R.randint(26, 30)}"},
                {"brand": "mastercard", "display": f"{pick(['51', '53', '55'])}{digits(4)}******{digits(4)}", "note": "BIN + last4 only"}]}, indent=2))


@C
def test_cards():
    return ("markdown_doc", "documented_test_card_numbers",
            "## Testing payments in the sandbox\n\nUse the payment provider's published **test card numbers** (they only work in test mode and never move money):\n\n"
            "| Scenario | Test card number |\n|---|---|\n| Success (Visa) | 4242 4242 4242 4242 |\n| Success (Mastercard) | 5555 5555 5555 4444 |\n| Success (Amex) | 3782 822463 10005 |\n| Declined | 4000 0000 0000 0002 |\n\nAny future expiry date and any 3-digit CVC will do.")


@C
def example_emails():
    return ("markdown_doc", "documentation_placeholder_emails",
            "### Inviting users\n\n```bash\ncx-admin users invite --email alice@example.com --role analyst\ncx-admin users invite --email bob@example.org --role viewer --notify ops@example.net\n```\n\n"
            "Replace the reserved example.com/example.org addresses above with real ones. Invitations to `*.test` or `*.invalid` domains are rejected.")


@C
def numeric_ids_json():
    return ("api_response", "numeric_ids_json",
            json.dumps({"data": [{"id": int(digits(10, True)), "account_id": int(digits(9, True)), "parent_id": int(digits(11, True)), "version": R.randint(1, 40)} for _ in range(3)],
                        "next_cursor": int(digits(16, True))}, indent=1))


@C
def build_numbers():
    return ("ci_log", "ci_build_numbers",
            f"Build #{R.randint(10000, 99999)} (pipeline {R.randint(10**6, 10**7)}) started by schedule\nArtifact: cx-api-{ts('%Y.%m.%d')}.{R.randint(1, 9)}-b{R.randint(1000, 9999)}.tar.gz\nUpstream build: #{R.randint(1000, 9999)} / job {R.randint(10**8, 10**9)}\nDuration: {R.randint(3, 30)}m {R.randint(0, 59)}s — SUCCESS")


@C
def coordinates():
    rows = "\n".join(f"{pick(['depot', 'locker', 'store'])}-{R.randint(10, 99)},{R.uniform(35, 60):.6f},{R.uniform(-10, 25):.6f},{R.randint(0, 300)}" for _ in range(5))
    return "csv_export", "gps_coordinates", "site_id,lat,lon,elevation_m\n" + rows


@C
def skus():
    rows = "\n".join(f"BRK-{rs(3, UP)}-{digits(4)}-{pick(['S', 'M', 'L', 'XL'])}   {pick(['Trail jacket', 'Merino base layer', 'Dry bag 20L', 'Headlamp 400lm'])}   stock {R.randint(0, 900)}" for _ in range(5))
    return "inventory_report", "product_skus", "SKU                   Description          Qty\n" + rows


@C
def isbns():
    rows = "\n".join(f"{isbn13()}  {t}  €{R.randint(9, 45)}.{R.randint(10, 99)}" for t in ["Designing Data Pipelines", "The Support Playbook", "Practical SQL, 3rd ed.", "Logistics in Practice"])
    return "catalog", "isbn_numbers", "Reading list order — Quillbrook library\n" + rows


@C
def gtins():
    rows = "\n".join(f"{ean13(pick(['400', '500', '871', '761']))},{pick(['Guji natural 250g', 'Huila washed 1kg', 'Decaf 250g'])},{R.randint(0, 400)}" for _ in range(4))
    upc = "\n".join(f"{digits(12)},UPC-A,{pick(['filter paper', 'kettle', 'grinder burr'])}" for _ in range(2))
    return "csv_export", "product_barcodes", "gtin,product,stock\n" + rows + "\n" + upc


@C
def routing_numbers():
    rows = "\n".join(f"{aba()}  {b}" for b in ["First Lakeshore Bank", "Cedar Valley Credit Union", "Harborline Savings"])
    return "reference_table", "bank_routing_numbers", "Partner banks — ABA routing transit numbers (public, printed on every cheque)\n" + rows


@C
def ein_numbers():
    rows = "\n".join(f"{n:<28}EIN {R.randint(10, 99)}-{digits(7)}" for n in ["Quillbrook Analytics LLC", "Harrowgate Freight Inc.", "Orchard Lane Dental PC"])
    return "vendor_list", "employer_identification_numbers", "1099 vendor list (business entities, federal EINs)\n" + rows


@C
def bic_codes():
    rows = "\n".join(f"{rs(4, UP)}{cc}{rs(2, UP + DI)}{pick(['', 'XXX'])}  {cc}  correspondent" for cc in ["DE", "GB", "FR", "NL"])
    return "reference_table", "bic_swift_codes", "Correspondent banks (SWIFT/BIC)\n" + rows


@C
def lei_codes():
    rows = "\n".join(f"{lei()}  {n}" for n in ["Fenwick & Rye GmbH", "Peregrine Ledger Ltd", "Tidewell Energy SE"])
    return "reference_table", "legal_entity_identifiers", "Counterparties — LEI (ISO 17442)\n" + rows


@C
def isin_codes():
    rows = "\n".join(f"{isin(cc)}  {R.randint(10, 900)} shares  @ {R.randint(10, 300)}.{R.randint(10, 99)}" for cc in ["US", "DE", "GB", "FR", "NL"])
    return "portfolio_statement", "isin_security_codes", "Treasury portfolio (corporate account)\nISIN          Position\n" + rows


@C
def vat_numbers():
    return ("invoice", "company_vat_numbers",
            f"Seller: Fenwick & Rye GmbH, USt-IdNr. DE{digits(9)}\nBuyer: Ambervale Homes Ltd, VAT GB{digits(9)}\nIntra-community supply, reverse charge (Art. 196 VAT Directive)\nNL supplier ref: NL{digits(9)}B01")


@C
def cve_ids():
    rows = "\n".join(f"CVE-{pick(['2023', '2024', '2025'])}-{R.randint(1000, 49999)}  {pick(['HIGH', 'MEDIUM', 'CRITICAL'])}  {pick(['openssl', 'libxml2', 'urllib3', 'jinja2'])} {R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(0, 9)}" for _ in range(5))
    return "scanner_report", "cve_identifiers", "trivy image cx-api:1.14 — 5 vulnerabilities\n" + rows


@C
def dois():
    return ("bibliography", "doi_references",
            f"[1] Okafor et al. (2023). Streaming joins at scale. doi:10.{R.randint(1000, 9999)}/{digits(7)}\n[2] Lind, P. (2021). Customer churn signals. https://doi.org/10.{R.randint(1000, 9999)}/j.dss.{ts('%Y')}.{digits(6)}\n[3] RFC 9110, HTTP Semantics, doi:10.17487/RFC9110")


@C
def cas_numbers():
    return ("safety_data_sheet", "cas_registry_numbers",
            "Section 3: Composition\nSodium hypochlorite   CAS 7681-52-9   5-10 %\nSodium hydroxide      CAS 1310-73-2   <1 %\nWater                 CAS 7732-18-5   balance\nUN number: UN1791")


@C
def k8s_quantities():
    return ("kubectl_output", "resource_quantities",
            f"$ kubectl top pods -n etl\nNAME                          CPU(cores)   MEMORY(bytes)\nairflow-scheduler-0           {R.randint(100, 900)}m        {R.randint(500, 3000)}Mi\nairflow-worker-{R.randint(0, 9)}             {R.randint(100, 2000)}m       {R.randint(1000, 6000)}Mi\n$ kubectl get pvc -n etl\nNAME        STATUS  CAPACITY\nlogs-pvc    Bound   200Gi")


@C
def ledger_amounts():
    rows = "\n".join(f"{ts('%Y-%m-%d', step=(3600, 5 * 86400))}  {pick(['4000', '4010', '6100', '1200'])}  {pick(['Revenue', 'Shipping income', 'Rent', 'Receivables'])}  {R.randint(100, 999999):>10,}.{R.randint(10, 99)}" for _ in range(5))
    return "accounting_export", "ledger_amounts", "Date        Acct  Description        Amount\n" + rows


@C
def telemetry():
    rows = "\n".join(json.dumps({"sensor": f"cold-room-{R.randint(1, 4)}", "t": round(R.uniform(1, 5), 2), "rh": round(R.uniform(70, 95), 1), "battery_mv": R.randint(2800, 3300), "seq": R.randint(10**5, 10**6)}) for _ in range(4))
    return "iot_telemetry", "sensor_readings", rows


@C
def flights():
    return ("itinerary", "flight_numbers_record_locator",
            f"Record locator: {rs(6, UP + DI)}\nVT{R.randint(100, 999)}  LHR→JFK  {ts('%d %b %H:%M')}  seat {R.randint(10, 40)}{pick('ABCDEF')}\nVT{R.randint(100, 999)}  JFK→LHR  {ts('%d %b %H:%M')}  seat {R.randint(10, 40)}{pick('ABCDEF')}\nE-ticket: {digits(3)}-{digits(10)}\nFare basis: YLOWUK")


@C
def stock_prices():
    rows = "\n".join(f"{t:<6}{R.uniform(10, 900):>10.2f}{R.uniform(-5, 5):>+8.2f}%{R.randint(10**5, 10**8):>14,}" for t in ["KSTR", "TDWL", "PRGN", "SLTM"])
    return "market_data", "stock_quotes", "Ticker    Last    Chg        Volume\n" + rows


@C
def euro_numbers():
    return ("report", "european_number_formatting",
            f"Umsatz Geschäftsjahr 2024: 1.{R.randint(100, 999)}.{R.randint(100, 999)}.{R.randint(100, 999)} €\nAuftragsbestand: {R.randint(100, 999)}.{R.randint(100, 999)}.{R.randint(100, 999)} €\nMitarbeitende: 1.{R.randint(100, 999)}\n(Zahlen in deutscher Schreibweise, Punkt als Tausendertrennzeichen)")


@C
def math_digits():
    return ("jupyter_notebook", "numeric_computation_output",
            f"In [3]: from mpmath import mp; mp.dps = 40; mp.pi, mp.e\nOut[3]: (mpf('3.141592653589793238462643383279502884197'), mpf('2.718281828459045235360287471352662497757'))\n\nIn [4]: 2**64, 10**18 + 9\nOut[4]: (18446744073709551616, 1000000000000000009)")


@C
def checksums():
    rows = "\n".join(f"{hexs(32)}  exports/{pick(['orders', 'customers', 'refunds'])}_{ts('%Y%m%d')}.csv.gz" for _ in range(4))
    return "shell_session", "md5_checksums", "$ md5sum exports/*.csv.gz\n" + rows


@C
def uuids():
    rows = "\n".join(f"{uid()}  {pick(['queued', 'running', 'done'])}  {ts()}" for _ in range(5))
    return "cli_output", "job_uuids", "JOB ID                                STATE    SUBMITTED\n" + rows


@C
def patents():
    return ("legal_doc", "patent_numbers",
            f"Products covered by one or more of: US {R.randint(10, 12)},{digits(3)},{digits(3)} B2; US {R.randint(10, 12)},{digits(3)},{digits(3)} B1; EP {digits(7)} B1; JP {digits(7)} B2. Other patents pending.")


@C
def issn():
    def issn_code():
        d = digits(7)
        s = sum(int(c) * w for c, w in zip(d, range(8, 1, -1)))
        c = (11 - s % 11) % 11
        return f"{d[:4]}-{d[4:]}{'X' if c == 10 else c}"
    return ("catalog", "issn_serial_numbers",
            f"Journal subscriptions 2025\nJournal of Logistics Research   ISSN {issn_code()} (print) / {issn_code()} (online)\nData Engineering Quarterly       ISSN {issn_code()}\nRenewal due: {ts('%d %B %Y')}")


@C
def part_numbers():
    rows = "\n".join(f"PN {digits(4)}-{digits(3)}-{digits(3)}  rev {pick('ABCD')}  {pick(['gripper finger', 'servo bracket', 'lidar mount', 'battery latch'])}  qty {R.randint(1, 40)}" for _ in range(4))
    return "bill_of_materials", "part_numbers", "BOM kestrel-arm-v4\n" + rows


@C
def device_serials():
    rows = "\n".join(f"unit {R.randint(1, 60):02d}  S/N {rs(3, UP)}{digits(9)}  fw {R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)}  last seen {ts('%H:%M')}" for _ in range(4))
    return "fleet_report", "device_serial_numbers", "Robot fleet status\n" + rows


@C
def bgp_asn():
    return ("router_config", "asn_bgp_communities",
            f"route-map EXPORT-TRANSIT permit 10\n set community 6500{R.randint(0, 9)}:{R.randint(100, 999)} 6500{R.randint(0, 9)}:{R.randint(1000, 9999)} additive\n set as-path prepend 6451{R.randint(0, 9)} 6451{R.randint(0, 9)}\n!\nrouter bgp 6451{R.randint(0, 9)}\n bgp log-neighbor-changes\n maximum-paths 4")


@C
def git_remotes():
    return ("shell_session", "ssh_git_remote_urls",
            "$ git remote -v\norigin\tgit@github.com:quillbrook/etl-pipelines.git (fetch)\norigin\tgit@github.com:quillbrook/etl-pipelines.git (push)\nmirror\tgit@gitlab.kestrelbots.ai:data/etl-pipelines.git (push)\n$ git submodule status\n " + hexs(40) + " vendor/dbt-utils (1.1.1)")


@C
def npm_at():
    return ("cli_output", "scoped_package_specifiers",
            "$ npm ls --depth=0\ncx-portal@2.14.1 /srv/cx-portal\n├── @babel/core@7.24.7\n├── @tanstack/react-query@5.45.1\n├── @types/node@20.14.2\n├── @copperlark/ui-kit@3.12.0\n└── zod@3.23.8")


@C
def kerberos():
    return ("cli_output", "kerberos_service_principals",
            f"$ klist -k /etc/krb5.keytab\nKeytab name: FILE:/etc/krb5.keytab\nKVNO Principal\n---- ------------------------------------------------\n   {R.randint(2, 9)} HTTP/bi.corp.saltmarsh-ins.com@CORP.SALTMARSH-INS.COM\n   {R.randint(2, 9)} host/etl-03.corp.saltmarsh-ins.com@CORP.SALTMARSH-INS.COM\n   {R.randint(2, 9)} postgres/warehouse.corp.saltmarsh-ins.com@CORP.SALTMARSH-INS.COM")


@C
def image_digest_refs():
    return ("yaml_manifest", "container_image_references",
            f"containers:\n  - name: api\n    image: ghcr.io/quillbrook/cx-api@sha256:{hexs(64)}\n  - name: sidecar\n    image: docker.io/envoyproxy/envoy:v1.30.2@sha256:{hexs(64)}\n")


@C
def social_handles():
    return ("marketing_copy", "company_social_handles",
            "Follow us! Instagram @driftwoodcoffee · X/Twitter @DriftwoodCoffeeCo · TikTok @driftwood.coffee\nTag your brew with #DriftwoodMornings for a chance to win a 12-month subscription. Terms at driftwoodcoffee.shop/terms.")


@C
def masked_ssn():
    return ("form_template", "masked_and_template_ssn",
            f"EMPLOYEE SELF-SERVICE — Tax documents\nSSN on file: XXX-XX-{digits(4)}\nTo update, enter the full number in the format 000-00-0000 (digits only, no spaces).\nLast changed: {ts('%m/%d/%Y')}")


@C
def masked_iban():
    cc = pick(["DE", "FR", "NL", "ES"])
    return ("banking_app_screen", "masked_iban",
            f"Payout account\n{cc}** **** **** **** **{digits(2)} {digits(2)}\nStatus: verified\nChange payout account → you'll need to confirm via your authenticator app.")


@C
def masked_phone_email():
    return ("web_page", "masked_contact_details",
            f"We sent a verification code to •••-•••-{digits(2)}{digits(2)} and a link to m•••••@g••••.com.\nDidn't get it? Resend in 0:{R.randint(10, 59)}.\nReference: VER-{rs(6, UP + DI)}")


@C
def redacted_log():
    lines = [f"{ts()} INFO  [export] row {R.randint(1, 99999)}: email=[REDACTED_EMAIL] phone=[REDACTED_PHONE] card=[REDACTED_PAN] ip=[REDACTED_IP]" for _ in range(3)]
    return "application_log", "redacted_pii_log", "\n".join(lines)


@C
def date_formats():
    return ("report", "dates_in_various_formats",
            f"Deadlines\n- EU filing: {ts('%d/%m/%Y', step=(86400, 20 * 86400))}\n- US filing: {ts('%m-%d-%Y', step=(86400, 20 * 86400))}\n- Batch key: {ts('%Y%m%d', step=(86400, 20 * 86400))}\n- ISO week: {ts('%G-W%V', step=(86400, 20 * 86400))}\n- Julian: {ts('%y%j', step=(86400, 20 * 86400))}\n- Fiscal period: FY{ts('%y')}-P{R.randint(1, 12):02d}\n- Next review: {ts('%A, %d %B %Y')}")


@C
def price_list():
    rows = "\n".join(f"{pick(['Guji', 'Huila', 'Sidamo', 'Decaf'])} {w}  {R.randint(6, 40)}.{R.randint(10, 99)}  x{R.randint(1, 24)}" for w in ["250g", "500g", "1kg", "250g"])
    return "price_list", "catalog_prices_quantities", "Wholesale price list Q3\n" + rows


@C
def ddl():
    return ("sql_ddl", "schema_definition_no_values",
            "CREATE TABLE crm.customers (\n  id            bigserial PRIMARY KEY,\n  full_name     text NOT NULL,\n  email         citext UNIQUE,\n  phone_e164    varchar(16) CHECK (phone_e164 ~ '^\\+[1-9][0-9]{7,14}$'),\n  ssn_hash      bytea,\n  iban_last4    char(4),\n  created_at    timestamptz DEFAULT now()\n);")


@C
def regex_rules():
    return ("python_source", "validation_regex_code",
            "EMAIL_RE = re.compile(r\"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$\")\nSSN_RE = re.compile(r\"^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$\")\nIPV4_RE = re.compile(r\"^(\\d{1,3})(\\.\\d{1,3}){3}$\")\n\ndef is_valid_iban(s: str) -> bool:\n    s = s.replace(' ', '').upper()\n    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1\n")


@C
def timetable():
    rows = "\n".join(f"Route {R.randint(1, 99):>2}  {R.randint(5, 9):02d}:{R.randint(0, 59):02d}  {R.randint(10, 14):02d}:{R.randint(0, 59):02d}  {R.randint(15, 22):02d}:{R.randint(0, 59):02d}  stop {R.randint(1000, 9999)}" for _ in range(5))
    return "schedule", "shuttle_timetable", "Staff shuttle — depot to station\n" + rows


@C
def hw_models():
    return ("asset_inventory", "hardware_model_numbers",
            f"Asset {rs(2, UP)}-{digits(5)}  Dell Latitude 7440  Service Tag {rs(7, UP + DI)}\nAsset {rs(2, UP)}-{digits(5)}  Lenovo ThinkPad T14 Gen 4  MT 21HD-{rs(4, UP + DI)}\nAsset {rs(2, UP)}-{digits(5)}  Zebra TC52 scanner  Model TC520K-1PEZU4P-A6")


@C
def weather():
    rows = "\n".join(f"{ts('%Y-%m-%d', step=(86400, 86400))}  {R.uniform(-5, 30):5.1f}°C  {R.randint(990, 1035)} hPa  wind {R.randint(0, 60)} km/h" for _ in range(5))
    return "weather_report", "weather_observations", "Station EGCC daily summary\n" + rows


@C
def latency_hist():
    return ("metrics_output", "latency_histogram",
            "# HELP http_request_duration_seconds request latency\n" + "\n".join(
                f"http_request_duration_seconds_bucket{{route=\"/api/v1/orders\",le=\"{b}\"}} {R.randint(1000, 900000)}" for b in ["0.005", "0.01", "0.025", "0.1", "0.5", "+Inf"]))


@C
def calver_tags():
    rows = "\n".join(f"v{ts('%Y.%m.%d')}.{R.randint(1, 9)}  {hexs(7)}  {pick(['release', 'hotfix'])}" for _ in range(4))
    return "shell_session", "calendar_version_tags", "$ git tag --sort=-creatordate | head -4 | xargs -n1 git log -1 --format='%(describe) %h' # summarised\n" + rows


@C
def registry_guids():
    return ("registry_export", "windows_registry_guids",
            f"Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{{{uid().upper()}}}]\n@=\"Ironbark Payroll Shell Extension\"\n\"AppID\"=\"{{{uid().upper()}}}\"\n\"Version\"=dword:000{R.randint(10000, 99999)}")


@C
def color_codes():
    return ("css", "css_colour_values",
            ":root {\n" + "\n".join(f"  --brand-{n}: #{hexs(6)};" for n in ["primary", "accent", "muted", "danger"]) + f"\n  --shadow: 0 1px 2px rgba(0,0,0,.{R.randint(10, 40)});\n  --grid: repeat(12, minmax(0, 1fr));\n}}")


@C
def sports_stats():
    return ("report", "league_statistics",
            f"Office five-a-side league — week {R.randint(1, 20)}\nOps United {R.randint(0, 7)}–{R.randint(0, 7)} Data Rovers\nPossession {R.randint(40, 60)}%–{R.randint(40, 60)}%, shots {R.randint(3, 20)}–{R.randint(3, 20)}\nTable: P{R.randint(5, 12)} W{R.randint(1, 5)} D{R.randint(0, 4)} L{R.randint(0, 4)} GD +{R.randint(1, 9)} Pts {R.randint(5, 30)}")


@C
def ticket_ids():
    rows = "\n".join(f"{pick(['CX', 'OPS', 'DATA'])}-{R.randint(100, 9999)}  {pick(['Bug', 'Task', 'Story'])}  {pick(['In Progress', 'Done', 'To Do'])}  sprint {R.randint(40, 60)}" for _ in range(5))
    return "issue_tracker_export", "issue_keys", "Key        Type   Status       Sprint\n" + rows


DROP_NEG = {"price_list", "sports_stats", "color_codes"}


# ---- extra context for the shortest carriers (keeps lengths realistic) ----
def _amt():
    return f"{R.randint(100, 4000)}.{R.randint(10, 99)}"


EXTRA = {
    "patents": lambda: f"\n\nThis page provides virtual patent marking under 35 U.S.C. § 287(a) for the KRA-4 arm controller, gripper kits and the fleet dashboard.\nLast updated {ts('%d %B %Y')}.",
    "masked_phone_email": lambda: "\n\nHaving trouble? Make sure your phone can receive SMS from short codes, or choose 'Use authenticator app' instead. Codes expire after 10 minutes; after 5 failed attempts sign-in is paused for 15 minutes.",
    "masked_iban": lambda: "\n\nRecent payouts\n" + "\n".join(f"{ts('%d %b %Y')}   € {_amt()}   paid" for _ in range(3)) + "\nNext payout: every Tuesday, minimum € 25.00",
    "flights": lambda: f"\nBaggage allowance: 1PC 23KG\nSpecial meal: VGML\nCheck-in opens {R.randint(24, 48)}h before departure; gate closes 20 min before.",
    "bic_codes": lambda: "\n\nUsed for USD and GBP settlement only. SEPA payments go through the house bank directly. Update this table when the treasury team changes correspondents.",
    "lei_codes": lambda: f"\n\nSource: GLEIF golden copy {ts('%Y-%m-%d')}; all three entries status ISSUED, next renewal within 12 months. Needed for EMIR trade reporting.",
    "build_numbers": lambda: f"\nTests: {R.randint(800, 2000)} passed, {R.randint(0, 9)} skipped\nCoverage: {R.randint(70, 95)}.{R.randint(0, 9)}%\nPublished to artifact store under releases/{ts('%Y')}/",
    "euro_numbers": lambda: f"\nEBITDA-Marge: {R.randint(8, 25)},{R.randint(0, 9)} %\nInvestitionen: {R.randint(10, 99)}.{R.randint(100, 999)}.{R.randint(100, 999)} €",
    "tracking_numbers": lambda: f"\nDriver: route {R.randint(10, 99)}, van {rs(2, UP)}{R.randint(10, 99)}\nSeal no. {digits(7)}\nPickup window 14:00–16:00 confirmed.",
    "hw_models": lambda: f"\nAsset {rs(2, UP)}-{digits(5)}  Apple MacBook Pro 14 (M3)  Model A2918\nAsset {rs(2, UP)}-{digits(5)}  Cisco Meraki MR46  Part MR46-HW\nNext audit: {ts('%B %Y')}",
    "masked_ssn": lambda: "\n\nFor your security we never display the full number. Your W-2 and 1095-C will be available in this portal by January 31.",
    "bgp_asn": lambda: "\n neighbor TRANSIT-A remote-as 174\n neighbor TRANSIT-A route-map EXPORT-TRANSIT out\n neighbor TRANSIT-B remote-as 3356\n!",
    "cas_numbers": lambda: "\n\nSection 8: Exposure controls\nWear nitrile gloves and eye protection. Do not mix with acids or ammonia-based cleaners.",
    "npm_at": lambda: "\n$ npm outdated\nPackage                Current  Wanted  Latest\n@tanstack/react-query   5.45.1  5.51.1  5.51.1\nzod                     3.23.8  3.23.8  3.24.1",
    "routing_numbers": lambda: "\n\nThese identify the bank, not a customer account. Customer account numbers are stored only in the payments vault.",
    "ein_numbers": lambda: f"\n\nAll three are corporations/LLCs; no individual contractors in this batch. 1099-NEC filing deadline: January 31, {R.randint(2025, 2026)}.",
}

for _i, _fn in enumerate(NEG):
    if _fn.__name__ in EXTRA:
        def _wrap(fn=_fn, extra=EXTRA[_fn.__name__]):
            fmt, cat, text = fn()
            return fmt, cat, text + extra()
        _wrap.__name__ = _fn.__name__
        NEG[_i] = _wrap
