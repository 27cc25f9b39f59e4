"""PII rows whose primary type is credit_card, iban or ipv4 (54 rows)."""
from carriers import J, csvt, hexs, iso, jsonlog, mysql, plainlog, psql, rfc2822, slack, ticket
from piilib import Gen


def mail(g, frm, to, subj, body, key):
    """Minimal message as a mail tool returns it; every address is registered as an entity."""
    for part in (frm, to):
        g.add("email", part.split("<")[-1].rstrip(">").strip())
    return "From: %s\nTo: %s\nSubject: %s\nDate: %s\n\n%s\n" % (frm, to, subj, rfc2822(key), body)


def P(g, fmt, cat, text):
    return {"format": fmt, "label": "pii", "category": cat, "entities": g.ents, "text": text, "_phone_formats": g.phone_formats}


def card_rows():
    C = "credit_card"
    out = []

    g = Gen("c1")
    c = g.card("visa")
    out.append(P(g, "app_log", C, plainlog("pii-c1", [
        ("DEBUG", "payments.gateway", "authorize request amount=84.20 currency=USD pan=%s exp=09/27 cvv_present=true" % c),
        ("INFO", "payments.gateway", "authorize response code=00 auth=08812C"),
        ("INFO", "orders", "order 100231 paid")])))

    g = Gen("c2")
    c, e = g.card("mastercard", "space"), g.email("Maggie Rourke", "inboxly.net")
    out.append(P(g, "email_raw", C, mail(g, "Harbor Light Bistro <reservations@harborlight-bistro.com>", "Maggie Rourke <%s>" % e, "Your table is reserved",
        """Dear Maggie,

Your table for 4 on Saturday at 7:30 PM is confirmed. To hold the reservation we have kept the card you
provided on file: %s (exp 04/26). A $25 per person fee applies to no-shows.

See you soon,
Harbor Light Bistro""" % c, key="pii-c2")))

    g = Gen("c3")
    c = g.card("visa", "space")
    out.append(P(g, "helpdesk_ticket_json", C, ticket(48890, "Zahlung schlägt fehl", "Hallo, meine Zahlung wird immer abgelehnt. Meine Karte ist " + c + ", gültig bis 11/26. Können Sie das prüfen? Gruß, Malte Hinrichs",
                                                     ("Malte Hinrichs", "m.hinrichs@posteo-mail.de"), key="pii-c3")))
    g.add("email", "m.hinrichs@posteo-mail.de")

    g = Gen("c4")
    rows = [[i, g.card(b), exp, amt] for i, b, exp, amt in [(5001, "visa", "2026-03", "19.99"), (5002, "amex", "2025-11", "240.00"), (5003, "discover", "2027-01", "62.10")]]
    out.append(P(g, "sql_result", C, psql(["payment_id", "card_number", "expiry", "amount"], rows, query="SELECT payment_id, card_number, expiry, amount FROM legacy_payments LIMIT 3;", db="legacy")))

    g = Gen("c5")
    rows = [[cb, g.card(b, "dash"), r, a] for cb, b, r, a in [("CB-7781", "mastercard", "fraudulent", "412.00"), ("CB-7782", "visa", "product not received", "89.95"),
                                                              ("CB-7783", "jcb", "duplicate", "54.00")]]
    out.append(P(g, "csv", C, csvt(["case", "card", "reason", "amount_usd"], rows)))

    g = Gen("c6")
    c, p = g.card("visa", "space"), g.phone("fr_mob_dot")
    out.append(P(g, "chat_transcript_text", C, """Conversation avec le service client - 03/09/2024
Client : Bonjour, je voudrais payer ma commande par téléphone, le site refuse ma carte.
Conseillère : Je peux vous aider. Pouvez-vous me communiquer un numéro pour vous rappeler ?
Client : %s
Client : Et voici ma carte : %s, expiration 08/27.
Conseillère : Merci, pour votre sécurité ne partagez jamais votre numéro de carte par chat. Je vous rappelle.
""" % (p, c)))

    g = Gen("c7")
    c = g.card("mastercard")
    out.append(P(g, "ocr_receipt", C, """   FERRETERÍA QUINTANA
   C/ Mayor 18, Valencia
   ------------------------------
   TORNILLOS M6 x100      6,40
   TACOS NYLON x50        3,15
   CINTA AMERICANA        4,99
   ------------------------------
   TOTAL                 14,54 EUR
   TARJETA %s
   AUT. 448120   TERM. 02
   ------------------------------
""" % c))

    g = Gen("c8")
    c = g.card("amex")
    out.append(P(g, "json_api", C, J({"customer": {"id": "cust_" + hexs("pc8", 10), "name": "Owen Castellano",
                                                   "default_payment": {"type": "card", "brand": "amex", "number": c, "exp_month": 6, "exp_year": 2027}}})))

    g = Gen("c9")
    c, ip = g.card("discover"), g.ip()
    out.append(P(g, "app_log", C, '%s - - [19/Sep/2024:14:02:11 +0000] "POST /checkout?card_number=%s&exp=0926&name=K%%20Moreno HTTP/1.1" 302 0 "-" "Mozilla/5.0"\n' % (ip, c)))

    g = Gen("c10")
    c = g.card("visa", "dash")
    out.append(P(g, "chat_export_json", C, slack("office-admin", [
        ("nora.l", "can someone order the catering for Thursday? I'm out"),
        ("ben.aldous", "sure, which card?"),
        ("nora.l", "use the team card " + c + " exp 02/26, billing zip 97204"),
    ], key="pii-c10")))

    g = Gen("c11")
    c = g.card("mastercard", "space")
    out.append(P(g, "pdf_text", C, """HOTEL BELVEDERE SUL LAGO
GARANZIA DELLA PRENOTAZIONE
Ospite: Matteo Ferrandi
Carta di credito a garanzia: %s   Scadenza: 03/27
La carta verrà addebitata solo in caso di mancata presentazione.
""" % c))

    g = Gen("c12")
    c = g.card("jcb", "space")
    out.append(P(g, "expense_report_json", C, J({"経費精算": {"申請者": "高橋 健太", "日付": "2024-09-10", "内容": "大阪出張 新幹線", "金額": 27940,
                                                         "支払方法": "法人カード", "カード番号": c}})))

    g = Gen("c13")
    c = g.card("visa", "space")
    out.append(P(g, "call_transcript", C, """[00:01:12] Agent: Thanks for calling Northbound Gear, how can I help?
[00:01:18] Caller: Hi, I want to place an order over the phone.
[00:02:40] Agent: Sure. What card would you like to use?
[00:02:45] Caller: It's a Visa, %s, expiry ten twenty-seven.
[00:02:58] Agent: Thank you, and the security code?
[call metadata] dialed: %s
""" % (c, g.phone("us_tollfree"))))

    g = Gen("c14")
    c = g.card("mastercard", "dash")
    out.append(P(g, "email_raw", C, mail(g, "Rafael Menezes <rafael@menezes-consultoria.com.br>", "financeiro@lacerda-alimentos.com.br", "Pagamento da mensalidade",
        "Oi, pessoal do financeiro,\n\nPodem debitar a mensalidade de outubro no cartão %s, validade 05/28?\n\nAbraço,\nRafael" % c, key="pii-c14")))

    g = Gen("c15")
    a, b, e, ph = g.card("visa"), g.card("unionpay"), g.email("Ravi Menon", "inboxly.net"), g.phone("ng_intl")
    out.append(P(g, "json_api", C, J({"fraud_case": {"id": "FR-2024-3318", "status": "under_review", "account_email": e, "account_phone": ph,
        "cards_used": [{"number": a, "attempts": 7, "declines": 6}, {"number": b, "attempts": 3, "declines": 3}],
        "notes": "Card testing pattern: many small authorizations within 4 minutes."}})))

    g = Gen("c16")
    rows = [[k, g.card(b, "space"), plan] for k, b, plan in [("K-1001", "maestro", "maandelijks"), ("K-1002", "mastercard", "jaarlijks"), ("K-1003", "visa", "maandelijks")]]
    out.append(P(g, "csv", C, csvt(["klantnummer", "kaartnummer", "abonnement"], rows, delim=";")))

    g = Gen("c17")
    c = g.card("diners")
    out.append(P(g, "text_file", C, """RP/PDX1A0980/PDX1A0980            AA/SU  12SEP24/1822Z   7KQ2ZP
  1.CASTELLANO/OWEN MR
  2  LH 491 C 08OCT 2 SEAFRA HK1  1315 0855+1 *1A/E*
  3  LH1166 C 09OCT 3 FRALIS HK1  1005 1215   *1A/E*
  4 FP CC DC%s/0527
  5 TK OK12SEP/PDX1A0980
""" % c))

    g = Gen("c18")
    c, p = g.card("unionpay", "space"), g.phone("cn_mob")
    out.append(P(g, "chat_export_text", C, """王晓雯 2024-09-18 20:14:02
帮我订一下周六的酒店吧，用我这张卡：%s
陈志远 2024-09-18 20:15:40
好的，前台可能会打电话确认，留你的手机 %s 可以吗？
王晓雯 2024-09-18 20:16:05
可以
""" % (c, p)))
    return out


