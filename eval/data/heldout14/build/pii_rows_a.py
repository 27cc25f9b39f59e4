"""PII rows whose primary type is email, phone or ssn (54 rows)."""
from carriers import J, csvt, ics, iso, jsonlog, mysql, plainlog, psql, rfc2822, slack, ticket, transcript
from piilib import Gen


def mail(g, frm, to, subj, body, key):
    """Minimal message as a mail tool returns it; every address is registered as an entity."""
    for part in (frm, to):
        g.add("email", part.split("<")[-1].rstrip(">").strip())
    return "From: %s\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n" % (frm, to, subj, rfc2822(key), body)


def P(g, fmt, cat, text):
    return {"format": fmt, "label": "pii", "category": cat, "entities": g.ents, "text": text, "_phone_formats": g.phone_formats}


def email_rows():
    C = "email"
    out = []

    g = Gen("e1")
    e = g.email("Marcus Feld", "inboxly.net")
    out.append(P(g, "crm_api_json", C, J({"contact": {"id": "003Qf00000Ab12X", "first_name": "Marcus", "last_name": "Feld",
        "email": e, "title": "Facilities Manager", "account": "Greystoke Foods", "lead_source": "Trade show", "opt_in": True}})))

    g = Gen("e2")
    a, b, c = g.email("Dana Whitlock", "pellucid-labs.com"), g.email("Owen Castellano", "quintfall.com"), g.email("Priya Raman", "quintfall.com")
    out.append(P(g, "email_headers", C, """From: Dana Whitlock <%s>
To: Owen Castellano <%s>
Cc: Priya Raman <%s>
Subject: Re: Q4 pricing review - notes
Date: Tue, 24 Sep 2024 16:02:11 -0400
X-Mailer: Apple Mail (2.3774)
""" % (a, b, c)))

    g = Gen("e3")
    rows = [[n, g.email(n, d), g.phone(f), z, s] for n, d, f, z, s in [
        ("Katrin Vogelsang", "posteo-mail.de", "de_00", "80331", "aktiv"), ("Jörg Brandhuber", "mailkorb.de", "ch_mob", "83471", "aktiv"),
        ("Svenja Leitner", "posteo-mail.de", "de_intl", "36341", "abgemeldet"), ("Malte Hinrichs", "mailkorb.de", "uk_mob_intl", "20095", "aktiv")]]
    out.append(P(g, "csv", C, csvt(["Name", "E-Mail", "Telefon", "PLZ", "Status"], rows, delim=";")))

    g = Gen("e4")
    a, b = g.email("Alina Berg", "norrvik.dev"), g.email("Chen Wu", "norrvik.dev")
    out.append(P(g, "git_log", C, """commit 4c1e9b27a0d4f1b6e2c8a9d3f5e7b1c0a2d4e6f8
Author: Alina Berg <%s>
Date:   Mon Sep 16 14:22:08 2024 +0200

    fix: handle empty manifest without throwing

commit 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b
Author: Chen Wu <%s>
Date:   Fri Sep 13 10:05:51 2024 -0700

    feat(resize): add AVIF output with configurable speed
""" % (a, b)))

    g = Gen("e5")
    e = g.email("Yannick Chabrol", "maelstrom-mail.fr")
    out.append(P(g, "helpdesk_ticket_json", C, ticket(91877, "Accès à mon espace client", "Bonjour, je n'arrive plus à me connecter depuis le changement de mot de passe. Merci de me recontacter par e-mail.",
                                                     ("Yannick Chabrol", e), tags=["connexion"], key="pii-e5")))

    g = Gen("e6")
    a, b = g.email(None, "huerta-urbana-villaverde.es"), g.email("Marta Solís", "huerta-urbana-villaverde.es")
    out.append(P(g, "html_page", C, """<section class="contacto">
  <h2>Contacto</h2>
  <p>Para dudas sobre las parcelas escribe a <a href="mailto:%s">%s</a>.</p>
  <p>Coordinación de voluntariado: Marta Solís (<a href="mailto:%s">%s</a>).</p>
  <p>Horario de atención: martes y jueves de 17:00 a 19:00. Teléfono: %s</p>
</section>""" % (a, a, b, b, g.phone("es_intl"))))

    g = Gen("e7")
    e = g.email("Rachel Ito", "vintrell.com")
    out.append(P(g, "chat_api_json", C, J({"ok": True, "user": {"id": "U04R7KX2M1", "name": "rachel.ito", "real_name": "Rachel Ito",
        "tz": "America/Los_Angeles", "profile": {"title": "Support Operations Lead", "email": e, "display_name": "Rachel", "status_text": "OOO Fri"}}})))

    g = Gen("e8")
    rs_ = [[i, n, g.email(n, d), g.phone(f), dt] for i, n, d, f, dt in [(1041, "Ines Kovač", "quintfall.com", "au_mob", "2024-01-08"), (1042, "Ben Aldous", "quintfall.com", "nz_intl", "2024-01-15"),
                                                          (1043, "Nora Lindqvist", "brevmail.se", "in_nat", "2024-02-02"), (1044, "Kwame Osei", "vintrell.com", "ru_nat", "2024-02-19")]]
    out.append(P(g, "sql_result", C, psql(["id", "full_name", "email", "phone", "created_on"], rs_, query="SELECT id, full_name, email, phone, created_on FROM users ORDER BY id LIMIT 4;")))

    g = Gen("e9")
    org, a, b = g.email("Claire Duvernay", "maisonlumen.fr"), g.email("Élodie Marchand", "maisonlumen.fr"), g.email("Bastien Rouvière", "laposte-mail.fr")
    out.append(P(g, "icalendar", C, ics([{"summary": "Présentation client - Boulangerie Rouvière", "organizer": ("Claire Duvernay", org),
        "attendees": [("Élodie Marchand", a), ("Bastien Rouvière", b)], "location": "Salle Rivoli", "tz": "Europe/Paris",
        "description": "Relecture des maquettes et validation du planning de mise en ligne."}], key="pii-e9").replace("@calendar.local", "")))

    g = Gen("e10")
    e, ip = g.email("Tom Brightwell", "inboxly.net"), g.ip()
    out.append(P(g, "app_log", C, jsonlog("pii-e10", [
        {"level": "info", "event": "login_success", "user": e, "ip": ip, "mfa": "totp"},
        {"level": "info", "event": "password_changed", "user": e, "ip": ip},
        {"level": "info", "event": "session_revoked", "user": e, "count": 3}])))

    g = Gen("e11")
    rows = [[g.email(n, d), r, t] for n, d, r, t in [("Femke Bosman", "inboxly.net", "te veel e-mails", "2024-08-02 09:14"),
                                                     ("Joris van Dalen", "fastmail-box.com", "niet meer relevant", "2024-08-02 11:40"),
                                                     ("Sanne Kuipers", "inboxly.net", "", "2024-08-03 07:05")]]
    out.append(P(g, "csv", C, csvt(["email", "reden", "afgemeld_op"], rows)))

    g = Gen("e12")
    e, p = g.email("Jordan Alcott", "fastmail-box.com"), g.phone("us_dash")
    out.append(P(g, "vcard", C, """BEGIN:VCARD
VERSION:3.0
N:Alcott;Jordan;;;
FN:Jordan Alcott
ORG:Lumeridge Analytics
TITLE:Senior Product Designer
EMAIL;TYPE=INTERNET,WORK:%s
TEL;TYPE=CELL:%s
ADR;TYPE=WORK:;;77 Maple Court;Portland;OR;97214;USA
END:VCARD
""" % (e, p)))

    g = Gen("e13")
    a, b = g.email("Hannah Ebersole", "pellucid-labs.com"), g.email("Dev Patel", "vintrell.com")
    out.append(P(g, "package_json", C, J({"name": "ledgerkit-js", "version": "0.4.1", "author": "Hannah Ebersole <%s>" % a,
        "contributors": [{"name": "Dev Patel", "email": b}], "license": "BSD-3-Clause", "repository": "github:hebersole/ledgerkit-js"})))

    g = Gen("e14")
    e, ph = g.email("Sato Misaki", "minato-seiko.co.jp", "f.l"), g.phone("jp_mob")
    out.append(P(g, "webhook_json", C, J({"form_id": "contact-jp", "submitted_at": iso("pii-e14"), "fields": {
        "お名前": "佐藤 美咲", "メールアドレス": e, "電話番号": ph, "お問い合わせ内容": "法人向けの見積もりをお願いします。数量は500個程度です。"}})))

    g = Gen("e15")
    e, p = g.email("Jordan Alcott", "inboxly.net", "fl"), g.phone("us_intl_space")
    out.append(P(g, "pdf_text", C, """JORDAN ALCOTT
Product Designer
Portland, OR  |  %s  |  %s  |  jordanalcott.design

EXPERIENCE
Senior Product Designer, Lumeridge Analytics (2021-present)
""" % (e, p)))

    g = Gen("e16")
    e = g.email("Joana Figueiredo", "correio-rapido.com.br")
    out.append(P(g, "chat_export_text", C, """[14/08/2024, 10:02:11] Rafael Menezes: Joana, qual é o seu e-mail novo? O antigo está voltando.
[14/08/2024, 10:03:40] Joana Figueiredo: Agora é %s, pode mandar o relatório para lá.
[14/08/2024, 10:04:02] Rafael Menezes: Combinado, envio ainda hoje.
""" % e))

    g = Gen("e17")
    rows = [[g.email(n, d), code, reason] for n, d, code, reason in [
        ("Amelia Rourke", "inboxly.net", "550", "5.1.1 mailbox unavailable"), ("Liam Garrity", "fastmail-box.com", "552", "5.2.2 mailbox full"),
        ("Nadia Belkacem", "laposte-mail.fr", "550", "5.7.1 rejected by policy")]]
    out.append(P(g, "csv", C, csvt(["recipient", "smtp_code", "diagnostic"], rows)))

    g = Gen("e18")
    e = g.email("Giulia Santoro", "posta-veloce.it")
    out.append(P(g, "chat_transcript_text", C, """Chat assistenza - 12/09/2024
Operatore (Marco): Buongiorno, come posso aiutarla?
Cliente: Non ricevo le bollette via e-mail.
Operatore (Marco): Mi conferma l'indirizzo registrato?
Cliente: %s
Operatore (Marco): Grazie, risultava un errore di battitura. L'ho corretto, riceverà la prossima bolletta.
Cliente: Perfetto. Se serve, il mio cellulare è %s.
""" % (e, g.phone("it_mob"))))
    return out


