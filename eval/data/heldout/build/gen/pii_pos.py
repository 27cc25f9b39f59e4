"""PII-positive scenarios: f(c, p) -> (format, text, [(type, value), ...])."""
from .common import PRODUCTS, jdump, table

POS = []


def pos(fn):
    POS.append(fn)
    return fn


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.127 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15",
      "curl/8.5.0", "python-requests/2.32.3"]


@pos
def nginx_access(c, p):
    ents, lines = [], []
    ips = [p.ipv4() for _ in range(c.r.randint(2, 4))]
    for _ in range(c.r.randint(5, 12)):
        ip = c.pick(ips)
        path = c.pick(["/", "/login", "/api/v1/cart", "/static/app.css", "/product/8812", "/search?q=lamp", "/favicon.ico"])
        lines.append(f'{ip} - - [{c.r.randint(10, 28)}/Oct/2024:{c.time()} +0000] "{c.pick(["GET", "GET", "POST"])} {path} HTTP/1.1" '
                     f'{c.pick([200, 200, 304, 404, 302])} {c.r.randint(200, 60000)} "-" "{c.pick(UA)}"')
    used = sorted({l.split()[0] for l in lines})
    return "log", "\n".join(lines), [("ipv4", ip) for ip in used]


@pos
def auth_log_email_ip(c, p):
    lines, ents = [], []
    for _ in range(c.r.randint(2, 5)):
        f, l = c.person()
        em = p.email(f, l)
        ip = p.ipv4()
        ok = c.r.random() < 0.6
        lines.append(f'{c.ts()} {"INFO " if ok else "WARN "} auth-gateway login {"succeeded" if ok else "failed"} user="{em}" client_ip={ip} mfa={c.pick(["totp", "sms", "webauthn"])} latency_ms={c.r.randint(40, 900)}')
        ents += [("email", em), ("ipv4", ip)]
    return "log", "\n".join(lines), ents


@pos
def support_ticket_contact(c, p):
    f, l = c.person()
    em = p.email(f, l)
    ph = p.phone()
    text = f"""Ticket #{c.r.randint(40000, 99999)} — Delivery missed, please call me
Requester: {f} {l} <{em}>
Priority: normal · Channel: web form

Hi, the courier came while I was out and left no card. I'm home all day tomorrow. Please have them call me on {ph} before they come, the buzzer doesn't work.

Order: SO-{c.r.randint(100000, 999999)}
Thanks, {f}"""
    return "ticket", text, [("email", em), ("phone", ph)]


@pos
def crm_contact(c, p):
    f, l = c.person()
    comp, dom = c.company()
    em = p.email(f, l, dom)
    ph1 = p.phone(intl=True)
    ph2 = p.phone()
    obj = {"id": c.r.randint(10**7, 10**8), "properties": {"firstname": f, "lastname": l, "email": em, "phone": ph1, "mobilephone": ph2,
                                                          "company": comp, "jobtitle": c.pick(["Head of Operations", "CFO", "IT Manager", "Buyer"]),
                                                          "lifecyclestage": c.pick(["lead", "opportunity", "customer"]), "createdate": c.ts()},
           "archived": False}
    return "crm", jdump(obj), [("email", em), ("phone", ph1), ("phone", ph2)]


@pos
def hr_onboarding(c, p):
    f, l = c.person()
    ssn = p.ssn()
    ph = p.phone("US")
    em = p.email(f, l)
    text = f"""NEW HIRE INFORMATION FORM — CONFIDENTIAL

Legal name: {f} {l}
Start date: {c.date(2025)}
Department: {c.pick(['Finance', 'Engineering', 'Customer Success', 'Warehouse'])}
Social Security Number: {ssn}
Personal phone: {ph}
Personal email: {em}
Emergency contact: {c.name()} (spouse)
Direct deposit: on file (voided check received)
Form I-9 verified by: {c.name()} on {c.date()}"""
    return "web_text", text, [("ssn", ssn), ("phone", ph), ("email", em)]


@pos
def dispute_ticket_card(c, p):
    f, l = c.person()
    cc = p.card()
    em = p.email(f, l)
    text = f"""Ticket #{c.r.randint(40000, 99999)} — Charged but order cancelled
Requester: {f} {l} <{em}> · Priority: high

You cancelled my order but still charged my card. The card you charged is {cc}, exp {c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}. Please refund ${c.r.randint(20, 400)}.{c.r.randint(0, 99):02d} to it as soon as possible.

I've attached a screenshot of my bank statement."""
    return "ticket", text, [("credit_card", cc), ("email", em)]


