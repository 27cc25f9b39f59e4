"""PII positive rows, part A."""
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


# 1
@row
def zendesk_ticket_us():
    e = E()
    f, l = person("US")
    cust = e.email(f, l, loc="US")
    ph = e.phone("US", 0)
    agent = e.mail("maya.ferrante@" + CO)
    text = T("""Ticket #<<tid>> | Requester: <<f>> <<l>> <<<cust>>> | Channel: Web form | Status: Pending
Subject: Package marked delivered but not received

<<f>> wrote (<<t>>):
Hi, my order <<oid>> says delivered yesterday at 2:14pm but there is nothing at my door or with the building front desk. Can someone call me? Best number is <<ph>> (after 5pm ET please).

Maya Ferrante (agent) replied:
Hi <<f>>, sorry about this! I've opened a carrier trace (ref CT-<<ct>>) and will call you this evening on <<ph>>. If you find the parcel in the meantime just reply here or write to me directly at <<agent>>.""",
             tid=nz(6), f=f, l=l, cust=cust, t=iso(), oid=order_id(), ph=ph, ct=nz(7), agent=agent)
    return out("support_ticket", "customer_contact", text, e)


# 2
@row
def crm_export_csv():
    e = E()
    lines = ["contact_id,first_name,last_name,email,phone,country,lifetime_value_gbp,marketing_opt_in"]
    for loc, pc in [("UK", "UK"), ("DE", "DE"), ("FR", "FR"), ("SE", "SE")]:
        f, l = person(loc)
        lines.append(f"{nz(7)},{f},{l},{e.email(f, l, loc=loc)},{e.phone(pc)},{pc if pc != 'UK' else 'GB'},{money()},{ch(['true', 'false'])}")
    return out("csv", "crm_contacts", "$ head -5 exports/hubspot_contacts_eu_2025-03-02.csv\n" + "\n".join(lines), e)


# 3
@row
def order_export_csv():
    e = E()
    lines = ["order_id,created_at,customer_email,customer_phone,ship_country,total,currency,client_ip"]
    for loc, pc, cur in [("US", "US", "USD"), ("CA", "CA", "CAD"), ("UK", "UK", "GBP")]:
        f, l = person(loc)
        lines.append(f"{order_id()},{iso()},{e.email(f, l, loc=loc)},\"{e.phone(pc)}\",{ {'UK': 'GB'}.get(pc, pc)},{money()},{cur},{e.ip()}")
    return out("csv", "order_export", "\n".join(lines), e)


# 4
@row
def chat_transcript_uk():
    e = E()
    f, l = person("UK")
    ph = e.phone("UK", 1)
    em1 = e.email(f, l, "btinternet.com")
    em2 = e.email(f, l, "gmail.com")
    d = rdate()
    hm = lambda m: (d + datetime.timedelta(minutes=m)).strftime("%H:%M")
    text = T("""Live chat transcript - conversation 7f3a<<cid>> - <<date>>
[<<t0>>] Bot: Hi! I'm the Fernhollow assistant. What's your order number?
[<<t0>>] Visitor: <<oid>>
[<<t1>>] Bot: Thanks. I'm connecting you to a person now.
[<<t1>>] Priya (Support): Hi <<f>>, I can see the order. What's the issue?
[<<t2>>] Visitor: the teapot arrived cracked. I sent photos to the returns email from <<em1>> but got no reply
[<<t3>>] Priya (Support): I can't find anything from that address - could it have gone from another one?
[<<t3>>] Visitor: oh maybe my gmail, <<em2>>
[<<t4>>] Priya (Support): Found it, thanks. I'll send a replacement today. Can I confirm a mobile for the courier?
[<<t5>>] Visitor: <<ph>>
[<<t5>>] Priya (Support): Perfect, you'll get a text with the delivery slot.""",
             cid=hx(6), date=d.strftime("%Y-%m-%d"), t0=hm(0), t1=hm(1), t2=hm(3), t3=hm(4), t4=hm(6), t5=hm(7),
             oid=order_id(), f=f, em1=em1, em2=em2, ph=ph)
    return out("chat_transcript", "customer_contact", text, e)


# 5
@row
def shipping_label_de():
    e = E()
    f, l = person("DE")
    text = T("""--- label_<<tn>>.pdf (pdftotext -layout) ---
DHL PAKET                                          V01PAK  <<date>>
Absender / Sender:
Fernhollow Fulfilment c/o Lagerpark Kassel
Industriestr. 41, 34123 Kassel
Tel. <<sph>>

Empfänger / Recipient:
<<f>> <<l>>
Lindenallee 7, 2. OG links
10115 Berlin
DEUTSCHLAND
Tel.: <<rph>>
E-Mail: <<rem>>

Sendungsnummer: <<tn>>       Gewicht: 1,4 kg       Ref: <<oid>>""",
             tn="00340434" + nz(12), date=rdate().strftime("%d.%m.%Y"), sph=e.phone("DE", 4), f=f, l=l,
             rph=e.phone("DE", 0), rem=e.email(f, l, loc="DE"), oid=order_id())
    return out("shipping_label", "shipping_recipient", text, e)


# 6
@row
def invoice_b2b():
    e = E()
    f, l = person("NL")
    text = T("""INVOICE  FH-INV-2025-<<n>>
Fernhollow Commerce Ltd - EU branch, Keizersgracht 221, 1016 DV Amsterdam
VAT NL8<<vat>>B01 | accounts-receivable@fernhollow.com | <<sph>>

Bill to: De Groene Theepot B.V., attn. <<f>> <<l>> (<<bem>>)
Invoice date: <<d1>>   Due: <<d2>>   PO: PO-<<po>>

Qty  Item                                   Unit     Total
 24  FH-TEA-0042 Smoked Lapsang Tin 100g    7.90    189.60
 12  FH-CER-0310 Stoneware Teapot 1L       21.50    258.00
                                   Subtotal (EUR)   447.60
                                   VAT reverse-charged   0.00
                                   Total due (EUR)  447.60

Please pay by bank transfer to IBAN <<iban>> (BIC INGBNL2A), quoting the invoice number.""",
             n=nz(5), vat=nz(8), sph=e.phone("NL", 2), f=f, l=l, bem=e.wemail(f, l, "degroenetheepot.nl"),
             d1=iso()[:10], d2=iso()[:10], po=nz(6), iban=e.iban("NL"))
    e.items.insert(0, ("email", "accounts-receivable@fernhollow.com"))
    return out("invoice", "b2b_invoice", text, e)