def iban_rows():
    C = "iban"
    out = []

    g = Gen("i1")
    i = g.iban("DE", True)
    out.append(P(g, "pdf_text", C, """Schreinerei Lutz GmbH · Am Sägewerk 3 · 79822 Titisee-Neustadt
Rechnung Nr. 2024-318                      Datum: 12.09.2024
Regalbau Lager Halle 2                        1.042,02 EUR
zzgl. 19 %% MwSt.                                197,98 EUR
Gesamtbetrag                                  1.240,00 EUR
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf:
Sparkasse Hochschwarzwald · IBAN %s · BIC SOLADES1HSW
""" % i))

    g = Gen("i2")
    a, b = g.iban("FR"), g.iban("FR")
    out.append(P(g, "xml_sepa", C, """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>VIR-2024-09-0412</MsgId><NbOfTxs>1</NbOfTxs><CtrlSum>1840.00</CtrlSum></GrpHdr>
    <PmtInf>
      <Dbtr><Nm>Maison Lumen SAS</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>
      <CdtTrfTxInf>
        <Amt><InstdAmt Ccy="EUR">1840.00</InstdAmt></Amt>
        <Cdtr><Nm>Nettoyage Etxeberria</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Facture 2024-09 bureaux</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
""" % (a, b)))

    g = Gen("i3")
    rows = [[n, g.iban(cc, True), t] for n, cc, t in [("Bosman Tuinontwerp", "NL", "30 dagen"), ("Kwekerij De Linde", "NL", "14 dagen"), ("Gartenbau Lutz", "DE", "30 dagen")]]
    out.append(P(g, "csv", C, csvt(["leverancier", "iban", "betaaltermijn"], rows, delim=";")))

    g = Gen("i4")
    i = g.iban("ES", True)
    out.append(P(g, "hr_api_json", C, J({"empleado": {"nombre": "Lucía Herrero Vidal", "departamento": "Datos", "nomina": {"iban": i, "periodicidad": "mensual", "pagas": 14}}})))

    g = Gen("i5")
    i, e = g.iban("IT", True), g.email("Matteo Ferrandi", "posta-veloce.it")
    out.append(P(g, "email_raw", C, mail(g, "Matteo Ferrandi <%s>" % e, "amministrazione@ferrandi-impianti.it", "Nuove coordinate bancarie per lo stipendio",
        "Buongiorno,\n\nvi comunico il mio nuovo IBAN per l'accredito dello stipendio da ottobre:\n%s\nIntestatario: Matteo Ferrandi\n\nGrazie,\nMatteo" % i, key="pii-i5")))

    g = Gen("i6")
    i, p = g.iban("PL"), g.phone("pl_intl")
    out.append(P(g, "crm_api_json", C, J({"klient": {"nazwa": "Drukarnia Wróbel Sp. z o.o.", "osoba_kontaktowa": "Agnieszka Wróbel", "telefon": p,
                                                     "rachunek": i, "warunki_platnosci": "14 dni"}})))

    g = Gen("i7")
    i = g.iban("PT", True)
    out.append(P(g, "docx_text", C, """CONTRATO DE ARRENDAMENTO
Senhorio: Joana Figueiredo · Arrendatário: Rafael Menezes
Renda mensal: 850,00 €, paga até ao dia 8 de cada mês por transferência para o IBAN %s.
Caução: 1.700,00 €.
""" % i))

    g = Gen("i8")
    i = g.iban("GB", True)
    out.append(P(g, "html_page", C, """<section class="donate">
  <h2>Donate by bank transfer</h2>
  <p>Account name: Hollowfield Community Garden Trust</p>
  <p>Sort code 40-12-76 · Account 31926819</p>
  <p>From outside the UK: IBAN <code>%s</code>, BIC NWBKGB2L</p>
  <p>Please use your surname as the reference so we can send a thank-you note.</p>
</section>""" % i))

    g = Gen("i9")
    rows = [[v, g.iban(cc), cur] for v, cc, cur in [("V-1001", "DE", "EUR"), ("V-1002", "AT", "EUR"), ("V-1003", "CH", "CHF"), ("V-1004", "SE", "SEK"), ("V-1005", "DK", "DKK")]]
    out.append(P(g, "sql_result", C, psql(["vendor_id", "iban", "currency"], rows, query="SELECT vendor_id, iban, currency FROM vendor_bank_accounts WHERE active;", db="erp")))

    g = Gen("i10")
    i = g.iban("DE")
    out.append(P(g, "bank_statement", C, """:20:STMT240917
:25:%s
:28C:00171/001
:60F:C240916EUR18422,60
:61:2409170917D1240,00NTRFNONREF//RE-24-1031
:86:166?00SEPA-UEBERWEISUNG?20Schreinerei Lutz?21Regalbau Lager
:62F:C240917EUR17182,60
""" % i))

    g = Gen("i11")
    i = g.iban("CZ", True)
    out.append(P(g, "markdown_doc", C, """# Faktura 2024/041

**Dodavatel:** Tereza Dvořáková, IČO 07412288
**Odběratel:** Procházka Software s.r.o.

| Položka | Cena |
|---|---|
| Překlad dokumentace (42 NS) | 16 800 Kč |

Splatnost: 14 dní · Číslo účtu (IBAN): %s
""" % i))

    g = Gen("i12")
    i = g.iban("SE", True)
    out.append(P(g, "helpdesk_ticket_json", C, ticket(30912, "Återbetalning av dubbel debitering", "Hej! Jag debiterades två gånger för ordern. Återbetala gärna till mitt konto " + i + ". Mvh Oskar Bergkvist",
                                                     ("Oskar Bergkvist", "oskar.bergkvist@brevmail.se"), key="pii-i12")))
    g.add("email", "oskar.bergkvist@brevmail.se")

    g = Gen("i13")
    i = g.iban("HU", True)
    out.append(P(g, "pdf_text", C, """TANDÍJ ÉRTESÍTŐ - 2024/25 ŐSZI FÉLÉV
Hallgató: Kovács Anna
Fizetendő: 385 000 Ft, határidő: október 15.
Kedvezményezett számlaszáma: %s
Közlemény: hallgatói azonosító + TANDIJ
""" % i))

    g = Gen("i14")
    i = g.iban("RO")
    out.append(P(g, "chat_export_text", C, """[21/09/2024, 12:40:18] Andrei: Îți trimit banii pentru bilete diseară
[21/09/2024, 12:41:02] Ioana: Super, contul meu e %s
[21/09/2024, 12:41:30] Andrei: Am primit, mersi!
""" % i))

    g = Gen("i15")
    i = g.iban("CH", True)
    out.append(P(g, "ocr_text", C, """Empfangsschein
Konto / Zahlbar an
%s
Verein Bergbahnfreunde Engadin
Via Maistra 12, 7500 St. Moritz
Zahlbar durch (Name/Adresse)
Währung  Betrag
CHF      120.00
""" % i))

    g = Gen("i16")
    i = g.iban("TR", True)
    out.append(P(g, "pdf_text", C, """E-FATURA
Satıcı: Karaca Finans Danışmanlık Ltd. Şti.
Alıcı: Aydoğdu Lojistik A.Ş.
Hizmet bedeli: 12.500,00 TL   KDV %%20: 2.500,00 TL   Toplam: 15.000,00 TL
Ödeme bilgileri: Türkiye İş Bankası, IBAN %s
""" % i))

    g = Gen("i17")
    i, p = g.iban("AE"), g.phone("ae_intl")
    out.append(P(g, "pdf_text", C, """TAX INVOICE / فاتورة ضريبية
Nakheel Trading LLC, Dubai
Bill to: Sawt Media FZ-LLC
Campaign production (Ramadan)            AED 45,000.00
VAT 5%%                                   AED  2,250.00
Total                                     AED 47,250.00
Bank: Emirates NBD · IBAN %s
Accounts: %s
""" % (i, p)))

    g = Gen("i18")
    i = g.iban("BR", True)
    out.append(P(g, "email_raw", C, mail(g, "Beatriz Lacerda <beatriz@lacerda-alimentos.com.br>", "pagamentos@importadora-douro.pt", "Dados para transferência internacional",
        "Prezados,\n\nSeguem os dados para a transferência do pedido 2024-118:\nBeneficiário: Lacerda Alimentos Ltda.\nIBAN: %s\nSWIFT: BRASBRRJSPO\n\nAtenciosamente,\nBeatriz" % i, key="pii-i18")))
    return out