@pos
def order_api_pan(c, p):
    f, l = c.person()
    cc = p.card(style="plain")
    em = p.email(f, l)
    ph = p.phone(intl=True)
    ip = p.ipv4()
    obj = {"order_id": f"SO-{c.r.randint(100000, 999999)}", "created_at": c.ts(), "customer": {"name": f"{f} {l}", "email": em, "phone": ph},
           "payment": {"method": "card", "card_number": cc, "expiry": f"{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}", "status": "authorized"},
           "client_ip": ip, "items": [{"sku": c.alnum(8).upper(), "qty": c.r.randint(1, 3), "unit_price": round(c.r.uniform(5, 300), 2)}]}
    return "api_json", jdump(obj), [("email", em), ("phone", ph), ("credit_card", cc), ("ipv4", ip)]


@pos
def invoice_iban_de(c, p):
    iban = p.iban("DE")
    ph = p.phone("DE", intl=True)
    f, l = c.pick(["Jonas", "Sabine", "Markus", "Anna"]), c.pick(["Bauer", "Weber", "Fischer", "Schneider"])
    em = p.email(f, l, "hofmann-elektro.de")
    text = f"""Von: {f} {l} <{em}>
Betreff: Rechnung RE-{c.r.randint(2024000, 2024999)}

Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung über {c.r.randint(300, 9000)},{c.r.randint(0, 99):02d} € für die Elektroarbeiten im {c.pick(['Mai', 'Juni', 'September'])}.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
Hofmann Elektrotechnik GmbH
IBAN: {iban}
BIC: {c.pick(['COBADEFFXXX', 'DEUTDEDBXXX', 'GENODEF1M01'])}

Bei Rückfragen erreichen Sie mich unter {ph}.

Mit freundlichen Grüßen
{f} {l}"""
    return "email", text, [("email", em), ("iban", iban), ("phone", ph)]


@pos
def customers_sql(c, p):
    rows, ents = [], []
    for _ in range(c.r.randint(3, 7)):
        f, l = c.person()
        em, ph = p.email(f, l), p.phone()
        rows.append([c.r.randint(1000, 99999), f"{f} {l}", em, ph, c.pick(CITIES_SHORT)])
        ents += [("email", em), ("phone", ph)]
    text = "crm=> SELECT id, full_name, email, phone, city FROM customers WHERE newsletter = true LIMIT 10;\n" + \
        table(["id", "full_name", "email", "phone", "city"], rows, c.pick(["psql", "mysql"]))
    return "sql_table", text, ents


CITIES_SHORT = ["Austin", "Leeds", "Denver", "Lyon", "Porto", "Toronto", "Dublin", "Munich", "Seattle", "Valencia"]


@pos
def employees_json_ssn(c, p):
    rows, ents = [], []
    for _ in range(c.r.randint(2, 5)):
        f, l = c.person()
        ssn = p.ssn()
        rows.append({"employee_id": f"E{c.r.randint(10000, 99999)}", "name": f"{f} {l}", "ssn": ssn,
                     "hire_date": c.date(c.r.randint(2015, 2024)), "state": c.pick(["TX", "CA", "NY", "WA", "NC"]), "salary_band": c.pick(["B2", "C1", "C3"])})
        ents.append(("ssn", ssn))
    return "json_rows", jdump(rows), ents


@pos
def chat_phone(c, p):
    ph = p.phone(c.pick(["UK", "US", "AU"]))
    text = f"""Channel: #office-leeds  (exported 2024-09-12)

[12:31] ruth: anyone know a decent electrician? the kitchen socket is dead again
[12:33] ben: yes! Gareth did our flat, very reasonable. his mobile is {ph}
[12:33] ben: tell him you know me
[12:35] ruth: legend, thanks"""
    return "chat", text, [("phone", ph)]


