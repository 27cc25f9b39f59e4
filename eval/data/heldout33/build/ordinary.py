from common import O

O("json", "en", "tracking_api_response", """{
  "reference": "TW-SEA-880214",
  "mode": "SEA",
  "carrier": "Meridian Ocean Line",
  "bl": "MOLU221088014",
  "container": "MOLU 4410873",
  "pol": "CNSHA", "pod": "DEHAM",
  "vessel": "MERIDIAN STAR", "voyage": "221W",
  "events": [
    {"code": "GTI", "loc": "CNSHA", "ts": "2026-10-12T08:40:00+08:00"},
    {"code": "LOA", "loc": "CNSHA", "ts": "2026-10-14T21:10:00+08:00"},
    {"code": "DEP", "loc": "CNSHA", "ts": "2026-10-15T06:00:00+08:00"},
    {"code": "TSP", "loc": "SGSIN", "ts": "2026-10-21T13:30:00+08:00"}
  ],
  "eta_pod": "2026-11-18T07:00:00+01:00",
  "status": "IN_TRANSIT"
}""")

O("edifact", "en", "edifact_iftsta", """UNB+UNOC:3+MERIDIANOL:ZZZ+TIDEWAY:ZZZ+261106:0630+88012'
UNH+1+IFTSTA:D:01B:UN'
BGM+23+MOLST88012+9'
DTM+137:202611060630:203'
CNI+1+MOLU221088014'
STS+1+VD::Vessel departure'
RFF+BM:MOLU221088014'
LOC+5+SGSIN:139:6'
DTM+133:202611051820:203'
TDT+20+222W+1++MOL:172:20+++9812345:146::MERIDIAN STAR'
EQD+CN+MOLU4410873+45G1'
UNT+11+1'
UNZ+1+88012'""")

O("x12", "en", "x12_214_status", """ISA*00*          *00*          *02*SWFT           *ZZ*TIDEWAY        *261106*1422*U*00401*000012201*0*P*>~
GS*QM*SWFT*TIDEWAY*20261106*1422*12201*X*004010~
ST*214*0001~
B10*PRO8812044*TW-US-55120*SWFT~
L11*PO-99120*PO~
AT7*X1*NS***20261106*1405*ET~
MS1*DALLAS*TX*US~
MS2*SWFT*4410~
AT8*G*L*4200*12~
SE*8*0001~
GE*1*12201~
IEA*1*000012201~""")

O("email", "en", "booking_confirmation_email", """From: Bookings <bookings@atlas-container-line.example>
To: ocean-export@tidewaylogistics.example
Subject: Booking confirmation ACL-BK-7712044

Booking number: ACL-BK-7712044
Shipper: Tideway Logistics Ltd o/b/o Pennine Textiles
Service: TA2 Westbound   Vessel: ATLAS VOYAGER   Voyage: 118W
POL: GBFXT  ETD 21 Nov 2026   POD: USNYC  ETA 02 Dec 2026
Equipment: 2 x 40HC
Empty release: Felixstowe Depot 3, ref ER-55120
Cut-offs: SI 18 Nov 12:00 / VGM 19 Nov 12:00 / Cargo 19 Nov 18:00

Thank you for your booking.
Atlas Container Line - UK Booking Office""")

O("kv_record", "en", "bill_of_lading_extract", """BILL OF LADING (non-negotiable copy)
B/L No.: OOLU2710045990
Shipper: Pacific Polymers Co. Ltd, Kaohsiung, Taiwan
Consignee: To order of Bank of Rhineland, Düsseldorf
Notify: Tideway Logistics GmbH, Duisburg
Vessel/Voyage: OOCL PIRAEUS / 044W
Port of Loading: Kaohsiung   Port of Discharge: Rotterdam
Container/Seal: OOLU 6610588 / OL441208
Description: 20 pallets polypropylene granules, HS 3902.10, 19,800 kg, 26.4 cbm
Freight: prepaid   Number of originals: 3/3
Place and date of issue: Kaohsiung, 28 Oct 2026""")

