"""Builds pii.jsonl: 108 rows with listed entities (email, phone, ssn, credit_card, iban, ipv4) and 42 clean look-alike rows."""
import json
import os
import re

from common import rng_for, write_jsonl, OUT_DIR, rand_dt, rstr, HEX
import pii_rules as R
from keymat import luhn_ok, uuid4

PEOPLE = [("Dana", "Whitfield"), ("Marcus", "Oyelaran"), ("Priya", "Castellan"), ("Tom", "Brennagh"), ("Elise", "Varga"), ("Kofi", "Ashby"),
          ("Lucía", "Ferrándiz"), ("Jana", "Kettler"), ("Camille", "Delaunay"), ("Giulia", "Ferrante"), ("Sanne", "de Wit"), ("Agnieszka", "Wróbel"),
          ("Ebba", "Lindqvist"), ("Elif", "Kaya"), ("Anna", "Sokolova"), ("Layla", "Haddad"), ("Ananya", "Sharma"), ("Xiaomei", "Wang"),
          ("Misaki", "Sato"), ("Seoyeon", "Kim"), ("Siti", "Rahmawati"), ("Thu Ha", "Nguyen"), ("Rafael", "Moreira"), ("Oskar", "Nyberg")]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "tallpine.example", "quillmere.test", "bluefjord.test", "harborline.example"]
STREETS = ["14 Alder Row", "220 Quarry Lane", "Birkenweg 7", "9 rue des Tanneurs", "Calle del Olivo 31", "Via dei Tigli 4", "Kanaalstraat 88",
           "ul. Lipowa 12", "Sjögatan 5", "1187 Marlow Ave, Apt 3B", "3-14-2 Minamicho", "55 Harbour Road"]
COUNTRIES = list(R.PLANS)


