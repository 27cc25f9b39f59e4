# Hand-written carriers for pii.jsonl: (format, category, template)
# {{P:type.gen}} -> entity; {{N:gen}} -> non-PII filler.

PII = [
("crm_json", "customer_contact", """{
  "contact_id": "{{N:uuid4}}",
  "name": "Ana Ferreira",
  "emails": ["{{P:email.x}}", "{{P:email.x}}"],
  "phones": [{"type": "mobile", "number": "{{P:phone.br_mob}}"}, {"type": "work", "number": "{{P:phone.br_land}}"}],
  "lifecycle_stage": "customer",
  "owner": "sales-latam",
  "last_activity": "2024-06-30T18:22:10Z"
}"""),
("support_ticket", "customer_contact", """Ticket #48213 — Cannot reset password
From: {{P:email.x}}
Priority: normal

Hi, I changed phones and the SMS code goes to my old number. Please update it to {{P:phone.uk_mob}} (old one was {{P:phone.uk_mob}}). You can also call me at the office on {{P:phone.uk_london}} between 9 and 5.

Thanks, Liam"""),
("hr_record_csv", "employee_records", """employee_id,full_name,ssn,work_email,home_phone,start_date
E10231,Dana Kowalski,{{P:ssn.dash}},{{P:email.x}},{{P:phone.us_paren}},2019-04-01
E10232,Marcus Lee,{{P:ssn.dash}},{{P:email.x}},{{P:phone.us_dash}},2020-11-16
E10240,Yusuf Haddad,{{P:ssn.dash}},{{P:email.x}},{{P:phone.us_dots}},2023-02-06"""),
("nginx_access_log", "client_ip", """{{P:ipv4.pub}} - - [12/Jul/2024:08:14:03 +0000] "GET /api/v2/catalog?page=3 HTTP/2.0" 200 18422 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)" rt=0.042
{{P:ipv4.pub}} - - [12/Jul/2024:08:14:04 +0000] "POST /api/v2/cart HTTP/2.0" 201 311 "https://shop.example.com/p/wid-0042" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.118
{{P:ipv4.pub}} - - [12/Jul/2024:08:14:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001"""),
("invoice_text", "payment_details", """INVOICE 2024-0719
Seller: Nordlicht Design GmbH, Schanzenstr. 12, 20357 Hamburg
Buyer:  Brennan & Hughes Ltd, 4 Dock Road, Cork

Services June 2024 .......................... EUR 4,320.00
VAT reverse charge (Art. 196 VAT Directive)

Please transfer to IBAN {{P:iban.de_g}} (BIC DEUTDEFFXXX) within 14 days.
Questions: {{P:email.x}} / {{P:phone.de}}"""),
("sql_result", "payment_cards", """mysql> SELECT id, cardholder, pan, exp FROM legacy_payments WHERE migrated = 0 LIMIT 4;
+------+-------------------+---------------------+-------+
| id   | cardholder        | pan                 | exp   |
+------+-------------------+---------------------+-------+
| 9912 | K NAKAMURA        | {{P:credit_card.visa_u}}    | 09/26 |
| 9913 | S LINDQVIST       | {{P:credit_card.mc_u}}    | 02/27 |
| 9917 | R MENDES          | {{P:credit_card.amex_u}}     | 11/25 |
| 9920 | P IYER            | {{P:credit_card.disc_u}}    | 05/28 |
+------+-------------------+---------------------+-------+
4 rows in set (0.01 sec)"""),
("email_thread", "customer_contact", """From: Hana Tanaka <{{P:email.x}}>
To: {{P:email.x}}
Cc: {{P:email.x}}
Subject: Re: Tokyo office move

Hi all, the new reception number from 1 Aug is {{P:phone.jp}} (international: {{P:phone.jp_intl}}). My mobile stays {{P:phone.jp_mob}}.
Best regards, Hana"""),
("chat_export", "chat_shared_contact", """[2024-05-03 19:41] Sofie: what's the number of the plumber you used?
[2024-05-03 19:44] Bjorn: {{P:phone.nl_mob}}, ask for Ruud
[2024-05-03 19:44] Bjorn: or mail him {{P:email.x}}
[2024-05-03 19:45] Sofie: thanks!! our landlord is {{P:phone.nl}} if he needs to confirm access"""),
("firewall_log", "client_ip", """Jul 14 02:11:45 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56 SRC={{P:ipv4.pub}} DST={{P:ipv4.p10}} LEN=44 TOS=0x00 PROTO=TCP SPT=51234 DPT=22 WINDOW=1024
Jul 14 02:11:47 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:12:34:56 SRC={{P:ipv4.pub}} DST={{P:ipv4.p10}} LEN=40 TOS=0x00 PROTO=TCP SPT=44012 DPT=3389 WINDOW=65535"""),
("web_form_submission", "loan_application", """POST /apply/step-2
applicant_first=Rosa&applicant_last=Garcia&dob=1987-03-14&ssn={{P:ssn.plain}}&email={{P:email.x}}&phone={{P:phone.us_e164}}&employer=Harbor+Logistics&annual_income=68000&consent=on"""),
("payroll_csv", "bank_details", """payee;iban;amount;reference
Valentina Rossi;{{P:iban.it}};2140,55;STIP 06/2024
Quentin Dubois;{{P:iban.fr}};2388,10;STIP 06/2024
Ines Santos;{{P:iban.pt}};1975,00;STIP 06/2024
Sven Lindqvist;{{P:iban.se}};2601,40;STIP 06/2024"""),
("crm_json", "lead_record", """{"lead":{"id":88120,"source":"webinar-2024-05","first_name":"Aarav","last_name":"Iyer","email":"{{P:email.x}}","mobile":"{{P:phone.in_mob}}","office":"{{P:phone.in_land}}","company":"Iyer Textiles Pvt Ltd","city":"Mumbai","consent_marketing":true}}"""),
("app_log_json", "login_audit", """{"ts":"2024-07-22T06:01:13Z","event":"login.success","user":"{{P:email.x}}","ip":"{{P:ipv4.pub}}","ua":"Firefox/127.0","mfa":"totp"}
{"ts":"2024-07-22T06:05:48Z","event":"login.failure","user":"{{P:email.x}}","ip":"{{P:ipv4.pub}}","reason":"bad_password","attempt":3}
{"ts":"2024-07-22T06:05:50Z","event":"account.locked","user":"{{P:email.x#l}}","ip":"{{P:ipv4.pub}}"}"""),
("support_ticket", "refund_request", """Subject: Refund for double charge

Hello, I was charged twice for order WID-77102. Card used: {{P:credit_card.visa_s}}, exp 04/27. Please refund the second charge to that card or, if easier, to my account {{P:iban.nl_g}}.
Phone: {{P:phone.nl_mob_intl}}
— Sofie de Vries"""),
("hr_record_yaml", "employee_records", """employee:
  id: 55102
  name: Chidi Okafor
  ssn: "{{P:ssn.dash}}"
  emergency_contact:
    name: Ngozi Okafor
    phone: "{{P:phone.us_intl}}"
  personal_email: {{P:email.x}}
  payroll:
    routing: "{{N:N.aba}}"
    account: "0004418{{N:digits6}}"
"""),
("csv_export", "newsletter_subscribers", """email,first_name,country,signup_ip,subscribed_at
{{P:email.x}},Zofia,PL,{{P:ipv4.pub}},2024-03-01T09:00:12Z
{{P:email.x}},Oscar,ES,{{P:ipv4.pub}},2024-03-01T09:02:40Z
{{P:email.x}},Keiko,JP,{{P:ipv4.pub}},2024-03-01T09:05:03Z
{{P:email.x}},Kwame,GB,{{P:ipv4.pub}},2024-03-01T09:11:57Z"""),
("mail_headers", "email_routing", """Return-Path: <{{P:email.x}}>
Received: from mail-out.example.net ([{{P:ipv4.pub}}])
        by mx1.example.com with ESMTPS id 4WQ2kL1x9Pz3
        for <{{P:email.x}}>; Tue, 9 Jul 2024 10:14:22 +0200
Received: from [{{P:ipv4.p192}}] (unknown [{{P:ipv4.pub}}])
        by mail-out.example.net (Postfix) with ESMTPSA
From: Gustavo Mendes <{{P:email.x}}>"""),
("sepa_xml", "bank_details", """<CdtTrfTxInf>
  <PmtId><EndToEndId>E2E-2024-07-00019</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt>
  <Cdtr><Nm>Elif Yilmaz</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{{P:iban.at}}</IBAN></Id></CdtrAcct>
  <RmtInf><Ustrd>Miete Juli</Ustrd></RmtInf>
</CdtTrfTxInf>
<CdtTrfTxInf>
  <PmtId><EndToEndId>E2E-2024-07-00020</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">89.90</InstdAmt></Amt>
  <Cdtr><Nm>Jonas Schmidt</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>{{P:iban.de}}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>"""),
("chat_export", "agent_conversation", """user: can you update my billing? new card is {{P:credit_card.mc_s}} exp 08/28 cvc 412
assistant: I can't take card numbers in chat for security reasons. Please use the billing page. I've flagged this message for deletion.
user: ok. also my phone changed to {{P:phone.au_mob}}
assistant: Thanks, I've updated your contact number."""),
("sql_insert", "customer_contact", """INSERT INTO customers (id, name, email, phone, country) VALUES
  (501, 'Lucia Esposito', '{{P:email.x}}', '{{P:phone.it_mob}}', 'IT'),
  (502, 'Marco Rossi', '{{P:email.x}}', '{{P:phone.it_land}}', 'IT'),
  (503, 'Giulia Conti', '{{P:email.x}}', '{{P:phone.it_mob_nat}}', 'IT');"""),
("vpn_log", "client_ip", """2024-07-01 22:14:09 openvpn[881]: {{P:ipv4.pub}}:51820 [m.ito] Peer Connection Initiated with [AF_INET]{{P:ipv4.pub#a}}:51820
2024-07-01 22:14:09 openvpn[881]: m.ito/{{P:ipv4.pub#a}}:51820 MULTI_sva: pool returned IPv4={{P:ipv4.p10}}
2024-07-01 23:40:55 openvpn[881]: m.ito/{{P:ipv4.pub#a}}:51820 SIGTERM[soft,remote-exit] received, client-instance exiting"""),
("tax_form_text", "tax_identity", """Form W-9 (Rev. March 2024) — extracted fields
Name: Tomas Novak
Business name: Novak Carpentry LLC
Federal tax classification: Single-member LLC
Part I TIN — Social security number: {{P:ssn.space}}
Address: 118 Birch Lane, Madison, WI 53703
Contact for questions: {{P:email.x}}, {{P:phone.us_1}}"""),
("order_json", "ecommerce_order", """{
  "order": "MX-2024-118204",
  "customer": {"name": "Ximena Santos", "email": "{{P:email.x}}", "phone": "{{P:phone.mx}}"},
  "shipping": {"line1": "Av. Reforma 222", "city": "CDMX", "postal_code": "06600"},
  "payment": {"method": "card", "pan": "{{P:credit_card.visa_d}}", "installments": 3},
  "total": {"amount": 3899.00, "currency": "MXN"}
}"""),
("support_ticket", "fraud_report", """Case FR-22019 (Fraud review)
Reported by: {{P:email.x}}
Suspicious logins from {{P:ipv4.pub}} and {{P:ipv4.pub}} (geo: RO, NL) within 3 minutes.
Cards on file: {{P:credit_card.amex_s}}, {{P:credit_card.visa_s}}
Action: locked account, called customer at {{P:phone.us_paren}} — no answer, voicemail left."""),
("hr_record_json", "employee_records", """[{"id":"FR-0041","nom":"Moreau","prenom":"Quentin","tel":"{{P:phone.fr_mob}}","email":"{{P:email.x}}","iban":"{{P:iban.fr_g}}"},
 {"id":"FR-0042","nom":"Dubois","prenom":"Claire","tel":"{{P:phone.fr}}","email":"{{P:email.x}}","iban":"{{P:iban.fr_g}}"}]"""),
("dhcp_leases", "host_ip", """lease {{P:ipv4.p192}} {
  starts 2 2024/07/09 07:12:44;
  ends 2 2024/07/09 19:12:44;
  hardware ethernet 3c:22:fb:91:0a:17;
  client-hostname "priyas-macbook";
}
lease {{P:ipv4.p192}} {
  starts 2 2024/07/09 08:01:02;
  hardware ethernet f4:5c:89:aa:10:c3;
  client-hostname "reception-printer";
}"""),
("mail_body", "bank_details", """Dear Mr. Brennan,

as discussed on the phone, please send the deposit of GBP 1,500 to:

Account name: K. Hughes
IBAN: {{P:iban.gb_g}}
Reference: Flat 3B deposit

If anything is unclear call me on {{P:phone.uk_mob_intl}} or write to {{P:email.x}}.

Kind regards,
Kate Hughes"""),
("form_submission_json", "insurance_claim", """{"form":"claim-auto-v3","submitted":"2024-06-18T12:44:09+02:00","fields":{"policy_holder":"Sven Lindqvist","phone":"{{P:phone.de_mob}}","email":"{{P:email.x}}","payout_iban":"{{P:iban.de_g}}","accident_date":"2024-06-15","description":"Rear-ended at traffic light on B96, other driver admitted fault."},"client_ip":"{{P:ipv4.pub}}"}"""),
("ssh_auth_log", "client_ip", """Jul 10 03:22:41 bastion sshd[19022]: Failed password for invalid user admin from {{P:ipv4.pub}} port 40112 ssh2
Jul 10 03:22:44 bastion sshd[19022]: Failed password for invalid user admin from {{P:ipv4.pub#b}} port 40112 ssh2
Jul 10 03:25:10 bastion sshd[19101]: Accepted publickey for dana from {{P:ipv4.p172}} port 53312 ssh2: ED25519 SHA256:Wq3mZp
Jul 10 03:25:10 bastion sshd[19101]: pam_unix(sshd:session): session opened for user dana(uid=1001)"""),
("csv_export", "ach_vendors", """vendor_id,legal_name,tin,contact_email,contact_phone
V-301,Okafor Consulting,{{P:ssn.dash}},{{P:email.x}},{{P:phone.us_dash}}
V-302,Mendes Photography,{{P:ssn.dash}},{{P:email.x}},{{P:phone.us_dots}}"""),
("call_center_notes", "customer_contact", """Call notes 2024-07-03 14:10 (agent: rk)
Caller: Nadia Haddad, DOB on file verified, last 4 of SSN matched; full SSN in CRM reads {{P:ssn.dash}}
Callback number: {{P:phone.us_intl}} (cell), alternate {{P:phone.us_paren}}
Issue: statement not received; confirmed email {{P:email.x}}"""),
("booking_json", "travel_booking", """{"pnr":"Q7K2ZD","passengers":[{"name":"WEI/MEI MS","contact":{"email":"{{P:email.x}}","phone":"{{P:phone.au_mob_intl}}"}},{"name":"KIM/DANIEL MR","contact":{"phone":"{{P:phone.au}}"}}],"payment":{"card":"{{P:credit_card.mc_d}}","holder":"MEI WEI"},"segments":[{"flt":"QF1","dep":"SYD","arr":"LHR","date":"2024-09-02"}]}"""),
("stripe_like_log", "payment_cards", """2024-07-11T10:01:44Z WARN payment-gateway raw request logged (PCI violation, ticket SEC-812):
  card_number={{P:credit_card.jcb_u}} exp_month=10 exp_year=2027 name="KEIKO TANAKA"
  billing_email={{P:email.x}} ip={{P:ipv4.pub}}"""),
("es_ticket", "customer_contact", """Incidencia 77120 — Entrega fallida
Cliente: Oscar García
Teléfono: {{P:phone.es_mob}} / fijo {{P:phone.es_land}}
Correo: {{P:email.x}}
Nota: el repartidor llamó dos veces, nadie abrió. Reprogramar para el jueves."""),
("bank_statement_text", "bank_details", """Kontoauszug Nr. 7/2024
Kontoinhaber: Elif Yilmaz
IBAN: {{P:iban.de_g}}

Datum   Buchungstext                              Betrag
01.07.  Gehalt Juli, Auftraggeber IBAN {{P:iban.ch_g}}   +3.450,00
03.07.  Lastschrift Stadtwerke                      -82,40
05.07.  Überweisung an {{P:iban.at_g}}                -650,00"""),
("kubernetes_events", "pod_ips", """LAST SEEN   TYPE      REASON      OBJECT                  MESSAGE
2m          Normal    Scheduled   pod/api-5d9f8-8qpwl      Successfully assigned prod/api-5d9f8-8qpwl to node-7 ({{P:ipv4.p10}})
2m          Warning   Unhealthy   pod/api-5d9f8-8qpwl      Readiness probe failed: Get "http://{{P:ipv4.p10}}:8080/ready": context deadline exceeded
1m          Normal    Pulled      pod/api-5d9f8-8qpwl      Container image already present on machine"""),
("customer_export_tsv", "customer_contact", """id	name	email	phone	card_last4
1001	Liam O'Connor	{{P:email.x}}	{{P:phone.uk_manc}}	4242
1002	Hana Kim	{{P:email.x}}	{{P:phone.uk_london_nat}}	0019
1003	Rosa Brennan	{{P:email.x}}	{{P:phone.uk_mob}}	7781"""),
("python_repl", "debug_dump", """>>> u = User.objects.get(pk=4410)
>>> u.__dict__
{'_state': <ModelState>, 'id': 4410, 'email': '{{P:email.x}}', 'phone': '{{P:phone.de_mob_nat}}', 'last_login_ip': '{{P:ipv4.pub}}', 'iban': '{{P:iban.de}}', 'is_active': True}"""),
("sql_result", "bank_details", """ account_holder   |             iban              | verified
------------------+-------------------------------+----------
 Dubois, Claire   | {{P:iban.be_g}}           | t
 Janssens, Pieter | {{P:iban.be_g}}           | t
 Novak, Tomas     | {{P:iban.pl_g}} | f
(3 rows)"""),
("mail_body", "customer_contact", """Bonjour Madame Moreau,

Suite à notre échange, vous pouvez joindre notre service après-vente au {{P:phone.fr_dots}} ou directement votre conseillère Mme Dubois au {{P:phone.fr_mob_intl}}.
Merci de nous renvoyer le formulaire signé à {{P:email.x}}.

Cordialement"""),
("app_log_text", "client_ip", """I0709 10:12:01.442 server.go:212] accepted conn from {{P:ipv4.pub}}:51544
I0709 10:12:01.448 auth.go:88] user=ursula.hughes session=ok
W0709 10:12:03.991 ratelimit.go:41] throttling {{P:ipv4.cgnat}} (429 x 14)
I0709 10:12:04.003 server.go:212] accepted conn from {{P:ipv4.doc}}:60412"""),
("crm_json", "customer_contact", """{"results":[{"id":"003Aa00000XyZ1","Name":"Wei Zhang","Email":"{{P:email.x}}","Phone":"{{P:phone.us_dash}}","MailingCountry":"US"},{"id":"003Aa00000XyZ2","Name":"Paulo Ferreira","Email":"{{P:email.x}}","Phone":"{{P:phone.br_mob_nat}}","MailingCountry":"BR"}],"totalSize":2,"done":true}"""),
("invoice_json", "payment_details", """{"invoice_no":"INV-ES-00931","issuer":{"name":"Estudio Luz SL","iban":"{{P:iban.es_g}}","email":"{{P:email.x}}"},"customer":{"name":"Santos Mendes","phone":"{{P:phone.es_mob}}"},"lines":[{"desc":"Fotografía de producto","qty":40,"unit":35.0}],"vat_rate":0.21}"""),
("audit_log", "admin_actions", """2024-07-15T09:12:00Z admin=ops-team actor_ip={{P:ipv4.p10}} action=user.update target={{P:email.x}} changes={"phone": ["{{P:phone.us_e164}}", "{{P:phone.us_e164}}"]}
2024-07-15T09:13:41Z admin=ops-team actor_ip={{P:ipv4.p10}} action=user.ssn_view target={{P:email.x}} value="{{P:ssn.dash}}" """),
("chat_export", "chat_shared_contact", """WhatsApp Chat with Familie
12/06/24, 20:01 - Oma: Meine neue Nummer ist {{P:phone.de_nat}}
12/06/24, 20:03 - Jonas: Danke Oma! Und Opas Handy?
12/06/24, 20:05 - Oma: {{P:phone.de_mob}}
12/06/24, 20:06 - Jonas: Und für das Geschenk, hier meine Kontonummer {{P:iban.de_g}} 😄"""),
("medical_intake_form", "patient_intake", """PATIENT INTAKE — Lakeside Family Clinic
Name: Ursula Hughes        DOB: 04/11/1979
SSN: {{P:ssn.dash}}
Home phone: {{P:phone.us_paren}}    Mobile: {{P:phone.us_dots}}
Email: {{P:email.x}}
Insurance: BlueRiver PPO, member ID BRX-5512097
Card on file for copays: {{P:credit_card.visa_s}}"""),
("netflow_csv", "host_ip", """start,src,dst,proto,sport,dport,bytes,packets
2024-07-09T11:00:01Z,{{P:ipv4.p10}},{{P:ipv4.pub}},6,51544,443,18233,41
2024-07-09T11:00:01Z,{{P:ipv4.p10}},{{P:ipv4.pub}},17,53022,53,120,2
2024-07-09T11:00:02Z,{{P:ipv4.p172}},{{P:ipv4.p10}},6,41900,5432,94412,211"""),
("jp_form", "customer_contact", """お問い合わせフォーム
氏名: 中村 恵子
メール: {{P:email.x}}
電話番号: {{P:phone.jp_mob}}
会社代表: {{P:phone.jp}}
内容: 請求書の宛名変更をお願いします。
来月分から新しい部署名（データ基盤部）でお願いいたします。"""),
("card_dispute_letter", "payment_cards", """Re: Dispute of transaction on card ending 0131

I dispute the charge of USD 742.18 dated 2 July 2024 on my Diners Club card {{P:credit_card.diners_s}}. I also hold a Discover card {{P:credit_card.disc_d}} with your bank that was charged the same amount on the same day by the same merchant. Please contact me at {{P:phone.us_intl}} or {{P:email.x}}."""),
("graphql_response", "customer_contact", """{"data":{"viewer":{"orders":{"edges":[{"node":{"id":"T3JkZXI6MTIz","billingAddress":{"phone":"{{P:phone.au_nat}}"},"email":"{{P:email.x}}"}},{"node":{"id":"T3JkZXI6MTI0","billingAddress":{"phone":"{{P:phone.au_mob}}"},"email":"{{P:email.x}}"}}]}}}}"""),
("terraform_plan", "host_ip", """  # aws_security_group_rule.office_ssh will be created
  + resource "aws_security_group_rule" "office_ssh" {
      + cidr_blocks       = [
          + "{{P:ipv4.pub}}/32",
          + "{{P:ipv4.pub}}/32",
        ]
      + from_port         = 22
      + protocol          = "tcp"
      + to_port           = 22
      + type              = "ingress"
    }"""),
("hr_record_csv", "employee_records", """id;nome;codice_iban;telefono;email
IT-77;Valentina Esposito;{{P:iban.it_g}};{{P:phone.it_mob}};{{P:email.x}}
IT-78;Luca Conti;{{P:iban.it_g}};{{P:phone.it_land}};{{P:email.x}}"""),
("bug_report", "debug_dump", """Steps to reproduce:
1. Sign in as {{P:email.x}}
2. Go to Settings > Payment and enter test card… actually I used my real card {{P:credit_card.mc_u}} by accident, please scrub this
3. Click Save → spinner forever

Console:
POST https://api.example.com/v1/payment-methods 502 (Bad Gateway) from {{P:ipv4.pub}}"""),
("cdr_csv", "call_records", """call_id,start,caller,callee,duration_s,trunk
c-88120,2024-07-08T09:00:12Z,{{P:phone.us_e164}},{{P:phone.uk_mob_intl}},312,sip-eu-1
c-88121,2024-07-08T09:01:40Z,{{P:phone.mx_old}},{{P:phone.us_e164}},45,sip-us-2
c-88122,2024-07-08T09:03:05Z,{{P:phone.in_mob}},{{P:phone.de_mob}},1204,sip-eu-1"""),
("loan_file_json", "loan_application", """{"application_id":"LN-44102","applicants":[{"name":"Kwame Mensah","ssn":"{{P:ssn.dash}}","email":"{{P:email.x}}"},{"name":"Abena Mensah","ssn":"{{P:ssn.dash}}","email":"{{P:email.x}}"}],"disbursement":{"routing":"{{N:N.aba}}","account":"{{N:digits6}}0021"},"amount":25000}"""),
("docker_inspect", "container_ips", """"NetworkSettings": {
    "Networks": {
        "backend": {
            "IPAMConfig": null,
            "Gateway": "{{P:ipv4.p172}}",
            "IPAddress": "{{P:ipv4.p172}}",
            "IPPrefixLen": 16,
            "MacAddress": "02:42:ac:12:00:05"
        }
    }
}"""),
("mail_signature", "customer_contact", """--
Dr. Priya Iyer
Head of Research Partnerships
Tel. {{P:phone.in_land}} | Mobile {{P:phone.in_mob_nat}}
{{P:email.x}}"""),
("payout_config_yaml", "bank_details", """payouts:
  - seller: 18820
    name: Fjord Knitwear AS
    iban: {{P:iban.no}}
  - seller: 18821
    name: Aalto Ceramics Oy
    iban: {{P:iban.fi_g}}
  - seller: 18825
    name: Hygge Lamps ApS
    iban: {{P:iban.dk_g}}"""),
("fraud_model_features", "payment_cards", """{"txn_id":"tx_99120","features":{"bin":"{{N:digits6}}","pan":"{{P:credit_card.unionpay_u}}","ip":"{{P:ipv4.pub}}","email_domain_age_days":3,"velocity_1h":7},"score":0.91,"decision":"review"}"""),
("sms_gateway_log", "phone_numbers", """2024-07-16 08:00:01 SENT to={{P:phone.br_mob}} tmpl=otp status=DELIVERED
2024-07-16 08:00:03 SENT to={{P:phone.mx}} tmpl=otp status=DELIVERED
2024-07-16 08:00:04 SENT to={{P:phone.es_mob}} tmpl=promo status=FAILED err=30006
2024-07-16 08:00:09 SENT to={{P:phone.fr_mob_intl}} tmpl=otp status=DELIVERED"""),
("ticket_markdown", "customer_contact", """### Customer escalation

| Field | Value |
|---|---|
| Customer | Sofie Janssens |
| Email | {{P:email.x}} |
| Phone | {{P:phone.nl_mob_intl}} |
| Account IBAN | {{P:iban.nl}} |
| Last login IP | {{P:ipv4.pub}} |

Customer wants direct debit cancelled from next month."""),
("background_check_txt", "identity_verification", """VERIFICATION REPORT #VR-20931
Subject: Liam Brennan
SSN: {{P:ssn.plain}} (issued state: MA) — match
Phone on record: {{P:phone.us_1}}
Email on record: {{P:email.x}}
Addresses found: 3   Criminal records: none"""),
("csv_export", "gift_card_orders", """order,buyer_email,card_used,ip
GC-1001,{{P:email.x}},{{P:credit_card.visa_u}},{{P:ipv4.pub}}
GC-1002,{{P:email.x}},{{P:credit_card.mc_u}},{{P:ipv4.pub}}
GC-1003,{{P:email.x}},{{P:credit_card.amex_u}},{{P:ipv4.pub}}
GC-1004,{{P:email.x}},{{P:credit_card.disc_u}},{{P:ipv4.pub}}"""),
("pt_email", "customer_contact", """Olá Paulo,

segue o contacto do contabilista: {{P:phone.br_land}} ou {{P:email.x}}.
Para o reembolso, usa o IBAN {{P:iban.pt_g}}.

Abraço,
Rosa"""),
("ldap_ldif", "employee_records", """dn: uid=kwame.mensah,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
cn: Kwame Mensah
mail: {{P:email.x}}
telephoneNumber: {{P:phone.uk_london}}
mobile: {{P:phone.uk_mob_intl}}
employeeNumber: 40211"""),
("web_server_error_log", "client_ip", """[Wed Jul 10 11:02:55.118244 2024] [php:error] [pid 2211] [client {{P:ipv4.pub}}:50122] PHP Fatal error:  Uncaught TypeError: count(): Argument #1 must be of type Countable in /var/www/shop/cart.php:88, referer: https://shop.example.com/cart
[Wed Jul 10 11:02:58.004120 2024] [php:error] [pid 2212] [client {{P:ipv4.pub}}:50188] PHP Warning:  Undefined array key "qty" in /var/www/shop/cart.php on line 41"""),
("expense_report", "payment_cards", """Expense report — July 2024 — Farah Haddad
Corporate card: {{P:credit_card.amex_d}}
Personal card used by mistake (reimburse): {{P:credit_card.visa_d}}
Reimbursement IBAN: {{P:iban.gb}}
Approver: {{P:email.x}}"""),
("sa_invoice", "payment_details", """Tax Invoice No. 2024/7781
Supplier: Al Noor Trading Est.
Bank: Example National Bank — IBAN {{P:iban.sa_g}}
Contact: {{P:email.x}}
Buyer: Haddad Logistics — IBAN {{P:iban.tr_g}}"""),
("json_lines", "signup_events", """{"event":"signup","email":"{{P:email.x}}","ip":"{{P:ipv4.pub}}","country":"IN"}
{"event":"signup","email":"{{P:email.x}}","ip":"{{P:ipv4.pub}}","country":"DE"}
{"event":"verify_phone","phone":"{{P:phone.in_mob}}","ok":true}"""),
("hr_offer_letter", "employee_records", """Dear Ms. Nakamura,

We are pleased to offer you the position of Senior Data Engineer. For payroll setup, HR has recorded: SSN {{P:ssn.dash}}, direct-deposit into the account you provided. Please confirm your personal contact details ({{P:email.x}}, {{P:phone.us_paren}}) are correct by replying to {{P:email.x}}."""),
("sql_result", "customer_contact", """SELECT name, phone FROM contacts WHERE country IN ('AU','NZ','JP') ORDER BY name;
name            | phone
----------------+------------------
Daniel Kim      | {{P:phone.au_mob_intl}}
Keiko Tanaka    | {{P:phone.jp_mob_intl}}
Mei Wei         | {{P:phone.au}}
Yuto Sato       | {{P:phone.jp_intl}}"""),
("ansible_inventory", "host_ip", """[web]
web01 ansible_host={{P:ipv4.pub}}
web02 ansible_host={{P:ipv4.pub}}

[db]
db01 ansible_host={{P:ipv4.p10}} ansible_port=2222
db02 ansible_host={{P:ipv4.p10}}"""),
("chargeback_csv", "payment_cards", """case_id,pan,amount,reason_code,cardholder_email
CB-881,{{P:credit_card.disc_s}},120.00,10.4,{{P:email.x}}
CB-882,{{P:credit_card.jcb_s}},58.90,13.1,{{P:email.x}}
CB-883,{{P:credit_card.maestro_s}},210.45,12.6,{{P:email.x}}"""),
("hr_chat", "employee_records", """[HR-bot] New hire checklist for Zofia Kowalska
- Personal email: {{P:email.x}}
- Phone: {{P:phone.de_muc}}
- SSN (US payroll entity): {{P:ssn.dash}}
- Salary account: {{P:iban.pl}}
- Laptop: MBP 14" ticket IT-5521"""),
("mx_invoice_xml", "payment_details", """<cfdi:Receptor Rfc="XAXX010101000" Nombre="Ximena Santos" UsoCFDI="G03"/>
<!-- contacto: {{P:email.x}} tel {{P:phone.mx_nat}} / {{P:phone.mx_gdl}} -->
<cfdi:Conceptos><cfdi:Concepto Cantidad="2" Descripcion="Silla ergonómica" ValorUnitario="3450.00"/></cfdi:Conceptos>"""),
("wireguard_config", "host_ip", """[Interface]
Address = {{P:ipv4.p10}}/24
ListenPort = 51820

[Peer]
# laptop-dana
AllowedIPs = {{P:ipv4.p10}}/32
Endpoint = {{P:ipv4.pub}}:51820"""),
("mail_body", "customer_contact", """Hi Ximena,

Great meeting you at the expo. As promised, my details:
mobile {{P:phone.mx_old}}, office {{P:phone.us_dots}}, and {{P:email.x}}.
My colleague Oscar ({{P:email.x}}) will send the samples.

Cheers, Wei"""),
("kyc_json", "identity_verification", """{"kyc_case":"K-7712","status":"approved","person":{"name":"Dana Kowalski","ssn_last4":"2290","ssn":"{{P:ssn.dash}}","phone":"{{P:phone.us_intl}}","email":"{{P:email.x}}"},"device":{"ip":"{{P:ipv4.pub}}","os":"iOS 17.5"}}"""),
("iban_list_ungrouped", "bank_details", """Beneficiaries imported (5):
{{P:iban.ie}}
{{P:iban.lu}}
{{P:iban.ch}}
{{P:iban.be}}
{{P:iban.br}}"""),
("syslog", "host_ip", """Jul 11 04:00:02 nas01 rsyncd[4410]: connect from backup-client ({{P:ipv4.p192}})
Jul 11 04:00:02 nas01 rsyncd[4410]: rsync on photos/ from backup-client ({{P:ipv4.p192}})
Jul 11 04:12:40 nas01 smbd[5520]: Connection denied from {{P:ipv4.pub}}"""),
("phone_directory_csv", "phone_numbers", """dept,name,extension,direct
Sales EMEA,Sven Lindqvist,2210,{{P:phone.de}}
Sales UK,Kate Hughes,2230,{{P:phone.uk_london}}
Sales FR,Claire Dubois,2240,{{P:phone.fr}}
Sales IT,Marco Rossi,2250,{{P:phone.it_land}}
Sales ES,Oscar Garcia,2260,{{P:phone.es_land}}"""),
("pos_receipt_debug", "payment_cards", """*** DEBUG RECEIPT (do not hand to customer) ***
TERM 0042  MERCH 778120
CARD {{P:credit_card.visa13_u}}  ENTRY CHIP
AUTH 0A4F12  AMT 23.80 EUR
TRACE 001182"""),
("contract_pdf_text", "payment_details", """§ 5 Zahlungsbedingungen
(1) Die Miete ist monatlich im Voraus bis zum 3. Werktag auf das Konto des Vermieters IBAN {{P:iban.de_g}} zu zahlen.
(2) Die Kaution beträgt drei Nettokaltmieten.
Vermieter erreichbar unter {{P:phone.de_nat}} bzw. {{P:email.x}}."""),
("intercom_export_json", "chat_shared_contact", """{"conversation_id":"215790","parts":[{"author":"user","body":"<p>my email changed to {{P:email.x}}</p>"},{"author":"admin","body":"<p>Updated! Anything else?</p>"},{"author":"user","body":"<p>pls call me {{P:phone.au_mob}} tomorrow</p>"}]}"""),
("security_incident_report", "client_ip", """INC-2024-0177 Summary
Between 02:10 and 02:40 UTC, credential-stuffing traffic from {{P:ipv4.pub}}, {{P:ipv4.pub}} and {{P:ipv4.pub}} targeted /login. 14 accounts were accessed, including {{P:email.x}} and {{P:email.x}}. Internal pivot attempt observed towards {{P:ipv4.p10}}."""),
("tax_csv", "tax_identity", """name,ssn,state,w2_wages
Rosa Garcia,{{P:ssn.plain}},TX,58211.40
Marcus Lee,{{P:ssn.plain}},CA,91200.00
Ana Ferreira,{{P:ssn.space}},NJ,47300.85
Gustavo Santos,{{P:ssn.dash}},FL,62018.00"""),
("php_var_dump", "debug_dump", """array(5) {
  ["name"]=> string(12) "Ines Santos"
  ["email"]=> string(25) "{{P:email.x}}"
  ["iban"]=> string(27) "{{P:iban.es}}"
  ["phone"]=> string(15) "{{P:phone.es_mob}}"
  ["remote_addr"]=> string(13) "{{P:ipv4.pub}}"
}"""),
("jira_comment", "customer_contact", """@tomas.novak customer confirmed the issue again. Reachable at {{P:phone.it_mob_nat}} (Italian mobile) or {{P:email.x}}. Their API calls come from {{P:ipv4.pub}}, we should whitelist it in the WAF."""),
("hotel_registration", "travel_booking", """Guest registration card
Name: Bjorn Lindqvist   Nationality: SE
Phone: {{P:phone.nl_mob_intl}}   Email: {{P:email.x}}
Guarantee card: {{P:credit_card.mc_s}}
Room 412, arrival 2024-08-14, departure 2024-08-18"""),
("grafana_alert", "host_ip", """[FIRING:2] HighLatency (api prod)
Labels: instance={{P:ipv4.p10}}:9100, job=node
Labels: instance={{P:ipv4.p10}}:9100, job=node
Annotations: p99 latency above 1.5s for 10m"""),
("crm_json", "lead_record", """{"leads":[{"n":"Yusuf Yilmaz","e":"{{P:email.x}}","t":"{{P:phone.de_mob}}"},{"n":"Elif Kaya","e":"{{P:email.x}}","t":"{{P:phone.de}}"},{"n":"Ali Demir","e":"{{P:email.x}}","t":"{{P:phone.de_mob_nat}}"}]}"""),
("ach_return_report", "tax_identity", """ACH RETURN R03 — No account/unable to locate
Originator: Example Payroll Services
Receiver: Marcus Lee (SSN {{P:ssn.dash}})
Receiver contact: {{P:email.x}}
Action: employee to provide new account details"""),
("support_macro_output", "customer_contact", """Hi Valentina,
thanks for reaching out. I've noted {{P:phone.it_mob}} as your preferred number and {{P:email.x}} for invoices. Your refund will go to {{P:iban.it_g}} within 5 business days.
— Support"""),
("db_seed_yaml", "customer_contact", """# seeds/dev_customers.yml (copied from prod by mistake)
- name: Ursula Novak
  email: {{P:email.x}}
  phone: "{{P:phone.us_paren}}"
  ssn: "{{P:ssn.dash}}"
  card: "{{P:credit_card.visa_s}}"
- name: Chidi Brennan
  email: {{P:email.x}}
  phone: "{{P:phone.us_dash}}"
  ssn: "{{P:ssn.dash}}"
  card: "{{P:credit_card.amex_s}}" """),
("haproxy_log", "client_ip", """Jul 12 18:01:22 lb01 haproxy[771]: {{P:ipv4.pub}}:51321 [12/Jul/2024:18:01:22.114] https~ api/api02 0/0/1/44/45 200 1822 - - ---- 311/300/12/6/0 0/0 "GET /v1/orders HTTP/1.1"
Jul 12 18:01:22 lb01 haproxy[771]: {{P:ipv4.pub}}:40110 [12/Jul/2024:18:01:22.350] https~ api/api01 0/0/0/12/12 404 210 - - ---- 311/300/11/5/0 0/0 "GET /v1/wp-login.php HTTP/1.1\""""),
("sms_thread", "phone_numbers", """From {{P:phone.us_e164}}: running 10 min late, sorry!
To {{P:phone.us_e164}}: no worries, I'll grab a table
From {{P:phone.uk_mob_intl}}: (wrong number?) who is this"""),
("csv_export", "customer_contact", """"Name","E-mail Address","Mobile Phone","Business Phone"
"Wei, Mei","{{P:email.x}}","{{P:phone.jp_mob}}","{{P:phone.jp}}"
"Kim, Daniel","{{P:email.x}}","{{P:phone.au_mob}}","{{P:phone.au_nat}}" """),
("pdf_form_fields", "loan_application", """Field: applicant_name = Oscar Mendes
Field: applicant_ssn = {{P:ssn.dash}}
Field: co_applicant_ssn = {{P:ssn.space}}
Field: contact_phone = {{P:phone.us_paren}}
Field: contact_email = {{P:email.x}}
Field: down_payment_card = {{P:credit_card.disc_s}}"""),
("trace_span_attributes", "client_ip", """span: POST /checkout  duration=812ms
  http.client_ip = {{P:ipv4.pub}}
  net.peer.ip = {{P:ipv4.p10}}
  enduser.id = {{P:email.x}}
  payment.card.masked = 4111********1111
  payment.card.raw = {{P:credit_card.visa_u}}"""),
("ticket_history", "customer_contact", """2024-07-01 10:02 customer: I moved to Amsterdam, new number {{P:phone.nl}}
2024-07-01 10:15 agent: updated. Old number {{P:phone.uk_mob}} removed.
2024-07-02 08:40 customer: also please change email to {{P:email.x}}
2024-07-02 08:52 agent: done, confirmation sent to both {{P:email.x}} and the new address."""),
("bank_api_json", "bank_details", """{"accounts":[{"iban":"{{P:iban.ie_g}}","currency":"EUR","owner":"Liam O'Connor","balance":{"amount":"1820.14"}},{"iban":"{{P:iban.gb_g}}","currency":"GBP","owner":"Liam O'Connor","balance":{"amount":"240.00"}}],"request_ip":"{{P:ipv4.pub}}"}"""),
("python_log", "payment_cards", """ERROR:billing.charge:Charge failed for user_id=88120 card={{P:credit_card.mc_d}} reason=do_not_honor
ERROR:billing.charge:Charge failed for user_id=88127 card={{P:credit_card.diners_u}} reason=expired_card
ERROR:billing.charge:Charge failed for user_id=88131 card={{P:credit_card.unionpay_s}} reason=insufficient_funds
INFO:billing.charge:Retry scheduled in 24h"""),
("ssn_verification_batch", "tax_identity", """SSA CBSV batch 2024-07-12 results
REQ-1  {{P:ssn.dash}}  Rosa Garcia     MATCH
REQ-2  {{P:ssn.dash}}  Liam Brennan    MATCH
REQ-3  {{P:ssn.dash}}  Nadia Haddad    NO MATCH (name)
REQ-4  {{P:ssn.dash}}  Wei Zhang       MATCH
REQ-5  {{P:ssn.dash}}  Dana Kowalski   MATCH"""),
("ip_allowlist_json", "host_ip", """{"allowlist":[{"cidr":"{{P:ipv4.pub}}/32","note":"office Berlin"},{"cidr":"{{P:ipv4.pub}}/32","note":"office Lisbon"},{"cidr":"{{P:ipv4.doc}}/32","note":"contractor VPN"}],"updated_by":"{{P:email.x}}"}"""),
("email_thread", "payment_details", """> Could you send me your bank details for the refund?

Sure, IBAN {{P:iban.fi_g}} (Aalto, Sofie). If you prefer, I can also give you the Swedish account {{P:iban.se_g}}.
You can reach me on {{P:phone.nl_mob}} this week."""),
]