@pos
def firewall_log(c, p):
    lines, ents = [], set()
    for _ in range(c.r.randint(4, 9)):
        src, dst = p.ipv4(), p.ipv4("private")
        ents |= {src, dst}
        lines.append(f"{c.pick(['Oct', 'Nov'])} {c.r.randint(1, 28):2d} {c.time()} fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={src} DST={dst} LEN={c.r.randint(40, 60)} PROTO=TCP SPT={c.r.randint(1024, 65535)} DPT={c.pick([22, 23, 3389, 445, 5900])} WINDOW=1024 SYN")
    return "log", "\n".join(lines), [("ipv4", x) for x in sorted(ents)]


@pos
def calendar_dialin(c, p):
    ph1 = p.phone("US", intl=True)
    ph2 = p.phone("UK", intl=True)
    org_f, org_l = c.person()
    em = p.email(org_f, org_l, c.company()[1])
    d = c.date().replace("-", "")
    text = f"""BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:{c.uuid()}
DTSTART:{d}T160000Z
DTEND:{d}T170000Z
SUMMARY:Partner pipeline review
ORGANIZER;CN={org_f} {org_l}:mailto:{em}
DESCRIPTION:Join by phone\\nUS: {ph1}\\nUK: {ph2}\\nConference ID: {c.r.randint(100000, 999999)}#
END:VEVENT
END:VCALENDAR"""
    return "calendar", text, [("email", em), ("phone", ph1), ("phone", ph2)]


@pos
def leads_csv(c, p):
    lines, ents = ["first_name,last_name,email,phone,source,score"], []
    for _ in range(c.r.randint(3, 8)):
        f, l = c.person()
        em, ph = p.email(f, l), p.phone(intl=True)
        lines.append(f"{f},{l},{em},{ph},{c.pick(['webinar', 'trade show', 'referral', 'ads'])},{c.r.randint(1, 100)}")
        ents += [("email", em), ("phone", ph)]
    return "csv", "\n".join(lines), ents


@pos
def transfer_confirmation(c, p):
    a = p.iban(c.pick(["GB", "NL", "DE", "BE"]))
    b = p.iban(c.pick(["FR", "ES", "AT", "PT", "CH"]))
    text = f"""Payment confirmation

Your SEPA transfer has been submitted.

From account: {a}
To: {c.company()[0]}
Beneficiary IBAN: {b}
Amount: EUR {c.r.randint(100, 20000):,}.{c.r.randint(0, 99):02d}
Reference: INV {c.r.randint(10000, 99999)}
Execution date: {c.date()}

Keep this confirmation for your records."""
    return "web_text", text, [("iban", a), ("iban", b)]


@pos
def tax_form(c, p):
    f, l = c.person()
    ssn = p.ssn()
    ein = f"{c.r.randint(10, 99)}-{c.r.randint(1000000, 9999999)}"
    text = f"""Form W-2 Wage and Tax Statement 2023 (extracted text)
a Employee's social security number: {ssn}
b Employer identification number (EIN): {ein}
c Employer's name: {c.company()[0]}
e Employee's first name and initial: {f}   Last name: {l}
1 Wages, tips, other compensation: {c.r.randint(40000, 160000)}.00
2 Federal income tax withheld: {c.r.randint(4000, 30000)}.{c.r.randint(0, 99):02d}
15 State: {c.pick(['TX', 'NC', 'WA', 'NY'])}"""
    return "web_text", text, [("ssn", ssn)]


@pos
def intake_form(c, p):
    f, l = c.person()
    ssn, ph, em = p.ssn(), p.phone("US"), p.email(f, l)
    obj = {"form": "patient_intake", "submitted_at": c.ts(), "fields": {"first_name": f, "last_name": l, "dob": f"{c.r.randint(1950, 2004)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}",
                                                                      "ssn": ssn, "phone": ph, "email": em, "insurance_member_id": c.alnum(10).upper(),
                                                                      "reason_for_visit": c.pick(["annual physical", "knee pain", "follow-up", "vaccination"])}}
    return "api_json", jdump(obj), [("ssn", ssn), ("phone", ph), ("email", em)]


@pos
def fraud_alert(c, p):
    cc = p.card(style=c.pick(["space", "plain"]))
    ip = p.ipv4()
    f, l = c.person()
    em = p.email(f, l)
    text = f"""{c.ts()} WARN  risk-engine score=0.91 decision=REVIEW rule=velocity_card_ip card={cc} ip={ip} email={em} attempts_10m=7 country_mismatch=true
{c.ts()} INFO  risk-engine queued for manual review queue=payments-risk case_id=RC-{c.r.randint(10000, 99999)}"""
    return "log", text, [("credit_card", cc), ("ipv4", ip), ("email", em)]


