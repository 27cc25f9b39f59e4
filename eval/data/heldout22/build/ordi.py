from common import R
O = "ordinary"

R("email", "en", O, """From: Dana Whitfield <dana.whitfield@harborlane-supplies.example>
To: orders@brightmill-bakery.example
Date: Thu, 6 Mar 2025 15:40:02 +0000
Subject: Re: Delivery Friday - pallet change

Hi Marco,

Quick heads-up: Friday's delivery will come on two half-pallets instead of one full pallet, because the new rye sacks are taller. Same driver, same time window (06:00-08:00).

Total weight is unchanged, 1,150 kg. Please make sure the side door is clear - the van can't use the front on market days.

Also, the Easter order window opens next week. Last year you took extra strong white flour for the hot cross buns (20 bags) - shall I pencil in the same again? We're quoting it at EUR 19.20 per bag, delivered with the regular Friday drop.

And a reminder that we're closed on Easter Monday, so that week's Tuesday delivery moves to Wednesday.

Best regards,
Dana Whitfield
Key Account Manager | Harborlane Supplies
""", kind="supplier_email")

R("calendar_event", "en", O, """BEGIN:VEVENT
UID:8812-bq-2025@calendar.example
DTSTART:20250320T083000Z
DTEND:20250320T090000Z
SUMMARY:Weekly stand-up - shop floor
ORGANIZER;CN=Greta Holm:mailto:greta@pebbleandpine.example
ATTENDEE;CN=Sam Osei:mailto:sam@pebbleandpine.example
ATTENDEE;CN=Lena Kraus:mailto:lena@pebbleandpine.example
LOCATION:Back office
DESCRIPTION:Usual agenda:\\n- deliveries this week\\n- rota gaps\\n- anything broken\\nKeep it under 30 minutes please.
RRULE:FREQ=WEEKLY;BYDAY=TH
STATUS:CONFIRMED
END:VEVENT
""", kind="recurring_meeting")

R("crm_record_json", "en", O, r"""{
  "account_id": "ACC-22904",
  "name": "Harlow Builders Ltd",
  "owner": "j.patel@keystone-timber.example",
  "stage": "Customer",
  "annual_value_eur": 31750,
  "last_contact": "2025-03-03",
  "payment_behaviour": "pays within 30 days",
  "notes": [
    {"date": "2025-02-11", "author": "j.patel", "text": "Spring price list sent. Interested in larch cladding for Elm Road project."},
    {"date": "2025-03-03", "author": "j.patel", "text": "Site visit done. Needs 120 m2 larch, delivery mid-April. Quote to follow."}
  ],
  "credit_limit_eur": 20000
}
""", kind="crm_account")

R("csv_export", "en", O, """date,product,sku,units_sold,revenue_gbp,stock_left
2025-03-01,Fjell rain jacket (M),FJ-RJ-M,4,476.00,11
2025-03-01,Fjell rain jacket (L),FJ-RJ-L,2,238.00,6
2025-03-01,Merino beanie,MB-01,9,171.00,42
2025-03-02,Trail socks 3-pack,TS-3P,12,180.00,57
2025-03-02,Fjell rain jacket (M),FJ-RJ-M,3,357.00,8
2025-03-02,Insulated flask 750 ml,IF-750,5,124.75,19
2025-03-03,Merino beanie,MB-01,4,76.00,38
2025-03-03,Trail socks 3-pack,TS-3P,7,105.00,50
2025-03-04,Fjell rain jacket (L),FJ-RJ-L,1,119.00,5
2025-03-04,Insulated flask 750 ml,IF-750,3,74.85,16
2025-03-04,Headtorch 300 lm,HT-300,6,209.70,23
2025-03-05,Fjell rain jacket (S),FJ-RJ-S,2,238.00,9
2025-03-05,Merino beanie,MB-01,6,114.00,32
2025-03-05,Trail socks 3-pack,TS-3P,9,135.00,41
2025-03-06,Headtorch 300 lm,HT-300,2,69.90,21
""", kind="sales_export")

