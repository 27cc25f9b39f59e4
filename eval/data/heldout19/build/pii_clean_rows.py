import json
from gen import *

ROWS = []


def C(fmt, cat, text):
    ROWS.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text.strip("\n")})


def luhn_bad(length):
    while True:
        n = nz(length)
        if not luhn_ok(n):
            return n


# 1
C("log", "timestamp", "\n".join(
    f"{ts} level=info component=scheduler msg=\"{m}\" epoch_ms={em}"
    for ts, m, em in [("2025-03-19T06:00:00.000+01:00", "tick", 1742360400000), ("2025-03-19T06:00:00.412+01:00", "job started name=rollup_hourly", 1742360400412),
                      ("2025-03-19T06:03:17.905+01:00", "job finished name=rollup_hourly rows=182334", 1742360597905),
                      ("2025-03-19T06:15:00.000+01:00", "tick", 1742361300000)]))

# 2
C("shell_output", "duration", """
$ go test -bench=. -benchmem ./internal/codec/...
goos: linux
goarch: amd64
pkg: example.com/orbit/internal/codec
cpu: AMD EPYC 7R13 Processor
BenchmarkEncodeSmall-8     	 4123456	       289.4 ns/op	     128 B/op	       2 allocs/op
BenchmarkEncodeLarge-8     	   18342	     65412 ns/op	   49152 B/op	       3 allocs/op
BenchmarkDecodeSmall-8     	 2987654	       401.7 ns/op	     256 B/op	       5 allocs/op
BenchmarkDecodeLarge-8     	   12001	     99870 ns/op	   81920 B/op	      11 allocs/op
PASS
ok  	example.com/orbit/internal/codec	7.912s
""")

# 3
C("shell_output", "version_string", """
$ pip freeze | head -12
aiohttp==3.9.5
boto3==1.34.131
botocore==1.34.131
fastapi==0.111.0
numpy==1.26.4
pandas==2.2.2
pydantic==2.7.4
pydantic_core==2.18.4
python-dateutil==2.9.0.post0
SQLAlchemy==2.0.31
uvicorn==0.30.1
urllib3==2.2.2
""")

# 4
C("shell_output", "four_part_version", """
PS C:\\> Get-ComputerInfo | Select-Object OsName, OsVersion, OsBuildNumber, WindowsVersion
OsName        : Microsoft Windows 11 Enterprise
OsVersion     : 10.0.22631
OsBuildNumber : 22631
WindowsVersion: 2009

PS C:\\> (Get-Item "C:\\Program Files\\Contoso\\Agent\\ContosoAgent.exe").VersionInfo.FileVersion
4.12.0.1187
PS C:\\> [System.Reflection.AssemblyName]::GetAssemblyName("C:\\Program Files\\Contoso\\Agent\\Contoso.Core.dll").Version.ToString()
3.2.1.0
""")

# 5
C("shell_output", "oid", """
$ snmpwalk -v2c -c public switch-core-01 system
SNMPv2-MIB::sysDescr.0 = STRING: Layer3 Switch, firmware 8.4 build 2291
SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.9.1.2494
DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (418821311) 48 days, 11:23:33.11
SNMPv2-MIB::sysName.0 = STRING: switch-core-01
$ snmpget -v2c -c public -On switch-core-01 1.3.6.1.2.1.2.2.1.10.12
.1.3.6.1.2.1.2.2.1.10.12 = Counter32: 3892217733
""")

# 6
C("csv", "order_number", "order_number,placed,channel,lines,net_total,currency\n" + "\n".join(
    f"{p}-{R.randint(10**7,10**8-1)},{dt},{ch},{R.randint(1,9)},{R.randint(1000,99999)/100:.2f},{cur}"
    for p, dt, ch, cur in [("SO", "2025-03-01", "web", "EUR"), ("SO", "2025-03-01", "marketplace", "EUR"), ("SO", "2025-03-02", "retail", "CHF"),
                           ("RMA", "2025-03-02", "web", "EUR"), ("SO", "2025-03-03", "b2b", "EUR")]))