@pos
def webhook_customer(c, p):
    f, l = c.person()
    em = p.email(f, l)
    ip = p.ipv4()
    obj = {"id": f"evt_{c.alnum(24)}", "type": "customer.created", "created": 1700000000 + c.r.randint(0, 30000000),
           "data": {"object": {"id": f"cus_{c.alnum(14)}", "email": em, "name": f"{f} {l}", "metadata": {"signup_ip": ip, "plan": "pro"}}}}
    return "api_json", jdump(obj), [("email", em), ("ipv4", ip)]


@pos
def email_signature(c, p):
    f, l = c.person()
    comp, dom = c.company()
    em = p.email(f, l, dom)
    o, m = p.phone(intl=True), p.phone(intl=True)
    text = f"""Hi {c.person()[0]},

Thanks for the quick turnaround on the quote. We'll confirm the PO by Thursday.

Best regards,

{f} {l}
{c.pick(['Procurement Lead', 'Operations Manager', 'Account Director'])} | {comp}
Office: {o}
Mobile: {m}
{em}"""
    return "email", text, [("phone", o), ("phone", m), ("email", em)]


@pos
def job_application(c, p):
    f, l = c.person()
    dom = c.company()[1]
    em, ph = p.email(f, l), p.phone()
    text = f"""From: {f} {l} <{em}>
To: careers@{dom}
Subject: Application – Senior Data Engineer (Ref DE-{c.r.randint(100, 999)})

Dear Hiring Team,

Please find attached my CV and cover letter for the Senior Data Engineer role. I have six years of experience building batch and streaming pipelines with Spark and Airflow.

I am available for a call most afternoons; you can reach me on {ph}.

Kind regards,
{f} {l}"""
    ents = [("email", em), ("phone", ph), ("email", f"careers@{dom}")]
    return "email", text, ents


@pos
def french_contact(c, p):
    f, l = c.pick(["Camille", "Julien", "Léa", "Hugo"]), c.pick(["Martin", "Bernard", "Dubois", "Lefèvre"])
    em = p.email(f.replace("é", "e"), l.replace("è", "e"), "orange.fr")
    ph = p.phone("FR", intl=c.r.random() < 0.5)
    iban = p.iban("FR")
    text = f"""Fiche client — {f} {l}

Adresse e-mail : {em}
Téléphone : {ph}
Mode de paiement : prélèvement SEPA
IBAN : {iban}
Date de signature du mandat : {c.date()}

Remarque : préfère être contacté(e) après 18h."""
    return "web_text", text, [("email", em), ("phone", ph), ("iban", iban)]


@pos
def spanish_ticket(c, p):
    f, l = c.pick(["Lucía", "Javier", "Carmen", "Diego"]), c.pick(["García", "Martínez", "López", "Sánchez"])
    ph = p.phone("ES", intl=c.r.random() < 0.5)
    iban = p.iban("ES")
    text = f"""Ticket #{c.r.randint(30000, 99999)} — Cambio de cuenta bancaria
Cliente: {f} {l}

Hola, quiero cambiar la cuenta donde se cargan las cuotas mensuales. La nueva cuenta es {iban}.
Si necesitan confirmar algo, pueden llamarme al {ph} por las mañanas.

Gracias."""
    return "ticket", text, [("iban", iban), ("phone", ph)]


@pos
def japanese_record(c, p):
    ph = p.phone("JP", intl=c.r.random() < 0.4)
    em = p.email(c.pick(["yuki", "haruto", "sakura", "kenji"]), c.pick(["tanaka", "sato", "suzuki", "ito"]), c.pick(["gmail.com", "yahoo.co.jp", "docomo.ne.jp"]))
    obj = {"会員番号": f"M{c.r.randint(1000000, 9999999)}", "氏名": c.pick(["田中 優希", "佐藤 陽翔", "鈴木 さくら"]), "電話番号": ph,
           "メールアドレス": em, "登録日": c.date(), "ポイント残高": c.r.randint(0, 20000)}
    return "api_json", jdump(obj), [("phone", ph), ("email", em)]