R("invoice_text", "en", O, """INVOICE

Greenleaf Office Supplies Ltd
Unit 9, Riverside Trading Estate, Exampleton (fictional)
VAT: GB000222333

Bill to: Marlow & Finch Accounting
Invoice no: GL-30871      Date: 03/03/2025      Due: 02/04/2025

Description                         Qty    Unit      Total
A4 copier paper, 80gsm (box of 5)    6      21.50     129.00
Toner, HP 59A compatible             2      48.90      97.80
Lever arch files, blue              20       1.85      37.00
                                           Subtotal   263.80
                                           VAT 20%     52.76
                                           TOTAL      316.56 GBP

Bank: Example Bank plc  Sort code 00-22-33  Account 77889900  Ref: GL-30871
Thank you for your order!
""", kind="supplier_invoice")

R("helpdesk_ticket_json", "en", O, r"""{
  "ticket": 58930,
  "channel": "email",
  "customer": {"name": "Hannah Price", "email": "h.price@mail.example"},
  "subject": "Wrong size sent",
  "status": "pending",
  "priority": "normal",
  "messages": [
    {"from": "customer", "at": "2025-03-04T19:02:00Z", "body": "Hi, I ordered the Fjell jacket in M but received an L. Can I swap it? Order #10502."},
    {"from": "agent:beth", "at": "2025-03-05T09:12:00Z", "body": "Hi Hannah, sorry about that! I've sent a prepaid returns label to your email. As soon as the L is scanned by the courier we'll dispatch the M."}
  ],
  "tags": ["exchange", "sizing"]
}
""", kind="helpdesk_ticket")

R("slack_export", "en", O, """#kitchen  (export 2025-03-06)

[06:45] dan.c: fish delivery short by 2 kg of cod, called the supplier, they'll top up tomorrow
[06:47] maria.l: ok, take cod off the lunch specials then
[06:48] dan.c: swapped for hake, same price
[09:30] maria.l: walk-in fridge reading 5°C, can someone check the door seal
[09:41] dan.c: seal was caught on a crate, fixed. back to 3°C
[11:15] maria.l: 42 covers booked for lunch, 2 allergies (nuts, sesame) noted on the tickets
[11:20] dan.c: sesame one is table 7, I'll do their bread separately
[15:02] maria.l: dinner is 58 covers, a birthday party of 12 at 19:30, they pre-ordered the lamb
[15:05] dan.c: lamb is in, will need 6 racks. prepping now
[22:40] maria.l: good service everyone. deep clean of the grill tomorrow morning before the delivery
""", kind="team_chat")

R("travel_booking", "en", O, """BOOKING CONFIRMATION - Quayside Hotel, Exampleport
Confirmation no.: HX-559-0412
Guest: Mr Owen Pritchard
Check-in: Tue 8 Apr 2025 (from 15:00)
Check-out: Thu 10 Apr 2025 (by 11:00)
Room: Standard double, non-smoking
Rate: GBP 118.00 per night, breakfast included
Payment: pay at hotel

Parking: available on site, GBP 12 per night, first come first served.
Cancellation: free until 6 April 2025, 18:00. After that, the first night is charged.

Breakfast is served 06:30-10:00 in the Harbour Room. Our restaurant is open for dinner from 18:00; we recommend booking a table on arrival. Wi-Fi is free throughout the hotel (network: Quayside-Guest).

If you expect to arrive after 23:00, please let us know so we can arrange key collection.

We look forward to welcoming you.
""", kind="hotel_booking")

R("document_text", "en", O, """MINUTES - Residents' association committee
Date: 4 March 2025   Present: J. Pemberton (chair), A. Rahman, T. Wells, L. Ford

1. Treasurer's report
   Balance GBP 2,184.60. Spring fete float of GBP 200 withdrawn.

2. Spring fete (10 May)
   14 stalls booked so far. Tombola prizes: L. Ford to collect from local shops.
   Bouncy castle booked, insurance certificate received.

3. Parking on Church Lane
   Letter to the council sent on 20 Feb, no reply yet. T. Wells to chase.

4. Village hall heating
   Boiler serviced on 12 Feb; engineer recommends replacing the pump within a year (quote GBP 640). Committee agreed to apply to the community fund. A. Rahman to draft the application.

5. Litter pick
   Saturday 29 March, 10:00 from the green. Council will lend pickers and bags. Volunteers so far: 11.

6. Website
   T. Wells reported the domain renewal is due in May (GBP 18). Agreed to renew for two years.

7. AOB
   New noticeboard by the bus stop installed 1 March. Thanks to the scouts for painting it.

Next meeting: 1 April, 19:30, village hall.
""", kind="meeting_minutes")

