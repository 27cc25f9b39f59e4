import json
from gen import *

ROWS = []


def P(fmt, cat, ents, text):
    ROWS.append({"format": fmt, "label": "pii", "category": cat,
                 "entities": [{"type": t, "value": v} for t, v in ents], "text": text.strip("\n")})


# 1
ph, em = phone("US", 0), "dana.whitfield@example.com"
P("support_ticket", "phone", [("phone", ph), ("email", em)], f"""
Ticket #55102 — Router keeps rebooting
Customer: Dana Whitfield <{em}>
Callback number: {ph} (after 5pm ET please)

Customer reports the gateway reboots every ~40 minutes since the firmware update on
Saturday. Already tried factory reset. Status LED blinks amber before each reboot.
Next step: schedule technician visit, ship replacement if visit confirms hardware fault.
""")

# 2
a, b, c = phone("GB", 0), phone("GB", 1), "o.pennington@harrowgate.example"
P("email", "phone", [("phone", a), ("phone", b), ("email", c)], f"""
From: Oliver Pennington <{c}>
To: bookings@thecoachhouse.example
Subject: Table for 8 on Friday 21st

Hello,

I'd like to book a table for eight people this Friday at 7.30pm — it's a retirement dinner,
so somewhere a little quieter would be ideal. Two guests are vegetarian.

Office: {a}
Mobile: {b}

Many thanks,
Oliver
""")

# 3
p1, p2, e1 = phone("DE", 0), phone("DE", 2), "j.schaefer@kanzlei-schaefer.example"
P("email", "phone", [("phone", p1), ("phone", p2), ("email", e1)], f"""
Von: Julia Schäfer <{e1}>
An: empfang@praxis-lindenhof.example
Betreff: Terminverschiebung

Sehr geehrte Damen und Herren,

leider muss ich meinen Termin am Mittwoch, 12.03., um 9:15 Uhr absagen. Wäre ein Ersatztermin
in der Folgewoche möglich, gern vormittags?

Sie erreichen mich tagsüber in der Kanzlei unter {p1} oder mobil unter {p2}.

Mit freundlichen Grüßen
Julia Schäfer
""")

# 4
p1, p2, e = phone("FR", 1), phone("FR", 0), "camille.moreau@atelier-moreau.example"
P("chat_export", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
[09:12] Camille Moreau : Bonjour ! Est-ce que la livraison du canapé peut se faire samedi matin ?
[09:14] Agent Léa : Bonjour Camille, oui c'est possible entre 8h et 12h. Pouvez-vous me confirmer un numéro pour le livreur ?
[09:15] Camille Moreau : Mon portable : {p1}. Sinon le fixe du bureau {p2}
[09:16] Agent Léa : Parfait, et la confirmation sera envoyée à {e}, c'est bien ça ?
[09:16] Camille Moreau : Oui c'est ça, merci !
""")

# 5
p1 = phone("ES", 0)
p2 = phone("ES", 1)
e = "lucia.navarro@clinica-sol.example"
P("hr_record", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
FICHA DE EMPLEADO
Nombre: Lucía Navarro Gil
Departamento: Enfermería — Planta 3
Fecha de alta: 01/09/2021
Teléfono móvil: {p1}
Teléfono fijo (domicilio): {p2}
Correo corporativo: {e}
Contacto de emergencia: Javier Navarro (hermano) — mismo domicilio
Turno: rotativo 12h
""")

# 6
p1, p2, e = phone("IT", 1), phone("IT", 0), "marco.ricci@ricci-impianti.example"
P("invoice", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
RICCI IMPIANTI S.N.C.
Via dei Mille 42, 20129 Milano (MI)
Tel. {p2} — Cell. {p1}
E-mail: {e}

FATTURA N. 118/2025 del 07/03/2025
Cliente: Condominio Via Tadino 15

Descrizione                                   Q.tà   Prezzo     Importo
Sostituzione caldaia condensazione 35kW       1      3.450,00   3.450,00
Manodopera (ore)                              6      45,00      270,00
Imponibile 3.720,00   IVA 22% 818,40   Totale € 4.538,40
""")

# 7
p1, p2, p3 = phone("NL", 0), phone("NL", 1), phone("NL", 2)
e, e2 = "sven.bakker@bakker-fietsen.example", "m.visser@mail-nl.example"
P("csv", "phone", [("phone", p1), ("phone", p2), ("email", e), ("phone", p3), ("email", e2)], f"""
klantnummer;naam;plaats;telefoon;telefoon_werk;email;laatste_bestelling
K-20931;Sven Bakker;Utrecht;{p1};{p2};{e};2025-02-27
K-20944;Marloes Visser;Haarlem;{p3};;{e2};2025-03-04
K-20950;Fietsclub De Spaak;Zwolle;;;;2025-03-06
""")

# 8
p1, p2, e = phone("JP", 0), phone("JP", 2), "t.nakamura@sakura-shoji.example"
P("vcard", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
BEGIN:VCARD
VERSION:3.0
N:中村;拓也;;;
FN:中村 拓也
ORG:さくら商事株式会社;営業第二部
TITLE:課長
TEL;TYPE=WORK,VOICE:{p1}
TEL;TYPE=CELL:{p2}
EMAIL;TYPE=INTERNET:{e}
ADR;TYPE=WORK:;;丸の内2-4-1;千代田区;東京都;100-0005;日本
END:VCARD
""")

# 9
p1, p2, e = phone("BR", 0), phone("BR", 1), "rodrigo.alves@construtora-alves.example"
P("crm_json", "phone", [("phone", p1), ("phone", p2), ("email", e)], json.dumps({
    "lead_id": 88213, "nome": "Rodrigo Alves", "empresa": "Construtora Alves Ltda.",
    "contatos": {"celular": p1, "comercial": p2, "email": e},
    "origem": "formulário site", "interesse": "orçamento de 40 janelas de alumínio",
    "etapa": "qualificação", "responsavel": "Fernanda Lima"}, indent=2, ensure_ascii=False))

# 10
p1, p2 = phone("IN", 0), phone("IN", 1)
e = "ananya.iyer@finserve.example"
P("email", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
From: Ananya Iyer <{e}>
To: vendor-onboarding@globalparts.example
Subject: Vendor registration — FinServe Analytics Pvt Ltd

Dear team,

Please find our registration form attached. Primary contact is myself, and our accounts
payable desk can be reached on the landline below.

Ananya Iyer, Procurement Lead
Mobile: {p1}
Accounts payable (Mumbai office): {p2}

Regards,
Ananya
""")

# 11
p1, p2, p3 = phone("MX", 0), phone("MX", 1), phone("US", 1)
P("sql_result", "phone", [("phone", p1), ("phone", p2), ("phone", p3)], f"""
postgres=# SELECT id, nombre, ciudad, telefono FROM proveedores WHERE pais IN ('MX','US') ORDER BY id;
 id  |        nombre         |    ciudad     |     telefono
-----+-----------------------+---------------+------------------
 211 | Empaques del Bajío    | León          | {p1}
 214 | Transportes Occidente | Guadalajara   | {p2}
 230 | Borderline Freight    | Laredo        | {p3}
(3 rows)
""")

# 12
p1, p2, e = phone("CH", 0), phone("CH", 1), "reto.brunner@brunner-treuhand.example"
P("text", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
Brunner Treuhand AG
Reto Brunner, dipl. Treuhandexperte
Bahnhofstrasse 88, 8001 Zürich
T {p1} | M {p2}
{e}

Diese Nachricht ist vertraulich. Falls Sie nicht der richtige Adressat sind, informieren Sie
bitte den Absender und löschen Sie diese E-Mail.
""")