def phone_rows():
    C = "phone"
    out = []

    g = Gen("p1")
    a, b, c = g.phone("de_intl_trunk"), g.phone("de_mob_nat"), g.phone("de_nat")
    out.append(P(g, "vcard", C, """BEGIN:VCARD
VERSION:4.0
FN:Katrin Vogelsang
ORG:Hausverwaltung Brenner GmbH
TEL;TYPE=work,voice;VALUE=uri:tel:%s
TEL;TYPE=cell:%s
TEL;TYPE=fax:%s
END:VCARD
""" % (a, b, c)))

    g = Gen("p2")
    rows = [[n, g.phone(f), h, c] for n, f, h, c in [("Duvernay", "fr_nat", "19:30", 4), ("Marchand", "fr_mob_dot", "20:00", 2),
                                                     ("Belkacem", "fr_intl", "20:15", 6), ("Whitlock", "us_intl_paren", "21:00", 2)]]
    out.append(P(g, "sql_result", C, psql(["nom", "telephone", "heure", "couverts"], rows, query="SELECT nom, telephone, heure, couverts FROM reservations WHERE jour = '2024-09-20';", db="resto")))

    g = Gen("p3")
    a, b = g.phone("uk_mob_nat"), g.phone("uk_ldn_nat")
    out.append(P(g, "ocr_text", C, """ROYAL PARCELS  TRACKED 24
TO:  MRS A ROURKE
     14 HOLLY BANK ROAD
     LEEDS  LS6 2QT
     TEL %s
FROM: CORRIGAN FASTENERS LTD
      UNIT 4 BECKWITH TRADING EST, LEEDS LS11 8QR
      TEL %s
WEIGHT 2.4KG   SERVICE: NEXT DAY
""" % (a, b)))

    g = Gen("p4")
    a = g.phone("es_mob")
    out.append(P(g, "chat_export_text", C, """[02/09/2024, 18:11:02] Lucía: Andrés, el fontanero me ha dado su móvil por si no llega a tiempo
[02/09/2024, 18:11:30] Lucía: es el %s, se llama Paco
[02/09/2024, 18:12:05] Andrés: Guardado, gracias
""" % a))

    g = Gen("p5")
    a, b, c, d = g.phone("us_paren"), g.phone("uk_ldn_intl"), g.phone("sg_intl"), g.phone("au_intl")
    e, f, h = g.phone("za_intl"), g.phone("mx_intl"), g.phone("ke_intl")
    out.append(P(g, "html_page", C, """<footer class="offices">
  <div><h4>Portland (HQ)</h4><p>77 NW Couch St</p><p>Tel: <a href="tel:%s">%s</a></p></div>
  <div><h4>London</h4><p>12 Cowcross St</p><p>Tel: %s</p></div>
  <div><h4>Singapore</h4><p>1 Raffles Pl</p><p>Tel: %s</p></div>
  <div><h4>Sydney</h4><p>200 George St</p><p>Tel: %s</p></div>
  <div><h4>Cape Town</h4><p>8 Bree St</p><p>Tel: %s</p></div>
  <div><h4>Mexico City</h4><p>Av. Reforma 222</p><p>Tel: %s</p></div>
  <div><h4>Nairobi</h4><p>Riverside Dr 14</p><p>Tel: %s</p></div>
</footer>""" % (a, a, b, c, d, e, f, h)))

    g = Gen("p6")
    a, b = g.phone("us_intl_paren"), g.phone("us_dot")
    out.append(P(g, "crm_api_json", C, J({"contact": {"name": "Gwen Harlow", "company": "Lakeside Pediatrics", "phone": a, "mobile_phone": b,
                                                      "preferred_contact": "phone", "notes": "Prefers calls after 2pm."}})))

    g = Gen("p7")
    rows = [[t, d, g.phone(f), s] for t, d, f, s in [("2024-09-12 09:14", "発信", "jp_nat", "3分12秒"), ("2024-09-12 10:40", "着信", "jp_mob", "1分05秒"),
                                                     ("2024-09-12 13:22", "不在着信", "jp_intl", "-"), ("2024-09-12 15:03", "発信", "kr_intl", "8分44秒"),
                                                     ("2024-09-12 15:40", "発信", "hk_intl", "4分20秒"), ("2024-09-12 16:02", "着信", "tw_mob", "2分31秒"),
                                                     ("2024-09-12 16:30", "発信", "ph_intl", "6分02秒"), ("2024-09-12 17:11", "発信", "th_intl", "1分48秒"),
                                                     ("2024-09-13 09:05", "着信", "vn_intl", "5分15秒"), ("2024-09-13 09:40", "発信", "id_mob", "-"),
                                                     ("2024-09-13 10:12", "発信", "my_mob", "3分03秒")]]
    out.append(P(g, "csv", C, csvt(["日時", "種別", "相手番号", "通話時間"], rows)))

    g = Gen("p8")
    a, b = g.phone("us_e164"), g.phone("us_dash")
    out.append(P(g, "voicemail_transcript_json", C, J({"voicemail": {"from": a, "duration_sec": 38,
        "transcription": "Hi, this is Pat from Maple Court Properties. The plumber is confirmed for Wednesday. If anything changes, call me back on my cell, " + b + ". Thanks."}})))

    g = Gen("p9")
    a, b = g.phone("se_mob"), g.phone("se_intl")
    out.append(P(g, "email_raw", C, mail(g, "Linnea Holmgren <inkop@kontorsbolaget.se>", "order@bergkvistmobler.se", "Leverans vecka 34",
        """Hej Oskar,

Leveransen kan ske mellan 8 och 16. Ring gärna chauffören till mig direkt när ni är en halvtimme bort.

Vänliga hälsningar
Linnea Holmgren
Inköpsansvarig, Kontorsbolaget AB
Mobil: %s
Växel: %s""" % (a, b), key="pii-p9")))

    g = Gen("p10")
    a = g.phone("it_intl")
    out.append(P(g, "pdf_text", C, """HOTEL BELVEDERE SUL LAGO - CONFERMA DI PRENOTAZIONE
Ospite: Giulia Santoro          Camere: 1 doppia vista lago
Arrivo: 18/10/2024             Partenza: 20/10/2024
Recapito telefonico dell'ospite: %s
Check-in dalle 14:00. Parcheggio gratuito.
""" % a))

    g = Gen("p11")
    a, b, c = g.phone("us_e164"), g.phone("us_e164"), g.phone("ca_intl_dash")
    out.append(P(g, "app_log", C, jsonlog("pii-p11", [
        {"level": "info", "svc": "sms", "msg": "message queued", "to": a, "template": "pickup_ready"},
        {"level": "info", "svc": "sms", "msg": "message delivered", "to": a},
        {"level": "warn", "svc": "sms", "msg": "carrier rejected", "to": b, "code": 30007},
        {"level": "info", "svc": "sms", "msg": "message queued", "to": c, "template": "pickup_ready"},
        {"level": "info", "svc": "sms", "msg": "message queued", "to": g.phone("in_intl"), "template": "otp_login"},
        {"level": "info", "svc": "sms", "msg": "message queued", "to": g.phone("eg_intl"), "template": "otp_login"},
        {"level": "warn", "svc": "sms", "msg": "carrier rejected", "to": g.phone("sa_intl"), "code": 30003},
        {"level": "info", "svc": "sms", "msg": "message delivered", "to": g.phone("il_mob")}])))

    g = Gen("p12")
    a = g.phone("pl_mob")
    out.append(P(g, "webhook_json", C, J({"formularz": "rekrutacja-magazynier", "dane": {"imie_nazwisko": "Paweł Kaczmarczyk", "telefon": a,
        "miasto": "Gdańsk", "dostepnosc": "od zaraz", "prawo_jazdy_kat_b": True}})))

    g = Gen("p13")
    a, b = g.phone("kr_mob"), g.phone("kr_intl")
    out.append(P(g, "hr_api_json", C, J({"직원": {"이름": "박준호", "부서": "플랫폼팀", "비상연락처": [{"관계": "배우자", "이름": "김서연", "연락처": a},
                                                                             {"관계": "부모", "이름": "박영철", "연락처": b}]}})))

    g = Gen("p14")
    a, b = g.phone("br_paren"), g.phone("br_intl")
    out.append(P(g, "html_page", C, """<div class="anuncio">
  <h1>Apartamento 2 quartos - Vila Mariana, São Paulo</h1>
  <p>68 m², 1 vaga, portaria 24h, a 400 m do metrô. Aluguel R$ 3.400 + condomínio.</p>
  <p>Falar com Beatriz: %s (WhatsApp) ou %s</p>
</div>""" % (a, b)))

    g = Gen("p15")
    offices = [("Dublin", "ie_intl"), ("Warsaw", "pl_intl"), ("Prague", "cz_intl"), ("Lisbon", "pt_intl"), ("Vienna", "at_intl"), ("Zurich", "ch_intl"),
               ("Oslo", "no_intl"), ("Copenhagen", "dk_intl"), ("Brussels", "be_intl"), ("Athens", "gr_intl"), ("Budapest", "hu_nat")]
    lines = "\n".join("%-10s %s" % (o, g.phone(f)) for o, f in offices)
    out.append(P(g, "pdf_text", C, "KESTRELWORKS EUROPEAN SERVICE CENTRES\n\nCity       Telephone\n" + lines + "\n\nHours: Mon-Fri 08:00-18:00 local time\n"))

    g = Gen("p16")
    a, b = g.phone("tr_mob"), g.phone("tr_intl")
    out.append(P(g, "app_log", C, plainlog("pii-p16", [
        ("INFO", "dispatch", "yeni çağrı: yolcu=%s alış=Kadıköy İskele varış=Moda" % a),
        ("INFO", "dispatch", "sürücü atandı arac=34 TK 4471 tahmini=6dk"),
        ("INFO", "dispatch", "merkez geri arama numarası %s" % b)])))

    g = Gen("p17")
    a, b = g.phone("cn_mob"), g.phone("cn_intl")
    out.append(P(g, "helpdesk_ticket_json", C, ticket(30881, "快递一直显示派送中", "您好，我的包裹三天了一直显示派送中。请快递员联系我，手机：" + a + "，或者打我办公室电话 " + b + "。谢谢！",
                                                     ("刘思琪", "liusiqi@163-mailbox.cn"), key="pii-p17")))
    g.add("email", "liusiqi@163-mailbox.cn")

    g = Gen("p18")
    a, b = g.phone("nl_mob_dash"), g.phone("nl_intl")
    out.append(P(g, "docx_text", C, """Notulen bewonersoverleg Buurtmoestuin De Kers - 5 september

Aanwezig: Femke Bosman (voorzitter), Joris van Dalen, Sanne Kuipers, 6 vrijwilligers.

1. Watergift in de zomer: we maken een rooster; aanmelden bij Joris (%s).
2. Oogstmarkt 28 september: kraampjes via de gemeente aangevraagd. Contact gemeente: %s.
""" % (a, b)))
    return out


