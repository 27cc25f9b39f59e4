"""Positive rows for pii.jsonl.  A template gets a Row collector r and returns (format, category, text);
every personal value is registered through r so it is labelled exactly as it is written."""
from common import *
import re

DOM = 'nordwelle.example'; NET = 'nordwelle-net.example'; NLD = 'nordwelle-glasvezel.example'; UKD = 'nordwellefibre.example'; USD = 'nordwelle-fiber.example'
ORG = 'Nordwelle Telekom GmbH'
def iso(t=None): return (t or ts()).strftime('%Y-%m-%dT%H:%M:%SZ')
def de_date(t=None): return (t or ts()).strftime('%d.%m.%Y')
def kd(): return 'KD' + rdig(7)

import itertools
_IBAN_CYCLE = itertools.cycle(['IT', 'PT', 'FI', 'IE', 'DK', 'SE', 'GR', 'CZ', 'SK', 'HU', 'SI', 'NO', 'LU', 'ES', 'FR', 'BE', 'CH', 'PL'])
_ABROAD = itertools.cycle(['IT', 'PT', 'SE', 'DK', 'CH', 'ES', 'FI', 'IE', 'FR', 'PL', 'CZ'])

class Row:
    def __init__(s): s.ents = []
    def lab(s, typ, v):
        if (typ, v) not in s.ents: s.ents.append((typ, v))
        return v
    def ph(s, cc, style=None, mob=None): return s.lab('phone', phone(cc, style, mob))
    def em(s, v): return s.lab('email', v)
    def card(s, net, style='space'): return s.lab('credit_card', fmt_card(card(net), style))
    def ssn(s, style='dash'): return s.lab('ssn', ssn(style))
    def ip(s, kind=None): return s.lab('ipv4', ipv4(kind))
    def iban(s, cc, grouped=False): return s.lab('iban', iban(cc, grouped))
    def person(s, cc=None):
        p = person(cc); s.em(p['email']); return p

T = []
def tpl(n=2):
    def deco(f):
        f.n = n; T.append(f); return f
    return deco

# ---------------------------------------------------------------- customer care / CRM
@tpl(2)
def crm_json(r):
    cc = pick(['DE', 'NL', 'GB', 'AT', 'BE']); p = r.person(cc)
    d = {'customerNumber': kd(), 'type': 'residential', 'name': {'first': p['first'], 'last': p['last']}, 'contact': {'email': p['email'], 'mobile': r.ph(cc, 'intl'), 'landline': r.ph(cc, 'nat'), 'preferredChannel': 'sms'},
         'billing': {'method': 'SEPA_DIRECT_DEBIT', 'iban': r.iban(cc if cc in IBAN_LEN else 'DE'), 'mandateRef': 'NW-MR-' + rdig(9)}, 'lastLogin': {'at': iso(), 'ip': r.ip('pub')}, 'products': [{'sku': 'GLAS-500', 'since': '2024-09-01'}]}
    return 'crm-api-json', 'customer_profile', 'GET /crm/v2/customers/' + d['customerNumber'] + ' -> 200\n' + json.dumps(d, indent=2, ensure_ascii=False)

@tpl(2)
def crm_csv(r):
    rows = []
    for _ in range(R.randint(3, 4)):
        cc = pick(['DE', 'DE', 'NL', 'GB', 'FR', 'AT']); p = r.person(cc)
        rows.append(';'.join([kd(), p['last'], p['first'], p['email'], r.ph(cc, pick(['intl', 'nat'])), r.iban(cc), pick(['GLAS-250', 'DSL-100', 'MOBIL-L', 'KABEL-1000'])]))
    return 'crm-export-csv', 'customer_export', 'kundennr;nachname;vorname;email;telefon;iban;tarif\n' + '\n'.join(rows)

@tpl(2)
def care_chat(r):
    cc = pick(['DE', 'NL', 'AT', 'CH']); p = r.person(cc); m = r.ph(cc, 'nat'); alt = r.ph(cc, 'intl')
    t = f"""[Live-Chat {iso()}] Kanal: Webchat  Queue: care-l1  Agent: Nordwelle Care Bot
Kunde: Hallo, ich bin {p['name']}, meine Internetleitung ist seit gestern Abend tot.
Agent: Das tut mir leid. Damit ich Ihren Vertrag finde: wie lautet Ihre Kundennummer oder E-Mail?
Kunde: {p['email']}
Agent: Danke. Unter welcher Nummer erreicht Sie der Techniker am besten?
Kunde: mobil {m}, notfalls {alt} (Büro)
Agent: Ich sehe eine Störung an Ihrem Anschluss (Ticket TT-2026-{rdig(6)}). Der Router meldet sich zuletzt von {r.ip('pub')}. Ein Techniker ruft Sie unter {m} an.
Kunde: Super, danke."""
    return 'care-chat-transcript', 'customer_contact', t

@tpl(2)
def customer_email(r):
    cc = pick(['DE', 'GB', 'NL', 'IE']); p = r.person(cc); ib = r.iban(cc if cc != 'IE' else 'IE', True)
    t = f"""From: {p['name']} <{p['email']}>
To: kundenservice@{DOM}
Subject: Änderung Bankverbindung / new bank details
Date: {ts().strftime('%a, %d %b %Y %H:%M:%S +0200')}

Guten Tag,

bitte buchen Sie ab dem nächsten Monat von meinem neuen Konto ab:
IBAN {ib}
Kontoinhaber: {p['name']}

Bei Rückfragen erreichen Sie mich unter {r.ph(cc, 'intl')}.

Viele Grüße
{p['name']}
--
Sent from my phone""".replace('kundenservice@' + DOM, r.em('kundenservice@' + DOM))
    return 'email', 'bank_detail_change', t

