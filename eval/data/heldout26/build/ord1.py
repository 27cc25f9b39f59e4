from common import ok

ok("invoice_pdf_ocr", "en", "supplier_invoice", """
RIVERTON STEEL SERVICE
4410 W. 47th Street, Chicago, IL 60632   Tel (773) 555-0180

INVOICE RS-889102                Invoice date: 10/25/2024
Bill to: Haldane Components Inc., 2100 Industrial Pkwy, Elk Grove Village, IL 60007
Customer PO: 4500220145          Terms: 1% 10, Net 45      Ship via: Our truck

Item            Description                       Qty (lb)   Price/lb    Amount
CRS-1018-14GA   Cold rolled 1018, 14ga, 48x120    42,000     0.8125      34,125.00
                Fuel surcharge                                              185.00
                                                  Subtotal              34,310.00
                                                  Sales tax (resale)         0.00
                                                  TOTAL DUE             34,310.00

Remit to: Riverton Steel Service, lockbox details as per your vendor file.
Questions? ar@rivertonsteel.example
""")

ok("vendor_email", "en", "vendor_correspondence", """
From: Fiona Keane <f.keane@dunmore-cnc.example>
To: Marco Bellini <m.bellini@haldane-components.example>
Subject: HM-40 first article – inspection report attached

Hi Marco,

Attached is the first article inspection report for the HM-40 manifold (5 pcs, all
dimensions within tolerance; bore Ø22 H7 measured 22.009–22.014). CMM file included.

If your quality team is happy, we can start the production batch of 800 on Monday, delivery
week 48 as per the PO.

Best regards,
Fiona
""")

ok("netsuite_csv_export", "en", "vendor_bill_export", """
Internal ID,Document Number,Vendor,Date,Due Date,Amount,Currency,Status,Memo
90211,VB-24-11020,Kaltern Springs GmbH,2024-10-28,2024-11-27,3960.00,EUR,Open,Compression springs batch 8
90218,VB-24-11027,Pellham Wire & Cable,2024-10-29,2024-11-28,7733.15,GBP,Open,Cable 4x2.5 drum 500m
90224,VB-24-11033,Calder Office Solutions,2024-11-01,2024-11-15,612.00,GBP,Open,Printer lease Nov
90230,VB-24-11039,Riverton Steel Service,2024-10-25,2024-12-09,34310.00,USD,Pending Approval,CRS 14ga Oct
90236,VB-24-11045,Sefton Industrial Cleaning,2024-11-01,2024-12-01,2140.00,GBP,Open,Monthly cleaning Nov
""")

ok("bank_statement_csv", "en", "bank_statement_lines", """
BookingDate,ValueDate,Description,Reference,Debit,Credit,Balance,Currency
2024-10-28,2024-10-28,SEPA CT FROM HOFFMANN LANDTECHNIK AG,RF47 HC-24-3401,,42180.00,1310442.18,EUR
2024-10-28,2024-10-28,SEPA CT TO FELDMANN DREHTEILE GMBH,PAYRUN 2024-43,10959.90,,1299482.28,EUR
2024-10-29,2024-10-29,SEPA CT FROM GRAUBERG MASCHINENBAU,INV HC-24-3388,,7420.00,1306902.28,EUR
2024-10-29,2024-10-29,INTEREST CREDIT OCT,INT-1024,,312.44,1307214.72,EUR
2024-10-30,2024-10-30,SEPA DD AOK BADEN-WUERTTEMBERG,SV-1024,184220.17,,1122994.55,EUR
""")

ok("swift_mt103", "en", "incoming_payment_message", """
{1:F01HALDDESSAXXX0000000000}{2:O1030914241029NDEASESSXXXX00000000002410290914N}{4:
:20:SE24303A118771
:23B:CRED
:32A:241029EUR18650,00
:50K:/SE4550000000058398257466
LINDQVIST HYDRAULIK AB
VERKSTADSGATAN 12 VASTERAS
:59:/DE44600501010002214577
HALDANE COMPONENTS GMBH
:70:/INV/HC-24-3344 CREDIT NOTE CN-2024-118 NET
:71A:SHA
-}
""")