R("product_review", "en", O, """★★★★★ "Perfect for the stall"
By Ingrid S. on 3 March 2025 - Verified Purchase

Bought the insulated flask (750 ml) for long Saturdays at the farmers' market. Tea is still hot at 4pm after filling it at 7am. The lid doesn't leak even when it rolls around in the van. Only small complaint: the matte paint chipped a bit where it hits the metal table, but it's cosmetic.

Would buy again - already ordered a second one for my partner.

12 people found this helpful
""", kind="product_review")

R("web_page_html", "en", O, """<html><head><title>Cedar Lane Catering - Delivery & allergens</title></head>
<body>
<h1>Delivery information</h1>
<p>We deliver Monday to Friday, 08:00-14:00, within 15 miles of Exampleton. Delivery is free for orders over GBP 150; otherwise GBP 12.</p>
<h2>Allergens</h2>
<p>All dishes are labelled with the 14 major allergens. We can prepare gluten-free, vegan and nut-free options with 48 hours' notice. Our kitchen handles nuts, so we cannot guarantee trace-free food.</p>
<h2>Packaging</h2>
<p>Platters come on compostable boards. We collect reusable crates the next working day.</p>
<footer>Cedar Lane Catering Ltd - orders@cedarlane-catering.example - 01632 960 300</footer>
</body></html>
""", kind="supplier_web_page")

R("web_search_results", "en", O, """Search results for: "VAT threshold UK 2025"

1. VAT registration threshold - gov.example
   gov.example/vat-registration
   You must register for VAT if your VAT taxable turnover is more than GBP 90,000 in a rolling 12-month period...

2. When do I need to register for VAT? | SmallBizAdvice
   smallbizadvice.example/vat-register
   A plain-English explanation of the rolling 12-month test and the 30-day forward look...

3. Voluntary VAT registration: pros and cons - Accountancy Weekly
   accountancyweekly.example/voluntary-vat
""", kind="web_search")

R("teams_export", "en", O, """Teams chat export - "Office" - 2025-03-05

Aaron Cole 10:02
Printer on the 2nd floor is jammed again

Helen Morrow 10:05
I'll call the service company, it's under contract

Aaron Cole 10:06
thanks. I'll use the one in reception for now

Helen Morrow 11:20
Engineer coming tomorrow between 9 and 12

Aaron Cole 11:21
great

Helen Morrow 14:02
Also - the Harlow Builders year-end pack is ready for review, it's in Clients > Harlow > 2024. Can you check the fixed asset schedule before I send it to the partner?

Aaron Cole 14:10
Will do this afternoon. The van they bought in October is still missing from the register, I'll add it.

Helen Morrow 14:11
Thanks. Depreciation at 25% reducing balance like the others.

Aaron Cole 16:45
Done, updated and saved as v3.
""", kind="team_chat")

R("form_response", "en", O, """Form: Customer feedback - Spring workshop series
Response #219   Submitted: 2025-03-03 09:40

Q1. Which workshop did you attend?  Pottery for beginners (Sunday)
Q2. How would you rate it overall (1-5)?  5
Q3. What did you like most?  Relaxed atmosphere, Harriet explained glazing really well, and we got to take two pieces home.
Q4. What could be improved?  Maybe a short break with tea halfway through - it's three hours.
Q5. Anything else?  Would love an intermediate class on the wheel.
Q6. May we contact you?  Yes - rowan.t@mail.example
""", kind="survey_response")