class E:
    def __init__(self, rng):
        self.rng, self.items = rng, []

    def _add(self, t, v):
        self.items.append((t, v))
        return v

    def person(self):
        return self.rng.choice(PEOPLE)

    def email(self, first=None, last=None, dom=None):
        first, last = (first, last) if first else self.person()
        h = "%s.%s" % (first, last)
        h = re.sub(r"[^a-z.]", "", h.lower().replace(" ", "").replace("á", "a").replace("í", "i").replace("ó", "o").replace("é", "e").replace("ö", "o"))
        h = self.rng.choice([h, h.split(".")[0] + str(self.rng.randint(1, 99)), h.replace(".", "_")])
        return self._add("email", "%s@%s" % (h, dom or self.rng.choice(DOMAINS)))

    def phone(self, country=None, intl=None):
        return self._add("phone", R.phone(self.rng, country or self.rng.choice(COUNTRIES), intl))

    def ssn(self, sep="-"):
        return self._add("ssn", R.ssn(self.rng, sep))

    def card(self, brand=None, style=None):
        return self._add("credit_card", R.card(self.rng, brand or self.rng.choice(list(R.BRANDS)), self.rng.choice([" ", "-", ""]) if style is None else style))

    def iban(self, country=None, spaced=None):
        return self._add("iban", R.iban(self.rng, country or self.rng.choice(list(R.IBAN_SPEC)), self.rng.random() < 0.6 if spaced is None else spaced))

    def ip(self, kind="any"):
        return self._add("ipv4", R.ipv4(self.rng, kind))

    def dob(self):
        return "%04d-%02d-%02d" % (self.rng.randint(1950, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def dt(self):
        return rand_dt(self.rng)


def J(o):
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


# ================================================================ pii templates
def t_email_signature(rng, e):
    f, l = e.person()
    f2, l2 = e.person()
    c = rng.choice(COUNTRIES)
    return "From: %s %s <%s>\nTo: %s %s <%s>\nSubject: Re: delivery window for PO-%d\nDate: %s\n\nHi %s,\n\nThe pallets can be collected on Thursday between 8 and 11. If the driver cannot find the gate, he can call me directly.\n\nBest regards\n%s %s\nLogistics Coordinator\nMobile: %s\nOffice: %s\n%s\n" % (
        f, l, e.email(f, l), f2, l2, e.email(f2, l2), rng.randint(10000, 99999), e.dt().strftime("%a, %d %b %Y %H:%M:%S +0000"), f2, f, l, e.phone(c, True), e.phone(c, False), rng.choice(STREETS))


def t_vcard(rng, e):
    f, l = e.person()
    c = rng.choice(COUNTRIES)
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nN:%s;%s;;;\r\nFN:%s %s\r\nORG:Tallpine Outdoor\r\nTEL;TYPE=CELL:%s\r\nTEL;TYPE=WORK:%s\r\nEMAIL;TYPE=INTERNET:%s\r\nADR;TYPE=WORK:;;%s;;;;\r\nBDAY:%s\r\nEND:VCARD\r\n" % (
        l, f, f, l, e.phone(c, True), e.phone(rng.choice(COUNTRIES), True), e.email(f, l), rng.choice(STREETS), e.dob())


def t_crm_json(rng, e):
    f, l = e.person()
    return J({"Id": "003" + rstr(rng, 15, HEX), "FirstName": f, "LastName": l, "Email": e.email(f, l), "Phone": e.phone(), "MailingStreet": rng.choice(STREETS),
              "Birthdate": e.dob(), "LeadSource": "Trade fair", "Description": "Met at the stand, interested in the bulk pricing. Prefers e-mail; second address %s." % e.email()})


def t_contacts_csv(rng, e):
    rows = ["name,office,phone,email"]
    for c in rng.sample(COUNTRIES, rng.randint(5, 7)):
        f, l = e.person()
        rows.append("%s %s,%s,%s,%s" % (f, l, c, e.phone(c), e.email(f, l)))
    return "\n".join(rows) + "\n"


def t_psql_users(rng, e):
    out = ["app=> SELECT id, email, last_login_ip, created_at FROM users ORDER BY id DESC LIMIT 4;", "  id  |            email             | last_login_ip  |     created_at", "------+------------------------------+----------------+---------------------"]
    for _ in range(4):
        out.append(" %4d | %-28s | %-14s | %s" % (rng.randint(1000, 9999), e.email(), e.ip(), e.dt().strftime("%Y-%m-%d %H:%M:%S")))
    out.append("(4 rows)")
    return "\n".join(out) + "\n"


def t_hr_yaml(rng, e):
    f, l = e.person()
    return "employee:\n  id: E-%d\n  name: %s %s\n  date_of_birth: %s\n  ssn: \"%s\"\n  address: \"%s\"\n  phone: \"%s\"\n  email: %s\n  start_date: 2024-0%d-01\n  payroll:\n    frequency: biweekly\n    direct_deposit_last4: \"%04d\"\n" % (
        rng.randint(1000, 9999), f, l, e.dob(), e.ssn(), rng.choice(STREETS), e.phone("US"), e.email(f, l, "tallpine.example"), rng.randint(1, 9), rng.randint(0, 9999))


def t_w2_pdf(rng, e):
    f, l = e.person()
    return "Form W-2 Wage and Tax Statement 2024\n\na Employee's social security number     %s\nb Employer identification number (EIN)  %02d-%07d\nc Employer's name, address, and ZIP code\n  Harborline Freight Inc., 500 Dock Street, Portland OR 97209\ne Employee's first name and initial  %s   Last name  %s\nf Employee's address: %s\n\n1 Wages, tips, other compensation    %d.00\n2 Federal income tax withheld        %d.00\n\nCopy B - To Be Filed With Employee's FEDERAL Tax Return.\n" % (
        e.ssn(), rng.randint(10, 99), rng.randint(0, 9999999), f, l, rng.choice(STREETS), rng.randint(38000, 120000), rng.randint(3000, 20000))


def t_background(rng, e):
    f, l = e.person()
    return "BACKGROUND SCREENING REPORT  (confidential)\nCandidate: %s %s   DOB: %s\nSSN provided: %s   SSN trace: match\nAddresses found: %s (2019–present)\nPhone on file: %s\nE-mail: %s\nCriminal search: no records found\nEmployment verification: confirmed (2 of 2)\n" % (
        f, l, e.dob(), e.ssn(rng.choice(["-", " "])), rng.choice(STREETS), e.phone("US", False), e.email(f, l))


def t_payroll_csv(rng, e):
    rows = ["employee_id,name,ssn,state,gross_pay"]
    for _ in range(rng.randint(3, 5)):
        f, l = e.person()
        rows.append("E%d,%s %s,%s,%s,%d.%02d" % (rng.randint(100, 999), f, l, e.ssn(), rng.choice(["OR", "WA", "TX", "NY"]), rng.randint(1800, 6000), rng.randint(0, 99)))
    return "\n".join(rows) + "\n"


def t_gateway_log(rng, e):
    d = e.dt()
    return "%s DEBUG payments.gateway request id=%s client_ip=%s\n%s DEBUG payments.gateway payload={\"amount\":%d,\"currency\":\"EUR\",\"card\":{\"number\":\"%s\",\"exp\":\"%02d/%02d\",\"holder\":\"%s %s\"}}\n%s WARN  payments.gateway PAN logged in clear text - see SEC-417\n%s INFO  payments.gateway response status=approved auth_code=%06d\n" % (
        d, uuid4(rng), e.ip("public"), d, rng.randint(500, 90000), e.card(style=""), rng.randint(1, 12), rng.randint(26, 31), *e.person(), d, d, rng.randint(0, 999999))


def t_ticket_card(rng, e):
    f, l = e.person()
    return J({"ticket": {"id": rng.randint(10000, 99999), "subject": "Payment failed twice", "requester": {"name": "%s %s" % (f, l), "email": e.email(f, l)},
                         "description": "Hi, my card keeps getting declined. The number is %s, expiry %02d/%02d. Can you charge it manually? You can call me at %s." % (e.card(), rng.randint(1, 12), rng.randint(26, 30), e.phone()),
                         "tags": ["billing", "pci-redact-needed"]}})


def t_chat_card(rng, e):
    f, l = e.person()
    return "Chat transcript #%d\n[14:01] %s: hi, I want to update the card on my subscription\n[14:01] Bot: Sure, you can do that under Settings > Billing.\n[14:03] %s: it won't let me. here: %s exp %02d/%02d\n[14:03] Bot: Please don't share card numbers in chat. I've hidden this message from agents.\n[14:04] %s: ok. my email is %s if someone can call me on %s\n" % (
        rng.randint(10000, 99999), f, f, e.card(), rng.randint(1, 12), rng.randint(26, 30), f, e.email(f, l), e.phone())


def t_sepa_xml(rng, e):
    tx = "".join("<CdtTrfTxInf><PmtId><EndToEndId>E2E-%d</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">%d.%02d</InstdAmt></Amt><Cdtr><Nm>%s %s</Nm></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Invoice %d</Ustrd></RmtInf></CdtTrfTxInf>\n" % (
        rng.randint(1000, 9999), rng.randint(50, 9000), rng.randint(0, 99), *e.person(), e.iban(rng.choice(["DE", "FR", "NL", "BE", "AT", "ES", "IT"]), False), rng.randint(1000, 9999)) for _ in range(rng.randint(2, 3)))
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn>\n<GrpHdr><MsgId>MSG-%d</MsgId><CreDtTm>%s</CreDtTm></GrpHdr>\n<PmtInf><Dbtr><Nm>Tallpine Outdoor GmbH</Nm></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>\n%s</PmtInf></CstmrCdtTrfInitn></Document>\n" % (
        rng.randint(10000, 99999), e.dt().strftime("%Y-%m-%dT%H:%M:%S"), e.iban("DE", False), tx)