ok("purchase_order_pdf", "en", "purchase_order", """
HALDANE COMPONENTS GMBH — PURCHASE ORDER 4500222041
Date: 31.10.2024     Buyer: Marco Bellini     Vendor: 300655 Ostrava Dies s.r.o.

Item  Material      Description                         Qty   Unit   Price EUR   Net EUR
10    TL-DIE-0412   Progressive die, bracket BK-7 rev C   1   EA     48,500.00   48,500.00
20    SV-TRYOUT     Die tryout at vendor, 2 days          1   LS      3,200.00    3,200.00
                                                                    Total     51,700.00

Payment terms: 30% on T1 approval, 70% on PPAP approval, 30 days net.
Delivery: DAP Stuttgart, week 6/2025. Our general terms of purchase apply.
Please confirm this order within 3 working days quoting the PO number.
""")

ok("erp_vendor_master_json", "en", "vendor_record", """
{
  "vendorId": "300412",
  "name": "Pellham Wire & Cable Ltd",
  "companyCode": "GB01",
  "address": {"street": "22 Furnace Road", "city": "Sheffield", "postcode": "S9 2QT", "country": "GB"},
  "taxId": "GB 287 4410 19",
  "paymentTerms": "N060",
  "paymentMethods": ["BACS"],
  "bank": {"lastFour": "7718", "lastChanged": "2021-04-12", "verifiedBy": "VMD-3310"},
  "paymentBlock": null,
  "purchasingContact": "Rachel Dalton",
  "createdOn": "2014-02-03",
  "status": "ACTIVE"
}
""")

ok("teams_chat", "en", "internal_chat", """
Microsoft Teams — #ap-stuttgart

Tom Reuter  09:12
Has anyone got the Kaltern credit note? The October statement shows CN-2024-031 but I can't find it in the inbox.

Lena Marsh  09:15
It came in on Friday in the portal, not e-mail. I'll post it to the invoice queue.

Tom Reuter  09:16
Thanks! Then the statement ties out except for the 14 EUR freight difference, I'll clear that.

Lena Marsh  09:17
👍
""")

ok("expense_report_json", "en", "expense_report", """
{
  "reportId": "EXP-DE-2024-1187",
  "employee": "Stefan Kühn",
  "costCenter": "DE-PLANT-STG",
  "purpose": "Supplier audit Ostrava Dies, 22–23 Oct 2024",
  "lines": [
    {"date": "2024-10-22", "type": "train", "merchant": "DB Fernverkehr", "amount": 142.90, "currency": "EUR"},
    {"date": "2024-10-22", "type": "hotel", "merchant": "Hotel Imperial Ostrava", "amount": 3120.00, "currency": "CZK"},
    {"date": "2024-10-23", "type": "per_diem", "amount": 28.00, "currency": "EUR"}
  ],
  "totalEUR": 295.48,
  "status": "approved",
  "approvedBy": "Jana Albers",
  "approvedOn": "2024-10-29"
}
""")

ok("helpdesk_ticket", "en", "supplier_inquiry_ticket", """
Ticket #SUP-77201   Priority: Normal   Channel: Supplier portal
Requester: Kaltern Springs GmbH (300188)
Subject: Remittance advice for payment 28.10.

Hello, we received EUR 8,170.00 on 28 October but cannot match it. Could you send the
remittance advice listing which invoices were included? Thank you, M. Egger

Status: Solved — remittance advice for payment run 2024-43 sent to registered contact.
""")

ok("camt053_xml", "en", "bank_statement_xml", """
<Stmt>
 <Id>STMT-2024-10-31-DE44</Id>
 <CreDtTm>2024-10-31T22:00:00</CreDtTm>
 <Acct><Id><IBAN>DE44600501010002214577</IBAN></Id><Ccy>EUR</Ccy></Acct>
 <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1185320.41</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-10-31</Dt></Dt></Bal>
 <Ntry>
  <Amt Ccy="EUR">28044.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2024-10-31</Dt></BookgDt>
  <NtryDtls><TxDtls><RmtInf><Ustrd>FV/2024/10/0931 ZAKLADY METALOWE WISLA</Ustrd></RmtInf></TxDtls></NtryDtls>
 </Ntry>
</Stmt>
""")