# 7
C("email", "tracking_number", f"""
Subject: Your parcels are on the way

Hello,

Good news — your order has shipped in two boxes.

  Box 1 — UPS tracking: 1Z{rs(UP+DIG,6)}03{rs(DIG,8)}
  Box 2 — USPS tracking: 9400 1{rs(DIG,3)} {rs(DIG,4)} {rs(DIG,4)} {rs(DIG,4)} {rs(DIG,2)}

Estimated delivery: Tuesday, March 25. Signature not required.

Thank you for shopping with Maple & Thread.
""")

# 8
C("sql_result", "invoice_number", "billing=> SELECT invoice_no, issued_on, due_on, amount_due, status FROM invoices WHERE account_id = 4410 ORDER BY issued_on DESC LIMIT 5;\n"
  "   invoice_no    | issued_on  |   due_on   | amount_due | status\n-----------------+------------+------------+------------+--------\n" + "\n".join(
    f" INV-2025-{R.randint(100000,999999)} | 2025-0{m}-01 | 2025-0{m}-31 | {R.randint(10000,900000)/100:>10.2f} | {s}"
    for m, s in [(3, "open"), (2, "paid"), (1, "paid")]) + "\n(3 rows)")

# 9
C("csv", "postal_code", """
country,city,postal_code,warehouse_zone
DE,Berlin,10115,Z1
DE,München,80331,Z3
US,Springfield,62704-1234,Z7
GB,London,EC1A 1BB,Z2
CA,Toronto,M5V 3L9,Z7
NL,Amsterdam,1012 AB,Z1
JP,東京都千代田区,100-0005,Z9
BR,São Paulo,01310-100,Z8
""")

# 10
C("invoice", "sort_code_account", f"""
HOLLIS & REED JOINERY LTD
Unit 4, Canal Works, Leeds LS11 5QP
VAT Reg. GB {rs(DIG,3)} {rs(DIG,4)} {rs(DIG,2)}

INVOICE 2025-0188                       Date: 12 March 2025
Bespoke oak bookcase (installed)                    £2,400.00
VAT @ 20%                                             £480.00
TOTAL                                               £2,880.00

Payment by BACS to our business account:
Sort code: {rs(DIG,2)}-{rs(DIG,2)}-{rs(DIG,2)}   Account no.: {rs(DIG,8)}   Ref: 2025-0188
Terms: 30 days.
""")

# 11
C("markdown", "isbn", """
## Literaturverzeichnis

1. Kleppmann, M.: *Designing Data-Intensive Applications*. O'Reilly, 2017. ISBN 978-1-4493-7332-0.
2. Nygard, M. T.: *Release It!*, 2. Aufl. Pragmatic Bookshelf, 2018. ISBN 978-1-68050-239-8.
3. Beyer, B. u. a.: *Site Reliability Engineering*. O'Reilly, 2016. ISBN 978-1-4919-2912-4.
4. Tanenbaum, A. S.; Bos, H.: *Modern Operating Systems*, 4th ed. Pearson, 2014. ISBN-10 013359162X.
""")


def ean13():
    body = "40" + rs(DIG, 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


# 12
C("xml", "gtin_ean", "<?xml version=\"1.0\"?>\n<products>\n" + "\n".join(
    f"  <product><sku>{s}</sku><gtin>{ean13()}</gtin><title>{t}</title><price currency=\"EUR\">{p}</price><stock>{q}</stock></product>"
    for s, t, p, q in [("HB-1001", "Holzbrettchen Eiche 30cm", "19.90", 142), ("HB-1002", "Schneidebrett Nuss 40cm", "34.90", 58),
                       ("KL-2210", "Keramikschale matt grün", "12.50", 300), ("KL-2214", "Teekanne 1,2 l", "39.00", 17)]) + "\n</products>")

# 13
C("json", "json_metrics", json.dumps({"service": "checkout", "window": "5m", "metrics": {
    "requests_total": 184223, "errors_total": 412, "p50_ms": 41.7, "p95_ms": 188.2, "p99_ms": 611.9,
    "cpu_seconds_total": 9123.44, "memory_rss_bytes": 734003200, "gc_pause_ns_total": 18442019331,
    "db_pool": {"active": 18, "idle": 2, "waiting": 0, "max": 20}}}, indent=2))

# 14
C("yaml", "port_list", """
# docker-compose.ports.yml
services:
  gateway:
    ports:
      - "80:8080"
      - "443:8443"
      - "9901:9901"   # admin
  grafana:
    ports: ["3000:3000"]
  prometheus:
    ports: ["9090:9090"]
  kafka:
    ports:
      - "9092:9092"
      - "29092:29092"
# firewall: allow tcp 80,443,3000,9090,9092; deny 2375-2376 (docker API)
""")

# 15
C("text", "section_numbers", """
Allgemeine Geschäftsbedingungen — Inhaltsübersicht

§ 1   Geltungsbereich
§ 2   Vertragsschluss
  2.1   Angebot und Annahme
  2.2   Bestellbestätigung
    2.2.1   Elektronische Bestätigung
    2.2.1.3 Ausnahmen für Sonderanfertigungen
§ 3   Preise und Zahlung
  3.4.2.1 Teilzahlungen bei Großaufträgen
§ 7   Gewährleistung (siehe auch Anlage 7.1.2.4)
""")

# 16
C("json", "coordinates", json.dumps({"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "Trailhead Nord", "elev_m": 1184},
     "geometry": {"type": "Point", "coordinates": [11.39472, 47.26921]}},
    {"type": "Feature", "properties": {"name": "Hütte am Grat", "elev_m": 2045},
     "geometry": {"type": "Point", "coordinates": [11.41830, 47.29954]}},
    {"type": "Feature", "properties": {"name": "Gipfelkreuz", "elev_m": 2334},
     "geometry": {"type": "Point", "coordinates": [11.42511, 47.30772]}}]}, indent=2, ensure_ascii=False))