def t_invoice(rng, e):
    c = rng.choice(["GB", "IE", "NL", "DK", "SE", "PL", "PT"])
    return "INVOICE INV-%d\nMossbank Studio Ltd\n%s\nPhone %s · %s\n\nBill to: %s %s\n\nBrand workshop (2 days)          2,400.00\nTravel                             310.00\nTotal due                        2,710.00 EUR\n\nPlease pay within 30 days to:\nIBAN %s\nReference INV-%d\n" % (
        rng.randint(1000, 9999), rng.choice(STREETS), e.phone(c), e.email(dom="mossbank.example"), *e.person(), e.iban(c), rng.randint(1000, 9999))


def t_bank_email_de(rng, e):
    f, l = e.person()
    return "Von: %s %s <%s>\nAn: %s\nBetreff: Neue Bankverbindung\n\nSehr geehrte Damen und Herren,\n\nbitte überweisen Sie künftige Zahlungen auf unser neues Konto:\n\nKontoinhaber: %s %s\nIBAN: %s\nBIC: COBADEFFXXX\n\nBei Rückfragen erreichen Sie mich unter %s.\n\nMit freundlichen Grüßen\n%s %s\n" % (
        f, l, e.email(f, l), e._add("email", "buchhaltung@tallpine.example"), f, l, e.iban("DE"), e.phone("DE", False), f, l)


def t_rib_fr(rng, e):
    f, l = e.person()
    return "RELEVÉ D'IDENTITÉ BANCAIRE\nTitulaire du compte : %s %s\nAdresse : %s, 69002 Lyon\nIBAN : %s\nBIC : AGRIFRPP\nDomiciliation : Agence Lyon Presqu'île\nContact conseiller : %s — %s\n" % (
        f, l, rng.choice(STREETS), e.iban("FR"), e.phone("FR", rng.random() < 0.5), e.email(dom="example.fr.example"))


def t_nginx_log(rng, e):
    out = []
    for _ in range(rng.randint(4, 6)):
        d = e.dt()
        out.append('%s - - [%s] "GET /%s HTTP/1.1" %d %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"' % (
            e.ip(rng.choice(["public", "doc"])), d.strftime("%d/%b/%Y:%H:%M:%S +0000"), rng.choice(["", "pricing", "api/v2/orders?page=2", "login", "static/app.js"]), rng.choice([200, 200, 304, 404, 302]), rng.randint(200, 90000)))
    return "\n".join(out) + "\n"


def t_fw_log(rng, e):
    out = []
    for _ in range(rng.randint(3, 5)):
        out.append("%s fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:%02x:%02x:%02x SRC=%s DST=%s LEN=60 TTL=%d PROTO=TCP SPT=%d DPT=%d SYN" % (
            e.dt().strftime("%b %d %H:%M:%S"), rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255), e.ip("public"), e.ip("private"), rng.randint(40, 128), rng.randint(1024, 65535), rng.choice([22, 3389, 445, 23])))
    return "\n".join(out) + "\n"