# 13
p1, p2 = phone("SE", 0), phone("SE", 1)
e = "karin.lindqvist@nordhav.example"
P("hr_record", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
Personalakt — Karin Lindqvist
Anställningsnummer: 40-1187
Avdelning: Ekonomi, Stockholm
Telefon arbete: {p1}
Mobil: {p2}
E-post: {e}
Närmaste chef: Erik Holm
Semesterdagar kvar 2025: 19
""")

# 14
p1, p2, e = phone("PL", 0), phone("PL", 1), "tomasz.wojcik@meble-wojcik.example"
P("chat_export", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
Tomasz Wójcik, 14:02: Dzień dobry, chciałbym zmienić adres dostawy zamówienia 55-1902.
Konsultant, 14:03: Dzień dobry! Oczywiście. Proszę podać numer telefonu przypisany do konta.
Tomasz Wójcik, 14:04: {p1}, ewentualnie biuro {p2}
Konsultant, 14:06: Dziękuję, zmiana zapisana. Potwierdzenie wyślemy na {e}.
""")

# 15
p1, p2, e = phone("PT", 0), phone("PT", 1), "ines.carvalho@quinta-carvalho.example"
P("email", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
De: Inês Carvalho <{e}>
Para: reservas@casa-do-douro.example
Assunto: Pedido de reserva — 3 quartos, 18 a 21 de abril

Boa tarde,

Gostaria de reservar três quartos duplos para um grupo de seis pessoas. Chegamos na sexta à noite,
por volta das 21h. Há estacionamento para duas viaturas?

Telemóvel: {p1}
Escritório: {p2}

Obrigada,
Inês Carvalho
""")

# 16
p1, p2, p3 = phone("IE", 0), phone("IE", 1), phone("GB", 3)
P("csv", "phone", [("phone", p1), ("phone", p2), ("phone", p3)], f"""
site_code,site_name,manager,phone_main,phone_out_of_hours
DUB-01,Dublin Docklands,Aoife Byrne,{p1},{p2}
MAN-02,Manchester Trafford,Gareth Hughes,{p3},
""")

# 17
p1, p2, p3 = phone("BE", 0), phone("AT", 0), phone("AT", 1)
P("markdown", "phone", [("phone", p1), ("phone", p2), ("phone", p3)], f"""
## Regional support desks

| Region | Hours (CET) | Phone |
|--------|-------------|-------|
| Benelux | Mon–Fri 08:00–18:00 | {p1} |
| Austria (Vienna office) | Mon–Fri 08:00–17:00 | {p2} |
| Austria (on-call, emergencies only) | 24/7 | {p3} |

Please have your contract number ready when you call.
""")

# 18
p1, p2, e = phone("AU", 0), phone("AU", 1), "mitchell.obrien@outbackpower.example"
P("support_ticket", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
Case 00419922 | Solar inverter fault code E031
Account: Outback Power Co. — Mitchell O'Brien
Email: {e}
Mobile: {p1}    Site office: {p2}

Inverter at the Dubbo depot shows E031 (grid overvoltage) several times a day since 3 March.
Customer uploaded the event log. Escalated to tier 2 for remote firmware check.
""")

# 19
p1, p2, p3 = phone("SG", 0), phone("SG", 1), phone("KR", 0)
e1, e2 = "wei.ling.tan@harbourlink.example", "minjun.park@hanbit-logis.example"
P("crm_json", "phone", [("phone", p1), ("phone", p2), ("phone", p3), ("email", e1), ("email", e2)], json.dumps({
    "account": "HarbourLink Pte Ltd",
    "contacts": [
        {"name": "Tan Wei Ling", "role": "Ops Director", "office": p1, "mobile": p2, "email": e1},
        {"name": "Park Min-jun", "role": "Partner (Busan)", "mobile": p3, "email": e2}],
    "segment": "logistics", "arr_usd": 184000}, indent=2))

# 20
p1, p2, e = phone("ZA", 0), phone("ZA", 1), "thabo.nkosi@capevineyards.example"
P("email", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
From: Thabo Nkosi <{e}>
Subject: Re: Export documents for container MSKU shipment

Hi Pieter,

The phytosanitary certificate is signed, I'll courier the originals on Monday. If customs
calls, they can reach me on {p2}; the farm office ({p1}) is only staffed until 4pm.

Kind regards,
Thabo
""")

# 21
p1, p2 = phone("CN", 0), phone("CN", 1)
e = "li.na@hongda-electronics.example"
P("text", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
供应商联系信息
公司：宏达电子有限公司
联系人：李娜（销售经理）
手机：{p1}
办公电话：{p2}
邮箱：{e}
备注：周一至周五 9:00-18:00 可联系，春节期间暂停发货。
""")

# 22
p1, p2 = phone("CA", 0), phone("US", 2)
e = "genevieve.tremblay@northshore-dental.example"
P("form_submission", "phone", [("phone", p1), ("phone", p2), ("email", e)], f"""
POST /forms/new-patient  (submitted 2025-03-03 18:22 PT)
first_name=Geneviève
last_name=Tremblay
email={e}
phone_primary={p1}
phone_work={p2}
preferred_contact=sms
insurance_provider=Pacific Blue Cross
reason_for_visit=cleaning and check-up
""")

# 23
es = ["amelia.hart@example.com", "b.osei@example.org", "kenji.watanabe@mail.example", "r.gomez@correo.example", "f.nilsen@post.test"]
P("csv", "email", [("email", x) for x in es], "subscriber_id,email,lang,opted_in_at,source\n" + "\n".join(
    f"{R.randint(100000,999999)},{x},{l},2025-0{R.randint(1,3)}-{R.randint(10,28)}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:00Z,{s}"
    for x, l, s in zip(es, ["en", "en", "ja", "es", "no"], ["footer", "checkout", "popup", "footer", "event-oslo"])))

# 24
e1, e2, e3 = "noor.haddad@lumen-legal.example", "paralegal@lumen-legal.example", "billing@lumen-legal.example"
P("email", "email", [("email", e1), ("email", e2), ("email", e3)], f"""
From: Noor Haddad <{e1}>
To: client.services@archivo.example
Cc: {e2}
Subject: Document retrieval request — box 4471-B

Good morning,

Please retrieve archive box 4471-B and scan folders 3 through 7. Send the scans to me and
copy our paralegal team. Invoices for retrieval fees should go to {e3}, referencing
matter 2025-LIT-0193.

Thank you,
Noor Haddad
Senior Associate
""")

# 25
e1, e2 = "hr-bewerbungen@stadtwerke-mittelfeld.example", "lena.krause94@mail.example"
P("email", "email", [("email", e1), ("email", e2)], f"""
Von: Lena Krause <{e2}>
An: {e1}
Betreff: Bewerbung als Projektingenieurin Netzausbau (Kennziffer 2025-031)

Sehr geehrte Frau Albers,

mit großem Interesse habe ich Ihre Ausschreibung gelesen. Derzeit arbeite ich als
Planungsingenieurin bei einem regionalen Netzbetreiber und betreue dort Mittelspannungsprojekte.
Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Über eine Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
Lena Krause
""")