@tpl(2)
def zendesk_ticket(r):
    cc = pick(['GB', 'IE']); p = r.person(cc); ph = r.ph(cc, 'paren')
    d = {'ticket': {'id': R.randint(400000, 499999), 'subject': 'No dial tone since engineer visit', 'requester': {'name': p['name'], 'email': p['email'], 'phone': ph}, 'via': {'channel': 'voice', 'source': {'from': {'phone': ph}, 'to': {'phone': r.ph('GB', 'intl', mob=False)}}}, 'comments': [{'author': 'agent', 'body': f"Customer called from {ph}. Line test from exchange OK, CPE WAN IP {r.ip('cgn')} not responding. Booked engineer, confirmation sent to {p['email']}."}], 'tags': ['voice', 'fault', 'ftth']}}
    return 'zendesk-ticket-json', 'support_ticket', json.dumps(d, indent=2)

@tpl(1)
def callback_list(r):
    rows = []
    for i in range(5):
        cc = pick(['DE', 'DE', 'PL', 'ES', 'IT', 'FR']); p = person(cc)
        rows.append(f"{i+1:>2} | {p['name']:<22} | {r.ph(cc, pick(['intl', 'nat'])):<20} | {pick(['Tarifwechsel', 'Kündigung', 'Rechnung', 'Umzug', 'Störung'])} | {pick(['09-12', '12-15', '15-18'])}")
    return 'callback-queue-table', 'callback_list', 'Rückrufliste care-l2 für ' + de_date() + '\n # | Name                   | Rufnummer            | Anliegen     | Zeitfenster\n' + '\n'.join(rows)

# ---------------------------------------------------------------- porting / onboarding
@tpl(2)
def porting(r):
    p = r.person('DE'); nums = [r.ph('DE', pick(['nat', 'slash'])) for _ in range(3)]
    t = f"""PORTIERUNGSAUFTRAG (Rufnummernmitnahme Festnetz)        Vorgang: PORT-2026-{rdig(6)}
Abgebender Anbieter: Alt-Telco AG          Aufnehmender Anbieter: {ORG}
Anschlussinhaber: {p['name']}, Lindenallee {R.randint(1,90)}, 14712 Rathenow
Zu portierende Rufnummern:
  1) {nums[0]}
  2) {nums[1]}
  3) {nums[2]}
Gewünschter Termin: {de_date()}   Kündigung beim Altanbieter: beigefügt
Kontakt für Rückfragen: {p['email']} / {r.ph('DE', 'intl')}
Status: WBCI-Vorabstimmung gesendet, Antwort ausstehend"""
    return 'porting-request-form', 'number_porting', t

@tpl(1)
def nl_porting(r):
    p = r.person('NL'); n1 = r.ph('NL', 'nat'); n2 = r.ph('NL', 'intl')
    t = f"""Nummerbehoud-verzoek  COIN-ref {rdig(10)}
Klant: {p['name']}   e-mail: {p['email']}
Over te zetten nummers: {n1}, {n2}
Donor: OudeProvider B.V.   Recipient: Nordwelle Glasvezel B.V.
Contactnummer installatie: {r.ph('NL', 'paren')}
Incassorekening: {r.iban('NL', True)}
Wensdatum: {de_date().replace('.', '-')}"""
    return 'porting-request-nl', 'number_porting', t

@tpl(3)
def us_credit_check(r):
    p = r.person('US'); s = r.ssn(pick(['dash', 'dash', 'plain']))
    t = f"""CREDIT DECISION — Nordwelle Fiber LLC (Burlington, VT)           Application APP-{rdig(8)}
Applicant: {p['name'].upper()}
SSN: {s}        Phone: {r.ph('US', 'nat')}      Email: {p['email']}
Bureau: consumer credit report (soft pull)   Score: {R.randint(580, 820)}   Model: FICO 8
Tradelines: 7 open / 2 closed   Delinquencies (24m): 0   Inquiries (12m): 2
Decision: APPROVED — deposit waived   Product: Fiber 1 Gig + Voice
Prev. address verified: yes   Identity match: SSN + name + DOB (3/3)
Reviewer: auto-decision engine v4.2   Requested by IP {r.ip('pub')}"""
    return 'credit-check-result', 'credit_check', t

@tpl(2)
def us_hr_payroll(r):
    rows = []
    for _ in range(3):
        p = r.person('US'); rows.append(f"{rdig(5)},{p['last']},{p['first']},{r.ssn('dash')},{r.ph('US', 'dash')},{p['email']},{pick(['Field Tech II', 'NOC Analyst', 'Splicer', 'Care Agent'])}")
    return 'hr-payroll-export-csv', 'employee_records', 'emp_id,last_name,first_name,ssn,phone,personal_email,job_title\n' + '\n'.join(rows) + '\n# export for payroll provider, W-2 year 2025'