def t_auth_log(rng, e):
    ip = e.ip("public")
    out = ["%s bastion sshd[%d]: Failed password for invalid user admin from %s port %d ssh2" % (e.dt().strftime("%b %d %H:%M:%S"), rng.randint(1000, 40000), ip, rng.randint(30000, 60000)) for _ in range(3)]
    out.append("%s bastion sshd[%d]: Accepted publickey for deploy from %s port %d ssh2: ED25519 SHA256:%s" % (e.dt().strftime("%b %d %H:%M:%S"), rng.randint(1000, 40000), e.ip("private"), rng.randint(30000, 60000), rstr(rng, 43)))
    return "\n".join(out) + "\n"


def t_profile_json(rng, e):
    f, l = e.person()
    return J({"data": {"user": {"id": uuid4(rng), "display_name": "%s %s" % (f, l), "email": e.email(f, l), "phone_verified": True, "phone": e.phone(),
                                  "last_sign_in": {"at": e.dt().strftime("%Y-%m-%dT%H:%M:%SZ"), "ip": e.ip()}, "locale": rng.choice(["en-GB", "de-DE", "fr-FR", "ja-JP"])}}})


def t_mongo_doc(rng, e):
    f, l = e.person()
    return "rs0:PRIMARY> db.customers.findOne({_id: ObjectId(\"%s\")})\n{\n  _id: ObjectId(\"%s\"),\n  name: '%s %s',\n  contacts: [ { type: 'email', value: '%s' }, { type: 'mobile', value: '%s' } ],\n  billing: { iban: '%s', mandate: 'MNDT-%d' },\n  createdAt: ISODate(\"%s\")\n}\n" % (
        rstr(rng, 24, HEX), rstr(rng, 24, HEX), f, l, e.email(f, l), e.phone(), e.iban(), rng.randint(1000, 9999), e.dt().strftime("%Y-%m-%dT%H:%M:%S.000Z"))


def t_ldif(rng, e):
    f, l = e.person()
    return "dn: uid=%s,ou=people,dc=tallpine,dc=example\nobjectClass: inetOrgPerson\ncn: %s %s\nsn: %s\nmail: %s\ntelephoneNumber: %s\nmobile: %s\npostalAddress: %s\n" % (
        (f + l).lower().replace(" ", ""), f, l, l, e.email(f, l), e.phone(rng.choice(COUNTRIES), True), e.phone(), rng.choice(STREETS))


def t_sql_insert(rng, e):
    rows = []
    for _ in range(rng.randint(2, 3)):
        f, l = e.person()
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (f, l.replace("'", "''"), e.email(f, l), e.phone("US"), e.ssn()))
    return "INSERT INTO applicants (first_name, last_name, email, phone, ssn) VALUES\n%s;\n" % ",\n".join(rows)


def t_whatsapp(rng, e):
    f, l = e.person()
    f2, _ = e.person()
    return "%s - %s: Hi! This is my new number btw\n%s - %s: Noted. Send me the landlord's contact?\n%s - %s: Sure, it's %s (Mr. Okafor)\n%s - %s: And the plumber: %s\n%s - %s: thanks!! 🙏\n" % (
        e.dt().strftime("%d/%m/%Y, %H:%M"), f, e.dt().strftime("%d/%m/%Y, %H:%M"), f2, e.dt().strftime("%d/%m/%Y, %H:%M"), f, e.phone(), e.dt().strftime("%d/%m/%Y, %H:%M"), f, e.phone(), e.dt().strftime("%d/%m/%Y, %H:%M"), f2)


def t_business_card_ocr(rng, e):
    f, l = e.person()
    c = rng.choice(COUNTRIES)
    return "[OCR business card | confidence 0.88]\n%s %s\nHead of Procurement\nORCHARDGATE TRADING\n%s\nT %s\nM %s\n%s\nwww.orchardgate.example\n" % (f.upper(), l.upper(), rng.choice(STREETS), e.phone(c, False) if R.PLANS[c][3][0][2] is not None else e.phone(c, True), e.phone(c, True), e.email(f, l, "orchardgate.example"))


def t_intake_pdf(rng, e):
    f, l = e.person()
    return "NEW PATIENT INTAKE FORM\n\nPatient name: %s %s            Date of birth: %s\nSocial Security No.: %s\nHome address: %s\nPreferred phone: %s      Alternate: %s\nE-mail: %s\nEmergency contact: %s %s, %s\nInsurance member ID: HX%d\n\nReason for visit: persistent knee pain after running.\n" % (
        f, l, e.dob(), e.ssn(), rng.choice(STREETS), e.phone("US", False), e.phone("US", True), e.email(f, l), *e.person(), e.phone("US", False), rng.randint(1000000, 9999999))