ok("policy_document", "en", "records_retention_schedule", """
Records Retention Schedule — Finance (extract)

Record type                         Retention              Format
Supplier invoices and credit notes  10 years after FY end  Electronic (DMS)
Bank statements                     10 years after FY end  Electronic
Payment proposals and approvals     10 years after FY end  Electronic
Expense claims and receipts         10 years after FY end  Electronic
Vendor master change tickets        10 years after closure Electronic
Payroll records                     6 years after FY end   Electronic (restricted)
""")

ok("journal_entry_csv", "en", "journal_entry", """
JE_No,Date,Company,Account,Account_Name,Cost_Center,Debit,Credit,Text
JE-24-10-0441,2024-10-31,DE01,640000,Accrued expenses,,0.00,18400.00,Accrual Oct electricity (est.)
JE-24-10-0441,2024-10-31,DE01,471000,Energy costs,DE-PLANT-STG,18400.00,0.00,Accrual Oct electricity (est.)
JE-24-10-0442,2024-10-31,DE01,480000,Depreciation,DE-PLANT-STG,41220.00,0.00,Depreciation Oct
JE-24-10-0442,2024-10-31,DE01,039000,Accum. depreciation M&E,,0.00,41220.00,Depreciation Oct
""")

ok("gl_extract_csv", "en", "trial_balance_extract", """
Company,Period,Account,Account_Name,Opening,Debits,Credits,Closing,Currency
DE01,2024-10,100000,Bank Stuttgart,1204388.19,412880.20,431947.98,1185320.41,EUR
DE01,2024-10,140000,Trade receivables,3884120.55,2210440.00,2043118.71,4051441.84,EUR
DE01,2024-10,160000,Trade payables,-2671003.12,1988440.17,2101877.40,-2784440.35,EUR
DE01,2024-10,161000,GR/IR clearing,-412880.00,388120.44,402771.90,-427531.46,EUR
DE01,2024-10,175000,Input VAT,122410.77,241880.31,229110.04,135181.04,EUR
DE01,2024-10,180000,Output VAT,-208771.40,198440.22,221004.87,-231336.05,EUR
DE01,2024-10,200000,Share capital,-5000000.00,0.00,0.00,-5000000.00,EUR
DE01,2024-10,300000,Raw materials,2881044.19,1120418.40,1088120.77,2913341.82,EUR
DE01,2024-10,310000,Work in progress,1204118.00,688412.10,701221.43,1191308.67,EUR
DE01,2024-10,320000,Finished goods,1877210.45,902114.88,954331.20,1825994.13,EUR
DE01,2024-10,400000,Revenue domestic,-14882104.21,0.00,1688120.40,-16570224.61,EUR
DE01,2024-10,410000,Revenue EU,-9210442.88,0.00,1020448.19,-10230891.07,EUR
DE01,2024-10,500000,Material costs,11240880.12,1204118.77,0.00,12444998.89,EUR
DE01,2024-10,600000,Wages and salaries,6120441.00,688120.40,0.00,6808561.40,EUR
DE01,2024-10,610000,Social security,1244019.88,138442.17,0.00,1382462.05,EUR
DE01,2024-10,640000,Accrued expenses,-388120.00,12400.00,18400.00,-394120.00,EUR
DE01,2024-10,471000,Energy costs,1488102.40,18400.00,0.00,1506502.40,EUR
DE01,2024-10,480000,Depreciation,1112880.00,41220.00,0.00,1154100.00,EUR
DE01,2024-10,039000,Accum. depreciation M&E,-8812044.10,0.00,41220.00,-8853264.10,EUR
DE01,2024-10,650000,Travel expenses,188420.44,14220.10,880.00,201760.54,EUR
DE01,2024-10,670000,Legal and consulting,412880.00,26450.00,0.00,439330.00,EUR
DE01,2024-10,680000,Bank charges,14420.18,146.20,0.00,14566.38,EUR
DE01,2024-10,710000,Interest income,-18220.40,0.00,312.44,-18532.84,EUR
DE01,2024-10,720000,Interest expense,244180.00,28410.00,0.00,272590.00,EUR
DE01,2024-10,760000,FX gains/losses,-4412.88,2210.40,3880.19,-6082.67,EUR
DE01,2024-10,780000,Other operating income,-88120.00,0.00,4120.00,-92240.00,EUR
""")