@tpl(2)
def w9_form(r):
    p = r.person('US'); s = r.ssn('space' if R.random() < .5 else 'dash')
    t = f"""Form W-9 (Rev. March 2024) — extracted fields (OCR)
1 Name: {p['name']}
3 Federal tax classification: Individual/sole proprietor
5 Address: {R.randint(10, 999)} {pick(['Maple St', 'Pine Ridge Rd', 'Church St'])}
6 City, state, ZIP: {pick(['Burlington, VT 05401', 'Rutland, VT 05701', 'Montpelier, VT 05602'])}
Part I Taxpayer Identification Number — Social security number: {s}
Contact (subcontractor onboarding): {p['email']}, {r.ph('US', 'intl')}
Purpose: 1099-NEC for fiber splicing subcontract, PO {rdig(7)}"""
    return 'ocr-form-extract', 'tax_form', t

# ---------------------------------------------------------------- billing & payments
@tpl(2)
def sepa_pain008(r):
    cred = r.iban('DE'); tx = []
    for _ in range(3):
        cc = pick(['DE', 'DE', 'AT', 'NL', 'BE']) if R.random() < .6 else next(_IBAN_CYCLE); p = person(cc)
        tx.append(f"""      <DrctDbtTxInf>
        <PmtId><EndToEndId>NW-{rdig(10)}</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">{R.randint(19, 99)}.{R.choice(['99', '95', '00', '49'])}</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>NW-MR-{rdig(9)}</MndtId><DtOfSgntr>2024-0{R.randint(1,9)}-1{R.randint(0,9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <Dbtr><Nm>{p['name']}</Nm></Dbtr>
        <DbtrAcct><Id><IBAN>{r.iban(cc)}</IBAN></Id></DbtrAcct>
      </DrctDbtTxInf>""")
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
  <CstmrDrctDbtInitn>
    <GrpHdr><MsgId>NW-DD-{rdig(8)}</MsgId><CreDtTm>{iso()}</CreDtTm><NbOfTxs>3</NbOfTxs></GrpHdr>
    <PmtInf>
      <PmtMtd>DD</PmtMtd><ReqdColltnDt>2026-07-01</ReqdColltnDt>
      <Cdtr><Nm>{ORG}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>{cred}</IBAN></Id></CdtrAcct>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id></Othr></PrvtId></Id></CdtrSchmeId>
{chr(10).join(tx)}
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>"""
    return 'sepa-pain008-xml', 'sepa_direct_debit', t

@tpl(2)
def sepa_returns(r):
    rows = []
    for _ in range(4):
        cc = next(_IBAN_CYCLE); rows.append(f"{rdig(10)} | {r.iban(cc):<34} | {R.randint(20,90)}.99 | {pick(['AM04 insufficient funds', 'MD06 refund request', 'AC04 account closed', 'MS02 reason not specified'])}")
    return 'sepa-return-report', 'sepa_returns', 'R-Transaktionen Lastschrift-Einreichung ' + de_date() + '\nE2E-Ref    | Debtor IBAN                        | Betrag | Reason\n' + '\n'.join(rows)

@tpl(2)
def invoice(r):
    p = r.person('DE'); ib = r.iban('DE', True); t = f"""{ORG} · Deichstraße 12 · 14712 Rathenow
{p['name']}
Kiefernweg {R.randint(1,80)}
14776 Brandenburg an der Havel
                                                       Rechnung RE-2026-06-{rdig(7)}
                                                       Kundennummer {kd()}
                                                       Datum {de_date()}
Pos  Leistung                             Zeitraum              Betrag
1    Glasfaser 500 (Grundgebühr)          01.06.–30.06.2026     49,99 €
2    Festnetz-Flat                        01.06.–30.06.2026      5,00 €
3    Verbindungen ins Mobilfunknetz, Ziel {r.ph('DE', 'nat')}      2,13 €
Summe brutto 57,12 € (enthält 19 % USt 9,12 €)
Der Betrag wird am 03.07.2026 von Ihrem Konto {ib} abgebucht (Mandat NW-MR-{rdig(9)}).
Fragen? Hotline {r.ph('DE', 'intl', mob=False)} · {r.em('rechnung@' + DOM)}
Diese Rechnung wurde zusätzlich als PDF an {p['email']} gesendet."""
    return 'invoice-text', 'invoice', t

@tpl(2)
def uk_invoice(r):
    p = r.person('GB'); t = f"""Nordwelle Fibre Ltd — Bill {rdig(9)}                         Account {rdig(8)}
{p['name']}, {R.randint(1, 99)} Harbour Road, Hull HU1 3DZ
Period: 1 June – 30 June 2026
  Full Fibre 900            £39.00
  Anytime calls             £ 8.00
  Call to {r.ph('GB', 'nat')} (18 min)   £ 1.62
Total due £48.62 — paid by Direct Debit from {r.iban('GB')} on 5 July.
Questions: {r.em('billing@' + UKD)} or call {r.ph('GB', 'paren', mob=False)}
e-bill sent to {p['email']}"""
    return 'invoice-text-uk', 'invoice', t

@tpl(2)
def payment_gateway_log(r):
    p = r.person(pick(['DE', 'NL', 'GB'])); c = r.card(pick(['visa', 'mastercard', 'amex']), 'plain'); ip = r.ip('pub')
    t = f"""{iso()} WARN  pay-adapter[4121]: 3DS challenge failed orderRef=TOPUP-{rdig(8)} amount=30.00 EUR
{iso()} DEBUG pay-adapter[4121]: request payload={{"card":{{"number":"{c}","expMonth":"0{R.randint(1,9)}","expYear":"20{R.randint(27,31)}","holder":"{p['name']}"}},"shopperEmail":"{p['email']}","shopperIP":"{ip}"}}
{iso()} INFO  pay-adapter[4121]: response resultCode=Refused refusalReason="3D Not Authenticated" pspReference={non_luhn(16)}"""
    return 'payment-gateway-debug-log', 'card_payment', t

@tpl(2)
def ivr_payment(r):
    c = r.card(pick(['visa', 'mastercard', 'maestro', 'discover'])); ph = r.ph('GB', 'intl')
    t = f"""Call transcript (speech analytics) — queue: Billing-UK — caller ID {ph}
