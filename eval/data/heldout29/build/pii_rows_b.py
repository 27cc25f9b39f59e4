"""PII positive rows, part B."""
import json

from common import *
from piictx import E, out
from tpl import T

ROWS = []
CO = "fernhollow.com"


def row(fn):
    ROWS.append(fn)
    return fn


def order_id():
    return "FH-" + nz(8)


def money():
    return f"{ri(5, 400)}.{ri(0, 99):02d}"


# 51
@row
def adyen_notification():
    e = E()
    f, l = person("NL")
    d = {"live": "true", "notificationItems": [{"NotificationRequestItem": {
        "additionalData": {"shopperEmail": e.email(f, l, loc="NL"), "shopperIP": e.ip(), "shopperTelephone": e.phone("NL", 0),
                           "cardSummary": nz(4), "expiryDate": f"{ri(1, 12):02d}/{ri(2026, 2030)}", "shopperReference": "cus_" + rs(ALNUM, 10)},
        "amount": {"currency": "EUR", "value": ri(1000, 30000)}, "eventCode": "AUTHORISATION",
        "eventDate": iso()[:-1] + "+01:00", "merchantAccountCode": "FernhollowECOM", "merchantReference": order_id(),
        "paymentMethod": "mc", "pspReference": rs(UP + DG, 16), "reason": "0" + nz(5) + ":" + nz(4) + ":" + f"{ri(1, 12):02d}/{ri(2026, 2030)}",
        "success": "true"}}]}
    return out("webhook_payload", "payment_notification", json.dumps(d, indent=2), e)


# 52
@row
def customer_email_thread_it():
    e = E()
    f, l = person("IT")
    em = e.email(f, l, loc="IT")
    sup = e.mail("assistenza@" + CO)
    text = T("""From: <<f>> <<l>> <<<em>>>
To: Fernhollow Assistenza <<<sup>>>
Date: <<d>>
Subject: Re: [#<<tk>>] Ordine arrivato incompleto

Buongiorno,
manca la teiera dall'ordine <<oid>>. Potete richiamarmi al <<ph>>? In alternativa il numero dell'ufficio è <<ph2>>.
Grazie, <<f>>

> Il giorno <<d0>> Fernhollow Assistenza <<<sup>>> ha scritto:
> Gentile cliente, abbiamo ricevuto la sua richiesta e le risponderemo entro 24 ore.""",
             f=f, l=l, em=em, sup=sup, d=rdate().strftime("%a, %d %b %Y %H:%M:%S +0100"), tk=nz(6), oid=order_id(),
             ph=e.phone("IT", 0), ph2=e.phone("IT", 1), d0=rdate().strftime("%d/%m/%Y %H:%M"))
    return out("email", "customer_email", text, e)


# 53
@row
def testflight_testers():
    e = E()
    lines = ["First Name,Last Name,Email,Groups,Status,Sessions"]
    for loc in ["UK", "DE", "IN", "CA"]:
        f, l = person(loc)
        lines.append(f"{f},{l},{e.email(f, l, loc=loc)},{ch(['Staff', 'VIP Customers', 'Staff;Checkout Beta'])},{ch(['Installed', 'Accepted', 'Invited'])},{ri(0, 90)}")
    return out("csv", "beta_tester_list", "$ cat ~/Downloads/testflight_testers_fernhollow.csv\n" + "\n".join(lines), e)


# 54
@row
def moto_order_form():
    e = E()
    f, l = person("US")
    text = T("""PHONE ORDER (MOTO) - entered by: Latoya P. - store: Fernhollow Flagship, Portland OR
Customer: <<f>> <<l>>         Callback: <<ph>>
Email for receipt: <<em>>
Items: 2x FH-CER-0310 Stoneware Teapot 1L, 1x FH-TEA-0103 Oolong Sampler
Card: <<pan>>  Exp <<exp>>  (CVV verbally, not stored)
Billing ZIP: 97205
Notes: gift wrap, deliver to office. Customer asked us to text when shipped - SMS to <<ph>>.""",
             f=f, l=l, ph=e.phone("US", 2), em=e.email(f, l, loc="US"), pan=e.card("mastercard", " "), exp=f"{ri(1, 12):02d}/{ri(26, 30)}")
    return out("form_submission", "mail_order_phone_order", text, e)


# 55
@row
def refund_bank_sheet():
    e = E()
    lines = ["Ticket,Customer,Email,IBAN,Amount EUR,Approved by,Paid"]
    for loc, cc in [("FR", "FR"), ("DE", "DE"), ("NL", "NL"), ("IT", "IT")]:
        f, l = person(loc)
        lines.append(f"{nz(6)},{f} {l},{e.email(f, l, loc=loc)},{e.iban(cc)},{money()},{ch(['M. Ferrante', 'S. Jansen'])},{ch(['yes', 'no'])}")
    return out("spreadsheet_csv", "manual_refunds", "Sheet 'Manual bank refunds Q1' (exported as CSV)\n" + "\n".join(lines), e)


