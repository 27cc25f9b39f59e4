"""PII rows (with labelled entities) and look-alike-only rows."""
import json
from .common import FIRST, LAST, COMPANIES, DOMAINS, CITIES, MONTHS, iso_ts, rfc2822, luhn_ok
from . import pii_gen as G


class Ent:
    def __init__(self):
        self.items = []

    def add(self, t, v):
        if not any(e["value"] == v for e in self.items):
            self.items.append({"type": t, "value": v})
        return v


def _nm(r):
    return r.choice(FIRST), r.choice(LAST)


def _cc(r):
    return r.choice(G.COUNTRIES)


# ============================================================ positives
def p_email_sig(r, E):
    f, l = _nm(r)
    tf, tl = _nm(r)
    dom = r.choice(DOMAINS)
    me = E.add("email", G.email(r, f, l, dom))
    to = E.add("email", G.email(r, tf, tl))
    cc = _cc(r)
    mob = E.add("phone", G.phone(r, cc))
    lines = [f"From: {f} {l} <{me}>", f"To: {to}", f"Subject: {r.choice(['Re: site visit', 'Follow-up on your enquiry', 'Quote attached', 'Next steps'])}",
             f"Date: {rfc2822(r)}", "", f"Hi {tf},", "", r.choice(["Thanks for your time on the phone today. As promised, the quote is attached.",
                                                                      "Happy to arrange the site visit next week; let me know which day suits.",
                                                                      "Following up on your enquiry — we can deliver within ten working days."]),
             "", "Best regards,", f"{f} {l}", r.choice(["Sales Manager", "Project Lead", "Customer Success"]) + f" | {r.choice(COMPANIES)}"]
    lines.append(r.choice(["M: ", "Mobile: ", "Tel. ", "Phone: ", "☎ "]) + mob)
    if r.random() < 0.5:
        off = E.add("phone", G.phone(r, cc))
        lines.append(r.choice(["Office: ", "T: ", "Direct line: "]) + off)
    return "email", "\n".join(lines)


def p_vcard(r, E):
    f, l = _nm(r)
    cc = _cc(r)
    out = ["BEGIN:VCARD", "VERSION:3.0", f"N:{l};{f};;;", f"FN:{f} {l}", f"ORG:{r.choice(COMPANIES)}",
           f"TEL;TYPE=CELL:{E.add('phone', G.phone(r, cc))}", f"TEL;TYPE=WORK,VOICE:{E.add('phone', G.phone(r, cc))}",
           f"EMAIL;TYPE=INTERNET:{E.add('email', G.email(r, f, l))}", f"ADR;TYPE=WORK:;;{r.randint(1, 200)} Harbour Road;{r.choice(CITIES)};;;",
           f"REV:{iso_ts(r)}", "END:VCARD"]
    return "vcard", "\n".join(out)