AGENT: Thanks for holding. I can take the overdue amount by card today.
CUSTOMER: Okay. It's {c}, expiry oh-nine twenty-nine.
AGENT: And the security code? — [PAUSE-RECORDING FAILED: DTMF masking off]
CUSTOMER: Four two seven.
AGENT: Payment of £96.40 accepted. A receipt goes to the e-mail on file.
[QA flag: full card number spoken while recording active, escalate to PCI team]"""
    return 'call-transcript', 'card_payment', t

@tpl(2)
def billing_sql(r):
    rows = []
    for _ in range(3):
        p = r.person(pick(['DE', 'NL', 'BE'])); net = pick(['visa', 'mastercard', 'jcb', 'diners', 'unionpay'])
        rows.append(f" {rdig(7)} | {p['email']:<32} | {r.card(net, 'plain'):<19} | {R.randint(1,12):02d}/{R.randint(27,31)} | {net}")
    return 'sql-result-psql', 'stored_cards', 'billing=> select account_id, email, pan, expiry, brand from legacy_card_vault limit 3;  -- audit PCI-2026-07\n account_id | email                            | pan                 | expiry | brand\n' + '\n'.join(rows) + '\n(3 rows)'

@tpl(2)
def chargeback(r):
    p = r.person(pick(['DE', 'FR', 'IT'])); c = r.card(pick(['visa', 'mastercard']), 'dash')
    t = f"""CHARGEBACK NOTIFICATION  Case CB-{rdig(9)}   Reason 10.4 Other Fraud – Card-Absent Environment
Merchant: Nordwelle Shop (MID {rdig(15)})
Card number: {c}   Transaction: {de_date()} EUR 649.00 (Smartphone + Tarif MOBIL-L)
Cardholder disputes; order e-mail {p['email']}, delivery phone {r.ph(p['cc'], 'intl')}, order placed from {r.ip('pub')}
Respond by: {de_date()} via acquirer portal."""
    return 'chargeback-notice', 'card_dispute', t

@tpl(2)
def fraud_alert(r):
    ips = [r.ip('pub') for _ in range(2)]; cards = [r.card(pick(['visa', 'mastercard', 'amex']), 'plain') for _ in range(2)]; em = r.em('x' + rstr(6, string.ascii_lowercase + string.digits) + '@' + pick(['tempmail.example', 'burner-mail.example']))
    d = {'alert': 'CARD_TESTING_SUSPECTED', 'score': 0.97, 'window': '10m', 'sourceIps': ips, 'email': em, 'attempts': [{'pan': c, 'result': 'declined'} for c in cards], 'action': 'block_ip_24h'}
    return 'fraud-alert-json', 'fraud_alert', json.dumps(d, indent=2)

@tpl(2)
def dunning(r):
    p = r.person('DE'); t = f"""Zahlungserinnerung / 2. Mahnung                       {de_date()}
Sehr geehrte/r {p['name']},
die Lastschrift vom 03.06.2026 über 57,12 € konnte von Ihrem Konto {r.iban('DE', True)} nicht eingezogen werden (Rücklastschrift, Grund AM04).
Bitte überweisen Sie den Betrag zzgl. 3,00 € Rücklastschriftgebühr bis {de_date()} auf unser Konto {r.iban('DE', True)}, Verwendungszweck {kd()}.
Sie erreichen unser Forderungsmanagement unter {r.ph('DE', 'nat', mob=False)} oder {r.em('forderungen@' + DOM)}.
Diese Mahnung wurde auch an {p['email']} gesendet."""
    return 'dunning-letter', 'dunning', t

@tpl(2)
def collections_handover(r):
    rows = []
    for _ in range(3):
        cc = pick(['DE', 'DE', 'PL', 'CZ', 'SK']); p = person(cc if cc in FIRST else 'DE')
        rows.append(f"{kd()}\t{p['name']}\t{r.iban(cc)}\t{r.ph(cc if cc in ('DE', 'PL') else 'DE', 'intl')}\t{r.em(p['email'])}\t{R.randint(80, 900)},{R.randint(10,99)}")
    return 'debt-collection-tsv', 'debt_collection', 'Übergabe an Inkasso (Partner: Forderungsservice Nord) Stichtag ' + de_date() + '\nkundennr\tname\tiban\ttelefon\temail\toffen_eur\n' + '\n'.join(rows)

@tpl(2)
def refund(r):
    cc = next(_ABROAD); p = r.person(cc)
    t = f"""Refund request #RF-{rdig(6)} (customer moved abroad)
Customer: {p['name']}   Contract: {kd()} (terminated {de_date()})
Credit balance: 112,40 EUR
Refund to: IBAN {r.iban(cc, True)}, account holder {p['name']}
New contact: {p['email']}, {r.ph(cc, 'intl')}
Approved by billing-l2; payout run {de_date()}"""
    return 'refund-request', 'refund', t

@tpl(2)
def mandate(r):
    p = r.person(pick(['DE', 'AT'])); t = f"""SEPA-Lastschriftmandat (Online-Abschluss, Bestätigungsseite)