# 7
@row
def nginx_access_log():
    e = E()
    ips = [e.ip() for _ in range(5)]
    paths = ["/api/v2/cart/items", "/api/v2/checkout/session", "/api/v2/products?category=tea&page=2",
             "/api/v2/account/login", "/api/v2/account/login", "/api/v2/orders/FH-" + nz(8), "/api/v2/giftcards/redeem"]
    uas = ["Fernhollow/5.12.0 (iPhone; iOS 18.3.1; Scale/3.00)", "okhttp/4.12.0",
           "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36"]
    lines = []
    for p in paths:
        ts = rdate().strftime("%d/%b/%Y:%H:%M:%S +0000")
        m = "POST" if "login" in p or "redeem" in p or "items" in p else "GET"
        lines.append(f'{ch(ips)} - - [{ts}] "{m} {p} HTTP/2.0" {ch([200, 200, 201, 401, 429])} {ri(90, 12000)} "-" "{ch(uas)}" {ri(1, 900) / 1000:.3f}')
    used = set(l.split(" ")[0] for l in lines)
    e.items = [(t, v) for t, v in e.items if v in used]
    return out("access_log", "client_ip", "$ grep -E 'cart|checkout|login|orders|giftcards|products' /var/log/nginx/access.log | tail -7\n" + "\n".join(lines), e)


# 8
@row
def kyc_sellers_sql():
    e = E()
    rows = []
    for _ in range(5):
        f, l = person("US")
        rows.append(f" {nz(5)} | {f} {l:<12} | {e.email(f, l, loc='US'):<32} | {e.phone('US', 2)} | {e.ssn()} | {ch(['verified', 'pending', 'manual_review'])}")
    text = ("marketplace=> SELECT id, legal_name, email, phone, tax_id, kyc_status FROM sellers WHERE country='US' AND entity_type='individual' ORDER BY created_at DESC LIMIT 5;\n"
            "  id   |     legal_name      |              email               |    phone     |   tax_id    |  kyc_status\n"
            "-------+---------------------+----------------------------------+--------------+-------------+---------------\n"
            + "\n".join(rows) + "\n(5 rows)")
    return out("sql_result", "seller_kyc", text, e)


# 9
@row
def raw_email_headers():
    e = E()
    f, l = person("AU")
    frm = e.email(f, l, "bigpond.com")
    to = e.mail("help@" + CO)
    cc = e.mail("returns@" + CO)
    text = T("""Received: from mail-sy4aus01olkn2151.outbound.protection.outlook.com ([<<ip1>>])
        by inbound-smtp.eu-west-1.amazonaws.com with SMTP id <<id>>
        for <<to>>; <<date>>
Received: from [<<ip2>>] (helo=[<<ip2>>]) by mail.bigpond.com
        with ESMTPSA (TLS1.3) id 1t<<id2>>; <<date>>
From: <<f>> <<l>> <<<frm>>>
To: <<to>>
Cc: <<cc>>
Subject: Wrong colour glaze on order <<oid>>
Date: <<date>>
X-MS-Exchange-Organization-SCL: 1
Content-Type: text/plain; charset="utf-8"

Hello, I ordered the sage green set and received the charcoal one. Happy to swap. You can reach me on <<ph>> during business hours (AEST).
Thanks, <<f>>""", ip1=e.ip(), id=rs(LO + DG, 32), to=to, date=rdate().strftime("%a, %d %b %Y %H:%M:%S +0000"),
             ip2=e.ip("192"), id2=rs(UP + LO + DG, 10), f=f, l=l, frm=frm, cc=cc, oid=order_id(), ph=e.phone("AU", 0))
    return out("email", "email_thread", text, e)


# 10
@row
def har_checkout_post():
    e = E()
    f, l = person("US")
    em, ph = e.email(f, l, loc="US"), e.phone("US", 1)
    pan = e.card("visa", None)
    body = json.dumps({"email": em, "phone": ph, "card": {"number": pan, "exp_month": ri(1, 12), "exp_year": ri(2026, 2030),
                                                            "cvc": "***"}, "shipping_method": "ground", "cart_id": "c_" + rs(ALNUM, 12)})
    d = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [{
        "startedDateTime": iso(ms=True), "time": 912.3, "serverIPAddress": e.ip(),
        "request": {"method": "POST", "url": "https://legacy-checkout.fernhollow.com/api/pay", "httpVersion": "HTTP/1.1",
                    "headers": [{"name": "Content-Type", "value": "application/json"}],
                    "postData": {"mimeType": "application/json", "text": body}, "headersSize": -1, "bodySize": len(body)},
        "response": {"status": 402, "statusText": "Payment Required", "content": {"size": 61, "mimeType": "application/json",
                                                                                  "text": "{\"error\":\"card_declined\",\"decline_code\":\"insufficient_funds\"}"}}}]}}
    text = json.dumps(d, indent=1)
    # entities appear JSON-escaped inside postData.text; values contain no escapable chars
    return out("har", "checkout_request_body", text, e)