R("accounting_export_csv", "en", O, """date,journal,account,description,debit,credit,reference
2025-03-01,GJ,6100,Office rent March,2400.00,,RENT-0325
2025-03-01,GJ,1200,Office rent March,,2400.00,RENT-0325
2025-03-03,PJ,5000,Stock purchase - Greenleaf,263.80,,GL-30871
2025-03-03,PJ,2200,VAT input - Greenleaf,52.76,,GL-30871
2025-03-04,SJ,4000,Sale - Lindgren Bakery,,2950.00,SI-1031
2025-03-05,GJ,7400,Mileage - site visit Elm Road,36.45,,EXP-611
2025-03-06,GJ,7500,Phone and broadband,58.00,,DD-0306
""", kind="accounting_export")

R("voicemail_transcript", "en", O, """Voicemail - received Tue 4 Mar 2025, 16:12, from +44 1632 960 555
Duration: 0:32
Transcription (automatic):

"Hello, this is Sarah from Exampleton Dental, calling for Mr Okonkwo to confirm his appointment on Thursday the sixth at ten fifteen with Dr Patel. If you need to change it, please call us back on oh-one-six-three-two, nine-six-oh, five-five-five. Please arrive ten minutes early. Oh, and we've had a cancellation on the twentieth if his wife still wants her hygienist appointment. Thank you, bye."
""", kind="appointment_reminder")

R("pdf_letter_text", "en", O, """[Page 1 of 1 - extracted text]

Exampleton Borough Council (fictional)
Waste & Recycling Services

Dear Business Owner,

Commercial waste collection - change of collection day

From Monday 7 April 2025, commercial waste collections in Market Row will move from Tuesday to Wednesday. Recycling collections are unchanged (Friday).

Please put bins out by 7am on the collection day and bring them in by 6pm.

Your annual charge is unchanged. No action is needed unless you would like to change your bin size.

Yours faithfully,
Commercial Waste Team
""", kind="official_letter")

R("ecommerce_order_json", "en", O, r"""{
  "order_id": "SO-105401",
  "store": "fernandpetal.example",
  "placed_at": "2025-03-07T08:21:40Z",
  "customer": {"name": "Tariq Mahmood", "email": "t.mahmood@inbox.example"},
  "items": [
    {"sku": "PLT-OLIVE-S", "name": "Olive tree, small (60 cm)", "qty": 1, "price": 42.00},
    {"sku": "POT-TERRA-20", "name": "Terracotta pot 20 cm", "qty": 1, "price": 9.50}
  ],
  "shipping": {"method": "Standard", "price": 4.95, "status": "dispatched", "tracking": "QR-561120-GB"},
  "total": 56.45,
  "currency": "GBP"
}
""", kind="ecommerce_order")

R("email_thread", "en", O, """Subject: RE: Room booking for 18 March training

From: Leah Hartley <leah@hartley-events.example>
Sent: 5 March 2025 14:22
To: bookings@thornbury-hall.example

Perfect, thank you. We'll arrive at 08:30 to set up. Projector and flipchart would be great.

-----Original message-----
From: bookings@thornbury-hall.example
Sent: 5 March 2025 11:05

Hi Leah, the Oak Room is available on 18 March from 09:00 to 17:00 for up to 20 people. Day rate GBP 320 including tea and coffee; lunch GBP 14.50 per head. Shall I confirm?

-----Original message-----
From: Leah Hartley
Sent: 4 March 2025 16:40

Hello, do you have a meeting room for 15 people on 18 March? It's a first-aid training day for our event staff, so we'll need space to move around (floor mats will be brought by the trainer) and ideally a room on the ground floor. We'd also need lunch for everyone - one vegan, one coeliac.

Many thanks,
Leah Hartley
Hartley Events Ltd
""", kind="email_thread")

R("hr_portal_page", "en", O, """PeopleHub - My leave
Employee: Sam Osei   Department: Shop floor

Annual leave 2025:  entitlement 28 days | taken 4 | booked 5 | remaining 19

Upcoming leave
 - 14-18 Apr 2025 (5 days)  Status: approved by Greta Holm

History
 - 2-3 Jan 2025 (2 days)  approved
 - 20-21 Feb 2025 (2 days)  approved

Public holidays this year are included automatically and not deducted.
Carry-over from 2024: 0 days (maximum carry-over is 5 days, must be used by 31 March).
Leave year runs 1 January - 31 December.

[Request leave]   [Download summary]
""", kind="hr_portal")