O("csv", "en", "wms_inventory_export", """sku,description,uom,on_hand,allocated,available,location,last_count
PT-44012,Pallet stretch film 23mu,roll,120,40,80,D-01-01,2026-10-30
HX-5540,Smart speaker gen2,ea,212,60,152,F-07-03,2026-11-03
HX-5541,Smart speaker mini,ea,840,200,640,F-07-04,2026-11-03
KB-1100,Kitchen tap chrome,ea,96,12,84,C-11-01,2026-10-28
LM-0044,Desk lamp LED,ea,430,0,430,E-02-06,2026-10-29
LM-0045,Floor lamp LED,ea,75,10,65,E-02-07,2026-10-29""")

O("chat_log", "en", "driver_dispatcher_chat", """Driver app chat - TW-HGV-214
07:02 Dariusz: at Moerdijk, gate busy, 10 trucks ahead
07:03 Dispatch (Eline): ok, slot is 07:30, I'll tell the site you're in the queue
07:31 Dariusz: in, bay 4
08:05 Dariusz: loaded 33 plts, seal TWS-0088540
08:06 Dispatch (Eline): thanks, next is Venlo DC, window 10:00-11:00
09:58 Dariusz: arrived Venlo
10:40 Dariusz: unloaded, POD signed by M. Jansen, photo uploaded
10:41 Dispatch (Eline): perfect, head back to Moerdijk for 13:00 reload""")

O("pdf_text", "en", "commercial_invoice", """COMMERCIAL INVOICE
Seller: Anadolu Home Tekstil A.Ş., Denizli, Türkiye
Buyer: Nordic Living AB, Jönköping, Sweden
Invoice No: AHT-2026-1188   Date: 30.10.2026   Incoterms: FCA Denizli
Item                         HS code     Qty    Unit price  Amount EUR
Bath towel 70x140 cotton     6302.60     2400   6.80        16,320.00
Hand towel 50x90 cotton      6302.60     3000   3.40        10,200.00
Bathrobe L/XL                6208.91      400   18.50        7,400.00
Total EUR 33,920.00
Country of origin: Türkiye. Payment: 60 days from invoice date.""")

O("html", "en", "carrier_schedule_page", """<table class="schedule">
<caption>NE3 service - proforma schedule (weeks 46-48)</caption>
<tr><th>Port</th><th>Voy 612E</th><th>Voy 613E</th><th>Voy 614E</th></tr>
<tr><td>Rotterdam</td><td>12 Nov</td><td>19 Nov</td><td>26 Nov</td></tr>
<tr><td>Hamburg</td><td>14 Nov</td><td>21 Nov</td><td>28 Nov</td></tr>
<tr><td>Gdansk</td><td>17 Nov</td><td>24 Nov</td><td>01 Dec</td></tr>
<tr><td>Klaipeda</td><td>18 Nov</td><td>25 Nov</td><td>02 Dec</td></tr>
</table>
<p>Schedules are subject to change without prior notice.</p>""")

O("json", "en", "rate_quote_response", """{
  "quote_id": "Q-2026-118420",
  "customer": "Kitsune Audio UK Ltd",
  "lane": {"from": "GBFXT", "to": "JPYOK"},
  "equipment": "40HC",
  "valid_until": "2026-11-30",
  "charges": [
    {"code": "OFR", "desc": "Ocean freight", "amount": 1980, "currency": "USD"},
    {"code": "BAF", "desc": "Bunker surcharge", "amount": 410, "currency": "USD"},
    {"code": "THC-O", "desc": "Origin THC", "amount": 195, "currency": "GBP"},
    {"code": "DOC", "desc": "Documentation", "amount": 45, "currency": "GBP"}
  ],
  "transit_days": 38,
  "prepared_by": "Chloe Tremblay"
}""")

O("telematics_json", "en", "telematics_position", """{"device":"TLM-44120","vehicle":"TW-HGV-302","ts":"2026-11-06T09:14:22Z","gps":{"lat":52.4862,"lon":-1.8904,"speed_kmh":78,"heading":145},"engine":{"rpm":1320,"fuel_pct":61,"coolant_c":88},"reefer":null,"driver_hours":{"driving_today_min":212,"remaining_min":328},"events":[]}""")