@pos
def brazil_order(c, p):
    ph = p.phone("BR", intl=c.r.random() < 0.5)
    f, l = c.pick(["Beatriz", "Marcos", "Rafael", "Juliana"]), c.pick(["Santos", "Oliveira", "Souza", "Costa"])
    em = p.email(f, l, "uol.com.br")
    text = f"""Pedido PV-{c.r.randint(100000, 999999)} confirmado!

Olá {f}, recebemos seu pedido.
Entrega para: {f} {l}
Contato: {ph} · {em}
Previsão de entrega: {c.r.randint(2, 9)} dias úteis

Obrigado por comprar conosco."""
    return "email", text, [("phone", ph), ("email", em)]


@pos
def slack_card(c, p):
    cc = p.card(c.pick(["visa", "amex", "mc"]))
    text = f"""Channel: #offsite-planning  (exported 2024-08-02)

[16:10] zoe: booking the venue now, which card do I use?
[16:12] liam: use the team card: {cc}, exp {c.r.randint(1, 12):02d}/{c.r.randint(26, 29)}, cvc {c.r.randint(100, 999)}
[16:12] liam: billing zip is on the finance wiki page
[16:20] zoe: booked ✅"""
    return "chat", text, [("credit_card", cc)]


@pos
def sshd_auth(c, p):
    lines, ents = [], set()
    for _ in range(c.r.randint(4, 8)):
        ip = p.ipv4()
        ents.add(ip)
        user = c.pick(["root", "admin", "ubuntu", "test", "oracle"])
        lines.append(f"{c.pick(['Nov', 'Dec'])} {c.r.randint(1, 28):2d} {c.time()} bastion sshd[{c.r.randint(1000, 99999)}]: Failed password for {'invalid user ' if user != 'root' else ''}{user} from {ip} port {c.r.randint(1024, 65535)} ssh2")
    return "log", "\n".join(lines), [("ipv4", x) for x in sorted(ents)]


@pos
def cf_firewall_events(c, p):
    evs, ents = [], []
    for _ in range(c.r.randint(2, 4)):
        ip = p.ipv4()
        evs.append({"action": c.pick(["block", "managed_challenge", "log"]), "clientIP": ip, "clientCountryName": c.pick(["NL", "US", "BR", "VN", "DE"]),
                    "clientRequestPath": c.pick(["/wp-login.php", "/.env", "/api/login", "/xmlrpc.php"]), "datetime": c.ts(), "rayName": c.hexid(16),
                    "ruleId": c.hexid(32), "source": "firewallManaged"})
        ents.append(("ipv4", ip))
    return "api_json", jdump({"data": {"viewer": {"zones": [{"firewallEventsAdaptive": evs}]}}}), ents


@pos
def contact_form_html(c, p):
    rows, ents = [], []
    for _ in range(c.r.randint(2, 4)):
        f, l = c.person()
        em, ph = p.email(f, l), p.phone()
        rows.append(f"<tr><td>{c.date()}</td><td>{f} {l}</td><td>{em}</td><td>{ph}</td><td>{c.pick(['Quote request', 'Partnership', 'Support', 'Other'])}</td></tr>")
        ents += [("email", em), ("phone", ph)]
    text = "<h2>Contact form submissions</h2>\n<table>\n<tr><th>Date</th><th>Name</th><th>Email</th><th>Phone</th><th>Topic</th></tr>\n" + "\n".join(rows) + "\n</table>"
    return "html", text, ents


@pos
def delivery_note(c, p):
    ph = p.phone(c.pick(["UK", "DE", "AU", "US"]))
    text = f"""DELIVERY NOTE DN-{c.r.randint(100000, 999999)}
Ship to: {c.name()}, {c.r.randint(1, 200)} {c.pick(['Harbour Road', 'Station Street', 'Elm Avenue'])}
Contact phone: {ph}
Items: {c.r.randint(1, 4)} x {c.pick(PRODUCTS)}
Weight: {c.r.randint(1, 30)}.{c.r.randint(0, 9)} kg   Parcels: 1
Driver notes: call on arrival, leave with neighbour if no answer"""
    return "text", text, [("phone", ph)]


@pos
def reservation(c, p):
    f, l = c.person()
    em, ph = p.email(f, l), p.phone(intl=True)
    text = f"""Reservation confirmed — Hotel Atlântico

Guest: {f} {l}
Email: {em}
Phone: {ph}
Check-in: {c.date(2025)} · 2 nights · Double room, sea view
Payment: card ending in {c.r.randint(1000, 9999)} (charged at check-in)
Confirmation no.: {c.alnum(8).upper()}"""
    return "email", text, [("email", em), ("phone", ph)]