# 17
C("text", "measurements", """
LABORBEFUND (anonymisierte Probe P-0412)
Parameter               Ergebnis    Einheit     Referenz
Hämoglobin              14.2        g/dl        12.0 – 16.0
Leukozyten              6.81        /nl         4.00 – 10.00
Thrombozyten            245         /nl         150 – 400
Kreatinin               0.91        mg/dl       0.50 – 1.10
TSH                     1.784       mU/l        0.270 – 4.200
CRP                     < 0.5       mg/dl       < 0.5
""")

# 18
C("sql_result", "stock_quantity", """
inventory=> SELECT sku, location, on_hand, reserved, reorder_point FROM stock WHERE on_hand < reorder_point * 2 ORDER BY on_hand;
   sku    | location | on_hand | reserved | reorder_point
----------+----------+---------+----------+---------------
 BLT-0640 | WH-A-12  |      18 |        4 |            25
 NUT-M8SS | WH-B-03  |    1240 |      300 |          1000
 WSH-0800 | WH-B-04  |    3319 |      950 |          2500
 GSK-2201 | WH-C-19  |       7 |        0 |            10
(4 rows)
""")


def imei():
    return luhn_complete("35" + rs(DIG, 6), 15)


# 19
C("csv", "imei_like_serial", "asset_tag,model,imei,serial,assigned_team,status\n" + "\n".join(
    f"MDM-{R.randint(1000,9999)},{m},{imei()},{rs(UP+DIG,12)},{t},{s}" for m, t, s in [
        ("Galaxy XCover 7", "warehouse", "active"), ("Galaxy XCover 7", "warehouse", "active"), ("iPhone 15", "sales", "active"), ("Pixel 8a", "field-service", "repair")]))

# 20
C("text", "routing_number", f"""
WIRE / ACH INSTRUCTIONS — Cascade Outdoor Supply, Inc. (vendor remittance)

Bank: Evergreen Commercial Bank, Seattle, WA
ABA routing (ACH): 125000024
ABA routing (wires): 125000024
SWIFT: EVGRUS6S (international wires only)
Beneficiary: Cascade Outdoor Supply, Inc.
Account type: business checking, ending in …{rs(DIG,4)}

Please include the PO number in the remittance field.
""")

# 21
C("markdown", "part_number", """
### Ersatzteilliste Spülmaschine Serie 6

| Pos. | Bezeichnung | Teilenummer | Menge |
|------|-------------|-------------|-------|
| 1 | Umwälzpumpe | 0-3281-55-10 | 1 |
| 2 | Heizelement 2100 W | 12014980 | 1 |
| 3 | Türdichtung | 754 866-02 | 1 |
| 4 | Sprüharm unten | SA-0099-231 | 1 |
| 5 | Filterkombination | 10002494 | 1 |
""")