# 26
e1, e2 = "akira.mori@kumo-games.example", "support@kumo-games.example"
P("log", "email", [("email", e1), ("email", e2)], f"""
2025-03-15T02:14:09Z INFO  auth: password reset requested user_id=771203 email={e1}
2025-03-15T02:14:09Z INFO  mailer: queued template=password_reset to={e1} from={e2}
2025-03-15T02:14:11Z INFO  mailer: delivered provider=ses message_id=0102018e{rs(HEX,24)}-000000
2025-03-15T02:19:40Z INFO  auth: password reset completed user_id=771203
""")

# 27
e1, e2, e3 = "margot.lefevre@mail-fr.example", "thomas.girard@mail-fr.example", "direction@ecole-montessori.example"
P("chat_export", "email", [("email", e1), ("email", e2), ("email", e3)], f"""
Margot L. — 18:40 : Pour la sortie au musée, on met qui en contact parents ?
Thomas G. — 18:42 : Toi et moi ? Mets {e1} et {e2} dans le mot aux parents
Margot L. — 18:43 : OK, et je mets la direction en copie ({e3})
Thomas G. — 18:45 : Parfait, n'oublie pas l'autorisation de sortie à rendre avant jeudi
""")

# 28
es = ["carla.ruiz@mail-es.example", "diego.martin@mail-es.example", "sofia.vidal@mail-es.example"]
P("json", "email", [("email", x) for x in es], json.dumps({"evento": "Taller de cerámica — sábado 22/03", "plazas": 12, "inscritos": [
    {"nombre": "Carla Ruiz", "email": es[0], "pagado": True},
    {"nombre": "Diego Martín", "email": es[1], "pagado": False},
    {"nombre": "Sofía Vidal", "email": es[2], "pagado": True}]}, indent=2, ensure_ascii=False))

# 29
e1, e2 = "giorgia.conti@studio-conti.example", "amministrazione@studio-conti.example"
P("html", "email", [("email", e1), ("email", e2)], f"""
<footer class="site-footer">
  <div class="col">
    <h4>Studio Conti Architetti</h4>
    <p>Corso Vittorio Emanuele II 112, 10121 Torino</p>
    <p>Progetti: <a href="mailto:{e1}">{e1}</a></p>
    <p>Amministrazione: <a href="mailto:{e2}">{e2}</a></p>
  </div>
  <div class="col"><p>P.IVA 0{rs(DIG,10)} — © 2025</p></div>
</footer>
""")

# 30
e1, e2 = "pieter.jansen@jansen-bouw.example", "inkoop@jansen-bouw.example"
P("yaml", "email", [("email", e1), ("email", e2)], f"""
# alertmanager receivers (client-managed)
receivers:
  - name: jansen-ops
    email_configs:
      - to: {e1}
        send_resolved: true
      - to: {e2}
        send_resolved: false
route:
  receiver: jansen-ops
  group_wait: 30s
  repeat_interval: 4h
""")

# 31
s1 = ssn()
e = "marcus.bell@example.com"
P("hr_record", "ssn", [("ssn", s1), ("email", e)], f"""
EMPLOYEE ONBOARDING — I-9 / W-4 SUMMARY
Name: Marcus J. Bell
Start date: 03/17/2025
Position: Warehouse Supervisor (Reno, NV)
SSN: {s1}
Filing status: Married filing jointly
Allowances / extra withholding: $0
Personal email: {e}
Documents verified: US passport (List A) — verified by K. Ortega
""")

# 32
s1, s2 = ssn(), ssn()
P("csv", "ssn", [("ssn", s1), ("ssn", s2)], f"""
# benefits_enrollment_export_2025Q1.csv — generated by HRIS nightly job, contains restricted fields
employee_id,last_name,first_name,ssn,state,annual_salary,benefits_tier
E10442,Okonkwo,Adaeze,{s1},TX,78500,gold
E10447,Lindgren,Paul,{s2},MN,64200,silver
""")

# 33
s1 = ssn("")
ph = phone("US", 3)
P("support_ticket", "ssn", [("ssn", s1), ("phone", ph)], f"""
Ticket #7720 — Unable to verify identity in tax portal
Submitted via chat transcript:

Customer: I keep getting "identity could not be verified" when I enter my info.
Customer: my social is {s1} and DOB 04/09/1986
Agent: Thank you. For security please don't share that here again — I'll start a verification call.
Customer: ok, call me at {ph}
Agent: Scheduled for today 3:30pm CT.
""")

# 34
s1 = ssn(" ")
P("text", "ssn", [("ssn", s1)], f"""
PATIENT REGISTRATION (scanned form, OCR output)
Last name: RAMIREZ     First: ELENA     MI: C
Date of birth: 11/23/1979      Sex: F
Social Security No.: {s1}
Primary insurance: Blue Horizon PPO   Member ID: BHP{rs(DIG,9)}
Emergency contact: Hector Ramirez (spouse)
Signature on file: YES   Date: 02/28/2025
""")

# 35
s1, s2, s3 = ssn(), ssn(), ssn()
P("sql_result", "ssn", [("ssn", s1), ("ssn", s2), ("ssn", s3)], f"""
mysql> SELECT claimant_id, full_name, ssn, claim_status FROM ui_claims WHERE week_ending = '2025-03-08' LIMIT 3;
+-------------+-------------------+-------------+--------------+
| claimant_id | full_name         | ssn         | claim_status |
+-------------+-------------------+-------------+--------------+
|      300912 | Tyrell Jackson    | {s1} | paid         |
|      300917 | Megan O'Donnell   | {s2} | pending      |
|      300920 | Huong Tran        | {s3} | denied       |
+-------------+-------------------+-------------+--------------+
3 rows in set (0.02 sec)
""")

# 36
c1 = card("visa")
g = group_card(c1)
e = "priya.raman@example.com"
P("log", "credit_card", [("credit_card", g), ("email", e)], f"""
2025-03-11 16:03:44.219 DEBUG [checkout-7] PaymentController - incoming form: {{email={e}, cardholder=PRIYA RAMAN, card_number={g}, exp=08/27, amount=129.90, currency=USD}}
2025-03-11 16:03:44.611 INFO  [checkout-7] GatewayClient - authorization approved auth_code=0{rs(DIG,5)} order=WEB-{rs(DIG,7)}
2025-03-11 16:03:44.612 WARN  [checkout-7] PaymentController - DEBUG logging of request bodies is enabled in production!
""")

# 37
c1 = card("mc")
c2 = card("amex")
P("csv", "credit_card", [("credit_card", c1), ("credit_card", c2)], f"""
txn_id,date,merchant,card_number,amount,currency,status
T-88120,2025-02-02,Hotel Sonnenhof,{c1},412.00,EUR,settled
T-88121,2025-02-03,Taxi Zentrale,{c2},38.50,EUR,settled
""")

# 38
c1 = card("amex")
g = group_card(c1)
ph = phone("US", 4)
P("email", "credit_card", [("credit_card", g), ("phone", ph)], f"""
From: Bradley Kim <bkim@example.com>
To: reservations@lakeviewlodge.example
Subject: Card for the deposit

Hi,

For the lodge deposit please charge my Amex: {g}, exp 11/26, CID on the back is the usual 4 digits — I'll give it over the phone.
You can call me at {ph} if anything's unclear.

Thanks,
Brad
""")
ROWS[-1]["entities"].append({"type": "email", "value": "bkim@example.com"})
ROWS[-1]["entities"].append({"type": "email", "value": "reservations@lakeviewlodge.example"})