# 56
@row
def waf_blocked():
    e = E()
    lines = ["timestamp,clientIP,country,ruleId,action,method,path,userAgent"]
    for _ in range(4):
        lines.append(f"{iso()},{e.ip()},{ch(['US', 'CN', 'RU', 'BR', 'VN', 'DE'])},{ch(['100015', '981176', 'rate_limit_login', 'bot_score_lt_10'])},block,{ch(['POST', 'GET'])},{ch(['/api/v2/account/login', '/wp-login.php', '/api/v2/giftcards/redeem', '/.env'])},{ch(['python-requests/2.31.0', 'curl/8.4.0', 'Mozilla/5.0'])}")
    return out("csv", "waf_events", "$ cf-logs export --zone fernhollow.com --filter action=block --limit 6\n" + "\n".join(lines), e)


# 57
@row
def vpn_log():
    e = E()
    lines = []
    for loc in ["US", "PL", "IN"]:
        f, l = person(loc)
        lines.append(f"{iso()} openvpn[{ri(1000, 9999)}]: {e.wemail(f, l, CO)}/{e.ip()}:{ri(20000, 65000)} MULTI_sva: pool returned IPv4={e.ip('172')}, IPv6=(Not enabled)")
    return out("syslog", "vpn_sessions", "\n".join(lines), e)


# 58
@row
def okta_syslog():
    e = E()
    f, l = person("UK")
    d = {"actor": {"id": "00u" + rs(ALNUM, 17), "type": "User", "alternateId": e.wemail(f, l, CO), "displayName": f"{f} {l}"},
         "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", "os": "Mac OS X", "browser": "CHROME"},
                    "zone": "null", "device": "Computer", "ipAddress": e.ip(),
                    "geographicalContext": {"city": "Manchester", "state": "England", "country": "United Kingdom"}},
         "eventType": "user.session.start", "outcome": {"result": "FAILURE", "reason": "VERIFICATION_ERROR"},
         "published": iso(ms=True), "request": {"ipChain": [{"ip": e.ip(), "version": "V4", "source": None}]},
         "displayMessage": "User login to Okta"}
    return out("json_file", "identity_provider_log", json.dumps(d, indent=2), e)


# 59
@row
def ssh_auth_log():
    e = E()
    lines = []
    for i in range(3):
        ip = e.ip()
        user = ch(["root", "admin", "ubuntu", "deploy"])
        if i == 2:
            lines.append(f"{rdate().strftime('%b %d %H:%M:%S')} bastion-01 sshd[{ri(1000, 99999)}]: Accepted publickey for deploy from {ip} port {ri(30000, 65000)} ssh2: ED25519 SHA256:{b64(32).rstrip('=')}")
        else:
            lines.append(f"{rdate().strftime('%b %d %H:%M:%S')} bastion-01 sshd[{ri(1000, 99999)}]: Failed password for invalid user {user} from {ip} port {ri(30000, 65000)} ssh2")
    return out("syslog", "ssh_auth_log", "$ sudo tail -3 /var/log/auth.log\n" + "\n".join(lines), e)


# 60
@row
def dhcp_leases():
    e = E()
    blocks = []
    for host in ["fh-pos-till-01", "fh-pos-till-02", "label-printer-zebra", "office-ap-2f"]:
        ip = e.ip("192")
        blocks.append(f"lease {ip} {{\n  starts 3 {rdate().strftime('%Y/%m/%d %H:%M:%S')};\n  binding state active;\n  hardware ethernet {':'.join(hx(2) for _ in range(6))};\n  client-hostname \"{host}\";\n}}")
    return out("config_file", "dhcp_leases", "$ sudo tail -n 30 /var/lib/dhcp/dhcpd.leases\n" + "\n".join(blocks), e)


# 61
@row
def tfstate_ec2():
    e = E()
    priv, pub = e.ip("10"), e.ip()
    d = {"mode": "managed", "type": "aws_instance", "name": "bastion", "instances": [{"attributes": {
        "ami": "ami-" + hx(17), "instance_type": "t3.small", "private_ip": priv, "public_ip": pub,
        "private_dns": f"ip-{priv.replace('.', '-')}.eu-west-1.compute.internal",
        "public_dns": f"ec2-{pub.replace('.', '-')}.eu-west-1.compute.amazonaws.com",
        "subnet_id": "subnet-" + hx(17), "tags": {"Name": "fh-prod-bastion"}}}]}
    nat = {"mode": "managed", "type": "aws_eip", "name": "nat", "instances": [{"attributes": {"public_ip": e.ip(), "private_ip": e.ip("10"), "domain": "vpc"}}]}
    text = "$ terraform state pull | jq '.resources[] | select(.type==\"aws_instance\" or .type==\"aws_eip\")'\n" + json.dumps(d, indent=2) + "\n" + json.dumps(nat, indent=2)
    return out("terraform_state", "host_addresses", text, e)