def ip_rows():
    C = "ipv4"
    out = []

    g = Gen("n1")
    ips = [g.ip() for _ in range(3)]
    out.append(P(g, "access_log", C, "\n".join('%s - - [19/Sep/2024:08:14:%02d +0000] "GET %s HTTP/1.1" %d %d "-" "Mozilla/5.0 (X11; Linux x86_64)"' % (
        ip, 2 + k * 3, p, s, b) for k, (ip, p, s, b) in enumerate(zip(ips + [ips[0]], ["/", "/pricing", "/login", "/dashboard"], [200, 200, 200, 302], [18233, 9120, 4410, 0])))
        + "\n"))

    g = Gen("n2")
    a, b = g.ip(), g.ip()
    out.append(P(g, "syslog", C, """Sep 19 03:12:44 build-07 sshd[41122]: Invalid user admin from %s port 51822
Sep 19 03:12:46 build-07 sshd[41122]: Failed password for invalid user admin from %s port 51822 ssh2
Sep 19 03:12:51 build-07 sshd[41130]: Failed password for root from %s port 40114 ssh2
Sep 19 03:13:02 build-07 sshd[41130]: Connection closed by authenticating user root %s port 40114 [preauth]
""" % (a, a, b, b)))

    g = Gen("n3")
    a, b, c = g.ip(), g.ip("private"), g.ip()
    out.append(P(g, "firewall_log", C, """2024-09-19T10:02:11Z DENY TCP %s:44812 -> %s:3389 rule=block-rdp-inbound
2024-09-19T10:02:13Z DENY TCP %s:44813 -> %s:3389 rule=block-rdp-inbound
2024-09-19T10:04:40Z ALLOW TCP %s:51002 -> %s:443 rule=allow-https
""" % (a, b, a, b, c, b)))

    g = Gen("n4")
    ip = g.ip()
    out.append(P(g, "json_api", C, J({"Records": [{"eventVersion": "1.09", "eventTime": "2024-09-19T07:41:02Z", "eventSource": "iam.amazonaws.com",
        "eventName": "CreateAccessKey", "awsRegion": "us-east-1", "sourceIPAddress": ip, "userAgent": "aws-cli/2.17.20",
        "userIdentity": {"type": "IAMUser", "userName": "ci-reporting"}}]})))

    g = Gen("n5")
    e = g.email("Hannah Ebersole", "pellucid-labs.com")
    rows = [{"time": iso("pii-n5-" + str(k)), "ip": g.ip(), "location": loc, "device": d} for k, (loc, d) in enumerate([("Portland, US", "Chrome on macOS"), ("Seattle, US", "Safari on iOS"), ("Lagos, NG", "Firefox on Windows")])]
    out.append(P(g, "json_api", C, J({"user": e, "recent_logins": rows})))

    g = Gen("n6")
    a, b = g.ip(), g.ip()
    out.append(P(g, "app_log", C, """2024-09-19 04:10:12,441 fail2ban.filter  [812]: INFO    [sshd] Found %s - 2024-09-19 04:10:12
2024-09-19 04:10:15,903 fail2ban.filter  [812]: INFO    [sshd] Found %s - 2024-09-19 04:10:15
2024-09-19 04:10:16,002 fail2ban.actions [812]: NOTICE  [sshd] Ban %s
2024-09-19 05:02:40,118 fail2ban.filter  [812]: INFO    [postfix] Found %s - 2024-09-19 05:02:40
""" % (a, a, a, b)))

    g = Gen("n7")
    a, b = g.ip(), g.ip("private")
    out.append(P(g, "email_headers", C, """Received: from mail-yw1.halden-packaging.co.uk (mail-yw1.halden-packaging.co.uk [%s])
	by mx1.greystoke-foods.com (Postfix) with ESMTPS id 4X8K2Z1QmLz
	for <ap-inbox>; Thu, 19 Sep 2024 09:14:02 +0000 (UTC)
Received: from [%s] (unknown)
	by mail-yw1.halden-packaging.co.uk with ESMTPSA; Thu, 19 Sep 2024 10:13:58 +0100
Authentication-Results: mx1.greystoke-foods.com; spf=pass; dkim=pass
""" % (a, b)))

    g = Gen("n8")
    ip = g.ip()
    out.append(P(g, "siem_alert_json", C, J({"waf_event": {"id": hexs("pn8", 16), "action": "block", "rule": "SQLi - UNION SELECT", "client_ip": ip,
                                                           "uri": "/api/v2/search", "country": "NL", "count": 212}})))

    g = Gen("n9")
    rows = [[u, g.ip(), g.ip("private"), s, d] for u, s, d in [("k.vogelsang", "07:58", "8h12m"), ("m.hinrichs", "08:20", "6h01m"), ("s.leitner", "09:02", "3h40m")]]
    out.append(P(g, "csv", C, csvt(["benutzer", "oeffentliche_ip", "tunnel_ip", "beginn", "dauer"], rows, delim=";")))

    g = Gen("n10")
    a, b = g.ip(), g.ip("private")
    out.append(P(g, "app_log", C, '%s - - [19/Sep/2024:11:02:41 +0000] "POST /api/v2/cart/items HTTP/2.0" 201 312 "-" "NorthboundApp/5.3" 412 0.041 [shop-api-8080] [] %s:8080 312 0.040 201 %s\n' % (a, b, hexs("pn10", 32))))

    g = Gen("n11")
    a, b = g.ip("private"), g.ip("private")
    out.append(P(g, "dns_log", C, """19-Sep-2024 12:01:44.112 client @0x7f8a1c %s#51822 (api.ledgerline.io): query: api.ledgerline.io IN A +E(0)K (10.20.0.2)
19-Sep-2024 12:01:44.913 client @0x7f8a1d %s#40112 (updates.pgsnap.dev): query: updates.pgsnap.dev IN AAAA +E(0)K (10.20.0.2)
""" % (a, b)))
    g.add("ipv4", "10.20.0.2")

    g = Gen("n12")
    ips = [g.ip() for _ in range(4)]
    out.append(P(g, "issue_tracker_json", C, J({"key": "SEC-931", "fields": {"summary": "Credential stuffing against partner portal", "description":
        "Between 02:00 and 03:10 UTC we saw ~48k login attempts from these addresses:\n- %s\n- %s\n- %s\n- %s\nAll blocked at the WAF after 03:10. Requesting permanent block." % tuple(ips),
        "status": {"name": "In Progress"}}})))

    g = Gen("n13")
    a = g.ip()
    out.append(P(g, "app_log", C, "[Thu Sep 19 14:22:07.441812 2024] [php:error] [pid 8812] [client %s:51244] PHP Fatal error:  Uncaught TypeError: count(): Argument #1 must be of type Countable in /var/www/html/cart.php:88\n" % a))

    g = Gen("n14")
    a = g.ip()
    out.append(P(g, "windows_event_xml", C, """<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System><Provider Name="Microsoft-Windows-Security-Auditing"/><EventID>4625</EventID><TimeCreated SystemTime="2024-09-19T06:14:02.112Z"/><Computer>FS01.corp.quintfall.local</Computer></System>
  <EventData>
    <Data Name="TargetUserName">administrator</Data>
    <Data Name="LogonType">3</Data>
    <Data Name="IpAddress">%s</Data>
    <Data Name="IpPort">50112</Data>
  </EventData>
</Event>
""" % a))

    g = Gen("n15")
    rows = [(g.ip("private"), "%s:%s:%s:%s:%s:%s" % tuple(hexs("pn15" + str(k), 12)[j:j + 2] for j in range(0, 12, 2)), n) for k, n in enumerate(["livingroom-tv", "dana-iphone", "printer-hp", "milo-switch"])]
    out.append(P(g, "terminal_session", C, "$ cat /tmp/dhcp.leases\n" + "".join("%d %s %s %s *\n" % (1726750000 + k * 611, mac, ip, n) for k, (ip, mac, n) in enumerate(rows))))

    g = Gen("n16")
    a, b = g.ip(), g.ip()
    out.append(P(g, "game_server_log", C, """[19.09.2024 21:04:11] Игрок "Sk1fter" подключился (%s)
[19.09.2024 21:05:40] Игрок "Morozko" подключился (%s)
[19.09.2024 21:30:02] Администратор выдал бан игроку "Sk1fter" (%s): читы
[19.09.2024 21:30:03] Сервер: по вопросам разбана звоните администрации %s
""" % (a, b, a, g.phone("ru_intl"))))

    g = Gen("n17")
    ip, e, ph = g.ip(), g.email("Andrés Quintana", "fastmail-box.com"), g.phone("ar_intl")
    out.append(P(g, "json_api", C, J({"revision_fraude": {"pedido": "PED-88213", "email": e, "telefono": ph, "ip_cliente": ip, "pais_ip": "RU", "pais_envio": "ES",
                                                          "puntuacion": 87, "decision": "revisión manual"}})))

    g = Gen("n18")
    a = g.ip()
    out.append(P(g, "chat_export_json", C, slack("sec-alerts", [
        ("guardduty-bot", "【重要度: 高】EC2インスタンス i-0a81f2c が既知のマイニングプールと通信しています。宛先IP: " + a),
        ("takahashi.kenta", "確認します。該当インスタンスを隔離しました。"),
    ], key="pii-n18")))
    return out


def rows():
    return card_rows() + iban_rows() + ip_rows()