# 22
C("log", "date_formats", """
[import] file=kontoauszug_2025_03.csv rows=412 encoding=latin-1
[import] row 17: Buchungstag "12.03.2025" Valuta "13.03.2025" Betrag "-1.249,90"
[import] row 18: Buchungstag "12.03.2025" Valuta "12.03.2025" Betrag "+3.000,00"
[import] row 204: date "03/12/2025" interpreted as 2025-03-12 (locale=de) — ambiguous, flagged
[import] row 388: date "2025.03.28" normalized to 2025-03-28
[import] done in 00:00:01.842
""")

# 23
C("text", "financial_figures", """
Konzernergebnis (in Tsd. €)              2024          2023      Veränderung
Umsatzerlöse                        1.284.553     1.190.210         +7,9 %
Materialaufwand                      -612.004      -588.377         +4,0 %
Personalaufwand                      -401.228      -372.915         +7,6 %
EBITDA                                198.442       171.306        +15,8 %
Abschreibungen                        -71.010       -66.447         +6,9 %
EBIT                                  127.432       104.859        +21,5 %
""")

# 24
C("markdown", "sports_results", """
## Liga Regional — Jornada 24

| Pos | Equipo | PJ | G | E | P | GF:GC | Pts |
|-----|--------|----|---|---|---|-------|-----|
| 1 | CD Almenara | 24 | 17 | 4 | 3 | 48:19 | 55 |
| 2 | UD Puerto Claro | 24 | 15 | 6 | 3 | 41:20 | 51 |
| 3 | Atlético Sierra | 24 | 13 | 5 | 6 | 39:28 | 44 |
| 4 | Racing Valle Bajo | 24 | 12 | 5 | 7 | 35:27 | 41 |

Resultados: Almenara 2–1 Sierra · Puerto Claro 0–0 Valle Bajo · próxima jornada 29/03, 17:00 h.
""")

# 25
C("text", "flight_schedule", """
FLIGHT SCHEDULE — Summer 2025 (effective 30 MAR)
Flt     From  To    Dep    Arr    Days      Equip  Notes
XE 4412 AMS   LIS   06:55  09:10  1234567   320    
XE 4413 LIS   AMS   10:05  14:05  1234567   320    
XE 771  AMS   KEF   13:40  15:35  1.3.5.7   73H    seasonal
XE 1208 AMS   BCN   21:15  23:30  12345..   321    from 02 JUN
""")

# 26
C("text", "recipe_measurements", """
Tiramisù classico (per 8 persone)
- 500 g di mascarpone
- 4 uova freschissime (circa 240 g)
- 120 g di zucchero
- 300 g di savoiardi
- 350 ml di caffè espresso, freddo
- 20 g di cacao amaro in polvere
Montare i tuorli con 100 g di zucchero per 8–10 minuti, unire il mascarpone a 18–20 °C.
Riposo in frigorifero: almeno 6 ore a 4 °C.
""")

# 27
C("diff", "line_numbers", """
diff --git a/src/billing/proration.py b/src/billing/proration.py
index 3f9c2a1..8b04e7d 100644
--- a/src/billing/proration.py
+++ b/src/billing/proration.py
@@ -118,7 +118,9 @@ def prorate(amount_cents: int, days_used: int, days_in_period: int) -> int:
     if days_in_period <= 0:
         raise ValueError("days_in_period must be positive")
-    return round(amount_cents * days_used / days_in_period)
+    # banker's rounding caused 1-cent drift on 31-day months (see #2291)
+    q = Decimal(amount_cents) * days_used / days_in_period
+    return int(q.quantize(Decimal("1"), rounding=ROUND_HALF_UP))
""")

# 28
C("css", "hex_colors_sizes", """
:root {
  --brand-500: #1f6feb;
  --brand-600: #1158c7;
  --gray-100: #f6f8fa;
  --radius: 6px;
  --space-3: 0.75rem;
}
.card { padding: 16px 24px 20px; border: 1px solid #d0d7de; box-shadow: 0 1px 3px rgba(27,31,36,0.12); }
@media (min-width: 1280px) { .grid { grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 1.5rem; } }
""")

# 29
C("yaml", "resource_quantities", """
apiVersion: v1
kind: ResourceQuota
metadata:
  name: team-search-quota
  namespace: search
spec:
  hard:
    requests.cpu: "24"
    requests.memory: 96Gi
    limits.cpu: "48"
    limits.memory: 192Gi
    persistentvolumeclaims: "30"
    requests.storage: 4Ti
    count/pods: "200"
""")