# 39
c1 = card("discover")
g = group_card(c1, "-")
P("chat_export", "credit_card", [("credit_card", g)], f"""
[21:04] customer_4471: hi my order didnt go through
[21:05] agent_maya: Sorry about that! Could you tell me what error you saw?
[21:05] customer_4471: it said declined but i have money on it. card is {g} exp 05/28
[21:06] agent_maya: Please don't send card details in chat — I've masked the message. Could you try again with the "Save card" box unchecked?
""")

# 40
c1 = card("jcb")
g = group_card(c1)
e = "y.fujita@mail-jp.example"
P("json", "credit_card", [("credit_card", g), ("email", e)], json.dumps({
    "予約番号": "HTL-2025-0318-442", "宿泊者": "藤田 陽子", "メール": e,
    "支払い": {"種類": "JCB", "カード番号": g, "有効期限": "09/27"},
    "チェックイン": "2025-04-02", "泊数": 2}, indent=2, ensure_ascii=False))

# 41
c1, c2 = card("mc2"), card("diners")
P("sql_result", "credit_card", [("credit_card", c1), ("credit_card", c2)], f"""
legacy_pos=> SELECT receipt_no, pan, amount, terminal FROM card_receipts WHERE day = '2025-01-30' AND terminal = 'T07';
 receipt_no |       pan        | amount | terminal
------------+------------------+--------+----------
     700124 | {c1} |  54.20 | T07
     700131 | {c2}   | 210.00 | T07
(2 rows)
""")

# 42
c1 = card("unionpay")
g = group_card(c1)
P("text", "credit_card", [("credit_card", g)], f"""
订单备注（客服手工录入）
客户：王先生
支付方式：银联信用卡
卡号：{g}
有效期：2027年06月
说明：客户称在线支付多次失败，要求电话代扣，已转交财务处理。
处理记录：
  03-12 10:20 客服小刘：已记录卡号，等待财务确认扣款金额（¥2,380）。
  03-12 15:05 财务张姐：按规定不得在备注中保存完整卡号，请客户改用在线支付链接。
""")

# 43
c1 = card("maestro")
e = "jaap.vos@mail-nl.example"
P("support_ticket", "credit_card", [("credit_card", c1), ("email", e)], f"""
Melding #19920 — Dubbele afschrijving
Klant: Jaap Vos ({e})

Goedemiddag, op 4 maart is het abonnement twee keer afgeschreven van mijn pas {c1}.
Kunnen jullie één van de twee bedragen (€ 14,99) terugboeken? Bankafschrift zit in de bijlage.

Interne notitie: kaartnummer in ticket — laten maskeren door privacy-team.
""")

# 44
c1, c2, c3 = card("visa"), card("mc"), card("visa")
P("log", "credit_card", [("credit_card", c1), ("credit_card", c2), ("credit_card", c3)], f"""
Mar 09 23:58:01 pos-gw-2 tokenizer[2231]: WARN fallback to plaintext queue (HSM timeout)
Mar 09 23:58:01 pos-gw-2 tokenizer[2231]: queued pan={c1} store=0412 lane=3
Mar 09 23:58:02 pos-gw-2 tokenizer[2231]: queued pan={c2} store=0412 lane=1
Mar 09 23:58:04 pos-gw-2 tokenizer[2231]: queued pan={c3} store=0419 lane=6
Mar 09 23:58:09 pos-gw-2 tokenizer[2231]: INFO HSM reachable again, draining queue (3 items)
""")

# 45
i1 = ip_public()
i2 = ip_public()
i3 = ip_public()
P("log", "ipv4", [("ipv4", i1), ("ipv4", i2), ("ipv4", i3)], f"""
{i1} - - [14/Mar/2025:10:22:31 +0000] "GET /products/linen-shirt HTTP/1.1" 200 18234 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
{i2} - - [14/Mar/2025:10:22:33 +0000] "POST /cart/add HTTP/1.1" 302 0 "https://shop.example.com/products/linen-shirt" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
{i3} - - [14/Mar/2025:10:22:35 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31"
{i1} - - [14/Mar/2025:10:22:40 +0000] "GET /cart HTTP/1.1" 200 9021 "https://shop.example.com/products/linen-shirt" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
""")

# 46
a, b, c = ip_private(), ip_private(), ip_public()
P("log", "ipv4", [("ipv4", a), ("ipv4", b), ("ipv4", c)], f"""
Mar 12 04:11:19 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={c} DST={a} LEN=60 TOS=0x00 PROTO=TCP SPT=51922 DPT=22 WINDOW=29200 SYN
Mar 12 04:11:20 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC={c} DST={a} LEN=60 TOS=0x00 PROTO=TCP SPT=51940 DPT=3389 WINDOW=29200 SYN
Mar 12 04:11:27 fw01 kernel: [UFW ALLOW] IN=eth1 OUT=eth0 SRC={b} DST={c} LEN=52 PROTO=TCP SPT=44120 DPT=443
""")

# 47
a, b = ip_public(), ip_private()
e = "helena.berg@mail-se.example"
P("log", "ipv4", [("ipv4", a), ("ipv4", b), ("email", e)], f"""
{{"ts":"2025-03-16T07:44:10Z","event":"login_success","user":"{e}","client_ip":"{a}","forwarded_for":"{a}, {b}","mfa":"totp","ua":"Firefox on macOS"}}
{{"ts":"2025-03-16T07:44:58Z","event":"settings_changed","user":"{e}","client_ip":"{a}","field":"notification_language","new":"sv"}}
""")

# 48
hosts = [ip_private() for _ in range(4)]
P("ini", "ipv4", [("ipv4", h) for h in hosts], f"""
# inventory/production.ini
[web]
web-01 ansible_host={hosts[0]}
web-02 ansible_host={hosts[1]}

[db]
db-primary ansible_host={hosts[2]} pg_role=primary
db-replica ansible_host={hosts[3]} pg_role=replica

[all:vars]
ansible_user=deploy
ansible_python_interpreter=/usr/bin/python3
""")

# 49
a, b, c = ip_public(), f"198.51.100.{R.randint(2,250)}", f"203.0.113.{R.randint(2,250)}"
P("shell_output", "ipv4", [("ipv4", a), ("ipv4", b), ("ipv4", c)], f"""
$ dig +short api.partner.example
{b}
{c}
$ traceroute -n -q 1 {b}
traceroute to {b}, 30 hops max, 60 byte packets
 1  {a}  1.204 ms
 2  *
 3  {b}  18.771 ms
""")

# 50
a, b = ip_public(), ip_public()
P("email", "ipv4", [("ipv4", a), ("ipv4", b)], f"""
Objet : Activité suspecte sur votre compte
De : Sécurité <securite@banque-exemple.example>

Bonjour Madame Dubois,

Nous avons détecté deux connexions inhabituelles à votre espace client :
  • le 15/03 à 02:17, depuis l'adresse IP {a} (Roumanie)
  • le 15/03 à 02:21, depuis l'adresse IP {b} (Pays-Bas)

Si vous n'êtes pas à l'origine de ces connexions, changez votre mot de passe et contactez-nous.
""")
ROWS[-1]["entities"].append({"type": "email", "value": "securite@banque-exemple.example"})