O("log", "en", "edi_gateway_log", """2026-11-06T05:00:01.004Z INFO  edi-gateway  scheduler run started
2026-11-06T05:00:02.331Z INFO  edi-gateway  fetched 14 messages from SFTP partner=ATLASCL
2026-11-06T05:00:02.912Z INFO  edi-gateway  parsed IFTSTA x11, IFTMBC x3
2026-11-06T05:00:03.120Z WARN  edi-gateway  unknown container MOLU9999999 in IFTSTA ref=ST88021, skipped
2026-11-06T05:00:03.480Z INFO  edi-gateway  13 events written to tracking db
2026-11-06T05:00:03.482Z INFO  edi-gateway  scheduler run finished duration=2.478s""")

O("markdown", "en", "wiki_office_info", """# Office information - Felixstowe

**Address:** Unit 4, Dock Gate 2 Business Park, Felixstowe IP11 3XX
**Opening hours:** Mon-Fri 08:00-17:30
**Parking:** visitor spaces 1-6 at the front

## Teams on site
- Ocean export (12 people)
- Customs (5 people)
- Warehouse (bonded, 8,000 m²)

## Useful links
- Port community system login
- Terminal vessel schedule
- Canteen menu (updated Mondays)""")

O("ticket", "en", "tms_exception_ticket", """TMS Exception EXC-55120
Type: Delay at origin   Severity: Medium   Mode: Road
Shipment: TW-PL-301884 (Gdynia -> Poznan, 8 pallets)
Created: 2026-11-06 08:12 by system (missed pickup window)
Details: carrier Trans-Pol did not arrive for 07:00 slot. Driver reports vehicle breakdown on S6.
Owner: Katarzyna Wiśniewska
Actions:
- 08:30 called Trans-Pol, replacement truck ETA 11:30
- 08:35 informed consignee, new delivery window 15:00-16:00 accepted
Status: Monitoring""")

O("sql_result", "en", "db_query_open_bookings", """query: SELECT booking, customer, pol, pod, etd, status FROM bookings WHERE etd BETWEEN '2026-11-09' AND '2026-11-15' ORDER BY etd;
 booking        | customer             | pol   | pod   | etd        | status
----------------+----------------------+-------+-------+------------+-----------
 TW-BK-88102    | Pennine Textiles     | GBFXT | USNYC | 2026-11-09 | confirmed
 TW-BK-88120    | Harrowgate Elec.     | GBSOU | SGSIN | 2026-11-10 | confirmed
 TW-BK-88131    | Lakeside Builders    | GBLGP | NLRTM | 2026-11-12 | pending SI
 TW-BK-88140    | Kitsune Audio UK     | GBFXT | JPYOK | 2026-11-14 | confirmed
(4 rows)""")

O("tsv", "en", "warehouse_receipt_tsv", """receipt_no	date	supplier	po	sku	qty_expected	qty_received	damage
GRN-44120	2026-11-05	Brightlite Lamps	PO-88120	LM-0044	400	400	0
GRN-44120	2026-11-05	Brightlite Lamps	PO-88120	LM-0045	80	78	2
GRN-44121	2026-11-05	Kessler Tools	PO-88133	KT-2201	120	120	0
GRN-44122	2026-11-06	Orion Textiles	PO-88140	OT-5510	1500	1500	0""")

O("fixed_width", "en", "customs_entry_summary", """ENTRY SUMMARY             PAGE 1
ENTRY NO   8812-4411     PORT 4601  DATE 11/05/26
IMPORTER   BELLHAVEN OUTDOOR LLC       IOR 88-1204410
LINE HTS          DESCRIPTION              VALUE USD  DUTY RATE  DUTY USD
001  6306.22.9030 TENTS, SYNTHETIC FIBRES  48,200.00     8.6%     4,145.20
002  9404.30.8000 SLEEPING BAGS            22,700.00     9.0%     2,043.00
003  6306.90.1000 BACKPACK COVERS           3,100.00     5.3%       164.30
TOTAL DUTY 6,352.50   MPF 260.04   HMF 92.50""")

O("email", "en", "pod_confirmation_email", """From: Operations UK <ops-uk@tidewaylogistics.example>
To: j.whitfield@lakeside-builders.example
Subject: POD - delivery note 0098812

Hi John,

Please find the signed POD for delivery note 0098812 (18 pallets blocks, 2 pallets cement) delivered to your Kendal yard on 05/11 at 11:40. All items were received in good condition.

Let me know if you need anything else.

Best,
Chidi Nwosu
Operations Coordinator""")