# 62
@row
def benefits_enrollment():
    e = E()
    lines = ["employee_id,relationship,name,ssn,dob,plan,contact_email"]
    for _ in range(2):
        f, l = person("US")
        eid = "E" + nz(5)
        lines.append(f"{eid},self,{f} {l},{e.ssn()},19{ri(60, 99)}-{ri(1, 12):02d}-{ri(1, 28):02d},PPO-Gold,{e.wemail(f, l, CO)}")
        f2, _ = person("US")
        lines.append(f"{eid},spouse,{f2} {l},{e.ssn()},19{ri(60, 99)}-{ri(1, 12):02d}-{ri(1, 28):02d},PPO-Gold,{e.email(f2, l, loc='US')}")
    f, l = person("US")
    lines.append(f"E{nz(5)},self,{f} {l},{e.ssn()},19{ri(60, 99)}-{ri(1, 12):02d}-{ri(1, 28):02d},HDHP,{e.wemail(f, l, CO)}")
    return out("csv", "benefits_enrollment", "$ cat /tmp/benefits_carrier_feed_2025-04.csv\n" + "\n".join(lines), e)

# 63
@row
def ansible_inventory():
    e = E()
    text = T("""$ cat inventories/prod/hosts.ini
[warehouse_printers]
zebra-kassel-01 ansible_host=<<a>>
zebra-kassel-02 ansible_host=<<b>>

[pos_gateways]
pos-gw-london ansible_host=<<c>>

[bastion]
bastion-01 ansible_host=<<f>> ansible_user=deploy

[all:vars]
ansible_python_interpreter=/usr/bin/python3""", a=e.ip("172"), b=e.ip("172"), c=e.ip("10"), f=e.ip())
    return out("ini_file", "inventory_hosts", text, e)


# 64
@row
def bnpl_application():
    e = E()
    f, l = person("US")
    d = {"application_id": "bnpl_" + rs(LO + DG, 20), "merchant": "Fernhollow", "order": order_id(), "amount_usd": money(),
         "applicant": {"first_name": f, "last_name": l, "email": e.email(f, l, loc="US"), "mobile": e.phone("US", 7),
                       "ssn_full": e.ssn(), "dob": f"19{ri(60, 99)}-{ri(1, 12):02d}-{ri(1, 28):02d}", "annual_income_usd": ri(20, 200) * 1000},
         "device": {"ip": e.ip(), "session_id": uid()}, "decision": {"status": "approved", "plan": "pay_in_4"}}
    return out("api_request_log", "credit_application", "POST /v2/applications 201 (debug body capture enabled)\n" + json.dumps(d, indent=2), e)


# 65
@row
def abandoned_cart_export():
    e = E()
    lines = ["cart_id,email,phone,items,cart_value,abandoned_at,reminder_sent"]
    for loc in ["US", "CA", "AU"]:
        f, l = person(loc)
        has_phone = ri(0, 2) > 0
        lines.append(f"c_{rs(ALNUM, 10)},{e.email(f, l, loc=loc)},{e.phone(loc) if has_phone else ''},{ri(1, 6)},{money()},{iso()},{ch(['email', 'sms', 'none'])}")
    return out("csv", "abandoned_carts", "\n".join(lines), e)


# 66
@row
def marketplace_dispute_es():
    e = E()
    f, l = person("ES")
    f2, l2 = person("ES")
    text = T("""Disputa #D-<<d>> - Marketplace (vendedor: Tés Salcedo S.L.)
[Comprador] <<f>> <<l>>: El paquete llegó abierto y faltan dos latas. Mi móvil es <<ph>>.
[Vendedor] <<f2>> (Tés Salcedo): Lo sentimos mucho. Le enviamos las latas hoy. Si prefiere, escríbanos a <<sem>> o llame al <<sph>>.
[Comprador] <<f>> <<l>>: Vale, gracias. Mi correo es <<em>> por si necesitan fotos.
[Fernhollow Mediación] Caso resuelto por acuerdo entre las partes.""",
             d=nz(6), f=f, l=l, ph=e.phone("ES", 2), f2=f2, sem=e.mail("pedidos@salcedo.es"), sph=e.phone("ES", 1), em=e.email(f, l, loc="ES"))
    return out("chat_transcript", "marketplace_dispute", text, e)


# 67
@row
def german_support_email():
    e = E()
    f, l = person("DE")
    text = T("""Von: <<f>> <<l>> <<<em>>>
An: kundenservice@fernhollow.com
Betreff: Rückerstattung Bestellung <<oid>>

Guten Tag,

ich habe die Bestellung vor drei Wochen zurückgeschickt (Sendungsnummer <<tn>>), aber noch keine Rückerstattung erhalten. Da ich per Vorkasse bezahlt habe, bitte ich um Überweisung auf mein Konto:

Kontoinhaber: <<f>> <<l>>
IBAN: <<iban>>

Für Rückfragen erreichen Sie mich unter <<ph>> oder mobil <<mob>>.

Mit freundlichen Grüßen
<<f>> <<l>>""", f=f, l=l, em=e.email(f, l, loc="DE"), oid=order_id(), tn="00340434" + nz(12), iban=e.iban("DE"),
             ph=e.phone("DE", 3), mob=e.phone("DE", 2))
    e.add("email", "kundenservice@fernhollow.com")
    return out("email", "refund_request", text, e)