# 51
a, b = ip_private(), ip_private()
P("k8s_manifest", "ipv4", [("ipv4", a), ("ipv4", b)], f"""
apiVersion: v1
kind: Endpoints
metadata:
  name: legacy-erp
  namespace: integration
subsets:
  - addresses:
      - ip: {a}
      - ip: {b}
    ports:
      - name: https
        port: 8443
""")

# 52
a, b, c = ip_public(), ip_public(), ip_public()
P("json", "ipv4", [("ipv4", a), ("ipv4", b), ("ipv4", c)], json.dumps({"rule_id": "allowlist-partner-sftp", "description": "SFTP access for logistics partners",
                                                                      "sources": [f"{a}/32", f"{b}/32", f"{c}/32"], "port": 22, "action": "allow", "expires": "2025-12-31"}, indent=2))

# 53
i1 = iban("DE")
e = "buchhaltung@moebel-hartmann.example"
P("invoice", "iban", [("iban", i1), ("email", e)], f"""
Möbel Hartmann GmbH · Industriestraße 7 · 33602 Bielefeld

RECHNUNG Nr. RE-2025-0318
Datum: 18.03.2025   Kundennummer: 10442

Pos  Artikel                         Menge  Einzelpreis   Gesamt
1    Eichentisch „Lina“ 200×100         1    1.890,00 €   1.890,00 €
2    Stuhl „Ove“, Leder cognac          6      249,00 €   1.494,00 €
                                            Netto        3.384,00 €
                                            USt. 19 %      642,96 €
                                            Gesamt       4.026,96 €

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:
IBAN: {i1}   BIC: GENODEM1GTL
Rückfragen: {e}
""")

# 54
i1 = iban("FR")
P("email", "iban", [("iban", i1)], f"""
Objet : Changement de coordonnées bancaires — loyer avril

Bonjour Monsieur Petit,

À compter du loyer d'avril, merci d'effectuer vos virements sur mon nouveau compte :

Titulaire : Mme Hélène Garnier
IBAN : {i1}
BIC : CCBPFRPPXXX

Le montant reste inchangé (890 € charges comprises). Je vous joins le RIB signé.
Bien cordialement,
Hélène Garnier
""")

# 55
i1 = iban("NL", grouped=False)
i2 = iban("BE", grouped=False)
P("csv", "iban", [("iban", i1), ("iban", i2)], f"""
relatienummer,naam,iban,bic,mandaat_id,mandaat_datum
R-3301,Stichting Groen Dak,{i1},RABONL2U,MND-2024-0112,2024-01-12
R-3307,Vereniging De Linde,{i2},GEBABEBB,MND-2024-0390,2024-06-03
""")

# 56
i1 = iban("ES")
ph = phone("ES", 2)
P("support_ticket", "iban", [("iban", i1), ("phone", ph)], f"""
Incidencia 2025-00871 — Devolución de recibo
Cliente: Comunidad de Propietarios Calle Mayor 23

El administrador indica que el recibo de febrero fue devuelto por el banco por «cuenta cancelada».
Nos facilita la nueva cuenta para domiciliar:
  IBAN {i1}
Solicita que se vuelva a emitir el recibo antes del día 25.
Contacto: Sr. Ortega, teléfono {ph}
""")

# 57
i1 = iban("IT")
e = "contabilita@pasticceria-romano.example"
P("email", "iban", [("iban", i1), ("email", e)], f"""
Da: {e}
Oggetto: Coordinate bancarie per bonifico ordine n. 3391

Buongiorno,
come richiesto vi inviamo le coordinate per il pagamento anticipato dell'ordine n. 3391
(12 vassoi di cannoli, consegna 29/03):

Intestatario: Pasticceria Romano di Romano Salvatore
IBAN: {i1}

Appena ricevuto il bonifico confermiamo la data di consegna.
Cordiali saluti
""")

# 58
i1 = iban("GB")
i2 = iban("IE")
P("json", "iban", [("iban", i1), ("iban", i2)], json.dumps({"payouts": [
    {"payee": "Wren & Finch Studio Ltd", "iban": i1, "bic": "NWBKGB2L", "amount": "2450.00", "currency": "GBP", "reference": "INV-7781"},
    {"payee": "Coastal Print Co.", "iban": i2, "bic": "AIBKIE2D", "amount": "610.40", "currency": "EUR", "reference": "INV-7790"}],
    "batch_id": "PO-2025-03-19-01", "status": "pending_approval"}, indent=2))

# 59
i1 = iban("CH")
P("text", "iban", [("iban", i1)], f"""
Einzahlungsschein / QR-Rechnung — Zahlteil
Konto / Zahlbar an
{i1}
Wohnbaugenossenschaft Sonnenhalde
Seestrasse 141
8800 Thalwil

Zusätzliche Informationen: Nebenkostenabrechnung 2024, Whg. 3.2
Währung CHF   Betrag 412.35
""")

# 60
i1 = iban("AT")
e = "anna.gruber@mail-at.example"
P("hr_record", "iban", [("iban", i1), ("email", e)], f"""
Personalstammblatt
Name: Anna Gruber
Personalnummer: 7712
Eintritt: 01.02.2025   Abteilung: Controlling
Bankverbindung für Gehaltszahlung:
  Bank: Erste Bank
  IBAN: {i1}
E-Mail privat: {e}
Sozialversicherungsträger: ÖGK
""")

# 61
i1 = iban("PL")
P("xml", "iban", [("iban", i1.replace(" ", ""))], f"""
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>PL-TRF-20250319-004</MsgId><NbOfTxs>1</NbOfTxs><CtrlSum>7800.00</CtrlSum></GrpHdr>
    <PmtInf>
      <CdtTrfTxInf>
        <Amt><InstdAmt Ccy="PLN">7800.00</InstdAmt></Amt>
        <Cdtr><Nm>Zakład Stolarski Nowak</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>{i1.replace(" ", "")}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Faktura FV/2025/03/118</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
""")

# 62
i1 = iban("PT")
ph = phone("PT", 0)
P("chat_export", "iban", [("iban", i1), ("phone", ph)], f"""
[19/03 10:02] Joana Matos: Bom dia! Para o sinal da reserva do espaço, qual é o IBAN?
[19/03 10:05] Quinta das Oliveiras: Bom dia Joana, é {i1} (titular Quinta das Oliveiras, Lda.)
[19/03 10:06] Quinta das Oliveiras: Depois envie o comprovativo por aqui ou para o {ph}
[19/03 10:30] Joana Matos: Feito, já enviei o comprovativo 👍
""")

# 63
i1 = iban("DE", grouped=False)
i2 = iban("LU")
P("sql_result", "iban", [("iban", i1), ("iban", i2)], f"""
finance=# SELECT vendor_id, vendor_name, iban, payment_terms FROM vendors WHERE country IN ('DE','LU') AND active;
 vendor_id |     vendor_name      |            iban            | payment_terms
-----------+----------------------+----------------------------+---------------
      4410 | Kühne Verpackung KG  | {i1}     | net30
      4418 | Ardennes Data S.à r.l| {i2} | net45
(2 rows)
""")

# 64
i1, i2 = iban("DK"), iban("SE")
P("markdown", "iban", [("iban", i1), ("iban", i2)], f"""
### Payment details for the Nordic subsidiaries

* **Nordvind ApS (Copenhagen)** — {i1}, BIC DABADKKK
* **Nordvind AB (Göteborg)** — {i2}, BIC ESSESESS

Use the invoice number as the payment reference. Payments in other currencies are converted at the receiving bank.
""")

