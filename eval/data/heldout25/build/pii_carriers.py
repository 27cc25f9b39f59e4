"""Hand-written carriers for the PII file.

PII carriers take `e` (entity recorder) and return (format, category, text).
Every phone/email/ssn/card/ipv4/iban placed in a PII text must come from e.*
so that it is recorded. CLEAN carriers take `e` but must never call it.
"""
import json, textwrap
import formats as F
from formats import R, rs, hexs, digits, uuid4, pick


def D(t):
    return textwrap.dedent(t).strip("\n")


_CLOCK = [None]


def reset_clock():
    import datetime
    _CLOCK[0] = datetime.datetime(2025, R.randint(1, 9), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ts():
    """Timestamps advance monotonically within one rendered text (build.py resets the clock per row)."""
    import datetime
    if _CLOCK[0] is None:
        reset_clock()
    _CLOCK[0] += datetime.timedelta(seconds=R.randint(0, 95))
    return _CLOCK[0].strftime("%Y-%m-%d %H:%M:%S")


def dt():
    return f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025"


class Ents:
    def __init__(self):
        self.ents = []

    def add(self, t, v):
        if not any(x["type"] == t and x["value"] == v for x in self.ents):
            self.ents.append({"type": t, "value": v})
        return v

    def phone(self, country=None, style=None):
        return self.add("phone", F.phone(country, style)[0])

    def email(self, first=None, last=None, domain=None):
        return self.add("email", F.email(first, last, domain))

    def ssn(self, fmt="dash"):
        return self.add("ssn", F.ssn(fmt))

    def card(self, brand=None, fmt=None):
        return self.add("credit_card", F.card(brand, fmt)[0])

    def ip(self, kind=None):
        return self.add("ipv4", F.ipv4(kind))

    def iban(self, country=None, grouped=None):
        return self.add("iban", F.iban(country, grouped)[0])


PII = []
CLEAN = []


def pii(fn):
    PII.append(fn)
    return fn


def clean(fn):
    CLEAN.append(fn)
    return fn


US_STATES = ["CA", "NY", "TX", "IL", "WA", "MA", "GA", "CO", "OR", "AZ"]
EU = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "IE", "PT", "FI", "PL", "SE", "LU", "CZ", "GB", "CH", "DK", "NO", "RO", "HU", "GR", "LT"]

# =========================================================== PII carriers


@pii
def crm_csv(e):
    rows = []
    for _ in range(3):
        f, l = F.name()
        c = pick(["US", "UK", "DE", "FR", "AU", "IN", "BR", "CA", "NL", "SG"])
        rows.append(f"{R.randint(10000, 99999)},{f} {l},{e.email(f, l)},\"{e.phone(c)}\",{c},{pick(['lead', 'customer', 'churned', 'prospect'])}")
    return "csv", "crm_contact_export", "contact_id,full_name,email,phone,country,lifecycle_stage\n" + "\n".join(rows)


@pii
def user_profile_json(e):
    f, l = F.name()
    d = {"id": uuid4(), "name": f"{f} {l}", "email": e.email(f, l), "phone": e.phone(pick(["US", "UK", "DE", "IN", "JP"]), None),
         "mfa": {"type": "sms", "number": None}, "last_login": {"at": ts(), "ip": e.ip()}, "signup_ip": e.ip(), "plan": "pro"}
    d["mfa"]["number"] = d["phone"]
    return "api_response", "user_profile", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + json.dumps(d, indent=2)


@pii
def vcard(e):
    f, l = F.name()
    c = pick(["US", "UK", "AU", "FR", "DE", "CA"])
    return "vcard", "vcard_contact", D(f"""
    BEGIN:VCARD
    VERSION:3.0
    N:{l};{f};;;
    FN:{f} {l}
    ORG:{pick(['Riverbend Logistics', 'Kestrel Analytics', 'Orbital Retail', 'Bluefin Health'])}
    TEL;TYPE=CELL:{e.phone(c)}
    TEL;TYPE=WORK,VOICE:{e.phone(c)}
    EMAIL;TYPE=INTERNET,PREF:{e.email(f, l)}
    EMAIL;TYPE=INTERNET:{e.email(f, l, 'inbox.test')}
    END:VCARD
    """)


@pii
def email_signature(e):
    f, l = F.name()
    f2, l2 = F.name()
    c = pick(["UK", "US", "DE", "IE", "NL", "ES", "IT", "SE"])
    me = e.email(f, l, "corp.example")
    return "email", "email_signature", D(f"""
    From: {f} {l} <{me}>
    To: {f2} {l2} <{e.email(f2, l2)}>
    Subject: Re: Q3 renewal

    Hi {f2},

    Thanks for the call yesterday. I've attached the revised quote; happy to go through it on Thursday.

    Best regards,
    {f} {l}
    Senior Account Manager | Example Widgets Ltd
    M: {e.phone(c)}
    T: {e.phone(c)}
    {me}
    """)


@pii
def chat_share(e):
    f, l = F.name()
    return "chat_export", "chat_contact_share", D(f"""
    [{ts()}] {f}: hey, moving to the new flat next week so my landline goes dead
    [{ts()}] {f}: new mobile is {e.phone(pick(['UK', 'AU', 'US', 'BR', 'IN', 'MX']))}, or mail me at {e.email(f, l)}
    [{ts()}] Dalia: saved! what's Marek's number again?
    [{ts()}] {f}: {e.phone(pick(['UK', 'US', 'DE', 'PL']))} (he never picks up before 10 though)
    """)


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "curl/8.5.0", "python-requests/2.31.0"]


@pii
def nginx_log(e):
    lines = []
    for _ in range(3):
        lines.append(f'{e.ip()} - - [{R.randint(1, 28):02d}/Apr/2025:{R.randint(0, 23):02d}:{R.randint(10, 59)}:{R.randint(10, 59)} +0000] "{pick(["GET", "POST"])} {pick(["/", "/login", "/api/v1/cart", "/static/app.js", "/wp-login.php"])} HTTP/1.1" {pick([200, 200, 301, 404, 499])} {R.randint(120, 48000)} "-" "{pick(UA)}"')
    return "access_log", "web_access_log", "\n".join(lines)


@pii
def sshd_log(e):
    lines = []
    for _ in range(R.randint(2, 3)):
        ip = e.ip(pick(["pub", "pub", "doc"]))
        lines.append(f"Apr {R.randint(1, 28):2d} {R.randint(0, 23):02d}:{R.randint(10, 59)}:{R.randint(10, 59)} bastion sshd[{R.randint(1000, 60000)}]: Failed password for {pick(['invalid user admin', 'root', 'invalid user oracle', 'ubuntu'])} from {ip} port {R.randint(30000, 65000)} ssh2")
    ok = e.ip("priv10")
    lines.append(f"Apr {R.randint(1, 28):2d} 09:{R.randint(10, 59)}:{R.randint(10, 59)} bastion sshd[{R.randint(1000, 60000)}]: Accepted publickey for deploy from {ok} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{rs(43)}")
    return "syslog", "auth_log_ips", "\n".join(lines)