# 11
@row
def android_crash():
    e = E()
    f, l = person("IN")
    em = e.email(f, l, loc="IN")
    lip = e.ip("192")
    text = T("""Crashlytics issue 6f<<h>> - FATAL EXCEPTION: main
Process: com.fernhollow.shop, PID: <<pid>>
java.lang.IllegalStateException: Address form missing postcode for country=IN
    at com.fernhollow.checkout.address.AddressValidator.validate(AddressValidator.kt:88)
    at com.fernhollow.checkout.CheckoutViewModel.onContinue(CheckoutViewModel.kt:214)
    at androidx.lifecycle.ViewModelKt$viewModelScope$1.invokeSuspend(ViewModel.kt:51)

Device: samsung SM-A546E, Android 14 (API 34), app 5.12.0 (5120041)
Custom keys:
  user_email = <<em>>
  last_order = <<oid>>
  wifi_ip = <<lip>>
  locale = en_IN
Logs:
  01:12:44.208 I/Checkout: prefill phone=<<ph>>""", h=hx(30), pid=ri(2000, 30000), em=em, oid=order_id(), lip=lip, ph=e.phone("IN", 0))
    return out("crash_report", "crash_user_context", text, e)


# 12
@row
def stripe_charge_webhook():
    e = E()
    f, l = person("CA")
    d = {"id": "evt_3" + rs(ALNUM, 23), "object": "event", "type": "charge.succeeded", "created": epoch(), "livemode": True,
         "data": {"object": {"id": "ch_3" + rs(ALNUM, 23), "object": "charge", "amount": ri(1000, 30000), "currency": "cad",
                             "billing_details": {"address": {"city": "Montréal", "country": "CA", "line1": f"{ri(10, 9999)} rue Saint-Denis",
                                                             "postal_code": "H2X 3K8", "state": "QC"},
                                                 "email": e.email(f, l, loc="CA"), "name": f"{f} {l}", "phone": e.phone("CA", 6)},
                             "payment_method_details": {"type": "card", "card": {"brand": "mastercard", "last4": nz(4),
                                                                                 "exp_month": ri(1, 12), "exp_year": 2028, "country": "CA"}},
                             "metadata": {"order_id": order_id(), "client_ip": e.ip()},
                             "receipt_email": e.mail(email(f, l, "videotron.ca"))}}}
    return out("webhook_payload", "payment_billing_details", json.dumps(d, indent=2), e)


# 13
@row
def refund_dashboard():
    e = E()
    lines = ["Refund ID        Date        Order          Customer email                       Phone                 Amount   Reason"]
    for loc, pc in [("ES", "ES"), ("IT", "IT"), ("BE", "BE")]:
        f, l = person(loc if loc in NAMES else "ES")
        lines.append(f"re_{rs(ALNUM, 10)}  {iso()[:10]}  {order_id()}  {e.email(f, l, loc=loc):<36} {e.phone(pc):<21} {money():>7}  {ch(['damaged', 'late', 'not_as_described', 'duplicate'])}")
    return out("dashboard_export", "refund_list", "Payments > Refunds (last 7 days, EU storefront) - exported view\n" + "\n".join(lines), e)


# 14
@row
def fraud_review_queue():
    e = E()
    cases = []
    for loc, pc in [("US", "US"), ("NG", "NG"), ("BR", "BR")]:
        f, l = person(loc)
        cases.append({"case": "FR-" + nz(6), "order": order_id(), "score": ri(70, 99), "email": e.email(f, l, loc=loc),
                      "phone": e.phone(pc), "ip": e.ip(), "ip_country": ch(["NL", "US", "RO", "SG"]),
                      "signals": sample(["ip_country_mismatch", "new_account", "velocity_3_cards_1h", "disposable_phone", "proxy_detected"], 2)})
    return out("json_lines", "fraud_review", "$ fraudctl queue list --status open --format jsonl | head -3\n" + "\n".join(json.dumps(c) for c in cases), e)


# 15
@row
def payroll_us():
    e = E()
    lines = ["employee_id,name,work_email,personal_phone,ssn,state,pay_type,gross_usd"]
    for _ in range(5):
        f, l = person("US")
        lines.append(f"E{nz(5)},{f} {l},{e.wemail(f, l, CO)},{e.phone('US', 3)},{e.ssn()},{ch(['NJ', 'TX', 'WA', 'OH'])},{ch(['hourly', 'salary'])},{ri(1800, 9000)}.00")
    return out("csv", "payroll_export", "$ cat /tmp/gusto_payroll_2025-03-14.csv\n" + "\n".join(lines), e)


# 16
@row
def vendor_payout_batch():
    e = E()
    lines = ["supplier_id;supplier_name;remittance_email;iban;bic;amount_eur;reference"]
    for cc, name in [("DE", "Töpferei Brandauer GmbH"), ("FR", "Atelier Vasseur SARL"), ("IT", "Ceramiche Zanetti Srl"),
                     ("AT", "Kräuterhof Oberholz KG")]:
        dom = ascii_slug(name.split()[1]) + "." + cc.lower()
        lines.append(f"SUP-{nz(4)};{name};{e.mail('buchhaltung@' + dom if cc in ('DE', 'AT') else 'compta@' + dom if cc == 'FR' else 'amministrazione@' + dom if cc == 'IT' else 'facturas@' + dom)};{e.iban(cc, False)};{rs(UP, 4)}{cc}{rs(UP + DG, 2)}XXX;{ri(300, 12000)},{ri(0, 99):02d};FH-PO-{nz(6)}")
    return out("csv", "supplier_payout", "Supplier payment run 2025-W11 (semicolon CSV, pre-upload to bank)\n" + "\n".join(lines), e)


