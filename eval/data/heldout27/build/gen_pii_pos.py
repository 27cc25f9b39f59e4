"""Positive (label=pii) generators for pii.jsonl.

Every function returns (format, category, text, entities) where entities is a
list of (type, value). Every phone/email/ssn/credit_card/ipv4/iban present in
the text is registered through the collector, so nothing is left unlabelled.
"""
import json

from common import *  # noqa
import pii_values as V

POS = []


def P(fn):
    POS.append(fn)
    return fn


class E:
    def __init__(self):
        self.items = []

    def _add(self, t, v):
        if (t, v) not in self.items:
            self.items.append((t, v))
        return v

    def phone(self, c=None):
        return self._add("phone", V.ph(c))

    def email(self, first=None, last=None, domain=None):
        return self._add("email", V.email(first, last, domain))

    def raw_email(self, v):
        return self._add("email", v)

    def ssn(self, style=None):
        return self._add("ssn", V.ssn(style))

    def card(self, net=None, style=None):
        return self._add("credit_card", V.card(net, style))

    def ip(self, kind=None):
        v = V.ip_public() if kind == "pub" else V.ip_private() if kind == "priv" else V.ip()
        return self._add("ipv4", v)

    def iban(self, c=None, style=None):
        return self._add("iban", V.iban(c, style))


def name():
    f, l = person()
    return f, l, f"{f} {l}"


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "okhttp/4.12.0", "python-requests/2.32.3"]


@P
def crm_contact_json():
    e = E()
    f, l, n = name()
    o, dom = org()
    rec = {"contact_id": R.randint(100000, 999999), "name": n, "company": o, "email": e.email(f, l, dom),
           "phones": [{"type": "mobile", "number": e.phone()}, {"type": "work", "number": e.phone()}],
           "owner": "cx-emea", "last_login_ip": e.ip("pub"), "lifecycle_stage": pick(["customer", "lead", "opportunity"])}
    return "crm_api_response", "crm_contact_record", json.dumps(rec, indent=2, ensure_ascii=False), e.items


@P
def hr_employee_record():
    e = E()
    f, l, n = name()
    cc = pick(["DE", "NL", "FR", "ES", "IE", "AT", "BE"])
    text = (f"EMPLOYEE MASTER RECORD — {n}\nEmployee no.: E{R.randint(10000, 99999)}\nDepartment: Customer Operations\nStart date: {ts('%Y-%m-%d', (2019, 1, 1), 1800)}\n"
            f"Work e-mail: {e.email(f, l, 'ironbarkpayroll.com')}\nPrivate e-mail: {e.email(f, l)}\nMobile: {e.phone(cc)}\nEmergency contact: {pick(FIRST)} ({pick(['spouse', 'parent', 'sibling'])}) {e.phone(cc)}\n"
            f"Salary account (IBAN): {e.iban(cc)}\nTax class: {R.randint(1, 5)}")
    return "hr_record", "employee_master_record", text, e.items


@P
def us_payroll_csv():
    e = E()
    rows = ["employee_id,full_name,ssn,personal_email,filing_status,gross_biweekly"]
    for _ in range(3):
        f, l, n = name()
        rows.append(f"{R.randint(1000, 9999)},{n},{e.ssn('dash')},{e.email(f, l)},{pick(['single', 'married_joint', 'head_household'])},{R.randint(1800, 6500)}.{R.randint(10, 99)}")
    return "csv_export", "us_payroll_export", "\n".join(rows), e.items


@P
def eu_payroll_csv():
    e = E()
    rows = ["Personalnummer;Name;IBAN;E-Mail;Netto"]
    for _ in range(3):
        f, l, n = name()
        rows.append(f"{R.randint(1000, 9999)};{n};{e.iban(pick(['DE', 'AT', 'NL', 'LU']), 'electronic')};{e.email(f, l, pick(['gmx.de', 'web.de', 'fenwickrye.de']))};{R.randint(1900, 5200)},{R.randint(10, 99)}")
    return "csv_export", "eu_payroll_export", "\n".join(rows), e.items


@P
def nginx_access():
    e = E()
    ips = [e.ip("pub") for _ in range(3)] + [e.ip("priv")]
    paths = ["/api/v2/cart", "/checkout/shipping", "/account/orders?page=2", "/static/js/app.js", "/login", "/api/v2/cart/items"]
    lines = []
    for _ in range(6):
        lines.append(f"{pick(ips)} - - [{ts('%d/%b/%Y:%H:%M:%S')} +0000] \"{pick(['GET', 'GET', 'POST'])} {pick(paths)} HTTP/1.1\" {pick([200, 200, 302, 404, 499])} {R.randint(200, 40000)} \"-\" \"{pick(UA)}\"")
    used = [i for i in ips if any(ln.startswith(i + " ") for ln in lines)]
    e.items = [("ipv4", i) for i in used]
    return "web_server_log", "nginx_access_log", "\n".join(lines), e.items


@P
def apache_error():
    e = E()
    text = (f"[{ts('%a %b %d %H:%M:%S.%f %Y')[:-3]}] [php:error] [pid {R.randint(1000, 30000)}] [client {e.ip('pub')}:{R.randint(20000, 65000)}] PHP Warning:  Undefined array key \"email\" in /var/www/shop/checkout.php on line 118, referer: https://shop.brackenridge-outfitters.com/cart\n"
            f"[{ts('%a %b %d %H:%M:%S.%f %Y')[:-3]}] [authz_core:error] [pid {R.randint(1000, 30000)}] [client {e.ip('pub')}:{R.randint(20000, 65000)}] AH01630: client denied by server configuration: /var/www/shop/.git/config\n"
            f"[{ts('%a %b %d %H:%M:%S.%f %Y')[:-3]}] [proxy:error] [pid {R.randint(1000, 30000)}] (111)Connection refused: AH00957: http: attempt to connect to {e.ip('priv')}:8080 (backend) failed")
    return "web_server_log", "apache_error_log", text, e.items


