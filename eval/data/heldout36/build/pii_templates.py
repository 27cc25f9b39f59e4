"""PII-bearing templates. Each function takes an E recorder and returns (format, text)."""
import json
from common import *
from pii_values import *
from fill import fill

IBAN_CCS = list(BBAN)
PHONE_CCS = list(PHONES)

import collections
PHONE_CC_STATS = collections.Counter()

class E:
    def __init__(self):
        self.ents = []
    def add(self, t, v):
        self.ents.append((t, v)); return v
    def phone(self, cc=None, style=None):
        cc = cc or R.choice(PHONE_CCS)
        PHONE_CC_STATS[cc] += 1
        return self.add("phone", phone(cc, style))
    def email(self, f, l, dom=None): return self.add("email", email(f, l, dom))
    def mail(self, addr): return self.add("email", addr)
    def card(self, brand=None, fmt=None): return self.add("credit_card", card(brand, fmt))
    def ssn(self, fmt="dash"): return self.add("ssn", ssn(fmt))
    def ip(self, kind=None): return self.add("ipv4", ip(kind))
    def iban(self, cc=None, spaced=None): return self.add("iban", iban(cc or R.choice(IBAN_CCS), spaced))

def P(cc=None):
    cc, f, l = person(cc)
    return cc, f, l, f"{f} {l}"

def iban_cc(cc): return IBAN_CC_FOR[cc] if cc in IBAN_CC_FOR and R.random() < 0.6 else R.choice(IBAN_CCS)
def ph_cc(cc): return cc if cc in PHONES else R.choice(PHONE_CCS)
def ts(): return rts().strftime("%Y-%m-%dT%H:%M:%SZ")
def nino(): return R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")
def caseno(): return f"CASE-{R.randrange(2024, 2027)}-{R.randrange(100000, 999999)}"