# 68
@row
def french_ticket():
    e = E()
    f, l = person("FR")
    text = T("""Ticket n° <<tk>> - Canal : WhatsApp Business
Client : <<f>> <<l>> - <<wa>>
Message : Bonjour, ma commande <<oid>> est bloquée en douane à Roissy. Le transporteur me demande de payer 18 € de droits ?? Je pensais que c'était inclus. Vous pouvez me rappeler au <<ph>> ? Sinon mon mail : <<em>>
Réponse agent (Camille) : Bonjour <<f>>, les droits sont bien à notre charge. Je contacte le transporteur et je vous rappelle avant 17h.""",
             tk=nz(6), f=f, l=l, wa=e.phone("FR", 5), oid=order_id(), ph=e.phone("FR", 2), em=e.email(f, l, loc="FR"))
    return out("support_ticket", "customs_inquiry", text, e)


# 69
@row
def brazil_order_json():
    e = E()
    f, l = person("BR")
    cpf = f"{nz(3)}.{rs(DG, 3)}.{rs(DG, 3)}-{rs(DG, 2)}"
    d = {"pedido": order_id(), "canal": "app-android", "cliente": {"nome": f"{f} {l}", "cpf": cpf, "email": e.email(f, l, loc="BR"),
                                                                 "celular": e.phone("BR", 1), "telefone_fixo": e.phone("BR", 2)},
         "entrega": {"cep": "04538-132", "cidade": "São Paulo", "uf": "SP"}, "pagamento": {"metodo": "pix", "status": "pago"},
         "ip_cliente": e.ip()}
    return out("json_file", "order_detail", json.dumps(d, indent=2, ensure_ascii=False), e)


# 70
@row
def japan_inquiry():
    e = E()
    f, l = person("JP")
    text = T("""お問い合わせフォーム送信 (<<d>>)
お名前: <<l>> <<f>>
メールアドレス: <<em>>
電話番号: <<ph>>
注文番号: <<oid>>
内容: 配送先の住所を変更したいです。日中は携帯 <<mob>> にご連絡ください。
----
送信元IP: <<ip>>""", d=iso()[:10], l=l, f=f, em=e.email(f, l, loc="JP"), ph=e.phone("JP", 1), oid=order_id(), mob=e.phone("JP", 3), ip=e.ip())
    return out("form_submission", "contact_form", text, e)


# 71
@row
def india_cod_sms():
    e = E()
    lines = []
    for _ in range(4):
        lines.append(f"{iso()} cod-confirm sms to={e.phone('IN')} order={order_id()} amount=INR {ri(400, 6000)} reply={ch(['1 (confirm)', '2 (cancel)', 'none'])}")
    return out("application_log", "cash_on_delivery_confirmation", "\n".join(lines), e)


# 72
@row
def au_manifest():
    e = E()
    lines = ["consignment,receiver_name,receiver_phone,receiver_email,suburb,state,postcode,weight_kg"]
    for _ in range(3):
        f, l = person("AU")
        lines.append(f"FHAU{nz(8)},{f} {l},{e.phone('AU')},{e.email(f, l, loc='AU')},{ch(['Fitzroy', 'Paddington', 'Fremantle', 'Glenelg'])},{ch(['VIC', 'NSW', 'WA', 'SA'])},{ri(2000, 6999)},{ri(1, 9)}.{ri(0, 9)}")
    return out("csv", "carrier_manifest", "$ cat outbound/auspost/manifest_" + iso()[:10] + ".csv\n" + "\n".join(lines), e)


# 73
@row
def oxxo_support():
    e = E()
    f, l = person("MX")
    text = T("""WhatsApp - Soporte Fernhollow México
<<t1>> +<<cust_raw>>: hola, pagué en oxxo y no se refleja
<<t2>> Soporte: Hola! Nos compartes tu número de pedido y el correo con el que compraste?
<<t3>> +<<cust_raw>>: <<oid>> y <<em>>
<<t4>> Soporte: Gracias <<f>>. Ya aparece el pago, se acreditó hoy. Te llegará confirmación.""",
             t1="10:02", t2="10:04", t3="10:05", t4="10:11", cust_raw="", oid=order_id(), em=e.email(f, l, loc="MX"), f=f)
    ph = e.phone("MX", 0)
    text = text.replace("+: ", ph + ": ")
    return out("chat_transcript", "payment_support", text, e)


# 74
@row
def apac_distributors():
    e = E()
    lines = ["| Distributor | Market | Contact | Email | Phone |", "|---|---|---|---|---|"]
    for co, loc, pc, dom in [("Seoul Leaf Co.", "KR", "KR", "seoulleaf.kr"), ("Shanghai Cha Trading", "CN", "CN", "shcha.cn"),
                             ("Lion City Teas Pte", "SG", "SG", "lioncityteas.sg"), ("Taipei Oolong House", "CN", "TW", "oolonghouse.tw")]:
        f, l = person(loc)
        lines.append(f"| {co} | {pc} | {f} {l} | {e.wemail(f, l, dom)} | {e.phone(pc)} |")
    return out("markdown_table", "distributor_contacts", "## APAC distributor contacts (wiki page, last edited " + iso()[:10] + ")\n" + "\n".join(lines), e)