def t_rental(rng, e):
    f, l = e.person()
    return "Rental application — Unit 4B, 1187 Marlow Ave\n\nApplicant: %s %s\nCurrent address: %s\nSSN: %s\nMonthly income: $%d\nEmployer: Kestrel Works (HR contact %s)\nPhone: %s\nE-mail: %s\nReferences: previous landlord, %s\nApplication fee paid with card %s\n" % (
        f, l, rng.choice(STREETS), e.ssn(), rng.randint(3000, 9000), e.email(dom="kestrelworks.example"), e.phone("US"), e.email(f, l), e.phone("US"), e.card(rng.choice(["visa", "mastercard", "amex"])))


def t_ics(rng, e):
    f, l = e.person()
    st = e.dt().strftime("%Y%m%dT%H%M00Z")
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTART:%s\r\nSUMMARY:Supplier call\r\nORGANIZER;CN=%s %s:mailto:%s\r\nATTENDEE;CN=Buyer:mailto:%s\r\nDESCRIPTION:Dial-in if Teams fails: %s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (
        uuid4(rng), st, f, l, e.email(f, l), e.email(), e.phone())


def t_form_multi(rng, e):
    lang = rng.choice(["ja", "ko", "zh", "es", "pt", "it", "tr"])
    c = {"ja": "JP", "ko": "KR", "zh": "CN", "es": "ES", "pt": "BR", "it": "IT", "tr": "TR"}[lang]
    L = {"ja": ("お問い合わせフォーム", "氏名", "電話番号", "メール", "内容", "注文した商品がまだ届きません。"),
         "ko": ("문의 양식", "이름", "전화번호", "이메일", "내용", "주문한 상품이 아직 도착하지 않았습니다."),
         "zh": ("联系表单", "姓名", "电话", "邮箱", "留言", "我订购的商品还没有收到。"),
         "es": ("Formulario de contacto", "Nombre", "Teléfono", "Correo", "Mensaje", "Mi pedido todavía no ha llegado."),
         "pt": ("Formulário de contato", "Nome", "Telefone", "E-mail", "Mensagem", "Meu pedido ainda não chegou."),
         "it": ("Modulo di contatto", "Nome", "Telefono", "E-mail", "Messaggio", "Il mio ordine non è ancora arrivato."),
         "tr": ("İletişim formu", "Ad Soyad", "Telefon", "E-posta", "Mesaj", "Siparişim hâlâ gelmedi.")}[lang]
    f, l = e.person()
    return "%s\n%s: %s %s\n%s: %s\n%s: %s\n%s: %s\nIP: %s\n" % (L[0], L[1], f, l, L[2], e.phone(c), L[3], e.email(f, l), L[4], L[5], e.ip())


