"""Build the rows of pii.jsonl. All people are invented; numbers are random but valid in form."""
from common import *

FREEMAIL = ["postbox-mail.net", "mailnest.org", "quickpost.io", "inboxly.co", "letterkite.com", "owlmail.eu"]


class Row:
    def __init__(self):
        self.ents = []

    def add(self, typ, value):
        self.ents.append({"type": typ, "value": value})
        return value


def email(r, row, first=None, last=None, domain=None):
    f = (first or r.choice(FIRST)).lower()
    l = (last or r.choice(LAST)).lower()
    d = domain or r.choice(FREEMAIL + [c[1] for c in COMPANIES])
    style = r.randint(0, 4)
    local = ["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%d" % (f, l, r.randint(1, 99)), "%s.%s" % (l, f), "%s%d" % (f, r.randint(70, 2005))][style]
    return row.add("email", "%s@%s" % (local, d))


def d(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


PHONE_FORMATS = [
    lambda r: "(%d) 555-01%02d" % (r.randint(201, 989), r.randint(0, 99)),
    lambda r: "+1-%d-555-01%02d" % (r.randint(201, 989), r.randint(0, 99)),
    lambda r: "%d.555.01%02d" % (r.randint(201, 989), r.randint(0, 99)),
    lambda r: "+1 (416) 555-01%02d" % r.randint(0, 99),
    lambda r: "+44 20 7946 0%s" % d(r, 3),
    lambda r: "07700 900%s" % d(r, 3),
    lambda r: "+44 7700 900 %s" % d(r, 3),
    lambda r: "+49 30 %s %s" % (d(r, 4), d(r, 4)),
    lambda r: "+49 (0)151 %s %s" % (d(r, 4), d(r, 4)),
    lambda r: "030 / %s %s" % (d(r, 3), d(r, 4)),
    lambda r: "+33 1 99 00 %s %s" % (d(r, 2), d(r, 2)),
    lambda r: "06 %s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
    lambda r: "03-%s-%s" % (d(r, 4), d(r, 4)),
    lambda r: "+81 90-%s-%s" % (d(r, 4), d(r, 4)),
    lambda r: "+91 98%s %s" % (d(r, 3), d(r, 5)),
    lambda r: "+55 11 9%s-%s" % (d(r, 4), d(r, 4)),
    lambda r: "(21) 9%s-%s" % (d(r, 4), d(r, 4)),
    lambda r: "+61 2 5550 %s" % d(r, 4),
    lambda r: "0491 570 %s" % d(r, 3),
    lambda r: "+86 138 %s %s" % (d(r, 4), d(r, 4)),
    lambda r: "010-%s-%s" % (d(r, 4), d(r, 4)),
    lambda r: "+82 2-%s-%s" % (d(r, 3), d(r, 4)),
    lambda r: "+34 6%s %s %s %s" % (d(r, 2), d(r, 2), d(r, 2), d(r, 2)),
    lambda r: "+39 06 %s %s" % (d(r, 4), d(r, 4)),
    lambda r: "+39 3%s %s %s" % (d(r, 2), d(r, 3), d(r, 4)),
    lambda r: "+31 20 %s %s" % (d(r, 3), d(r, 4)),
    lambda r: "06-%s" % d(r, 8),
    lambda r: "+52 55 %s %s" % (d(r, 4), d(r, 4)),
    lambda r: "+27 21 %s %s" % (d(r, 3), d(r, 4)),
    lambda r: "08-%s %s %s" % (d(r, 3), d(r, 2), d(r, 2)),
    lambda r: "+46 70 %s %s %s" % (d(r, 3), d(r, 2), d(r, 2)),
    lambda r: "+41 44 %s %s %s" % (d(r, 3), d(r, 2), d(r, 2)),
    lambda r: "+48 22 %s %s %s" % (d(r, 3), d(r, 2), d(r, 2)),
    lambda r: "+353 1 %s %s" % (d(r, 3), d(r, 4)),
    lambda r: "+65 %s %s" % ("6" + d(r, 3), d(r, 4)),
    lambda r: "+234 803 %s %s" % (d(r, 3), d(r, 4)),
    lambda r: "+7 495 %s-%s-%s" % (d(r, 3), d(r, 2), d(r, 2)),
    lambda r: "+1 212 555 01%02d" % r.randint(0, 99),
]
_phone_i = [0]


def phone(r, row):
    f = PHONE_FORMATS[_phone_i[0] % len(PHONE_FORMATS)]
    _phone_i[0] += 1
    return row.add("phone", f(r))


def ssn(r, row, style=None):
    v = ssn_random(r)
    return row.add("ssn", v)


def card(r, row, brand=None, style=None):
    brand = brand or r.choice(list(CARD_BRANDS))
    return row.add("credit_card", card_format(r, card_random(r, brand), style))


def iban(r, row, country=None, grouped=None):
    country = country or r.choice(sorted(IBAN_SPECS))
    v = iban_random(r, country)
    if grouped is None:
        grouped = r.random() < 0.6
    return row.add("iban", iban_grouped(v) if grouped else v)


def ip(r, row, kind=None):
    kind = kind or r.choice(["doc", "priv", "pub", "pub"])
    if kind == "doc":
        v = r.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % r.randint(1, 254)
    elif kind == "priv":
        v = r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                      "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                      "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))])
    else:
        v = "%d.%d.%d.%d" % (r.choice([23, 31, 45, 62, 77, 81, 89, 94, 103, 109, 141, 151, 178, 185, 188, 212]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    return row.add("ipv4", v)


def name(r):
    return r.choice(FIRST), r.choice(LAST)


# --------------------------------------------------------------- email rows
def e_crm(r, row):
    f, l = name(r)
    c = r.choice(COMPANIES)
    obj = {"id": "ct_" + rs(r, 12, string.ascii_lowercase + string.digits), "name": "%s %s" % (f, l), "company": c[0],
           "email": email(r, row, f, l, c[1]), "title": r.choice(["Head of Procurement", "Office Manager", "CTO", "Buyer"]),
           "created_at": rdate(r) + "T" + rtime(r) + "Z"}
    if r.random() < 0.4:
        obj["phone"] = phone(r, row)
    return "crm_api_json", jd(obj)


def e_headers(r, row):
    f1, l1 = name(r)
    f2, l2 = name(r)
    c = r.choice(COMPANIES)
    a = email(r, row, f1, l1, c[1])
    b = email(r, row, f2, l2)
    cc = email(r, row) if r.random() < 0.5 else None
    return "email_raw", "From: %s %s <%s>\nTo: %s %s <%s>\n%sSubject: Re: quote for the spring catalogue\nDate: %s\n\nThanks %s, the revised quote looks fine. Let's confirm on Monday.\n" % (
        f1, l1, a, f2, l2, b, ("Cc: %s\n" % cc) if cc else "", rfc_date(r), f2)


def e_mailing_csv(r, row):
    lines = ["email,first_name,subscribed_at,source"]
    for _ in range(r.randint(3, 5)):
        f, l = name(r)
        lines.append("%s,%s,%s,%s" % (email(r, row, f, l), f, rdate(r), r.choice(["footer_form", "checkout", "webinar"])))
    return "csv_export", "\n".join(lines) + "\n"


def e_ticket(r, row):
    f, l = name(r)
    return "zendesk_ticket_json", jd({"ticket": {"id": r.randint(10000, 99999), "subject": "Can't log in", "description":
                                                 "Hi, I changed my email last week and now I can't log in. My old address was %s and the new one is %s. Please help!" % (
                                                     email(r, row, f, l), email(r, row, f, l)), "requester": {"name": "%s %s" % (f, l)}}})


def e_vcard(r, row):
    f, l = name(r)
    c = r.choice(COMPANIES)
    return "vcard", "BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s %s\nORG:%s\nEMAIL;TYPE=WORK:%s\nTEL;TYPE=CELL:%s\nEND:VCARD\n" % (
        l, f, f, l, c[0], email(r, row, f, l, c[1]), phone(r, row))


def e_ldif(r, row):
    f, l = name(r)
    return "ldif", "dn: uid=%s%s,ou=people,dc=veldran,dc=net\nobjectClass: inetOrgPerson\ncn: %s %s\nsn: %s\nmail: %s\ntelephoneNumber: %s\n" % (
        f[0].lower(), l.lower(), f, l, l, email(r, row, f, l, "veldran-systems.net"), phone(r, row))


def e_bounce(r, row):
    return "app_log", "%sT%sZ WARN  mailer: hard bounce for %s (550 5.1.1 user unknown) campaign=spring-sale\n%sT%sZ INFO  mailer: suppressed address %s" % (
        rdate(r), rtime(r), email(r, row), rdate(r), rtime(r), email(r, row))


def e_calendar(r, row):
    att = [{"email": email(r, row), "responseStatus": r.choice(["accepted", "needsAction", "tentative"])} for _ in range(3)]
    return "calendar_api_json", jd({"summary": "Supplier review", "start": {"dateTime": rdate(r, 2025) + "T10:00:00Z"}, "attendees": att})


def e_git(r, row):
    f, l = name(r)
    return "git_log", "commit %s\nAuthor: %s %s <%s>\nDate:   %s\n\n    Fix rounding in VAT totals\n" % (rs(r, 40, HEX), f, l, email(r, row, f, l), rfc_date(r))


def e_signup(r, row):
    f, l = name(r)
    return "webhook_json", jd({"event": "user.signed_up", "data": {"user_id": r.randint(100000, 999999), "email": email(r, row, f, l), "display_name": f,
                                                                   "signup_ip": ip(r, row), "plan": "free"}})


# --------------------------------------------------------------- phone rows
def p_calllog(r, row):
    lines = ["call_id,started_at,direction,number,duration_s,agent"]
    for _ in range(3):
        lines.append("%s,%sT%s,%s,%s,%d,%s" % (rs(r, 10, HEX), rdate(r), rtime(r), r.choice(["inbound", "outbound"]), phone(r, row), r.randint(20, 900), r.choice(FIRST)))
    return "csv_export", "\n".join(lines) + "\n"


def p_signature(r, row):
    f, l = name(r)
    c = r.choice(COMPANIES)
    return "email_raw", "Thanks, I'll send the signed copy tomorrow.\n\n--\n%s %s\n%s | %s\nT: %s\nM: %s\n" % (
        f, l, r.choice(["Account Manager", "Site Lead", "Paralegal"]), c[0], phone(r, row), phone(r, row))


def p_sms(r, row):
    return "app_log", "%sT%sZ INFO  sms-gateway: sent OTP to %s status=delivered provider=route-b\n%sT%sZ INFO  sms-gateway: sent OTP to %s status=queued" % (
        rdate(r), rtime(r), phone(r, row), rdate(r), rtime(r), phone(r, row))


def p_form(r, row):
    f, l = name(r)
    return "form_submission", "New contact form submission\nName: %s %s\nPhone: %s\nPreferred time: %s\nMessage: Please call me back about the kitchen renovation quote.\n" % (
        f, l, phone(r, row), r.choice(["mornings", "after 5pm", "any time"]))


def p_hr_emergency(r, row):
    f, l = name(r)
    f2, _ = name(r)
    return "hr_record_text", "Employee: %s %s\nDepartment: Logistics\nEmergency contact: %s %s (%s)\nEmergency phone: %s\nAlt phone: %s\n" % (
        f, l, f2, l, r.choice(["spouse", "parent", "sibling"]), phone(r, row), phone(r, row))


def p_booking(r, row):
    f, l = name(r)
    return "email_html", "<p>Dear %s %s,</p><p>Your table for %d at <b>Osteria Lume</b> is confirmed for %s at 19:30.</p><p>We will text reminders to <b>%s</b>. To change your booking call us on %s.</p>" % (
        f, l, r.randint(2, 6), rdate(r), phone(r, row), phone(r, row))


def p_delivery(r, row):
    f, l = name(r)
    return "shipping_label_ocr", "DELIVER TO:\n%s %s\n%d %s\n%s\nTEL %s\nPARCEL 1/1  WEIGHT %.1f KG\n" % (
        f.upper(), l.upper(), r.randint(1, 200), r.choice(["ROSE LANE", "KINGS ROAD", "HAFENSTRASSE", "RUE DES LILAS"]),
        r.choice(["LEEDS LS6", "HAMBURG", "LYON", "ROTTERDAM"]), phone(r, row), r.uniform(0.2, 9.0))


def p_whatsapp(r, row):
    f, l = name(r)
    a = phone(r, row)
    return "chat_export", "[%s, 09:14:03] %s: Hi, is the bike still for sale?\n[%s, 09:20:41] Seller: Yes! You can come see it Saturday.\n[%s, 09:21:10] %s: Great, my number is %s in case you need it\n" % (
        rdate(r), a, rdate(r), rdate(r), f, phone(r, row))


def p_voicemail(r, row):
    f, l = name(r)
    return "voicemail_transcript", "Voicemail from %s · %s\nTranscript: \"Hi, it's %s from the dental clinic, just confirming your appointment on Thursday. If you need to reschedule please call us back on %s. Thanks.\"\n" % (
        phone(r, row), rdate(r), f, phone(r, row))


# ----------------------------------------------------------------- ssn rows
def s_onboarding(r, row):
    f, l = name(r)
    return "hr_record_text", "NEW HIRE INFORMATION\nLegal name: %s %s\nSSN: %s\nStart date: %s\nPersonal email: %s\nPhone: %s\n" % (
        f, l, ssn(r, row), rdate(r), email(r, row, f, l), phone(r, row))


def s_w2(r, row):
    f, l = name(r)
    return "pdf_text", "Form W-2 Wage and Tax Statement %d\na Employee's social security number   %s\nb Employer identification number (EIN)   %02d-%07d\nc Employer's name   %s\ne Employee's first name and initial  %s  Last name  %s\n1 Wages, tips, other compensation   %d.00\n" % (
        r.choice([2023, 2024]), ssn(r, row), r.randint(10, 99), r.randint(1000000, 9999999), r.choice(COMPANIES)[0], f, l, r.randint(30000, 150000))


def s_payroll(r, row):
    lines = ["employee_id,name,ssn,state,filing_status"]
    for _ in range(3):
        f, l = name(r)
        lines.append("E%05d,%s %s,%s,%s,%s" % (r.randint(1, 99999), f, l, ssn(r, row), r.choice(["CA", "NY", "TX", "WA", "IL"]), r.choice(["single", "married"])))
    return "csv_export", "\n".join(lines) + "\n"


def s_bgcheck(r, row):
    f, l = name(r)
    v = ssn(r, row)
    return "api_json", jd({"candidate": {"first_name": f, "last_name": l, "ssn": v, "dob": "%d-%02d-%02d" % (r.randint(1960, 2002), r.randint(1, 12), r.randint(1, 28))},
                           "package": "standard", "status": "pending"})


def s_chat(r, row):
    return "chat_transcript", "Customer: hi I need to update my tax info\nAgent: Sure, I can help. Please don't share sensitive numbers here — use the secure form.\nCustomer: too late lol it's %s\nAgent: Thanks, I'll mask that message. Please use the form for anything else.\n" % ssn(r, row)


def s_sql(r, row):
    out = ["hr=> SELECT id, last_name, ssn, hire_date FROM employees WHERE dept = 'FIN';", " id  | last_name  |     ssn     | hire_date", "-----+------------+-------------+------------"]
    for _ in range(3):
        out.append(" %d | %-10s | %s | %s" % (r.randint(100, 999), r.choice(LAST)[:10], ssn(r, row), rdate(r)))
    out.append("(3 rows)")
    return "sql_result", "\n".join(out)


def s_loan(r, row):
    f, l = name(r)
    return "pdf_text", "UNIFORM LOAN APPLICATION — Section 1: Borrower Information\nName: %s %s   Social Security Number: %s\nHome phone: %s   Email: %s\nCurrent address: %d Maple Ave, Springfield\n" % (
        f, l, ssn(r, row), phone(r, row), email(r, row, f, l), r.randint(10, 999))


def s_insurance(r, row):
    f, l = name(r)
    return "email_raw", "Subject: Claim %d — member details\n\nHi claims team,\n\nMember: %s %s\nMember SSN: %s\nDate of service: %s\n\nPlease process the attached bill.\n" % (
        r.randint(100000, 999999), f, l, ssn(r, row), rdate(r))


def s_1099(r, row):
    return "pdf_text", "Form 1099-NEC  Nonemployee Compensation  %d\nPAYER'S TIN %02d-%07d     RECIPIENT'S TIN %s\nRECIPIENT'S name: %s %s\n1 Nonemployee compensation $ %d.00\n" % (
        r.choice([2023, 2024]), r.randint(10, 99), r.randint(1000000, 9999999), ssn(r, row), r.choice(FIRST), r.choice(LAST), r.randint(1000, 90000))


# ---------------------------------------------------------------- card rows
def c_paylog(r, row):
    return "app_log", "%sT%sZ DEBUG payments: request body={\"amount\": %d, \"currency\": \"usd\", \"card\": {\"number\": \"%s\", \"exp\": \"%02d/%d\"}} ip=%s" % (
        rdate(r), rtime(r), r.randint(500, 90000), card(r, row, style="plain"), r.randint(1, 12), r.randint(26, 31), ip(r, row))


def c_chat(r, row):
    return "chat_transcript", "Customer: can you just charge my other card\nCustomer: %s exp %02d/%d\nAgent: Please don't post card numbers in chat — I've removed it from the public log. I'll send you a secure payment link instead.\n" % (
        card(r, row), r.randint(1, 12), r.randint(26, 31))


def c_orders_csv(r, row):
    lines = ["order_id,customer_email,card_number,amount"]
    for _ in range(r.randint(2, 3)):
        lines.append("ORD-%d,%s,%s,%d.%02d" % (r.randint(100000, 999999), email(r, row), card(r, row, style="plain"), r.randint(5, 500), r.randint(0, 99)))
    return "csv_export", "\n".join(lines) + "\n"


def c_sql(r, row):
    out = ["shop=> SELECT customer_id, brand, pan, exp FROM legacy_cards LIMIT 3;", " customer_id | brand      | pan                 | exp", "-------------+------------+---------------------+-------"]
    for _ in range(3):
        b = r.choice(["visa", "mastercard", "amex", "discover"])
        out.append(" %11d | %-10s | %-19s | %02d/%02d" % (r.randint(10000, 99999), b, card(r, row, brand=b, style="plain"), r.randint(1, 12), r.randint(26, 31)))
    out.append("(3 rows)")
    return "sql_result", "\n".join(out)


def c_email(r, row):
    f, l = name(r)
    return "email_raw", "Subject: Booking deposit\n\nHello,\n\nPlease take the deposit for the wedding venue from this card: %s, expiry %02d/%d, name on card %s %s.\nYou can reach me on %s.\n\nKind regards,\n%s\n" % (
        card(r, row), r.randint(1, 12), r.randint(26, 31), f.upper(), l.upper(), phone(r, row), f)


def c_json(r, row):
    return "api_json", jd({"checkout_id": "chk_" + rs(r, 12), "payment_method": {"type": "card", "card_number": card(r, row, style="plain"),
                                                                               "holder": "%s %s" % name(r), "cvc_present": True}, "billing_email": email(r, row)})


def c_fraud(r, row):
    return "servicenow_incident", "Number: FRD%07d\nShort description: Card testing on donation form\nDescription:\nSeveral small charges attempted from %s using card %s and card %s within 2 minutes. Both declined. Blocking the IP at the WAF.\n" % (
        r.randint(1, 9999999), ip(r, row), card(r, row), card(r, row))


def c_note(r, row):
    return "crm_api_json", jd({"account": r.choice(COMPANIES)[0], "notes": [{"body": "Customer read out card %s on the phone for the renewal — please tokenise and delete this note." % card(r, row)}]})


# ---------------------------------------------------------------- iban rows
def i_sepa(r, row):
    c = r.choice(COMPANIES)
    deb = iban(r, row, grouped=False)
    cred = iban(r, row, grouped=False)
    return "sepa_xml", """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>MSG-%d</MsgId><CreDtTm>%sT09:00:00</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>
  <PmtInf>
   <Dbtr><Nm>%s</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">%d.%02d</InstdAmt></Amt>
    <Cdtr><Nm>%s %s</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Invoice %d</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>""" % (r.randint(10000, 99999), rdate(r), c[0], deb, r.randint(50, 9000), r.randint(0, 99), r.choice(FIRST), r.choice(LAST), cred, r.randint(1000, 9999))


def i_invoice(r, row):
    c = r.choice(COMPANIES)
    return "pdf_text", "%s\nINVOICE %d-%04d\n\nTotal due: EUR %d.%02d\nPayment within 14 days to:\nIBAN: %s\nBIC: %s\nQuestions: %s\n" % (
        c[0], r.randint(2024, 2025), r.randint(1, 9999), r.randint(100, 9000), r.randint(0, 99), iban(r, row, grouped=True), rs(r, 4, string.ascii_uppercase) + "DE" + rs(r, 2, UPPER_NUM),
        email(r, row, domain=c[1]))


def i_payroll(r, row):
    lines = ["personnel_no;name;iban;bank"]
    for _ in range(3):
        lines.append("%d;%s %s;%s;%s" % (r.randint(1000, 9999), r.choice(FIRST), r.choice(LAST), iban(r, row, country=r.choice(["DE", "AT", "NL", "BE"]), grouped=False), r.choice(["Sparkasse", "Volksbank", "ING", "KBC"])))
    return "csv_export", "\n".join(lines) + "\n"


def i_refund(r, row):
    f, l = name(r)
    return "email_raw", "Subject: Remboursement commande %d\n\nBonjour,\n\nMerci de rembourser ma commande sur le compte suivant :\nTitulaire : %s %s\nIBAN : %s\n\nCordialement,\n%s\n" % (
        r.randint(10000, 99999), f, l, iban(r, row, country="FR"), f)


def i_supplier(r, row):
    return "api_json", jd({"supplier": {"name": r.choice(["Brandt Maschinenbau GmbH", "Van Dijk Transport BV", "Lumière Textiles SARL", "Kestrel Print Ltd"]),
                                        "vat_id": "%s%s" % (r.choice(["DE", "NL", "FR"]), d(r, 9)), "bank": {"iban": iban(r, row), "holder": "Accounts"},
                                        "contact_phone": phone(r, row)}})


def i_statement(r, row):
    out = ["Kontoauszug Nr. %d / %d" % (r.randint(1, 12), r.choice([2024, 2025])), "Konto: %s" % iban(r, row, country="DE"), "", "Datum       Verwendungszweck                       Betrag"]
    for _ in range(3):
        out.append("%s  %-36s %8.2f" % (rdate(r)[5:], r.choice(["Miete", "Gehalt", "Stromabschlag", "Kartenzahlung SUPERMARKT"]), r.uniform(-900, 3000)))
    out.append("Gutschrift von %s" % iban(r, row))
    return "pdf_text", "\n".join(out)


def i_chat(r, row):
    return "slack_export_json", jd({"channel": "#finance-ops", "messages": [
        {"user_name": r.choice(FIRST).lower(), "text": "New contractor bank details for the March run: %s (checked by phone with %s)" % (iban(r, row), r.choice(FIRST))},
        {"user_name": r.choice(FIRST).lower(), "text": "thanks, added to the payment file"}]})


def i_es(r, row):
    f, l = name(r)
    return "email_raw", "Asunto: Domiciliación recibos\n\nBuenos días,\n\nLes facilito la cuenta para domiciliar los recibos de la comunidad:\nIBAN %s\nTitular: %s %s\nTeléfono de contacto: %s\n" % (
        iban(r, row, country="ES"), f, l, phone(r, row))


def i_it(r, row):
    return "pdf_text", "FATTURA N. %d/%d\nModalità di pagamento: bonifico bancario\nIBAN: %s\nIntestatario: %s\n" % (
        r.randint(1, 999), r.choice([2024, 2025]), iban(r, row, country="IT"), r.choice(["Studio Marchetti", "Gallo Forniture srl"]))


# ----------------------------------------------------------------- ip rows
def ip_nginx(r, row):
    out = []
    for _ in range(3):
        out.append('%s - - [%02d/Mar/2025:%s +0000] "GET /api/v2/products?page=%d HTTP/1.1" 200 %d "-" "Mozilla/5.0 (X11; Linux x86_64)"' % (
            ip(r, row), r.randint(1, 28), rtime(r), r.randint(1, 9), r.randint(200, 9000)))
    return "nginx_access_log", "\n".join(out)


def ip_sshd(r, row):
    a = ip(r, row, "pub")
    return "auth_log", "Mar %2d %s bastion sshd[%d]: Failed password for invalid user admin from %s port %d ssh2\nMar %2d %s bastion sshd[%d]: Failed password for root from %s port %d ssh2\nMar %2d %s bastion sshd[%d]: Accepted publickey for deploy from %s port %d ssh2" % (
        r.randint(1, 28), rtime(r), r.randint(1000, 60000), a, r.randint(30000, 65000), r.randint(1, 28), rtime(r), r.randint(1000, 60000), a, r.randint(30000, 65000),
        r.randint(1, 28), rtime(r), r.randint(1000, 60000), ip(r, row, "priv"), r.randint(30000, 65000))


def ip_fw(r, row):
    out = []
    for _ in range(3):
        out.append("%sT%sZ DROP IN=eth0 SRC=%s DST=%s PROTO=TCP SPT=%d DPT=%d" % (rdate(r), rtime(r), ip(r, row, "pub"), ip(r, row, "priv"), r.randint(1024, 65000), r.choice([22, 23, 3389, 445, 8080])))
    return "firewall_log", "\n".join(out)


def ip_fraud(r, row):
    return "api_json", jd({"user_id": r.randint(100000, 999999), "login": {"ip": ip(r, row), "previous_ip": ip(r, row), "asn": "AS%d" % r.randint(1000, 65000), "risk": "medium"}})


def ip_audit_csv(r, row):
    lines = ["timestamp,actor,action,source_ip"]
    for _ in range(3):
        lines.append("%sT%sZ,%s,%s,%s" % (rdate(r), rtime(r), email(r, row), r.choice(["login", "export_report", "delete_user", "update_role"]), ip(r, row)))
    return "csv_export", "\n".join(lines) + "\n"


def ip_vpn(r, row):
    out = ["$ vpnctl sessions", "USER            ASSIGNED        REAL ADDRESS       SINCE"]
    for _ in range(3):
        out.append("%-15s %-15s %-18s %s" % (r.choice(FIRST).lower(), ip(r, row, "priv"), ip(r, row, "pub"), rtime(r)[:5]))
    return "terminal", "\n".join(out)


def ip_apache(r, row):
    return "apache_error_log", "[%s %s] [php:error] [pid %d] [client %s:%d] PHP Fatal error: Uncaught TypeError in /var/www/html/cart.php on line %d" % (
        rfc_date(r)[:16], rtime(r), r.randint(1000, 60000), ip(r, row), r.randint(30000, 65000), r.randint(10, 400))


def ip_waf(r, row):
    return "api_json", jd({"action": "block", "rule": "SQLi-942100", "client_ip": ip(r, row), "uri": "/search?q=%27%20OR%201%3D1", "country": r.choice(["NL", "US", "SG", "BR"])})


def ip_k8s(r, row):
    return "app_log", "%sT%sZ ingress-nginx: %s - [%s] \"POST /login HTTP/2.0\" 401 53 \"-\" \"python-requests/2.32.3\" upstream=%s:8080" % (
        rdate(r), rtime(r), ip(r, row), ip(r, row, "priv"), ip(r, row, "priv"))


PRIMARY = {
    "email": [e_crm, e_headers, e_mailing_csv, e_ticket, e_vcard, e_ldif, e_bounce, e_calendar, e_git, e_signup],
    "phone": [p_calllog, p_signature, p_sms, p_form, p_hr_emergency, p_booking, p_delivery, p_whatsapp, p_voicemail],
    "ssn": [s_onboarding, s_w2, s_payroll, s_bgcheck, s_chat, s_sql, s_loan, s_insurance, s_1099],
    "credit_card": [c_paylog, c_chat, c_orders_csv, c_sql, c_email, c_json, c_fraud, c_note],
    "iban": [i_sepa, i_invoice, i_payroll, i_refund, i_supplier, i_statement, i_chat, i_es, i_it],
    "ipv4": [ip_nginx, ip_sshd, ip_fw, ip_fraud, ip_audit_csv, ip_vpn, ip_apache, ip_waf, ip_k8s],
}


# ------------------------------------------------------------------ clean rows
def bad_luhn(r, prefix, length):
    v = card_random(r, "visa") if prefix == "4" else luhn_complete(r, prefix, length)
    last = int(v[-1])
    return v[:-1] + str((last + r.randint(1, 9)) % 10)


def bad_iban(r):
    v = iban_random(r, r.choice(["DE", "GB", "FR", "NL"]))
    ck = int(v[2:4])
    delta = r.randint(1, 40)
    while True:
        ck2 = (ck + delta) % 97
        v2 = v[:2] + "%02d" % ck2 + v[4:]
        if 2 <= ck2 <= 98 and not iban_ok(v2):
            return v2
        delta += 1


def bad_ssn(r):
    k = r.randint(0, 4)
    if k == 0:
        return "000-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))
    if k == 1:
        return "666-%02d-%04d" % (r.randint(1, 99), r.randint(1, 9999))
    if k == 2:
        return "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(10, 49), r.randint(1, 9999))
    if k == 3:
        return "%03d-00-%04d" % (r.randint(1, 665), r.randint(1, 9999))
    return "%03d-%02d-0000" % (r.randint(1, 665), r.randint(1, 99))


def k_order(r):
    return "order_number", "order_export_text", "Order ORD-%d-%06d placed %s\nItems: 3  Subtotal: 84.20  Shipping: 4.95\nInvoice no. INV%010d\n" % (
        r.choice([2024, 2025]), r.randint(0, 999999), rdate(r), r.randint(0, 9999999999))


def k_tracking(r):
    return "tracking_number", "api_json", jd({"carrier": r.choice(["UPS", "DHL", "USPS"]), "tracking": r.choice(["1Z%s%s" % (rs(r, 6, UPPER_NUM), d(r, 10)), "94001%s" % d(r, 17), "JJD%s" % d(r, 18)]),
                                             "status": "in_transit", "eta": rdate(r, 2025)})


def k_timestamps(r):
    return "timestamp", "app_log", "ts_ms=%d epoch=%d build=%s%02d%02d.%d job=%d duration=%d.%03ds" % (
        r.randint(1700000000000, 1760000000000), r.randint(1700000000, 1760000000), r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28), r.randint(1, 9), r.randint(1000, 99999), r.randint(0, 99), r.randint(0, 999))


def k_version(r):
    v = "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 20), r.randint(0, 9), r.randint(1, 250))
    return "version_string", "terminal", "$ fwupdmgr get-devices\nThunderbolt Controller\n  Current version:   %s\n  Update available:  %d.%d.%d.%d\n$ node --version\nv%d.%d.%d\n" % (
        v, r.randint(1, 12), r.randint(0, 20), r.randint(0, 9), r.randint(1, 250), r.randint(18, 22), r.randint(0, 15), r.randint(0, 9))


def k_oid(r):
    return "oid", "terminal", "$ snmpwalk -v2c -c public switch-01 1.3.6.1.2.1.1\nSNMPv2-MIB::sysDescr.0 = STRING: Edge switch firmware %d.%d\nSNMPv2-MIB::sysObjectID.0 = OID: 1.3.6.1.4.1.%d.1.%d\nSNMPv2-MIB::sysUpTime.0 = Timeticks: (%d)\n" % (
        r.randint(1, 9), r.randint(0, 9), r.randint(1000, 60000), r.randint(1, 400), r.randint(10 ** 6, 10 ** 9))


def k_postal(r):
    return "postal_code", "csv_export", "store_id,city,postcode,opening_hours\n%d,Leeds,LS6 2AB,9-17\n%d,Hamburg,20095,8-20\n%d,Lyon,69002,9-19\n%d,Rotterdam,3011 AB,9-18\n" % tuple(r.randint(100, 999) for _ in range(4))


def k_badcard(r):
    v = bad_luhn(r, "4", 16)
    return "invalid_card_number", "source_python", "# test data for the checkout form validator — these must be rejected\nINVALID_CARDS = [\n    \"%s\",  # fails Luhn\n    \"%s\",  # fails Luhn\n    \"1234 5678 9012 3456\",  # no such brand prefix\n]\n" % (
        card_format(r, v, "space"), bad_luhn(r, "51", 16))


def k_badssn(r):
    return "invalid_ssn_format", "api_json", jd({"employee_ref": bad_ssn(r), "note": "internal reference in SSN-like layout; not issued by SSA", "legacy_badge": bad_ssn(r)})


def k_badiban(r):
    return "invalid_iban", "source_python", "def test_rejects_bad_checksum():\n    assert not is_valid_iban(\"%s\")\n\n\ndef test_rejects_short():\n    assert not is_valid_iban(\"DE12\")\n" % bad_iban(r)


def k_isbn(r):
    return "isbn_sku", "product_catalog_json", jd({"items": [{"title": "The Quiet Harbour", "isbn13": "978-%d-%02d-%06d-%d" % (r.randint(0, 1), r.randint(10, 99), r.randint(0, 999999), r.randint(0, 9)),
                                                             "sku": "BK-%d-%s" % (r.randint(1000, 9999), rs(r, 3, string.ascii_uppercase)), "ean": "590" + d(r, 10)}]})


def k_mac(r):
    return "mac_address", "terminal", "$ ip link show eth0\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc mq state UP\n    link/ether %s brd ff:ff:ff:ff:ff:ff\n" % ":".join(rs(r, 2, HEX) for _ in range(6))


def k_coords(r):
    return "coordinates", "api_json", jd({"station": "Weather station %d" % r.randint(1, 99), "lat": round(r.uniform(-60, 60), 6), "lon": round(r.uniform(-170, 170), 6),
                                         "elevation_m": r.randint(0, 3000), "reading": {"temp_c": round(r.uniform(-10, 35), 1), "humidity": r.randint(10, 100)}})


def k_digits_log(r):
    return "digit_run_log", "app_log", "\n".join("%sT%sZ INFO batch=%d processed=%d rows checksum=%d offset=%d" % (rdate(r), rtime(r), r.randint(10 ** 5, 10 ** 6), r.randint(1000, 900000), r.randint(10 ** 8, 10 ** 9), r.randint(0, 10 ** 7)) for _ in range(3))


def k_ticket_refs(r):
    return "reference_numbers", "email_raw", "Subject: Your case %d-%d\n\nThanks for contacting support. Your case number is %d-%d and your return authorisation is RMA-%d.\nPlease quote these references in any reply.\n" % (
        (r.randint(10, 99), r.randint(100000, 999999)) * 2 + (r.randint(100000, 999999),))


def k_masked(r):
    return "masked_values", "email_html", "<p>Payment received with card ending <b>%04d</b> (•••• •••• •••• %04d).</p><p>Refunds go to account ending %04d. Your account is registered to j•••@•••.com.</p>" % (
        r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999))


CLEAN = [k_order, k_tracking, k_timestamps, k_version, k_oid, k_postal, k_badcard, k_badssn, k_badiban, k_isbn, k_mac, k_coords, k_digits_log, k_ticket_refs]


def generate(seed):
    r = random.Random(seed)
    _phone_i[0] = 0
    rows = []
    for typ in ["email", "phone", "ssn", "credit_card", "iban", "ipv4"]:
        fns = PRIMARY[typ]
        for i in range(18):
            row = Row()
            fmt, text = fns[i % len(fns)](r, row)
            # de-duplicate entity list while keeping order
            seen, ents = [], []
            for e in row.ents:
                key = (e["type"], e["value"])
                if key not in seen:
                    seen.append(key)
                    ents.append(e)
            rows.append({"format": fmt, "label": "pii", "category": typ, "entities": ents, "text": text})
    for i in range(42):
        cat, fmt, text = CLEAN[i % len(CLEAN)](r)
        rows.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})
    return rows