@P
def sshd_auth():
    e = E()
    a, b, c = e.ip("pub"), e.ip("pub"), e.ip("pub")
    host = pick(["bastion-01", "etl-03", "sftp-gw"])
    lines = [f"{ts('%b %d %H:%M:%S')} {host} sshd[{R.randint(1000, 60000)}]: Failed password for invalid user admin from {a} port {R.randint(30000, 65000)} ssh2",
             f"{ts('%b %d %H:%M:%S')} {host} sshd[{R.randint(1000, 60000)}]: Failed password for root from {a} port {R.randint(30000, 65000)} ssh2",
             f"{ts('%b %d %H:%M:%S')} {host} sshd[{R.randint(1000, 60000)}]: Accepted publickey for deploy from {b} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64bytes(32, pad=False)}",
             f"{ts('%b %d %H:%M:%S')} {host} sshd[{R.randint(1000, 60000)}]: Connection closed by authenticating user git {c} port {R.randint(30000, 65000)} [preauth]"]
    return "syslog", "sshd_auth_log", "\n".join(lines), e.items


@P
def support_ticket_card():
    e = E()
    f, l, n = name()
    o, dom = org()
    cust = e.email(f, l)
    text = (f"Ticket #{R.randint(200000, 299999)} | Priority: High | Channel: e-mail\nFrom: {n} <{cust}>\nTo: support@{dom}\nSubject: double charge on my order\n\n"
            f"Hello, I was charged twice for my order. The card is {e.card()} exp {R.randint(1, 12):02d}/{R.randint(26, 30)}. Please refund one of them. You can call me on {e.phone()} after 5pm.\n\n"
            f"-- internal note --\nAgent: please do NOT paste card numbers in tickets; asked customer to use the secure form. Escalated to payments.")
    e.raw_email(f"support@{dom}")
    return "support_ticket", "support_ticket_with_card", text, e.items


@P
def email_thread():
    e = E()
    o, dom = org()
    f1, l1, n1 = name()
    f2, l2, n2 = name()
    f3, l3, n3 = name()
    a1, a2, a3 = e.email(f1, l1, dom), e.email(f2, l2, pick(FREEMAIL_LIST)), e.email(f3, l3, dom)
    text = (f"From: {n1} <{a1}>\nTo: {n2} <{a2}>\nCc: {n3} <{a3}>\nDate: {ts('%a, %d %b %Y %H:%M:%S +0100')}\nSubject: Re: Delivery window for your kitchen installation\n\n"
            f"Hi {f2},\n\nthanks for confirming. Our fitter will call you the day before. If anything changes, reach me directly on {e.phone()} or our office line {e.phone()}.\n\n"
            f"Best regards,\n{n1}\nCustomer Operations, {o}")
    return "email", "customer_email_thread", text, e.items


FREEMAIL_LIST = V.FREEMAIL


@P
def invoice_eu():
    e = E()
    o, dom = org()
    cc = pick(["DE", "FR", "NL", "IT", "ES", "BE", "PT", "IE"])
    f, l, n = name()
    text = (f"INVOICE No. {R.randint(2025, 2025)}-{R.randint(1000, 9999)}\n{o}\n{e.phone(cc)} · {e.raw_email('accounts@' + dom)}\n\nBill to: {n}\n{e.email(f, l)}\n\n"
            f"Qty  Description                      Unit      Total\n  {R.randint(1, 4)}  Annual support plan              {R.randint(100, 900)},00  {R.randint(1000, 3000)},00\n"
            f"                                   VAT 21%   {R.randint(100, 600)},00\n                                   TOTAL EUR {R.randint(1100, 3600)},00\n\n"
            f"Please pay within 14 days to IBAN {e.iban(cc)} (BIC {rs(4, UP)}{cc}{rs(2, UP + DI)}), reference INV-{R.randint(1000, 9999)}.")
    return "invoice", "supplier_invoice", text, e.items


@P
def shipping_label():
    e = E()
    f, l, n = name()
    cc = pick(["US", "GB", "AU", "CA", "DE", "FR"])
    text = (f"FROM: Harrowgate Freight — Returns Hub\nUnit 4, Dock Road\nTel {e.phone(cc)}\n\nSHIP TO:\n{n.upper()}\n{R.randint(1, 220)} {pick(['Willow', 'Station', 'Harbour', 'Mill', 'Orchard'])} {pick(['Street', 'Road', 'Lane', 'Avenue'])}\n"
            f"Phone: {e.phone(cc)}\nEmail: {e.email(f, l)}\n\nSERVICE: EXPRESS 24   WEIGHT: {R.randint(1, 30)}.{R.randint(0, 9)} kg   PIECES: 1/1\nREF: RMA-{R.randint(100000, 999999)}")
    return "shipping_label", "parcel_shipping_label", text, e.items


@P
def sql_customers():
    e = E()
    rows = []
    for _ in range(3):
        f, l, n = name()
        rows.append(f" {R.randint(10000, 99999)} | {n:<24} | {e.email(f, l):<36} | {e.phone()}")
    text = ("analytics=> SELECT id, full_name, email, phone FROM crm.customers WHERE churn_risk > 0.8 LIMIT 3;\n"
            "  id   |        full_name         |                email                 | phone\n-------+--------------------------+--------------------------------------+-----------------\n" + "\n".join(rows) + "\n(3 rows)")
    return "sql_query_result", "customer_table_query", text, e.items


@P
def leads_csv():
    e = E()
    rows = ["lead_id,first_name,last_name,email,phone,country,source"]
    for _ in range(4):
        f, l = person()
        cc = pick(list(V.PHONE_FMT))
        p = e.phone(cc)
        rows.append(f"L-{R.randint(10000, 99999)},{f},{l},{e.email(f, l)},\"{p}\",{cc},{pick(['webinar', 'trade-show', 'organic', 'partner'])}")
    return "csv_export", "marketing_leads_export", "\n".join(rows), e.items


@P
def slack_refund():
    e = E()
    f, l, n = name()
    text = (f"#payments-ops  {ts('%H:%M')}\n{pick(FIRST)}: can someone push a manual refund? customer {n}, {e.email(f, l)}, tel {e.phone()}. "
            f"she read the card number out on the phone: {e.card()} — amount €{R.randint(20, 300)}.{R.randint(10, 99)}\n{pick(FIRST)}: on it. pls delete the PAN from this channel after 🙏")
    return "chat_message", "chat_refund_request", text, e.items