@pos
def db_audit_private_ips(c, p):
    lines, ents = [], set()
    for _ in range(c.r.randint(3, 6)):
        ip = p.ipv4("private")
        ents.add(ip)
        lines.append(f"{c.ts()} LOG:  connection authorized: user={c.pick(['app', 'reporting', 'migrator'])} database=orders application_name=psql host={ip} port={c.r.randint(30000, 60000)}")
    return "log", "\n".join(lines), [("ipv4", x) for x in sorted(ents)]


@pos
def markdown_oncall(c, p):
    rows, ents = [], []
    for role in ["Primary", "Secondary", "Manager escalation"]:
        f, l = c.person()
        ph = p.phone(c.pick(["US", "UK", "DE"]), intl=True)
        rows.append(f"| {role} | {f} {l} | {ph} |")
        ents.append(("phone", ph))
    text = "## On-call contacts (week " + str(c.r.randint(1, 52)) + ")\n\n| Role | Name | Phone |\n|------|------|-------|\n" + "\n".join(rows) + \
        "\n\nPage via PagerDuty first; phone only if no ack within 10 minutes."
    return "markdown", text, ents


@pos
def yaml_user_seed(c, p):
    lines, ents = ["# seeds/users.yml — copied from prod for debugging (remove!)", "users:"], []
    for _ in range(c.r.randint(2, 4)):
        f, l = c.person()
        em, ph = p.email(f, l), p.phone(intl=True)
        lines += [f"  - name: {f} {l}", f"    email: {em}", f"    phone: \"{ph}\"", f"    role: {c.pick(['admin', 'member', 'viewer'])}"]
        ents += [("email", em), ("phone", ph)]
    return "yaml", "\n".join(lines), ents


@pos
def rental_application(c, p):
    f, l = c.person()
    ssn = p.ssn()
    ph = p.phone("US", intl=False)
    em = p.email(f, l)
    cc = p.card(c.pick(["visa", "mc", "discover"]))
    text = f"""Rental application #{c.r.randint(1000, 9999)} — Unit 4B, {c.r.randint(100, 999)} Pine St

Applicant: {f} {l}
SSN (for credit check): {ssn}
Phone: {ph}
Email: {em}
Current employer: {c.company()[0]} ({c.r.randint(1, 9)} years)
Monthly income: ${c.r.randint(3, 12)},{c.r.randint(100, 999)}
Application fee paid with card: {cc}

I authorize the landlord to obtain a consumer credit report."""
    return "web_text", text, [("ssn", ssn), ("phone", ph), ("email", em), ("credit_card", cc)]


@pos
def payroll_csv_iban(c, p):
    lines, ents = ["employee_id;name;iban;net_amount_eur"], []
    for _ in range(c.r.randint(3, 6)):
        iban = p.iban(c.pick(["DE", "NL", "BE", "AT", "FR"]), grouped=False)
        lines.append(f"E{c.r.randint(1000, 9999)};{c.name()};{iban};{c.r.randint(1800, 6500)},{c.r.randint(0, 99):02d}")
        ents.append(("iban", iban))
    return "csv", "\n".join(lines), ents


@pos
def python_fixture_leak(c, p):
    f, l = c.person()
    em, ph, cc = p.email(f, l), p.phone("US", intl=True), p.card()
    text = f'''# tests/fixtures/customer.py
# NOTE: captured from a production request while debugging INC-{c.r.randint(1000, 9999)}; replace with fake data

CUSTOMER = {{
    "name": "{f} {l}",
    "email": "{em}",
    "phone": "{ph}",
    "card": "{cc}",
}}
'''
    return "code", text, [("email", em), ("phone", ph), ("credit_card", cc)]


@pos
def nl_invoice(c, p):
    iban = p.iban("NL")
    ph = p.phone("DE", intl=True)
    text = f"""Factuur F{c.r.randint(2024000, 2024999)}

Graag het bedrag van € {c.r.randint(100, 5000)},{c.r.randint(0, 99):02d} binnen 30 dagen overmaken op
IBAN {iban} t.n.v. {c.pick(['Van Dijk Installaties BV', 'Bakker Logistiek', 'De Vries Design'])}
o.v.v. het factuurnummer.

Vragen? Bel onze Duitse vestiging: {ph}"""
    return "text", text, [("iban", iban), ("phone", ph)]