O("ndjson", "en", "ais_vessel_positions", """{"mmsi":"636092233","name":"MERIDIAN STAR","ts":"2026-11-06T10:00:00Z","lat":12.6411,"lon":43.4402,"sog":16.2,"cog":318,"dest":"NLRTM","eta":"11-17 22:00"}
{"mmsi":"563041220","name":"ATLAS VOYAGER","ts":"2026-11-06T10:00:00Z","lat":51.9530,"lon":1.3110,"sog":0.1,"cog":0,"dest":"GBFXT","eta":"11-06 12:00"}
{"mmsi":"477120300","name":"OOCL PIRAEUS","ts":"2026-11-06T10:00:00Z","lat":3.1120,"lon":100.9010,"sog":18.4,"cog":295,"dest":"NLRTM","eta":"12-02 06:00"}""")

O("ics", "en", "calendar_invite_meeting", """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:qbr-2026-q4-pennine@tidewaylogistics.example
DTSTART:20261118T130000Z
DTEND:20261118T140000Z
SUMMARY:QBR Pennine Textiles - Q4
ORGANIZER:mailto:chloe.tremblay@tidewaylogistics.example
DESCRIPTION:Agenda: 1) volumes and KPI review 2) transatlantic capacity 2027 3) customs classification project. Slides will be shared on the day.
LOCATION:Meeting room Humber / Teams
END:VEVENT
END:VCALENDAR""")

O("xml", "en", "customs_response_xml", """<?xml version="1.0" encoding="UTF-8"?>
<CustomsResponse>
  <MRN>26NL00044120AB8812</MRN>
  <DeclarationType>EX</DeclarationType>
  <Status>RELEASED_FOR_EXPORT</Status>
  <Exporter EORI="NL812204410">Glastuinbouw Westland BV</Exporter>
  <OfficeOfExit>NL000396</OfficeOfExit>
  <ReleaseDateTime>2026-11-06T09:42:11+01:00</ReleaseDateTime>
  <Packages>42</Packages>
  <GrossMass unit="KGM">8120</GrossMass>
</CustomsResponse>""")

O("slack_json", "en", "slack_channel_export", """{"channel":"C07AIR","messages":[
{"user":"U210","name":"lukas.meier","text":"LH8204 departed FRA 11:05, our 3 pharma ULDs on board","ts":"1762423500.0001"},
{"user":"U233","name":"nadia.rahman","text":"great, customer in Chicago wants ETA confirmation","ts":"1762423620.0002"},
{"user":"U210","name":"lukas.meier","text":"ETA ORD 13:40 local, handling agent confirmed cool room slot","ts":"1762423700.0003"}]}""")

O("pdf_text", "en", "packing_list", """PACKING LIST
Shipper: Kessler Tools GmbH, Solingen
Consignee: Bellhaven Hardware Inc, Toledo OH
Ref: KT-PL-2026-0441   Date: 04.11.2026
Pallet  Contents                    Cartons  Net kg  Gross kg  Dims cm
1       Pliers set KT-2201            40      320     352     120x80x110
2       Pliers set KT-2201            40      320     352     120x80x110
3       Screwdriver set KT-3100       60      280     315     120x80x120
Total: 3 pallets, 140 cartons, 920 kg net, 1,019 kg gross""")

O("web_page", "en", "carrier_tracking_page", """Atlas Container Line - Track & Trace
Container: ACLU 5520174 (40HC)
Booking: ACL-BK-7711820
Last movement: Discharged at New York (Port Newark Container Terminal), 05 Nov 2026 22:14
Previous: Vessel arrival ATLAS PIONEER 117W, 05 Nov 2026 06:30
Next: Available for pickup. Last free day: 10 Nov 2026
Customs status: Released (CBP)
Holds: none""")