# 17
@row
def sepa_mandate_email():
    e = E()
    f, l = person("DE")
    em = e.email(f, l, loc="DE")
    text = T("""From: Fernhollow Abo-Service <<<frm>>>
To: <<em>>
Subject: Ihr SEPA-Lastschriftmandat für das Tee-Abo

Hallo <<f>> <<l>>,

vielen Dank für Ihr Tee-Abo. Hiermit bestätigen wir Ihr SEPA-Lastschriftmandat:

  Mandatsreferenz:        FHABO-<<mr>>
  Gläubiger-ID:           DE98ZZZ09999999999
  Kontoinhaber:           <<f>> <<l>>
  IBAN:                   <<iban>>
  Erster Einzug:          <<d>> (EUR 24,90)

Fragen? Schreiben Sie an <<frm>> oder rufen Sie uns an: <<ph>> (Mo-Fr 9-17 Uhr).""",
             frm=e.mail("abo@" + CO), em=em, f=f, l=l, mr=nz(8), iban=e.iban("DE"), d=rdate().strftime("%d.%m.%Y"), ph=e.phone("DE", 1))
    return out("email", "direct_debit_mandate", text, e)


# 18
@row
def chargeback_evidence():
    e = E()
    f, l = person("US")
    text = T("""CHARGEBACK EVIDENCE - dispute dp_<<dp>> (reason: fraudulent)  amount USD <<amt>>
1. Customer identity
   Cardholder: <<f>> <<l>>   Account email: <<em>> (account age 3y 2m, 14 prior orders)
   Phone on account: <<ph>>   Phone confirmed via SMS OTP on <<d>>
2. Device & network
   Checkout IP: <<ip>> (matches 11 of the last 14 orders)
   Device: iPhone15,2 / app 5.11.2, same device id as prior undisputed orders
3. Fulfilment
   Carrier UPS, delivered <<d2>>, signed "<<l>>". Delivery phone notification sent to <<ph>>.
4. Post-transaction contact
   Customer emailed support from <<em>> on <<d3>> asking about a matching saucer (ticket #<<tk>>).""",
             dp=rs(ALNUM, 24), amt=money(), f=f, l=l, em=e.email(f, l, loc="US"), ph=e.phone("US", 4), d=iso()[:10],
             ip=e.ip(), d2=iso()[:10], d3=iso()[:10], tk=nz(6))
    return out("dispute_evidence", "chargeback_evidence", text, e)


# 19
@row
def pci_debug_log():
    e = E()
    lines = []
    for brand in ["visa", "mastercard", "amex", "discover"]:
        lines.append(f'{iso(ms=True)} DEBUG legacy-pay gateway.request client={e.ip()} body={{"pan":"{e.card(brand, None)}","exp":"{ri(1, 12):02d}/{ri(26, 30)}","amount":{ri(500, 20000)},"currency":"USD"}}')
    lines.append(f"{iso(ms=True)} WARN  legacy-pay DLP scanner flagged 4 PAN-like values in debug output - rotate logs (INC-{nz(4)})")
    return out("application_log", "raw_card_numbers_in_log", "\n".join(lines), e)


# 20
@row
def courier_roster_yaml():
    e = E()
    entries = []
    for loc, pc, city in [("NG", "NG", "Lagos"), ("KE", "KE", "Nairobi"), ("ZA", "ZA", "Cape Town"),
                          ("KE", "KE", "Mombasa"), ("ZA", "ZA", "Johannesburg")]:
        f, l = person(loc)
        entries.append(f"  - name: {f} {l}\n    city: {city}\n    mobile: \"{e.phone(pc)}\"\n    vehicle: {ch(['motorbike', 'van', 'bicycle'])}")
    return out("yaml_config", "courier_roster", "$ cat last-mile/africa/couriers.yaml\ncouriers:\n" + "\n".join(entries), e)


# 21
@row
def warehouse_roster_csv():
    e = E()
    lines = ["badge,name,shift,work_email,mobile,site"]
    staff = [("PL", "PL", "Poznań"), ("CZ", "CZ", "Brno"), ("RO", "RO", "Cluj"), ("UA", "UA", "Poznań")]
    for loc, pc, site in staff:
        f, l = person("PL") if loc != "UA" else ("Oksana", "Melnyk")
        if loc == "CZ":
            f, l = ch(["Tomáš", "Jana", "Lukáš"]), ch(["Dvořák", "Novotná", "Procházka"])
        if loc == "RO":
            f, l = ch(["Andrei", "Ioana"]), ch(["Popescu", "Ionescu"])
        lines.append(f"{nz(5)},{f} {l},{ch(['A', 'B', 'N'])},{e.wemail(f, l, 'fulfilment.' + CO)},{e.phone(pc)},{site}")
    return out("csv", "staff_roster", "\n".join(lines), e)


# 22
@row
def dsar_export():
    e = E()
    f, l = person("FR")
    d = {"subject": {"name": f"{f} {l}", "emails": [e.email(f, l, loc="FR"), e.email(f, l, "gmail.com")],
                     "phones": [e.phone("FR", 1), e.phone("FR", 2)], "country": "FR"},
         "orders": [{"id": order_id(), "date": iso()[:10], "total_eur": money()} for _ in range(2)],
         "login_history": [{"at": iso(), "ip": e.ip(), "device": "iPhone"}, {"at": iso(), "ip": e.ip(), "device": "Chrome/Windows"},
                           {"at": iso(), "ip": e.ip(), "device": "iPhone"}],
         "marketing": {"email_opt_in": True, "sms_opt_in": False}}
    return out("json_file", "data_subject_access_export", "$ cat dsar/DSAR-2025-0" + nz(3) + "/export.json\n" + json.dumps(d, indent=2, ensure_ascii=False), e)


# 23
@row
def login_audit_jsonl():
    e = E()
    users = []
    for loc in ["US", "UK", "DE"]:
        f, l = person(loc)
        users.append(e.email(f, l, loc=loc))
    lines = []
    for i in range(4):
        u = users[i % 3]
        ok = ch([True, True, False])
        lines.append(json.dumps({"ts": iso(ms=True), "event": "login", "user": u, "ip": e.ip() if i % 2 == 0 else e.ip("10"),
                                 "success": ok, "mfa": "totp" if ok else None}))
    return out("json_lines", "auth_audit_log", "\n".join(lines), e)