def t_notebook(rng, e):
    rows = []
    for i in range(3):
        f, l = e.person()
        rows.append("%d  %-18s %-32s %s" % (i, "%s %s" % (f, l), e.email(f, l), e.phone()))
    return J({"cells": [{"cell_type": "code", "execution_count": 4, "metadata": {}, "source": ["leads = pd.read_csv('leads_march.csv')\n", "leads[['name','email','phone']].head(3)"],
                         "outputs": [{"output_type": "execute_result", "execution_count": 4, "metadata": {}, "data": {"text/plain": ["   name               email                            phone\n"] + [r + "\n" for r in rows]}}]}],
              "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5})


def t_webhook(rng, e):
    f, l = e.person()
    return "POST /hooks/signup HTTP/1.1\nHost: crm.harborline.example\nContent-Type: application/json\nX-Forwarded-For: %s, %s\n\n%s" % (
        e.ip("public"), e.ip("private"), json.dumps({"event": "user.created", "user": {"name": "%s %s" % (f, l), "email": e.email(f, l), "signup_ip": e.ip("public")}}, indent=2) + "\n")


def t_wire_email(rng, e):
    c = rng.choice(["GB", "CH", "SA", "AE", "TR", "NO", "FI"])
    f, l = e.person()
    return "From: %s\nTo: %s\nSubject: Wire instructions for the deposit\n\nHello,\n\nplease use the following account for the deposit of the Lisbon order:\n\nBeneficiary: %s %s\nIBAN: %s\nAmount: 12,500.00 EUR\n\nIf anything is unclear, call me on %s before sending. Our finance desk is also reachable at %s.\n\nThanks\n" % (
        e.email(f, l), e.email(), f, l, e.iban(c), e.phone(c), e.email(dom="example.net"))


def t_k8s_audit(rng, e):
    out = []
    for _ in range(rng.randint(2, 3)):
        out.append(json.dumps({"kind": "Event", "level": "Metadata", "verb": rng.choice(["get", "list", "delete"]), "user": {"username": e.email(dom="tallpine.example")},
                               "sourceIPs": [e.ip()], "objectRef": {"resource": "secrets", "namespace": "prod"}, "responseStatus": {"code": rng.choice([200, 403])},
                               "requestReceivedTimestamp": e.dt().strftime("%Y-%m-%dT%H:%M:%S.%fZ")}))
    return "\n".join(out) + "\n"


def t_xlsx_iban(rng, e):
    lines = ["Sheet: Suppliers", "A1: Supplier | B1: Contact | C1: IBAN | D1: Phone"]
    for i in range(rng.randint(3, 4)):
        c = rng.choice(list(R.IBAN_SPEC))
        f, l = e.person()
        lines.append("A%d: %s %s Ltd | B%d: %s | C%d: %s | D%d: %s" % (i + 2, l, rng.choice(["Tools", "Foods", "Print"]), i + 2, e.email(f, l), i + 2, e.iban(c), i + 2, e.phone()))
    return "\n".join(lines) + "\n"


def t_winevent(rng, e):
    return "Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nEvent ID: 4625\nDate: %s\nAn account failed to log on.\nAccount Name: %s\nFailure Reason: Unknown user name or bad password.\nNetwork Information:\n    Workstation Name: -\n    Source Network Address: %s\n    Source Port: %d\n" % (
        e.dt().strftime("%d/%m/%Y %H:%M:%S"), rng.choice(["administrator", "backup", "j.smith"]), e.ip("public"), rng.randint(40000, 65000))


def t_sms(rng, e):
    f, _ = e.person()
    return "Messages with %s\n\n%s  %s\nYour courier is running late, call him on %s\n\nMe  %s\nThanks! Also what was the pharmacy number?\n\n%s  %s\n%s\n" % (
        f, f, e.dt().strftime("%b %d, %H:%M"), e.phone(), e.dt().strftime("%b %d, %H:%M"), f, e.dt().strftime("%b %d, %H:%M"), e.phone())


PII_ROWS = [
    ("email", t_email_signature, "email_raw", 4), ("email", t_crm_json, "crm_contact_json", 4), ("email", t_ldif, "ldif", 3), ("email", t_ics, "ics_calendar", 3), ("email", t_notebook, "jupyter_notebook", 2), ("email", t_profile_json, "api_response_json", 2),
    ("phone", t_contacts_csv, "csv_export", 7), ("phone", t_vcard, "vcard", 5), ("phone", t_whatsapp, "whatsapp_export", 4), ("phone", t_business_card_ocr, "ocr_text", 5), ("phone", t_sms, "sms_thread", 4), ("phone", t_form_multi, "web_form_text", 5),
    ("ssn", t_hr_yaml, "yaml_record", 3), ("ssn", t_w2_pdf, "pdf_text_extract", 3), ("ssn", t_background, "report_text", 2), ("ssn", t_payroll_csv, "csv_export", 2), ("ssn", t_intake_pdf, "pdf_text_extract", 2), ("ssn", t_sql_insert, "sql_script", 2),
    ("credit_card", t_gateway_log, "app_log", 5), ("credit_card", t_ticket_card, "zendesk_ticket_json", 4), ("credit_card", t_chat_card, "chat_transcript_text", 4), ("credit_card", t_rental, "form_text", 3),
    ("iban", t_sepa_xml, "sepa_pain001_xml", 3), ("iban", t_invoice, "invoice_text", 3), ("iban", t_bank_email_de, "email_raw", 3), ("iban", t_rib_fr, "rib_text", 2), ("iban", t_mongo_doc, "mongo_shell_output", 2), ("iban", t_wire_email, "email_raw", 2), ("iban", t_xlsx_iban, "xlsx_sheet_dump", 1),
    ("ipv4", t_nginx_log, "nginx_access_log", 3), ("ipv4", t_fw_log, "firewall_log", 3), ("ipv4", t_auth_log, "auth_log", 2), ("ipv4", t_psql_users, "psql_table", 2), ("ipv4", t_webhook, "http_request_dump", 2), ("ipv4", t_k8s_audit, "json_log_lines", 1), ("ipv4", t_winevent, "windows_event_log", 1),
]


# ================================================================ clean look-alikes
def bad_luhn_card(rng):
    while True:
        d = "4" + "".join(rng.choice("0123456789") for _ in range(15))
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def bad_iban(rng):
    s = R.iban(rng, rng.choice(["DE", "FR", "NL", "ES"]), False)
    chk = int(s[2:4])
    s = s[:2] + "%02d" % ((chk + rng.randint(1, 50)) % 97 + 2) + s[4:]
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def c_order(rng):
    return "Order confirmation #%s-%d\nPlaced: %s\nItems: 2 × merino socks (SKU TP-%d), 1 × headlamp (SKU TP-%d)\nPaid with Visa •••• %04d\nShipping: UPS tracking 1Z%s%s\nDelivery window: 09:00–13:00\nPostal code: %s\nQuestions? Reply through the help centre.\n" % (
        rstr(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), rng.randint(10**7, 10**8), rand_dt(rng).strftime("%Y-%m-%d %H:%M:%S"), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(0, 9999),
        rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), rstr(rng, 10, "0123456789"), rng.choice(["SW1A 1AA", "75011", "10115", "1017 CT", "00-950"]))


def c_release(rng):
    return "Release notes — desktop client %d.%d.%d (build %d.%d.%d.%d)\n\n* Updated the embedded runtime to %d.%d.%d\n* Minimum OS version: 10.0.%d\n* Fixed a crash when the sync folder path exceeded 260 characters\n* Bumped libcurl to 8.%d.%d and openssl to 3.%d.%d\n\nPackage: @tallpine/sync-client@%d.%d.%d\nSHA-256: %s\n" % (
        rng.randint(3, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(3, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 30000), rng.randint(10, 30), rng.randint(0, 9), rng.randint(0, 9),
        rng.randint(17000, 22631), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 4), rng.randint(0, 9), rng.randint(3, 9), rng.randint(0, 20), rng.randint(0, 9), rstr(rng, 64, HEX))


def c_oids(rng):
    return "$ snmpwalk -v2c -c public switch-03 1.3.6.1.2.1.1\niso.3.6.1.2.1.1.1.0 = STRING: \"Access switch, firmware %d.%d.%d\"\niso.3.6.1.2.1.1.2.0 = OID: iso.3.6.1.4.1.%d.1.%d\niso.3.6.1.2.1.1.3.0 = Timeticks: (%d) %d days, %d:%02d:%02d.00\niso.3.6.1.2.1.1.5.0 = STRING: \"switch-03.lab\"\nCertificate policy OID: 2.23.140.1.2.%d\nSignature algorithm: 1.2.840.113549.1.1.11\n" % (
        rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 99), rng.randint(1000, 60000), rng.randint(1, 999), rng.randint(10**6, 10**9), rng.randint(1, 300), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(1, 3))