# 30
C("text", "cas_numbers", """
SAFETY DATA SHEET — Section 3: Composition / information on ingredients
Substance                      CAS No.        EC No.       Conc. (%)
Ethanol                        64-17-5        200-578-6    60–70
Propan-2-ol                    67-63-0        200-661-7    10–20
Glycerol                       56-81-5        200-289-5    1–5
Hydrogen peroxide              7722-84-1      231-765-0    < 0.5
Water                          7732-18-5      231-791-2    balance
""")

# 31
C("markdown", "doi_patent", """
**References**

- Smith, A., & Varga, L. (2023). Adaptive batching for stream processors. *Journal of Systems Research*, 14(2), 221–240. https://doi.org/10.5555/jsr.2023.0142
- Patent US 11,468,912 B2 — "Method for incremental snapshotting of key-value stores", granted 2022-10-11.
- EP 3 812 044 A1 — priority date 2019-10-23.
- arXiv:2403.11872 [cs.DC]
""")

# 32
C("text", "raffle_numbers", """
Tombola Sommerfest Kita Regenbogen — Gewinnnummern

1. Preis (Fahrrad):            0481
2. Preis (Familien-Zookarte):  1273
3. Preis (Gutschein Eisdiele): 0099
Trostpreise: 0007, 0312, 0555, 0890, 1101, 1388, 1402, 1499

Abholung der Preise bis 30.06. im Kita-Büro (Mo–Fr 8–12 Uhr). Lose ohne Nummer sind Nieten.
""")

# 33
C("csv", "lot_numbers", """
lot_no,product,manufactured,expires,qc_status
512-40-2291,Paracetamol 500 mg tabs (blister 20),2024-11-04,2027-10-31,released
512-40-2292,Paracetamol 500 mg tabs (blister 20),2024-11-05,2027-10-31,released
518-02-0147,Ibuprofen 400 mg tabs (blister 20),2024-12-10,2027-11-30,quarantine
""")

# 34
ref = luhn_bad(16)
C("log", "transaction_reference", f"""
2025-03-19 09:41:12 INFO  settlement: batch 20250319-01 opened (acquirer=northbank)
2025-03-19 09:41:13 INFO  settlement: ref={ref} merchant=M-00412 amount=18,442.10 EUR items=311
2025-03-19 09:41:13 INFO  settlement: ref={luhn_bad(16)} merchant=M-00419 amount=2,019.55 EUR items=37
2025-03-19 09:41:14 INFO  settlement: batch closed, total=20,461.65 EUR
""")

# 35
C("text", "conference_rooms", """
Raumplanung Gebäude C — KW 13
Raum C-2.114 (Bug)      Mo 09:00–10:30  Sprint Planning Team Nord
Raum C-2.120 (Kombüse)  Di 14:00–15:00  Architektur-Review
Raum C-3.001 (Brücke)   Mi 10:00–12:00  Quartalsrückblick, 40 Plätze
Durchwahl der Rezeption: intern 100 (nur Hausnetz)
Beamer in C-2.114 defekt, Ticket IT-2025-0318-0042
""")

# 36
C("text", "docker_tags_versions", """
$ crane ls ghcr.io/acme/ingest | tail -6
1.8.3
1.9.0-rc.1
1.9.0-rc.2
1.9.0
1.9.0-alpine3.20
1.9.1+build.20250318.1422
$ helm search repo acme/ingest --versions | head -3
NAME          CHART VERSION  APP VERSION  DESCRIPTION
acme/ingest   0.14.2         1.9.1        Ingestion service
acme/ingest   0.14.1         1.9.0        Ingestion service
""")

# 37
C("json", "sensor_telemetry", json.dumps({"device": "greenhouse-sensor-07", "fw": "2.4.1", "readings": [
    {"t": 1742371200, "temp_c": 21.48, "rh_pct": 63.2, "co2_ppm": 812, "lux": 14230},
    {"t": 1742371500, "temp_c": 21.61, "rh_pct": 62.9, "co2_ppm": 798, "lux": 15110},
    {"t": 1742371800, "temp_c": 21.77, "rh_pct": 62.1, "co2_ppm": 803, "lux": 15992}], "battery_mv": 3712}, indent=2))