# 24
@row
def sms_otp_log():
    e = E()
    lines = []
    for c in ["IN", "PH", "ID", "VN", "TH"]:
        lines.append(f"{iso()} otp-service sms.send to={e.phone(c)} provider={ch(['twilio', 'messagebird', 'infobip'])} template=login_otp status={ch(['delivered', 'delivered', 'undelivered', 'sent'])} segments=1")
    return out("application_log", "sms_delivery_log", "\n".join(lines), e)


# 25
@row
def bounce_report():
    e = E()
    lines = ["Hard bounces - campaign 'Spring Tea Drop' (2025-03-10)", "email,bounce_type,smtp_code,diagnostic"]
    for loc in ["US", "JP", "BR", "IT"]:
        f, l = person(loc if loc in NAMES else "US")
        lines.append(f"{e.email(f, l, loc=loc)},hard,550,\"5.1.1 mailbox unavailable\"")
    return out("csv", "email_bounce_report", "\n".join(lines), e)


# 26
@row
def w9_extraction():
    e = E()
    f, l = person("US")
    text = T("""OCR extraction - Form W-9 uploaded by seller S-<<sid>> (confidence 0.97)
Line 1  Name:                    <<f>> <<l>>
Line 2  Business name:           <<l>> Pottery Studio
Line 3  Tax classification:      Individual/sole proprietor
Line 5  Address:                 <<n>> Old Mill Rd
Line 6  City, state, ZIP:        Asheville, NC 28801
Part I  Social security number:  <<ssn>>
        Employer identification number: (blank)
Signature date:                  <<d>>
Contact (from seller profile):   <<em>> / <<ph>>""", sid=nz(6), f=f, l=l, n=ri(10, 999), ssn=e.ssn(), d=iso()[:10],
             em=e.email(f, l, loc="US"), ph=e.phone("US", 2))
    return out("document_ocr", "tax_form", text, e)


# 27
@row
def background_check():
    e = E()
    f, l = person("US")
    d = {"candidate": {"id": "cand_" + rs(LO + DG, 16), "first_name": f, "last_name": l, "email": e.email(f, l, loc="US"),
                       "phone": e.phone("US", 4), "ssn": e.ssn(), "dob": f"19{ri(70, 99)}-{ri(1, 12):02d}-{ri(1, 28):02d}",
                       "zipcode": "29401"},
         "report": {"package": "driver_pro", "status": "consider", "adjudication": None,
                    "motor_vehicle_report": {"status": "clear"}, "county_criminal_searches": [{"county": "Charleston", "status": "clear"}]}}
    return out("api_response", "background_check", "$ curl -s https://api.backgroundcheck-vendor.example/v1/reports/rep_" + rs(LO + DG, 16) + " -u $BGC_KEY: | jq .\n" + json.dumps(d, indent=2), e)


# 28
@row
def affiliate_payouts():
    e = E()
    lines = ["affiliate,handle,payout_email,iban,commission_eur,period"]
    for loc, cc in [("SE", "SE"), ("DK", "DK"), ("FI", "FI")]:
        f, l = person("SE")
        lines.append(f"AFF-{nz(4)},@{ascii_slug(f)}brews,{e.email(f, l, loc='SE')},{e.iban(cc)},{money()},2025-02")
    return out("csv", "affiliate_payout", "$ cat finance/affiliates/payouts_2025-02.csv\n" + "\n".join(lines), e)


# 29
@row
def b2b_account_yaml():
    e = E()
    f, l = person("IE")
    text = T("""$ crmctl account show ACC-<<acc>> -o yaml
account:
  id: ACC-<<acc>>
  name: Kavanagh & Moloney Tea Rooms Ltd
  tier: wholesale-gold
  billing:
    contact: <<f>> <<l>>
    email: <<em>>
    phone: "<<ph>>"
    iban: <<iban>>
    payment_terms: NET30
  ap_contact:
    email: <<ap>>
  shipping:
    city: Galway
    eircode: H91 E2K3""", acc=nz(6), f=f, l=l, em=e.wemail(f, l, "kmtearooms.ie"), ph=e.phone("IE", 2), iban=e.iban("IE"),
             ap=e.mail("accounts@kmtearooms.ie"))
    return out("yaml_config", "b2b_account", text, e)


# 30
@row
def intercom_conversation():
    e = E()
    f, l = person("SG")
    d = {"type": "conversation", "id": nz(12), "created_at": epoch(), "state": "open",
         "source": {"type": "conversation", "delivered_as": "customer_initiated",
                    "author": {"type": "user", "id": hx(24), "name": f"{f} {l}", "email": e.email(f, l, "gmail.com")},
                    "body": f"<p>Hi, the app won't accept my Singapore number {e.phone('SG', 0)} for delivery SMS. It says invalid format.</p>"},
         "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": hx(24)}]},
         "custom_attributes": {"app_version": "5.12.0", "last_seen_ip": e.ip()}}
    return out("api_response", "support_conversation", json.dumps(d, indent=2), e)


# 31
@row
def sentry_event():
    e = E()
    f, l = person("KR")
    d = {"event_id": hx(32), "level": "error", "platform": "javascript", "release": "storefront@4.3.0",
         "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'postcode')"}]},
         "user": {"id": "usr_" + rs(ALNUM, 16), "email": e.email(f, l, "naver.com"), "ip_address": e.ip()},
         "request": {"url": "https://shop.fernhollow.com/checkout/address", "headers": {"X-Forwarded-For": e.ip("10")}},
         "contexts": {"browser": {"name": "Samsung Internet", "version": "26.0"}, "os": {"name": "Android", "version": "14"}},
         "tags": {"locale": "ko-KR"}}
    return out("json_file", "error_event_user", json.dumps(d, indent=2), e)


