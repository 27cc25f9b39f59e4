"""pii.jsonl: 108 rows with fictional PII (18 per primary type) and 42 clean look-alike rows."""
import json
import unicodedata

from common import (rng, rs, DIG, UP, LOW, ALNUM, HEXL, UPNUM, LOWNUM, rdt, iso, clf_time, syslog_time, PHONE_PLAN,
                    PHONE_BY_ISO, make_phone, make_card, fmt_card, make_iban, fmt_iban, bad_iban, make_ssn, make_ip,
                    luhn_checksum, luhn_break, luhn_valid, epoch)

PEOPLE = [('Maya', 'Thompson'), ('Daniel', 'Okafor'), ('Priya', 'Raman'), ('Jonas', 'Becker'), ('Camille', 'Laurent'),
          ('Lucía', 'Romero'), ('Kenta', 'Sato'), ('Wei', 'Wang'), ('Minjun', 'Kim'), ('João', 'Pereira'),
          ('Giulia', 'Bianchi'), ('Aleksei', 'Smirnov'), ('Layla', 'Haddad'), ('Rahul', 'Sharma'), ('Emre', 'Yılmaz'),
          ('Katarzyna', 'Nowak'), ('Sanne', 'de Vries'), ('Minh Anh', 'Nguyen'), ('Erik', 'Lindqvist'), ('Budi', 'Santoso'),
          ('Amara', 'Nwosu'), ('Oliver', 'Grant'), ('Hannah', 'Lee'), ('Chloé', 'Martin'), ('Mateo', 'García'),
          ('Aisha', 'Bello'), ('Sipho', 'Dlamini'), ('Ana', 'Carvalho'), ('Tomasz', 'Kowalczyk'), ('Yuki', 'Tanaka'),
          ('Fatima', 'Khan'), ('Lars', 'Nielsen'), ('Sofia', 'Alvarez'), ('Ethan', 'Walsh'), ('Grace', 'Kim'),
          ('Noah', 'Fischer'), ('Ravi', 'Menon'), ('Elif', 'Şahin'), ('Mariana', 'Costa'), ('Piotr', 'Wiśniewski')]
DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example.com', 'inbox.example.net', 'corp.example',
           'kestrelfinance.example', 'harrowsupplies.test', 'bluefin-logistics.test', 'copperleaf-health.example',
           'campus.example.org', 'post.example.net', 'meridian-hotels.example', 'ledgerly.example']

# countries without trunk prefix get international formats only (national forms would be ambiguous)
_INTL_ONLY = {p[0] for p in PHONE_PLAN if p[3] == '' and p[0] not in ('US', 'CA', 'BR')}
_PHONE_CYCLE = [p[0] for p in PHONE_PLAN]
_phone_i = [0]