R("purchase_order", "en", O, """PURCHASE ORDER  PO-2025-0107
Buyer: Riverside Veterinary Clinic
Supplier: MedSupply Wholesale Ltd (account RVC-220)
Date: 2025-03-04    Delivery by: 2025-03-11

Line  Item                                   Qty    Unit GBP   Total GBP
1     Nitrile gloves, M (box of 100)           20      4.10       82.00
2     Nitrile gloves, L (box of 100)           10      4.10       41.00
3     Surgical masks (box of 50)               10      3.20       32.00
4     Chlorhexidine scrub 500 ml                6      6.75       40.50
                                                     Net       195.50
Deliver to: rear entrance, Mon-Fri 08:00-17:00 (ring the bell marked 'Deliveries')
Invoice to: accounts@riverside-vets.example, quoting the PO number
Please advise by email if any line is out of stock; partial delivery is acceptable for lines 3 and 4 only.
Approved by: Priya R.
""", kind="purchase_order")

R("chat_transcript", "en", O, """Website chat - transcript #C-41250
Store: Pebble & Pine Outdoor (pebbleandpine.example)
Date: 2025-03-05

Visitor: hi, is the merino beanie itchy?
Bot: It's made from 100% fine merino (17.5 micron), which most customers find soft and not itchy.
Visitor: does it come in green?
Bot: Yes - forest green, charcoal and mustard are in stock.
Visitor: great, how long is delivery to Wales?
Bot: Standard delivery is 2-3 working days; next-day is available if you order before 2pm.
Visitor: thanks!
""", kind="chatbot_transcript")

R("document_text", "en", O, """PROPOSAL - Office cleaning, Tate Surveyors
Prepared by: Dunmore Cleaning Co
Date: 27 February 2025

Scope
 - Daily (Mon-Fri) clean after 18:00: desks, kitchen, toilets, bins, vacuuming
 - Weekly: mopping hard floors, glass partitions
 - Monthly: deep clean of kitchen appliances

Staffing: one cleaner, 2 hours per evening; supervisor check every Friday.

Price: GBP 1,180 per month + VAT, consumables included.
Contract: 12 months, 1 month notice after the first 6 months.

Key-holding and security
Our cleaner will be issued one key fob, logged in our key register. We can set the alarm on leaving and will follow your alarm procedure. Any issues are reported by text to your office manager the same evening.

Products
We use eco-labelled products as standard. Safety data sheets are kept in the cleaner's cupboard and are available on request.

Quality checks
Our supervisor inspects every Friday using a 20-point checklist and shares a short report by email. Missed tasks are put right the next working day at no extra charge.

We hold GBP 5m public liability insurance; certificate attached. References available from two local practices we clean for.
""", kind="proposal")

R("email", "en", O, """From: Exampleton Chamber of Commerce <events@exampleton-chamber.example>
To: owner@riverside-florist.example
Date: Mon, 3 Mar 2025 10:00:00 +0000
Subject: Business breakfast - 20 March - "Hiring your first employee"

Good morning,

Our next business breakfast is on Thursday 20 March, 07:30-09:00, at the Quayside Hotel.

Speaker: Amara Osei, employment solicitor, on contracts, right-to-work checks and pensions for first-time employers.

Programme:
 07:30 Arrival, coffee and networking
 07:50 Full breakfast served
 08:10 Talk: contracts, right-to-work checks and workplace pensions
 08:40 Q&A
 09:00 Close

Tickets: GBP 15 members, GBP 25 non-members, breakfast included. Vegetarian and vegan options are available; please tell us about any allergies when booking.

Parking is available at the hotel (GBP 12) or at Harbour Street car park.

Reply to this email or book on our website.

Best wishes,
Exampleton Chamber of Commerce
""", kind="event_invitation")