@P
def stack_trace_ctx():
    e = E()
    f, l, n = name()
    em = e.email(f, l)
    ipx = e.ip("pub")
    text = (f"ERROR [{ts()}] request failed user={em} client_ip={ipx}\nTraceback (most recent call last):\n  File \"/app/cx/api/views.py\", line 212, in update_profile\n    profile.phone = normalize_phone(payload[\"phone\"])\n"
            f"  File \"/app/cx/utils/phone.py\", line 48, in normalize_phone\n    raise ValueError(f\"unparseable phone number: {{raw!r}}\")\nValueError: unparseable phone number: '{e.phone()}'")
    return "stack_trace", "stack_trace_user_context", text, e.items


@P
def har_checkout():
    e = E()
    f, l, n = name()
    body = {"email": e.email(f, l), "phone": e.phone(), "card": {"number": e.card(style="plain"), "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031), "cvc": digits(3)},
            "shipping": {"name": n, "country": pick(["US", "GB", "DE"])}}
    entry = {"request": {"method": "POST", "url": "https://shop.driftwoodcoffee.shop/api/checkout", "headers": [{"name": "X-Forwarded-For", "value": f"{e.ip('pub')}, {e.ip('priv')}"}, {"name": "Content-Type", "value": "application/json"}],
                         "postData": {"mimeType": "application/json", "text": json.dumps(body)}}, "response": {"status": 201}}
    return "har_capture", "checkout_request_capture", json.dumps(entry, indent=1), e.items


@P
def fraud_review():
    e = E()
    f, l, n = name()
    text = (f"FRAUD REVIEW — case FR-{R.randint(10000, 99999)}\nScore: {R.randint(70, 99)}/100   Decision: manual review\nCardholder: {n}\nPAN: {e.card()}\nBilling email: {e.email(f, l)}\n"
            f"Phone on file: {e.phone()}\nOrder IP: {e.ip('pub')} (geo: {pick(['NL', 'RO', 'BR', 'VN', 'US'])})\nPrevious IP: {e.ip('pub')}\nSignals: new device, billing/shipping mismatch, 3 attempts in 4 min")
    return "case_record", "fraud_review_case", text, e.items


@P
def iptables_log():
    e = E()
    lines = []
    for _ in range(3):
        lines.append(f"{ts('%b %d %H:%M:%S')} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC={':'.join(hexs(2) for _ in range(14))} SRC={e.ip('pub')} DST={e.ip('priv')} LEN={R.randint(40, 60)} TOS=0x00 PREC=0x00 TTL={R.randint(40, 250)} ID={R.randint(1000, 65000)} PROTO=TCP SPT={R.randint(1024, 65000)} DPT={pick([22, 3389, 5432, 6379])} WINDOW=1024 RES=0x00 SYN URGP=0")
    return "syslog", "firewall_block_log", "\n".join(lines), e.items


@P
def ingress_log():
    e = E()
    lines = []
    for _ in range(3):
        lines.append(json.dumps({"time": ts(), "remote_addr": e.ip("pub"), "x_forwarded_for": "", "method": pick(["GET", "POST"]), "uri": pick(["/api/v1/tickets", "/api/v1/me", "/healthz"]),
                                 "status": pick([200, 201, 401]), "upstream_addr": f"{e.ip('priv')}:8000", "request_time": round(R.uniform(0.002, 0.9), 3)}))
    return "kubernetes_log", "ingress_controller_log", "\n".join(lines), e.items


@P
def mobile_crash():
    e = E()
    f, l, n = name()
    text = (f"Incident Identifier: {uid().upper()}\nHardware Model:      iPhone15,3\nProcess:             Velloway [{R.randint(100, 9999)}]\nVersion:             5.12.0 (5120)\nOS Version:          iPhone OS 17.5.1 (21F90)\n"
            f"Exception Type:  EXC_CRASH (SIGABRT)\n\nApplication Specific Information:\n*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'BookingForm: invalid contact {{email={e.email(f, l)}, phone={e.phone()}}}'\n\n"
            f"Custom keys:\n  last_api_host_ip = {e.ip('pub')}\n  user_id = {R.randint(1000000, 9999999)}")
    return "mobile_crash_report", "ios_crash_report", text, e.items


@P
def bank_transfer():
    e = E()
    f, l, n = name()
    o, dom = org()
    c1, c2 = pick(["DE", "FR", "NL", "BE", "ES"]), pick(["IT", "PT", "PL", "CH", "GB", "SE"])
    text = (f"PAYMENT CONFIRMATION\nExecution date: {ts('%d.%m.%Y')}\nOrdering party: {o}\nDebit account: {e.iban(c1)}\nBeneficiary: {n}\nBeneficiary account: {e.iban(c2)}\n"
            f"Amount: EUR {R.randint(100, 9000)}.{R.randint(10, 99)}\nRemittance info: Refund order {R.randint(100000, 999999)}\nNotification sent to: {e.email(f, l)}")
    return "bank_document", "bank_transfer_confirmation", text, e.items


@P
def sepa_mandate():
    e = E()
    f, l, n = name()
    cc = pick(["DE", "FR", "NL", "AT", "BE", "IE", "FI"])
    text = (f"SEPA Direct Debit Mandate\nCreditor: Lumenfold Health GmbH, Creditor ID DE{R.randint(10, 99)}ZZZ0000{R.randint(1000000, 9999999)}\nMandate reference: LFH-{R.randint(100000, 999999)}\n\n"
            f"Debtor name: {n}\nDebtor IBAN: {e.iban(cc)}\nE-mail: {e.email(f, l)}\nTelephone: {e.phone(cc)}\nType of payment: recurrent\nSigned electronically on {ts('%Y-%m-%d')} from IP {e.ip('pub')}")
    return "form_submission", "sepa_direct_debit_mandate", text, e.items


@P
def tax_form():
    e = E()
    f, l, n = name()
    text = (f"Form W-9 (Rev. March 2024) — data extracted by OCR\n1 Name: {n}\n3 Federal tax classification: Individual/sole proprietor\n5 Address: {R.randint(10, 9999)} {pick(['Maple', 'Cedar', 'Lakeview'])} Dr\n"
            f"Part I TIN — Social security number: {e.ssn(pick(['dash', 'space']))}\nContact phone: {e.phone('US')}\nContact e-mail: {e.email(f, l)}\nOCR confidence: 0.{R.randint(90, 99)}")
    return "ocr_document", "tax_form_w9", text, e.items


@P
def kyc_note():
    e = E()
    f, l, n = name()
    text = (f"KYC check {uid()[:8]} — {n}\n- SSN provided: {e.ssn()} → match (credit header)\n- Phone {e.phone('US')} → carrier mobile, 4y tenure\n- Email {e.email(f, l)} → first seen 2017\n"
            f"- Signup IP {e.ip('pub')} → residential ISP, no proxy\nResult: PASS (manual reviewer: {pick(FIRST)})")
    return "case_record", "kyc_verification_notes", text, e.items


@P
def call_transcript():
    e = E()
    f, l, n = name()
    text = (f"[Call recording transcript — auto-generated]\nAgent: Thanks for calling Saltmarsh Insurance, can I have your policy number?\nCaller: It's SMI-{R.randint(100000, 999999)}.\n"
            f"Agent: And to verify, your social security number?\nCaller: {e.ssn('dash')}.\nAgent: Thank you. Which card would you like to use for the premium?\nCaller: Visa, {e.card('visa', 'space')}.\n"
            f"Agent: And a callback number?\nCaller: {e.phone('US')}.\n[transcript flagged: contains sensitive data]")
    return "call_transcript", "call_center_transcript", text, e.items


@P
def unsub_json():
    e = E()
    items = [{"email": e.email(), "unsubscribed_at": ts(), "reason": pick(["too_frequent", "not_relevant", "other"])} for _ in range(4)]
    return "api_response", "newsletter_unsubscribes", json.dumps({"list": "Customers EU", "unsubscribes": items}, indent=1), e.items


@P
def notebook_head():
    e = E()
    rows = []
    for i in range(3):
        f, l = person()
        rows.append(f"{i}  {f:<9} {e.email(f, l):<34} {e.phone():<20} {e.ip('pub')}")
    text = "In [8]: signups.head(3)\nOut[8]:\n   first     email                              phone                last_ip\n" + "\n".join(rows)
    return "jupyter_notebook", "dataframe_preview", text, e.items


@P
def dedupe_log():
    e = E()
    f, l, n = name()
    a, b = e.email(f, l), e.email(f, l)
    p = e.phone()
    text = (f"{ts()} INFO  [identity-merge] candidate pair score=0.{R.randint(91, 99)} left=cust_{R.randint(10**5, 10**6)} right=cust_{R.randint(10**5, 10**6)}\n"
            f"{ts()} INFO  [identity-merge] left.email={a} right.email={b} phone_match={p}\n{ts()} INFO  [identity-merge] merged; survivor keeps email={a}")
    return "application_log", "identity_merge_log", text, e.items


@P
def sms_log():
    e = E()
    cc = pick(["US", "GB", "AU", "IN", "BR", "ZA"])
    sender = e.phone(cc)
    rows = ["sid,direction,from,to,status,segments"]
    for _ in range(3):
        rows.append(f"SM{hexs(32)},outbound-api,{sender},{e.phone(cc)},{pick(['delivered', 'delivered', 'undelivered'])},1")
    return "csv_export", "sms_delivery_log", "\n".join(rows), e.items


@P
def voicemail():
    e = E()
    f, l, n = name()
    text = (f"New voicemail from {e.phone()} (0:{R.randint(20, 59)})\n\nTranscription: \"Hi, this is {f} {l}, I'm calling about my return, reference R M A {R.randint(1000, 9999)}. "
            f"You can reach me on my mobile {e.phone()} or e-mail {e.email(f, l)}. Thanks.\"\n\nDelivered by Harrowgate Voice")
    return "email", "voicemail_transcription", text, e.items


@P
def vendor_onboarding():
    e = E()
    cc = pick(["SE", "DK", "NO", "FI", "PL", "CZ", "HU", "RO", "HR", "SK"])
    f, l, n = name()
    comp = pick(["Nordvik Packaging", "Baltic Pallet Works", "Danubia Print", "Kvarn Logistics"])
    text = (f"vendor:\n  legal_name: {comp}\n  country: {cc}\n  contact:\n    name: {n}\n    email: {e.email(f, l, slug(comp) + '.' + cc.lower())}\n    phone: \"{e.phone(cc) if cc in V.PHONE_FMT else e.phone()}\"\n"
            f"  remittance:\n    iban: {e.iban(cc, 'electronic')}\n    currency: EUR\n  accounts_payable_cc: ap-inbox@{slug(comp)}.{cc.lower()}\n")
    e.raw_email(f"ap-inbox@{slug(comp)}.{cc.lower()}")
    return "yaml_config", "vendor_onboarding_record", text, e.items


@P
def refund_ticket_iban():
    e = E()
    f, l, n = name()
    text = (f"Zendesk #{R.randint(400000, 499999)} — Refund to bank account\nRequester: {n} <{e.email(f, l)}>\n\nCustomer message:\n\"The card I paid with ({e.card()}) has been cancelled, please send the refund to my bank instead: {e.iban(pick(['GB', 'IE', 'FR', 'ES']))}\"\n\n"
            f"Macro applied: refunds/bank-transfer-eu\nStatus: pending finance approval")
    return "support_ticket", "refund_to_bank_request", text, e.items


@P
def hotel_booking():
    e = E()
    f, l, n = name()
    text = (f"BOOKING CONFIRMATION  VT-{rs(6, UP + DI)}\nGuest: {n}\nCheck-in: {ts('%d %b %Y', step=(86400, 60 * 86400))}   Nights: {R.randint(1, 9)}\nRoom: Deluxe King, non-smoking\n"
            f"Contact: {e.email(f, l)} / {e.phone()}\nGuarantee card: {card_disp(e)}\nSpecial requests: late arrival (~23:00)\nHotel front desk: {e.phone()}")
    return "booking_confirmation", "hotel_booking", text, e.items


def card_disp(e):
    return e.card()


@P
def appointment_reminder():
    e = E()
    f, l, n = name()
    text = (f"To: {e.email(f, l)}\nFrom: reminders@orchardlanedental.com\nSubject: Appointment reminder\n\nDear {f},\n\nthis is a reminder of your appointment on {ts('%A %d %B at %H:%M')}. We will text you at {e.phone()} on the day.\n"
            f"To reschedule call {e.phone('US')}.\n\nOrchard Lane Dental")
    e.raw_email("reminders@orchardlanedental.com")
    return "email", "appointment_reminder", text, e.items


@P
def git_shortlog():
    e = E()
    lines = []
    for _ in range(4):
        f, l = person()
        lines.append(f"{R.randint(3, 400):>6}\t{f} {l} <{e.email(f, l, pick(['quillbrook.io', 'users.noreply.github.com', 'gmail.com', 'kestrelbots.ai']))}>")
    return "shell_session", "git_author_list", "$ git shortlog -sne --since=2025-01-01\n" + "\n".join(lines), e.items


@P
def sudo_audit():
    e = E()
    lines = [f"type=USER_LOGIN msg=audit({epoch()}.{R.randint(100, 999)}:{R.randint(1000, 9999)}): pid={R.randint(1000, 50000)} uid=0 auid={R.randint(1000, 1010)} ses={R.randint(1, 90)} msg='op=login id={R.randint(1000, 1010)} exe=\"/usr/sbin/sshd\" hostname=? addr={e.ip()} terminal=/dev/pts/{R.randint(0, 5)} res=success'" for _ in range(3)]
    return "audit_log", "linux_audit_log", "\n".join(lines), e.items


@P
def vpn_log():
    e = E()
    lines = []
    for _ in range(3):
        f, l = person()
        lines.append(f"{ts('%Y-%m-%d %H:%M:%S')} openvpn[{R.randint(100, 9999)}]: {e.email(f, l, 'saltmarsh-ins.com')}/{e.ip('pub')}:{R.randint(1024, 65000)} MULTI_sva: pool returned IPv4={e.ip('priv')}, IPv6=(Not enabled)")
    return "syslog", "vpn_connection_log", "\n".join(lines), e.items


@P
def postfix_log():
    e = E()
    qid = HEXU(10)
    f, l = person()
    rcpt = e.email(f, l)
    text = (f"{ts('%b %d %H:%M:%S')} mx1 postfix/smtpd[{R.randint(1000, 9000)}]: connect from mail-{pick(['ej1', 'wr1', 'pl1'])}-f{R.randint(100, 999)}.google.com[{e.ip('pub')}]\n"
            f"{ts('%b %d %H:%M:%S')} mx1 postfix/cleanup[{R.randint(1000, 9000)}]: {qid}: header Subject: Re: order {R.randint(100000, 999999)} from mail-gw\n"
            f"{ts('%b %d %H:%M:%S')} mx1 postfix/qmgr[{R.randint(1000, 9000)}]: {qid}: from=<{e.email()}>, size={R.randint(2000, 90000)}, nrcpt=1 (queue active)\n"
            f"{ts('%b %d %H:%M:%S')} mx1 postfix/local[{R.randint(1000, 9000)}]: {qid}: to=<{rcpt}>, relay=local, delay=0.{R.randint(10, 99)}, status=sent (delivered to mailbox)")
    return "mail_server_log", "postfix_mail_log", text, e.items


@P
def ec2_ips():
    e = E()
    rows = [f"|  {n:<16}|  {e.ip('priv'):<15}|  {e.ip('pub'):<15}|  running |" for n in ["etl-worker-a", "etl-worker-b"]]
    text = "$ aws ec2 describe-instances --filters Name=tag:role,Values=etl --query 'Reservations[].Instances[].[Tags[?Key==`Name`]|[0].Value,PrivateIpAddress,PublicIpAddress,State.Name]' --output table\n" + "\n".join(rows)
    return "cloud_cli_output", "cloud_instance_addresses", text, e.items


@P
def waf_json():
    e = E()
    f, l = person()
    ev = {"timestamp": epoch() * 1000, "action": "BLOCK", "terminatingRuleId": "AWS-AWSManagedRulesSQLiRuleSet", "httpRequest": {"clientIp": e.ip("pub"), "country": pick(["RU", "CN", "US", "DE"]),
          "uri": "/account/login", "args": f"email={e.email(f, l)}'%20OR%201=1--", "headers": [{"name": "X-Forwarded-For", "value": e.ip("pub")}]}}
    return "json_log", "waf_block_event", json.dumps(ev, indent=1), e.items


@P
def login_audit_csv():
    e = E()
    rows = ["timestamp,user,source_ip,result,mfa"]
    for _ in range(3):
        f, l = person()
        rows.append(f"{ts()},{e.email(f, l, 'peregrineledger.com')},{e.ip()},{pick(['success', 'failure'])},{pick(['totp', 'webauthn', 'none'])}")
    return "csv_export", "login_audit_export", "\n".join(rows), e.items


@P
def insurance_claim():
    e = E()
    f, l, n = name()
    text = (f"CLAIM FILE CLM-{R.randint(100000, 999999)}\nPolicyholder: {n}\nSSN: {e.ssn()}\nPhone: {e.phone('US')}   Alt: {e.phone('US')}\nEmail: {e.email(f, l)}\n"
            f"Loss type: water damage (kitchen)\nReported: {ts('%m/%d/%Y')}\nSettlement payment to: {e.iban(pick(['GB', 'IE', 'NL']))} (policyholder relocated to Europe)\nAdjuster: {pick(FIRST)} {pick(LAST)}")
    return "insurance_record", "insurance_claim_file", text, e.items


@P
def loan_app_json():
    e = E()
    f, l, n = name()
    app = {"application_id": uid(), "applicant": {"name": n, "ssn": e.ssn("plain"), "email": e.email(f, l), "mobile": e.phone("US"),
           "employer_phone": e.phone("US")}, "requested_amount": R.randint(5, 60) * 1000, "term_months": pick([36, 48, 60]), "submitted_from_ip": e.ip("pub")}
    return "api_request_body", "loan_application", json.dumps(app, indent=2), e.items


@P
def order_json():
    e = E()
    f, l, n = name()
    o = {"order": {"id": R.randint(10**6, 10**7), "placed_at": ts(), "customer": {"email": e.email(f, l), "phone": e.phone()}, "browser_ip": e.ip("pub"),
                   "payment": {"gateway": "manual_pos", "raw_pan": e.card(style="plain"), "note": "keyed in by store staff"}, "total": f"{R.randint(20, 400)}.{R.randint(10, 99)}"}}
    return "webhook_payload", "ecommerce_order_webhook", json.dumps(o, indent=2), e.items


@P
def gateway_debug():
    e = E()
    pan = e.card()
    text = (f"{ts()} DEBUG psp-adapter >>> POST /v1/authorize {{\"pan\":\"{pan}\",\"exp\":\"{R.randint(1, 12):02d}{R.randint(26, 31)}\",\"amount\":{R.randint(100, 90000)},\"currency\":\"USD\"}}\n"
            f"{ts()} DEBUG psp-adapter <<< 402 {{\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\"}}\n{ts()} WARN  psp-adapter client={e.ip('pub')} retries=2")
    return "application_log", "payment_gateway_debug_log", text, e.items


@P
def chargeback_email():
    e = E()
    f, l, n = name()
    text = (f"Subject: Chargeback notification CB-{R.randint(10000, 99999)}\n\nDear merchant,\n\nthe cardholder {n} has disputed a transaction.\nCard number: {e.card()}\nReason code: 13.1 Merchandise/Services Not Received\n"
            f"Cardholder contact provided by issuer: {e.email(f, l)}, {e.phone()}\n\nPlease respond with evidence within 20 days.\nDispute Operations")
    return "email", "chargeback_notice", text, e.items


@P
def enrollment():
    e = E()
    f, l, n = name()
    gf, gl, gn = name()
    text = (f"Student enrollment — Summer coding camp\nStudent: {n} (age {R.randint(12, 17)})\nStudent e-mail: {e.email(f, l)}\nGuardian: {gf} {l}\nGuardian mobile: {e.phone()}\n"
            f"Guardian e-mail: {e.email(gf, l)}\nSecondary contact: {e.phone()}\nAllergies: none reported")
    return "form_submission", "student_enrollment_form", text, e.items


@P
def realestate_lead():
    e = E()
    f, l, n = name()
    af, al, an = name()
    text = (f"New enquiry via ambervale-homes.co.uk\nProperty: Plot {R.randint(1, 80)}, The Meadows (3 bed semi)\nName: {n}\nPhone: {e.phone('GB')}\nEmail: {e.email(f, l)}\nMessage: Is the show home open on Sunday?\n"
            f"Assigned agent: {an}, {e.phone('GB')}, {e.email(af, al, 'ambervale-homes.co.uk')}")
    return "web_form_notification", "real_estate_enquiry", text, e.items


@P
def candidate_profile():
    e = E()
    f, l, n = name()
    cc = pick(["IN", "BR", "NG", "PL", "PH", "KE", "MX", "TR"])
    text = (f"Candidate: {n}\nRole: Senior Data Engineer (remote)\nLocation: {cc}\nEmail: {e.email(f, l)}\nPhone: {e.phone(cc)}\nNotice period: 30 days\nRecruiter: {e.email(None, None, 'quillbrook.io')}\n"
            f"Stage: technical interview scheduled {ts('%Y-%m-%d %H:%M')} UTC")
    return "ats_record", "job_candidate_profile", text, e.items


@P
def event_registrations():
    e = E()
    rows = ["registration_id,attendee,email,mobile,ticket"]
    for _ in range(3):
        f, l = person()
        rows.append(f"{R.randint(10000, 99999)},{f} {l},{e.email(f, l)},{e.phone()},{pick(['early-bird', 'standard', 'speaker'])}")
    return "csv_export", "event_registration_export", "\n".join(rows), e.items


@P
def gym_membership():
    e = E()
    f, l, n = name()
    cc = pick(["DE", "NL", "AT", "BE", "FR"])
    text = (f"MEMBERSHIP AGREEMENT #{R.randint(10000, 99999)}\nMember: {n}\nMobile: {e.phone(cc)}\nE-mail: {e.email(f, l)}\nMonthly fee (SEPA direct debit): IBAN {e.iban(cc)}\n"
            f"Joining fee paid by card: {e.card()}\nContract start: {ts('%d.%m.%Y')}  Minimum term: 12 months")
    return "contract", "gym_membership_agreement", text, e.items


@P
def porting_request():
    e = E()
    f, l, n = name()
    cc = pick(["US", "GB", "AU", "CA"])
    nums = [e.phone(cc) for _ in range(3)]
    text = (f"Number port-in request PR-{R.randint(10000, 99999)}\nAccount holder: {n}\nNumbers to port:\n" + "\n".join(f"  - {x}" for x in nums) +
            f"\nLosing carrier account no.: {R.randint(10**7, 10**8)}\nConfirmation will be sent to {e.email(f, l)}")
    return "telecom_ticket", "number_porting_request", text, e.items


@P
def docker_app_logs():
    e = E()
    lines = []
    for _ in range(3):
        f, l = person()
        lines.append(f"cx-api-1  | {ts()} INFO signup completed email={e.email(f, l)} ip={e.ip('pub')} plan={pick(['free', 'pro'])}")
    return "docker_logs", "container_signup_logs", "$ docker compose logs --tail 3 cx-api\n" + "\n".join(lines), e.items


@P
def es_hits():
    e = E()
    hits = []
    for _ in range(2):
        f, l = person()
        hits.append({"_index": "auth-2025.06", "_id": rs(20, B64URL), "_source": {"@timestamp": ts(), "user.email": e.email(f, l), "source.ip": e.ip(), "event.outcome": pick(["success", "failure"])}})
    return "search_api_response", "auth_event_search_hits", json.dumps({"hits": {"total": {"value": 2}, "hits": hits}}, indent=1), e.items


@P
def pw_reset_audit():
    e = E()
    f, l = person()
    acct = e.email(f, l)
    text = (f"{ts()} AUDIT password_reset.requested account={acct} from_ip={e.ip('pub')}\n{ts()} AUDIT otp.sent channel=sms to={e.phone()}\n"
            f"{ts()} AUDIT password_reset.completed account={acct} from_ip={e.ip('pub')}")
    return "audit_log", "password_reset_audit", text, e.items


@P
def fax_cover():
    e = E()
    f, l, n = name()
    o, dom = org()
    text = (f"FAX COVER SHEET\nTo: {n}, Claims Department\nFax: {e.phone('US')}\nFrom: Records desk, {o}\nPhone: {e.phone('US')}   Fax: {e.phone('US')}\nE-mail: {e.raw_email('records@' + dom)}\n"
            f"Pages (incl. cover): {R.randint(2, 12)}\nRe: medical records release — CONFIDENTIAL")
    return "fax_document", "fax_cover_sheet", text, e.items


@P
def mt103():
    e = E()
    f, l, n = name()
    text = (f"{{1:F01{rs(4, UP)}DEFFAXXX{digits(10)}}}{{2:I103{rs(4, UP)}GB2LXXXXN}}{{4:\n:20:{rs(12, UP + DI)}\n:23B:CRED\n:32A:{ts('%y%m%d')}EUR{R.randint(1000, 90000)},{R.randint(10, 99)}\n"
            f":50K:/{e.iban('DE', 'electronic')}\nFENWICK AND RYE GMBH\n:59:/{e.iban('GB', 'electronic')}\n{n.upper()}\n:70:INVOICE {R.randint(1000, 9999)}\n:71A:SHA\n-}}\nOps contact for this payment: {e.phone('DE')}")
    return "swift_message", "swift_mt103_transfer", text, e.items


@P
def affiliate_payouts():
    e = E()
    rows = ["affiliate,email,iban,commission_eur"]
    for _ in range(3):
        f, l = person()
        rows.append(f"{f.lower()}{l.lower()[:3]},{e.email(f, l)},{e.iban(pick(['ES', 'IT', 'PT', 'FR', 'GR', 'NL']), 'electronic')},{R.randint(50, 900)}.{R.randint(10, 99)}")
    return "csv_export", "affiliate_payout_export", "\n".join(rows), e.items


@P
def tenant_screening():
    e = E()
    f, l, n = name()
    text = (f"TENANT SCREENING REPORT\nApplicant: {n}\nSSN: {e.ssn()}\nCurrent phone: {e.phone('US')}\nEmail: {e.email(f, l)}\nPrevious landlord: {pick(LAST)} Property Mgmt, {e.phone('US')}\n"
            f"Credit score band: {pick(['A', 'B', 'C'])}   Evictions: 0   Recommendation: approve with 1x deposit")
    return "screening_report", "tenant_screening_report", text, e.items


@P
def chat_transcript():
    e = E()
    f, l, n = name()
    text = (f"[{ts('%H:%M')}] Visitor: hi my order hasn't arrived\n[{ts('%H:%M')}] Bot: Sorry to hear that! What's the e-mail on the order?\n[{ts('%H:%M')}] Visitor: {e.email(f, l)}\n"
            f"[{ts('%H:%M')}] Agent ({pick(FIRST)}): Thanks {f}, I see it's held at the depot. Can I confirm your phone number?\n[{ts('%H:%M')}] Visitor: {e.phone()}\n"
            f"[{ts('%H:%M')}] Visitor: also can you charge the redelivery to {e.card()}\n[{ts('%H:%M')}] Agent: Please don't share card details here, I'll send a secure link.")
    return "chat_transcript", "live_chat_transcript", text, e.items


@P
def registrant_record():
    e = E()
    f, l, n = name()
    cc = pick(["CA", "AU", "NZ", "IE", "ZA", "SG"])
    text = (f"Registrant Name: {n}\nRegistrant Organization: {pick(['', 'Glasshaus Studio', 'Kestrel Robotics'])}\nRegistrant Country: {cc}\nRegistrant Phone: {e.phone(cc)}\n"
            f"Registrant Email: {e.email(f, l)}\nAdmin Email: {e.email()}\nName Server: ns1.{pick(['glasshaus.studio', 'kestrelbots.ai'])}\nDNSSEC: unsigned")
    return "whois_output", "domain_registrant_record", text, e.items


@P
def company_invoice_footer():
    e = E()
    o, dom = org()
    cc = pick(["GB", "IE", "NL", "DE", "CH"])
    text = (f"... Subtotal {R.randint(200, 9000)}.00   VAT {R.randint(20, 900)}.00   Total {R.randint(300, 9900)}.00\n\n"
            f"{o} · Registered office: 2 Quay Street\nT {e.phone(cc)} · F {e.phone(cc)} · {e.raw_email('billing@' + dom)}\nBank: {e.iban(cc)}\nSecondary (USD): {e.iban(pick(['GB', 'CH', 'LU']))}")
    return "invoice", "invoice_footer_bank_details", text, e.items


@P
def pharmacy_sms():
    e = E()
    lines = []
    sender = e.phone(pick(["GB", "IE"]))
    for _ in range(3):
        lines.append(f"{ts('%Y-%m-%d %H:%M')}  to {e.phone('GB')}  from {sender}  \"Mossgate Pharmacy: your repeat prescription is ready for collection.\"  DELIVERED")
    return "sms_log", "pharmacy_sms_notifications", "\n".join(lines), e.items


@P
def airline_pnr():
    e = E()
    f, l, n = name()
    text = (f"RP/{rs(9, UP + DI)}/\n  1.{l.upper()}/{f.upper()} MR\n  2  VT 412 Y {ts('%d%b').upper()} 3 LHRJFK HK1  1015 1310\n  3 AP {e.phone()}\n  4 APE {e.raw_email(V.email(f, l).upper())}\n"
            f"  5 APM {e.phone()}\n  6 TK OK{ts('%d%b').upper()}/LON1S2100\n  7 FP CC{card_code(e)}")
    return "gds_record", "airline_pnr", text, e.items


def card_code(e):
    v = V.card(pick(["visa", "mc"]), "plain")
    e.items.append(("credit_card", v))
    net = "VI" if v.startswith("4") else "CA"
    return f"{net}{v}/{R.randint(1, 12):02d}{R.randint(26, 30)}"


@P
def dhcp_leases():
    e = E()
    lines = []
    for dev in ["Maren-iPhone", "LAPTOP-7F3K2", "scanner-dock4", "Kenjis-MBP"]:
        lines.append(f"{ts('%b %d %H:%M:%S')} gw dnsmasq-dhcp[{R.randint(300, 900)}]: DHCPACK(br-lan) {e.ip('priv')} {':'.join(hexs(2) for _ in range(6))} {dev}")
    return "syslog", "dhcp_lease_log", "\n".join(lines), e.items


@P
def meeting_report():
    e = E()
    rows = ["Name (original name),User Email,Join Time,Leave Time,Duration (Minutes),IP Address"]
    for _ in range(3):
        f, l = person()
        rows.append(f"{f} {l},{e.email(f, l)},{ts('%m/%d/%Y %I:%M:%S %p')},{ts('%m/%d/%Y %I:%M:%S %p')},{R.randint(5, 90)},{e.ip('pub')}")
    return "csv_export", "meeting_participants_report", "\n".join(rows), e.items


@P
def retention_sql():
    e = E()
    rows = []
    for _ in range(2):
        f, l = person()
        rows.append(f"| {e.email(f, l):<34} | {e.card(style='plain'):<19} | {R.randint(1, 12):02d}/{R.randint(26, 31)} |")
    text = ("mysql> SELECT email, card_number, expiry FROM legacy_payments WHERE migrated = 0 LIMIT 2;\n+------------------------------------+---------------------+-------+\n| email                              | card_number         | exp   |\n+------------------------------------+---------------------+-------+\n"
            + "\n".join(rows) + "\n+------------------------------------+---------------------+-------+\n2 rows in set (0.01 sec)")
    return "sql_query_result", "legacy_card_table_query", text, e.items


@P
def hr_offboarding():
    e = E()
    f, l, n = name()
    text = (f"Offboarding checklist — {n}\n[x] Laptop returned\n[x] Forward {e.email(f, l, 'kestrelbots.ai')} to manager for 30 days\n[ ] Final paycheck to {e.iban(pick(['DE', 'NL', 'SE', 'DK']))}\n"
            f"[ ] COBRA letter mailed (SSN on file {e.ssn()})\n[ ] Personal contact for W-2: {e.email(f, l)}, {e.phone('US')}")
    return "hr_record", "employee_offboarding_checklist", text, e.items


@P
def crm_notes_multi_country():
    e = E()
    f, l, n = name()
    text = (f"Account: {org()[0]} — key contacts\n• {n} (CFO) — {e.phone('DE')}, {e.email(f, l)}\n• {pick(FIRST)} {pick(LAST)} (AP) — {e.phone('FR')}\n• {pick(FIRST)} {pick(LAST)} (Ops Singapore) — {e.phone('SG')}\n"
            f"• {pick(FIRST)} {pick(LAST)} (Tokyo office) — {e.phone('JP')}\nNext QBR: {ts('%d %b %Y')}")
    return "crm_note", "account_contact_notes", text, e.items


@P
def carrier_api_resp():
    e = E()
    f, l, n = name()
    r = {"tracking_number": "1Z" + rs(6, UP + DI) + "03" + digits(8), "status": "exception", "exception_reason": "recipient unavailable",
         "recipient": {"name": n, "phone": e.phone(), "email": e.email(f, l)}, "depot_contact": e.phone()}
    return "api_response", "carrier_tracking_response", json.dumps(r, indent=2), e.items


@P
def kafka_consumer_dump():
    e = E()
    msgs = []
    for i in range(2):
        f, l = person()
        msgs.append(f"offset={R.randint(10**5, 10**6)} key=cust-{R.randint(1000, 9999)} value={{\"event\":\"profile_updated\",\"email\":\"{e.email(f, l)}\",\"phone\":\"{e.phone()}\",\"ip\":\"{e.ip()}\"}}")
    return "cli_output", "event_stream_dump", "$ kcat -C -t customer-events -o -2 -e\n" + "\n".join(msgs), e.items


@P
def dsar_export():
    e = E()
    f, l, n = name()
    data = {"subject": n, "emails": [e.email(f, l), e.email(f, l)], "phones": [e.phone()], "payment_methods": [{"type": "card", "number": e.card()}, {"type": "sepa", "iban": e.iban()}],
            "login_history": [{"ip": e.ip("pub"), "at": ts()}, {"ip": e.ip("pub"), "at": ts()}]}
    return "json_export", "data_subject_access_export", json.dumps(data, indent=1), e.items


@P
def rental_car():
    e = E()
    f, l, n = name()
    text = (f"RENTAL AGREEMENT RA{R.randint(10**6, 10**7)}\nRenter: {n}   Licence: on file\nPhone: {e.phone()}   Email: {e.email(f, l)}\nDeposit hold on card {e.card()} — EUR 300.00\n"
            f"Pick-up: FAO Airport {ts('%d/%m %H:%M')}   Return: {ts('%d/%m %H:%M', step=(86400, 864000))}\nBranch: {e.phone('PT')}")
    return "contract", "car_rental_agreement", text, e.items



@P
def benefits_enrollment():
    e = E()
    f, l, n = name()
    sf = pick(FIRST)
    text = (f"BENEFITS ENROLLMENT {ts('%Y')} — Open enrollment\nEmployee: {n}   SSN {e.ssn('dash')}\nPlan: PPO Family   HSA: yes\n\nDependents\n"
            f"  Spouse: {sf} {l}   SSN {e.ssn('dash')}   DOB {ts('%m/%d/%Y', (1975, 1, 1), 9000)}\n  Child:  {pick(FIRST)} {l}   SSN {e.ssn('dash')}   DOB {ts('%m/%d/%Y', (2008, 1, 1), 4000)}\n\n"
            f"Confirmation sent to {e.email(f, l)}; questions: {e.phone('US')}")
    return "hr_record", "benefits_enrollment_form", text, e.items


@P
def credit_dispute_letter():
    e = E()
    f, l, n = name()
    text = (f"{n}\n{R.randint(10, 9999)} {pick(['Birch', 'Juniper', 'Harbor'])} Court\n{e.phone('US')} · {e.email(f, l)}\n\n{ts('%B %d, %Y')}\n\nRe: Dispute of inaccurate information\n\n"
            f"To whom it may concern,\n\nI am writing to dispute an account listed on my credit report. My Social Security number is {e.ssn(pick(['dash', 'space']))}. "
            f"The card account ending in the number {e.card()} was opened fraudulently and I have never used it. Please investigate and remove it within 30 days.\n\nSincerely,\n{n}")
    return "letter", "credit_report_dispute_letter", text, e.items


REPEAT = """crm_contact_json email_thread invoice_eu support_ticket_card nginx_access har_checkout fraud_review
hr_employee_record bank_transfer sepa_mandate vendor_onboarding refund_ticket_iban dsar_export us_payroll_csv tax_form
kyc_note call_transcript loan_app_json tenant_screening hr_offboarding retention_sql gym_membership affiliate_payouts
eu_payroll_csv benefits_enrollment""".split()