# 75
@row
def loyalty_sql():
    e = E()
    rows = []
    for loc in ["UK", "IE", "US", "DE"]:
        f, l = person(loc)
        rows.append(f" {nz(7)} | {e.email(f, l, loc=loc):<34} | {e.phone(loc if loc != 'UK' else 'UK'):<18} | {ch(['gold', 'silver', 'bronze'])} | {ri(100, 9000)}")
    return out("sql_result", "loyalty_members",
               "loyalty=# SELECT member_id, email, phone, tier, points FROM members ORDER BY points DESC LIMIT 4;\n member_id |               email                |       phone        |  tier  | points\n-----------+------------------------------------+--------------------+--------+--------\n"
               + "\n".join(rows) + "\n(4 rows)", e)


# 76
@row
def push_optin_export():
    e = E()
    lines = []
    for loc in ["US", "CA", "UK"]:
        f, l = person(loc)
        lines.append(json.dumps({"device_id": uid(), "platform": ch(["ios", "android"]), "email": e.email(f, l, loc=loc),
                                 "ip": e.ip(), "push_opt_in": True, "opted_in_at": iso()}))
    return out("json_lines", "push_subscribers", "$ bq query --format=json ... | jq -c '.[]' | head -3\n" + "\n".join(lines), e)


# 77
@row
def high_value_customers():
    e = E()
    lines = ["+-----------+----------------------------------+--------------------+-----------+", "| cust_id   | email                            | phone              | ltv_usd   |",
             "+-----------+----------------------------------+--------------------+-----------+"]
    for loc in ["US", "AE", "SG"]:
        f, l = person(loc)
        lines.append(f"| {nz(9)} | {e.email(f, l, loc=loc):<32} | {e.phone(loc):<18} | {ri(3000, 40000):>9} |")
    lines.append(lines[0])
    return out("sql_result", "top_customers", "mysql> SELECT cust_id, email, phone, ltv_usd FROM dw.customer_ltv ORDER BY ltv_usd DESC LIMIT 3;\n" + "\n".join(lines) + "\n3 rows in set (0.84 sec)", e)


# 78
@row
def agent_note_card():
    e = E()
    f, l = person("UK")
    text = T("""Ticket #<<tk>> - internal notes
[Agent - Callum] Customer <<f>> <<l>> (<<em>>) can't get the refund to go back to the original card because it expired. She read out the new card over the phone so we can do a manual credit: <<pan>> exp <<exp>>.
[Team lead - Fiona] Please DO NOT put card numbers in tickets. Redacting request raised with Zendesk (REDACT-<<r>>). Call her back on <<ph>> and send a payment link instead.""",
             tk=nz(6), f=f, l=l, em=e.email(f, l, loc="UK"), pan=e.card("visa", "-"), exp=f"{ri(1, 12):02d}/{ri(26, 30)}", r=nz(4), ph=e.phone("UK", 1))
    return out("support_ticket", "card_in_ticket_notes", text, e)


# 79
@row
def lost_parcel_claim():
    e = E()
    f, l = person("BE" if "BE" in NAMES else "NL")
    d = {"claim_id": "CLM-" + nz(6), "carrier": "bpost", "tracking": "3232" + nz(20), "order": order_id(),
         "declared_value_eur": money(), "claimant": {"name": f"{f} {l}", "email": e.email(f, l, loc="NL"), "phone": e.phone("BE", 0)},
         "payout": {"iban": e.iban("BE"), "bic": "GEBABEBB"}, "status": "submitted", "carrier_contact": e.mail("claims-be@bpost-partner.example")}
    return out("json_file", "insurance_claim", json.dumps(d, indent=2), e)


# 80
@row
def influencer_payout_email():
    e = E()
    f, l = person("SE")
    text = T("""From: <<f>> <<l>> <<<em>>>
To: partnerships@fernhollow.com
Subject: Invoice for March content

Hi! Attaching my invoice for the two reels + stories. Bank details:
Account name: <<f>> <<l>>
IBAN: <<iban>>
BIC: SWEDSESS
Call/WhatsApp: <<ph>>
Tack! <<f>>""", f=f, l=l, em=e.email(f, l, loc="SE"), iban=e.iban("SE"), ph=e.phone("SE", 0))
    e.add("email", "partnerships@fernhollow.com")
    return out("email", "creator_payout", text, e)


# 81
@row
def cancel_survey():
    e = E()
    lines = ["submitted_at,email,plan,reason,comment"]
    for loc in ["US", "UK", "CA", "AU"]:
        f, l = person(loc)
        lines.append(f"{iso()},{e.email(f, l, loc=loc)},{ch(['monthly-tea', 'quarterly-tea'])},{ch(['too_expensive', 'too_much_tea', 'moving', 'other'])},\"{ch(['cupboard is full', 'will come back in autumn', '', 'shipping too slow'])}\"")
    return out("csv", "subscription_cancellation_survey", "\n".join(lines), e)