R("email", "en", O, """From: Jordan Reyes <jordan.reyes@kettleworks-coffee.example>
To: Priya Nair <priya@nair-bookkeeping.example>
Date: Mon, 24 Feb 2025 09:02:11 +0000
Subject: Stock count sheet

Morning Priya,

Stock count sheet attached - we counted yesterday. Totals:
 - Green beans: 412 kg
 - Roasted, bagged: 186 bags (250 g) and 44 bags (1 kg)
 - Cups and lids: about 6,000 of each

The espresso machine lease: I found the lease agreement and the schedule of payments, both in the shared folder now.

Cheers,
Jordan
""", kind="client_email")

R("calendar_event", "en", O, """Event: Dentist - Dr Patel
When: Thursday, 6 March 2025, 10:15-10:45
Where: Exampleton Dental, 14 High Street
Calendar: Owen (personal)
Reminder: 1 hour before

Notes: check-up and clean. Bring the new insurance card.
Parking: use the Market Street car park, the practice has no spaces.
After: back at the office by 11:15 for the supplier call with Greenleaf.
""", kind="personal_appointment")

# non-English ordinary (12)
R("email", "de", O, """Von: Kessler Metallbau <info@kessler-metallbau.example>
An: einkauf@brunnhuber-haustechnik.example
Datum: Do, 6. März 2025 09:20
Betreff: Liefertermin Geländer Lindenstraße 12

Guten Morgen Herr Brunnhuber,

die Geländer für das Objekt Lindenstraße 12 sind fertig verzinkt. Wir können am Dienstag, 11.03., ab 7:00 Uhr liefern und montieren. Die Montage dauert etwa einen Tag.

Bitte geben Sie kurz Bescheid, ob die Baustelle an diesem Tag zugänglich ist und ob ein Ansprechpartner vor Ort ist.

Mit freundlichen Grüßen
Sabine Kessler
Kessler Metallbau GmbH
""", kind="supplier_email")

R("csv_export", "de", O, """Datum;Mitarbeiter;Projekt;Stunden;Tätigkeit
03.03.2025;K. Yilmaz;Parkstraße 4;8,0;Dachlattung, Folie verlegt
03.03.2025;B. Wagner;Parkstraße 4;8,0;Dachlattung
03.03.2025;T. Krause;Lager;3,5;Material kommissioniert
04.03.2025;K. Yilmaz;Parkstraße 4;7,5;Ziegel eingedeckt
04.03.2025;B. Wagner;Lindenweg 9;6,0;Reparatur Dachrinne
05.03.2025;K. Yilmaz;Parkstraße 4;8,0;Ortgang, Firstziegel
05.03.2025;J. Albrecht;Büro;4,0;Angebote, Aufmaß Hofmann
06.03.2025;K. Yilmaz;Parkstraße 4;8,0;Abnahme vorbereitet, Baustelle geräumt
06.03.2025;B. Wagner;Parkstraße 4;8,0;Abnahme, Restarbeiten Kehle
06.03.2025;T. Krause;Lindenweg 9;5,5;Dachrinne montiert, Fallrohr getauscht
""", kind="timesheet_export")

R("calendar_event", "fr", O, """Événement : Rendez-vous comptable – bilan 2024
Quand : mardi 18 mars 2025, 14:00–15:30
Où : Cabinet Garnier, 8 place du Marché, Exampleville
Organisateur : Sophie Garnier <s.garnier@cabinet-garnier.example>
Invités : boulangerie.petitjean@mail.example

Description :
Présentation du bilan 2024 et du compte de résultat.
Merci d'apporter les relevés bancaires de décembre, l'inventaire au 31/12 et les factures d'investissement (four, vitrine réfrigérée).
Nous verrons aussi la question de l'option pour l'impôt sur les sociétés.
Durée prévue : 1h30.
""", kind="meeting_invitation")

R("invoice_text", "fr", O, """FACTURE N° F-2025-0355
Date : 05/03/2025

Émetteur : Lavage Pro Vitres SARL, 3 rue du Port, Exampleville (fictif)
Client : Cabinet Garnier

Désignation                                Qté     PU HT     Total HT
Nettoyage vitres bureaux – mars              1    180,00      180,00
Nettoyage vitrine extérieure                 2     25,00       50,00
                                                  Total HT     230,00
                                                  TVA 20 %      46,00
                                                  Total TTC    276,00 EUR

Paiement à 30 jours. IBAN : FR76 0000 1234 5678 9012 3456 789 (coordonnées inchangées).
""", kind="supplier_invoice")