# 32
@row
def tax_support_ticket():
    e = E()
    f, l = person("US")
    wrong, right = e.ssn(), e.ssn()
    text = T("""Ticket #<<tk>> | Seller support (US) | Tag: tax-1099k
From: <<f>> <<l>> <<<em>>>
My 1099-K from you shows SSN <<wrong>>, which is not mine - mine is <<right>>. I already filed and the IRS sent me a CP2100 notice. Please fix and reissue ASAP, you can call me at <<ph>>.

[Internal - Tax Ops] Seller typed the TIN wrong at onboarding (transposed). Corrected record, corrected 1099-K queued for e-file. Notified seller by phone.""",
             tk=nz(6), f=f, l=l, em=e.email(f, l, loc="US"), wrong=wrong, right=right, ph=e.phone("US", 0))
    return out("support_ticket", "tax_id_correction", text, e)

# 33
@row
def dlp_scan_findings():
    e = E()
    lines = ["DLP scan - bucket s3://fh-support-attachments (scheduled, rules: PAN, US_SSN)", "object,line,detector,match"]
    for path, det in [("2025/02/ticket-48211/screenshot-ocr.txt", "PAN"), ("2025/02/ticket-48377/notes.txt", "PAN"),
                      ("2025/03/ticket-49002/refund-form.pdf.txt", "PAN"), ("2025/03/ticket-49120/chat.txt", "US_SSN"),
                      ("2025/03/ticket-49188/w9-upload.txt", "US_SSN"), ("2025/03/ticket-49230/email.eml", "PAN"),
                      ("2025/03/ticket-49301/email.eml", "PAN")]:
        v = e.card(ch(["visa", "mastercard", "amex", "visa"]), ch([" ", "-", None])) if det == "PAN" else e.ssn()
        lines.append(f"{path},{ri(1, 80)},{det},\"{v}\"")
    lines.append("7 findings, 0 suppressed. Auto-remediation: objects moved to quarantine prefix, tickets flagged for redaction.")
    return out("report", "dlp_findings", "\n".join(lines), e)

# 34
@row
def mailchimp_export():
    e = E()
    lines = ['"Email Address","First Name","Last Name","Phone Number","OPTIN_IP","CONFIRM_TIME","MEMBER_RATING"']
    for loc in ["US", "CA", "AU"]:
        f, l = person(loc)
        lines.append(f'"{e.email(f, l, loc=loc)}","{f}","{l}","{e.phone(loc)}","{e.ip()}","{iso().replace("T", " ").rstrip("Z")}","{ri(1, 5)}"')
    return out("csv", "newsletter_audience", "\n".join(lines), e)


# 35
@row
def seller_onboarding_uk():
    e = E()
    f, l = person("UK")
    d = {"application_id": "APP-" + nz(6), "submitted_at": iso(), "business": {"type": "sole_trader", "trading_name": f"{l} Ceramics",
                                                                               "companies_house": None},
         "contact": {"name": f"{f} {l}", "email": e.email(f, l, loc="UK"), "mobile": e.phone("UK", 0), "landline": e.phone("UK", 4)},
         "payout": {"account_holder": f"{f} {l}", "iban": e.iban("GB", False), "currency": "GBP"},
         "review": {"status": "pending_documents", "notes": "proof of address requested"}}
    return out("json_file", "seller_onboarding", json.dumps(d, indent=2), e)


# 36
@row
def call_center_notes():
    e = E()
    f, l = person("MX")
    text = T("""CALL NOTES - agent: R. Salinas - queue: LATAM-ES - <<d>>
Caller ID: <<cid>>
Customer: <<f>> <<l>>, order <<oid>> (pago OXXO)
- Pagó en OXXO el martes, pero el pedido sigue "pendiente de pago". Tiene foto del ticket.
- Pide que le marquen a su celular <<cel>> en lugar del número de la casa.
- Enviará el comprobante a <<em>> -> se lo reenviamos a pagos.
- Callback programado mañana 10:00 CST al <<cel>>.""", d=iso(), cid=e.phone("MX", 2), f=f, l=l, oid=order_id(),
             cel=e.phone("MX", 0), em=e.mail("pagos-mx@" + CO))
    return out("call_notes", "call_center", text, e)


# 37
@row
def twilio_inbound_sms():
    e = E()
    frm, to = e.phone("UK", 5), e.phone("UK", 5)
    body = f"ToCountry=GB&ToState=&SmsMessageSid=SM{hx(32)}&NumMedia=0&ToCity=&FromZip=&SmsSid=SM{hx(32)}&FromState=&SmsStatus=received&FromCity=&Body=STOP&FromCountry=GB&To=%2B{to[1:]}&MessagingServiceSid=MG{hx(32)}&ToZip=&NumSegments=1&MessageSid=SM{hx(32)}&AccountSid=AC{hx(32)}&From=%2B{frm[1:]}&ApiVersion=2010-04-01"
    e.items = []
    frm_e, to_e = e.add("phone", frm[1:]), e.add("phone", to[1:])
    src = e.ip()
    text = f"{iso()} sms-inbound POST /webhooks/twilio/sms from {src} (Twilio)\n{body}\n{iso()} sms-inbound unsubscribed {frm} from marketing SMS (keyword STOP)"
    e.add("phone", frm)
    return out("webhook_payload", "inbound_sms", text, e)


# 38
@row
def customer_merge_log():
    e = E()
    f, l = person("AU")
    a, b = e.email(f, l, "bigpond.com"), e.email(f, l, "icloud.com")
    p1, p2 = e.phone("AU", 0), e.phone("AU", 1)
    text = T("""<<t>> INFO  identity.merge  candidate pair score=0.94 reasons=[same_name, same_phone_normalized, same_address]
<<t>> INFO  identity.merge  primary=cus_<<c1>> email=<<a>> phone=<<p1>>
<<t>> INFO  identity.merge  secondary=cus_<<c2>> email=<<b>> phone=<<p2>>
<<t>> INFO  identity.merge  merged 7 orders, 2 addresses, loyalty points 1840+260 -> cus_<<c1>>
<<t>> INFO  identity.merge  notification sent to <<a>>""", t=iso(ms=True), c1=rs(ALNUM, 14), c2=rs(ALNUM, 14), a=a, b=b, p1=p1, p2=p2)
    return out("application_log", "identity_merge", text, e)