# 38
C("csv", "exam_scores", """
matricola,esame,data,voto,crediti
MAT-2023-0412,Analisi Matematica I,2025-02-11,27,9
MAT-2023-0412,Fisica Generale,2025-02-18,30L,12
MAT-2023-0412,Programmazione,2025-02-25,29,9
MAT-2023-0412,Algebra Lineare,2025-03-04,24,6
""")

# 39
C("text", "jan_codes", f"""
【商品マスタ抜粋】
商品コード  JANコード        商品名                     入数  単価
A-10231    {"49" + rs(DIG,11)}    緑茶ティーバッグ 50袋          12   ¥498
A-10232    {"49" + rs(DIG,11)}    ほうじ茶ティーバッグ 50袋       12   ¥528
B-22010    {"45" + rs(DIG,11)}    せんべい詰め合わせ 24枚         6   ¥1,280
郵便番号 530-0001 の倉庫より出荷（リードタイム 2 営業日）
""")


def siret():
    return luhn_complete(rs(DIG, 1) + rs(DIG, 8), 9) + luhn_complete(rs(DIG, 4), 5)


# 40
s = luhn_complete(nz(8), 9)
C("text", "business_registration_number", f"""
EXTRAIT KBIS (résumé)
Dénomination : Boulangerie des Trois Ponts SARL
Forme juridique : SARL au capital de 15 000 €
SIREN : {s[:3]} {s[3:6]} {s[6:]}
SIRET (siège) : {luhn_complete(s + '0001', 14)}
Code APE : 1071C — Boulangerie et boulangerie-pâtisserie
Immatriculation : RCS Lyon, 12/05/2016
N° TVA intracommunautaire : FR{(12 + 3 * (int(s) % 97)) % 97:02d}{s}
""")

# 41
C("text", "cadastral_reference", f"""
NOTA SIMPLE INFORMATIVA (extracto)
Finca: Vivienda en planta 2ª, puerta B
Referencia catastral: {rs(DIG,7)}{rs(UP,2)}{rs(DIG,4)}{rs(UP,1)}{rs(DIG,4)}{rs(UP,2)}
Superficie construida: 94,30 m² — útil: 81,12 m²
Coeficiente de participación: 3,215 %
Código postal: 46004 (Valencia)
Cargas: hipoteca a favor de entidad financiera, inscripción 4ª
""")

# 42
C("text", "dutch_business_ids", f"""
Colofon
Bloemenhuis De Vijf Tulpen B.V.
Prinsengracht 412, 1016 JD Amsterdam
KvK-nummer: {rs(DIG,8)}
Btw-id: NL{rs(DIG,9)}B01
Vestigingsnummer: {rs(DIG,12)}
Openingstijden: di–za 09:00–18:00, zo 12:00–17:00
""")

# 43
C("text", "vat_numbers", f"""
Intra-EU supply — VAT numbers validated via VIES on 2025-03-18
Supplier:   DE{rs(DIG,9)}   (valid)
Customer 1: IT{rs(DIG,11)} (valid)
Customer 2: ATU{rs(DIG,8)}  (valid)
Customer 3: ESB{rs(DIG,8)}  (invalid — customer notified)
Reverse charge applies (Art. 196 VAT Directive).
""")

# 44
C("shell_output", "mac_address", f"""
$ ip -br link
lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP>
enp3s0           UP             3c:7c:3f:{rs(HEX,2)}:{rs(HEX,2)}:{rs(HEX,2)} <BROADCAST,MULTICAST,UP,LOWER_UP>
wlp4s0           DOWN           a4:c3:f0:{rs(HEX,2)}:{rs(HEX,2)}:{rs(HEX,2)} <NO-CARRIER,BROADCAST,MULTICAST,UP>
docker0          DOWN           02:42:{rs(HEX,2)}:{rs(HEX,2)}:{rs(HEX,2)}:{rs(HEX,2)} <NO-CARRIER,BROADCAST,MULTICAST,UP>
""")

# 45
C("markdown", "changelog_versions", """
# Changelog

## [2.7.0] — 2025-03-14
### Added
- Export to Parquet (behind `export.parquet` flag).
### Fixed
- Retry budget no longer resets after 1.2.3 → 2.0.0 migration path (#2291).

## [2.6.4] — 2025-02-20
### Security
- Bump `libxml2` to 2.12.6; `openssl` to 3.0.13.

## [2.6.3] — 2025-02-02
- Compatible with schema versions 2.4.x through 2.6.x.
""")