CLEAN = [
("shipping_notification", "tracking_numbers", """Your order #114-3928176-5521930 has shipped!
Carrier: UPS   Tracking: 1Z999AA10123456784
Second parcel: DHL 1234567890, USPS 9400 1000 0000 0000 0000 00
Estimated delivery: Thu, 18 Jul 2024"""),
("application_log", "timestamps_durations", """2024-07-12T18:01:22.114512Z INFO request done status=200 duration=1.204513s bytes=18233 upstream_ms=1187
2024-07-12T18:01:22.350211Z INFO request done status=404 duration=0.012s bytes=210 upstream_ms=9
epoch=1720807282 monotonic_ns=884120993311422"""),
("dependency_report", "version_strings", """Installed components:
  agent           4.2.1.0
  updater         10.0.19045.3803
  driver          31.0.101.5522
  runtime         8.0.6.24267
  firmware        2.1.0.17 (build 2024-05-14)"""),
("snmp_walk", "oids", """SNMPv2-MIB::sysObjectID.0 = OID: .1.3.6.1.4.1.8072.3.2.10
.1.3.6.1.2.1.2.2.1.10.2 = Counter32: 2918842211
.1.3.6.1.2.1.2.2.1.16.2 = Counter32: 1177320045
.1.3.6.1.4.1.2021.10.1.3.1 = STRING: "0.42\""""),
("ci_log", "build_numbers", """Build #20240712.4 (pipeline 118204, job 5521930) succeeded
Artifacts: app-3.14.0+build.884120.tar.gz
Runner: build-arm64-03 (id 118), queued 00:00:14, ran 00:07:52"""),
("book_catalog_csv", "isbns", """title,isbn13,isbn10,pages
Distributed Systems Notes,978-0-306-40615-7,0-306-40615-2,412
Practical Cryptography Primer,9781861972712,1861972717,288
Data Pipelines at Scale,978-3-16-148410-0,3-16-148410-X,530"""),
("product_feed_xml", "ean_gtin", """<item><sku>WID-0042</sku><gtin>4006381333931</gtin><price>19.99</price></item>
<item><sku>WID-0043</sku><gtin>5901234123457</gtin><price>24.50</price></item>
<item><sku>WID-0044</sku><gtin>00012345600012</gtin><price>7.25</price></item>"""),
("bank_directory_csv", "routing_numbers", """bank_name,routing_number,swift
Example National Bank,{{N:N.aba}},EXNBUS33
Lakeside Credit Union,{{N:N.aba}},LKCUUS44
Harbor Savings,{{N:N.aba}},HRBSUS6S"""),
("accounting_export", "invoice_numbers", """Invoice            Date        Net        VAT       Gross
INV-2024-000871    2024-06-30  4,320.00   820.80    5,140.80
INV-2024-000872    2024-07-01    199.00    37.81      236.81
RE-24-07-11-0042   2024-07-11  1,250.00     0.00    1,250.00"""),
("address_book_no_contacts", "postal_codes", """Depots:
  Hamburg   20357  DE
  Paris     75011  FR
  London    EC1V 2NX GB
  Madrid    28013  ES
  Toronto   M5V 3L9 CA
  Tokyo     100-0005 JP"""),
("stats_table", "statistics_table", """| region | sessions | conv. rate | revenue (EUR) |
|--------|---------:|-----------:|--------------:|
| DE     | 1,284,211 | 3.21 %    | 4,411,902.18  |
| FR     |   982,004 | 2.87 %    | 2,990,118.40  |
| IT     |   611,930 | 2.44 %    | 1,501,772.05  |
| total  | 2,878,145 | 2.92 %    | 8,903,792.63  |"""),
("json_api_response", "numeric_json_fields", """{"metrics":{"p50_ms":41,"p95_ms":212,"p99_ms":1187,"requests":5521930411,"errors":118204,"bytes_out":88412099331},"window":{"start":1720800000,"end":1720886400},"node_count":14}"""),
("test_fixture_json", "luhn_invalid_cards", """{
  "invalid_cards": [
    "{{N:N.cardbad_visa_s}}",
    "{{N:N.cardbad_mc_u}}",
    "{{N:N.cardbad_amex_s}}"
  ],
  "expect": "card_number_invalid"
}"""),
("validation_test_output", "invalid_ssn_like", """test_ssn_rejects_invalid ... 
  000-12-3456 -> rejected (area 000)
  666-45-1234 -> rejected (area 666)
  912-34-5678 -> rejected (area 9xx, ITIN range)
  123-00-4567 -> rejected (group 00)
  432-11-0000 -> rejected (serial 0000)
ok (5 assertions)"""),
("payment_error_log", "iban_wrong_checksum", """WARN sepa.validate: IBAN checksum failed value={{N:N.ibanbad_de}} (mod97 != 1)
WARN sepa.validate: IBAN checksum failed value={{N:N.ibanbad_fr_g}}
WARN sepa.validate: IBAN checksum failed value={{N:N.ibanbad_nl}}
INFO sepa.validate: 3 of 41 rows rejected"""),
("legal_document", "section_numbers", """Pursuant to § 312.4.2 and Article 6(1)(b), the provisions of sections 4.1.12 through 4.1.19 shall apply mutatis mutandis. See also 17 CFR 240.10b-5 and ISO/IEC 27001:2022 Annex A.8.24."""),
("geojson", "coordinates", """{"type":"Feature","geometry":{"type":"Point","coordinates":[13.404954,52.520008]},"properties":{"name":"Depot Berlin","elevation_m":34.2,"bbox":[13.0883,52.3382,13.7611,52.6755]}}"""),
("sensor_csv", "measurement_data", """timestamp,temp_c,humidity_pct,pressure_hpa,vibration_mm_s
2024-07-12T10:00:00Z,21.44,48.1,1013.25,0.0421
2024-07-12T10:00:10Z,21.47,48.0,1013.24,0.0418
2024-07-12T10:00:20Z,21.51,47.9,1013.22,3.1174"""),
("server_log", "port_latency_bytes", """listening on 0.0.0.0:8443 (tls), 0.0.0.0:9090 (metrics)
conn 4412 closed after 2318833 bytes, 5521 ms, peer port 51544
gc pause 0.0134s heap 1184221184 -> 402653184
backlog=511 somaxconn=4096 rmem=212992"""),
("security_advisory", "cve_ids", """Fixed in 3.14.1: CVE-2024-3094, CVE-2023-44487 (HTTP/2 rapid reset), CVE-2024-21626.
CVSS 3.1 base scores: 10.0, 7.5, 8.6. GHSA-xr7r-f8xq-vfvv."""),
("hexdump", "hex_dump", """00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR
00000010: 0000 0140 0000 00f0 0806 0000 0035 d1dc  ...@.........5..
00000020: e400 0000 0173 5247 4200 aece 1ce9 0000  .....sRGB.......
00000030: 0004 6741 4d41 0000 b18f 0bfc 6105 0000  ..gAMA......a..."""),
("dns_zone_docs", "version_like_dotted", """; SOA serial uses YYYYMMDDnn
@   IN SOA ns1 hostmaster ( 2024071201 7200 3600 1209600 300 )
; TTLs: 300, 3600, 86400
; app release 2.10.300.1 deployed"""),
("kernel_log", "phone_like_log_numbers", """[ 4412.118204] nvme0n1: I/O Cmd(0x2) @ LBA 2918842211, 256 blocks, I/O Error (sct 0x2 / sc 0x81)
[ 4412.120004] blk_update_request: I/O error, dev nvme0n1, sector 2918842211 op 0x0:(READ)
[ 4413.004411] EXT4-fs warning: ext4_end_bio:343: I/O error 10 writing to inode 5521930"""),
("inventory_json", "sku_and_counts", """{"warehouse":"HAM-1","items":[{"sku":"WID-0042-BLK","ean":"4006381333931","on_hand":1204,"reserved":312},{"sku":"WID-0043-RED","ean":"5901234123457","on_hand":0,"reserved":0}],"last_count":"2024-07-11"}"""),
("db_migration_log", "migration_ids", """Applying 20240711093144_add_index_orders_created_at ... done (1.8s)
Applying 20240711101522_backfill_order_totals ... done (412.3s, 5521930 rows)
Schema version: 20240711101522"""),
("phone_model_list", "model_numbers", """Supported devices: SM-S928B, SM-A546E, iPhone15,3, Pixel 8 Pro (GC3VE), XQ-DQ72.
Firmware baseline: S928BXXS2AXF3 / 21.5.23 / AP1A.240505.005"""),
("bank_statement_summary", "amounts_only", """Statement period 01.06.2024 – 30.06.2024
Opening balance   12.440,18 EUR
Credits         + 41.902,00 EUR (17 items)
Debits          - 38.118,44 EUR (92 items)
Closing balance   16.223,74 EUR"""),
("git_log", "commit_hashes", """a1b2c3d Merge branch 'release/3.14'
9f8e7d6 fix: off-by-one in pagination (closes #1184)
4c5d6e7 chore(deps): bump requests from 2.31.0 to 2.32.3"""),
("ci_matrix_yaml", "version_matrix", """strategy:
  matrix:
    python: ["3.9.19", "3.10.14", "3.11.9", "3.12.4"]
    postgres: ["13.15", "14.12", "15.7", "16.3"]
    k8s: ["1.28.11", "1.29.6", "1.30.2"]"""),
("flight_status", "flight_and_booking_codes", """LH 2411  MUC 07:05 -> LHR 08:00  Gate K12  Status: Boarding
BA 0947  LHR 10:35 -> MUC 13:30  Gate B44  Status: Delayed (+00:45)
Booking ref Q7K2ZD, ticket 220-1234567890 (e-ticket coupon 1)"""),
("utility_bill_no_pii", "meter_readings", """Meter no. 1ESY1160412345  Reading 2024-06-30: 044182.7 kWh
Previous 2024-05-31: 043901.2 kWh   Consumption: 281.5 kWh
Tariff 0.3412 EUR/kWh   Customer ref. 7002-118204-55"""),
("sql_result", "numeric_ids_table", """ order_id  | customer_id | amount_cents | created_unix
-----------+-------------+--------------+--------------
 551193041 |    88412099 |        18233 |   1720807282
 551193042 |    88412101 |          499 |   1720807290
 551193043 |    31415926 |       120000 |   1720807301"""),
("invalid_cards_doc", "luhn_invalid_cards", """Our checkout rejects numbers that fail the Luhn check before contacting the processor, e.g. {{N:N.cardbad_visa_d}} or {{N:N.cardbad_disc_u}} are refused client-side with "card_number_invalid"."""),
("iban_validation_test", "iban_wrong_checksum", """def test_rejects_bad_checksum():
    for bad in ["{{N:N.ibanbad_gb_g}}", "{{N:N.ibanbad_es}}", "{{N:N.ibanbad_it}}"]:
        assert not is_valid_iban(bad)"""),
("network_docs", "cidr_and_masks", """Subnet plan (documentation, no hosts assigned yet):
  netmask 255.255.255.0, wildcard 0.0.0.255
  broadcast 255.255.255.255, unspecified 0.0.0.0
  loopback 127.0.0.1 is excluded from scanning"""),
("chemistry_data", "measurement_data", """Sample  Mass(g)   Molarity   Absorbance@540nm
S-01    1.2041    0.1004     0.4412
S-02    1.1987    0.0998     0.4398
Avogadro 6.02214076e23, R = 8.314462618 J/(mol·K)"""),
("sports_results", "scores_and_times", """100 m final: 1. 9.81 (+0.2) 2. 9.89 3. 9.91
Marathon splits: 1:02:41 / 2:05:12 (PB 2:04:55)
Attendance 58,211; gate receipts 4,411,902"""),
("iso_date_formats", "timestamps_durations", """Accepted formats: 2024-07-12, 12.07.2024, 07/12/2024, 2024-W28-5, 20240712T180122Z, P1Y2M10DT2H30M, 1720807282000
Durations may be given as 90s, 1h30m, 00:45:10.250 or 5400000 (milliseconds)."""),
("cve_feed_json", "cve_ids", """{"vulns":[{"id":"CVE-2024-6387","cvss":8.1,"cpe":"cpe:2.3:a:openbsd:openssh:9.7:p1:*:*:*:*:*:*"},{"id":"CVE-2024-4577","cvss":9.8},{"id":"CVE-2023-4863","cvss":8.8}]}"""),
("k8s_resources", "resource_quantities", """resources:
  requests: {cpu: 250m, memory: 512Mi}
  limits: {cpu: "2", memory: 2Gi}
ports:
  - containerPort: 8080
  - containerPort: 9090
revisionHistoryLimit: 10"""),
("ascii_table", "phone_like_counts", """Top endpoints last 24h
/api/v2/catalog   4412118   p95 212ms
/api/v2/cart      1184221   p95 418ms
/healthz          8640000   p95 1ms
total             14236339"""),
("bibliography", "doi_and_page_ranges", """[1] M. Rossi, "Consistent hashing revisited", J. Syst. 41(3):118–204, 2023. doi:10.1145/3551930.3552118
[2] K. Tanaka, "Vector clocks", Proc. 12th Symp., pp. 4412–4430, 2021. arXiv:2107.04412"""),
("mac_address_table", "mac_addresses", """Vlan  Mac Address       Type     Ports
10    3c22.fb91.0a17    DYNAMIC  Gi1/0/12
10    f45c.89aa.10c3    DYNAMIC  Gi1/0/14
20    0242.ac12.0005    STATIC   Po1"""),
("invoice_totals_json", "money_and_tax_ids", """{"invoice":"INV-2024-000871","totals":{"net":432000,"vat":82080,"gross":514080},"vat_id_seller":"DE123456789","currency":"EUR","due":"2024-07-14"}"""),
("ssn_like_product_codes", "ssn_like_non_ssn", """Part numbers in this batch follow the AAA-GG-SSSS scheme used by our supplier:
  000-41-2210 (gasket), 900-11-4402 (valve), 666-02-1187 (seal kit)
These are catalogue numbers, not personal identifiers."""),
("wrong_length_cards", "card_like_numbers", """Gift card codes (store-internal, 20 digits):
6006 4912 0441 8123 3311
6006 4912 0441 8123 3329
Loyalty no. 7001 0442 1182 0419 (Luhn not applicable)"""),
("ibans_partial", "masked_iban", """Direct debit mandate confirmed for account DE** **** **** **** **32 00 and FR76 **** **** **** **** ***1 89. Full numbers are stored in the vault only."""),
("masked_pii", "masked_contact", """Customer: R. G***ia, email r****@e******.com, phone +1 (***) ***-**32, card •••• •••• •••• 4242, SSN ***-**-6789
Masking policy MP-3 applied at export time; unmasked values are only visible to Tier-2 agents in the CRM."""),
("timestamp_ids", "snowflake_ids", """message_id=1264718203339419648 thread=1264718199120011264 guild=991204411870412820
created=2024-07-12T18:01:22Z edited=null
reply_to=1264718188801236992 attachments=2 reactions=14"""),
("semver_changelog", "version_strings", """## 3.14.0.2 (hotfix)
- upgraded libxml to 2.12.7.1
- minimum agent 10.4.2.118 required
- compatible with server 4.2.0.0 through 4.9.255.255"""),
("latency_histogram", "measurement_data", """le=0.005 count=44120
le=0.01  count=118204
le=0.025 count=552193
le=0.05  count=884120
le=+Inf  count=912044"""),
("weather_report", "measurement_data", """Station 10385 (BER) 2024-07-12 12:00Z: T 27.4°C, Td 14.1°C, QNH 1016.2 hPa, wind 240/12kt, vis 9999, METAR EDDB 121150Z 24012KT 9999 FEW045 27/14 Q1016
Forecast max 31.0°C, UV index 7, precipitation probability 12 %."""),
("library_loan_record", "barcodes", """Item barcode 31234000552193  Due 2024-08-02
Item barcode 31234000884120  Due 2024-08-02
Patron category ADULT, branch 04
Renewals left: 2. Fines: 0.00 EUR. Hold shelf pickup until 2024-07-19."""),
("assembly_listing", "hex_dump", """  401000: 48 83 ec 28             sub    rsp,0x28
  401004: b9 f4 01 00 00          mov    ecx,0x1f4
  401009: e8 12 34 00 00          call   404420 <Sleep>
  40100e: 31 c0                   xor    eax,eax"""),
("ipv6_only_log", "ipv6_not_ipv4_scope", """conn from [2001:db8:85a3::8a2e:370:7334]:51544 accepted
conn from [fe80::1c2b:3cff:fe4d:5e6f%eth0]:40110 accepted
(IPv6 addresses are out of scope for this set's ipv4 type)"""),
("gps_track_gpx", "coordinates", """<trkpt lat="48.137154" lon="11.576124"><ele>519.4</ele><time>2024-07-12T06:01:22Z</time></trkpt>
<trkpt lat="48.137201" lon="11.576309"><ele>519.6</ele><time>2024-07-12T06:01:27Z</time></trkpt>"""),
("math_homework", "number_sequences", """Find the next term: 2, 3, 5, 7, 11, 13, ...
Compute 41555 50132 mod 97 by hand (hint: split into blocks).
Show that 4111 1111 1111 1112 fails the Luhn test."""),
("tracking_json", "tracking_numbers", """{"shipments":[{"carrier":"fedex","tracking":"449044304137821"},{"carrier":"usps","tracking":"9400111899223197428490"},{"carrier":"royalmail","tracking":"RM123456785GB"}]}"""),
("swift_mt940", "bank_reference_fields", """:20:STMT240712
:25:DEUTDEFF/0442118204
:28C:00128/001
:60F:C240711EUR12440,18
:61:2407120712D82,40NDDTNONREF//7712
:62F:C240712EUR12357,78"""),
("patent_text", "reference_numbers", """US 11,552,193 B2 — "Method for batching writes" — filed 2021-04-12, appl. no. 17/228,841; priority EP 20 168 412.5
Cited by 14 later filings; family members JP 2022-118204 A, DE 10 2021 109 441 A1."""),
]