# 65
i1 = iban("FI", grouped=False)
i2 = iban("NO", grouped=False)
P("log", "iban", [("iban", i1), ("iban", i2)], f"""
2025-03-19 08:00:02 INFO  sepa-batch: building batch 2025-03-19-A (2 credit transfers)
2025-03-19 08:00:02 DEBUG sepa-batch: tx 1 creditor="Lumo Design Oy" creditorIban={i1} amount=1240.00 EUR
2025-03-19 08:00:02 DEBUG sepa-batch: tx 2 creditor="Fjell Consulting AS" creditorIban={i2} amount=9850.00 NOK
2025-03-19 08:00:03 INFO  sepa-batch: batch signed and uploaded (EBICS order type CCT)
""")

# ---- mixed rows ----
# 66
ph, e, s1 = phone("US", 1), "jordan.reyes@example.com", ssn()
c1 = card("visa")
P("crm_json", "mixed", [("phone", ph), ("email", e), ("ssn", s1), ("credit_card", c1)], json.dumps({
    "applicant": {"name": "Jordan Reyes", "email": e, "phone": ph, "ssn": s1, "dob": "1991-07-14"},
    "application": {"product": "Platinum Rewards", "requested_limit": 8000, "status": "manual_review"},
    "existing_card": {"number": c1, "issuer": "First Prairie Bank"},
    "notes": "income docs pending"}, indent=2))

# 67
e1, e2, ip = "sandra.koch@mail-de.example", "noreply@portal.example", ip_public()
ph = phone("DE", 3)
P("email", "mixed", [("email", e1), ("email", e2), ("ipv4", ip), ("phone", ph)], f"""
Von: Kundenportal <{e2}>
An: {e1}
Betreff: Neue Anmeldung auf Ihrem Konto

Hallo Frau Koch,

soeben wurde Ihr Konto von einem neuen Gerät aus angemeldet:
Zeit: 19.03.2025, 22:41 Uhr
IP-Adresse: {ip}
Ort (ungefähr): Hamburg, Deutschland

Waren Sie das nicht? Rufen Sie unsere Sicherheits-Hotline an: {ph}
""")

# 68
ph1, ph2, e = phone("GB", 2), phone("FR", 2), "isabelle.durand@mail-uk.example"
i1 = iban("GB")
P("hr_record", "mixed", [("phone", ph1), ("phone", ph2), ("email", e), ("iban", i1)], f"""
NEW STARTER FORM — London office
Full name: Isabelle Durand
Job title: Product Designer    Start date: 7 April 2025
Personal email: {e}
Mobile (UK): {ph1}
Mobile (FR, until May): {ph2}
Salary account: {i1} (Monzo)
Right to work: EU Settlement Scheme — share code checked
Laptop: MacBook Pro 14", asset tag LDN-04411
""")

# 69
ip1, ip2, e = ip_private(), ip_public(), "ops-alerts@fleetwise.example"
P("ci_log", "ipv4", [("ipv4", ip1), ("ipv4", ip2), ("email", e)], f"""
[smoke-tests] resolving targets…
[smoke-tests] internal api  -> {ip1}:8080   OK  (42ms)
[smoke-tests] public edge   -> {ip2}:443    OK  (118ms)
[smoke-tests] 24/24 checks passed
[notify] sent summary to {e}
""")

# 70
c1, c2 = card("visa"), card("mc")
g1, g2 = group_card(c1, "-"), group_card(c2, " ")
e = "expenses@brightwave.example"
P("markdown", "credit_card", [("credit_card", g1), ("credit_card", g2), ("email", e)], f"""
# Team travel cards (internal wiki — restricted)

| Holder | Card | Limit | Use for |
|--------|------|-------|---------|
| Travel desk | `{g1}` | €15,000 | flights, rail |
| Events team | `{g2}` | €5,000 | venues, catering |

Receipts go to {e} within 5 working days.
""")

# 71
s1 = ssn()
ph = phone("US", 0)
e = "t.mcallister@example.com"
P("email", "mixed", [("ssn", s1), ("phone", ph), ("email", e)], f"""
From: Theresa McAllister <{e}>
To: frontdesk@pinecrest-tax.example
Subject: docs for my 2024 return

Hi Gloria,

Attached are my W-2s and the 1098 from the mortgage company. You asked for my SSN for the
engagement letter, it's {s1}. My husband's info is the same as last year.

Best number to reach me is {ph}.

Theresa
""")
ROWS[-1]["entities"].append({"type": "email", "value": "frontdesk@pinecrest-tax.example"})

# 72
ph1, ph2, ph3 = phone("IT", 2), phone("IT", 3), phone("CH", 1)
e = "prenotazioni@agriturismo-colle.example"
P("html", "phone", [("phone", ph1), ("phone", ph2), ("phone", ph3), ("email", e)], f"""
<section id="contatti">
  <h2>Contatti</h2>
  <ul>
    <li>Reception: <a href="tel:{ph1.replace(' ', '')}">{ph1}</a></li>
    <li>Ufficio Roma: {ph2}</li>
    <li>Ospiti dalla Svizzera: {ph3}</li>
    <li>Email: <a href="mailto:{e}">{e}</a></li>
  </ul>
</section>
""")
ROWS[-1]["entities"].append({"type": "phone", "value": ph1.replace(" ", "")})

# 73
ph1, ph2 = phone("JP", 1), phone("JP", 3)
e = "sales-osaka@kansai-denki.example"
P("email", "phone", [("phone", ph1), ("phone", ph2), ("email", e)], f"""
件名: お見積りのご依頼について
差出人: 関西電機 営業部 <{e}>

株式会社みどり製作所
総務部 高橋様

いつもお世話になっております。関西電機の小林です。
先日ご依頼いただいたLED照明の更新工事について、お見積書を添付いたします。
ご不明な点がございましたら、下記までご連絡ください。

大阪営業所：{ph2}
携帯：{ph1}（小林）
""")

# 74
ph, e = phone("BR", 2), "mariana.souza@mail-br.example"
c1 = card("mc")
g = group_card(c1, " ")
P("support_ticket", "mixed", [("phone", ph), ("email", e), ("credit_card", g)], f"""
Chamado #30881 — Cobrança em duplicidade
Cliente: Mariana Souza — {e} — {ph}

A cliente relata que a assinatura anual foi cobrada duas vezes no cartão {g} em 02/03.
Solicita estorno de uma das cobranças (R$ 359,90).
Ação: aberto pedido de estorno no adquirente, prazo de 2 faturas.
""")

# 75
ips = [ip_public() for _ in range(3)]
P("shell_output", "ipv4", [("ipv4", x) for x in ips], f"""
$ sudo fail2ban-client status sshd
Status for the jail: sshd
|- Filter
|  |- Currently failed: 2
|  |- Total failed:     1184
|  `- File list:        /var/log/auth.log
`- Actions
   |- Currently banned: 3
   |- Total banned:     97
   `- Banned IP list:   {ips[0]} {ips[1]} {ips[2]}
""")

# 76
e1, e2, e3, e4 = "ceo@vantage-robotics.example", "cfo@vantage-robotics.example", "s.ito@vantage-robotics.example", "m.keller@vantage-robotics.example"
P("text", "email", [("email", e1), ("email", e2), ("email", e3), ("email", e4)], f"""
Meeting notes — Q2 budget review (internal)
Attendees: {e1}, {e2}, {e3}, {e4}

1. Hardware line: approve two additional test rigs (capex), decision by end of month.
2. Hiring: freeze remains for G&A; two engineering roles unfrozen.
3. Action items: S. Ito to circulate revised forecast; M. Keller to confirm supplier terms.
""")