ok("calendar_invite", "en", "meeting_invite", """
BEGIN:VEVENT
SUMMARY:Month-end close sync – October
DTSTART:20241104T080000Z
DTEND:20241104T090000Z
ORGANIZER;CN=Jana Albers:mailto:j.albers@haldane-components.example
LOCATION:Teams / Room Neckar 2.14
DESCRIPTION:Agenda: 1) AP aging and GR/IR 2) AR overdue >90 3) accruals 4) open intercompany items. Please update your tab in the close tracker by Friday noon.
END:VEVENT
""")

ok("support_chat_transcript", "en", "customer_billing_chat", """
Haldane Customer Billing Chat — transcript
Customer: Marlow Fabrication (acct C-10442)

Customer: Hi, can you send me a copy of invoice HC-24-3301?
Assistant: Of course. I've sent a copy of HC-24-3301 (EUR 12,480.00, dated 2 October) to the billing contact on your account, purchasing@marlow-fab.example.
Customer: great, and when is it due?
Assistant: It's due on 1 December 2024 (60 days net).
Customer: perfect thanks
""")

ok("api_json_response", "en", "invoice_status_api", """
{
  "invoiceNumber": "RS-889102",
  "supplier": {"id": "400118", "name": "Riverton Steel Service"},
  "documentDate": "2024-10-25",
  "amount": {"gross": 34310.00, "currency": "USD"},
  "po": "4500220145",
  "match": {"priceVariancePct": 0.0, "qtyVariancePct": 0.0, "goodsReceipt": "5000881402"},
  "workflow": {"status": "PENDING_APPROVAL", "approver": "r.hughes", "since": "2024-10-28T14:02:11Z"},
  "paymentBlock": null,
  "dueDate": "2024-12-09",
  "discount": {"terms": "1/10", "deadline": "2024-11-04", "amount": 343.10}
}
""")

ok("remittance_advice", "en", "outgoing_remittance_advice", """
REMITTANCE ADVICE — Haldane Components Ltd
To: Calder Office Solutions Ltd (300188)
Payment date: 31/10/2024    Method: BACS    Amount: GBP 1,836.00

Invoice       Date         Amount
INV 4498      01/09/2024    612.00
INV 4577      01/10/2024    612.00
INV 4610      15/10/2024    612.00

Queries: ap@haldane-components.example quoting supplier no. 300188.
""")

ok("sms_notification", "en", "bank_sms_alert", """
Northbridge: Payment batch HAL-2024-44 (37 items, EUR 418,220.17) authorised by 2 users and sent 31/10 10:42.
""")

ok("contract_clause", "en", "contract_extract", """
SUPPLY AGREEMENT — Kaltern Springs GmbH / Haldane Components GmbH
Clause 8 – Delivery and Risk
8.1 Deliveries shall be made DAP Haldane Stuttgart (Incoterms 2020).
8.2 The Supplier shall notify the Buyer without delay of any foreseeable delay in delivery.
8.3 For each full week of delay attributable to the Supplier, the Buyer may claim liquidated
    damages of 0.5% of the value of the delayed goods, up to a maximum of 5%.
8.4 Risk passes to the Buyer on delivery at the agreed place.
""")

ok("audit_log", "en", "erp_change_log", """
2024-10-30 14:22:07 USER=LMARSH   TCODE=FK02 VENDOR=300188 FIELD=ADRC-TEL_NUMBER OLD=+43 471 555 0101 NEW=+43 471 555 0110 TICKET=VMD-8790
2024-10-30 14:40:51 USER=PSCHULZ  TCODE=FK08 VENDOR=300188 ACTION=CONFIRM_SENSITIVE_FIELDS TICKET=VMD-8790
2024-10-30 15:02:18 USER=TREUTER  TCODE=MIRO DOC=5105720144 VENDOR=400118 AMOUNT=34310.00 USD
2024-10-30 15:03:02 USER=TREUTER  TCODE=MIRO DOC=5105720145 VENDOR=300412 AMOUNT=7733.15 GBP
""")