R("helpdesk_ticket_json", "es", O, r"""{
  "ticket_id": "SOP-77302",
  "tienda": "mueblesnorte.example",
  "cliente": "Lucía Serrano",
  "email": "lucia.serrano@correo.example",
  "asunto": "Montaje de armario",
  "estado": "resuelto",
  "mensajes": [
    {"de": "cliente", "fecha": "2025-03-03T10:12:00Z", "texto": "Hola, ¿el montaje del armario está incluido en el precio?"},
    {"de": "agente:raquel", "fecha": "2025-03-03T11:40:00Z", "texto": "Hola Lucía, sí, el montaje está incluido para pedidos en la provincia. El técnico te llamará un día antes para confirmar la hora."}
  ]
}
""", kind="helpdesk_ticket")

R("teams_export", "es", O, """Exportación de chat de Teams – canal "Obra calle Mayor" – 05/03/2025

Andrés Molina 08:10
Ha llegado el material de Cerámicas del Sur, todo correcto.

Elena Ruiz 08:15
Perfecto. ¿Empezáis hoy con el baño?

Andrés Molina 08:16
Sí, el alicatado hoy y mañana la cocina.

Elena Ruiz 08:20
Vale, aviso a la clienta de que el agua estará cortada de 10 a 12.

Andrés Molina 13:05
Una cosa: falta una caja de rodapié, el resto bien. Lo pedimos con el siguiente pedido.

Elena Ruiz 13:07
Apuntado. ¿Necesitáis el contenedor también la semana que viene?

Andrés Molina 13:10
Sí, hasta el viernes 14 por lo menos.
""", kind="team_chat")

R("product_review", "pt", O, """★★★★☆ "Boa cafeteira para o escritório"
Por Renata M. em 02/03/2025 – Compra verificada

Usamos no escritório com seis pessoas. Faz um café forte e o reservatório dura a manhã toda. A limpeza é simples, as peças vão à lava-louças.

Ponto negativo: o barulho do moedor é alto, então evitamos usar durante reuniões. Também seria bom se o depósito de borra fosse maior; precisamos esvaziar duas vezes por dia.

A entrega chegou um dia antes do previsto e bem embalada.

Recomendo para pequenas equipes.
""", kind="product_review")

R("document_text", "it", O, """VERBALE – Riunione del personale, Ristorante Da Gino
Data: 3 marzo 2025   Presenti: Gino, Federica, Luca, Sara, Ahmed

1. Menu di primavera: dal 20 marzo entrano asparagi e carciofi. Luca prepara le schede allergeni.
2. Turni: Sara chiede il sabato 15 libero, Ahmed la sostituisce.
3. Fornitori: il pesce arriva martedì e venerdì; controllare sempre le temperature alla consegna.
4. Varie: la lavastoviglie verrà revisionata giovedì mattina.

Prossima riunione: 7 aprile, ore 15.
""", kind="meeting_minutes")

R("travel_booking", "nl", O, """BOEKINGSBEVESTIGING – Trein
Boekingsnummer: NLX-77120
Reiziger: mevr. Femke de Jong

Heenreis: di 18 mrt 2025
  Amsterdam Centraal 07:42 → Brussel-Zuid 09:35   Rijtuig 4, stoel 61
Terugreis: di 18 mrt 2025
  Brussel-Zuid 18:25 → Amsterdam Centraal 20:18   Rijtuig 4, stoel 23

Klasse: 2e klas   Prijs: EUR 78,00 (betaald met creditcard)

Neem een geldig identiteitsbewijs mee. Omruilen is mogelijk tot 1 uur voor vertrek.
""", kind="train_booking")