Gläubiger: {ORG}, Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz NW-MR-{rdig(9)}
Kontoinhaber: {p['name']}
IBAN: {r.iban(p['cc'])}
E-Mail für Vorabankündigungen: {p['email']}
Erteilt am {de_date()} um {ts().strftime('%H:%M')} Uhr von IP-Adresse {r.ip('pub')}"""
    return 'sepa-mandate-confirmation', 'sepa_mandate', t

# ---------------------------------------------------------------- field engineering
@tpl(2)
def work_order(r):
    p = r.person('DE'); t = f"""WORK ORDER WO-2026-{rdig(6)}   Type: FTTH fault   SLA: 24h
Customer: {p['name']}   Contract {kd()}
Address: Am Fischerhafen {R.randint(1, 40)}, 26122 Oldenburg
Contact on site: {r.ph('DE', 'nat')} (mobile), alt. {r.ph('DE', 'slash')}
Notify on arrival via e-mail: {p['email']}
CPE: FRITZ!Box 5590, WAN IP {r.ip('pub')}, mgmt IP {r.ip('priv')}
OLT port: olt-old02 0/3/7 ONT 12, last Rx -29.4 dBm (too low)
Tech notes: clean/replace drop connector at AP-OLD-031."""
    return 'field-work-order', 'work_order', t

@tpl(1)
def appointment_sms(r):
    rows = []
    for _ in range(4):
        n = r.ph(pick(['DE', 'NL', 'AT']), 'e164'); rows.append(f"{iso()} SMS-OUT to={n} status=DELIVERED text=\"Ihr Nordwelle-Techniker kommt am {de_date()} zwischen {pick(['8-12', '12-16', '16-20'])} Uhr. Termin ändern: 0800 {rdig(7)}\"")
    txt = '\n'.join(rows)
    # toll-free number in the text is also a phone: register each one
    for m in re.findall(r'0800 \d{7}', txt): r.lab('phone', m)
    return 'sms-gateway-log', 'appointment_notification', txt

@tpl(2)
def uk_engineer_notes(r):
    p = r.person('GB'); t = f"""Openreach-style job notes (Nordwelle Fibre, subcontractor portal)
Job ref: NWF-{rdig(7)}    Engineer: #2217
Customer {p['name']} requested call 30 mins before arrival on {r.ph('GB', 'nat')}; backup number {r.ph('GB', 'intl')}.
ONT installed in hallway; router LAN IP {r.ip('priv')}; public IP assigned {r.ip('pub')}.
Customer asked for install photos to be sent to {p['email']}."""
    return 'engineer-job-notes', 'work_order', t

# ---------------------------------------------------------------- network & logs
@tpl(2)
def radius_acct(r):
    msisdn = r.ph('DE', 'e164'); t = f"""{ts().strftime('%a %b %d %H:%M:%S %Y')}
	Acct-Status-Type = Start
	User-Name = "{msisdn}@apn.{NET}"
	Calling-Station-Id = "{msisdn}"
	Framed-IP-Address = {r.ip('cgn')}
	NAS-IP-Address = {r.ip('priv')}
	3GPP-IMSI = "26203{rdig(10)}"
	3GPP-SGSN-Address = {r.ip('priv')}
	Called-Station-Id = "internet.{NET}"
	Acct-Session-Id = "{rHEX(16)}"
	Event-Timestamp = "{ts().strftime('%b %d %Y %H:%M:%S')} CEST\""""
    return 'radius-accounting-detail', 'subscriber_session', t

@tpl(2)
def cdr_csv(r):
    rows = []
    for _ in range(4):
        a = r.ph(pick(['DE', 'DE', 'NL']), 'e164'); b = r.ph(pick(['DE', 'GB', 'FR', 'PL', 'US', 'ES']), 'e164')
        rows.append(f"{ts().strftime('%Y%m%d%H%M%S')},{a},{b},{R.randint(3, 1900)},{pick(['16', '16', '17', '31'])},sbc-{pick(['rtw', 'old'])}01,{r.ip('priv')}")
    return 'voice-cdr-csv', 'call_detail_records', 'start_time,a_number,b_number,duration_s,release_cause,switch,media_ip\n' + '\n'.join(rows)

@tpl(2)
def sip_invite(r):
    a = r.ph('DE', 'plus'); b = r.ph(pick(['DE', 'AT', 'CH']), pick(['intl', 'plus'])).replace(' ', ''); r.lab('phone', b); ip1 = r.ip('pub'); ip2 = r.ip('priv')
    t = f"""INVITE sip:{b}@sip.{DOM};user=phone SIP/2.0
Via: SIP/2.0/UDP {ip1}:5060;branch=z9hG4bK{rhex(12)};rport
From: "Praxis Dr. Albers" <sip:{a}@sip.{DOM}>;tag={rhex(8)}
To: <sip:{b}@sip.{DOM}>
P-Asserted-Identity: <tel:{a}>
Contact: <sip:{a}@{ip1}:5060>
Call-ID: {rhex(24)}@{ip2}
CSeq: 102 INVITE
Content-Type: application/sdp

v=0
o=- {rdig(9)} {rdig(9)} IN IP4 {ip2}
c=IN IP4 {ip2}
m=audio {R.randint(10000, 20000)} RTP/AVP 8 0 101"""
    ents = [(t_, v) for t_, v in r.ents if not (t_ == 'phone' and v not in t)]
    r.ents[:] = ents
    return 'sip-trace', 'voip_signalling', t