# 82
@row
def webhook_delivery_failures():
    e = E()
    lines = []
    for host in ["erp.hollowbrook-gifts.co.uk", "hooks.tallowmere-trade.de", "orders.kmtearooms.ie"]:
        lines.append(f"{iso(ms=True)} WARN partner-webhooks delivery failed endpoint=https://{host}/fernhollow resolved={e.ip()} attempt={ri(1, 8)}/8 error=\"{ch(['connect timeout after 10s', 'TLS handshake failed', 'HTTP 502'])}\"")
    return out("application_log", "webhook_delivery_log", "\n".join(lines), e)


# 83
@row
def credential_stuffing_report():
    e = E()
    ips = [e.ip() for _ in range(4)]
    accts = []
    for loc in ["US", "UK", "DE"]:
        f, l = person(loc)
        accts.append(e.email(f, l, loc=loc))
    text = (f"INCIDENT SEC-2025-0{nz(2)} - credential stuffing against /api/v2/account/login\n"
            f"Window: {iso()} - {iso()}\nTop source IPs (attempts): " + ", ".join(f"{ip} ({ri(300, 9000)})" for ip in ips) +
            "\nAccounts with successful logins from attacker IPs (forced reset + notified):\n" + "\n".join(f"  - {a}" for a in accts) +
            "\nMitigations: WAF rule rate_limit_login tightened to 5/min/IP; bot score threshold raised to 30.")
    return out("incident_report", "security_incident", text, e)


# 84
@row
def finance_wire_email():
    e = E()
    f, l = person("CH" if "CH" in NAMES else "DE")
    text = T("""From: Sabine Hartmann <<<me>>>
To: <<f>> <<l>> <<<sup>>>
Subject: Re: Changed bank details for invoice FH-PO-<<po>>

Hi <<f>>,
before we update anything: we received an email yesterday asking us to pay invoice FH-PO-<<po>> to a new account <<new>>. Our records have <<old>>. Company policy is that we confirm changes by phone, so I'll call your office number from our vendor file, <<ph>>, this afternoon.
Best, Sabine
Accounts Payable | <<me>> | <<myph>>""", me=e.mail("sabine.hartmann@" + CO), f=f, l=l, sup=e.wemail(f, l, "alpenkraut.ch"), po=nz(6),
             new=e.iban("LU"), old=e.iban("CH"), ph=e.phone("CH", 1), myph=e.phone("DE", 4))
    return out("email", "bank_detail_change_verification", text, e)


# 85
@row
def tax_1099k():
    e = E()
    lines = ["payee_tin,tin_type,payee_name,email,gross_amount_usd,transactions,state"]
    for _ in range(5):
        f, l = person("US")
        lines.append(f"{e.ssn(None)},SSN,{f} {l},{e.email(f, l, loc='US')},{ri(20, 140) * 1000 + ri(0, 999)}.{ri(0, 99):02d},{ri(200, 4000)},{ch(['CA', 'NY', 'IL', 'GA'])}")
    lines.append(f"{nz(2)}-{nz(7)},EIN,Blue Heron Ceramics LLC,{e.mail('books@blueheronceramics.com')},{ri(100, 500) * 1000}.00,{ri(1000, 9000)},OR")
    return out("csv", "tax_reporting_1099k", "$ head -7 finance/tax/1099k_2024_draft.csv\n" + "\n".join(lines), e)


# 86
@row
def hr_onboarding_email():
    e = E()
    f, l = person("US")
    text = T("""From: people-ops@fernhollow.com
To: <<pe>>
Subject: Welcome to Fernhollow - I-9 and payroll details received

Hi <<f>>,
Thanks for sending your onboarding documents. For your records we have:
  SSN: <<ssn>>
  Mobile: <<ph>>
  Emergency contact: <<ec>> (<<ecph>>)
Your work account <<we>> will be active on your start date. Please don't reply with documents by email - use the portal.""",
             pe=e.email(f, l, loc="US"), f=f, ssn=e.ssn(), ph=e.phone("US", 0), ec=" ".join(person("US")), ecph=e.phone("US", 2),
             we=e.wemail(f, l, CO))
    e.add("email", "people-ops@fernhollow.com")
    return out("email", "employee_onboarding", text, e)


# 87
@row
def pos_terminal_dump():
    e = E()
    tip = e.ip("10")
    lines = [f"[{iso()}] term=POS-SHD-02 ip={tip} fw=4.21.7 mode=DEBUG (left on after vendor visit)"]
    for _ in range(3):
        pan = e.card(ch(["visa", "mastercard", "visa"]), None)
        lines.append(f"[{iso()}] EMV fallback=MSR track2={pan}={ri(26, 30)}{ri(1, 12):02d}201{nz(11)} amount=GBP {money()} auth=APPROVED")
    lines.append(f"[{iso()}] log rotated; 3 records with track data. Vendor ticket VND-{nz(5)} opened to disable debug mode.")
    return out("device_log", "pos_terminal_debug", "\n".join(lines), e)