R("email", "ja", O, """差出人: 佐藤 真理 <m.sato@aoba-bussan.example>
宛先: 田中 浩 <h.tanaka@hinata-kobo.example>
日付: 2025年3月5日(水) 16:20
件名: 4月納品分のお見積り

田中様

いつもお世話になっております。青葉物産の佐藤です。
4月納品分のお見積りをお送りします。

・木箱（小）300個　単価 420円
・木箱（大）120個　単価 780円
・配送料 一律 3,000円

納期は4月10日を予定しております。なお、今回より木箱（大）の内寸を2cm広げておりますので、現行の緩衝材がそのままお使いいただけるかご確認ください。

お支払い条件は従来どおり月末締め翌月末払いです。見積書の有効期限は3月31日までとなります。ご不明点がございましたらお知らせください。

よろしくお願いいたします。
佐藤 真理
""", kind="supplier_email")

R("accounting_export_csv", "pl", O, """data;kontrahent;nr_dokumentu;kwota_netto;vat;kwota_brutto;status
2025-03-03;Hurtownia Mąki Zbożex;FV/03/112;1 240,00;99,20;1 339,20;zapłacona
2025-03-04;Energa-Przykład;FV/2025/8871;612,50;140,88;753,38;do zapłaty
2025-03-05;Drukarnia Nowa;FV/17/2025;320,00;73,60;393,60;do zapłaty
2025-03-06;Serwis Pieców Kowalczyk;FV/08/03;450,00;103,50;553,50;do zapłaty
2025-03-06;Opakowania Eko-Pak;FV/2025/0331;286,40;65,87;352,27;do zapłaty
2025-03-07;Mleczarnia Przykładowa;FV/03/0719;918,00;73,44;991,44;zapłacona
2025-03-07;Transport Lis;FV/11/2025;380,00;87,40;467,40;do zapłaty
""", kind="accounting_export")

R("slack_export", "sv", O, """#kontoret  (export 2025-03-05)

[08:05] anna.berg: god morgon! kaffemaskinen är lagad
[08:06] mats.ek: äntligen 😄
[09:30] anna.berg: påminnelse: platsbesök Sjövägen 8 på torsdag kl 09, samling vid kontoret 08:30
[09:32] erik.l: jag tar med ritningarna
[11:10] mats.ek: lunch på Hamnkrogen kl 12?
[11:11] anna.berg: ja gärna
[13:40] erik.l: kunden på Sjövägen vill flytta mötet till 10 istället, går det?
[13:42] anna.berg: funkar för mig, jag uppdaterar kalendern
[15:20] mats.ek: glöm inte att lämna in tidrapporterna innan fredag
""", kind="team_chat")

R("email", "zh", O, """发件人: 华信包装 销售部 <sales@huaxin-packaging.example>
收件人: 采购部 <purchase@mingyue-tea.example>
日期: 2025年3月4日 周二 10:15
主题: 春季新茶包装盒样品已寄出

明月茶业采购部：

您好！春季新茶礼盒的三款样品已于今天通过顺丰寄出，运单号 SF0000123456（示例），预计后天送达。

样品说明：
 1. 竹纹纸盒（250克装）
 2. 铁罐套装（两罐装）
 3. 环保牛皮纸袋（100克装）

确认样品后，我们可在两周内完成首批5000套的生产。

报价与上次一致：竹纹纸盒每个3.2元，铁罐套装每套11.5元，牛皮纸袋每个0.9元，均含税，运费由我方承担。如需在盒子上烫金印刷贵司标志，每个另加0.4元，需提供矢量文件。

如有任何问题，请随时联系我（手机：示例号码）。

华信包装 销售部
""", kind="supplier_email")

R("web_search_results", "en", O, """Search results for: "Exampleport parking near Quayside Hotel"

1. Quayside Hotel - Parking and directions
   quayside-hotel.example/directions
   On-site car park with 40 spaces, GBP 12 per night. Overflow parking at Harbour Street multi-storey (3 min walk)...

2. Harbour Street car park - opening hours and prices
   exampleport-parking.example/harbour-street
   Open 24 hours. GBP 2.20 per hour, GBP 14 for 24 hours. Height limit 2.1 m.

3. Park and ride Exampleport - timetable
   exampleport-transport.example/park-and-ride
   Buses every 12 minutes, Mon-Sat 06:30-19:30.
""", kind="web_search")