ok("fx_rate_feed_json", "en", "fx_rates", """
{"source":"ECB reference rates (mirrored)","date":"2024-10-31","base":"EUR","rates":{"USD":1.0882,"GBP":0.8402,"PLN":4.3535,"CZK":25.312,"SEK":11.587,"CNY":7.7476,"JPY":166.10,"KRW":1498.12,"MXN":21.8341,"BRL":6.2755,"TRY":37.3051}}
""")

ok("timesheet_csv", "en", "contractor_timesheet", """
week_ending,contractor,project,mon,tue,wed,thu,fri,total_hours,rate_eur,approved_by
2024-10-25,Wes Calloway (Strata),ERP-UPG-24,8,8,8,8,6,38,125.00,B.Hartley
2024-10-25,Nina Sorel (Strata),ERP-UPG-24,8,8,8,8,8,40,98.00,B.Hartley
2024-10-25,Paul Greer (Strata),ERP-UPG-24,4,8,8,0,8,28,98.00,B.Hartley
""")

ok("payroll_query_email", "en", "payroll_query", """
From: Nadine Voss <n.voss@haldane-components.example>
To: payroll@haldane-components.example
Subject: Question about October payslip – overtime

Hi Payroll team,

My October payslip shows 6 hours of overtime but I worked 9 (the extra 3 were on Saturday
19th, approved by Stefan in the time system). Could you check whether they'll be paid in
November or whether something is missing?

Thanks,
Nadine (employee no. 20418, Stuttgart assembly)
""")

ok("delivery_note_ocr", "en", "delivery_note", """
[OCR] DELIVERY NOTE / LIEFERSCHEIN   No. LS-24-20871
Kaltern Springs GmbH → Haldane Components GmbH, Wareneingang Tor 3
Your order: 4500221877   Date: 29.10.2024

Pos  Article         Description                 Qty     Packages
1    DF-12-40        Compression spring 12x40    8,000   4 cartons
2    ZF-08-22        Tension spring 8x22         3,000   2 cartons

Received by: ______ (signature illegible)   Date: 30.10.   Remarks: 1 carton slightly dented
""")

ok("supplier_web_page_html", "en", "supplier_website", """
<html><head><title>Fairhaven Bearings – Quality</title></head>
<body>
<h1>Quality at Fairhaven</h1>
<p>Fairhaven Bearings is certified to ISO 9001:2015 (certificate FQ-22871, valid to 03/2026)
and ISO 14001:2015. All bearings are 100% noise-tested before packing.</p>
<h2>Downloads</h2>
<ul><li><a href="/docs/iso9001.pdf">ISO 9001 certificate (PDF)</a></li>
<li><a href="/docs/reach-statement-2024.pdf">REACH statement 2024</a></li></ul>
<p>Contact our quality team: quality@fairhaven-bearings.example</p>
</body></html>
""")

ok("edi_820_remittance", "en", "edi_payment_remittance", """
ST*820*0001~
BPR*C*41200*C*ACH*CCP*01*071000013*DA*88120044*1234567890**01*021000021*DA*4471992201*20241025~
TRN*1*TH20241025-0044~
N1*PR*TORVANE HYDRAULICS INC~
N1*PE*HALDANE COMPONENTS INC~
ENT*1~
RMR*IV*HC-US-7712**18400~
RMR*IV*HC-US-7740**22800~
SE*9*0001~
""")

ok("jira_ticket", "en", "finance_systems_ticket", """
FINOPS-2302  Add DE01 entity to AP aging dashboard
Type: Story   Status: In Progress   Assignee: Ines Weber   Reporter: Jana Albers

Acceptance criteria:
- Dashboard shows DE01 alongside NL01 and PL01 with same buckets (0–30, 31–60, 61–90, >90).
- Amounts in EUR at month-end ECB rate.
- Drill-down to vendor level.
Comment (Ines, 30/Oct): data source connected, buckets validated against FBL1N for Sept.
""")