O("form_submission", "en", "pickup_request_form", """Pickup request (customer portal)
Submitted: 2026-11-06 11:02 UTC by emily.carter@kitsune-audio.example
Account: KIT-UK-0044
Pickup address: Unit 12, Ransomes Europark, Ipswich IP3 9SJ (registered address)
Ready date: 2026-11-20 from 08:00
Goods: 26 pallets audio amplifiers, 18,200 kg
Vehicle: 40HC container on side-loader
Contact on site: Emily Carter, +44 1473 000 441
Reference: Booking TW-BK-88140""")

O("voicemail_transcript", "en", "voicemail_customer_eta", """Voicemail transcription - Import desk
Received: 06/11/2026 09:48   Duration 0:31
"Hello, it's Martina from Dorrance Optics. I'm just calling to check the ETA on our air shipment from Taipei, reference AIR-33012. Could someone give me a call back on 0161 496 0441 when you get a chance? Thanks, bye."
Transcription confidence: 0.94""")

O("yaml", "en", "integration_config", """# carrier-integration: atlas-container-line
partner_id: ATLASCL
transport: sftp
host: sftp.atlas-container-line.example
poll_cron: "*/15 * * * *"
messages:
  inbound: [IFTSTA, IFTMBC, APERAK]
  outbound: [IFTMIN, VERMAS]
mapping_version: 3.4
alerts:
  on_parse_error: edi-support@tidewaylogistics.example""")

O("rss", "en", "carrier_news_feed", """<rss version="2.0"><channel>
<title>Meridian Ocean Line - Newsroom</title>
<item><title>New direct call at Gdansk on NE3</title><pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate><description>From week 47 the NE3 service adds a direct call at Gdansk DCT.</description></item>
<item><title>Reefer fleet expansion</title><pubDate>Wed, 04 Nov 2026 08:00:00 GMT</pubDate><description>2,000 new 40' reefers join the fleet by March 2027.</description></item>
</channel></rss>""")

O("ocr_text", "en", "delivery_note_ocr", """[OCR scan - delivery note]
CMR No. 0441208
Sender: Glastuinbouw Westland BV, Naaldwijk
Consignee: Blumen Großhandel Weber, Köln
Goods: 18 trolleys cut flowers, 2,100 kg
Carrier: Tideway Road NL, truck 88-TWL-4, driver A. Yilmaz
Taken over: 06/11/26 04:10 Naaldwijk
Delivered: 06/11/26 07:55 Köln, temp at delivery 3.2 C
Signature consignee: [signed] K. Weber""")

# Non-English ordinary
O("email", "de", "avis_de", """Von: Disposition Duisburg <dispo-dui@tidewaylogistics.example>
An: wareneingang@elbe-moebel.example
Betreff: Avis - Sendung TW-DE-220913

Guten Tag,

wir avisieren die Zustellung Ihrer Sendung TW-DE-220913 (12 Paletten Möbelteile, 3.840 kg) für Montag, 09.11.2026, Zeitfenster 08:00-10:00 Uhr, an Ihre Adresse in Essen.
Fahrer: Jens Albrecht, Kennzeichen DU-TW 441.

Bitte halten Sie eine Rampe frei. Bei Rückfragen erreichen Sie uns unter 0203 000 4410.

Mit freundlichen Grüßen
Disposition Duisburg""")

O("json", "fr", "suivi_envoi_fr", """{
  "reference": "TW-FR-66120",
  "expediteur": "Verrerie du Lot SARL",
  "destinataire": "Maison Fabre, Lyon",
  "statut": "LIVRÉ",
  "evenements": [
    {"code": "ENL", "lieu": "Cahors", "date": "2026-11-04T08:10:00+01:00", "libelle": "Enlèvement effectué"},
    {"code": "QUAI", "lieu": "Toulouse", "date": "2026-11-04T19:40:00+01:00", "libelle": "Passage à quai"},
    {"code": "LIV", "lieu": "Lyon", "date": "2026-11-05T10:22:00+01:00", "libelle": "Livré, signé par C. Fabre"}
  ]
}""")

O("csv", "es", "informe_almacen_es", """fecha;almacen;entradas_palets;salidas_palets;ocupacion_pct;incidencias
2026-11-02;Zaragoza;140;122;78;0
2026-11-03;Zaragoza;98;131;76;1
2026-11-04;Zaragoza;155;118;79;0
2026-11-05;Zaragoza;120;140;77;0
2026-11-06;Zaragoza;101;125;75;2""")