@tpl(2)
def cgnat_log(r):
    rows = []
    for _ in range(4):
        rows.append(f"{ts().strftime('%b %d %H:%M:%S')} cgn01 NAT444: SESSION_CREATE proto=6 src={r.ip('cgn')}:{R.randint(1024, 65535)} xlat={r.ip('pub')}:{R.randint(1024, 65535)} dst={r.ip('pub')}:443 sub=KD{rdig(7)}")
    return 'cgnat-syslog', 'nat_translation_log', '\n'.join(rows)

@tpl(2)
def abuse_email(r):
    ip = r.ip('pub'); t = f"""From: abuse-reports@hoster-cert.example
To: abuse@{DOM}
Subject: [Abuse] SSH brute force from {ip}

Dear abuse team,
we observed 11,402 failed SSH logins from {ip} (your network) against {r.ip('pub')} between {iso()} and {iso()}.
Please contact your customer. Reply to this report at abuse-reports@hoster-cert.example or +49 30 {rdig(8)}.
"""
    r.em('abuse-reports@hoster-cert.example'); r.em('abuse@' + DOM); m = re.search(r'\+49 30 \d{8}', t).group(0); r.lab('phone', m)
    return 'abuse-report-email', 'abuse_report', t

@tpl(1)
def traceroute(r):
    hops = [r.ip('priv'), r.ip('priv'), r.ip('pub'), r.ip('pub'), r.ip('pub')]; src = r.ip('pub')
    t = f"traceroute to {hops[-1]} ({hops[-1]}), 30 hops max, 60 byte packets   # run from customer CPE {src} (ticket TT-2026-{rdig(6)})\n" + '\n'.join(f" {i+1}  {h}  {R.uniform(.3, 30):.3f} ms  {R.uniform(.3, 30):.3f} ms  {R.uniform(.3, 30):.3f} ms" for i, h in enumerate(hops))
    return 'traceroute-output', 'network_diagnostics', t

@tpl(1)
def ping(r):
    ip = r.ip(pick(['pub', 'cgn'])); t = f"""noc@jump01:~$ ping -c 4 {ip}   # customer {kd()} reports packet loss
PING {ip} ({ip}) 56(84) bytes of data.
64 bytes from {ip}: icmp_seq=1 ttl=61 time=9.84 ms
64 bytes from {ip}: icmp_seq=3 ttl=61 time=10.1 ms
From {r.ip('priv')} icmp_seq=2 Destination Host Unreachable
--- {ip} ping statistics ---
4 packets transmitted, 2 received, 50% packet loss, time 3004ms"""
    return 'ping-output', 'network_diagnostics', t

@tpl(1)
def netbox_ip_csv(r):
    rows = [f"{r.ip('pub')}/32,active,customer-static,KD{rdig(7)},\"{person('DE')['name']}\"" for _ in range(4)]
    return 'netbox-ip-export-csv', 'ip_assignments', 'address,status,role,tenant,description\n' + '\n'.join(rows)

@tpl(1)
def dhcp_leases(r):
    out = []
    for _ in range(3):
        p = person('DE'); out.append(f"""lease {r.ip('priv')} {{
  starts 4 {ts().strftime('%Y/%m/%d %H:%M:%S')};
  hardware ethernet {':'.join(rhex(2) for _ in range(6))};
  client-hostname "{p['first']}s-iPhone";
}}""")
    return 'isc-dhcpd-leases', 'dhcp_leases', '# /var/lib/dhcp/dhcpd.leases (shop WLAN guest)\n' + '\n'.join(out)

@tpl(1)
def nginx_access(r):
    rows = []
    for _ in range(3):
        p = person(pick(['DE', 'NL'])); em = r.em(p['email'])
        rows.append(f'{r.ip("pub")} - - [{ts().strftime("%d/%b/%Y:%H:%M:%S +0200")}] "GET /api/v1/password-reset?email={em} HTTP/1.1" 200 112 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"')
    return 'nginx-access-log', 'web_access_log', '\n'.join(rows)

@tpl(1)
def postfix_log(r):
    rows = []
    for _ in range(3):
        p = person(pick(['DE', 'GB', 'NL'])); qid = rHEX(10)
        rows.append(f"{ts().strftime('%b %d %H:%M:%S')} mx01 postfix/smtp[{R.randint(1000,9999)}]: {qid}: to=<{r.em(p['email'])}>, relay=mx.{p['email'].split('@')[1]}[{r.ip('pub')}]:25, delay=1.2, dsn=2.0.0, status=sent (250 OK)")
    return 'postfix-maillog', 'mail_delivery_log', '\n'.join(rows)

@tpl(2)
def lea_request(r):
    ip = r.ip('pub'); p = person('DE'); t = f"""AUSKUNFTSERSUCHEN nach § 174 TKG (Bestandsdaten zu dynamischer IP-Adresse)
Behörde: Polizeidirektion West, K 21     Aktenzeichen: 612 Js {rdig(4)}/26
Angefragte IP-Adresse: {ip}, Zeitpunkt {iso()} (UTC), Port 51544
Antwort Nordwelle Legal Compliance:
  Anschlussinhaber: {p['name']}, Deichstraße {R.randint(1,90)}, 21680 Stade
  Rufnummer: {r.ph('DE', 'nat')}
  E-Mail: {r.em(p['email'])}
Rückfragen an {r.em('lea-desk@' + DOM)}"""
    return 'lawful-request-response', 'lawful_disclosure', t