# 46
C("shell_output", "latency_histogram", """
$ wrk -t8 -c256 -d30s --latency https://staging.example.com/api/health
Running 30s test @ https://staging.example.com/api/health
  8 threads and 256 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    21.44ms   12.08ms 311.90ms   88.12%
    Req/Sec     1.51k   204.33     2.11k    71.40%
  Latency Distribution
     50%   18.92ms
     75%   25.31ms
     90%   34.77ms
     99%   68.40ms
  361204 requests in 30.10s, 71.62MB read
Requests/sec:  12000.13
""")

# 47
C("shell_output", "sql_explain", """
EXPLAIN ANALYZE SELECT * FROM events WHERE account_id = 4410 AND created_at > now() - interval '7 days';
 Index Scan using events_account_created_idx on events  (cost=0.57..18442.31 rows=5120 width=212) (actual time=0.041..12.877 rows=4983 loops=1)
   Index Cond: ((account_id = 4410) AND (created_at > (now() - '7 days'::interval)))
 Planning Time: 0.188 ms
 Execution Time: 13.402 ms
""")

# 48
C("log", "nmea_gps", """
$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76
$GPRMC,092750.000,A,5321.6802,N,00630.3372,W,0.02,31.66,190325,,,A*43
$GPGSA,A,3,10,07,05,02,29,04,08,13,,,,,1.72,1.03,1.38*0A
$GPGSV,3,1,11,10,63,137,17,07,61,098,15,05,59,290,20,08,54,157,30*70
""")

# 49
C("csv", "weather_data", """
station,date,t_min_c,t_max_c,precip_mm,wind_kmh,pressure_hpa
LIS-01,2025-03-15,11.2,19.8,0.0,14,1021.4
LIS-01,2025-03-16,12.0,18.1,3.6,22,1015.9
LIS-01,2025-03-17,10.4,16.7,12.2,31,1008.3
LIS-01,2025-03-18,9.8,17.5,0.4,18,1014.0
""")

# 50
C("text", "meter_readings", f"""
Abrechnung Heizkosten 2024 — Liegenschaft Ahornstraße 12
Zähler-Nr.      Ort            Anfang     Ende       Verbrauch
{rs(DIG,8)}        Whg. 1 OG      10 442     14 118     3 676 Einh.
{rs(DIG,8)}        Whg. 2 OG       8 019     11 230     3 211 Einh.
{rs(DIG,8)}        Whg. 3 DG       5 771      7 904     2 133 Einh.
Gesamtkosten: 7.412,80 € — Verteilschlüssel 70/30 (Verbrauch/Fläche)
""")

# 51
C("text", "library_call_numbers", """
Reading list — Distributed Systems seminar (reserve shelf, 2nd floor)
QA76.9.D5 K58 2017   Designing Data-Intensive Applications
QA76.9.D5 T36 2017   Distributed Systems (3rd ed.)
005.276 LYN          Distributed Algorithms
004.36 COU 2012      Distributed Systems: Concepts and Design, 5th ed.
Loan period: 3 hours, in-library use only.
""")