def ssn_rows():
    C = "ssn"
    out = []

    g = Gen("s1")
    s = g.ssn()
    out.append(P(g, "hr_api_json", C, J({"new_hire": {"name": "Amelia Rourke", "start_date": "2024-10-01", "title": "Customer Success Manager",
                                                      "ssn": s, "i9_status": "section 1 complete", "state_tax": "OR"}})))

    g = Gen("s2")
    s = g.ssn()
    out.append(P(g, "pdf_text", C, """Form W-2 Wage and Tax Statement 2023
a Employee's social security number   %s
b Employer identification number (EIN) 93-4471822
c Employer's name: Lumeridge Analytics, Inc., 400 SW 6th Ave, Portland OR 97204
e Employee's name: Jordan Alcott
1 Wages, tips, other compensation   142,880.00
2 Federal income tax withheld        24,310.55
""" % s))

    g = Gen("s3")
    rows = [[e, n, g.ssn(), amt] for e, n, amt in [("E10231", "Marcus Feld", "4,812.00"), ("E10232", "Hannah Ebersole", "5,120.50"), ("E10240", "Tomasz Nowicki", "3,990.00")]]
    out.append(P(g, "csv", C, csvt(["emp_id", "name", "ssn", "net_pay"], rows)))

    g = Gen("s4")
    s = g.ssn()
    out.append(P(g, "pdf_text", C, """BACKGROUND SCREENING REPORT - CONFIDENTIAL
Subject: Liam Garrity            SSN: %s
DOB: on file                     Package: Standard Employment
County criminal search (Multnomah, OR): No records found
Employment verification: Quintfall Inc., 2019-2023, confirmed
""" % s))

    g = Gen("s5")
    s, p = g.ssn(), g.phone("us_paren")
    out.append(P(g, "webhook_json", C, J({"application_id": "LA-2024-88213", "product": "personal_loan", "amount": 12000,
                                          "applicant": {"name": "Dmitri Havel", "ssn": s, "phone": p, "annual_income": 86000, "housing": "rent"}})))

    g = Gen("s6")
    s1, s2 = g.ssn(), g.ssn()
    out.append(P(g, "email_raw", C, mail(g, "Marcus Feld <marcus.feld@inboxly.net>", "returns@alderwood-tax.com", "Docs for our 2023 return",
        """Hi Carol,

Attaching the 1099s. You asked for the SSNs again for the dependents form:
Marcus: %s
Elena: %s

Thanks,
Marcus""" % (s1, s2), key="pii-s6")))

    g = Gen("s7")
    s = g.ssn("plain")
    out.append(P(g, "ocr_text", C, """PATIENT INTAKE FORM - CORVEL FAMILY HEALTH
Name: Nora Lindqvist      Sex: F
Social Security No.: %s
Insurance: Cascade Mutual PPO   Member ID: CMX448120
Reason for visit: annual physical
""" % s))

    g = Gen("s8")
    rows = [[i, n, g.ssn(), d] for i, n, d in [(301, "Owen Castellano", "Finance"), (302, "Priya Raman", "Finance"), (303, "Ben Aldous", "Engineering")]]
    out.append(P(g, "sql_result_mysql", C, mysql(["id", "name", "ssn", "dept"], rows, query="SELECT id, name, ssn, dept FROM employees WHERE id IN (301,302,303);")))

    g = Gen("s9")
    s = g.ssn()
    out.append(P(g, "app_log", C, plainlog("pii-s9", [
        ("INFO", "onboarding.api", "POST /v1/applicants 422"),
        ("WARN", "onboarding.validation", "field tax_id failed check: value='%s' reason='does not match name on file'" % s),
        ("INFO", "onboarding.api", "POST /v1/applicants 201")])))

    g = Gen("s10")
    s = g.ssn()
    out.append(P(g, "claim_api_json", C, J({"claim": {"number": "HO-2024-551820", "insured": "Jordan Alcott", "insured_ssn": s,
                                                      "type": "Water damage", "status": "Adjuster assigned"}})))

    g = Gen("s11")
    s = g.ssn()
    out.append(P(g, "chat_export_json", C, slack("payroll-ops", [
        ("rachel.ito", "new hire in the Austin office can't be added to payroll, validation fails"),
        ("h.ebersole", "what SSN did they give?"),
        ("rachel.ito", s + " - Tyler Brandt"),
        ("h.ebersole", "thanks, group number was mistyped in the HRIS, fixed"),
    ], key="pii-s11")))

    g = Gen("s12")
    rows = [[n, g.ssn(), pl, dep] for n, pl, dep in [("Tyler Brandt", "PPO Gold", "2"), ("Amelia Rourke", "HDHP + HSA", "0"), ("Dmitri Havel", "PPO Silver", "1")]]
    out.append(P(g, "csv", C, csvt(["employee", "ssn", "medical_plan", "dependents"], rows, delim="\t")))

    g = Gen("s13")
    s = g.ssn()
    out.append(P(g, "pdf_text", C, """TENANT SCREENING SUMMARY
Applicant: Kayla Moreno         SSN: %s
Credit score: 712               Evictions: none found
Monthly income verified: $5,400 Recommendation: APPROVE with standard deposit
""" % s))

    g = Gen("s14")
    s = g.ssn()
    out.append(P(g, "pdf_text", C, """SOLICITUD DE ASISTENCIA - CLÍNICA COMUNITARIA LA ESPERANZA
Nombre completo: Rosa Elena Martínez
Número de Seguro Social: %s
Número de personas en el hogar: 4
Ingresos mensuales del hogar: $3,150
""" % s))

    g = Gen("s15")
    s = g.ssn()
    out.append(P(g, "docx_text", C, """Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number
1 Name: Gideon Marsh
2 Business name: Marshfield Events
3 Federal tax classification: Individual/sole proprietor
Part I - Taxpayer Identification Number
Social security number: %s
""" % s))

    g = Gen("s16")
    s = g.ssn()
    out.append(P(g, "json_api", C, J({"student": {"id": "S2024-7781", "name": "Nora Lindqvist", "fafsa": {"ssn": s, "efc": 4120, "dependency_status": "dependent"},
                                                  "aid_offer": {"pell_grant": 3200, "subsidized_loan": 3500}}})))

    g = Gen("s17")
    s = g.ssn("space")
    out.append(P(g, "call_notes", C, """CALL NOTES - case 4418120
Caller: Liam Garrity, verified with DOB and address.
Caller read out SSN as %s to confirm identity for the 1099 reissue.
Outcome: corrected mailing address, 1099 reissued.
""" % s))

    g = Gen("s18")
    s = g.ssn()
    out.append(P(g, "pdf_text", C, """IN THE CIRCUIT COURT OF THE STATE OF OREGON
FOR THE COUNTY OF MULTNOMAH

In re the Marriage of: KAYLA MORENO, Petitioner, and DEREK MORENO, Respondent.

UNIFORM SUPPORT DECLARATION
Petitioner's SSN: %s [REDACTION FAILED]
""" % s))
    return out


def rows():
    return email_rows() + phone_rows() + ssn_rows()