# 88
@row
def phone_validation_failures():
    e = E()
    lines = ["input,country_hint,error"]
    for c in ["AR", "CO", "EG", "MA", "IL", "GR"]:
        lines.append(f"\"{e.phone(c)}\",{c},{ch(['INVALID_LENGTH', 'NOT_A_NUMBER_FOR_REGION', 'TOO_SHORT_NSN', 'UNKNOWN_CARRIER'])}")
    return out("csv", "phone_validation_report", "Checkout phone validation failures (libphonenumber), last 24h sample\n" + "\n".join(lines), e)


# 89
@row
def crm_vip_notes():
    e = E()
    f, l = person("AE")
    text = T("""CRM > Contact > <<f>> <<l>> (VIP, wholesale + retail)
Emails: <<em1>> (personal), <<em2>> (office)
Phones: mobile <<m>>, office <<o>>, assistant Rana <<a>>
Notes:
- Prefers WhatsApp on the mobile number; do not call on Fridays.
- Ordered 40 gift boxes for Eid last year; expects quote by <<d>>.
- Last call logged by Omar H. from our Dubai line.""", f=f, l=l, em1=e.email(f, l, "gmail.com"), em2=e.wemail(f, l, "alnoor-hospitality.ae"),
             m=e.phone("AE", 0), o=e.phone("AE", 1), a=e.phone("AE", 2), d=iso()[:10])
    return out("crm_record", "vip_contact", text, e)


# 90
@row
def order_confirmation_text():
    e = E()
    f, l = person("CA")
    text = T("""Subject: Your Fernhollow order <<oid>> is confirmed
To: <<em>>

Hi <<f>>, thanks for your order!

  1 x Matcha Starter Kit ........ CA$ 64.00
  2 x Hojicha 50g ............... CA$ 27.00
  Shipping (Canada Post) ........ CA$  9.50
  Total ......................... CA$100.50

Shipping to: <<f>> <<l>>, <<n>> Queen St W, Toronto ON M5V 2A4, phone <<ph>>
Questions? Reply to this email or call us at <<sup>> (Mon-Fri, 9-6 ET). Reach our orders team at <<oe>>.""",
             oid=order_id(), em=e.email(f, l, loc="CA"), f=f, l=l, n=ri(10, 999), ph=e.phone("CA", 0), sup=e.phone("CA", 5),
             oe=e.mail("orders@" + CO))
    return out("email", "order_confirmation", text, e)


# 91
@row
def carrier_edi_csv():
    e = E()
    lines = ["SHIPREF|NAME|ADDR1|CITY|ZIP|CTRY|TEL|EMAIL|SERVICE"]
    for loc, ctry in [("PL", "PL"), ("SE", "SE"), ("DE", "AT"), ("NL", "DK")]:
        f, l = person(loc)
        lines.append(f"{order_id()}|{f} {l}|{ch(['Hauptstr. 12', 'ul. Długa 4', 'Storgatan 9', 'Rue Haute 88', 'Nørregade 3'])}|{ch(['Wien', 'Kraków', 'Malmö', 'Bruxelles', 'Aarhus'])}|{nz(4)}|{ctry}|{e.phone(ctry)}|{e.email(f, l, loc=loc) if ri(0, 1) else ''}|EXPRESS")
    return out("delimited_file", "carrier_upload", "$ cat outbound/dpd/upload_" + iso()[:10] + ".txt\n" + "\n".join(lines), e)


# 92
@row
def duplicate_account_report():
    e = E()
    pan = e.card("visa", None)
    ip = e.ip()
    lines = []
    for loc in ["US", "US", "US"]:
        f, l = person(loc)
        lines.append(f"  - account {nz(7)} email={e.email(f, l, loc=loc)} signup_ip={ip} card_fingerprint_match={pan[:6]}******{pan[-4:]}")
    extra = e.card("mastercard", None)
    text = ("Duplicate-account cluster #" + nz(4) + " (promo abuse: WELCOME15 used 3x)\nShared signals: signup IP " + ip +
            ", same card number\n" + "\n".join(lines) +
            f"\nRaw card values from legacy promo log: {pan}, {extra} (second card added on account 3)\nAction: promo reversed, accounts linked.")
    return out("report", "promo_abuse_cluster", text, e)


# 93
@row
def ivr_log():
    e = E()
    lines = []
    for c in ["US", "US", "UK", "IE", "CA"]:
        lines.append(f"{iso()} ivr call_start ani={e.phone(c)} dnis=support-{c.lower()} menu=2>{ri(1, 4)} wait={ri(5, 900)}s outcome={ch(['agent', 'abandoned', 'callback_requested', 'self_service'])}")
    return out("telephony_log", "ivr_calls", "\n".join(lines), e)


# 94
@row
def purchase_order():
    e = E()
    f, l = person("PL")
    text = T("""PURCHASE ORDER  FH-PO-<<po>>
Buyer: Fernhollow Commerce GmbH, procurement@fernhollow.com, <<bph>>
Supplier: Ceramika Bolesławiec Rękodzieło Sp. z o.o.
Contact: <<f>> <<l>>, <<sem>>, tel. <<sph>>
Payment: 30% prepayment to IBAN <<iban>>, balance on delivery
Lines:
  600 x Mug 350ml peacock pattern @ PLN 31.00
  120 x Teapot 1.2L peacock pattern @ PLN 118.00
Incoterms: DAP Kassel""", po=nz(6), bph=e.phone("DE", 1), f=f, l=l, sem=e.wemail(f, l, "ceramika-rekodzielo.pl"), sph=e.phone("PL", 0),
             iban=e.iban("PL"))
    e.add("email", "procurement@fernhollow.com")
    return out("document", "purchase_order", text, e)