# ---------------------------------------------------------------- selfcare / events / misc
@tpl(2)
def selfcare_har(r):
    p = person(pick(['DE', 'AT', 'BE'])); body = json.dumps({'email': r.em(p['email']), 'phone': r.ph(p['cc'], 'intl'), 'iban': r.iban(p['cc']), 'consent': True})
    d = {'log': {'entries': [{'request': {'method': 'PATCH', 'url': f'https://selfcare.{DOM}/api/v1/me/contact', 'headers': [{'name': 'X-Forwarded-For', 'value': r.ip('pub')}], 'postData': {'mimeType': 'application/json', 'text': body}}, 'response': {'status': 200}}]}}
    return 'har', 'selfcare_update', json.dumps(d, indent=1)

@tpl(1)
def kafka_event(r):
    p = person(pick(['NL', 'DE', 'BE'])); d = {'topic': 'crm.customer.updated.v2', 'partition': 3, 'offset': R.randint(10**6, 10**7), 'value': {'customerNumber': kd(), 'changed': {'email': {'old': r.em(p['email']), 'new': r.em(person(p['cc'])['email'])}, 'mobile': {'old': r.ph(p['cc'], 'intl'), 'new': r.ph(p['cc'], 'intl')}}, 'source': 'selfcare', 'actorIp': r.ip('pub')}}
    return 'kafka-consumer-output', 'crm_event', json.dumps(d, indent=2)

@tpl(2)
def marketing_optin(r):
    rows = []
    for _ in range(4):
        p = person(pick(['DE', 'DE', 'AT', 'CH'])); rows.append(f"{r.em(p['email'])},{r.ph(p['cc'], 'intl')},{pick(['email', 'sms', 'email+sms'])},{iso()},{r.ip('pub')}")
    return 'marketing-optin-csv', 'consent_records', 'email,mobile,channel,opted_in_at,opt_in_ip\n' + '\n'.join(rows)

@tpl(2)
def roaming_complaint(r):
    p = r.person(pick(['DE', 'NL'])); home = r.ph(p['cc'], 'intl'); t = f"""Ticket TT-2026-{rdig(6)} — Roaming bill shock
Customer {p['name']} ({home}, {p['email']}) was in the US and Spain 02–16 June.
Disputed calls: to {r.ph('US', 'intl')} (41 min), to {r.ph('ES', 'intl')} (12 min), received from {r.ph('IT', 'intl')}.
Data: 2.1 GB outside EU zone. Goodwill credit proposed: 60 %."""
    return 'ticket-text', 'roaming_dispute', t

@tpl(1)
def voicemail_mail(r):
    p = person(pick(['DE', 'GB'])); caller = r.ph(pick(['DE', 'FR', 'BE', 'DK', 'SE']), 'intl'); t = f"""From: Nordwelle Mailbox <{r.em('voicemail@' + DOM)}>
To: {r.em(p['email'])}
Subject: Neue Sprachnachricht von {caller}

Sie haben eine neue Nachricht (0:42) auf Ihrer Mailbox {r.ph(p['cc'], 'nat')} erhalten.
Anrufer: {caller}
Transkript (automatisch): "Ja hallo, hier ist die Werkstatt, Ihr Auto ist fertig, rufen Sie uns bitte zurück unter {caller}."
"""
    return 'voicemail-notification-email', 'voicemail', t

@tpl(2)
def b2b_contacts(r):
    rows = []
    for _ in range(3):
        cc = pick(['DE', 'NL', 'GB', 'BE', 'DK', 'SE', 'FR', 'IE']); p = person(cc)
        org = pick([('Stadtwerke Havel', 'stadtwerke-havel.example'), ('Reederei Nord', 'reederei-nord.example'), ('Klinikum Ems', 'klinikum-ems.example'), ('Logistik Weser', 'logistik-weser.example')])
        rows.append(f"- {p['name']} ({pick(['IT-Leitung', 'Einkauf', 'Facility', 'CFO'])}), {org[0]}: {r.ph(cc, 'intl')}, {r.em(p['email'].split('@')[0] + '@' + org[1])}")
    return 'b2b-account-notes-markdown', 'business_contacts', '## Key contacts — enterprise account ENT-' + rdig(5) + '\n' + '\n'.join(rows) + '\nEscalation: ' + r.em('enterprise-desk@' + DOM) + ' (24/7)'

@tpl(2)
def anomalies_email_sig(r):
    p = person('NL'); t = f"""Hoi team,

Vanmiddag storing in Zwolle-Zuid opgelost, 214 aansluitingen weer online. Klant {p['name']} ({r.ph('NL', 'nat')}) wil graag teruggebeld worden over compensatie.

Met vriendelijke groet,
Ruud Mulder | Field Operations
Nordwelle Glasvezel B.V.
T {r.ph('NL', 'paren', mob=False)} | M {r.ph('NL', 'intl', mob=True)}
{r.em('r.mulder@' + NLD)}"""
    return 'email-with-signature', 'internal_email', t

@tpl(2)
def us_support_ticket(r):
    p = r.person('US'); t = f"""Case #{rdig(8)} — Account verification (Nordwelle Fiber LLC)
Caller verified with last 4 of SSN; full SSN on file updated from {r.ssn('dash')} (typo at signup) to {r.ssn('dash')}.
Callback: {r.ph('US', 'dots')}  Alt: {r.ph('US', 'intl')}
Email confirmation sent to {p['email']}. Modem WAN {r.ip('pub')}."""
    return 'crm-case-note', 'account_verification', t