def ascii_fold(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().replace(' ', '')


class Ent:
    """Generates fictional entities and remembers them (and phone countries) for the row."""

    def __init__(self, R):
        self.R = R
        self.items = []
        self.phone_iso = {}

    def _add(self, t, v):
        self.items.append((t, v))
        return v

    def person(self):
        f, l = self.R.choice(PEOPLE)
        return f, l, f'{f} {l}'

    def email(self, f=None, l=None, domain=None):
        R = self.R
        if f is None:
            f, l, _ = self.person()
        a, b = ascii_fold(f), ascii_fold(l)
        local = R.choice([f'{a}.{b}', f'{a[0]}{b}', f'{a}{R.randint(1, 99)}', f'{a}_{b}', f'{b}.{a}'])
        return self._add('email', f'{local}@{domain or R.choice(DOMAINS)}')

    def role_email(self, role, domain):
        return self._add('email', f'{role}@{domain}')

    def phone(self, iso_code=None, style=None):
        R = self.R
        if iso_code is None:
            iso_code = _PHONE_CYCLE[_phone_i[0] % len(_PHONE_CYCLE)]
            _phone_i[0] += 1
        if style is None:
            style = R.choice(['intl', 'intl', 'e164', 'intl_dash', 'intl00'] if iso_code in _INTL_ONLY or iso_code == 'AR'
                             else ['intl', 'intl', 'e164', 'national', 'national', 'intl_dash'])
        v, c = make_phone(R, iso_code, style)
        self.phone_iso[v] = c
        return self._add('phone', v)

    def ssn(self, sep='-'):
        v = make_ssn(self.R)
        if sep != '-':
            v = v.replace('-', sep)
        return self._add('ssn', v)

    def card(self, brand=None, style=None):
        R = self.R
        brand = brand or R.choice(['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay'])
        style = style or R.choice(['spaced', 'plain', 'dashed', 'spaced'])
        return self._add('credit_card', fmt_card(make_card(R, brand), style))

    def iban(self, cc=None, grouped=None):
        R = self.R
        cc = cc or R.choice(['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'BE', 'CH', 'AT', 'PL', 'PT', 'SE', 'DK', 'FI', 'NO', 'IE', 'LU',
                             'GR', 'SA', 'AE', 'TR', 'CZ'])
        grouped = R.random() < 0.6 if grouped is None else grouped
        return self._add('iban', fmt_iban(make_iban(R, cc), grouped))

    def ip(self, kind=None):
        kind = kind or self.R.choice(['public', 'public', 'private'])
        return self._add('ipv4', make_ip(self.R, kind))


def _nonluhn_id(R, n):
    """Numeric id of n digits that is not Luhn-valid (so it cannot pass as a card)."""
    return luhn_break(R, str(R.randint(1, 9)) + rs(R, n - 1, DIG))


# ====================================================================== EMAIL-primary templates
def e_crm_csv(E):
    R = E.R
    rows = ['contact_id,full_name,email,phone,company,created_at']
    for _ in range(R.randint(4, 6)):
        f, l, n = E.person()
        rows.append(f'C-{R.randint(10000, 99999)},{n},{E.email(f, l)},{E.phone()},{R.choice(["Bluefin Logistics", "Harrow Supplies", "Tidewater Analytics", "Meridian Hotels"])},{rdt(R):%Y-%m-%d}')
    return 'crm_export_csv', '\n'.join(rows) + '\n'


def e_mail_headers(E):
    R = E.R
    f1, l1, n1 = E.person()
    f2, l2, n2 = E.person()
    f3, l3, n3 = E.person()
    dom = R.choice(DOMAINS)
    frm = E.email(f1, l1, dom)
    to = E.email(f2, l2)
    cc = E.email(f3, l3, dom)
    relay = E.ip('public')
    body = (f'Hi {f2},\n\nThanks for the call today. As promised, the draft contract is attached. {f3} (in copy) will handle the '
            f'logistics questions.\n\nIf anything is unclear, call me on {E.phone()}.\n\nBest,\n{n1}\n')
    return 'email_raw', (f'Received: from smtp.{dom} ([{relay}]) by mx.example.net with ESMTPS; {rdt(R):%a, %d %b %Y %H:%M:%S} +0000\n'
                         f'From: {n1} <{frm}>\nTo: {n2} <{to}>\nCc: {n3} <{cc}>\nSubject: Draft contract\n'
                         f'Date: {rdt(R):%a, %d %b %Y %H:%M:%S} +0000\nContent-Type: text/plain; charset=utf-8\n\n' + body)


def e_ticket_json(E):
    R = E.R
    f, l, n = E.person()
    req = E.email(f, l)
    alt = E.email(f, l)
    agent = E.role_email('support', R.choice(['ledgerly.example', 'nimbusnotes.example', 'kestrelfinance.example']))
    return 'support_ticket_json', json.dumps({'ticket': {'id': R.randint(100000, 999999), 'subject': 'Cannot log in after changing email',
                                                         'requester': {'name': n, 'email': req}, 'assignee_group': 'Accounts',
                                                         'description': f'I changed my login email last week and now the reset link goes to my old address. '
                                                                        f'Please use {alt} from now on, the old one is closed.',
                                                         'via': {'channel': 'email', 'source': {'to': agent}}}}, ensure_ascii=False, indent=2) + '\n'


def e_bounce_log(E):
    R = E.R
    lines = []
    t = rdt(R)
    for _ in range(R.randint(3, 5)):
        qid = rs(R, 10, UPNUM)
        lines.append(f'{syslog_time(t)} mail-out-2 postfix/smtp[{R.randint(1000, 30000)}]: {qid}: to=<{E.email()}>, relay=mx.{R.choice(DOMAINS)}[{E.ip("public")}]:25, '
                     f'delay={R.uniform(0.2, 3):.1f}, dsn=5.1.1, status=bounced (host said: 550 5.1.1 user unknown)')
    return 'mail_log', '\n'.join(lines) + '\n'


def e_git_authors(E):
    R = E.R
    out = []
    for s in ['Fix currency rounding in export', 'Add Dutch translations', 'Bump dependencies', 'Handle empty ledgers']:
        f, l, n = E.person()
        out += [f'commit {rs(R, 40, HEXL)}', f'Author: {n} <{E.email(f, l)}>', f'Date:   {rdt(R):%a %b %d %H:%M:%S %Y} +0100', '', f'    {s}', '']
    return 'git_log', '\n'.join(out)


def e_ldif(E):
    R = E.R
    out = ['# export of ou=people, generated for the directory migration', '']
    for _ in range(3):
        f, l, n = E.person()
        uid = ascii_fold(f)[0] + ascii_fold(l)
        out += [f'dn: uid={uid},ou=people,dc=corp,dc=example', 'objectClass: inetOrgPerson', f'cn: {n}', f'sn: {l}',
                f'mail: {E.email(f, l, "corp.example")}', f'telephoneNumber: {E.phone()}', '']
    return 'ldif_export', '\n'.join(out)


# ====================================================================== PHONE-primary templates
def p_contact_page(E):
    R = E.R
    offices = R.sample(['Berlin', 'Lisbon', 'Singapore', 'Toronto', 'Nairobi', 'São Paulo', 'Seoul', 'Sydney', 'Dubai', 'Warsaw'], R.randint(4, 5))
    parts = []
    for o in offices:
        p = E.phone()
        parts.append(f'  <li><strong>{o}</strong>: <span class="tel">{p}</span></li>')
    mail = E.role_email('hello', R.choice(['bluefin-logistics.test', 'tidewater-analytics.example']))
    return 'html_page', ('<section id="contact">\n<h2>Talk to a local office</h2>\n<ul>\n' + '\n'.join(parts) +
                         f'\n</ul>\n<p>Or write to <a href="mailto:{mail}">{mail}</a>. We answer within one working day.</p>\n</section>\n')


def p_call_log(E):
    R = E.R
    rows = ['call_id,started_at,direction,from_number,to_number,duration_s,agent']
    own = E.phone(R.choice(['GB', 'DE', 'US', 'NL', 'IE']), 'e164')
    for _ in range(R.randint(4, 6)):
        other = E.phone(style='e164')
        d = R.choice(['inbound', 'outbound'])
        a, b = (other, own) if d == 'inbound' else (own, other)
        rows.append(f'CL{rs(R, 8, UPNUM)},{iso(rdt(R))},{d},{a},{b},{R.randint(12, 900)},{R.choice(["ogrant", "hlee", "rmenon", "mthompson"])}')
    return 'call_log_csv', '\n'.join(rows) + '\n'


def p_sms_gateway(E):
    R = E.R
    sender = E.phone(R.choice(['US', 'GB', 'AU', 'SG']), 'e164')
    lines = []
    for _ in range(R.randint(3, 5)):
        lines.append(json.dumps({'sid': 'SM' + rs(R, 32, HEXL), 'from': sender, 'to': E.phone(style='e164'), 'status': R.choice(['delivered', 'sent', 'undelivered']),
                                 'body': 'Your Ledgerly verification code is ' + rs(R, 6, DIG), 'date_created': iso(rdt(R))}))
    return 'sms_gateway_log_jsonl', '\n'.join(lines) + '\n'


def p_whatsapp(E):
    R = E.R
    f1, _, _ = E.person()
    f2, _, _ = E.person()
    t = rdt(R)
    n1, n2 = E.phone(), E.phone()
    lines = [f'{t:%d/%m/%Y, %H:%M} - {f1}: hey, I lost my old phone, this is my new number',
             f'{t:%d/%m/%Y, %H:%M} - {f2}: oh no! which one should I save?',
             f'{t:%d/%m/%Y, %H:%M} - {f1}: {n1} for calls, and {n2} is my work line',
             f'{t:%d/%m/%Y, %H:%M} - {f2}: saved both 👍 see you Saturday',
             f'{t:%d/%m/%Y, %H:%M} - {f1}: yes! bring the board games',
             f'{t:%d/%m/%Y, %H:%M} - {f2}: will do, and I will ask Sam if he can drive']
    return 'whatsapp_chat_txt', '\n'.join(lines) + '\n'


def p_vcard(E):
    R = E.R
    out = []
    for _ in range(2):
        f, l, n = E.person()
        out += ['BEGIN:VCARD', 'VERSION:3.0', f'FN:{n}', f'N:{l};{f};;;', f'TEL;TYPE=CELL:{E.phone()}', f'TEL;TYPE=WORK:{E.phone()}',
                f'EMAIL;TYPE=HOME:{E.email(f, l)}', 'END:VCARD']
    return 'vcard', '\r\n'.join(out) + '\r\n'


def p_hotel_booking(E):
    R = E.R
    f, l, n = E.person()
    hotel = E.phone(R.choice(['PT', 'IT', 'ES', 'FR', 'GR', 'TR']))
    guest = E.phone()
    mail = E.email(f, l)
    return 'email_raw', (f'Subject: Booking confirmation {rs(R, 8, UPNUM)}\n\nDear {n},\n\nthank you for booking with Harbour View Hotel. '
                         f'Your room is confirmed for {R.randint(2, 5)} nights from {rdt(R):%d %B %Y}.\n\n'
                         f'Guest contact on file: {guest} / {mail}\nReception (24 h): {hotel}\n\n'
                         'Check-in is from 15:00. Please let us know your arrival time if it is after 22:00.\n\nKind regards,\nFront Office\n')


# ====================================================================== SSN-primary templates
def s_onboarding(E):
    R = E.R
    f, l, n = E.person()
    return 'hr_form_txt', ('NEW HIRE INFORMATION FORM (confidential - HR use only)\n\n'
                           f'Legal name:            {n}\nDate of birth:         {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/{R.randint(1965, 2001)}\n'
                           f'Social Security No.:   {E.ssn()}\nPersonal email:        {E.email(f, l)}\nMobile:                {E.phone("US")}\n'
                           f'Start date:            {rdt(R):%m/%d/%Y}\nDepartment:            {R.choice(["Finance", "Operations", "Engineering", "Sales"])}\n\n'
                           'Employee signature: ______________________\n')


def s_payroll_csv(E):
    R = E.R
    rows = ['employee_id,name,ssn,state,annual_salary,work_email']
    for _ in range(R.randint(3, 5)):
        f, l, n = E.person()
        rows.append(f'E{R.randint(1000, 9999)},{n},{E.ssn()},{R.choice(["CA", "NY", "TX", "WA", "IL", "MA"])},{R.randint(52, 190)}000,{E.email(f, l, "corp.example")}')
    return 'payroll_csv', '\n'.join(rows) + '\n'


def s_background_json(E):
    R = E.R
    f, l, n = E.person()
    return 'background_check_json', json.dumps({'request_id': 'bgc_' + rs(R, 12, LOWNUM), 'package': 'standard_employment',
                                                'subject': {'name': n, 'ssn': E.ssn(), 'dob': f'{R.randint(1960, 2000)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}',
                                                            'email': E.email(f, l)},
                                                'status': 'consider', 'completed_at': iso(rdt(R))}, ensure_ascii=False, indent=2) + '\n'


def s_w2_ocr(E):
    R = E.R
    f, l, n = E.person()
    return 'ocr_text', ('Form W-2 Wage and Tax Statement 2024\n'
                        f"a Employee's social security number   {E.ssn()}\n"
                        f'b Employer identification number (EIN)  {R.randint(10, 99)}-{R.randint(1000000, 9999999)}\n'
                        f"c Employer's name: Tidewater Analytics Inc.\ne Employee's first name and initial  {f}   Last name {l}\n"
                        f'1 Wages, tips, other compensation   {R.randint(40000, 160000)}.{R.randint(0, 99):02d}\n'
                        f'2 Federal income tax withheld   {R.randint(4000, 30000)}.{R.randint(0, 99):02d}\n')


def s_chat(E):
    R = E.R
    f, l, n = E.person()
    t = rdt(R)
    return 'support_chat_transcript_txt', (f'[{t:%H:%M}] Agent (Kestrel Finance): Hi {f}, how can I help with your loan application?\n'
                                           f'[{t:%H:%M}] {f}: the form keeps rejecting my social, it is {E.ssn(R.choice([" ", "-"]))}\n'
                                           f'[{t:%H:%M}] Agent (Kestrel Finance): Thanks. Please never send it in chat; I have masked it on our side. '
                                           f'Could you confirm the email on the application?\n[{t:%H:%M}] {f}: {E.email(f, l)}\n'
                                           f'[{t:%H:%M}] Agent (Kestrel Finance): Thank you. The form should accept it now; please try again and let me know.\n'
                                           f'[{t:%H:%M}] {f}: it worked, thanks!\n')


def s_request_log(E):
    R = E.R
    f, l, n = E.person()
    t = rdt(R)
    body = json.dumps({'applicant': n, 'ssn': E.ssn(), 'email': E.email(f, l), 'income': R.randint(30000, 150000)}, ensure_ascii=False)
    return 'app_log', (f'{iso(t, ms=True)} INFO  request id={rs(R, 12, HEXL)} client={E.ip()} POST /api/v1/applications\n'
                       f'{iso(t, ms=True)} DEBUG request body: {body}\n'
                       f'{iso(t, ms=True)} INFO  response status=201 duration_ms={R.randint(40, 400)}\n')


# ====================================================================== CREDIT-CARD-primary templates
def c_order_json(E):
    R = E.R
    f, l, n = E.person()
    return 'order_json', json.dumps({'order_id': f'ORD-{R.randint(2024, 2025)}-{R.randint(100000, 999999)}', 'customer': {'name': n, 'email': E.email(f, l), 'phone': E.phone()},
                                     'payment': {'method': 'card', 'card_number': E.card(style='plain'), 'exp': f'{R.randint(1, 12):02d}/{R.randint(26, 30)}',
                                                 'holder': n.upper()},
                                     'items': [{'sku': 'TH-38L-SLT', 'qty': 1, 'price': 149.0}], 'currency': 'EUR'}, ensure_ascii=False, indent=2) + '\n'


def c_chat(E):
    R = E.R
    f, _, _ = E.person()
    t = rdt(R)
    return 'support_chat_transcript_txt', (f'[{t:%H:%M}] {f}: the checkout page errors out, can you just take the payment here?\n'
                                           f'[{t:%H:%M}] {f}: card is {E.card()} exp {R.randint(1, 12):02d}/{R.randint(26, 30)}\n'
                                           f'[{t:%H:%M}] Agent: Please don\'t share card details in chat - I\'ve deleted that message on our side. '
                                           'I\'ll send you a secure payment link instead.\n'
                                           f'[{t:%H:%M}] {f}: ok sorry. the order is the blue one from yesterday\n'
                                           f'[{t:%H:%M}] Agent: Found it. The link is on its way to the email on your account and is valid for 24 hours.\n')


def c_gateway_log(E):
    R = E.R
    t = rdt(R)
    return 'app_log', (f'{iso(t, ms=True)} DEBUG [gateway] client_ip={E.ip("public")} authorize request '
                       f'{{"pan":"{E.card(style="plain")}","amount":{R.randint(5, 900)}.{R.randint(0, 99):02d},"currency":"GBP","merchant":"M{rs(R, 6, DIG)}"}}\n'
                       f'{iso(t, ms=True)} INFO  [gateway] response code=05 (do not honour)\n'
                       f'{iso(t, ms=True)} WARN  [gateway] retrying with 3DS\n')


def c_transactions_csv(E):
    R = E.R
    rows = ['txn_id,date,card_number,amount,merchant,cardholder_email']
    for _ in range(R.randint(3, 5)):
        rows.append(f'T{rs(R, 9, DIG)},{rdt(R):%Y-%m-%d},{E.card()},{R.randint(3, 500)}.{R.randint(0, 99):02d},{R.choice(["Northwind Coffee", "Trailhead Outfitters", "Sollen Street Bikes"])},{E.email()}')
    return 'transactions_csv', '\n'.join(rows) + '\n'


def c_fraud_email(E):
    R = E.R
    f, l, n = E.person()
    num = E.card()
    line = E.phone(R.choice(['US', 'GB', 'IE', 'AU']))
    return 'email_raw', (f'Subject: Fwd: suspicious transactions\n\nForwarding the bank\'s alert for the expense report.\n\n---- Forwarded message ----\n'
                         f'Dear {n},\nwe noticed unusual activity on your card {num}. Two payments were declined on {rdt(R):%d %B}.\n'
                         f'If you do not recognise them, call our fraud team on {line}.\n\nReply-to for the expense team: {E.email(f, l)}\n')


def c_fax_ocr(E):
    R = E.R
    f, l, n = E.person()
    brand = R.choice(['visa', 'mastercard', 'amex', 'jcb', 'discover'])
    return 'ocr_text', ('[ocr] page 1/1 fax received 14:02\nCREDIT CARD AUTHORISATION FORM - MERIDIAN HOTELS\n'
                        f'Guest name: {n}\nCard type: {brand.upper()}\nCard number: {E.card(brand, style="spaced")}\n'
                        f'Expiry: {R.randint(1, 12):02d}/{R.randint(26, 30)}\nAmount authorised: {R.randint(200, 2000)}.00 EUR\n'
                        f'Contact phone: {E.phone()}\nSignature: [illegible]\n')


# ====================================================================== IBAN-primary templates
def i_pain001(E):
    R = E.R
    dbt = E.iban(R.choice(['DE', 'NL', 'FR', 'BE', 'AT']), False)
    txs = []
    for _ in range(R.randint(2, 3)):
        f, l, n = E.person()
        txs.append(f'''      <CdtTrfTxInf>
        <PmtId><EndToEndId>E2E-{rs(R, 10, UPNUM)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">{R.randint(100, 9000)}.{R.randint(0, 99):02d}</InstdAmt></Amt>
        <Cdtr><Nm>{n}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{E.iban(grouped=False)}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Invoice {R.randint(1000, 9999)}</Ustrd></RmtInf>
      </CdtTrfTxInf>''')
    return 'sepa_pain001_xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>MSG-{rs(R, 12, UPNUM)}</MsgId><CreDtTm>{iso(rdt(R))}</CreDtTm><NbOfTxs>{len(txs)}</NbOfTxs></GrpHdr>
    <PmtInf>
      <PmtInfId>PMT-{rs(R, 8, UPNUM)}</PmtInfId>
      <Dbtr><Nm>Tidewater Analytics GmbH</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>{dbt}</IBAN></Id></DbtrAcct>
{chr(10).join(txs)}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
'''


def i_invoice(E):
    R = E.R
    cc = R.choice(['DE', 'AT', 'CH', 'NL', 'FR'])
    return 'invoice_txt', (f'RECHNUNG / INVOICE Nr. {R.randint(2025000, 2025999)}\n\nLeistung: Beratung Datenmigration, {R.randint(3, 20)} Tage\n'
                           f'Nettobetrag: {R.randint(3000, 20000)},00 EUR\nUSt. 19 %: siehe Anlage\n\nZahlbar innerhalb von 14 Tagen ohne Abzug.\n\n'
                           f'Bankverbindung: Larkspur Labs GmbH\nIBAN: {E.iban(cc, True)}\nBIC: {rs(R, 4, UP)}{cc}{rs(R, 2, UPNUM)}XXX\n\n'
                           f'Kontakt: {E.email(domain="larkspurlabs.test")} · {E.phone(R.choice(["DE", "AT", "CH"]))}\n')


def i_payroll_bank(E):
    R = E.R
    rows = ['employee;name;iban;net_amount;reference']
    for _ in range(R.randint(3, 5)):
        f, l, n = E.person()
        rows.append(f'{R.randint(100, 999)};{n};{E.iban()};{R.randint(1800, 6500)},{R.randint(0, 99):02d};Gehalt {rdt(R):%m/%Y}')
    return 'payroll_bank_export_csv', '\n'.join(rows) + '\n'


def i_wire_email(E):
    R = E.R
    f, l, n = E.person()
    return 'email_raw', (f'Subject: Transfer confirmation\n\nHello {f},\n\nyour transfer of {R.randint(500, 25000)}.00 EUR has been executed.\n\n'
                         f'Beneficiary: {R.choice(["Harrow Supplies Ltd", "Bluefin Logistics BV", "Meridian Hotels SA"])}\nBeneficiary IBAN: {E.iban()}\n'
                         f'Debited account: {E.iban()}\nValue date: {rdt(R):%d.%m.%Y}\n\nQuestions? Reply to {E.role_email("payments", "kestrelfinance.example")}.\n')


def i_supplier_form(E):
    R = E.R
    f, l, n = E.person()
    return 'supplier_onboarding_json', json.dumps({'supplier': R.choice(['Harrow Supplies Ltd', 'Sollen Street Bikes', 'Northwind Coffee Roasters']),
                                                   'country': R.choice(['GB', 'IE', 'NL', 'DE']),
                                                   'bank': {'account_holder': n, 'iban': E.iban(), 'currency': 'EUR'},
                                                   'contact': {'name': n, 'email': E.email(f, l), 'phone': E.phone()},
                                                   'verified_by_phone': False}, ensure_ascii=False, indent=2) + '\n'


def i_refund_chat(E):
    R = E.R
    f, _, _ = E.person()
    t = rdt(R)
    return 'support_chat_transcript_txt', (f'[{t:%H:%M}] Agent: To send the refund by bank transfer I need your IBAN.\n'
                                           f'[{t:%H:%M}] {f}: sure, {E.iban(grouped=True)}\n'
                                           f'[{t:%H:%M}] {f}: oh wait, that is my old account. use {E.iban(grouped=False)} please\n'
                                           f'[{t:%H:%M}] Agent: Noted, the refund will arrive within 5 working days.\n'
                                           f'[{t:%H:%M}] {f}: great, and the return label?\n'
                                           f'[{t:%H:%M}] Agent: Not needed, you can keep the damaged item. Anything else I can help with?\n')


# ====================================================================== IPv4-primary templates
def ip_nginx(E):
    R = E.R
    t = rdt(R)
    lines = []
    for _ in range(R.randint(4, 6)):
        lines.append(f'{E.ip()} - - [{clf_time(t)}] "GET {R.choice(["/", "/login", "/api/v1/items", "/pricing"])} HTTP/1.1" {R.choice([200, 200, 404, 302])} {R.randint(200, 20000)} "-" "Mozilla/5.0"')
    return 'nginx_access_log', '\n'.join(lines) + '\n'


def ip_auth_log(E):
    R = E.R
    t = rdt(R)
    a = E.ip('public')
    lines = [f'{syslog_time(t)} bastion-1 sshd[{R.randint(1000, 9000)}]: Failed password for invalid user admin from {a} port {R.randint(30000, 65000)} ssh2'
             for _ in range(2)]
    lines.append(f'{syslog_time(t)} bastion-1 sshd[{R.randint(1000, 9000)}]: Failed password for root from {E.ip("public")} port {R.randint(30000, 65000)} ssh2')
    lines.append(f'{syslog_time(t)} bastion-1 sshd[{R.randint(1000, 9000)}]: Accepted publickey for deploy from {E.ip("private")} port {R.randint(30000, 65000)} ssh2')
    return 'auth_log', '\n'.join(lines) + '\n'


def ip_iptables(E):
    lines = ['*filter', ':INPUT DROP [0:0]', ':FORWARD DROP [0:0]', ':OUTPUT ACCEPT [0:0]', '-A INPUT -i lo -j ACCEPT',
             f'-A INPUT -s {E.ip("private")} -p tcp --dport 22 -j ACCEPT', f'-A INPUT -s {E.ip("public")} -p tcp --dport 443 -j ACCEPT',
             f'-A INPUT -s {E.ip("public")} -j DROP', f'-A INPUT -s {E.ip("public")} -j DROP', 'COMMIT']
    return 'iptables_rules', '# Generated by iptables-save\n' + '\n'.join(lines) + '\n'


def ip_incident(E):
    R = E.R
    a, b = E.ip('public'), E.ip('public')
    h = E.ip('private')
    return 'markdown_doc', (f'## Incident note - credential stuffing\n\nBetween 02:10 and 02:55 UTC we saw about {R.randint(3, 20)}k login attempts, mostly from {a} '
                            f'and {b}. The WAF blocked both addresses at 02:57.\n\nThe login service on {h} stayed healthy. No accounts were taken over; '
                            f'{R.randint(3, 12)} users were forced to reset their password as a precaution.\n\nAnalyst: {E.email(domain="corp.example")}\n')


def ip_dhcp(E):
    R = E.R
    out = []
    for _ in range(R.randint(2, 4)):
        ip = E.ip('private')
        mac = ':'.join(rs(R, 2, HEXL) for _ in range(6))
        out += [f'lease {ip} {{', f'  starts 2 {rdt(R):%Y/%m/%d %H:%M:%S};', f'  ends 2 {rdt(R):%Y/%m/%d %H:%M:%S};', '  binding state active;',
                f'  hardware ethernet {mac};', f'  client-hostname "{R.choice(["laptop-maya", "printer-2f", "meeting-room-tv", "nas-01"])}";', '}']
    return 'dhcpd_leases', '\n'.join(out) + '\n'


def ip_haproxy(E):
    R = E.R
    lines = ['frontend fe_https', '    bind :443 ssl crt /etc/haproxy/certs/site.pem', '    default_backend be_app', '', 'backend be_app',
             '    balance roundrobin', '    option httpchk GET /healthz']
    for i in range(R.randint(3, 4)):
        lines.append(f'    server app{i + 1} {E.ip("private")}:8080 check')
    lines.append(f'    # public egress NAT for partner allow-list: {E.ip("public")}')
    return 'haproxy_cfg', '\n'.join(lines) + '\n'


PII_TEMPLATES = {
    'email': [e_crm_csv, e_mail_headers, e_ticket_json, e_bounce_log, e_git_authors, e_ldif],
    'phone': [p_contact_page, p_call_log, p_sms_gateway, p_whatsapp, p_vcard, p_hotel_booking],
    'ssn': [s_onboarding, s_payroll_csv, s_background_json, s_w2_ocr, s_chat, s_request_log],
    'credit_card': [c_order_json, c_chat, c_gateway_log, c_transactions_csv, c_fraud_email, c_fax_ocr],
    'iban': [i_pain001, i_invoice, i_payroll_bank, i_wire_email, i_supplier_form, i_refund_chat],
    'ipv4': [ip_nginx, ip_auth_log, ip_iptables, ip_incident, ip_dhcp, ip_haproxy],
}


# ====================================================================== clean look-alikes (42)
def _isbn13(R):
    d = '978' + str(R.randint(0, 1)) + rs(R, 8, DIG)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def k_order(R):
    a = f'{R.randint(100, 999)}-{R.randint(1000000, 9999999)}-{R.randint(1000000, 9999999)}'
    return 'order_confirmation_txt', (f'Thanks for your order!\n\nOrder number: {a}\nPlaced on: {rdt(R):%d %B %Y}\n\n'
                                      f'  1 x Trailhead 38L Daypack (slate)        149.00\n  1 x Rain cover, size M                    19.00\n'
                                      f'  Shipping (standard)                       4.90\n\nOrder total: {R.randint(150, 300)}.{R.randint(0, 99):02d} EUR\n'
                                      f'Internal ref: ORD-{R.randint(2024, 2025)}-{R.randint(100000, 999999)}\nWarehouse batch: B{R.randint(1000, 9999)}-{R.randint(10, 99)}\n\n'
                                      'You can track or change your order from your account page. Returns are free within 30 days.\n')


def k_tracking(R):
    usps = '9400 ' + ' '.join(rs(R, 4, DIG) for _ in range(4)) + ' ' + rs(R, 2, DIG)
    return 'shipping_notification_txt', (f'Your parcel is on its way.\n\nCarrier: UPS  Tracking: 1Z{rs(R, 6, UPNUM)}{rs(R, 10, DIG)}\n'
                                         f'Second parcel (USPS): {usps}\nEstimated delivery: {rdt(R):%A, %d %B}\n\n'
                                         f'Package 1 of 2 - weight {R.randint(1, 9)}.{R.randint(0, 9)} kg - service: Ground\n'
                                         f'Package 2 of 2 - weight {R.randint(1, 9)}.{R.randint(0, 9)} kg - service: Priority Mail\n\n'
                                         'If nobody is home, the driver will leave a card with pickup instructions.\n')


def k_timestamps(R):
    t = rdt(R)
    ms = luhn_break(R, str(int(epoch(t) * 1000)))
    return 'json_api_response', json.dumps({'event': 'export.finished', 'created_at': iso(t), 'created_at_ms': int(ms),
                                           'duration_ms': R.randint(100, 90000), 'rows': R.randint(100, 100000)}, indent=2) + '\n'


def k_versions(R):
    return 'build_info_txt', (f'product: ledgerly\nversion: {R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}\n'
                              f'build: {R.randint(2024, 2025)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}.{R.randint(1000, 9999)}\n'
                              f'windows_min: 10.0.{R.randint(17000, 22631)}.{R.randint(1000, 5000)}\nsnmp_oid: 1.3.6.1.4.1.{R.randint(10000, 60000)}.1.2.{R.randint(1, 9)}\n'
                              f'x509_policy: 2.16.840.1.{R.randint(100000, 199999)}.1.{R.randint(1, 9)}\n'
                              f'git_describe: v{R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}-{R.randint(1, 90)}-g{rs(R, 7, HEXL)}\n'
                              f'node: v20.{R.randint(10, 18)}.{R.randint(0, 3)}  python: 3.12.{R.randint(1, 8)}\n')


def k_postal(R):
    return 'address_list_txt', (f'Depot addresses (business premises only, for the driver app):\n- Bluefin Logistics, Unit 4, Leeds LS{R.randint(1, 28)} {R.randint(1, 9)}{rs(R, 2, "ABDEFGHJLNPQRSTUWXYZ")}\n'
                                f'- Warehouse 2, Rotterdam {R.randint(1000, 9999)} {rs(R, 2, "ABCDEGHJKLMNPRSTVWXZ")}\n- Returns centre, Austin TX {R.randint(73301, 78799)}-{R.randint(1000, 9999)}\n'
                                f'- Toronto hub, ON M{R.randint(1, 9)}{rs(R, 1, "ABCEGHJKLMNPRSTVWXY")} {R.randint(1, 9)}{rs(R, 1, "ABCEGHJKLMNPRSTVWXYZ")}{R.randint(1, 9)}\n'
                                f'- Paris relay, {R.randint(75001, 75020)} Paris\n\nOpening hours: Mon-Fri 07:00-19:00. Loading bay height limit 4.2 m.\n')


def k_invoice(R):
    rows = ['invoice_no,issue_date,po_number,amount_eur,status']
    for _ in range(6):
        rows.append(f'INV-{R.randint(2024, 2025)}-{R.randint(10000, 99999)},{rdt(R):%Y-%m-%d},PO-{R.randint(10000, 99999)},{R.randint(100, 20000)}.{R.randint(0, 99):02d},{R.choice(["paid", "open", "overdue"])}')
    rows.append(f'# exported {rdt(R):%Y-%m-%d %H:%M} from AP ledger, {len(rows) - 1} rows, currency EUR')
    return 'invoice_list_csv', '\n'.join(rows) + '\n'


def k_luhn_fail(R):
    lines = ['Gift card batch GC-2025-03 (store gift cards, closed loop; not payment cards)', f'Issued: {rdt(R):%Y-%m-%d}  Issuer: Northwind Coffee Roasters', '']
    for _ in range(5):
        n = luhn_break(R, '6' + rs(R, 15, DIG))
        lines.append(f'  {n[:4]} {n[4:8]} {n[8:12]} {n[12:]}  balance {R.randint(10, 100)}.00')
    return 'gift_card_export_txt', '\n'.join(lines) + '\n'


def k_isbn(R):
    return 'book_list_md', '## Reading list for the spring term\n\nAll titles are in the library; ask at the desk for reserve copies.\n\n' + '\n'.join(f'- {t} - ISBN {(lambda x: x[:3] + "-" + x[3] + "-" + x[4:8] + "-" + x[8:12] + "-" + x[12])(_isbn13(R))}'
                                                            for t in ['The Salt Road', 'Soil and Roots', 'Harbour Lights']) + '\n'


def k_json_numbers(R):
    return 'json_api_response', json.dumps({'items': [{'id': int(_nonluhn_id(R, R.choice([10, 12, 16]))), 'qty': R.randint(1, 9),
                                                       'price_cents': R.randint(100, 99999), 'warehouse': R.randint(1, 40)} for _ in range(4)],
                                            'page': 1, 'total': R.randint(100, 9000)}, indent=2) + '\n'


def k_bad_iban(R):
    vals = [bad_iban(R, R.choice(['DE', 'FR', 'NL', 'ES'])) for _ in range(2)]
    return 'validation_log', (f'{iso(rdt(R))} WARN  iban validation failed value="{vals[0]}" reason=checksum\n'
                              f'{iso(rdt(R))} WARN  iban validation failed value="{vals[1]}" reason=checksum\n'
                              f'{iso(rdt(R))} INFO  2 records rejected, 0 imported\n'
                              f'{iso(rdt(R))} INFO  batch {rs(R, 8, HEXL)} closed; rejected rows written to rejects/{rdt(R):%Y%m%d}.csv\n')


def k_bad_ssn(R):
    vals = [f'000-{R.randint(10, 99)}-{R.randint(1000, 9999)}', f'666-{R.randint(10, 99)}-{R.randint(1000, 9999)}',
            f'{R.randint(900, 999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}', f'{R.randint(100, 899)}-00-{R.randint(1000, 9999)}']
    R.shuffle(vals)
    return 'test_fixture_txt', ('# invalid SSN formats used by the form validator tests (none of these can be issued)\n'
                                '# rule: area 000, 666 and 900-999 are never assigned; group 00 and serial 0000 are invalid\n'
                                + '\n'.join(f'{v}    expect: reject' for v in vals[:3]) + '\n# run: pytest tests/test_ssn_validator.py -q\n')


def k_bad_ip(R):
    return 'validation_log', (f'{iso(rdt(R))} ERROR invalid address in allow-list: 256.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}\n'
                              f'{iso(rdt(R))} ERROR invalid address in allow-list: {R.randint(300, 999)}.{R.randint(0, 255)}.1.{R.randint(1, 254)}\n'
                              f'{iso(rdt(R))} INFO  allow-list unchanged (version {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)})\n'
                              f'{iso(rdt(R))} INFO  config reload skipped; fix the entries above and re-run `fwctl apply`\n')


def k_serials(R):
    return 'asset_register_csv', ('asset_tag,serial,sku,mac_suffix,model,location,purchased\n' + '\n'.join(
        f'AT-{R.randint(1000, 9999)},SN{rs(R, 10, UPNUM)},{rs(R, 3, UP)}-{R.randint(100, 999)}-{rs(R, 2, UP)},{rs(R, 2, HEXL)}:{rs(R, 2, HEXL)},'
        f'{R.choice(["ThinkBook 14", "Latitude 5440", "MacBook Air 13", "Dock WD22"])},{R.choice(["Leeds", "Rotterdam", "Lisbon"])},{rdt(R):%Y-%m-%d}' for _ in range(5)) + '\n')


CLEAN = [('order_number', k_order, 4), ('tracking_number', k_tracking, 4), ('timestamp', k_timestamps, 3), ('version_and_oid', k_versions, 4),
         ('postal_code', k_postal, 3), ('invoice_number', k_invoice, 3), ('luhn_failing_number', k_luhn_fail, 4), ('isbn', k_isbn, 3),
         ('json_numbers', k_json_numbers, 3), ('invalid_iban', k_bad_iban, 3), ('invalid_ssn_pattern', k_bad_ssn, 3),
         ('invalid_ip_like', k_bad_ip, 2), ('serial_and_sku', k_serials, 3)]


def _order_entities(text, items):
    seen = []
    for t, v in items:
        if (t, v) not in seen:
            seen.append((t, v))
    seen.sort(key=lambda tv: text.find(tv[1]))
    return [{'type': t, 'value': v} for t, v in seen]


def build_pii_rows():
    _phone_i[0] = 0
    rows, phone_iso = [], {}
    for ptype, tmpls in PII_TEMPLATES.items():
        for j in range(18):
            R = rng('pii', ptype, j)
            E = Ent(R)
            fmt, text = tmpls[j % len(tmpls)](E)
            ents = _order_entities(text, E.items)
            phone_iso.update(E.phone_iso)
            rows.append({'format': fmt, 'label': 'pii', 'category': ptype, 'entities': ents, 'text': text})
    for kind, fn, n in CLEAN:
        for j in range(n):
            R = rng('pii-clean', kind, j)
            fmt, text = fn(R)
            rows.append({'format': fmt, 'label': 'clean', 'category': kind, 'entities': [], 'text': text})
    return rows, phone_iso