# ---- non-English ordinary ----
ok("invoice_pdf_ocr", "de", "supplier_invoice", """
Kaltern Springs GmbH · Industriezone 4 · 39052 Kaltern (BZ) · USt-IdNr. IT 02881740214

RECHNUNG Nr. KS-2024-1207                         Datum: 29.10.2024
Kunde: Haldane Components GmbH, Werkstr. 22, 70565 Stuttgart — Kundennr. 10233
Bestellung: 4500221877

Pos  Artikel     Bezeichnung                  Menge    E-Preis   Betrag
1    DF-12-40    Druckfeder 12x40             8.000    0,32 €    2.560,00 €
2    ZF-08-22    Zugfeder 8x22                3.000    0,41 €    1.230,00 €
3    —           Verpackung/Fracht                                  170,00 €
                                               Netto               3.960,00 €
                 Innergemeinschaftliche Lieferung, steuerfrei gem. Art. 138 MwStSystRL

Zahlungsbedingungen: 30 Tage netto. Bankverbindung wie in Ihren Stammdaten hinterlegt.
""")

ok("sap_idoc_text", "de", "idoc_status", """
IDoc 0000000047721188  Basistyp ORDERS05  Richtung 1 (Ausgang)  Status 03
Partner: LIEF300655 (Ostrava Dies s.r.o.)   Nachricht: ORDERS   Bestellung 4500222041
Statushistorie:
 01  31.10.2024 09:14:02  IDoc erzeugt
 30  31.10.2024 09:14:03  IDoc bereit zur Übertragung
 03  31.10.2024 09:15:40  Daten an Port übergeben (AS2, MDN erhalten)
""")

ok("vendor_email", "fr", "vendor_correspondence", """
De : Élodie Marchand <e.marchand@roussel-equipements.example>
À : Camille Robert <c.robert@haldane-components.example>
Objet : Relevé de compte au 31/10

Bonjour Camille,

Vous trouverez ci-joint notre relevé de compte au 31 octobre. Il reste deux factures
ouvertes (RE-24-0871 et RE-24-0902) pour un total de 14 310,00 € TTC, non échues.

Nous avons bien reçu votre virement du 25/10, merci.

Bonne journée,
Élodie
""")

ok("cfdi_xml", "es", "mexican_e_invoice", """
<cfdi:Comprobante Version="4.0" Serie="B" Folio="9912" Fecha="2024-10-29T12:01:55" MetodoPago="PUE" FormaPago="03" Moneda="MXN" SubTotal="48200.00" Total="55912.00" TipoDeComprobante="I" LugarExpedicion="66600">
 <cfdi:Emisor Rfc="TAL1204113R2" Nombre="TRANSPORTES DEL NORTE APODACA" RegimenFiscal="601"/>
 <cfdi:Receptor Rfc="HCM180301AB1" Nombre="HALDANE COMPONENTES DE MEXICO" UsoCFDI="G03"/>
 <cfdi:Conceptos>
  <cfdi:Concepto ClaveProdServ="78101802" Cantidad="1" Descripcion="Flete Monterrey-Querétaro, caja seca 53 pies, 24/10/2024" ValorUnitario="48200.00" Importe="48200.00"/>
 </cfdi:Conceptos>
</cfdi:Comprobante>
""")

ok("fatturapa_xml", "it", "italian_e_invoice", """
<FatturaElettronicaBody>
 <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2024-10-30</Data><Numero>2024/0931</Numero><Causale>Fornitura guarnizioni OR serie 2024-Q4</Causale></DatiGeneraliDocumento></DatiGenerali>
 <DatiBeniServizi>
  <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Guarnizione OR 22x2 NBR70</Descrizione><Quantita>10000.00</Quantita><PrezzoUnitario>0.0420</PrezzoUnitario><PrezzoTotale>420.00</PrezzoTotale><AliquotaIVA>0.00</AliquotaIVA><Natura>N3.2</Natura></DettaglioLinee>
 </DatiBeniServizi>
 <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento><ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2024-12-31</DataScadenzaPagamento><ImportoPagamento>420.00</ImportoPagamento></DettaglioPagamento></DatiPagamento>
</FatturaElettronicaBody>
""")