# 95
@row
def bank_recon_csv():
    e = E()
    lines = ["value_date,amount_eur,payer_name,payer_iban,remittance_info,matched_invoice"]
    for cc, nm in [("FR", "SARL THE ET CIE"), ("IE", "KAVANAGH MOLONEY TEA"), ("DE", "TEEHAUS LINDEN"), ("NL", "DE GROENE THEEPOT BV"), ("FI", "TEEPUOTI OY")]:
        lines.append(f"{iso()[:10]},{ri(100, 9000)}.{ri(0, 99):02d},{nm},{e.iban(cc, False)},FH-INV-2025-{nz(5)},{ch(['yes', 'yes', 'no'])}")
    return out("csv", "bank_reconciliation", "\n".join(lines), e)


# 96
@row
def nmap_scan():
    e = E()
    a, b, c = e.ip("192"), e.ip("192"), e.ip("192")
    text = T("""$ nmap -sV --top-ports 20 -iL office-hosts.txt -oN office-scan.txt | grep -E 'scan report|open'
Nmap scan report for pos-till-01.shop.lan (<<a>>)
443/tcp  open  ssl/http  nginx 1.24.0
Nmap scan report for label-printer-zebra.shop.lan (<<b>>)
9100/tcp open  jetdirect?
80/tcp   open  http      Zebra ZT411 web interface
Nmap scan report for office-nas.shop.lan (<<c>>)
445/tcp  open  microsoft-ds
5000/tcp open  http      Synology DSM""", a=a, b=b, c=c)
    return out("cli_output", "network_scan", text, e)


# 97
@row
def cloudtrail_event():
    e = E()
    f, l = person("US")
    d = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA" + rs(UP + DG, 17) + ":" + e.wemail(f, l, CO),
                                                  "arn": f"arn:aws:sts::{nz(12)}:assumed-role/AWSReservedSSO_FinanceReadOnly_{hx(16)}/{e.items[-1][1]}"},
         "eventTime": iso(), "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "eu-west-1",
         "sourceIPAddress": e.ip(), "userAgent": "[aws-cli/2.22.12 md/awscrt#0.22.0 ua/2.0 os/macos#24.2.0]",
         "requestParameters": {"bucketName": "fh-finance-exports", "key": "2025-02/ledger.csv"}, "readOnly": True}
    return out("json_file", "cloud_audit_event", json.dumps(d, indent=2), e)


# 98
@row
def amplitude_export():
    e = E()
    lines = []
    for loc in ["US", "UK", "BR"]:
        f, l = person(loc)
        lines.append(json.dumps({"event_type": ch(["checkout_completed", "add_to_cart", "app_open"]), "user_id": e.email(f, l, loc=loc),
                                 "ip_address": e.ip(), "user_properties": {"checkout_autofill_card": e.card(ch(["visa", "mastercard", "amex"]), " ")}, "platform": ch(["iOS", "Android"]),
                                 "event_time": iso().replace("T", " ").replace("Z", ".000000")}))
    return out("json_lines", "product_analytics_events", "$ zcat amplitude_export_" + iso()[:10] + "_13#0.json.gz | head -3\n" + "\n".join(lines), e)


# 99
@row
def deletion_request():
    e = E()
    f, l = person("IE")
    text = T("""From: <<f>> <<l>> <<<em>>>
To: privacy@fernhollow.com
Subject: Delete my account and data (GDPR Art. 17)

Please delete my account and all data you hold on me, including the old account under <<old>>. My phone number <<ph>> should also be removed from your SMS list - I keep getting texts.
Regards, <<f>>""", f=f, l=l, em=e.email(f, l, loc="IE"), old=e.email(f, l, "yahoo.com"), ph=e.phone("IE", 1))
    e.add("email", "privacy@fernhollow.com")
    return out("email", "erasure_request", text, e)


# 100
@row
def staging_users_dump():
    e = E()
    rows = []
    for loc in ["US", "UK", "DE", "IN"]:
        f, l = person(loc)
        rows.append(f"({nz(6)}, '{e.email(f, l, loc=loc)}', '{e.phone(loc)}', '{e.card(ch(['visa', 'mastercard', 'visa19', 'unionpay']), None)}', '{iso().replace('T', ' ').rstrip('Z')}')")
    text = ("$ pg_dump --data-only --table=users staging_copy | grep -A5 'INSERT INTO public.users' | head -6\n"
            "-- WARNING: staging was restored from a prod snapshot without anonymisation (INC-" + nz(4) + ")\n"
            "INSERT INTO public.users (id, email, phone, legacy_card_pan, last_login_at) VALUES\n" + ",\n".join(rows) + ";")
    return out("sql_dump", "unmasked_staging_data", text, e)