O("chat_log", "it", "chat_operativo_it", """Teams - Export Genova
[09:10] Giulia: MSC LUCIA confermata, partenza 08/11 ore 18:00
[09:12] Marco: ho mandato le SI per i 6 container
[09:20] Giulia: VGM ricevute per 5 su 6, manca TGHU 5512041
[09:31] Marco: chiesto al cliente, arriva entro le 12
[11:48] Marco: VGM TGHU 5512041 inviata, tutto a posto""")

O("email", "zh", "booking_confirm_zh", """发件人: 订舱部 <booking@donghai-shipping.example>
收件人: export-sh@tidewaylogistics.example
主题: 订舱确认 DH-BK-2026-44120

订舱号：DH-BK-2026-44120
船名航次：东海之星 / 118E
起运港：上海洋山  目的港：汉堡
箱型箱量：2 x 40HQ
截单时间：11月12日 12:00
截港时间：11月13日 18:00
提箱地点：洋山三期堆场

如有问题请联系订舱部。谢谢！""")

O("pdf_text", "ja", "invoice_ja", """請求書
請求番号: MS-2026-1104
発行日: 2026年11月4日
請求先: タイドウェイ・ロジスティクス株式会社 御中
件名: 東京港 コンテナ搬出作業
内訳: 
  ドレージ料金 (ONEU 7781023)  45,000円
  シャーシ使用料 (2日)          8,000円
  待機料                        6,000円
小計 59,000円  消費税 5,900円  合計 64,900円
お支払期限: 2026年11月30日
株式会社ミナト運輸""")

O("json", "ko", "tracking_ko", """{"송장번호":"TW-KR-55120","출발지":"부산","도착지":"인천","상태":"배송중","이벤트":[{"시간":"2026-11-06T08:10:00+09:00","위치":"부산 물류센터","내용":"집하 완료"},{"시간":"2026-11-06T13:40:00+09:00","위치":"대전 허브","내용":"간선 하차"}],"예상도착":"2026-11-07T11:00:00+09:00"}""")

O("email", "ar", "arrival_notice_ar", """من: خدمة العملاء <cs@alnoor-shipping.example>
إلى: import-dxb@tidewaylogistics.example
الموضوع: إشعار وصول - الحاوية ANSU 4410221

نود إعلامكم بأن الحاوية ANSU 4410221 (40 قدم) على متن السفينة النور 1 قد وصلت إلى ميناء جبل علي بتاريخ 06/11/2026.
آخر يوم مجاني للتخزين: 11/11/2026.
يرجى تقديم بوليصة الشحن الأصلية واستكمال الإجراءات الجمركية لاستلام أمر التسليم.

مع التحية،
خدمة العملاء - شركة النور للشحن""")

O("csv", "pt", "relatorio_frota_pt", """placa;motorista;km_dia;entregas;combustivel_l;ocorrencias
44-TW-81;Paulo Teixeira;412;6;138;nenhuma
44-TW-82;Rui Costa;388;8;131;atraso cliente Leiria
44-TW-85;Joana Marques;295;11;102;nenhuma
44-TW-90;Tiago Almeida;510;4;170;pneu trocado em Pombal""")

O("markdown", "nl", "wiki_magazijn_nl", """# Magazijn Venlo - algemene informatie

**Adres:** Edisonstraat 44, Venlo
**Openingstijden:** ma-vr 06:00-22:00, za 06:00-14:00
**Docks:** 24 laaddocks, waarvan 4 met koeling

## Contactpersonen
- Femke de Jong - magazijnmanager
- Bas Verhoeven - teamleider nachtdienst

## Klanten ter plaatse
Consumentenelektronica, huishoudelijke artikelen, fietsonderdelen.""")

O("sms", "pl", "sms_awizacja_pl", """Tideway: Dzień dobry, przesyłka TW-PL-301884 (8 palet) zostanie dostarczona dziś w godz. 15:00-16:00. Kierowca: Marek, tel. 600 000 441. Pozdrawiamy, Tideway Logistics Polska.""" + "\n" + """Tideway: Przesyłka TW-PL-301884 została doręczona o 15:42. Dokument POD dostępny w portalu klienta.""")