@pii
def hr_export(e):
    rows = []
    for _ in range(R.randint(3, 4)):
        f, l = F.name()
        rows.append(f"E{digits(5)},{f},{l},{e.ssn(pick(['dash', 'dash', 'none']))},{e.email(f, l, 'staff.example.org')},{e.phone('US')},{pick(US_STATES)},{R.randint(52, 190)}000")
    return "csv", "hr_employee_export", "emp_id,first_name,last_name,ssn,work_email,mobile,state,base_salary_usd\n" + "\n".join(rows)


@pii
def hr_export_eu(e):
    rows = []
    for _ in range(R.randint(3, 4)):
        f, l = F.name()
        c = pick(EU)
        rows.append(f"{f} {l};{e.email(f, l, 'staff.example.org')};{e.iban(c, False)};{pick(['Berlin', 'Lisbon', 'Dublin', 'Madrid', 'Warsaw', 'Helsinki'])};{R.randint(3, 9)}{R.randint(100, 999)},00")
    return "csv", "payroll_bank_details_export", "Mitarbeiter;E-Mail;IBAN;Standort;Bruttogehalt_EUR\n" + "\n".join(rows)


@pii
def sepa_xml(e):
    txs = []
    for _ in range(R.randint(2, 3)):
        f, l = F.name()
        txs.append(f"""    <CdtTrfTxInf>
      <PmtId><EndToEndId>SAL-2025-04-{digits(4)}</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">{R.randint(1800, 6500)}.{R.randint(0, 99):02d}</InstdAmt></Amt>
      <Cdtr><Nm>{f} {l}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{e.iban(pick(EU), False)}</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>""")
    return "xml", "sepa_payment_file", f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>PAYRUN-{digits(8)}</MsgId><CreDtTm>2025-04-25T09:00:00</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
  <PmtInf>
   <DbtrAcct><Id><IBAN>{e.iban(pick(['DE', 'NL', 'FR']), False)}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>"""


@pii
def invoice_bank(e):
    c = pick(["DE", "FR", "IT", "ES", "NL", "GB", "BE", "AT", "CH", "PL", "IE"])
    return "invoice", "invoice_bank_details", D(f"""
    INVOICE No. {R.randint(2025000, 2025999)}            Date: {dt()}
    From: Kestrel Analytics GmbH, Hauptstr. {R.randint(1, 120)}, Berlin
    Bill to: Orbital Retail S.L.

    Data pipeline consulting (April)        32 h x 120.00    3,840.00 EUR
    VAT 19%                                                    729.60 EUR
    TOTAL                                                    4,569.60 EUR

    Please pay within 30 days to:
      IBAN: {e.iban(c, True)}
      BIC:  {rs(4, F.UP)}{c}{rs(2, F.UP + F.DI)}
    Questions: {e.email(None, None, 'kestrel.example.com')} / {e.phone(pick(['DE', 'FR', 'ES', 'IT', 'NL']))}
    """)


@pii
def patient_intake(e):
    f, l = F.name()
    return "medical_form", "patient_intake_form", D(f"""
    PATIENT INTAKE — Bluefin Health Clinic
    Name: {l}, {f}          DOB: {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1950, 2004)}
    SSN: {e.ssn()}
    Home phone: {e.phone('US')}     Cell: {e.phone('US', pick(['paren', 'dash', 'dot']))}
    Email: {e.email(f, l)}
    Emergency contact: {pick(F.FIRST)} {l} (spouse) {e.phone('US')}
    Insurance: Example Mutual PPO  Member ID: XEM{digits(9)}  Group: {digits(6)}
    Allergies: penicillin
    Reason for visit: follow-up, blood pressure
    """)


@pii
def insurance_claim(e):
    f, l = F.name()
    return "insurance_form", "insurance_claim", D(f"""
    CLAIM FORM CF-{digits(7)}
    Policyholder ............ {f} {l}
    Social Security No. ..... {e.ssn(pick(['dash', 'space']))}
    Daytime telephone ....... {e.phone('US', 'ext')}
    E-mail .................. {e.email(f, l)}
    Date of loss ............ {dt()}
    Description ............. Water damage to kitchen ceiling from upstairs unit.
    Reimbursement card ...... {e.card(pick(['visa', 'mastercard', 'discover']))}
    Dependent SSN (if any) .. {e.ssn()}
    """)


@pii
def payment_log(e):
    f, l = F.name()
    card = e.card(fmt="none")
    return "app_log", "payment_log_card_leak", D(f"""
    {ts()},412 ERROR [checkout-7d9f] PaymentGatewayException: declined (do_not_honor)
      request={{"amount":12999,"currency":"USD","card":{{"number":"{card}","exp_month":{R.randint(1, 12)},"exp_year":{R.randint(2026, 2031)}}},"billing_email":"{e.email(f, l)}"}}
      client_ip={e.ip()} x_forwarded_for={e.ip('pub')}
    {ts()},415 WARN  [checkout-7d9f] retry budget exhausted for order #{digits(7)}
    """)


@pii
def sql_dump(e):
    rows = []
    for i in range(R.randint(3, 4)):
        f, l = F.name()
        rows.append(f"({1000 + i},'{f}','{l}','{e.email(f, l)}','{e.phone(pick(['US', 'UK', 'CA', 'AU']))}','{e.card(fmt=pick(['none', 'space', 'dash']))}','{ts()}')")
    return "sql_dump", "sql_customer_dump", "-- legacy table, pre-tokenisation\nINSERT INTO customers (id, first_name, last_name, email, phone, card_number, created_at) VALUES\n" + ",\n".join(rows) + ";"


@pii
def support_ticket(e):
    f, l = F.name()
    return "support_ticket", "support_ticket_pii", D(f"""
    Ticket #{R.randint(40000, 99999)}  Status: Open  Channel: web form
    Requester: {f} {l} <{e.email(f, l)}>

    I was charged twice for my subscription. The card is {e.card()} and the second
    charge appeared on {dt()}. Please refund it. You can reach me on {e.phone(pick(['UK', 'US', 'AU', 'IE']))}
    between 9 and 5.

    -- Internal note (agent Tamsin): verified identity via last 4 digits, escalated to billing.
    """)


@pii
def fraud_review(e):
    f, l = F.name()
    d = {"review_id": f"FR-{digits(8)}", "score": round(R.random(), 3), "decision": "manual_review",
         "customer": {"name": f"{f} {l}", "email": e.email(f, l), "phone": e.phone()},
         "payment": {"card_number": e.card(), "bin_country": pick(["US", "GB", "DE", "BR"])},
         "network": {"ip": e.ip("pub"), "proxy_ip": e.ip("pub"), "asn": R.randint(1000, 64000)},
         "signals": ["ip_country_mismatch", "new_device"]}
    return "json", "fraud_review", json.dumps(d, indent=2)


@pii
def w2_form(e):
    f, l = F.name()
    return "tax_form", "tax_form_w2", D(f"""
    Form W-2 Wage and Tax Statement 2024
    a  Employee's social security number   {e.ssn()}
    b  Employer identification number      {R.randint(10, 99)}-{digits(7)}
    c  Employer: Riverbend Logistics Inc, 400 Harbor Way, Portland OR 97209
    e  Employee: {f} {l}
    1  Wages, tips, other comp.            {R.randint(40, 160)},{R.randint(100, 999)}.00
    2  Federal income tax withheld         {R.randint(4, 30)},{R.randint(100, 999)}.00
    Employee contact on file: {e.email(f, l)}
    """)


@pii
def loan_application(e):
    f, l = F.name()
    f2 = pick(F.FIRST)
    return "form_submission", "loan_application", D(f"""
    --- Loan application #{digits(6)} (submitted {ts()}) ---
    applicant.full_name    = {f} {l}
    applicant.ssn          = {e.ssn('none')}
    applicant.phone_mobile = {e.phone('US', pick(['e164', 'intl', 'paren']))}
    applicant.email        = {e.email(f, l)}
    co_applicant.full_name = {f2} {l}
    co_applicant.ssn       = {e.ssn()}
    employment.employer    = Orbital Retail Inc
    employment.hr_phone    = {e.phone('US', 'ext')}
    submission.ip          = {e.ip()}
    """)


@pii
def firewall_log(e):
    lines = []
    for _ in range(3):
        lines.append(f"{ts()} kernel: [UFW BLOCK] IN=eth0 OUT= MAC={':'.join(hexs(2) for _ in range(14))} SRC={e.ip(pick(['pub', 'doc']))} DST={e.ip(pick(['priv10', 'priv172', 'priv192']))} LEN={R.randint(40, 1500)} TOS=0x00 TTL={R.randint(40, 250)} PROTO=TCP SPT={R.randint(1024, 65000)} DPT={pick([22, 23, 445, 3389, 5432])}")
    return "syslog", "firewall_log", "\n".join(lines)


@pii
def k8s_pods(e):
    lines = ["NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE"]
    for i in range(3):
        lines.append(f"checkout-{hexs(10)}-{rs(5, F.LO + F.DI)}   1/1     Running   {R.randint(0, 3)}          {R.randint(1, 30)}d   {e.ip('priv10'):<14} pool-{pick(['a', 'b', 'c'])}-{rs(4, F.LO + F.DI)}")
    return "shell_session", "k8s_pod_ips", "$ kubectl get pods -n shop -o wide\n" + "\n".join(lines)


@pii
def mobile_crash(e):
    f, l = F.name()
    return "mobile_crash_report", "mobile_crash_user_context", D(f"""
    --------- beginning of crash
    E/AndroidRuntime( {R.randint(2000, 30000)}): FATAL EXCEPTION: main
    E/AndroidRuntime: Process: com.example.shopper, PID: {R.randint(2000, 30000)}
    E/AndroidRuntime: java.lang.IllegalStateException: profile sync failed for user={e.email(f, l)} phone={e.phone(pick(['BR', 'IN', 'MX', 'NG', 'KE', 'ZA']))}
    E/AndroidRuntime:     at com.example.shopper.sync.ProfileSync.run(ProfileSync.kt:88)
    I/Breadcrumbs: network_change wifi ip={e.ip('priv192')} gateway={e.ip('priv192')}
    """)


@pii
def har_user(e):
    f, l = F.name()
    body = json.dumps({"email": e.email(f, l), "phone": e.phone(), "marketing_opt_in": False})
    har = {"log": {"entries": [{"request": {"method": "POST", "url": "https://api.example.com/v1/accounts",
                                            "headers": [{"name": "X-Forwarded-For", "value": f"{e.ip('pub')}, {e.ip('priv10')}"}, {"name": "Content-Type", "value": "application/json"}],
                                            "postData": {"mimeType": "application/json", "text": body}},
                                "response": {"status": 201}, "serverIPAddress": e.ip("doc")}]}}
    return "har", "har_user_request", json.dumps(har, indent=2)


@pii
def git_authors(e):
    lines = []
    for _ in range(R.randint(2, 3)):
        f, l = F.name()
        lines.append(f"{hexs(7)} {f} {l} <{e.email(f, l)}> {pick(['Fix typo in README', 'Add retry to uploader', 'Bump deps', 'Refactor auth middleware', 'Translate settings page'])}")
    return "shell_session", "git_author_emails", "$ git log --format='%h %an <%ae> %s' -5\n" + "\n".join(lines)


@pii
def ci_log_author(e):
    f, l = F.name()
    return "ci_log", "ci_log_author", D(f"""
    Running with gitlab-runner 17.2.0 on k8s-runner-eu-1
    Preparing environment: pod runner-{rs(8, F.LO + F.DI)} on node {e.ip('priv10')}
    Commit {hexs(8)} by {f} {l} <{e.email(f, l)}>
    $ curl -s ifconfig.me
    {e.ip('pub')}
    $ ./scripts/smoke.sh --target {e.ip('priv172')}
    smoke OK (12/12)
    """)


@pii
def order_confirmation(e):
    f, l = F.name()
    c = pick(["UK", "US", "AU", "DE", "FR"])
    return "email", "order_confirmation", D(f"""
    From: Orbital Retail <orders@orbital-retail.test>
    To: {e.email(f, l)}
    Subject: Order #{digits(9)} confirmed

    Hi {f}, thanks for your order!
    Ship to: {f} {l}, {R.randint(1, 200)} Elm Street, phone {e.phone(c)}
    Paid with: Visa ending 4{digits(3)}
    Questions? Reply to this e-mail or call us on {e.phone(c)}.
    """).replace("orders@orbital-retail.test", e.add("email", "orders@orbital-retail.test"))


@pii
def wire_request(e):
    f, l = F.name()
    f2, l2 = F.name()
    c = pick(["GB", "IE", "DE", "FR", "NL", "CH", "AE", "SA", "TR", "LU"])
    return "email", "wire_transfer_request", D(f"""
    From: {f} {l} <{e.email(f, l, 'corp.example')}>
    To: accounts-payable@corp.example
    Subject: URGENT supplier bank change

    Hi team, our supplier Harbor Freightline has changed banks. Please update before Friday's run:
    Beneficiary: Harbor Freightline Ltd
    New IBAN: {e.iban(c, True)}
    Old IBAN (close): {e.iban(c, True)}
    Contact there: {f2} {l2}, {e.phone(pick(['UK', 'IE', 'DE', 'FR', 'NL']))}
    """).replace("accounts-payable@corp.example", e.add("email", "accounts-payable@corp.example"))


@pii
def crm_json(e):
    recs = []
    for _ in range(2):
        f, l = F.name()
        recs.append({"id": digits(11), "properties": {"firstname": f, "lastname": l, "email": e.email(f, l), "phone": e.phone(), "mobilephone": e.phone(),
                                                      "ip_address": e.ip(), "lifecyclestage": pick(["lead", "customer"])}})
    return "json_export", "crm_json_export", json.dumps({"results": recs, "paging": {"next": {"after": digits(3)}}}, indent=2)


@pii
def traceback_locals(e):
    f, l = F.name()
    return "python_traceback", "traceback_locals", D(f"""
    Traceback (most recent call last):
      File "/srv/billing/charge.py", line 141, in charge_customer
        token = gateway.tokenize(card_number, exp)
        # locals: customer_email='{e.email(f, l)}', card_number='{e.card(fmt='none')}', exp='{R.randint(1, 12):02d}/{R.randint(26, 31)}', remote_addr='{e.ip()}'
      File "/srv/billing/gateway.py", line 62, in tokenize
        raise GatewayTimeout(f"tokenize timed out after {{self.timeout}}s")
    billing.gateway.GatewayTimeout: tokenize timed out after 10s
    """)


@pii
def notebook_df(e):
    rows = []
    for i in range(4):
        f, l = F.name()
        rows.append(f"{i}  {f:<8} {e.ssn():<12} {e.email(f, l):<40} {e.phone('US')}")
    out = "   name     ssn          email                                    phone\n" + "\n".join(rows)
    nb = {"cells": [{"cell_type": "code", "execution_count": 12, "metadata": {}, "source": ["df[['name','ssn','email','phone']].head(4)"],
                     "outputs": [{"output_type": "execute_result", "execution_count": 12, "data": {"text/plain": out.splitlines(True)}, "metadata": {}}]}],
          "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "jupyter_notebook", "notebook_dataframe", json.dumps(nb, indent=1)


@pii
def cdr(e):
    lines = ["call_id,start,caller,callee,duration_s,disposition"]
    for _ in range(3):
        lines.append(f"{hexs(12)},{ts()},{e.add('phone', pick([F.phone('US', 'e164')[0], F.phone('UK', 'mob_e164')[0], F.phone('AU', 'e164')[0]]))},{e.phone()},{R.randint(0, 1800)},{pick(['ANSWERED', 'NO ANSWER', 'BUSY'])}")
    return "csv", "call_detail_records", "\n".join(lines)


@pii
def booking(e):
    f, l = F.name()
    return "yaml_export", "booking_record", D(f"""
    reservation: BK{rs(6, F.UP + F.DI)}
    hotel: Harbourview Suites
    guest:
      name: {f} {l}
      email: {e.email(f, l)}
      phone: "{e.phone(pick(['UK', 'FR', 'ES', 'IT', 'JP', 'SG']))}"
    stay: {{checkin: 2025-06-{R.randint(1, 14):02d}, nights: {R.randint(1, 7)}}}
    guarantee:
      card: "{e.card(pick(['amex', 'visa', 'mastercard', 'jcb', 'diners']))}"
      holder: {f.upper()} {l.upper()}
    """)


@pii
def dhcp_leases(e):
    lines = []
    for _ in range(R.randint(2, 3)):
        lines.append(f"{R.randint(1740000000, 1749999999)} {':'.join(hexs(2) for _ in range(6))} {e.ip('priv192')} {pick(['amaras-iphone', 'LAPTOP-' + rs(7, F.UP + F.DI), 'printer-2f', 'galaxy-s23', '*'])} 01:{':'.join(hexs(2) for _ in range(6))}")
    return "dnsmasq_leases", "dhcp_leases", "\n".join(lines)


@pii
def tfstate_ips(e):
    inst = []
    for n in ["web_a", "web_b"]:
        inst.append({"mode": "managed", "type": "aws_instance", "name": n, "instances": [{"attributes": {"id": "i-0" + hexs(16), "private_ip": e.ip("priv10"), "public_ip": e.ip("pub"), "instance_type": "t3.medium"}}]})
    return "terraform_state", "terraform_state_ips", json.dumps({"version": 4, "serial": R.randint(1, 90), "resources": inst}, indent=2)


@pii
def email_thread(e):
    people = [F.name() for _ in range(4)]
    ems = [e.email(f, l, pick(["corp.example", "example.com", "riverbend.test"])) for f, l in people]
    return "email", "email_thread_headers", D(f"""
    From: {people[0][0]} {people[0][1]} <{ems[0]}>
    To: {people[1][0]} {people[1][1]} <{ems[1]}>, {ems[2]}
    Cc: {ems[3]}
    Date: Tue, 15 Apr 2025 10:{R.randint(10, 59)}:00 +0100
    Subject: offsite logistics

    Adding {people[3][0]} — she's booking the coach. Her desk line is {e.phone(pick(['UK', 'IE', 'NL']))}.
    Received: from mail-out.corp.example ([{e.ip('doc')}]) by mx.example.com
    """)


@pii
def onboarding_form(e):
    f, l = F.name()
    c = pick(EU)
    return "form_submission", "onboarding_form", D(f"""
    New starter form — {f} {l}
    Start date: 2025-05-{R.randint(1, 28):02d}
    Personal e-mail: {e.email(f, l)}
    Mobile: {e.phone(pick(['DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'PL', 'IE']))}
    Salary account (IBAN): {e.iban(c, True)}
    Expense card (company): {e.card('mastercard', 'space')}
    Laptop shipping phone: {e.phone(pick(['DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'PL', 'IE']))}
    """)


@pii
def bank_statement(e):
    lines = ["Buchungstag,Auftraggeber/Empfänger,IBAN,Verwendungszweck,Betrag"]
    for _ in range(R.randint(3, 5)):
        f, l = F.name()
        lines.append(f"{dt()},{f} {l},{e.iban(pick(EU), False)},{pick(['Miete Mai', 'Rechnung ' + digits(6), 'Erstattung', 'Gehalt'])},{pick(['-', ''])}{R.randint(10, 2500)},{R.randint(0, 99):02d}")
    return "csv", "bank_statement_export", "\n".join(lines)


@pii
def kyc_review(e):
    f, l = F.name()
    return "support_ticket", "kyc_review_note", D(f"""
    KYC case {rs(3, F.UP)}-{digits(6)} — {f} {l}
    Docs: passport (verified), utility bill (verified)
    Customer SSN {e.ssn()} matches credit bureau record.
    Linked funding card {e.card(pick(['visa', 'discover', 'amex']))}; linked bank IBAN {e.iban(pick(['GB', 'IE', 'DE']), True)} (expat account).
    Login IPs last 30d: {e.ip('pub')}, {e.ip('pub')}
    Callback number confirmed: {e.phone('US')}
    """)


@pii
def marketplace_payout(e):
    rows = ["seller_id,seller_email,payout_iban,payout_card,support_phone"]
    for _ in range(R.randint(2, 3)):
        f, l = F.name()
        rows.append(f"S{digits(6)},{e.email(f, l)},{e.iban(pick(EU), False)},{e.card(fmt='dash')},{e.phone(pick(['DE', 'FR', 'NL', 'ES', 'IT', 'UK']))}")
    return "csv", "marketplace_payout_export", "\n".join(rows)


@pii
def sip_log(e):
    a = e.add("phone", pick([F.phone("US", "e164")[0], F.phone("UK", "mob_e164")[0], F.phone("AU", "e164")[0]]))
    b = e.add("phone", pick([F.phone("US", "e164")[0], F.phone("UK", "mob_e164")[0]]))
    gw = e.ip("doc")
    return "sip_log", "sip_call_log", D(f"""
    {ts()} INVITE sip:{b}@{gw}:5060 SIP/2.0
      Via: SIP/2.0/UDP {e.ip('doc')}:5060;branch=z9hG4bK{hexs(10)}
      From: <sip:{a}@{gw}>;tag={hexs(8)}
      Contact: <sip:{e.ip('priv192')}:5060>
    {ts()} SIP/2.0 486 Busy Here  caller={a} callee={b}
    """)


# =========================================================== CLEAN carriers


@clean
def versions_four_part(e):
    return "shell_session", "four_part_version_numbers", D(f"""
    PS C:\\> Get-ItemProperty HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\* | Select DisplayName, DisplayVersion
    DisplayName                              DisplayVersion
    -----------                              --------------
    Microsoft Visual C++ 2015-2022 Redist    14.38.33135.0
    Example Agent                            {R.randint(2, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}
    Notepad++ (64-bit x64)                   8.6.4.0
    Git                                      2.44.0.1
    Windows build                            10.0.19045.3803
    """)


@clean
def assembly_versions(e):
    return "csharp_source", "assembly_version_attributes", D(f"""
    [assembly: AssemblyVersion("{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 250)}")]
    [assembly: AssemblyFileVersion("{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}.{R.randint(0, 250)}")]
    [assembly: AssemblyInformationalVersion("4.2.0+{hexs(7)}")]
    """)


@clean
def snmpwalk(e):
    return "shell_session", "snmp_oids", D(f"""
    $ snmpwalk -v2c -c public switch-core-1 1.3.6.1.2.1.2.2.1.2
    IF-MIB::ifDescr.1 = STRING: GigabitEthernet0/1
    IF-MIB::ifDescr.2 = STRING: GigabitEthernet0/2
    $ snmpget -v2c -c public switch-core-1 1.3.6.1.2.1.1.3.0 1.3.6.1.4.1.9.9.109.1.1.1.1.8.1
    DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: ({digits(9)}) 38 days, 4:11:02.17
    SNMPv2-SMI::enterprises.9.9.109.1.1.1.1.8.1 = Gauge32: {R.randint(1, 40)}
    """)


@clean
def x509_oids(e):
    return "shell_session", "x509_oids", D("""
    $ openssl asn1parse -in csr.pem | grep OBJECT
        9:d=3  hl=2 l=   3 prim: OBJECT            :countryName (2.5.4.6)
       27:d=3  hl=2 l=   3 prim: OBJECT            :commonName (2.5.4.3)
       61:d=4  hl=2 l=   9 prim: OBJECT            :rsaEncryption (1.2.840.113549.1.1.1)
      330:d=5  hl=2 l=   9 prim: OBJECT            :Extension Request (1.2.840.113549.1.9.14)
      345:d=8  hl=2 l=   3 prim: OBJECT            :X509v3 Subject Alternative Name (2.5.29.17)
      360:d=6  hl=2 l=   8 prim: OBJECT            :policy 1.3.6.1.4.1.44947.1.1.1
    """)


@clean
def timestamps_log(e):
    return "app_log", "timestamps", "\n".join(f"{ts()}.{R.randint(100, 999)}+02:00 [{pick(['INFO', 'DEBUG'])}] scheduler tick={R.randint(1, 9999)} next_run={ts()} epoch_ms={R.randint(1740000000000, 1749999999999)}" for _ in range(5))


@clean
def date_table(e):
    return "csv", "dates", "event,date_iso,date_us,date_eu\n" + "\n".join(f"{pick(['kickoff', 'freeze', 'launch', 'review', 'audit'])},2025-{m:02d}-{d:02d},{m:02d}/{d:02d}/2025,{d:02d}.{m:02d}.2025" for m, d in [(R.randint(1, 12), R.randint(1, 28)) for _ in range(5)])


@clean
def order_numbers(e):
    return "csv", "order_numbers", "order_no,placed,total_eur,status\n" + "\n".join(f"{R.randint(100, 999)}-{digits(7)}-{digits(7)},{ts()},{R.randint(5, 400)}.{R.randint(0, 99):02d},{pick(['shipped', 'delivered', 'cancelled'])}" for _ in range(5))


@clean
def tracking_numbers(e):
    return "api_response", "parcel_tracking_numbers", json.dumps({"shipments": [
        {"carrier": "UPS", "tracking": "1Z" + rs(6, F.UP + F.DI) + digits(10), "status": "in_transit"},
        {"carrier": "USPS", "tracking": "9400 1" + digits(3) + " " + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2), "status": "delivered"},
        {"carrier": "DHL", "tracking": "JD01" + digits(16), "status": "label_created"},
        {"carrier": "Royal Mail", "tracking": rs(2, F.UP) + digits(9) + "GB", "status": "delivered"}]}, indent=2)


@clean
def invoice_numbers(e):
    return "csv", "invoice_numbers", "invoice,issued,due,amount\n" + "\n".join(f"INV-{digits(4)}-{digits(6)},2025-0{R.randint(1, 9)}-{R.randint(10, 28)},2025-1{R.randint(0, 2)}-{R.randint(10, 28)},{R.randint(100, 9000)}.{R.randint(0, 99):02d}" for _ in range(5))


@clean
def postal_codes(e):
    return "csv", "postal_codes", D(f"""
    city,country,postal_code
    Seattle,US,{R.randint(98101, 98199)}-{digits(4)}
    London,GB,EC1A 1BB
    Berlin,DE,{R.randint(10115, 14199)}
    Toronto,CA,M5V 3L9
    Amsterdam,NL,1012 JS
    Warsaw,PL,00-{R.randint(100, 999)}
    """)


@clean
def isbns(e):
    return "csv", "isbn_numbers", "title,isbn13,pages\n" + "\n".join(f"{t},978-{R.randint(0, 1)}-{digits(3)}-{digits(5)}-{R.randint(0, 9)},{R.randint(120, 800)}" for t in ["The Quiet Harbour", "Data at Rest", "Winter Orchard", "Field Notes on Tides"])


def ean13():
    while True:
        b = "40" + digits(10, False)
        c = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(b)) % 10) % 10
        if not F.luhn_ok(b + str(c)):
            return b + str(c)


@clean
def ean_barcodes(e):
    return "json", "ean_barcodes", json.dumps([{"sku": f"WID-{R.randint(100, 999)}", "ean13": ean13(), "upc_a": "0" + digits(11, False)} for _ in range(4)], indent=2)


@clean
def luhn_invalid(e):
    nums = [F.format_card(F.luhn_invalid_like(16, pick(["4", "51", "52"])), pick(["space", "dash"])) for _ in range(3)]
    return "app_log", "luhn_invalid_card_like", "\n".join(f"{ts()} WARN card-validator rejected input=\"{n}\" reason=checksum_failed" for n in nums)


@clean
def test_cards(e):
    return "markdown", "documented_test_card_numbers", D("""
    ### Test cards (sandbox only — never valid for real payments)

    | Brand      | Number              | Result             |
    |------------|---------------------|--------------------|
    | Visa       | 4242 4242 4242 4242 | succeeds           |
    | Visa debit | 4000 0566 5566 5556 | succeeds           |
    | Mastercard | 5555 5555 5555 4444 | succeeds           |
    | Amex       | 3782 822463 10005   | succeeds           |
    | Visa       | 4000 0000 0000 0002 | card_declined      |

    Use any future expiry date and any 3-digit CVC.
    """)


def _bad_ssn(kind):
    if kind == "area000":
        return f"000-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "area666":
        return f"666-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "area9xx":
        return f"9{R.randint(0, 99):02d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    if kind == "group00":
        return f"{R.randint(1, 665):03d}-00-{R.randint(1, 9999):04d}"
    return f"{R.randint(1, 665):03d}-{R.randint(1, 99):02d}-0000"


@clean
def ssn_invalid_area(e):
    return "app_log", "ssn_invalid_area", "\n".join(f"{ts()} INFO form-validator field=ssn value={_bad_ssn(k)} result=rejected rule=ssa_area_invalid" for k in ["area000", "area666", "area9xx", "area9xx"])


@clean
def ssn_invalid_group(e):
    return "json", "ssn_invalid_group_serial", json.dumps({"test_suite": "ssn_validation_negative_cases", "cases": [{"input": _bad_ssn("group00"), "expect": "invalid_group"}, {"input": _bad_ssn("serial0000"), "expect": "invalid_serial"},
                                                                                                              {"input": _bad_ssn("group00"), "expect": "invalid_group"}]}, indent=2)


@clean
def iban_bad(e):
    return "app_log", "iban_bad_checksum", "\n".join(f"{ts()} WARN sepa-import row={R.randint(2, 400)} iban=\"{F.iban_bad(pick(EU))}\" error=IBAN_CHECKSUM_MISMATCH" for _ in range(3))


@clean
def routing_numbers(e):
    return "csv", "aba_routing_numbers", "bank_name,routing_number,fed_district\n" + "\n".join(f"{n},{r},{d}" for n, r, d in [("Example Federal Credit Union", "0" + digits(8, False), "2"), ("Riverbend Savings", "1" + digits(8, False), "11"), ("Orbital Community Bank", "2" + digits(8, False), "7")])


@clean
def part_numbers(e):
    return "csv", "phone_like_part_numbers", "part_no,description,qty_on_hand\n" + "\n".join(f"{R.randint(200, 899)}-{R.randint(200, 899)}-{digits(4)}-{pick(['A', 'B', 'C'])},{d},{R.randint(0, 500)}" for d in ["hex bolt M8x40", "gasket 60mm", "bearing 6204-2RS", "hose clamp 25-40"])


@clean
def http_status_durations(e):
    return "app_log", "http_status_and_durations", "\n".join(f"{ts()} method={pick(['GET', 'POST'])} route={pick(['/api/items/:id', '/healthz', '/api/cart'])} status={pick([200, 201, 204, 304, 404, 500, 503])} duration={R.randint(1, 2000)}.{R.randint(0, 999):03d}ms bytes={R.randint(100, 99999)}" for _ in range(6))


@clean
def byte_counts(e):
    return "shell_session", "byte_counts", D(f"""
    $ df -B1 /data
    Filesystem         1B-blocks          Used     Available Use% Mounted on
    /dev/nvme1n1   {digits(12)}  {digits(12)}  {digits(11)}  {R.randint(10, 90)}% /data
    $ du -sb /data/* | sort -n | tail -3
    {digits(10)}	/data/backups
    {digits(11)}	/data/postgres
    {digits(12)}	/data/media
    """)


@clean
def coordinates(e):
    return "json", "geo_coordinates", json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(R.uniform(-120, 30), 6), round(R.uniform(-40, 60), 6)]},
                                                                                             "properties": {"name": pick(["depot", "store", "pickup"]) + f"-{R.randint(1, 99)}"}} for _ in range(4)]}, indent=2)


@clean
def currency_amounts(e):
    return "csv", "currency_amounts", "ledger_line,amount,currency,fx_rate\n" + "\n".join(f"{i},{R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)}.{R.randint(0, 99):02d},{pick(['USD', 'EUR', 'JPY', 'GBP'])},{R.uniform(0.5, 160):.6f}" for i in range(1, 6))


@clean
def skus(e):
    return "json", "product_skus", json.dumps({"items": [{"sku": f"{pick(['TSH', 'MUG', 'CAP'])}-{pick(['BLK', 'WHT', 'NVY'])}-{pick(['S', 'M', 'L', 'XL'])}-{digits(5)}", "gtin": "0" + digits(13, False)[:13], "price": R.randint(5, 60)} for _ in range(4)]}, indent=2)


@clean
def hex_colours(e):
    return "css", "hex_colours", ":root {\n" + "\n".join(f"  --{n}: #{hexs(6)};" for n in ["brand-primary", "brand-secondary", "surface", "text-muted", "danger", "success"]) + "\n}"


@clean
def mac_addresses(e):
    return "shell_session", "mac_addresses", "$ ip -br link\n" + "\n".join(f"{n:<16} {s:<8} {':'.join(hexs(2) for _ in range(6))} <BROADCAST,MULTICAST,UP,LOWER_UP>" for n, s in [("eth0", "UP"), ("eth1", "DOWN"), ("wlan0", "UP"), ("docker0", "DOWN")])


@clean
def ipv6(e):
    def v6():
        return pick(["2001:db8", "fd00:" + hexs(4), "2001:db8:" + hexs(4)]) + ":" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(R.randint(2, 5)))
    return "shell_session", "ipv6_addresses", D(f"""
    $ ip -6 addr show dev eth0
    2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 state UP qlen 1000
        inet6 {v6()}/64 scope global dynamic mngtmpaddr
        inet6 fe80::{hexs(4)}:{hexs(2)}ff:fe{hexs(2)}:{hexs(4)}/64 scope link
    $ ping -6 -c1 {v6()}
    64 bytes from {v6()}: icmp_seq=1 ttl=58 time=11.4 ms
    """)


@clean
def uuids(e):
    return "json", "uuids", json.dumps({"batch": uuid4(), "jobs": [{"id": uuid4(), "parent": uuid4(), "state": pick(["done", "failed"])} for _ in range(3)]}, indent=2)


@clean
def epoch_seconds(e):
    return "csv", "unix_epoch_timestamps", "sensor,ts_epoch,value\n" + "\n".join(f"th-{R.randint(1, 9)},{R.randint(1735000000, 1749999999)},{R.uniform(15, 30):.2f}" for _ in range(6))


@clean
def listening_ports(e):
    return "shell_session", "ports_and_pids", D(f"""
    $ ss -lntp
    State   Recv-Q  Send-Q   Local Address:Port   Peer Address:Port  Process
    LISTEN  0       4096                 *:80                *:*      users:(("nginx",pid={R.randint(900, 40000)},fd=6))
    LISTEN  0       4096              [::]:443            [::]:*      users:(("nginx",pid={R.randint(900, 40000)},fd=7))
    LISTEN  0       244                  *:5432              *:*      users:(("postgres",pid={R.randint(900, 40000)},fd=5))
    """)


@clean
def user_agents(e):
    return "app_log", "user_agent_versions", "\n".join(f"{ts()} ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{R.randint(118, 126)}.0.{R.randint(6000, 6500)}.{R.randint(10, 250)} Safari/537.36 Edg/{R.randint(118, 126)}.0.{R.randint(2000, 2600)}.{R.randint(10, 99)}\" session_len={R.randint(3, 900)}s" for _ in range(4))


@clean
def semver_build(e):
    return "yaml_config", "semver_build_metadata", D(f"""
    image: registry.example.com/api:3.14.2-rc.1+build.{R.randint(1000, 9999)}.{hexs(7)}
    chart:
      version: 12.4.0
      appVersion: "3.14.2"
    dependencies:
      - name: postgresql
        version: 15.5.38
      - name: redis
        version: 19.6.4
    """)


@clean
def masked_cards(e):
    return "email", "masked_card_numbers", D(f"""
    Subject: Your payment methods

    We updated your wallet:
      • Visa      **** **** **** {digits(4, False)}   exp 0{R.randint(1, 9)}/2{R.randint(6, 9)}
      • Amex      **** ****** *{digits(4, False)}     exp 1{R.randint(0, 2)}/2{R.randint(6, 9)}
      • Mastercard XXXX-XXXX-XXXX-{digits(4, False)}
    Full card numbers are never shown in e-mail.
    """)


@clean
def masked_ssn(e):
    return "insurance_form", "masked_ssn", D(f"""
    EXPLANATION OF BENEFITS
    Member: J. Okafor          Member SSN: ***-**-{digits(4, False)}
    Subscriber SSN: XXX-XX-{digits(4, False)}
    Claim no.: {digits(12)}    Service date: {dt()}
    Billed: $412.00   Allowed: $288.15   You owe: $57.63
    """)


@clean
def ein_numbers(e):
    return "csv", "employer_identification_numbers", "vendor,ein,form\n" + "\n".join(f"{n},{R.randint(10, 99)}-{digits(7)},1099-NEC" for n in ["Harbor Design LLC", "Quartz Consulting Inc", "Maple Print Co"])


@clean
def npi_numbers(e):
    return "csv", "provider_identifiers", "provider,npi,taxonomy\n" + "\n".join(f"Dr. {pick(F.LAST)},1{digits(9, False)},{pick(['207Q00000X', '208D00000X', '363L00000X'])}" for _ in range(4))


@clean
def icd_codes(e):
    return "medical_form", "medical_billing_codes", D("""
    Diagnosis codes (ICD-10-CM): I10, E11.65, Z79.4, M54.50
    Procedure codes (CPT): 99214, 83036, 80061
    Modifier: 25    Place of service: 11    Units: 1
    Revenue code: 0300
    """)


@clean
def flights(e):
    return "api_response", "flight_booking_references", json.dumps({"pnr": rs(6, F.UP + F.DI), "segments": [{"flight": f"{pick(['BA', 'LH', 'KL', 'AF'])}{R.randint(100, 9999)}", "dep": pick(["LHR", "FRA", "AMS"]), "arr": pick(["JFK", "SIN", "NRT"]), "eticket": f"{R.randint(100, 999)}-{digits(10)}"} for _ in range(2)]}, indent=2)


@clean
def vins(e):
    V = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "csv", "vehicle_identification_numbers", "fleet_no,vin,odometer_km\n" + "\n".join(f"F-{R.randint(10, 99)},{rs(17, V)},{R.randint(1000, 300000)}" for _ in range(4))


@clean
def dois(e):
    return "markdown", "doi_identifiers", "\n".join(f"- {pick(F.LAST)} et al. ({R.randint(2015, 2024)}). *{pick(['Tidal', 'Sparse', 'Urban', 'Neural'])} {pick(['models', 'fields', 'dynamics'])}*. doi:10.{R.randint(1000, 9999)}/{rs(4, F.LO)}.{R.randint(2015, 2024)}.{digits(6)}" for _ in range(4))


@clean
def patents(e):
    return "csv", "patent_numbers", "patent,filed,title\n" + "\n".join(f"US {R.randint(10, 12)},{digits(3)},{digits(3)} B2,{R.randint(2016, 2023)}-0{R.randint(1, 9)}-1{R.randint(0, 9)},{t}" for t in ["Valve assembly", "Battery enclosure", "Sorting conveyor"])


@clean
def case_numbers(e):
    return "support_ticket", "case_and_docket_numbers", D(f"""
    Legal hold notice — matter LH-{digits(5)}
    Related docket: Case No. {R.randint(1, 5)}:{R.randint(20, 25)}-cv-{digits(5)}-{rs(3, F.UP)}
    Internal ticket: LEGAL-{R.randint(100, 999)}; Jira: OPS-{R.randint(1000, 9999)}
    Retain mailboxes and drives of custodians listed in attachment A until further notice.
    """)


@clean
def bic_codes(e):
    return "csv", "swift_bic_codes", "bank,bic,country\n" + "\n".join(f"{n},{rs(4, F.UP)}{c}{rs(2, F.UP + F.DI)}{pick(['', 'XXX'])},{c}" for n, c in [("Example Bank AG", "DE"), ("Banque Exemple", "FR"), ("Voorbeeld Bank", "NL"), ("Banco Ejemplo", "ES")])


@clean
def asn_bgp(e):
    return "shell_session", "asn_numbers", D(f"""
    router> show bgp summary | include Established
    Neighbor        AS        MsgRcvd MsgSent  Up/Down   State
    peer-transit-a  {R.randint(1000, 65000)}    {R.randint(10 ** 5, 10 ** 7)}  {R.randint(10 ** 5, 10 ** 7)}  12w3d     Established
    peer-ix-b       {R.randint(1000, 65000)}    {R.randint(10 ** 5, 10 ** 7)}  {R.randint(10 ** 5, 10 ** 7)}  5w1d      Established
    """)


@clean
def measurements(e):
    return "csv", "scientific_measurements", "sample,wavelength_nm,absorbance,temp_k,conc_mol_l\n" + "\n".join(f"S{i},{R.uniform(200, 800):.3f},{R.uniform(0, 2):.5f},{R.uniform(270, 320):.2f},{R.uniform(0, 1):.3e}" for i in range(1, 7))


@clean
def stock_quotes(e):
    return "api_response", "stock_quotes", json.dumps({"quotes": [{"symbol": s, "last": round(R.uniform(10, 900), 2), "volume": R.randint(10 ** 5, 10 ** 8), "change_pct": round(R.uniform(-5, 5), 3)} for s in ["EXMP", "WDGT", "HRBR"]]}, indent=2)


@clean
def iso_durations(e):
    return "yaml_config", "iso_durations_and_intervals", D(f"""
    retention:
      raw_events: P{R.randint(7, 90)}D
      aggregates: P{R.randint(1, 5)}Y
    timeouts:
      connect: PT{R.randint(1, 30)}S
      idle: PT{R.randint(5, 15)}M
      session: P{R.randint(1, 3)}DT{R.randint(1, 12)}H
      request: PT1M{R.randint(1, 59)}S
    cron: "{R.randint(0, 59)} {R.randint(0, 23)} * * 1-5"
    """)


@clean
def gene_accessions(e):
    return "csv", "gene_accession_numbers", "gene,refseq,ensembl\n" + "\n".join(f"{g},NM_{digits(6)}.{R.randint(1, 9)},ENSG{digits(11, False)}" for g in ["TP53", "BRCA1", "EGFR", "KRAS"])


@clean
def hw_serials(e):
    return "shell_session", "hardware_serial_numbers", D(f"""
    $ sudo dmidecode -s system-serial-number; sudo smartctl -i /dev/nvme0 | grep -E 'Serial|Model'
    {rs(7, F.UP + F.DI)}
    Model Number:                       Example NVMe SSD 2TB
    Serial Number:                      S{digits(3)}NX0{rs(6, F.UP + F.DI)}
    """)


@clean
def redaction_tokens(e):
    return "chat_export", "redaction_placeholders", D("""
    [redacted transcript]
    Customer: hi my email is [EMAIL_1] and my number is [PHONE_1]
    Agent: thanks, I can see the account. Card on file ends in [CARD_LAST4].
    Customer: my SSN is <SSN> if you need it
    Agent: no need, please never share that here. IBAN [IBAN_1] is confirmed for refunds.
    """)


@clean
def customer_numbers(e):
    return "csv", "internal_account_numbers", "customer_no,segment,since\n" + "\n".join(f"C{digits(9)},{pick(['SMB', 'ENT', 'CONSUMER'])},{R.randint(2010, 2024)}" for _ in range(5))


@clean
def build_numbers(e):
    return "ci_log", "build_and_run_numbers", D(f"""
    Build #{R.randint(1000, 99999)} (pipeline {digits(9)}, job {digits(10)}) started
    Artifact: app-release-{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}-{digits(5)}.apk ({digits(8)} bytes)
    versionCode={digits(7)}
    Finished: SUCCESS in {R.randint(60, 900)}s
    """)


@clean
def screen_resolutions(e):
    return "json", "display_metrics", json.dumps({"devices": [{"model": m, "resolution": r, "dpi": R.randint(300, 560), "refresh_hz": pick([60, 90, 120])} for m, r in [("Pixel 8", "1080x2400"), ("iPhone 15", "1179x2556"), ("Galaxy Tab S9", "1600x2560")]]}, indent=2)


@clean
def census_stats(e):
    return "csv", "population_statistics", "region,population_2020,area_km2,density\n" + "\n".join(f"{r},{R.randint(100000, 9999999)},{R.randint(1000, 99999)}.{R.randint(0, 9)},{R.uniform(1, 500):.1f}" for r in ["North", "Central", "Coastal", "Highlands"])


@clean
def lottery_like(e):
    return "app_log", "random_numeric_ids", "\n".join(f"{ts()} INFO queue msg_seq={digits(12)} partition={R.randint(0, 31)} offset={digits(10)} lag={R.randint(0, 9000)}" for _ in range(5))


@clean
def imei_like_clean(e):
    return "support_ticket", "warranty_claim_ids", D(f"""
    Warranty claim WC-{digits(8)}
    Product: Example Buds Pro  Batch: B{digits(6)}  Firmware: 5.1.{R.randint(10, 99)}
    RMA number: RMA{digits(9)}
    Fault: left earbud does not charge
    Resolution: replacement shipped, shipment ref SR-{digits(10)}
    """)


@clean
def ipv4_like_math(e):
    return "python_source", "float_and_range_literals", D(f"""
    THRESHOLDS = [0.25, 0.5, 0.75, 0.95]
    LR_SCHEDULE = {{"warmup": 0.001, "peak": 0.003, "final": 1e-05}}
    PCT_RANGE = range(10, 256, 16)
    ratio = 1.333
    weights = (0.2, 0.3, 0.5)
    """)


@clean
def oid_ldap(e):
    return "ldif", "ldap_schema_oids", D("""
    attributetype ( 1.3.6.1.4.1.99999.2.1.1 NAME 'exampleEmployeeNumber'
      EQUALITY caseIgnoreMatch
      SYNTAX 1.3.6.1.4.1.1466.115.121.1.15 SINGLE-VALUE )
    objectclass ( 1.3.6.1.4.1.99999.2.2.1 NAME 'exampleStaff'
      SUP inetOrgPerson STRUCTURAL MAY exampleEmployeeNumber )
    """)


@clean
def sports_scores(e):
    return "csv", "sports_scores_and_times", "match,home,away,score,attendance,kickoff\n" + "\n".join(f"{i},{pick(['Rovers', 'United', 'Athletic'])},{pick(['City', 'Wanderers', 'Albion'])},{R.randint(0, 4)}-{R.randint(0, 4)},{R.randint(5000, 60000)},{R.randint(12, 20)}:{pick(['00', '30', '45'])}" for i in range(1, 6))


@clean
def app_version_matrix(e):
    return "markdown", "compatibility_matrix_versions", D(f"""
    | Agent      | Min server | Tested OS builds            |
    |------------|------------|-----------------------------|
    | 7.4.2.118  | 7.4.0.0    | 10.0.22631.3447, 10.0.19045.4291 |
    | 7.3.9.402  | 7.2.0.0    | 10.0.20348.2402             |
    | 6.9.1.77   | 6.8.0.0    | 6.3.9600.0                  |
    """)
