"""Positive rows for pii.jsonl. Every PII value goes through Ents so it is labelled."""
import json
from common import *
import pii_values as V

class Ents:
    def __init__(self): self.items = []
    def add(self, t, v):
        if (t, v) not in self.items: self.items.append((t, v))
        return v
    def phone(self, cc=None, intl=None): return self.add("phone", V.phone(cc, intl))
    def e164(self, cc=None): return self.add("phone", V.phone_e164(cc))
    def email(self, f, l, kind=None): return self.add("email", V.email(f, l, kind))
    def mail(self, addr): return self.add("email", addr)
    def card(self, brand=None, fmt=None): return self.add("credit_card", V.card(brand, fmt))
    def ssn(self, fmt="dash"): return self.add("ssn", V.ssn(fmt))
    def ip(self, kind=None): return self.add("ipv4", V.ip(kind))
    def iban(self, cc=None, grouped=None): return self.add("iban", V.iban(cc, grouped))

POS = []
def pos(fn): POS.append(fn); return fn
def row(fmt, cat, e, text):
    return {"format": fmt, "label": "pii", "category": cat,
            "entities": [{"type": t, "value": v} for t, v in e.items], "text": text}
def hcc(c):
    return CC_OF[c] if R.random() < .55 else pick(V.PHONE_CCS)
def sid(): return f"{pick(['S','G','P'])}{rint(2019,2026)}-{digits(6)}"
CC_OF = {"de": "DE", "uk": "GB", "us": "US", "fr": "CA", "in": "IN", "br": "BR", "jp": "JP", "cn": "CN", "kr": "KR", "ng": "NG",
         "ke": "KE", "ar": "AE", "tr": "TR", "pl": "PL", "es": "MX", "vn": "VN", "id": "ID", "se": "SE", "au": "AU", "gh": "GH"}

@pos
def p_registrar_csv():
    e = Ents(); lines = ["student_id,surname,given_name,programme,uni_email,mobile,enrol_status"]
    for _ in range(rint(4, 6)):
        f, l, c = person()
        lines.append(f"{sid()},{l},{f},{pick(['MSc Data Science','BSc Physics','PhD Chemistry','MA Linguistics','BEng Civil'])},{e.email(f, l, 'student')},{e.phone(hcc(c))},{pick(['ENROLLED','DEFERRED','ENROLLED','INTERRUPTED'])}")
    return row("csv-export", "student_contact_export", e, "\n".join(lines) + "\n")