@tpl(2)
def card_on_file_email(r):
    p = r.person(pick(['GB', 'IE', 'DE'])); c = r.card(pick(['amex', 'visa', 'mastercard', 'diners']), 'space')
    t = f"""From: {p['name']} <{p['email']}>
To: {r.em('payments@' + UKD)}
Subject: please update my card

Hi, my old card expired. New one: {c}, exp 11/29. Please use it for my monthly bill (account {rdig(8)}).
If you need anything call me on {r.ph(p['cc'], 'intl')}.
Thanks, {p['first']}"""
    return 'email', 'card_update', t


# ---------------------------------------------------------------- more card / SSN contexts
@tpl(2)
def us_background_check(r):
    p = r.person('US'); t = f"""BACKGROUND SCREENING ORDER — subcontractor field technician (Nordwelle Fiber LLC)
Order #BG-{rdig(7)}   Package: Standard + MVR   Consent signed: {iso()}
Candidate: {p['name']}
SSN: {r.ssn(pick(['dash', 'plain']))}
Phone: {r.ph('US', 'dash')}   Email: {p['email']}
Driver licence state: VT   Results ETA: 3 business days
Requested by: vendor-management, cost centre FIELD-US-02"""
    return 'background-check-order', 'background_check', t

@tpl(2)
def us_collections(r):
    rows = []
    for _ in range(3):
        p = person('US'); rows.append(f"{rdig(9)}|{p['last']}, {p['first']}|{r.ssn('dash')}|{r.ph('US', pick(['nat', 'dash', 'plus']))}|{R.randint(80, 600)}.{R.randint(10, 99)}|{pick(['90+', '120+', '60+'])}")
    return 'collections-placement-file', 'debt_collection', 'HDR|NORDWELLE FIBER LLC|PLACEMENT|' + rdig(8) + '\nacct|name|ssn|phone|balance_usd|dpd\n' + '\n'.join(rows) + '\nTRL|3'

@tpl(2)
def id_theft(r):
    p = r.person('US'); t = f"""Fraud case FC-{rdig(6)} — identity theft claim (US)
Claimant {p['name']} states that account {rdig(9)} was opened without consent.
The application used SSN {r.ssn('dash')} (claimant's) with a different phone {r.ph('US', 'nat')} and e-mail {r.em(person('US')['email'])}.
Application submitted from IP {r.ip('pub')}; device fingerprint matches 3 other applications.
Claimant contact: {p['email']}, {r.ph('US', 'intl')}. FTC report number provided."""
    return 'fraud-case-note', 'identity_theft', t

@tpl(2)
def pci_dlp(r):
    hits = []
    for _ in range(3):
        net = pick(['visa', 'mastercard', 'amex', 'discover', 'jcb', 'maestro', 'visa13'])
        hits.append(f"  - file: tickets/attachments/{rdig(6)}.{pick(['txt', 'eml', 'csv'])}  line {R.randint(1, 400)}: {r.card(net, pick(['plain', 'space', 'dash']))}")
    t = f"""DLP scan report — share \\\\fs01\\care-exports   ({iso()})
Policy: PCI-DSS PAN detection (Luhn + BIN)
Findings ({len(hits)}):
""" + '\n'.join(hits) + f"""
Owner notified: {r.em('care-exports-owner@' + DOM)}
Action: quarantine + purge within 72h (PCI req. 3.2)"""
    return 'dlp-scan-report', 'pan_exposure', t

@tpl(2)
def account_updater(r):
    rows = []
    for _ in range(3):
        net = pick(['visa', 'mastercard', 'discover']); rows.append(f"{rdig(8)},{r.card(net, 'plain')},{r.card(net, 'plain')},{R.randint(1, 12):02d}{R.randint(27, 32)},{pick(['NEW_PAN', 'NEW_PAN_AND_EXPIRY'])}")
    return 'card-account-updater-csv', 'card_updates', 'merchant_ref,old_pan,new_pan,new_expiry,update_code\n' + '\n'.join(rows) + '\n# response file from acquirer account-updater service, batch ' + rdig(6)

@tpl(2)
def chat_card(r):
    p = r.person(pick(['GB', 'DE', 'US'])); c = r.card(pick(['visa', 'mastercard', 'amex']), pick(['space', 'plain']))
    t = f"""[Webchat {iso()}] queue=billing bot=care-assist
Customer ({p['email']}): can i just pay the outstanding 74.20 here?
Bot: I can send you a secure payment link by SMS or e-mail.
Customer: just take it: {c} 08/28 cvv 311
Bot: For your security I have removed this message from the agent view. Please do not share card details in chat. A payment link was sent to {p['email']} and by SMS to {r.ph(p['cc'], 'intl')}.
[system: message contained PAN, masked in UI, raw transcript retained in export]"""
    return 'care-chat-transcript', 'card_in_chat', t

@tpl(2)
def us_porting_loa(r):
    p = r.person('US'); n1, n2 = r.ph('US', 'dash'), r.ph('US', 'dash')
    t = f"""LETTER OF AUTHORIZATION — local number portability
Authorized user: {p['name']}   Service address: {R.randint(10, 999)} Church St, Burlington, VT 05401
Numbers to port: {n1}, {n2}
Current carrier account #: {rdig(10)}   Account PIN: provided verbally
Account holder SSN (carrier requires for residential accounts): {r.ssn('dash')}
Billing telephone number (BTN): {n1}
Contact e-mail for FOC date: {p['email']}"""
    return 'lnp-letter-of-authorization', 'number_porting', t