def _isbn13(rng):
    d = "978" + "".join(rng.choice("0123456789") for _ in range(9))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    d += str((10 - s % 10) % 10)
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12])


def c_books(rng):
    titles = ["Field Guide to Alpine Flora", "Practical Warehouse Design", "The Quiet Harbour", "Notes on Glass", "Rivers of Iron"]
    return "Reading list — spring term\n\n" + "\n".join("%d. %s — ISBN %s (%d pp., %s ed.)" % (i + 1, t, _isbn13(rng), rng.randint(120, 640), rng.choice(["1st", "2nd", "3rd"])) for i, t in enumerate(rng.sample(titles, 4))) + "\n\nLibrary call numbers start with QK%d.\n" % rng.randint(100, 999)


def c_macs(rng):
    rows = ["Wi-Fi clients on AP-2 (hostnames only, addresses hidden by policy)", "MAC address         hostname        vendor        last seen"]
    for _ in range(5):
        rows.append("%s   %-14s  %-12s  %s" % (":".join("%02x" % rng.randint(0, 255) for _ in range(6)), rng.choice(["laptop-", "phone-", "printer-"]) + rstr(rng, 4, "abcdefghijklmnopqrstuvwxyz"), rng.choice(["Intel", "Apple", "HP", "Samsung"]), rand_dt(rng).strftime("%Y-%m-%d %H:%M")))
    return "\n".join(rows) + "\n"


def c_testdoc(rng):
    return "Payment form validation — negative test cases\n\nThe following inputs must be REJECTED by the form:\n- card number %s (fails Luhn check)\n- IBAN %s (wrong check digits)\n- SSN 000-%02d-%04d (area number 000 is never issued)\n- SSN 666-%02d-%04d (area number 666 is never issued)\n- SSN %d-%02d-%04d (9xx areas are not assigned)\n- e-mail \"user(at)domain\" (missing @)\n- phone \"12345\" (too short)\n" % (
        bad_luhn_card(rng), bad_iban(rng), rng.randint(1, 99), rng.randint(1, 9999), rng.randint(1, 99), rng.randint(1, 9999), rng.randint(900, 999), rng.randint(1, 99), rng.randint(1, 9999))


def c_hashes(rng):
    return "artifact manifest\n  id: %s\n  sha1: %s\n  sha256: %s\n  request_id: %s\n  created: %s\n  size_bytes: %d\n  git_describe: v%d.%d.%d-%d-g%s\n" % (
        uuid4(rng), rstr(rng, 40, HEX), rstr(rng, 64, HEX), uuid4(rng), rand_dt(rng).strftime("%Y-%m-%dT%H:%M:%SZ"), rng.randint(10**5, 10**9), rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 9), rng.randint(1, 99), rstr(rng, 7, HEX))