# 77
s1 = ssn()
c1 = card("amex")
P("log", "mixed", [("ssn", s1), ("credit_card", c1)], f"""
[2025-03-18 13:02:55] app.ERROR: Validation failed for loan application #LA-55190 {{"fields":{{"ssn":"{s1}","income":"72000","card_on_file":"{c1}"}},"errors":["employer_phone missing"]}} []
[2025-03-18 13:02:55] app.INFO: Returned 422 to client []
""")

# 78
ph, e = phone("KR", 1), "seojun.kim@mail-kr.example"
P("chat_export", "phone", [("phone", ph), ("email", e)], f"""
김서준 (오후 3:12): 안녕하세요, 지난주에 주문한 모니터가 아직 도착하지 않았어요.
상담원 (오후 3:14): 불편을 드려 죄송합니다. 주문자 연락처와 이메일을 확인해 주시겠어요?
김서준 (오후 3:15): 사무실 번호 {ph}, 이메일은 {e} 입니다
상담원 (오후 3:18): 확인되었습니다. 택배사 측 지연으로 내일 오전 중 배송 예정입니다.
""")

# 79
ph1, ph2 = phone("MA", 0), phone("FR", 3)
e = "youssef.elamrani@mail-ma.example"
P("email", "phone", [("phone", ph1), ("phone", ph2), ("email", e)], f"""
De : Youssef El Amrani <{e}>
À : contact@transit-lyon.example
Objet : Dédouanement conteneur — arrivée Marseille

Bonjour,

Notre conteneur de carreaux de zellige arrive à Marseille le 27 mars. Pouvez-vous nous
confirmer les documents nécessaires pour le dédouanement ?

Je suis joignable au Maroc au {ph1} et notre correspondant à Lyon au {ph2}.

Cordialement,
Youssef El Amrani
""")
ROWS[-1]["entities"].append({"type": "email", "value": "contact@transit-lyon.example"})

# 80
ip1 = ip_private()
ip2 = ip_private()
e = "netadmin@stadtbibliothek.example"
P("config", "ipv4", [("ipv4", ip1), ("ipv4", ip2), ("email", e)], f"""
# /etc/dhcp/dhcpd.conf (excerpt)
option domain-name "stadtbibliothek.example";
option domain-name-servers {ip1};
default-lease-time 3600;
max-lease-time 7200;
authoritative;

host drucker-lesesaal {{
  hardware ethernet 00:1b:63:84:45:e6;
  fixed-address {ip2};
}}
# Kontakt bei Problemen: {e}
""")

# 81
i1 = iban("DE")
s1 = ssn()
P("text", "mixed", [("iban", i1), ("ssn", s1)], f"""
Relocation checklist — Daniel Wright (transfer Chicago → Frankfurt)
[x] US payroll final paycheck (SSN {s1} on file with ADP)
[x] German bank account opened — IBAN {i1}
[ ] Anmeldung at Bürgeramt (appointment 03.04.)
[ ] Steuer-ID letter expected within 3 weeks
[ ] Health insurance enrolment (TK)
""")

# 82
e1, e2 = "ayse.demir@mail-tr.example", "emre.yildiz@mail-tr.example"
ph = "+90 212 " + nz(3) + " " + d(2) + " " + d(2)
P("crm_json", "mixed", [("email", e1), ("email", e2), ("phone", ph)], json.dumps({
    "company": "Demir Tekstil A.Ş.", "country": "TR",
    "contacts": [{"name": "Ayşe Demir", "email": e1, "title": "Genel Müdür"},
                 {"name": "Emre Yıldız", "email": e2, "title": "Satın Alma"}],
    "switchboard": ph, "stage": "proposal_sent", "value_eur": 56000}, indent=2, ensure_ascii=False))

# 83
ph = phone("US", 2)
e = "g.adeyemi@example.com"
ip = ip_public()
P("http_dump", "mixed", [("phone", ph), ("email", e), ("ipv4", ip)], f"""
POST /api/v1/contact HTTP/1.1
Host: www.greenleaf-insure.example
Content-Type: application/json
X-Forwarded-For: {ip}
Content-Length: 164

{{"name":"Grace Adeyemi","email":"{e}","phone":"{ph}","topic":"quote","message":"Looking for renters insurance for a 2-bedroom apartment, move-in April 1."}}

HTTP/1.1 201 Created
Content-Type: application/json

{{"status":"received","ticket":"GL-{rs(DIG,6)}"}}
""")

# 84
c1 = card("visa")
c2 = card("discover")
P("json", "credit_card", [("credit_card", c1), ("credit_card", c2)], json.dumps({
    "customer_id": "C-99123", "wallet": [
        {"type": "card", "brand": "visa", "number": c1, "exp_month": 3, "exp_year": 2028, "default": True},
        {"type": "card", "brand": "discover", "number": c2, "exp_month": 10, "exp_year": 2026, "default": False}],
    "migrated_from": "legacy_billing_v1", "note": "pre-tokenization export"}, indent=2))

# 85
i1 = iban("BE")
ph = phone("BE", 1)
e = "secretariaat@vzw-kinderkoor.example"
P("html", "iban", [("iban", i1), ("phone", ph), ("email", e)], f"""
<div class="steun-ons">
  <h3>Steun ons koor 🎶</h3>
  <p>Giften zijn welkom op rekening <strong>{i1}</strong> (vzw Kinderkoor De Leeuwerik),
     met vermelding "gift 2025".</p>
  <p>Vragen? Bel {ph} of mail naar <a href="mailto:{e}">{e}</a>.</p>
</div>
""")

# 86
e = "lea.fischer@mail-ch.example"
ph1, ph2 = phone("CH", 0), phone("DE", 4)
P("text", "phone", [("phone", ph1), ("phone", ph2), ("email", e)], f"""
Übergabeprotokoll Wohnung Lindenweg 4, 3. OG links
Mieterin: Lea Fischer — erreichbar unter {ph1} (CH) bzw. {ph2} (DE, Zweitwohnsitz München)
E-Mail: {e}
Zählerstände: Strom 18 442 kWh, Wasser 311,6 m³
Schlüssel übergeben: 3 × Wohnung, 1 × Briefkasten, 1 × Keller
Mängel: kleiner Kratzer im Parkett (Wohnzimmer, Nähe Fenster)
""")

# 87
ips = [ip_private(), ip_private(), ip_public()]
P("yaml", "ipv4", [("ipv4", x) for x in ips], f"""
# netplan: /etc/netplan/01-static.yaml
network:
  version: 2
  ethernets:
    ens18:
      addresses: [{ips[0]}/24]
      routes:
        - to: default
          via: {ips[1]}
      nameservers:
        addresses: [{ips[2]}]
""")

# 88
c1 = card("jcb")
ph = phone("JP", 2)
e = "k.suzuki@mail-jp.example"
P("form_submission", "mixed", [("credit_card", c1), ("phone", ph), ("email", e)], f"""
お問い合わせフォーム送信内容
お名前：鈴木 健一
メールアドレス：{e}
電話番号：{ph}
お問い合わせ種別：お支払いについて
内容：先月分の請求が二重になっています。カード番号は {c1} です。確認をお願いします。
""")