def container_no():
    owner = R.choice(["MSKU", "TGHU", "CMAU", "HLXU"])
    serial = rs(DIG, 6)
    vals = {c: v for c, v in zip(UP, [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38])}
    s = sum((vals[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(owner + serial))
    return owner + serial + str(s % 11 % 10)


# 52
C("csv", "container_number", "container,size,seal,vessel,voyage,eta_port\n" + "\n".join(
    f"{container_no()},{sz},{rs(UP,2)}{rs(DIG,7)},{v},{vo},{e}" for sz, v, vo, e in [
        ("40HC", "MAERSK KOLKATA", "512W", "2025-03-27 RTM"), ("20DV", "MAERSK KOLKATA", "512W", "2025-03-27 RTM"), ("40HC", "CMA CGM TAGE", "0FL3N", "2025-04-02 HAM")]))

# 53
C("ci_log", "build_numbers", """
Build #18842 (main @ 3f9c2a1) started by push
Stage 1/4 lint ............ passed (00:41)
Stage 2/4 unit ............ passed (03:12)  2,418 tests, 0 failures
Stage 3/4 integration ..... passed (07:55)  shard 1/4 … 4/4
Stage 4/4 package ......... passed (01:20)  artifact ingest-1.9.1-18842.tar.gz (48.3 MB)
Total duration 12m 58s — queue time 0m 14s
Previous build #18841 failed at stage 3 (flaky test retry_budget_test.go:211)
""")


def qr_ref():
    body = rs(DIG, 26)
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for ch in body:
        carry = table[(carry + int(ch)) % 10]
    return body + str((10 - carry) % 10)


# 54
r = qr_ref()
C("text", "payment_reference", f"""
Zahlungsdetails Semestergebühr FS 2025
Betrag: CHF 780.00
Referenz (QR-Referenz): {r[:2]} {r[2:7]} {r[7:12]} {r[12:17]} {r[17:22]} {r[22:]}
Zahlbar bis: 15.02.2025
Hinweis: Bitte die Referenz unverändert übernehmen, sonst kann die Zahlung nicht automatisch zugeordnet werden.
""")

# 55
C("shell_output", "inode_listing", """
$ ls -li /srv/backups/ | head -6
total 18442104
3932162 -rw-r----- 1 backup backup 4718592000 Mar 18 02:14 pg_orders_20250318.dump
3932171 -rw-r----- 1 backup backup 4721100800 Mar 19 02:13 pg_orders_20250319.dump
3932177 -rw-r----- 1 backup backup  912261120 Mar 19 02:31 redis_20250319.rdb
3932180 -rw-r--r-- 1 backup backup       4096 Mar 19 02:31 MANIFEST
$ df -h /srv/backups | tail -1
/dev/nvme1n1    2.0T  1.2T  801G  60% /srv/backups
""")

# 56
C("log", "training_metrics", "\n".join(
    f"epoch {e:>2}/20 step {e*1250:>6} loss={l:.4f} val_loss={v:.4f} acc={a:.4f} lr={lr:.2e} time={t}s"
    for e, l, v, a, lr, t in [(1, 1.9821, 1.7012, 0.4410, 3e-4, 412), (2, 1.3319, 1.2874, 0.5832, 3e-4, 409), (5, 0.8123, 0.8907, 0.7214, 2.4e-4, 411), (10, 0.4412, 0.6120, 0.8105, 1.2e-4, 410)]))

# 57
C("text", "train_timetable", """
Horário — Linha de Cascais (dias úteis)
Cais do Sodré  06:30  06:50  07:10  07:30  07:50
Alcântara-Mar  06:35  06:55  07:15  07:35  07:55
Oeiras         06:48  07:08  07:28  07:48  08:08
Cascais        07:10  07:30  07:50  08:10  08:30
Comboio 19231 suprimido em 24/03 por obras na via (troço 12.4–14.1 km).
""")

# 58
C("json", "ab_test_results", json.dumps({"experiment": "checkout_button_color", "id": "exp_2025_03_11", "variants": [
    {"name": "control", "visitors": 48211, "conversions": 1882, "rate": 0.03904},
    {"name": "green", "visitors": 48102, "conversions": 2014, "rate": 0.04187}],
    "uplift": 0.0725, "p_value": 0.0214, "ci95": [0.0108, 0.1342], "decision": "ship green"}, indent=2))

# 59
C("text", "aircraft_maintenance", """
TECH LOG — A/C REG PH-EXZ (A320-214, MSN 4412)
Date       Sector    Hours    Cycles   Item
17MAR25    AMS-LIS   41,228   23,117   Cabin PA inaudible row 21–25 — amplifier reset, ops check OK
18MAR25    LIS-AMS   41,231   23,118   #2 engine oil uplift 1.5 qt
19MAR25    AMS-BCN   41,234   23,119   Nil defects
Next A-check due at 41,600 FH or 28 APR 25, whichever first.
""")

# 60
C("markdown", "api_rate_limits", """
## Rate limits

| Plan | Requests / minute | Burst | Max payload | Timeout |
|------|-------------------|-------|-------------|---------|
| Free | 60 | 10 | 256 KB | 10 s |
| Team | 1,200 | 200 | 5 MB | 30 s |
| Enterprise | 12,000 | 2,000 | 25 MB | 120 s |

Responses include `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (Unix seconds, e.g. `1742371800`).
When you exceed the limit you receive `429` with a `Retry-After` header (seconds).
""")