def p_csv(r, E):
    rows = ["name,email,phone,country,signup_date"]
    for _ in range(r.randint(3, 6)):
        f, l = _nm(r)
        cc = _cc(r)
        rows.append(f"{f} {l},{E.add('email', G.email(r, f, l))},{E.add('phone', G.phone(r, cc))},{cc},2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    return "csv", "\n".join(rows)


def p_json_users(r, E):
    users = []
    for _ in range(r.randint(2, 4)):
        f, l = _nm(r)
        users.append({"id": r.randint(10000, 99999), "name": f"{f} {l}", "email": E.add("email", G.email(r, f, l)),
                      "phone": E.add("phone", G.phone(r, _cc(r))), "last_login_ip": E.add("ipv4", G.ipv4(r)), "plan": r.choice(["free", "pro", "team"])})
    return "api_json", json.dumps({"data": users, "page": 1}, indent=2, ensure_ascii=False)


def p_crm_log(r, E):
    out = []
    for _ in range(r.randint(3, 5)):
        f, l = _nm(r)
        k = r.choice(["call", "mail", "note"])
        if k == "call":
            out.append(f"{iso_ts(r)}  CALL  outbound to {f} {l} at {E.add('phone', G.phone(r, _cc(r)))} — {r.choice(['left voicemail', 'spoke 12 min', 'no answer'])}")
        elif k == "mail":
            out.append(f"{iso_ts(r)}  EMAIL sent '{r.choice(['Proposal v2', 'Renewal reminder', 'Welcome'])}' to {E.add('email', G.email(r, f, l))}")
        else:
            out.append(f"{iso_ts(r)}  NOTE  {f} prefers WhatsApp: {E.add('phone', G.phone(r, _cc(r)))}")
    return "crm", "\n".join(out)


def p_form(r, E):
    f, l = _nm(r)
    obj = {"form": "contact_sales", "submitted_at": iso_ts(r), "fields": {"first_name": f, "last_name": l, "email": E.add("email", G.email(r, f, l)),
                                                                        "phone": E.add("phone", G.phone(r, _cc(r))), "company": r.choice(COMPANIES),
                                                                        "message": r.choice(["Please call me back about pricing for 40 seats.", "Need a demo next week.", "Do you support SSO?"])},
           "meta": {"ip": E.add("ipv4", G.ipv4(r, "public")), "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}}
    return "json_rows", json.dumps(obj, indent=2, ensure_ascii=False)


def p_auth_log(r, E):
    out = []
    for _ in range(r.randint(4, 6)):
        ip = E.add("ipv4", G.ipv4(r))
        k = r.choice(["fail", "ok", "inv"])
        ts = f"{r.choice(MONTHS)} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        if k == "fail":
            out.append(f"{ts} bastion sshd[{r.randint(1000, 60000)}]: Failed password for root from {ip} port {r.randint(1024, 65535)} ssh2")
        elif k == "ok":
            out.append(f"{ts} bastion sshd[{r.randint(1000, 60000)}]: Accepted publickey for ops from {ip} port {r.randint(1024, 65535)} ssh2: ED25519 SHA256:{r.choice(['k3Lq', 'Z9xT', 'pQ2m'])}…")
        else:
            out.append(f"{ts} bastion sshd[{r.randint(1000, 60000)}]: Invalid user admin from {ip} port {r.randint(1024, 65535)}")
    return "log", "\n".join(out)


def p_access_log(r, E):
    out = []
    for _ in range(r.randint(4, 7)):
        ip = E.add("ipv4", G.ipv4(r))
        out.append(f'{ip} - - [{r.randint(1, 28):02d}/{r.choice(MONTHS)}/2025:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000] "{r.choice(["GET", "POST"])} {r.choice(["/", "/login", "/api/v1/cart", "/static/app.js"])} HTTP/1.1" {r.choice([200, 200, 302, 404])} {r.randint(200, 90000)} "-" "Mozilla/5.0"')
    return "log", "\n".join(out)


def p_payment_log(r, E):
    out = []
    for _ in range(r.randint(2, 4)):
        net, c = G.card(r)
        f, l = _nm(r)
        out.append(f"{iso_ts(r)} DEBUG gateway request amount={r.randint(5, 900)}.{r.randint(0, 99):02d} currency=EUR pan={E.add('credit_card', c)} exp={r.randint(1, 12):02d}/{r.randint(26, 31)} holder=\"{f} {l}\" email={E.add('email', G.email(r, f, l))}")
        out.append(f"{iso_ts(r)} INFO  gateway response status={r.choice(['approved', 'declined', 'approved'])} auth_code={r.randint(100000, 999999)}")
    return "log", "\n".join(out)


def p_hr(r, E):
    f, l = _nm(r)
    cc = "US"
    txt = "\n".join(["EMPLOYEE RECORD — CONFIDENTIAL", f"Name: {f} {l}", f"Employee ID: E{r.randint(10000, 99999)}", f"Department: {r.choice(['Finance', 'Engineering', 'Operations'])}",
                     f"SSN: {E.add('ssn', G.ssn(r))}", f"Date of birth: {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1965, 2000)}",
                     f"Home phone: {E.add('phone', G.phone(r, cc))}", f"Personal email: {E.add('email', G.email(r, f, l))}",
                     f"Emergency contact: {r.choice(FIRST)} {l}, {E.add('phone', G.phone(r, cc))}", f"Start date: 2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"])
    return "text", txt


def p_tax(r, E):
    out = ["Form W-9 (Rev. March 2024) — extracted fields", f"1 Name: {' '.join(_nm(r))}", "3 Federal tax classification: Individual/sole proprietor",
           f"5 Address: {r.randint(10, 9999)} {r.choice(['Maple', 'Oak', 'Pine', 'Cedar'])} St", f"6 City, state, ZIP: {r.choice(['Austin, TX 78704', 'Denver, CO 80205', 'Portland, OR 97214'])}",
           f"Part I Taxpayer Identification Number — Social security number: {E.add('ssn', G.ssn(r))}", "Part II Certification: signed", f"Date: {r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2025"]
    if r.random() < 0.5:
        f, l = _nm(r)
        out.append(f"Submitted by: {E.add('email', G.email(r, f, l))}")
    return "pdf_text", "\n".join(out)


def p_bank(r, E):
    co = r.choice(COMPANIES)
    f, l = _nm(r)
    cc = r.choice(list(G.IBAN_SPECS))
    txt = "\n".join([f"INVOICE {r.choice('ABCDEFG')}{r.randint(1000, 9999)}/{r.randint(10, 99)}", f"Supplier: {co}", "",
                     f"Amount due: {r.randint(100, 90000):,}.{r.randint(0, 99):02d} EUR", f"Due date: {r.randint(1, 28)} {r.choice(MONTHS)} 2025", "",
                     "Payment details", f"IBAN: {E.add('iban', G.iban(r, cc))}", f"BIC: {r.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22', 'CAIXESBB'])}",
                     f"Reference: {r.randint(100000, 999999)}", "", f"Questions: {E.add('email', G.email(r, f, l, r.choice(DOMAINS)))} or {E.add('phone', G.phone(r, _cc(r)))}"])
    return "pdf_text", txt


def p_sepa(r, E):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">', "  <CstmrCdtTrfInitn>",
           f"    <GrpHdr><MsgId>MSG-{r.randint(100000, 999999)}</MsgId><NbOfTxs>2</NbOfTxs></GrpHdr>", "    <PmtInf>",
           f"      <DbtrAcct><Id><IBAN>{E.add('iban', G.iban(r).replace(' ', ''))}</IBAN></Id></DbtrAcct>"]
    for _ in range(2):
        f, l = _nm(r)
        out += ["      <CdtTrfTxInf>", f"        <Amt><InstdAmt Ccy=\"EUR\">{r.randint(50, 9000)}.{r.randint(0, 99):02d}</InstdAmt></Amt>",
                f"        <Cdtr><Nm>{f} {l}</Nm></Cdtr>", f"        <CdtrAcct><Id><IBAN>{E.add('iban', G.iban(r).replace(' ', ''))}</IBAN></Id></CdtrAcct>",
                f"        <RmtInf><Ustrd>Invoice {r.randint(1000, 9999)}</Ustrd></RmtInf>", "      </CdtTrfTxInf>"]
    out += ["    </PmtInf>", "  </CstmrCdtTrfInitn>", "</Document>"]
    return "xml", "\n".join(out)


def p_chat(r, E):
    f, l = _nm(r)
    a = r.choice(FIRST)
    k = r.choice(["phone", "card", "mail"])
    msgs = [f"[10:{r.randint(10, 30)}] {f}: hi, I need to update my contact details",
            f"[10:{r.randint(31, 35)}] {a} (agent): Sure! What should we change?"]
    if k == "phone":
        msgs.append(f"[10:{r.randint(36, 40)}] {f}: new number is {E.add('phone', G.phone(r, _cc(r)))}, the old one no longer works")
    elif k == "card":
        msgs.append(f"[10:{r.randint(36, 40)}] {f}: and please charge the renewal to my new card {E.add('credit_card', G.card(r)[1])}")
    msgs.append(f"[10:{r.randint(41, 45)}] {f}: and my email is now {E.add('email', G.email(r, f, l))}")
    msgs.append(f"[10:{r.randint(46, 50)}] {a} (agent): Done, I've updated your profile. For security we'll send a confirmation to the old address too.")
    return "chat", "\n".join(msgs)


def p_ticket(r, E):
    f, l = _nm(r)
    body = r.choice(["I can't log in since the password reset.", "My parcel was delivered to the wrong address.", "I was charged twice this month."])
    txt = "\n".join([f"Ticket #{r.randint(10000, 99999)} · {body[:30]}…", f"Requester: {f} {l} <{E.add('email', G.email(r, f, l))}>", "Status: Open", "",
                     "Description:", body, f"Best number to reach me: {E.add('phone', G.phone(r, _cc(r)))} (after 5pm).",
                     "", f"[system] request from IP {E.add('ipv4', G.ipv4(r, 'public'))}, browser Firefox 128"])
    return "ticket", txt


def p_html_contact(r, E):
    co = r.choice(COMPANIES)
    offs = r.sample(G.COUNTRIES, r.randint(3, 5))
    body = [f"<h1>Contact {co}</h1>", "<div class=\"offices\">"]
    for cc in offs:
        body += [f"  <div class=\"office\"><h3>{cc}</h3>", f"    <p>Switchboard: {E.add('phone', G.phone(r, cc))}</p>",
                 "  </div>"]
    f, l = _nm(r)
    body += ["</div>", f"<p>Press enquiries: <a href=\"mailto:{E.add('email', G.email(r, f, l, r.choice(DOMAINS)))}\">press office</a></p>"]
    return "html", "<html><body>\n" + "\n".join(body) + "\n</body></html>"


def p_sql(r, E):
    rows = []
    for _ in range(r.randint(3, 5)):
        f, l = _nm(r)
        rows.append((r.randint(1000, 9999), f"{f} {l}", E.add("email", G.email(r, f, l)), E.add("phone", G.phone(r, _cc(r)))))
    w = [max(len(str(x[i])) for x in rows + [("id", "name", "email", "phone")]) for i in range(4)]
    hdr = " " + " | ".join(h.ljust(w[i]) for i, h in enumerate(["id", "name", "email", "phone"]))
    out = ["crm=> SELECT id, name, email, phone FROM contacts WHERE owner_id = 17;", hdr, "-" + "-+-".join("-" * x for x in w) + "-"]
    for row in rows:
        out.append(" " + " | ".join(str(v).ljust(w[i]) for i, v in enumerate(row)))
    out.append(f"({len(rows)} rows)")
    return "sql_table", "\n".join(out)


def p_oncall(r, E):
    out = ["# oncall.yaml — primary/secondary rota", "rotation: weekly", "members:"]
    for _ in range(r.randint(2, 4)):
        f, l = _nm(r)
        out += [f"  - name: {f} {l}", f"    email: {E.add('email', G.email(r, f, l, r.choice(DOMAINS)))}", f"    phone: \"{E.add('phone', G.phone(r, _cc(r)))}\""]
    out += ["escalation_after_minutes: 15"]
    return "yaml", "\n".join(out)


def p_calendar(r, E):
    cc = _cc(r)
    f, l = _nm(r)
    org = E.add("email", G.email(r, f, l, r.choice(DOMAINS)))
    att = [E.add("email", G.email(r, *_nm(r))) for _ in range(r.randint(1, 3))]
    desc = f"Dial-in: {E.add('phone', G.phone(r, cc))}\\, PIN {r.randint(100000, 999999)}#\\nIf you can't join\\, call me on {E.add('phone', G.phone(r, cc))}"
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"SUMMARY:{r.choice(['Contract review', 'Site survey debrief', 'Supplier call'])}",
           f"DTSTART:2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}T{r.randint(8, 16):02d}0000Z", f"ORGANIZER;CN={f} {l}:mailto:{org}"]
    out += [f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in att]
    out += [f"DESCRIPTION:{desc}", "END:VEVENT", "END:VCALENDAR"]
    return "calendar", "\n".join(out)


def p_directory(r, E):
    out = ["## Regional contacts", "", "| region | contact | phone | email |", "|---|---|---|---|"]
    for cc in r.sample(G.COUNTRIES, r.randint(3, 5)):
        f, l = _nm(r)
        out.append(f"| {cc} | {f} {l} | {E.add('phone', G.phone(r, cc))} | {E.add('email', G.email(r, f, l, r.choice(DOMAINS)))} |")
    return "markdown", "\n".join(out)


def p_letter(r, E):
    f, l = _nm(r)
    cc = r.choice(["DE", "FR", "NL", "ES", "IT", "BE", "AT", "PT", "IE"])
    txt = "\n".join([f"{f} {l}", f"{r.randint(1, 120)} {r.choice(['Kirchstraße', 'Rue de la Paix', 'Keizersgracht', 'Calle Mayor', 'Via Roma'])}",
                     f"{r.choice(CITIES)}", f"Tel.: {E.add('phone', G.phone(r, cc))}", f"E-mail: {E.add('email', G.email(r, f, l))}", "",
                     f"{r.randint(1, 28)} {r.choice(MONTHS)} 2025", "", "Re: termination of tenancy", "",
                     "Dear Sir or Madam,", "I hereby give notice to end my tenancy agreement at the end of next month. Please return the deposit to the following account:",
                     f"IBAN: {E.add('iban', G.iban(r, cc if cc in G.IBAN_SPECS else 'DE'))}", "", "Yours faithfully,", f"{f} {l}"])
    return "text", txt


def p_sms(r, E):
    out = ["date,direction,number,body"]
    for _ in range(r.randint(3, 5)):
        n = E.add("phone", G.phone(r, _cc(r)))
        out.append(f"2025-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d},{r.choice(['in', 'out'])},{n},\"{r.choice(['running 10 min late', 'ok see you there', 'call me when free', 'thanks!'])}\"")
    return "csv", "\n".join(out)


def p_cdr(r, E):
    out = ["call_id;start;caller;callee;duration_s;disposition"]
    for _ in range(r.randint(3, 5)):
        out.append(f"{r.randint(10 ** 6, 10 ** 7)};{iso_ts(r)};{E.add('phone', G.phone(r, _cc(r)))};{E.add('phone', G.phone(r, _cc(r)))};{r.randint(3, 1800)};{r.choice(['ANSWERED', 'NO ANSWER', 'BUSY'])}")
    return "csv", "\n".join(out)


def p_firewall(r, E):
    out = []
    for _ in range(r.randint(4, 6)):
        out.append(f"{iso_ts(r)} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={E.add('ipv4', G.ipv4(r, 'public'))} DST={E.add('ipv4', G.ipv4(r, 'private'))} PROTO=TCP SPT={r.randint(1024, 65535)} DPT={r.choice([22, 3389, 445, 23, 5432])}")
    return "log", "\n".join(out)


def p_k8s(r, E):
    out = ["NAME                        READY   STATUS    RESTARTS   AGE   IP             NODE"]
    for _ in range(r.randint(3, 5)):
        ip = E.add("ipv4", G.ipv4(r, "private"))
        out.append(f"api-{r.randint(10 ** 8, 10 ** 9):x}-{r.choice(['x7k2p', 'm4n8q', 'a9b3c'])}   1/1     Running   {r.randint(0, 3)}          {r.randint(1, 40)}d   {ip.ljust(14)} node-{r.randint(1, 9)}")
    return "shell", "$ kubectl get pods -o wide\n" + "\n".join(out)


def p_seed_code(r, E):
    out = ["# scripts/seed_demo_customers.py — copied from a production export, TODO anonymise", "CUSTOMERS = ["]
    for _ in range(r.randint(2, 3)):
        f, l = _nm(r)
        out.append(f"    {{\"name\": \"{f} {l}\", \"email\": \"{E.add('email', G.email(r, f, l))}\", \"phone\": \"{E.add('phone', G.phone(r, _cc(r)))}\"}},")
    out.append("]")
    return "code", "\n".join(out)


def p_refund(r, E):
    f, l = _nm(r)
    txt = "\n".join([f"Refund request #{r.randint(1000, 9999)}", f"Customer: {f} {l} ({E.add('email', G.email(r, f, l))})",
                     f"Original payment: card {E.add('credit_card', G.card(r)[1])}", f"Refund to: {E.add('iban', G.iban(r))}",
                     f"Amount: {r.randint(10, 900)}.{r.randint(0, 99):02d} EUR", "Reason: item returned unused", f"Approved by: {r.choice(FIRST)} (finance)"])
    return "ticket", txt


def p_ssn_chat(r, E):
    f, l = _nm(r)
    txt = "\n".join([f"[14:02] {f}: hi, the benefits portal keeps rejecting my enrolment", f"[14:03] HR Helpdesk: Sorry about that! Can you confirm the last 4 of your SSN?",
                     f"[14:03] {f}: here's the whole thing so you can check: {E.add('ssn', G.ssn(r))}", "[14:04] HR Helpdesk: Thanks — please don't send the full number in chat next time. I've fixed the typo in your record.",
                     f"[14:05] {f}: ok, my cell is {E.add('phone', G.phone(r, 'US'))} if you need anything else"])
    return "chat", txt


def p_card_form(r, E):
    f, l = _nm(r)
    obj = {"event": "checkout.submitted", "at": iso_ts(r), "order": f"WEB-{r.randint(100000, 999999)}",
           "customer": {"name": f"{f} {l}", "email": E.add("email", G.email(r, f, l))},
           "payment": {"method": "card", "number": E.add("credit_card", G.card(r)[1]), "exp_month": r.randint(1, 12), "exp_year": r.randint(2026, 2031), "name_on_card": f"{f} {l}".upper()},
           "client_ip": E.add("ipv4", G.ipv4(r, "public"))}
    return "json_rows", json.dumps(obj, indent=2, ensure_ascii=False)


def p_payroll(r, E):
    out = ["employee_id,last_name,first_name,ssn,state,gross_pay"]
    for _ in range(r.randint(3, 5)):
        f, l = _nm(r)
        out.append(f"E{r.randint(10000, 99999)},{l},{f},{E.add('ssn', G.ssn(r))},{r.choice(['CA', 'TX', 'NY', 'WA', 'IL'])},{r.randint(2000, 9000)}.{r.randint(0, 99):02d}")
    return "csv", "\n".join(out)


def p_loan(r, E):
    f, l = _nm(r)
    txt = "\n".join(["LOAN APPLICATION — SUMMARY (page 1 of 3)", f"Applicant: {f} {l}", f"Social Security Number: {E.add('ssn', G.ssn(r))}",
                     f"Mobile: {E.add('phone', G.phone(r, 'US'))}", f"Email: {E.add('email', G.email(r, f, l))}", f"Employer: {r.choice(COMPANIES)}",
                     f"Annual income: ${r.randint(40, 250)},{r.randint(0, 999):03d}", f"Requested amount: ${r.randint(5, 60)},000", "Term: 60 months",
                     f"Co-applicant SSN: {E.add('ssn', G.ssn(r))}" if r.random() < 0.5 else "Co-applicant: none"])
    return "pdf_text", txt


POSITIVE = [(p_email_sig, 8), (p_vcard, 6), (p_csv, 5), (p_json_users, 5), (p_crm_log, 5), (p_form, 5), (p_auth_log, 5), (p_access_log, 4),
            (p_payment_log, 6), (p_hr, 6), (p_tax, 6), (p_bank, 7), (p_sepa, 4), (p_chat, 6), (p_ticket, 5), (p_html_contact, 4), (p_sql, 4),
            (p_oncall, 4), (p_calendar, 4), (p_directory, 4), (p_letter, 4), (p_sms, 4), (p_cdr, 4), (p_firewall, 4), (p_k8s, 3),
            (p_seed_code, 3), (p_refund, 4), (p_ssn_chat, 4), (p_card_form, 5), (p_payroll, 4), (p_loan, 3)]