@pos
def call_transcript(c, p):
    f, l = c.person()
    ssn = p.ssn()
    cc = p.card(c.pick(["visa", "mc"]))
    ph = p.phone("US")
    text = f"""Call transcript — Card Services — {c.date()} {c.time()} — agent: {c.pick(['Dana', 'Luis', 'Priya'])}

AGENT: Thank you for calling, who am I speaking with?
CALLER: {f} {l}.
AGENT: For verification, can you give me your Social Security number?
CALLER: Sure, it's {ssn}.
AGENT: Thank you. And the card number you're calling about?
CALLER: {cc}.
AGENT: I see a pending charge from yesterday. Is the best callback number still {ph}?
CALLER: Yes, that's my cell.
AGENT: Great, I've opened a dispute. You'll get a letter within ten business days."""
    return "text", text, [("ssn", ssn), ("credit_card", cc), ("phone", ph)]


@pos
def payments_csv_pan(c, p):
    lines, ents = ["txn_id,created_at,amount,currency,card_number,status"], []
    for _ in range(c.r.randint(3, 6)):
        cc = p.card(style="plain")
        lines.append(f"tx_{c.alnum(10)},{c.ts()},{c.r.randint(5, 900)}.{c.r.randint(0, 99):02d},{c.pick(['USD', 'EUR', 'GBP'])},{cc},{c.pick(['captured', 'refunded', 'failed'])}")
        ents.append(("credit_card", cc))
    return "csv", "# export from legacy gateway (pre-tokenisation)\n" + "\n".join(lines), ents


@pos
def pci_log_leak(c, p):
    cc = p.card(style="plain")
    f, l = c.person()
    em = p.email(f, l)
    ip = p.ipv4()
    text = f"""{c.ts()} DEBUG payment-svc request_in path=/v1/charges remote_addr={ip}
{c.ts()} DEBUG payment-svc body={{"amount": {c.r.randint(500, 90000)}, "currency": "usd", "source": {{"number": "{cc}", "exp_month": {c.r.randint(1, 12)}, "exp_year": {c.r.randint(2026, 2030)}}}, "receipt_email": "{em}"}}
{c.ts()} INFO  payment-svc charge_created id=ch_{c.alnum(24)} status=succeeded"""
    return "log", text, [("ipv4", ip), ("credit_card", cc), ("email", em)]


@pos
def credit_app_rows(c, p):
    rows, ents = [], []
    for _ in range(c.r.randint(2, 4)):
        f, l = c.person()
        ssn, ph = p.ssn(), p.phone("US", intl=c.r.random() < 0.3)
        rows.append({"application_id": f"APP-{c.r.randint(100000, 999999)}", "applicant": f"{f} {l}", "ssn": ssn, "phone": ph,
                     "requested_limit": c.r.randint(1, 30) * 500, "decision": c.pick(["approved", "declined", "manual_review"])})
        ents += [("ssn", ssn), ("phone", ph)]
    return "json_rows", jdump(rows), ents


@pos
def tax_preparer_email(c, p):
    f1, l = c.person()
    f2 = c.person()[0]
    s1, s2 = p.ssn(), p.ssn()
    em = p.email(f1, l)
    text = f"""From: {f1} {l} <{em}>
To: Tax Office
Subject: Info for our 2023 return

Hi,

Here is the information you asked for:

{f1} {l} — SSN {s1}
{f2} {l} — SSN {s2}

The 1099-INT from the bank is attached. Let me know if anything else is missing.

Thanks,
{f1}"""
    return "email", text, [("email", em), ("ssn", s1), ("ssn", s2)]


@pos
def checkout_form_html(c, p):
    f, l = c.person()
    em = p.email(f, l)
    cc = p.card()
    ph = p.phone(intl=True)
    text = f"""<!-- saved page: checkout debug snapshot -->
<form id="checkout">
  <input name="email" value="{em}">
  <input name="phone" value="{ph}">
  <input name="cc-number" value="{cc}" autocomplete="cc-number">
  <input name="cc-exp" value="{c.r.randint(1, 12):02d}/{c.r.randint(26, 30)}">
  <button type="submit">Pay now</button>
</form>"""
    return "html", text, [("email", em), ("phone", ph), ("credit_card", cc)]