# 39
@row
def supplier_contacts():
    e = E()
    lines = ["supplier,contact,country,email,phone,wechat_or_whatsapp"]
    for co, loc, pc, dom in [("Anxi Highland Tea Co.", "CN", "CN", "anxi-highland.cn"), ("Lam Dong Ceramics", "VN", "VN", "lamdongceramics.vn"),
                             ("Darjeeling Valley Exports", "IN", "IN", "dvexports.in"), ("Sylhet Leaf Traders", "BD", "BD", "sylhetleaf.com.bd")]:
        if loc in NAMES:
            f, l = person(loc)
        else:
            f, l = ch(["Rahim", "Nusrat"]), ch(["Chowdhury", "Hossain"])
        lines.append(f"\"{co}\",{f} {l},{pc},{e.wemail(f, l, dom)},{e.phone(pc)},{'wechat:' + ascii_slug(f) + nz(3) if loc == 'CN' else 'whatsapp'}")
    return out("csv", "supplier_contacts", "$ csvlook -I procurement/suppliers_asia.csv | head -7 > /dev/null; cat procurement/suppliers_asia.csv\n" + "\n".join(lines), e)


# 40
@row
def card_migration_csv():
    e = E()
    lines = ["legacy_customer_id,email,card_number,exp,brand,migrated_token"]
    for b in ["visa", "mastercard", "amex", "discover", "jcb", "diners"]:
        f, l = person(ch(["US", "CA", "UK", "JP"]))
        lines.append(f"{nz(6)},{e.email(f, l)},{e.card(b, None)},{ri(1, 12):02d}/{ri(26, 31)},{b},{'pm_' + rs(ALNUM, 24) if ri(0, 1) else ''}")
    return out("csv", "card_vault_migration", "# legacy-vault export (PCI scope!) - do not copy outside CDE\n" + "\n".join(lines), e)


# 41
@row
def slack_escalation():
    e = E()
    f, l = person("JP")
    em = e.email(f, l, "yahoo.co.jp")
    ph = e.phone("JP", 0)
    text = T("""#support-escalations  <<d>>
kenji.w  10:42  @payments can someone look at this JP customer? charged twice for order <<oid>>. email <<em>>, phone <<ph>>. she prefers email, English is fine
aiko.t (payments)  10:51  checked - second charge is an auth that will drop off in 7 days. I'll email her from <<pm>>
kenji.w  10:52  thanks!! closing ticket #<<tk>>""", d=iso()[:10], oid=order_id(), em=em, ph=ph, pm=e.mail("payments-apac@" + CO), tk=nz(6))
    return out("chat_export", "support_escalation", text, e)


# 42
@row
def jira_issue():
    e = E()
    f, l = person("US")
    text = T("""APP-<<n>>  [Bug] Tax ID field shows other customer's SSN after autofill (iOS)
Reporter: QA - Renee Vance   Priority: Highest   Labels: privacy, ios
Description:
Steps: log in as test account A, open Account > Tax info, background app, log in as B.
Actual: field shows A's value "<<ssn>>" for ~2s before refresh.
Repro user A: <<em>> / <<ph>> (staging)
Device: iPhone 13 mini, iOS 17.6.1, app build 5.12.0 (5120038) on wifi <<ip>>
Logs attached: tax-info-autofill.zip""", n=nz(4), ssn=e.ssn(), em=e.email(f, l, loc="US"), ph=e.phone("US", 0), ip=e.ip("192"))
    return out("issue_tracker", "bug_report_with_pii", text, e)


# 43
@row
def pg_slow_query():
    e = E()
    f, l = person("DE")
    em = e.email(f, l, loc="DE")
    cli = e.ip("10")
    text = T("""<<t>> UTC [<<pid>>] orders_app@orders LOG:  duration: 4381.227 ms  statement: SELECT o.* FROM orders o JOIN customers c ON c.id = o.customer_id WHERE lower(c.email) = lower('<<em>>') OR c.phone_normalized = '<<ph>>' ORDER BY o.created_at DESC
<<t>> UTC [<<pid>>] orders_app@orders DETAIL:  client=<<cli>> application_name=support-console
<<t>> UTC [<<pid>>] orders_app@orders HINT:  consider an index on lower(email)""",
             t=rdate().strftime("%Y-%m-%d %H:%M:%S.") + nz(3), pid=ri(1000, 90000), em=em, ph=e.phone("DE", 5), cli=cli)
    return out("database_log", "slow_query_log", text, e)


# 44
@row
def redis_monitor():
    e = E()
    f, l = person("BR")
    sess = json.dumps({"uid": nz(7), "email": e.email(f, l, loc="BR"), "ip": e.ip(), "cart": ["FH-TEA-0042", "FH-CER-0310"], "ph": e.phone("BR", 1), "checkout_draft": {"card": e.card("mastercard", None), "installments": 3}})
    text = f'$ redis-cli -h cart-cache.commerce.svc MONITOR | head -3\nOK\n{epoch()}.{nz(6)} [0 {e.ip("10")}:{ri(30000, 60000)}] "SETEX" "sess:{hx(32)}" "86400" {json.dumps(sess)}\n{epoch()}.{nz(6)} [0 {e.ip("10")}:{ri(30000, 60000)}] "GET" "cart:{nz(7)}"'
    return out("cli_output", "session_cache", text, e)