@pos
def p_applicant_json():
    e = Ents(); f, l, c = person(); gf, gl, _ = person(c)
    d = {"applicationId": f"APP-2027-{digits(6)}", "cycle": "2027-entry", "status": "SUBMITTED",
         "applicant": {"givenName": f, "familyName": l, "email": e.email(f, l, "free"), "phone": e.phone(hcc(c), True), "countryOfResidence": CC_OF[c]},
         "guardian": {"name": f"{gf} {gl}", "phone": e.phone(hcc(c), True)},
         "submission": {"ip": e.ip("public"), "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "submittedAt": iso()},
         "programmeChoices": ["UG-CS-101", "UG-MATH-210"]}
    return row("json-api-response", "admissions_application", e, json.dumps(d, ensure_ascii=False, indent=2))

@pos
def p_finaid_ticket():
    e = Ents(); f, l, _ = person("us")
    t = f"""Ticket #FA-{digits(6)}  Queue: Financial Aid (Pittsburgh)  Opened: {sqlts()}
From: {f} {l} <{e.email(f, l, 'free')}>
Subject: Verification documents – ISIR flagged

Hi, my FAFSA was selected for verification. My SSN is {e.ssn()} and my student ID is {sid()}.
You can reach me at {e.phone('US')} after 3pm. My mom (parent contributor) is on {e.phone('US')}.

-- internal note (aid officer): identity verified against SAR, EFC recalculated, award letter v3 pending.
"""
    return row("helpdesk-ticket", "financial_aid_ssn", e, t)

@pos
def p_payroll_sql():
    e = Ents(); rows = []
    for _ in range(rint(3, 5)):
        f, l, _ = person(pick(["us", "us", "es", "cn", "in", "ng"]))
        rows.append(f"| {digits(7)} | {(l + ', ' + f)[:22]:<22} | {e.ssn()} | {e.email(f, l, 'uni')[:40]:<40} | {pick(['Postdoc','Lab Tech II','Lecturer','Admin Asst'])} |")
    t = "mysql> SELECT emp_no, name, ssn, email, title FROM hr_payroll.employees WHERE campus='PGH' LIMIT 5;\n+---------+------------------------+-------------+------------------------------------------+------------+\n" + "\n".join(rows) + f"\n+---------+------------------------+-------------+------------------------------------------+------------+\n{len(rows)} rows in set (0.01 sec)\n"
    return row("sql-result-table", "payroll_ssn", e, t)

@pos
def p_stipend_email():
    e = Ents(); f, l, c = person(pick(["de", "pl", "es", "tr", "br"])); sf, sl, _ = person("de")
    cc = {"de": "DE", "pl": "PL", "es": "ES", "tr": "TR", "br": "BR"}[c]
    t = f"""From: {sf} {sl} <{e.email(sf, sl, 'uni')}>
To: {e.email(f, l, 'student')}
Cc: {e.mail('stipends@international.' + DOM)}
Subject: Erasmus+ / exchange stipend – bank details confirmed

Dear {f},

we have recorded the following account for your monthly stipend (EUR 600, first payment 15 Nov):

  Account holder: {f} {l}
  IBAN: {e.iban(cc)}
  BIC: {rstr(4, UP)}{cc}{rstr(2, UP + DG)}

If anything changes, call the International Office on {e.phone('DE')} (Mon–Thu 10–12).
Reference: INTL-{digits(5)}/2026-27

Best regards,
{sf} {sl}
"""
    return row("email-rfc822", "stipend_bank_details", e, t)

@pos
def p_donation_csv():
    e = Ents(); lines = ["gift_id,donor_name,email,amount,currency,card_number,exp,campaign"]
    for _ in range(rint(3, 5)):
        f, l, c = person()
        lines.append(f"G{digits(7)},\"{l}, {f}\",{e.email(f, l, 'free')},{rint(25, 2500)}.00,{pick(['USD','GBP','EUR','CAD','AUD'])},{e.card()},{rint(1,12):02d}/{rint(27,31)},{pick(['ANNUAL-FUND-2026','LIB-RESTORE','SCHOLARSHIP-ENDOW'])}")
    return row("csv-export", "donation_card_export", e, "# legacy-giving-export.csv (found on shared drive, incident INC-" + digits(5) + ")\n" + "\n".join(lines) + "\n")

@pos
def p_clinic_sms_log():
    e = Ents(); lines = []
    for _ in range(rint(4, 6)):
        lines.append(f"{sqlts()} reminder appt={digits(8)} to={e.e164()} status={pick(['delivered','delivered','queued','failed'])} segments=1")
    t = "== clinic-reminders.log (Halifax health centre) ==\n" + "\n".join(lines) + "\n"
    return row("sms-gateway-log", "clinic_sms_reminders", e, t)

@pos
def p_nginx():
    e = Ents(); lines = []
    for _ in range(rint(4, 6)):
        f, l, _ = person(); addr = e.email(f, l)
        q = addr.replace("@", "%40")
        lines.append(f'{e.ip()} - - [{ts().strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET /library/account/reset?email={addr} HTTP/2.0" 302 0 "-" "Mozilla/5.0"')
    return row("nginx-access-log", "web_log_ip_email", e, "\n".join(lines) + "\n")

@pos
def p_sshd():
    e = Ents(); lines = []
    for _ in range(rint(4, 7)):
        lines.append(f"{ts().strftime('%b %d %H:%M:%S')} login1 sshd[{rint(1000,99999)}]: {pick(['Failed password for invalid user admin','Accepted publickey for ' + username(*person()[:2]),'Connection closed by authenticating user root'])} from {e.ip()} port {rint(1024,65535)} ssh2")
    return row("syslog", "ssh_auth_ips", e, "\n".join(lines) + "\n")

@pos
def p_ldif():
    e = Ents(); out = []
    for _ in range(rint(2, 3)):
        f, l, c = person(); u = username(f, l)
        out.append(f"""dn: uid={u},ou=people,dc=aldermoor,dc=example
objectClass: inetOrgPerson
uid: {u}
cn: {f} {l}
mail: {e.email(f, l, 'uni')}
telephoneNumber: {e.phone(pick(['DE','GB','US','CA','AU','IN','BR','JP']), True)}
mobile: {e.phone(hcc(c), True)}
employeeNumber: {digits(8)}
""")
    return row("ldif", "directory_entries", e, "\n".join(out))

@pos
def p_helpdesk_ip():
    e = Ents(); f, l, c = person()
    t = f"""INC{digits(7)} | Category: Network > VPN | Campus: {pick(['Leeds','Adelaide','Sendai','Campinas'])}
Caller: {f} {l} ({e.email(f, l, 'uni')}), callback {e.phone(hcc(c))}
Description: GlobalProtect connects but no route to the library proxy. Laptop asset AST-{digits(6)}.
Work notes:
  - client public IP {e.ip('public')}, assigned tunnel IP {e.ip('private')}
  - gateway gp-{pick(['eu','ap','us'])}-2 reports MTU mismatch; advised to update client to 6.2.4
State: Resolved  SLA: met
"""
    return row("itsm-ticket", "vpn_ticket", e, t)

@pos
def p_slack_chat():
    e = Ents(); a = person(); b = person(); c = person()
    t = f"""#fieldtrip-iceland-2026  (exported {iso()})
[09:12] {a[0]} {a[1]}: bus leaves Reykjavík 07:30, if you're late call me {e.phone(hcc(a[2]), True)}
[09:14] {b[0]} {b[1]}: my roaming is off, use whatsapp {e.phone(hcc(b[2]), True)}
[09:15] {c[0]} {c[1]}: emergency contact form link is in the pinned msg, send it to {e.email(c[0], c[1], 'uni')}
[09:20] {a[0]} {a[1]}: thanks! course code GEOL-3305, group B
"""
    return row("chat-export", "fieldtrip_chat", e, t)

@pos
def p_vcard():
    e = Ents(); out = []
    for _ in range(2):
        f, l, c = person()
        out.append(f"BEGIN:VCARD\nVERSION:4.0\nFN:{f} {l}\nN:{l};{f};;;\nORG:{UNI};{pick(['Library','Registry','Alumni Relations'])}\nEMAIL;TYPE=work:{e.email(f, l, 'uni')}\nTEL;TYPE=cell:{e.phone(hcc(c), True)}\nTEL;TYPE=work:{e.phone(pick(['DE','GB','US']), True)}\nEND:VCARD")
    return row("vcard", "contact_cards", e, "\n".join(out) + "\n")

@pos
def p_pandas():
    e = Ents(); rows = []
    for i in range(5):
        f, l, c = person(); rows.append(f"{i}  {sid():<13} {e.email(f, l, 'student'):<38} {e.phone(hcc(c))}")
    t = "In [7]: df[['student_id','email','phone']].head()\nOut[7]:\n   student_id    email                                  phone\n" + "\n".join(rows) + "\n"
    nb = {"cell_type": "code", "execution_count": 7, "source": ["df[['student_id','email','phone']].head()"], "outputs": [{"output_type": "execute_result", "data": {"text/plain": [t]}}]}
    return row("jupyter-cell-json", "notebook_dataframe", e, json.dumps(nb, ensure_ascii=False, indent=1))

@pos
def p_slurm_mail():
    e = Ents(); f, l, _ = person(); jid = rint(4000000, 9000000)
    t = f"""From: slurm@hpc.{DOM}
To: {e.email(f, l, 'uni')}
Subject: Slurm Job_id={jid} Name=md-equil Failed, Run time 02:13:44, NODE_FAIL, ExitCode 0

Job {jid} on gn{rint(1,24):02d} failed. Submit host login2 ({e.ip('private')}).
Array tasks 1-40%8 remaining; see /scratch/{username(f,l)}/md/slurm-{jid}_7.out
"""
    e.items.insert(0, ("email", f"slurm@hpc.{DOM}"))
    return row("email-rfc822", "slurm_notification", e, t)

@pos
def p_gitlab_ci():
    e = Ents(); f, l, _ = person()
    t = f"""Running with gitlab-runner 17.5.2 (on hpc-shell-runner-3 {rstr(8, LO+DG)})
  on {e.ip('private')}
Fetching changes with git depth set to 20...
Checking out {sha1()[:8]} as detached HEAD (ref is main)...
$ git log -1 --format='%an <%ae>'
{f} {l} <{e.email(f, l, 'uni')}>
$ curl -s http://{e.ip('private')}:9100/metrics | head -1
# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.
Job succeeded
"""
    return row("gitlab-ci-log", "ci_log_committer", e, t)

@pos
def p_ill_pdf():
    e = Ents(); f, l, c = person()
    t = f"""INTERLIBRARY LOAN REQUEST FORM                                    Page 1 of 1
Aldermoor University Library – Document Supply

Requester: {f} {l}          Patron ID: {digits(10)}
Department: {pick(['History','Chemistry','Law','Musicology'])}     Status: Postgraduate
E-mail: {e.email(f, l, 'student')}     Telephone: {e.phone(hcc(c))}

Item: ISBN 978-3-16-148410-0, pp. 211–245      Needed by: {ts().date()}
Copyright declaration signed: YES      Max cost: GBP 15.00
"""
    return row("pdf-extracted-text", "ill_request_form", e, t)

@pos
def p_housing_yaml():
    e = Ents(); f, l, c = person(); rf, rl, _ = person(c)
    t = f"""# housing-application {digits(6)}.yaml
applicant:
  name: "{f} {l}"
  student_id: {sid()}
  email: {e.email(f, l, 'student')}
  phone: "{e.phone(hcc(c), True)}"
preferences:
  residence: [Harcourt Hall, Ostrander Court]
  room_type: ensuite
emergency_contact:
  name: "{rf} {rl}"
  relation: parent
  phone: "{e.phone(hcc(c), True)}"
  email: {e.email(rf, rl, 'free')}
"""
    return row("yaml-document", "housing_application", e, t)

@pos
def p_sepa_xml():
    e = Ents(); txs = []
    for _ in range(rint(3, 4)):
        f, l, _ = person(pick(["de", "pl", "es", "se", "fr"]))
        cc = pick(["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "PT", "IE", "FI", "LU", "GR"])
        txs.append(f"""    <CdtTrfTxInf>
      <PmtId><EndToEndId>STIP-{digits(8)}</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">{rint(300, 1200)}.00</InstdAmt></Amt>
      <Cdtr><Nm>{f} {l}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{e.iban(cc, False)}</IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>""")
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>ALD-FR-{digits(10)}</MsgId><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
  <PmtInf>
    <DbtrAcct><Id><IBAN>{e.iban('DE', False)}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>"""
    return row("sepa-pain001-xml", "stipend_payment_batch", e, t)

@pos
def p_hl7():
    e = Ents(); f, l, _ = person("us")
    t = f"""MSH|^~\\&|CLINIC-EHR|ALD-PGH|LAB|ALD-PGH|{ts().strftime('%Y%m%d%H%M')}||ADT^A04|MSG{digits(8)}|P|2.5.1
EVN|A04|{ts().strftime('%Y%m%d%H%M')}
PID|1||MRN{digits(7)}^^^ALDCLINIC^MR||{l.upper()}^{f.upper()}||{rint(1995,2007)}{rint(1,12):02d}{rint(1,28):02d}|{pick('FM')}|||{rint(100,9999)} Forbes Ave^^Pittsburgh^PA^152{digits(2)}||{e.phone('US', False)}|||||ACCT{digits(6)}|{e.ssn()}
PV1|1|O|STUDENT-HEALTH^^^ALD||||{digits(6)}^{pick(['Coleman','Brooks'])}^{pick(['Dana','Rae'])}
"""
    return row("hl7v2-message", "clinic_adt_message", e, t)

@pos
def p_fhir():
    e = Ents(); f, l, c = person()
    d = {"resourceType": "Patient", "id": uid(), "identifier": [{"system": "urn:ald:student-id", "value": sid()}],
         "name": [{"family": l, "given": [f]}], "telecom": [{"system": "phone", "value": e.phone(hcc(c), True), "use": "mobile"},
         {"system": "email", "value": e.email(f, l, 'student')}], "birthDate": f"{rint(1994,2007)}-{rint(1,12):02d}-{rint(1,28):02d}"}
    return row("fhir-json", "clinic_patient_resource", e, json.dumps(d, ensure_ascii=False, indent=2))

@pos
def p_conference_payment():
    e = Ents(); f, l, c = person()
    t = f"""2026-11-{rint(10,28)} 14:{rint(10,59)}:{rint(10,59)} DEBUG payment-gw request POST /v1/charge
  payload: {{"registration":"ICHPC-2027-{digits(4)}","amount":"{rint(300,900)}.00","currency":"EUR",
            "card":{{"number":"{e.card(fmt='plain')}","exp":"{rint(1,12):02d}/{rint(27,31)}","holder":"{f} {l}"}},
            "billing_email":"{e.email(f, l)}","client_ip":"{e.ip('public')}"}}
  response: 402 card_declined (insufficient_funds)
"""
    return row("app-debug-log", "conference_payment_log", e, t)

@pos
def p_emergency_contacts():
    e = Ents(); lines = ["| Student | Home country | Emergency contact | Phone |", "|---|---|---|---|"]
    for _ in range(rint(4, 6)):
        f, l, c = person(); cf, cl, _ = person(c); cc = CC_OF[c]
        lines.append(f"| {f} {l} ({sid()}) | {cc} | {cf} {cl} | {e.phone(cc, True)} |")
    return row("markdown-table", "emergency_contacts", e, "### Study-abroad cohort Spring 2027 – emergency contacts\n\n" + "\n".join(lines) + "\n")

@pos
def p_fail2ban():
    e = Ents(); lines = []
    for _ in range(rint(4, 6)):
        lines.append(f"{sqlts()},{rint(100,999)} fail2ban.actions [{rint(1000,9999)}]: NOTICE [{pick(['sshd','nginx-botsearch','jupyterhub-auth'])}] Ban {e.ip('public')}")
    return row("fail2ban-log", "banned_ips", e, "\n".join(lines) + "\n")

@pos
def p_openvpn():
    e = Ents(); lines = []
    for _ in range(rint(2, 4)):
        f, l, _ = person(); a = e.email(f, l, 'uni')
        lines.append(f"{ts().strftime('%a %b %d %H:%M:%S %Y')} {e.ip('public')}:{rint(1024,65535)} [{a}] Peer Connection Initiated with [AF_INET]{e.ip('public')}:1194")
        lines.append(f"{ts().strftime('%a %b %d %H:%M:%S %Y')} {a}/{e.ip('public')} MULTI_sva: pool returned IPv4={e.ip('private')}")
    return row("openvpn-log", "vpn_sessions", e, "\n".join(lines) + "\n")

@pos
def p_apache():
    e = Ents(); lines = []
    for _ in range(rint(4, 6)):
        lines.append(f'{e.ip()} - {pick(["-", username(*person()[:2])])} [{ts().strftime("%d/%b/%Y:%H:%M:%S")} +0100] "GET /moodle/course/view.php?id={rint(100,9999)} HTTP/1.1" 200 {rint(2000,90000)} "https://learn.{DOM}/my/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"')
    return row("apache-combined-log", "lms_access_log", e, "\n".join(lines) + "\n")

@pos
def p_postfix():
    e = Ents(); lines = []
    for _ in range(rint(2, 3)):
        f, l, _ = person(); g, h, _ = person(); qid = HEXs(10)
        lines.append(f"{ts().strftime('%b %d %H:%M:%S')} mx1 postfix/smtpd[{rint(1000,9999)}]: {qid}: client=mail-{rstr(5, LO)}.partner.example[{e.ip('public')}]")
        lines.append(f"{ts().strftime('%b %d %H:%M:%S')} mx1 postfix/qmgr[{rint(1000,9999)}]: {qid}: from=<{e.email(f, l, 'partner')}>, size={rint(2000,90000)}, nrcpt=1 (queue active)")
        lines.append(f"{ts().strftime('%b %d %H:%M:%S')} mx1 postfix/lmtp[{rint(1000,9999)}]: {qid}: to=<{e.email(g, h, 'uni')}>, relay=mbox1[{e.ip('private')}]:24, status=sent (250 2.0.0 Ok)")
    return row("postfix-maillog", "mail_transfer_log", e, "\n".join(lines) + "\n")

@pos
def p_msg_trace():
    e = Ents(); lines = ["Received,SenderAddress,RecipientAddress,Subject,Status,FromIP"]
    for _ in range(rint(3, 5)):
        f, l, _ = person(); g, h, _ = person()
        lines.append(f"{iso()},{e.email(f, l, 'free')},{e.email(g, h, 'uni')},\"Re: application {digits(6)}\",Delivered,{e.ip('public')}")
    return row("exchange-message-trace-csv", "message_trace", e, "\n".join(lines) + "\n")

@pos
def p_win_event():
    e = Ents(); f, l, _ = person()
    t = f"""<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><EventID>4625</EventID><Computer>DC02.ad.{DOM}</Computer><TimeCreated SystemTime="{iso()}"/></System>
  <EventData>
    <Data Name="TargetUserName">{e.email(f, l, 'uni')}</Data>
    <Data Name="FailureReason">%%2313</Data>
    <Data Name="LogonType">3</Data>
    <Data Name="WorkstationName">LIB-KIOSK-{rint(1,30):02d}</Data>
    <Data Name="IpAddress">{e.ip('private')}</Data>
    <Data Name="IpPort">{rint(49152,65535)}</Data>
  </EventData>
</Event>"""
    return row("windows-event-xml", "failed_logon_event", e, t)

@pos
def p_ingress_json():
    e = Ents(); out = []
    for _ in range(3):
        f, l, _ = person()
        out.append(json.dumps({"time": iso(), "remote_addr": e.ip(), "x_forwarded_for": e.ip("cgnat"), "method": "POST", "path": "/hub/api/users/me/server", "status": 201, "x_auth_email": e.email(f, l, 'uni')}))
    return row("jsonl-log", "ingress_access_log", e, "\n".join(out) + "\n")

@pos
def p_grant_budget():
    e = Ents(); f, l, c = person(); pf, pl, pc = person(pick(["ke", "cl" if False else "es", "pl", "tr"]))
    pcc = {"ke": "KE", "es": "ES", "pl": "PL", "tr": "TR"}[pc]
    icc = {"es": "ES", "pl": "PL", "tr": "TR", "ke": "GB"}[pc]
    t = f"""Subaward set-up sheet — Grant AIAR-{digits(4)}-{pick(['ERC','NIH','UKRI','DFG'])}
PI (Aldermoor): {f} {l}, {e.email(f, l, 'uni')}, {e.phone(pick(['DE','GB','US']))}
Partner PI: {pf} {pl}, {e.email(pf, pl, 'partner')}, {e.phone(pcc, True)}
Partner institution payment account (institutional): {e.iban(icc)}
Budget period 1: 2027-01-01 to 2027-12-31   Direct costs: 184,250.00   F&A: 26%
Cost centre: CC-{digits(5)}   Fund: {digits(6)}
"""
    return row("plain-text-form", "subaward_setup", e, t)

@pos
def p_refund_ticket():
    e = Ents(); f, l, c = person(pick(["br", "tr", "ar", "pl"]))
    cc = {"br": "BR", "tr": "TR", "ar": pick(["AE", "SA", "EG"]), "pl": "PL"}[c]
    t = f"""Student Finance – case SF-{digits(6)}
Subject: Tuition deposit refund (visa refused)
Student: {f} {l} / {sid()} / {e.email(f, l, 'free')}
Phone (home): {e.phone(hcc(c) if c != 'ar' else 'AE', True)}
Refund amount: GBP 4,000.00   Original payment: card ending 4417 (do not refund to card – expired)
Beneficiary IBAN: {e.iban(cc)}
Approved by: finance officer #{digits(4)}   Status: awaiting second approval
"""
    return row("case-management-note", "tuition_refund", e, t)

@pos
def p_bank_statement():
    e = Ents(); lines = ["Buchungstag;Valuta;Auftraggeber/Empfänger;IBAN;Verwendungszweck;Betrag"]
    for _ in range(rint(4, 5)):
        f, l, _ = person(pick(["de", "pl", "tr", "se", "fr"]))
        lines.append(f"{rint(1,28):02d}.11.2026;{rint(1,28):02d}.11.2026;{f} {l};{e.iban(pick(['DE','AT','CH','NL','LU','CZ','HU','RO']), False)};Semesterbeitrag WS26 Matr {digits(7)};{rint(150,400)},{digits(2)}")
    return row("bank-statement-csv", "incoming_payments", e, "\n".join(lines) + "\n")

@pos
def p_reunion_email():
    e = Ents(); f, l, c = person()
    t = f"""Subject: RSVP – Class of 2001 reunion, Halifax
From: {f} {l} <{e.email(f, l, 'free')}>
To: {e.mail('reunions@alumni.' + DOM)}

Count me in (+1). Dietary: vegetarian. I'll be travelling from abroad; my mobile while in Canada
will be {e.phone('CA')} and my home number is {e.phone(hcc(c), True)}.
Cheers, {f}
"""
    return row("email-rfc822", "alumni_rsvp", e, t)

@pos
def p_redcap_export():
    e = Ents(); lines = ["record_id,redcap_event_name,consent_date,contact_phone,contact_email,preferred_time"]
    for i in range(rint(3, 5)):
        f, l, c = person()
        lines.append(f"{1000+i},screening_arm_1,{ts().date()},{e.phone(pick(['AU','AU','NZ','SG']))},{e.email(f, l, 'free')},{pick(['morning','evening','any'])}")
    return row("redcap-csv-export", "study_participant_contacts", e, "\n".join(lines) + "\n")

@pos
def p_patient_portal_audit():
    e = Ents(); out = []
    for _ in range(rint(3, 4)):
        f, l, _ = person()
        out.append(f"{iso()} portal-audit user={e.email(f, l, 'student')} action={pick(['VIEW_RESULTS','BOOK_APPT','DOWNLOAD_LETTER'])} src_ip={e.ip()} session={hexs(16)}")
    return row("audit-log", "patient_portal_audit", e, "\n".join(out) + "\n")

@pos
def p_campus_card():
    e = Ents(); lines = []
    for _ in range(rint(3, 4)):
        f, l, _ = person()
        lines.append(f"{sqlts()} TOPUP card_holder={sid()} amount={rint(10,100)}.00 pan={e.card(pick(['visa','mastercard','amex','discover']), 'plain')} email={e.email(f, l, 'student')} result=APPROVED")
    return row("pos-transaction-log", "campus_card_topups", e, "\n".join(lines) + "\n")

@pos
def p_support_chat_card():
    e = Ents(); f, l, c = person()
    t = f"""[Bookstore live chat – transcript {digits(7)}]
Visitor ({f}): hi my order didn't go through
Agent (Olu): sorry about that! what's the order number?
Visitor ({f}): ORD-{digits(8)}. card is {e.card()} exp {rint(1,12):02d}/{rint(27,31)}
Agent (Olu): please don't share card numbers in chat – I've redacted it on our side. We'll call you on the number on file?
Visitor ({f}): yes {e.phone(hcc(c))} or email {e.email(f, l, 'free')}
"""
    return row("chat-transcript", "card_in_support_chat", e, t)

@pos
def p_phish_headers():
    e = Ents(); f, l, _ = person()
    t = f"""Return-Path: <{e.mail('billing-' + digits(3) + '@secure-payroll-update.example')}>
Received: from mta{rint(1,9)}.secure-payroll-update.example ({e.ip('public')}) by mx1.{DOM} with ESMTPS id {rstr(10, ALNUM)}
Received: from [{e.ip('public')}] (helo=localhost) by mta.secure-payroll-update.example
From: "Payroll Services" <{e.mail('payroll@secure-payroll-update.example')}>
To: {e.email(f, l, 'uni')}
Subject: ACTION REQUIRED: confirm your direct deposit
X-Originating-IP: [{e.ip('public')}]
Authentication-Results: mx1.{DOM}; spf=fail; dkim=none; dmarc=fail
"""
    return row("email-headers", "phishing_report_headers", e, t)

@pos
def p_proctor():
    e = Ents(); f, l, c = person()
    t = f"""Online exam incident report
Exam: STAT-2201 Final (Sendai/Leeds joint)  Session: {uid()[:8]}
Candidate: {f} {l}, {e.email(f, l, 'student')}
Observed IP changes during session: {e.ip('public')} -> {e.ip('public')} -> {e.ip('cgnat')}
Proctor note: candidate phoned the exam hotline from {e.phone(hcc(c), True)} at 10:42 reporting router restart.
Outcome: referred to academic integrity panel (case AIP-{digits(5)})
"""
    return row("incident-report-text", "exam_proctoring_incident", e, t)

@pos
def p_mfa_export():
    e = Ents(); lines = ["username,display_name,phone,phone_platform,last_auth,ip"]
    for _ in range(rint(3, 5)):
        f, l, c = person(); lines.append(f"{username(f,l)},{f} {l},{e.e164(hcc(c))},{pick(['iOS','Android','Landline'])},{iso()},{e.ip()}")
    return row("mfa-admin-csv", "mfa_enrolment_export", e, "\n".join(lines) + "\n")

@pos
def p_teams_attendance():
    e = Ents(); lines = ["Full Name\tJoin Time\tLeave Time\tEmail\tRole"]
    for _ in range(rint(3, 4)):
        f, l, _ = person(); lines.append(f"{f} {l}\t{sqlts()}\t{sqlts()}\t{e.email(f, l)}\tAttendee")
    lines.append(f"Dial-in caller\t{sqlts()}\t{sqlts()}\t{e.phone(pick(['GB','DE','US','IN']), True)}\tAttendee")
    return row("tsv-attendance", "meeting_attendance", e, "1. Summary\nMeeting title\tThesis committee – progress review\n2. Participants\n" + "\n".join(lines) + "\n")

@pos
def p_w2():
    e = Ents(); f, l, _ = person("us")
    t = f"""Form W-2 Wage and Tax Statement 2025            Copy B—To Be Filed With Employee's FEDERAL Tax Return
a Employee's social security number   {e.ssn()}
b Employer identification number (EIN)   {rint(10,99)}-{digits(7)}
c Employer's name: Aldermoor University (US) Inc., Pittsburgh PA
e Employee's first name and initial / Last name   {f} {l}
1 Wages, tips, other compensation   {rint(21000,79000)}.{digits(2)}     2 Federal income tax withheld   {rint(2000,9000)}.{digits(2)}
Contact payroll: {e.mail('payroll@pgh.' + DOM)} / {e.phone('US')}
"""
    return row("pdf-extracted-text", "tax_form_w2", e, t)

@pos
def p_everify():
    e = Ents(); out = []
    for _ in range(rint(2, 3)):
        f, l, _ = person(pick(["us", "es", "in", "cn", "ng"])); out.append(f"case {digits(13)}  {l}, {f}  SSN {e.ssn()}  status: {pick(['EMPLOYMENT AUTHORIZED','DHS VERIFICATION IN PROCESS'])}  hire date {ts().date()}")
    t = "HR onboarding – E-Verify case log (Pittsburgh, do not forward)\n" + "\n".join(out) + f"\nquestions: {e.mail('hr-onboarding@pgh.' + DOM)}\n"
    return row("case-log-text", "employment_verification", e, t)

@pos
def p_isir():
    e = Ents(); f, l, _ = person("us")
    t = f"""STUDENT AID REPORT (summary view)      Transaction 02     Processed {ts().date()}
Name: {l.upper()}, {f.upper()}     SSN: {e.ssn('plain')}     DOB: {rint(1,12):02d}/{rint(1,28):02d}/{rint(2002,2008)}
Email: {e.email(f, l, 'free')}     Phone: {e.phone('US')}
Student Aid Index: {rint(-1500, 20000)}     Pell eligible: {pick(['Y','N'])}
School code: 00{digits(4)}   Housing code: 1 (on campus)
"""
    return row("fixed-layout-text", "student_aid_report", e, t)

@pos
def p_scholarship_yaml():
    e = Ents(); out = []
    for _ in range(rint(2, 3)):
        f, l, c = person(pick(["br", "in", "ng", "ke", "vn"]))
        ccb = {"br": "BR", "in": "GB", "ng": "GB", "ke": "GB", "vn": "DE"}[c]
        out.append(f"""  - scholar: "{f} {l}"
    award: {pick(['Global Excellence','STEM Access','Sendai Exchange'])}
    amount_eur: {rint(2000,9000)}
    iban: "{e.iban(ccb)}"
    email: {e.email(f, l, 'student')}""")
    return row("yaml-document", "scholarship_disbursement", e, "disbursements_2026_27:\n" + "\n".join(out) + "\n")

@pos
def p_traceback():
    e = Ents(); f, l, c = person()
    t = f"""Traceback (most recent call last):
  File "/srv/alumni/app/mentoring/match.py", line 214, in notify
    sms.send(to=mentor["phone"], body=msg)
  File "/srv/alumni/app/vendor/sms.py", line 58, in send
    raise InvalidNumber(f"cannot route {{to!r}}")
vendor.sms.InvalidNumber: cannot route '{e.phone(hcc(c), True)}'
mentor = {{'id': {digits(6)}, 'name': '{f} {l}', 'email': '{e.email(f, l, 'free')}', 'phone': '{e.phone(hcc(c), True)}', 'class_year': {rint(1980,2020)}}}
"""
    return row("python-traceback", "mentoring_sms_error", e, t)

@pos
def p_es_hits():
    e = Ents(); hits = []
    for _ in range(3):
        f, l, _ = person()
        hits.append({"_index": "jhub-auth-2026.11", "_id": rstr(20, B64URL), "_source": {"@timestamp": iso(), "client.ip": e.ip(), "user.email": e.email(f, l, 'uni'), "event.outcome": pick(["success", "failure"])}})
    return row("elasticsearch-json", "auth_event_search", e, json.dumps({"took": rint(2, 90), "hits": {"total": {"value": 3, "relation": "eq"}, "hits": hits}}, indent=1))

@pos
def p_sql_inserts():
    e = Ents(); out = []
    for _ in range(rint(3, 4)):
        f, l, c = person(); nm = f"{f} {l}".replace("'", "''")
        out.append(f"INSERT INTO alumni_contacts (alumni_id, full_name, email, phone, opt_in) VALUES ({digits(7)}, '{nm}', '{e.email(f, l, 'free')}', '{e.phone(hcc(c), True)}', {pick(['TRUE','FALSE'])});")
    return row("sql-dump", "alumni_contacts_dump", e, "-- pg_dump fragment alumni_crm\n" + "\n".join(out) + "\n")

@pos
def p_meeting_notes():
    e = Ents(); a, b, c = person(), person(), person()
    t = f"""# Lab PC refresh – kickoff notes ({ts().date()})

Attendees: {a[0]} {a[1]} (IT), {b[0]} {b[1]} (Mass-spec core), {c[0]} {c[1]} (Procurement)

- Instrument PCs stay on Windows 10 LTSC until vendor certifies 11; isolate on VLAN 214.
- Vendor field engineer contact: {e.phone(pick(['DE','CH','US','JP']), True)} (ask for service ticket first)
- {b[0]} to send asset list to {e.email(c[0], c[1], 'uni')} by Friday.
- Current mass-spec PC IP {e.ip('private')} is hard-coded in the acquisition software; document before re-imaging.
"""
    return row("markdown-notes", "project_meeting_notes", e, t)

@pos
def p_oncall_toml():
    e = Ents(); out = []
    for i in range(3):
        f, l, c = person(); out.append(f"""[[rota]]
week = {rint(1,52)}
name = "{f} {l}"
email = "{e.email(f, l, 'uni')}"
phone = "{e.phone(pick(['DE','GB','AU','JP','CA']), True)}"
""")
    return row("toml-config", "oncall_rota", e, "# hpc-oncall.toml\n" + "\n".join(out))

@pos
def p_alert_ini():
    e = Ents(); f, l, _ = person(); g, h, _ = person()
    t = f"""[freezer-alarm]
sensor = ULT-{rint(1,40):02d}
threshold_c = -70
notify_sms = {e.e164(pick(['BR','JP','IN','DE']))},{e.e164(pick(['BR','JP','IN','DE']))}
notify_email = {e.email(f, l, 'uni')}; {e.email(g, h, 'uni')}
gateway = {e.ip('private')}
"""
    return row("ini-config", "freezer_alarm_contacts", e, t)

@pos
def p_webinar_csv():
    e = Ents(); lines = ["Registration Time,First Name,Last Name,Email,Country/Region,Phone,Source IP"]
    for _ in range(rint(3, 4)):
        f, l, c = person(); lines.append(f"{sqlts()},{f},{l},{e.email(f, l, 'free')},{CC_OF[c]},{e.phone(hcc(c), True)},{e.ip('public')}")
    return row("webinar-registration-csv", "open_day_registrations", e, "\n".join(lines) + "\n")

@pos
def p_k8s_configmap():
    e = Ents(); a = person(); b = person()
    t = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: alertmanager-receivers
  namespace: monitoring
data:
  receivers.yaml: |
    - name: storage-oncall
      email_configs:
        - to: {e.email(a[0], a[1], 'uni')}
        - to: {e.mail('storage-team@ops.' + DOM)}
      sms_to: "{e.e164(hcc(a[2]))}"
    - name: network-oncall
      email_configs:
        - to: {e.email(b[0], b[1], 'uni')}
"""
    return row("k8s-configmap-yaml", "alert_receivers", e, t)

@pos
def p_shell_history():
    e = Ents(); f, l, _ = person()
    t = f"""  301  ping -c 3 {e.ip('private')}
  302  ssh admin@{e.ip('private')}
  302  curl -s http://{e.ip('loopback')}:8081/hub/api/ | jq .version
  303  nmap -p 22,443 {e.ip('doc')}
  304  echo "disk quota raised to 2T" | mail -s "quota request #{digits(5)}" {e.email(f, l, 'uni')}
  305  sacct -j {rint(4000000,9000000)} --format=JobID,MaxRSS
"""
    return row("shell-history", "admin_shell_history", e, t)

@pos
def p_ansible_inv():
    e = Ents(); f, l, _ = person()
    t = f"""[instrument_pcs]
nmr-600-ws ansible_host={e.ip('private')}
confocal-lsm-ws ansible_host={e.ip('private')}
cryo-tem-ws ansible_host={e.ip('private')}

[instrument_pcs:vars]
ansible_connection=winrm
owner_contact={e.email(f, l, 'uni')}
"""
    return row("ansible-inventory-ini", "instrument_inventory", e, t)

@pos
def p_tfvars():
    e = Ents(); f, l, _ = person()
    t = f"""# campus-network/prod.auto.tfvars
admin_allowed_ips = ["{e.ip('public')}/32", "{e.ip('public')}/32", "{e.ip('doc')}/32"]
alert_email       = "{e.email(f, l, 'uni')}"
bastion_private_ip = "{e.ip('private')}"
instance_type     = "m7i.large"
"""
    return row("terraform-tfvars", "network_allowlist", e, t)

@pos
def p_dhcp():
    e = Ents(); out = []
    for _ in range(rint(3, 5)):
        f, l, _ = person()
        out.append(f"{ts().strftime('%b %d %H:%M:%S')} dhcp01 dhcpd[{rint(100,9999)}]: DHCPACK on {e.ip('private')} to {':'.join(hexs(2) for _ in range(6))} ({ascii_slug(f)}s-{pick(['iPhone','Galaxy-S24','MacBook-Pro','ThinkPad'])}) via vlan{rint(100,400)}")
    return row("syslog", "dhcp_leases", e, "\n".join(out) + "\n")

@pos
def p_travel_booking():
    e = Ents(); f, l, c = person()
    t = f"""Booking confirmation – Aldermoor Travel Desk (international office)
Traveller: {f} {l}    Mobile: {e.phone(hcc(c), True)}    Email: {e.email(f, l, 'uni')}
Flight: LH 1143 FRA–BCN  {ts().date()}   PNR: {rstr(6, UP)}
Hotel: 3 nights, confirmation {digits(9)}
Paid with corporate card {e.card(pick(['visa','mastercard','amex']))} (cost centre CC-{digits(5)})
Travel-insurance hotline: {e.phone('DE', True)}
"""
    return row("booking-confirmation-text", "travel_booking", e, t)

@pos
def p_dispute_email():
    e = Ents(); f, l, c = person()
    t = f"""From: {f} {l} <{e.email(f, l, 'free')}>
To: {e.mail('accounts-receivable@' + DOM)}
Subject: Double charge for summer school fee

Hello, I was charged twice (EUR 450) on {ts().date()}. The card used was {e.card(pick(['visa','mastercard','jcb','unionpay','elo','rupay']))}.
Please refund one payment. Invoice INV-2026-{digits(6)}. You can call me on {e.phone(hcc(c), True)}.
"""
    return row("email-rfc822", "card_dispute", e, t)

@pos
def p_visa_letter():
    e = Ents(); f, l, c = person(pick(["in", "ng", "cn", "br", "vn", "id", "tr"])); cc = CC_OF[c]
    t = f"""International Office – visa support letter request #{digits(5)}
Applicant: {f} {l}   Nationality: {cc}   Passport on file: yes (not reproduced)
Contact in home country: {e.phone(cc, False)} / {e.phone(cc, True)}
E-mail: {e.email(f, l, 'free')}
Host department contact: {e.mail('visiting-scholars@' + DOM)}, {e.phone(pick(['DE','GB','JP','AU']), True)}
Programme: Visiting researcher, 2027-02-01 to 2027-07-31, Sendai campus
"""
    return row("web-form-submission", "visa_letter_request", e, t)

@pos
def p_grafana_audit():
    e = Ents(); out = []
    for _ in range(3):
        f, l, _ = person()
        out.append({"timestamp": iso(), "action": pick(["dashboard-save", "login", "datasource-query"]), "user": {"login": e.email(f, l, 'uni')}, "remoteAddr": e.ip(), "resource": {"uid": rstr(14, ALNUM)}})
    return row("json-array", "grafana_audit_events", e, json.dumps(out, indent=1))

@pos
def p_chargeback_csv():
    e = Ents(); lines = ["case_id,opened,brand,card_number,amount,currency,reason,customer_email"]
    for b in R.sample(list(V.BRANDS), rint(4, 6)):
        f, l, _ = person()
        lines.append(f"CB-{digits(7)},{ts().date()},{b.upper()},{e.card(b)},{rint(20,3000)}.{digits(2)},{pick(['EUR','GBP','USD','BRL','INR','JPY'])},{pick(['fraudulent','duplicate','not_received'])},{e.email(f, l, 'free')}")
    return row("csv-export", "chargeback_cases", e, "# bursar chargeback export (restricted)\n" + "\n".join(lines) + "\n")

@pos
def p_bank_detail_changes():
    e = Ents(); out = []
    for _ in range(rint(4, 6)):
        f, l, _ = person()
        out.append(json.dumps({"ts": iso(), "event": "payee.bank_details.updated", "employee": f"{f} {l}", "actor": e.email(f, l, 'uni'),
            "old_iban": "***" + digits(4), "new_iban": e.iban(None, R.random() < .5), "src_ip": e.ip()}, ensure_ascii=False))
    return row("jsonl-audit-log", "payroll_bank_detail_changes", e, "\n".join(out) + "\n")

@pos
def p_partner_reimbursement():
    e = Ents(); lines = []
    for _ in range(rint(4, 5)):
        f, l, c = person(); cc = pick(list(V.IBAN_SPEC))
        lines.append(f"{f} {l:<14} | {PARTNERS[rint(0, len(PARTNERS)-1)][:28]:<28} | {e.iban(cc)} | {e.phone(None, True)}")
    return row("pipe-table-text", "exchange_reimbursements", e, "Exchange visit reimbursements – batch " + digits(4) + "\nname | partner | IBAN | contact\n" + "\n".join(lines) + "\n")

@pos
def p_benefits_ssn():
    e = Ents(); f, l, _ = person("us"); lines = [f"EMP,{l},{f},{e.ssn(pick(['dash','plain']))},{rint(1970,1995)}-{rint(1,12):02d}-{rint(1,28):02d}"]
    for rel in ["SPOUSE", "CHILD", "CHILD"][:rint(1, 3)]:
        g, _, _ = person("us"); lines.append(f"{rel},{l},{g},{e.ssn(pick(['dash','dash','space']))},{rint(1975,2024)}-{rint(1,12):02d}-{rint(1,28):02d}")
    return row("benefits-enrolment-csv", "benefits_dependents", e, f"# open enrolment 2027 – plan PPO-{digits(3)} – contact {e.mail('benefits@pgh.' + DOM)}\nrel,last,first,ssn,dob\n" + "\n".join(lines) + "\n")

@pos
def p_1098t_batch():
    e = Ents(); lines = []
    for _ in range(rint(4, 6)):
        f, l, _ = person(pick(["us", "us", "es", "cn", "kr"]))
        lines.append(f"B {digits(9)} {e.ssn('plain')} {(l.upper() + ' ' + f.upper())[:30]:<30}{rint(100000,999999):>10}{pick('YN')}")
    return row("fixed-width-records", "form_1098t_batch", e, "HDR1098T2026ALDERMOOR-US          \n" + "\n".join(lines) + "\nTRL" + f"{len(lines):06d}\n")

@pos
def p_partner_directory():
    e = Ents(); lines = []
    for p in R.sample(PARTNERS, 5):
        f, l, _ = person(); cc = pick(V.PHONE_CCS)
        lines.append(f"- **{p}** – {f} {l}: office {e.phone(cc, False)}, mobile {e.phone(cc, True)}, {e.email(f, l, 'partner')}")
    return row("markdown-list", "partner_contact_directory", e, "## Exchange partner coordinators (internal)\n" + "\n".join(lines) + "\n")

@pos
def p_sms_optin():
    e = Ents(); lines = ["msisdn,opted_in_at,list"]
    for _ in range(rint(5, 7)):
        lines.append(f"{e.e164()},{iso()},{pick(['campus-alerts','library-holds','clinic'])}")
    return row("csv-export", "sms_optin_list", e, "\n".join(lines) + "\n")