def t_crm_json(e):
    cc, f, l, n = P()
    return "crm_case_json", json.dumps({"caseId": caseno(), "channel": "webchat", "citizen": {"name": n, "countryOfResidence": cc,
        "email": e.email(f, l), "mobile": e.phone(ph_cc(cc), "intl"), "homePhone": e.phone(ph_cc(cc), "nat"),
        "refundAccount": {"iban": e.iban(iban_cc(cc), False), "bic": R.choice(["AIBKIE2D", "DEUTDEFF", "BNPAFRPP", "INGBNL2A", "NWBKGB2L"])}},
        "session": {"portalLoginIp": e.ip("pub"), "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}, "status": "AWAITING_DOCS", "createdAt": ts()}, ensure_ascii=False, indent=2)

def t_case_csv(e):
    lines = ["case_ref,full_name,country,email,phone,opened,reason"]
    for _ in range(R.randrange(3, 5)):
        cc, f, l, n = P()
        lines.append(f"{caseno()},\"{n}\",{cc},{e.email(f, l)},{e.phone(ph_cc(cc))},{rdate().isoformat()},{R.choice(['A1 certificate', 'frontier worker relief', 'child benefit overlap', 'pension credit query'])}")
    return "case_export_csv", "\n".join(lines) + "\n"

def t_psql_xborder(e):
    hdr = " worker_id |        name         | res |      phone         |            iban\n-----------+---------------------+-----+--------------------+----------------------------"
    rows = []
    for _ in range(3):
        cc, f, l, n = P(R.choice(["DE", "FR", "NL", "BE", "PL", "IE", "ES", "IT", "SE", "CH"]))
        rows.append(f" {R.randrange(100000, 999999)}    | {n[:19]:<19} | {cc}  | {e.phone(cc, 'intl'):<18} | {e.iban(iban_cc(cc), False)}")
    return "psql_table_output", "xborder=> SELECT worker_id, name, res, phone, iban FROM frontier_workers WHERE employer_nace='F41' LIMIT 3;\n" + hdr + "\n" + "\n".join(rows) + "\n(3 rows)\n"

def t_pain001(e):
    tx = []
    for i in range(3):
        cc, f, l, n = P(R.choice(["DE", "FR", "ES", "IT", "NL", "BE", "IE", "PL", "SE"]))
        tx.append(f"   <CdtTrfTxInf><PmtId><EndToEndId>CB{R.randrange(10**9, 10**10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">{R.randrange(80, 900)}.{R.randrange(10, 99)}</InstdAmt></Amt><Cdtr><Nm>{n}</Nm></Cdtr><CdtrAcct><Id><IBAN>{e.iban(iban_cc(cc), False)}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>CHILD BENEFIT {rdate().strftime('%m/%Y')}</Ustrd></RmtInf></CdtTrfTxInf>")
    return "sepa_pain001_xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n <CstmrCdtTrfInitn>\n  <GrpHdr><MsgId>CB-PAIN001-{R.randrange(10**7, 10**8)}</MsgId><CreDtTm>{ts()}</CreDtTm><NbOfTxs>3</NbOfTxs><InitgPty><Nm>Revenue and Benefits Agency</Nm><CtctDtls><EmailAdr>{e.mail('payments-ops@taxagency.example')}</EmailAdr></CtctDtls></InitgPty></GrpHdr>\n  <PmtInf><PmtInfId>PMT-{R.randrange(10**5, 10**6)}</PmtInfId><PmtMtd>TRF</PmtMtd><DbtrAcct><Id><IBAN>{e.iban('IE', False)}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>CBIEIE2D</BICFI></FinInstnId></DbtrAgt>\n" + "\n".join(tx) + "\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n"

def t_call_notes(e):
    cc, f, l, n = P("US")
    return "call_centre_notes", f"CALL NOTES - Contact Centre (Cross-border desk)  Agent: {R.choice(['A. Kavanagh', 'R. Naidoo', 'M. Dela Cruz'])}  {rts().strftime('%d/%m/%Y %H:%M')}\nCaller: {n}, US citizen working in Ireland since {R.randrange(2018, 2025)}.\nInbound CLI: {e.phone('US', 'intl')}  Callback requested on: {e.phone('IE', 'nat')}\nVerified identity with SSN {e.ssn()} and PPSN on file (ending ...{R.randrange(10, 99)}W).\nCaller wants the treaty relief form sent to {e.email(f, l)}; told the caller we can only e-mail a link.\nCard on file for debt instalment: {masked_card()} (masked by IVR - OK).\nFollow-up: send form R43-XB, SLA 10 working days. Ref {caseno()}.\n"

def t_fraud_md(e):
    cc, f, l, n = P(R.choice(["US", "GB", "ZA", "IN", "PH"]))
    c2, f2, l2, n2 = P(R.choice(["US", "GB", "NG"]))
    return "fraud_notes_markdown", f"# Fraud referral {R.choice(['FRD', 'FIU'])}-{R.randrange(2025, 2027)}-{R.randrange(10000, 99999)}\n\n**Subject:** {n} (claimed US SSN {e.ssn()})\n**Linked identity:** {n2}, SSN on W-2 copy {e.ssn('space')}\n\n## Indicators\n- 4 refund claims from the same device; portal IPs {e.ip('pub')} and {e.ip('pub')} (VPN exit, hosting provider).\n- Refund routed to prepaid card {e.card('visa')} instead of the bank account on file.\n- Contact e-mail changed to {e.email(f2, l2, 'tempbox.example')} two days before the claim; old address {e.email(f, l)}.\n- Mobile on claim: {e.phone(ph_cc(c2), 'intl')}\n\n## Next steps\nRequest device log from Identity team; freeze refund {R.randrange(10**7, 10**8)}. Do not contact subject.\n"

def t_hr_yaml(e):
    cc, f, l, n = P(R.choice(["US", "IE", "GB", "IN", "PH", "PL"]))
    c2, f2, l2, n2 = P(cc)
    s = f"ssn: \"{e.ssn()}\"\n" if cc == "US" else f"ssn: null   # not a US person\n"
    return "hr_record_yaml", f"employee:\n  id: E{R.randrange(100000, 999999)}\n  name: \"{n}\"\n  grade: HEO\n  cost_centre: CC-{R.randrange(1000, 9999)}\n  work_email: {e.mail(fold(f) + '.' + fold(l) + '@taxagency.example')}\n  personal_email: {e.email(f, l)}\n  mobile: \"{e.phone(ph_cc(cc))}\"\n  {s}  salary_account:\n    iban: \"{e.iban(iban_cc(cc))}\"\n  emergency_contact:\n    name: \"{n2}\"\n    relationship: spouse\n    phone: \"{e.phone(ph_cc(cc), 'nat')}\"\n  start_date: {rdate(2015, 2025).isoformat()}\n"

def t_helpdesk(e):
    cc, f, l, n = P()
    return "servicenow_ticket_text", f"Number: INC{R.randrange(10**6, 10**7)}\nCaller: {n} <{e.mail(fold(f) + '.' + fold(l) + '@northgate-it.example')}>\nContact number: {e.phone(ph_cc(cc))}\nCategory: Network > VPN\nShort description: Cannot reach case-hub from home office\nWork notes:\n  Client reports AnyConnect connects, assigned {e.ip('priv10')}, but case-hub times out.\n  Home router public address {e.ip('pub')}; gateway {e.ip('priv192')}.\n  Advised split-tunnel profile v4.10.07061 (client build, not an address). Reassigned to Network Ops.\n"

def t_nginx(e):
    lines = []
    for _ in range(4):
        lines.append(f"{e.ip(R.choice(['pub', 'pub', 'priv10']))} - - [{rts().strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"GET /portal/assets/app.{hx(8)}.js HTTP/2.0\" 200 {R.randrange(1000, 90000)} \"-\" \"Mozilla/5.0\"")
    cc, f, l, n = P()
    lines.insert(2, f"{e.ip('pub')} - - [{rts().strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"GET /portal/account/recover?email={e.email(f, l)} HTTP/2.0\" 302 0 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5)\"")
    return "nginx_access_log", "\n".join(lines) + "\n"

def t_eml(e):
    cc, f, l, n = P()
    c2, f2, l2, n2 = P()
    a, b = e.email(f, l), e.mail(fold(f2) + "." + fold(l2) + "@taxagency.example")
    return "email_rfc822", f"Received: from mx2.inbox.example ({e.ip('pub')}) by mx.taxagency.example with ESMTPS id {hx(12)}; {rts().strftime('%a, %d %b %Y %H:%M:%S')} +0000\nFrom: {n} <{a}>\nTo: {n2} <{b}>\nCc: {e.mail('xborder-queries@taxagency.example')}\nSubject: Re: A1 certificate - reference {caseno()}\nX-Mailer: Webpost Mail 7.2 (build {hx(8)})\n\nHello {f2},\n\nThank you. My employer's payroll office can be reached on {e.phone(ph_cc(cc), 'intl')} and my own number is {e.phone(ph_cc(cc), 'nat')}.\nPlease send the certificate by post; my new postcode is {R.choice(['D08 XY41', '1017 CT', '75011', '28013', 'SW1A 1AA'])}.\n\nKind regards,\n{n}\n"

def t_bacs_returns(e):
    rows = []
    for _ in range(3):
        cc, f, l, n = P(R.choice(["GB", "IE"]))
        rows.append(f"{n[:22]:<22} {e.iban(cc, True):<30} {R.choice(['ARUDD-0', 'ARUDD-2', 'ARUDD-B'])}  {R.randrange(20, 600)}.{R.randrange(10, 99)}")
    return "bacs_arudd_report", "BACS AUDDIS/ARUDD RETURNS - SERVICE USER " + str(R.randrange(100000, 999999)) + " - PROCESSING DAY " + rdate().strftime('%d%m%y') + "\nPAYER NAME             ACCOUNT (IBAN)                 REASON   AMOUNT\n" + "\n".join(rows) + "\nReason codes: 0=refer to payer, 2=payer deceased, B=account closed\n"

def t_sql_insert(e):
    vals = []
    for _ in range(2):
        cc, f, l, n = P()
        vals.append(f"({R.randrange(10**5, 10**6)}, '{n.replace(chr(39), chr(39)*2)}', '{e.email(f, l)}', '{e.phone(ph_cc(cc), 'intl')}', '{e.card()}', '{rdate().isoformat()}')")
    return "sql_insert_dump", "-- pg_dump excerpt: debt.card_payments (legacy table, pre-tokenisation)\nINSERT INTO debt.card_payments (id, payer_name, payer_email, payer_phone, pan, paid_on) VALUES\n" + ",\n".join(vals) + ";\n-- TODO: purge PAN column per PCI remediation plan PR-" + str(R.randrange(100, 999)) + "\n"

def t_ldif(e):
    out = []
    for _ in range(2):
        cc, f, l, n = P()
        uid = fold(f)[0] + fold(l)[:7]
        out.append(f"dn: uid={uid},ou=People,dc=taxagency,dc=example\nobjectClass: inetOrgPerson\ncn: {n}\nuid: {uid}\nmail: {e.mail(uid + '@taxagency.example')}\ntelephoneNumber: {e.phone(ph_cc(cc), 'intl')}\nmobile: {e.phone(ph_cc(cc), 'intl')}\nemployeeNumber: {R.randrange(10**5, 10**6)}\n")
    return "ldif_export", "# ldapsearch -LLL -b ou=People,dc=taxagency,dc=example '(departmentNumber=XB*)'\n" + "\n".join(out)

def t_vcard(e):
    out = []
    for _ in range(2):
        cc, f, l, n = P()
        out.append(f"BEGIN:VCARD\nVERSION:3.0\nFN:{n}\nN:{l};{f};;;\nORG:{R.choice(['Bouwbedrijf Vos B.V.', 'Schäfer Logistik GmbH', 'Naidoo Freight (Pty) Ltd', 'Iyer Consulting LLP'])}\nTEL;TYPE=WORK,VOICE:{e.phone(ph_cc(cc), 'intl')}\nTEL;TYPE=CELL:{e.phone(ph_cc(cc), 'intl')}\nEMAIL;TYPE=INTERNET:{e.email(f, l)}\nEND:VCARD")
    return "vcard", "\n".join(out) + "\n"

def t_webchat(e):
    cc, f, l, n = P()
    return "webchat_transcript", f"[{rts().strftime('%H:%M:%S')}] System: Chat started. Visitor IP {e.ip('pub')}, page /debt/pay-now\n[..] Agent (Rowena): Hello, you're chatting with the Debt Management team. How can I help?\n[..] {f}: i want to pay my balance {R.randrange(100, 3000)}.00 but the page fails. here is my card {e.card()} exp {R.randrange(1, 13):02d}/{R.randrange(27, 31)} cvv {R.randrange(100, 999)}\n[..] Agent (Rowena): Please don't share card details in chat - I have masked them on our side. Could you confirm your e-mail?\n[..] {f}: {e.email(f, l)}, phone {e.phone(ph_cc(cc))}\n[..] Agent (Rowena): Thank you. I've raised {caseno()} and someone will call you back.\n"

def t_audit_jsonl(e):
    lines = []
    for _ in range(3):
        cc, f, l, n = P()
        lines.append(json.dumps({"ts": ts(), "event": R.choice(["login.success", "login.failure", "mfa.challenge"]), "user": e.mail(fold(f)[0] + fold(l) + "@taxagency.example"), "srcIp": e.ip(), "app": "case-hub", "build": "5.12.0.3318"}))
    return "audit_log_jsonl", "\n".join(lines) + "\n"

def t_w2(e):
    cc, f, l, n = P("US")
    return "w2_extract_text", f"Form W-2 Wage and Tax Statement {R.randrange(2023, 2026)}  (copy supplied for foreign tax credit claim)\na Employee's social security number: {e.ssn()}\nb Employer identification number (EIN): {R.randrange(10, 99)}-{R.randrange(10**6, 10**7)}\nc Employer: {R.choice(['Brooks Harbor Logistics LLC', 'Kowalski Machine Works Inc.', 'Whitfield & Ramirez CPA PLLC'])}, {R.choice(['Boston, MA 02110', 'Houston, TX 77002', 'Denver, CO 80202'])}\ne Employee: {n}\n1 Wages, tips: {R.randrange(40000, 150000)}.00   2 Federal income tax withheld: {R.randrange(5000, 30000)}.00\nEmployee contact (from claim form): {e.phone('US')} / {e.email(f, l)}\nIrish PPSN on claim: {R.randrange(10**6, 10**7)}{R.choice('ABCDEFGHKLMNPRTW')}A\n"

def t_kafka_events(e):
    lines = []
    for _ in range(3):
        cc, f, l, n = P()
        lines.append(json.dumps({"type": "ContactDetailsChanged", "partyId": uid(), "email": e.email(f, l), "phone": e.phone(ph_cc(cc), "intl"), "changedFromIp": e.ip("pub"), "at": ts()}, ensure_ascii=False))
    return "kafka_console_consumer", "$ kafka-console-consumer.sh --bootstrap-server kafka-b1.stream.taxagency.example:9093 --topic party.contact.v2 --from-beginning --max-messages 3 --consumer.config client.properties\n" + "\n".join(lines) + "\nProcessed a total of 3 messages\n"

def t_splunk(e):
    rows = []
    for _ in range(4):
        cc, f, l, n = P()
        rows.append(f"{rts().strftime('%Y-%m-%d %H:%M:%S')}  {e.ip():<16} {e.mail(fold(f) + '.' + fold(l) + '@taxagency.example'):<42} {R.choice(['Okta', 'AzureAD'])}  {R.choice(['FAILURE', 'SUCCESS'])}")
    return "splunk_results_table", "index=auth sourcetype=idp:signin outcome=* | table _time src_ip user provider outcome | head 4\n_time                src_ip           user                                       provider outcome\n" + "\n".join(rows) + "\n"

def t_authlog(e):
    a, b, c = e.ip("pub"), e.ip("pub"), e.ip("priv10")
    return "linux_auth_log", f"Oct 14 03:12:01 jump01 sshd[{R.randrange(1000, 99999)}]: Invalid user oracle from {a} port {R.randrange(1024, 65535)}\nOct 14 03:12:03 jump01 sshd[{R.randrange(1000, 99999)}]: Failed password for invalid user oracle from {a} port {R.randrange(1024, 65535)} ssh2\nOct 14 03:14:40 jump01 sshd[{R.randrange(1000, 99999)}]: Failed password for root from {b} port {R.randrange(1024, 65535)} ssh2\nOct 14 07:58:12 jump01 sshd[{R.randrange(1000, 99999)}]: Accepted publickey for ops from {c} port {R.randrange(1024, 65535)} ssh2: ED25519 SHA256:{b64bytes(32)[:43]}\nOct 14 08:00:01 jump01 fail2ban.actions[812]: NOTICE [sshd] Ban {a}\n"

def t_pandas(e):
    rows = []
    for i in range(3):
        cc, f, l, n = P(R.choice(list(IBAN_CC_FOR)))
        rows.append(f"{i}  {n[:20]:<20}  {e.email(f, l):<36}  {e.iban(iban_cc(cc), False)}")
    return "jupyter_dataframe_output", "In [14]: refunds[['name', 'email', 'iban']].head(3)\nOut[14]:\n   name                  email                                 iban\n" + "\n".join(rows) + "\n"

def t_letter_pdf(e):
    cc, f, l, n = P(R.choice(["DE", "FR", "NL", "BE", "ES", "IT", "PL"]))
    return "pdf_text_extract", f"REVENUE AND BENEFITS AGENCY - Cross-border Workers Unit\nOur ref: {caseno()}    Date: {rdate().strftime('%d %B %Y')}\n\n{n}\n{R.choice(['Hauptstraße 14', 'Rue de la Loi 87', 'Keizersgracht 221', 'Calle Mayor 5', 'ul. Długa 12'])}\n\nDear {f} {l},\nREFUND OF OVERPAID TAX {R.randrange(2022, 2026)}\nWe will pay the refund of EUR {R.randrange(100, 4000)},{R.randrange(10, 99)} into the account you gave us:\nIBAN {e.iban(iban_cc(cc), True)}\nIf this is not correct, call us on {e.phone('IE', 'intl')} (Mon-Fri 09:00-17:00) or write to {e.mail('xborder@taxagency.example')}.\nFrom abroad you can also use {e.phone('GB', 'intl')}.\nPage 1 of 2\n"

def t_fax(e):
    cc, f, l, n = P()
    return "fax_cover_sheet", f"FAX TRANSMISSION\nTo: {R.choice(['Finanzamt Kehl (fictional)', 'Belastingdienst liaison desk', 'SARS Cape Town branch'])}   Attn: {n}\nFax: {e.phone(ph_cc(cc), 'intl')}   Tel: {e.phone(ph_cc(cc), 'intl')}\nFrom: Cross-border Workers Unit   Fax: {e.phone('IE', 'nat')}   Tel: {e.phone('IE', 'nat')}\nPages (incl. cover): {R.randrange(2, 9)}\nRe: Mutual assistance request {R.choice(['MAR', 'EOI'])}-{R.randrange(1000, 9999)}/{R.randrange(24, 27)}\nCONFIDENTIAL - if received in error notify the sender immediately.\n"

def t_sap_vendor(e):
    rows = []
    for _ in range(3):
        cc, f, l, n = P(R.choice(list(IBAN_CC_FOR)))
        rows.append(f"|{R.randrange(10**6, 10**7)}|{n[:24]:<24}|{cc} |{e.iban(iban_cc(cc), False):<34}|{e.email(f, l, R.choice(['bouw-vos.example', 'logistik-schaefer.example', 'consult-iyer.example'])):<38}|")
    return "sap_se16n_export", "Table: LFBK / ADR6 join (SE16N)   Client 100   User RFCUSER_FI\n|Vendor |Name                    |Cty|IBAN                              |E-Mail                                |\n" + "\n".join(rows) + "\n"

def t_mongo(e):
    cc, f, l, n = P()
    return "mongosh_output", "correspondence> db.recipients.find({letterType: 'XB-A1'}, {_id: 0}).limit(1)\n[\n  {\n    name: '" + n.replace("'", "\\'") + f"',\n    email: '{e.email(f, l)}',\n    phones: [ '{e.phone(ph_cc(cc), 'intl')}', '{e.phone(ph_cc(cc), 'nat')}' ],\n    consent: {{ email: true, sms: false }},\n    lastOpenIp: '{e.ip('pub')}',\n    template: 'XB-A1-v7'\n  }}\n]\n"

def t_salesforce(e):
    cc, f, l, n = P()
    return "salesforce_case_json", json.dumps({"attributes": {"type": "Case"}, "CaseNumber": str(R.randrange(10**7, 10**8)), "Origin": "Web", "SuppliedName": n, "SuppliedEmail": e.email(f, l), "SuppliedPhone": e.phone(ph_cc(cc)), "Web_IP__c": e.ip("pub"), "Subject": "Frontier worker tax credit", "Description": f"Please call me back on {e.phone(ph_cc(cc), 'nat')} after 6pm."}, ensure_ascii=False, indent=1)

def t_twilio_csv(e):
    lines = ["sid,from,to,direction,status,duration,start_time"]
    agency = e.phone("IE", "intl").replace(" ", "")
    e.ents[-1] = ("phone", agency)
    for _ in range(4):
        cc = R.choice(PHONE_CCS)
        p = phone(cc, "intl").replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
        PHONE_CC_STATS[cc] += 1
        e.add("phone", p)
        lines.append(f"CA{hx(32)},{p},{agency},inbound,completed,{R.randrange(20, 900)},{ts()}")
    return "twilio_call_log_csv", "\n".join(lines) + "\n"

def t_sms_log(e):
    lines = []
    for _ in range(3):
        cc = R.choice(PHONE_CCS)
        lines.append(f"{rts().strftime('%Y-%m-%d %H:%M:%S')} INFO  SmsDispatcher - sent template=OTP_REMINDER to={e.phone(cc, 'intl')} msgRef={R.randrange(10**9, 10**10)} parts=1")
    lines.append(f"{rts().strftime('%Y-%m-%d %H:%M:%S')} WARN  SmsDispatcher - undeliverable to={e.phone(R.choice(PHONE_CCS), 'intl')} reason=ABSENT_SUBSCRIBER retry=3")
    return "sms_gateway_log", "\n".join(lines) + "\n"

def t_dispute(e):
    cc, f, l, n = P()
    return "payment_gateway_export_csv", "dispute_id,card_number,brand,amount,currency,cardholder,cardholder_email,reason\n" + "\n".join(
        f"DP{R.randrange(10**6, 10**7)},{e.card(b, 'plain')},{b},{R.randrange(20, 900)}.00,EUR,\"{P()[3]}\",{e.email(*person()[1:])},{R.choice(['fraudulent', 'duplicate', 'not_recognised'])}" for b in [R.choice(["visa", "mastercard"]), R.choice(["amex", "jcb", "discover"]), R.choice(["diners", "unionpay", "mastercard2"])]) + "\n"

def t_git_fixture(e):
    cc, f, l, n = P()
    return "git_diff", f"diff --git a/tests/fixtures/claimant.json b/tests/fixtures/claimant.json\nnew file mode 100644\nindex 0000000..{hx(7)}\n--- /dev/null\n+++ b/tests/fixtures/claimant.json\n@@ -0,0 +1,9 @@\n+{{\n+  \"name\": \"{n}\",\n+  \"email\": \"{e.email(f, l)}\",\n+  \"phone\": \"{e.phone(ph_cc(cc))}\",\n+  \"ssn\": \"{e.ssn('none')}\",\n+  \"iban\": \"{e.iban(None, False)}\",\n+  \"note\": \"copied from prod ticket - anonymise before merge!\"\n+}}\n"

def t_slack_export(e):
    cc, f, l, n = P()
    msgs = [{"user": "U0" + rs(8, string.ascii_uppercase + string.digits), "ts": f"{R.randrange(1760000000, 1790000000)}.{R.randrange(100000, 999999)}", "text": f"can someone check why {e.email(f, l)} keeps getting the OTP SMS on {e.phone(ph_cc(cc), 'intl')}? she says she changed it"},
            {"user": "U0" + rs(8, string.ascii_uppercase + string.digits), "ts": f"{R.randrange(1760000000, 1790000000)}.{R.randrange(100000, 999999)}", "text": f"logs show the change came from {e.ip('pub')} but was rolled back by the nightly sync from {e.ip('priv172')}"}]
    return "slack_export_json", json.dumps(msgs, ensure_ascii=False, indent=1)

def t_jira(e):
    cc, f, l, n = P()
    return "jira_issue_comment", f"*{P()[3]}* commented on BEN-{R.randrange(1000, 9999)} - Overpayment recovery stuck\n\nReproduced in UAT with the customer's own data (sorry, needed to): claimant {n}, e-mail {e.email(f, l)}, recovery to be debited from {e.iban(iban_cc(cc), True)}. Mandate ref MNDT-{R.randrange(10**6, 10**7)} is active.\nThe API call from {e.ip('priv10')} returns 409. Customer phone for the callback: {e.phone(ph_cc(cc))}.\n"

def t_win_event(e):
    cc, f, l, n = P()
    return "windows_event_xml", f"<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/><EventID>4625</EventID><TimeCreated SystemTime='{ts()}'/><Computer>PAYJUMP01.taxagency.example</Computer></System><EventData><Data Name='TargetUserName'>{e.mail(fold(f) + '.' + fold(l) + '@taxagency.example')}</Data><Data Name='TargetDomainName'>TAXAGENCY</Data><Data Name='Status'>0xc000006d</Data><Data Name='LogonType'>10</Data><Data Name='WorkstationName'>WS-{R.randrange(1000, 9999)}</Data><Data Name='IpAddress'>{e.ip()}</Data><Data Name='IpPort'>{R.randrange(1024, 65535)}</Data></EventData></Event>\n"

def t_iptables(e):
    lines = [f"Oct 14 02:{R.randrange(10, 59)}:{R.randrange(10, 59)} fw-dc1 kernel: [{R.randrange(10**5, 10**6)}.{R.randrange(100000, 999999)}] DROP IN=eth0 OUT= SRC={e.ip('pub')} DST={e.ip('priv10')} LEN=60 TOS=0x00 TTL=49 ID={R.randrange(1, 65535)} PROTO=TCP SPT={R.randrange(1024, 65535)} DPT={R.choice([22, 1433, 3389, 445])} SYN" for _ in range(3)]
    return "iptables_kernel_log", "\n".join(lines) + "\n"

def t_dhcp(e):
    out = []
    for _ in range(3):
        mac = ":".join(hx(2) for _ in range(6))
        out.append(f"lease {e.ip('priv10')} {{\n  starts 3 {rts().strftime('%Y/%m/%d %H:%M:%S')};\n  binding state active;\n  hardware ethernet {mac};\n  client-hostname \"WS-{R.randrange(1000, 9999)}\";\n}}")
    return "dhcpd_leases", "# /var/lib/dhcp/dhcpd.leases (contact-centre floor 2)\n" + "\n".join(out) + "\n"

def t_dlq(e):
    cc, f, l, n = P(R.choice(list(IBAN_CC_FOR)))
    return "kafka_dlq_message", f"topic=payments.instructions.dlq partition=2 offset={R.randrange(10**5, 10**6)}\nheaders: __dlq.error=IbanValidationException, __dlq.original.topic=payments.instructions\nvalue: {{\"instructionId\":\"{uid()}\",\"payee\":\"{n}\",\"payeeIban\":\"{e.iban(iban_cc(cc), False)}\",\"altIban\":\"{e.iban(None, False)}\",\"notify\":\"{e.email(f, l)}\",\"amount\":{R.randrange(50, 900)}.{R.randrange(10, 99)}}}\nerror: BIC DEUTDEFFXXX does not match IBAN country\n"

def t_directory_md(e):
    rows = []
    for cc, city in R.sample([("DE", "Berlin"), ("FR", "Paris"), ("NL", "Den Haag"), ("BE", "Brussels"), ("PL", "Warsaw"), ("SE", "Stockholm"), ("CH", "Bern"), ("ES", "Madrid"), ("IT", "Rome"), ("AT", "Vienna"), ("PT", "Lisbon"), ("DK", "Copenhagen"), ("NO", "Oslo"), ("FI", "Helsinki"), ("LU", "Luxembourg"), ("CZ", "Prague")], 6):
        rows.append(f"| {city:<11} | {e.phone(cc, 'intl'):<20} | {e.mail('liaison.' + fold(city) + '@partner-revenue.example')} |")
    return "markdown_table", "## Cross-border liaison contacts (internal, do not publish)\n\n| Office      | Phone                | E-mail |\n|-------------|----------------------|--------|\n" + "\n".join(rows) + "\n\nOut of hours: use the duty rota in the wiki.\n"

def t_mt940(e):
    lines = [":20:STMT" + str(R.randrange(10**6, 10**7)), f":25:{e.iban('IE', False)}", ":28C:00" + str(R.randrange(100, 999)) + "/001", ":60F:C261013EUR" + str(R.randrange(10**5, 10**6)) + ",00"]
    for _ in range(3):
        cc, f, l, n = P(R.choice(list(IBAN_CC_FOR)))
        lines.append(f":61:2610141014C{R.randrange(50, 5000)},00NTRFNONREF//{R.randrange(10**9, 10**10)}")
        lines.append(f":86:166?00SEPA CREDIT?20DEBT REPAYMENT {caseno()}?31{e.iban(iban_cc(cc), False)}?32{n.upper()[:27]}")
    lines.append(":62F:C261014EUR" + str(R.randrange(10**5, 10**6)) + ",00")
    return "swift_mt940", "\n".join(lines) + "\n"

def t_pg_error_log(e):
    cc, f, l, n = P()
    a = e.email(f, l)
    return "postgresql_server_log", f"{rts().strftime('%Y-%m-%d %H:%M:%S')}.{R.randrange(100, 999)} UTC [{R.randrange(1000, 99999)}] app=portal user=portal_rw db=identity host={e.ip('priv10')} ERROR:  duplicate key value violates unique constraint \"uq_party_email\"\n{rts().strftime('%Y-%m-%d %H:%M:%S')}.{R.randrange(100, 999)} UTC [{R.randrange(1000, 99999)}] DETAIL:  Key (lower(email))=({a}) already exists.\n{rts().strftime('%Y-%m-%d %H:%M:%S')}.{R.randrange(100, 999)} UTC [{R.randrange(1000, 99999)}] STATEMENT:  INSERT INTO party (email, phone) VALUES ('{a}', '{e.phone(ph_cc(cc), 'intl')}')\n"

def t_java_stack(e):
    cc, f, l, n = P()
    return "java_stacktrace", f"{rts().strftime('%Y-%m-%d %H:%M:%S')} ERROR [http-nio-8443-exec-7] c.t.b.api.ErrorHandler - Validation failed for RefundRequest(name={n}, iban={e.iban(None, False)}, phone={e.phone(ph_cc(cc), 'intl')}, email={e.email(f, l)})\nie.taxagency.benefits.validation.IbanCountryMismatchException: IBAN country not allowed for payee residence {cc}\n\tat ie.taxagency.benefits.validation.IbanValidator.validate(IbanValidator.java:88)\n\tat ie.taxagency.benefits.api.RefundController.submit(RefundController.java:142)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"

def t_mailmerge(e):
    lines = ["Title;FirstName;LastName;Email;Mobile;Language;LetterCode"]
    for _ in range(3):
        cc, f, l, n = P()
        lines.append(f"{R.choice(['Mr', 'Ms', 'Mx', 'Dr'])};{f};{l};{e.email(f, l)};{e.phone(ph_cc(cc), 'intl')};{R.choice(['en', 'ga', 'de', 'fr', 'pl', 'es'])};XB-{R.randrange(10, 99)}")
    return "mail_merge_csv_semicolon", "\n".join(lines) + "\n"

def t_graphql(e):
    cc, f, l, n = P()
    return "graphql_response_json", json.dumps({"data": {"party": {"id": uid(), "displayName": n, "contactPoints": [{"kind": "EMAIL", "value": e.email(f, l)}, {"kind": "MOBILE", "value": e.phone(ph_cc(cc), "intl")}, {"kind": "LANDLINE", "value": e.phone(ph_cc(cc), "nat")}], "bankAccounts": [{"iban": e.iban(iban_cc(cc), False), "verified": True}], "taxResidence": cc}}}, ensure_ascii=False, indent=2)

def t_ach_recon(e):
    rows = []
    for _ in range(3):
        cc, f, l, n = P("US")
        rows.append(f"{n[:22]:<22} {e.ssn():<12} {e.phone('US'):<16} R{R.choice(['01', '02', '03', '04'])}  {R.randrange(100, 2000)}.00")
    return "ach_return_recon_report", "ACH RETURNS RECONCILIATION - US RESIDENT PENSION PAYMENTS - " + rdate().isoformat() + "\nRECIPIENT              SSN          PHONE            RC   AMOUNT\n" + "\n".join(rows) + "\nODFI routing 0" + str(R.randrange(10**7, 10**8)) + " trace batch " + str(R.randrange(10**6, 10**7)) + "\n"

def t_ansible_facts(e):
    return "ansible_debug_output", f"TASK [debug ipv4 facts] ********************************************************\nok: [crm-app-01] => {{\n    \"ansible_default_ipv4.address\": \"{e.ip('priv10')}\"\n}}\nok: [crm-app-02] => {{\n    \"ansible_default_ipv4.address\": \"{e.ip('priv10')}\"\n}}\nok: [crm-edge-01] => {{\n    \"ansible_all_ipv4_addresses\": [\"{e.ip('priv172')}\", \"{e.ip('pub')}\"]\n}}\n"

def t_sysout_report(e):
    rows = []
    for _ in range(3):
        cc, f, l, n = P(R.choice(["US", "US", "GB", "IE"]))
        sv = e.ssn("none") if cc == "US" else nino()
        rows.append(f" {n.upper()[:24]:<24} {sv:<11} {e.phone(ph_cc(cc), 'nat'):<18} {R.randrange(100, 9999):>7}.{R.randrange(10, 99)}")
    return "jes_sysout_report", f"1PENXB01   CROSS-BORDER PENSION PAYMENTS - EXCEPTION REPORT      PAGE    1\n0RUN DATE {rdate().strftime('%d/%m/%y')}   JOB {R.choice(['PENXB01', 'PENXB02'])} {('JOB' + str(R.randrange(10000, 99999)))}\n0 NAME                     SSN/NINO    PHONE              AMOUNT\n" + "\n".join(rows) + "\n0*** END OF REPORT - 3 EXCEPTIONS ***\n"

def t_docusign_like(e):
    cc, f, l, n = P()
    c2, f2, l2, n2 = P()
    return "esignature_audit_trail", f"Envelope {uid()} - Certificate of Completion\nSigner: {n}  Email: {e.email(f, l)}  Auth: SMS to {e.phone(ph_cc(cc), 'intl')}\n  Sent: {ts()}  Viewed: {ts()}  Signed: {ts()}  IP: {e.ip('pub')}\nWitness: {n2}  Email: {e.email(f2, l2)}  IP: {e.ip('pub')}\nDocument: Frontier worker declaration (2 pages), hash SHA-256 {hx(64)}\n"

def t_ocr_claim(e):
    cc, f, l, n = P(R.choice(["ZA", "IN", "PH", "AU", "NZ", "SG", "MX", "BR"]))
    return "ocr_form_text", f"--- OCR (confidence 0.91) scan_{R.randrange(10**5, 10**6)}.tif ---\nCLAIM FOR RELIEF UNDER DOUBLE TAXATION AGREEMENT\n1. Full name: {n}\n2. Country of residence: {cc}\n3. Telephone (incl. country code): {e.phone(cc, 'intl')}\n4. Alternative telephone: {e.phone(cc, 'nat')}\n5. E-mail: {e.email(f, l)}\n6. Bank account for refund (IBAN if available): {e.iban(iban_cc(cc), True)}\n7. Foreign tax identification no.: {R.randrange(10**9, 10**10)}\n8. Signature: [signature]   Date: {rdate().strftime('%d/%m/%Y')}\n"

def t_csv_cards(e):
    lines = ["txn_id,timestamp,pan,expiry,merchant,amount,client_ip"]
    for b in R.sample(["visa", "mastercard", "amex", "discover", "jcb", "mastercard2", "diners", "unionpay"], 3):
        lines.append(f"T{R.randrange(10**8, 10**9)},{ts()},{e.card(b, R.choice(['plain', 'space']))},{R.randrange(1, 13):02d}/{R.randrange(27, 31)},TAXAGENCY DEBT PAY,{R.randrange(10, 900)}.00,{e.ip('pub')}")
    return "payment_log_csv", "# legacy IVR payment log found on FS-PAY01 during PCI scan\n" + "\n".join(lines) + "\n"

def t_yaml_contacts(e):
    cc, f, l, n = P()
    return "ansible_vars_yaml", f"# roles/alerting/defaults/main.yml\noncall_primary:\n  name: \"{n}\"\n  email: {e.mail(fold(f) + '.' + fold(l) + '@northgate-it.example')}\n  phone: \"{e.phone(ph_cc(cc), 'intl')}\"\noncall_escalation:\n  email: {e.mail('major-incident@taxagency.example')}\n  phone: \"{e.phone('IE', 'intl')}\"\nsyslog_targets: [\"{e.ip('priv10')}\", \"{e.ip('priv10')}\"]\n"

PII_TEMPLATES = [t_crm_json, t_case_csv, t_psql_xborder, t_pain001, t_call_notes, t_fraud_md, t_hr_yaml, t_helpdesk, t_nginx, t_eml,
                 t_bacs_returns, t_sql_insert, t_ldif, t_vcard, t_webchat, t_audit_jsonl, t_w2, t_kafka_events, t_splunk, t_authlog,
                 t_pandas, t_letter_pdf, t_fax, t_sap_vendor, t_mongo, t_salesforce, t_twilio_csv, t_sms_log, t_dispute, t_git_fixture,
                 t_slack_export, t_jira, t_win_event, t_iptables, t_dhcp, t_dlq, t_directory_md, t_mt940, t_pg_error_log, t_java_stack,
                 t_mailmerge, t_graphql, t_ach_recon, t_ansible_facts, t_sysout_report, t_docusign_like, t_ocr_claim, t_csv_cards, t_yaml_contacts]