ok("teams_chat", "nl", "internal_chat", """
Microsoft Teams — #finance-eindhoven

Femke Jansen  10:04
Iemand een idee waarom de btw-aangifte Q3 nog op concept staat?

Ruud Bakker  10:06
Ik wacht nog op de correctie van de intercompany-facturen met DE01. Jana stuurt ze vandaag.

Femke Jansen  10:07
Top, dan dien ik hem morgen in. Deadline is 31 oktober.
""")

ok("ksef_invoice", "pl", "polish_e_invoice", """
Faktura VAT nr TB/0502/2024
Sprzedawca: Transbud Logistyka Sp. z o.o., NIP 8992771044
Nabywca: Haldane Components Polska Sp. z o.o., Wrocław
Data wystawienia: 31.10.2024   Termin płatności: 30.11.2024

1  Transport krajowy Wrocław–Poznań, 3 kursy     3 szt.   1 850,00 zł   5 550,00 zł
                                                 VAT 23%             1 276,50 zł
                                                 Razem               6 826,50 zł
Forma płatności: przelew (mechanizm podzielonej płatności nie dotyczy)
""")

ok("fapiao_ocr", "zh", "chinese_vat_invoice", """
【OCR识别结果】增值税普通发票
发票号码：24442000000190044812   开票日期：2024年10月29日
购买方：哈尔丹零部件（苏州）有限公司
销售方：苏州工业园区顺达物流有限公司
项目：*运输服务*国内道路货物运输  苏州—上海  3车次
金额 ¥8,256.88  税率 9%  税额 ¥743.12  价税合计 ¥9,000.00
备注：运单号 SD2410-0771、SD2410-0772、SD2410-0773
""")

ok("qualified_invoice_jp", "ja", "japanese_invoice", """
適格請求書
ハルデン・コンポーネンツ株式会社 御中
発行者：東海部品株式会社（登録番号 T3180001044712）
請求番号：TB-2410-118   請求日：2024年10月31日   支払期日：2024年11月30日

品名                    数量     単価      金額
樹脂ブッシュ RB-12      5,000     38円    190,000円
小計（10%対象）                           190,000円
消費税（10%）                              19,000円
合計                                      209,000円
振込先：貴社登録済みの口座にお振込みください。
""")

ok("e_tax_invoice_kr", "ko", "korean_tax_invoice", """
전자세금계산서 (공급받는자 보관용)
승인번호: 20241029-41000087-99281104
공급자: (주)한빛포장  사업자등록번호 605-81-22871
공급받는자: 할데인컴포넌츠코리아(유)
작성일자: 2024-10-29
품목: 골판지 박스 600x400x300  수량 2,000  단가 1,150  공급가액 2,300,000  세액 230,000
합계금액: 2,530,000원   영수/청구: 청구
""")

ok("nota_fiscal_xml", "pt", "brazilian_e_invoice", """
<infNFe Id="NFe35241098765432000155550010000112041000112049" versao="4.00">
 <ide><natOp>VENDA</natOp><nNF>11204</nNF><dhEmi>2024-10-30T09:40:00-03:00</dhEmi></ide>
 <emit><xNome>USINAGEM CAMPINAS LTDA</xNome></emit>
 <dest><xNome>HALDANE COMPONENTES DO BRASIL LTDA</xNome></dest>
 <det nItem="1"><prod><xProd>FLANGE USINADO FL-80 ACO 1045</xProd><qCom>400</qCom><vUnCom>38.90</vUnCom><vProd>15560.00</vProd></prod></det>
 <total><ICMSTot><vNF>17271.60</vNF></ICMSTot></total>
 <infAdic><infCpl>Pedido 4500BR-2291. Pagamento 28 dias.</infCpl></infAdic>
</infNFe>
""")

ok("vendor_email", "es", "vendor_correspondence", """
De: Tomás Gil <t.gil@suministros-tajo.example>
Para: proveedores@haldane-components.example
Asunto: Confirmación de pedido 4500IB-0871

Buenos días,

Confirmamos la recepción de su pedido 4500IB-0871 (200 rodamientos 6205-2RS y 50 retenes
35x52x7). Entrega prevista: 12 de noviembre en su almacén de Getafe.

Un saludo,
Tomás Gil
Suministros Industriales Tajo S.L.
""")