# 45
@row
def postfix_log():
    e = E()
    lines = []
    for _ in range(2):
        f, l = person(ch(["US", "UK", "IE"]))
        qid = HX(10)
        rcpt = e.email(f, l)
        lines.append(f"{rdate().strftime('%b %d %H:%M:%S')} mx1 postfix/smtpd[{ri(1000, 9999)}]: {qid}: client=mail-{rs(LO, 6)}.outbound.example-mail.net[{e.ip()}]")
        lines.append(f"{rdate().strftime('%b %d %H:%M:%S')} mx1 postfix/smtp[{ri(1000, 9999)}]: {qid}: to=<{rcpt}>, relay=gmail-smtp-in.l.google.com[{e.ip()}]:25, delay=1.2, status=sent (250 2.0.0 OK)")
    return out("syslog", "mail_server_log", "\n".join(lines), e)


# 46
@row
def mt940_statement():
    e = E()
    acct = e.iban("DE", False)
    p1, p2, p3 = e.iban("AT", False), e.iban("FR", False), e.iban("NL", False)
    text = T(""":20:STARTUMS
:25:<<acct>>
:28C:00058/001
:60F:C<<d>>EUR184220,15
:61:<<d>><<d4>>CR1288,00NTRFNONREF
:86:166?00SEPA GUTSCHRIFT?20EREF+FH-INV-2025-<<i1>>?21SVWZ+RECHNUNG FH-INV-2025-<<i1>>?31<<p1>>?32KRAEUTERHOF OBERHOLZ
:61:<<d>><<d4>>CR447,60NTRFNONREF
:86:166?00SEPA GUTSCHRIFT?20EREF+FH-INV-2025-<<i2>>?31<<p2>>?32ATELIER VASSEUR
:61:<<d>><<d4>>DR214,60NTRFNONREF
:86:177?00SEPA UEBERWEISUNG?20EREF+REFUND-<<i3>>?31<<p3>>?32DE GROENE THEEPOT
:62F:C<<d>>EUR184840,55""", acct=acct, d=rdate().strftime("%y%m%d"), d4=rdate().strftime("%m%d"), i1=nz(5), i2=nz(5), i3=nz(5), p1=p1, p2=p2, p3=p3)
    return out("bank_statement_mt940", "bank_statement", "$ cat /sftp/bank/inbox/MT940_" + nz(8) + ".sta\n" + text, e)


# 47
@row
def sepa_pain001():
    e = E()
    dbtr = e.iban("DE", False)
    txs = []
    for cc, nm in [("ES", "Tés Salcedo S.L."), ("IT", "Ceramiche Zanetti Srl"), ("PT", "Olaria do Minho Lda"), ("BE", "Thé Chevalier SPRL")]:
        txs.append(T("""    <CdtTrfTxInf>
      <PmtId><EndToEndId>FH-PO-<<po>></EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR"><<amt>></InstdAmt></Amt>
      <Cdtr><Nm><<nm>></Nm></Cdtr>
      <CdtrAcct><Id><IBAN><<iban>></IBAN></Id></CdtrAcct>
    </CdtTrfTxInf>""", po=nz(6), amt=money(), nm=nm, iban=e.iban(cc, False)))
    text = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n<CstmrCdtTrfInitn>\n  <PmtInf>\n"
            f"    <PmtInfId>FH-RUN-2025W11</PmtInfId>\n    <Dbtr><Nm>Fernhollow Commerce GmbH</Nm></Dbtr>\n    <DbtrAcct><Id><IBAN>{dbtr}</IBAN></Id></DbtrAcct>\n"
            + "\n".join(txs) + "\n  </PmtInf>\n</CstmrCdtTrfInitn>\n</Document>")
    return out("xml", "sepa_credit_transfer", text, e)


# 48
@row
def giftcard_ticket():
    e = E()
    f, l = person("CA")
    text = T("""Ticket #<<tk>> - Gift card balance disappeared
Requester: <<f>> <<l>> (<<em>>)
Phone: <<ph>>
Message: I had a $75 gift card (code ends in 7QKD) and now the app shows $0. I never used it! My partner might have added it to her account (<<em2>>)?
Internal: redemption log shows code redeemed on account of <<em2>> on <<d>>. Confirmed same household address - closing as resolved after customer call on <<ph>>.""",
             tk=nz(6), f=f, l=l, em=e.email(f, l, loc="CA"), ph=e.phone("CA", 3), em2=e.email(*person("CA"), loc="CA"), d=iso()[:10])
    return out("support_ticket", "gift_card_inquiry", text, e)


# 49
@row
def rma_form_json():
    e = E()
    f, l = person("ES")
    d = {"rma": "RMA-" + nz(7), "order": order_id(), "items": [{"sku": "FH-CER-0310", "qty": 1, "reason": "arrived_broken"}],
         "customer": {"name": f"{f} {l}", "email": e.email(f, l, loc="ES"), "phone": e.phone("ES", 0)},
         "refund": {"method": "bank_transfer", "iban": e.iban("ES"), "account_holder": f"{f} {l}"},
         "pickup": {"carrier": "SEUR", "window": "2025-03-18 09:00-14:00"}}
    return out("json_file", "return_request", "$ cat returns/inbox/" + d["rma"] + ".json\n" + json.dumps(d, indent=2, ensure_ascii=False), e)


# 50
@row
def shopify_customer():
    e = E()
    f, l = person("US")
    ph = e.phone("US", 6)
    d = {"customer": {"id": int(nz(13)), "email": e.email(f, l, loc="US"), "created_at": iso()[:-1] + "-05:00",
                      "first_name": f, "last_name": l, "orders_count": ri(1, 30), "state": "enabled", "total_spent": money(),
                      "verified_email": True, "phone": ph, "tags": "wholesale-lead, vip",
                      "default_address": {"address1": f"{ri(10, 999)} Lakeview Ave", "city": "Madison", "province": "Wisconsin",
                                          "zip": "53703", "phone": e.phone("US", 2), "country_code": "US"},
                      "email_marketing_consent": {"state": "subscribed", "opt_in_level": "single_opt_in"}}}
    return out("api_response", "ecommerce_customer", json.dumps(d, indent=2), e)