def c_geo(rng):
    return "Store locations export\nstore_id,city,postcode,lat,lon,opened\n" + "\n".join("S-%d,%s,%s,%.5f,%.5f,%s" % (rng.randint(100, 999), c, p, rng.uniform(35, 60), rng.uniform(-9, 25), rand_dt(rng).strftime("%Y-%m-%d")) for c, p in rng.sample([("Lyon", "69002"), ("Leipzig", "04109"), ("Porto", "4050-263"), ("Gdańsk", "80-831"), ("Utrecht", "3511 LX"), ("Cork", "T12 X70A")], 4)) + "\n"


def c_log_noip(rng):
    out = []
    for _ in range(5):
        out.append("%s INFO  worker-%d job=%s duration_ms=%d rows=%d version=%d.%d.%d" % (rand_dt(rng).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", rng.randint(1, 9), uuid4(rng), rng.randint(10, 99999), rng.randint(0, 10**6), rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9)))
    return "\n".join(out) + "\n"


def c_packages(rng):
    return "$ npm ls --depth=0\nshop-frontend@%d.%d.%d /srv/app\n├── @babel/core@7.%d.%d\n├── react@18.%d.%d\n├── @types/node@20.%d.%d\n└── vite@5.%d.%d\n\nContact the frontend guild in #frontend or via the @frontend-oncall handle.\n" % tuple(rng.randint(0, 30) for _ in range(11))


def c_masked_contact(rng):
    return "Customer record (masked view)\nName: %s %s\nE-mail: d***@e******.com\nPhone: +** *** *** **%02d\nCard: **** **** **** %04d\nIBAN: DE** **** **** **** **%02d %02d\nDate of birth: ****-**-%02d\nNote: full values are visible to Tier-2 only.\n" % (
        *rng.choice(PEOPLE), rng.randint(0, 99), rng.randint(0, 9999), rng.randint(0, 99), rng.randint(0, 99), rng.randint(1, 28))


CLEAN_ROWS = [("order_and_tracking_numbers", c_order, "email_text", 5), ("version_strings", c_release, "markdown_doc", 5), ("oids", c_oids, "snmp_output", 4), ("isbns", c_books, "markdown_doc", 4),
              ("mac_addresses", c_macs, "table_text", 4), ("invalid_checksum_numbers", c_testdoc, "markdown_doc", 5), ("hashes_and_uuids", c_hashes, "yaml_record", 4),
              ("postal_codes_and_coordinates", c_geo, "csv_export", 4), ("timestamps_and_ids", c_log_noip, "app_log", 3), ("package_handles", c_packages, "shell_output", 2), ("masked_values", c_masked_contact, "report_text", 2)]


def entities_for(text, items):
    seen, ents = set(), []
    for t, v in items:
        if (t, v) not in seen:
            seen.add((t, v))
            assert v in text, (t, v)
            ents.append((text.index(v), t, v))
    ents.sort(key=lambda x: (x[0], x[1]))
    return [{"type": t, "value": v} for _, t, v in ents]


def covered(text, ents, start, end):
    for e in ents:
        i = text.find(e["value"])
        while i >= 0:
            if i <= start and end <= i + len(e["value"]):
                return True
            i = text.find(e["value"], i + 1)
    return False


def unlisted(text, ents):
    bad = []
    for t, v, s, e in R.find_pii(text):
        if not covered(text, ents, s, e):
            bad.append((t, v))
    return bad


def build():
    rows = []
    for cat, fn, fmt, n in PII_ROWS:
        for i in range(n):
            for attempt in range(50):
                rng = rng_for("pii", cat, fn.__name__, i, attempt)
                e = E(rng)
                text = fn(rng, e)
                ents = entities_for(text, e.items)
                if not unlisted(text, ents):
                    break
            else:
                raise AssertionError("could not build clean pii row %s" % fn.__name__)
            rows.append({"format": fmt, "label": "pii", "category": cat, "entities": ents, "text": text})
    for cat, fn, fmt, n in CLEAN_ROWS:
        for i in range(n):
            for attempt in range(50):
                rng = rng_for("pii-clean", cat, i, attempt)
                text = fn(rng)
                if not list(R.find_pii(text)):
                    break
            else:
                raise AssertionError("could not build clean row %s" % cat)
            rows.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})
    rng = rng_for("shuffle", "pii")
    rng.shuffle(rows)
    out = [{"id": "pii-%04d" % k, "format": r["format"], "label": r["label"], "category": r["category"], "entities": r["entities"], "text": r["text"]}
           for k, r in enumerate(rows, 1)]
    write_jsonl(os.path.join(OUT_DIR, "pii.jsonl"), out)
    return out


if __name__ == "__main__":
    import collections
    rows = build()
    print(len(rows), collections.Counter(r["label"] for r in rows), collections.Counter(e["type"] for r in rows for e in r["entities"]))