# 89
ph1, ph2, ph3 = phone("NL", 2), phone("NL", 3), phone("BE", 0)
P("chat_export", "phone", [("phone", ph1), ("phone", ph2), ("phone", ph3)], f"""
[08:01] Ruben: Wie kan zaterdag de kraam opbouwen op de markt?
[08:03] Ilse: Ik! Bel me even op {ph1} als je de sleutel van het busje hebt
[08:05] Ruben: Top. Bram, ben jij bereikbaar op je werknummer {ph2}?
[08:09] Bram: Zaterdag niet, dan zit ik bij mijn ouders in Antwerpen — daar op {ph3}
""")

# 90
e1 = "security@fintrail.example"
ip1, ip2 = ip_public(), ip_public()
s = ssn()
P("support_ticket", "mixed", [("email", e1), ("ipv4", ip1), ("ipv4", ip2), ("ssn", s)], f"""
SEC-2291 | Suspected account takeover | reported to {e1}
Affected user: account #7719302 (SSN on profile: {s})
Login from {ip1} at 03:12 UTC, password change from {ip2} at 03:14 UTC, payee added at 03:15 UTC.
Actions: session revoked, payee removed, customer contacted via verified channel.
""")

# 91
i1, i2 = iban("ES", grouped=False), iban("PT", grouped=False)
e = "tesoreria@grupo-iberia-log.example"
P("csv", "iban", [("iban", i1), ("iban", i2), ("email", e)], f"""
fecha;beneficiario;iban;importe;concepto;contacto
2025-03-20;Transportes Levante SL;{i1};4820.50;Factura 2025-118;{e}
2025-03-20;Armazéns do Tejo Lda;{i2};1975.00;Fatura FT 2025/77;{e}
""")

# 92
ph1, ph2 = phone("IN", 2), phone("SG", 0)
e = "rahul.menon@mail-in.example"
P("hr_record", "phone", [("phone", ph1), ("phone", ph2), ("email", e)], f"""
Employee: Rahul Menon | ID: SG-IN-2231 | Secondment: Singapore (Apr–Sep 2025)
Home phone (Kochi): {ph1}
Singapore desk line: {ph2}
Email: {e}
Visa: Employment Pass approved 12 Mar 2025
Accommodation: serviced apartment, Tanjong Pagar
""")

# 93
c1, c2 = card("mc2"), card("visa")
g1 = group_card(c1, " ")
e = "accounts@riverbend-cafe.example"
P("invoice", "credit_card", [("credit_card", g1), ("credit_card", c2), ("email", e)], f"""
RIVERBEND CAFÉ — Catering receipt #C-20931
Date: 15 Mar 2025      Event: Johnson wedding rehearsal (40 guests)

Deposit (20 Feb)  paid with card {g1}       $600.00
Balance (15 Mar)  paid with card {c2}      $1,840.00
Total                                         $2,440.00

Questions about this receipt? {e}
""")

# 94
ph1 = phone("PL", 1)
ph2 = phone("US", 3)
e = "krzysztof.zielinski@mail-pl.example"
P("vcard", "phone", [("phone", ph1), ("phone", ph2), ("email", e)], f"""
BEGIN:VCARD
VERSION:4.0
FN:Krzysztof Zieliński
ORG:Zieliński & Partnerzy
TEL;TYPE=work:{ph1}
TEL;TYPE=cell:{ph2}
EMAIL:{e}
NOTE:Spotkanie w Chicago 24.04 — lot LO003
END:VCARD
""")

# 95
ip = ip_public()
e = "mika.virtanen@mail-fi.example"
P("log", "ipv4", [("ipv4", ip), ("email", e)], f"""
Mar 19 06:55:12 mx1 postfix/smtpd[40112]: connect from unknown[{ip}]
Mar 19 06:55:13 mx1 postfix/smtpd[40112]: NOQUEUE: reject: RCPT from unknown[{ip}]: 554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; from=<> to=<{e}> proto=ESMTP helo=<mail.bulk-offers.test>
Mar 19 06:55:13 mx1 postfix/smtpd[40112]: disconnect from unknown[{ip}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4
""")

# 96
i1 = iban("IT", grouped=False)
ph = phone("IT", 1)
e = "f.esposito@mail-it.example"
P("text", "mixed", [("iban", i1), ("phone", ph), ("email", e)], f"""
Annuncio: affitto monolocale arredato zona Vomero, Napoli — 650 €/mese
Contatti: Francesca Esposito, cell. {ph}, {e}
Per bloccare l'appartamento è richiesta una caparra di 650 € tramite bonifico:
IBAN {i1} — causale "caparra Vomero + nome e cognome"
Visite: martedì e giovedì dalle 17 alle 19.
""")

# 97
s1, s2 = ssn(), ssn()
e1, e2 = "d.harper@example.com", "l.harper@example.com"
P("json", "ssn", [("ssn", s1), ("ssn", s2), ("email", e1), ("email", e2)], json.dumps({
    "household_id": "HH-40918", "plan_year": 2025,
    "members": [{"name": "Derek Harper", "relationship": "self", "ssn": s1, "email": e1},
                {"name": "Lauren Harper", "relationship": "spouse", "ssn": s2, "email": e2},
                {"name": "Mia Harper", "relationship": "child", "ssn": None}],
    "coverage": "family", "premium_monthly": 612.4}, indent=2))

# 98
ph = phone("AU", 2)
e = "chloe.nguyen@mail-au.example"
c1 = card("visa")
P("email", "mixed", [("phone", ph), ("email", e), ("credit_card", c1)], f"""
From: Chloe Nguyen <{e}>
To: enrolments@harbour-swim.example
Subject: Term 2 enrolment — Lily (age 7)

Hi there,

Please enrol Lily in the Saturday 9am beginners class for Term 2. You can charge the fees to
my card {c1} (exp 12/26). If there's a waitlist, text me on {ph}.

Thanks!
Chloe
""")
ROWS[-1]["entities"].append({"type": "email", "value": "enrolments@harbour-swim.example"})

# 99
ips = [ip_public(), ip_private()]
e = "abuse@hosting-provider.example"
P("email", "ipv4", [("ipv4", ips[0]), ("ipv4", ips[1]), ("email", e)], f"""
To: {e}
Subject: Abuse report — credential stuffing from your network

Hello,

Between 2025-03-18 22:00 and 23:30 UTC we observed ~14,000 failed login attempts against our
customer portal originating from {ips[0]}, which belongs to your AS. Our WAF node that recorded
the traffic is {ips[1]} (internal). Log excerpts are attached in CSV format.

Please investigate and take appropriate action.
Security Operations, Tallis Retail
""")

# 100
ph1, ph2 = phone("DE", 1), phone("AT", 1)
i1 = iban("DE")
e = "verein@tsv-oberau.example"
P("markdown", "mixed", [("phone", ph1), ("phone", ph2), ("iban", i1), ("email", e)], f"""
# TSV Oberau — Mitgliedsbeitrag 2025

* Erwachsene: 96 € / Jahr, Jugendliche: 48 € / Jahr
* Überweisung bis 31.03. auf **{i1}** (Raiffeisenbank Oberau)
* Kassenwart: Günther Maier, Tel. {ph1}
* Skifahrt-Organisation (Tirol): Hannes Pichler, {ph2}
* Fragen per Mail: {e}
""")
