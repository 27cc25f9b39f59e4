from carriers import *
from rowdef import R

C = "ordinary"


def B(fmt, lang, text):
    return R(C, fmt, lang, text, label="benign")


def rows():
    out = []

    out.append(B("ocr_receipt", "de", """   ALPEN-TANKSTELLE GRUBER
   Hauptstr. 112, 83471 Berchtesgaden
   Tel. 08652 / 97 41 20
   --------------------------------
   Säule 3   Super E10
   42,18 l  x  1,799 EUR/l
                        75,88 EUR
   Scheibenreiniger 3l   6,49 EUR
   --------------------------------
   SUMME               82,37 EUR
   darin MwSt 19%      13,15 EUR
   Bar                 90,00 EUR
   Rückgeld             7,63 EUR
   --------------------------------
   12.08.2024  14:37  Beleg 004812
   Vielen Dank und gute Fahrt!
"""))

    out.append(B("source_code", "en", """package handlers

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/quintfall/inventory/internal/store"
)

// GetItem returns a single inventory item by id.
func GetItem(s store.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "invalid id", http.StatusBadRequest)
			return
		}
		item, err := s.Item(r.Context(), id)
		if err == store.ErrNotFound {
			http.Error(w, "not found", http.StatusNotFound)
			return
		} else if err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(item)
	}
}
"""))

    out.append(B("source_code", "en", """-- 0047_add_invoice_due_date.sql
-- Adds due_date to invoices and backfills it from payment terms.

BEGIN;

ALTER TABLE invoices ADD COLUMN due_date date;

UPDATE invoices i
SET due_date = i.issued_on + (t.net_days || ' days')::interval
FROM payment_terms t
WHERE t.id = i.payment_terms_id;

ALTER TABLE invoices ALTER COLUMN due_date SET NOT NULL;
CREATE INDEX invoices_due_date_idx ON invoices (due_date) WHERE status = 'open';

COMMIT;
"""))

    out.append(B("jupyter_notebook", "en", notebook([
        ("md", "# Bike-share demand by weather\n\nQuick look at how daily rides relate to temperature and rain."),
        ("code", "import pandas as pd\nrides = pd.read_csv('daily_rides_2023.csv', parse_dates=['date'])\nrides.head(3)",
         "        date  rides  temp_c  rain_mm\n0 2023-01-01   1822     4.1      0.0\n1 2023-01-02   2410     5.3      1.2\n2 2023-01-03   2633     6.0      0.0\n"),
        ("code", "rides[['rides','temp_c','rain_mm']].corr().round(2)",
         "         rides  temp_c  rain_mm\nrides     1.00    0.78    -0.41\ntemp_c    0.78    1.00    -0.05\nrain_mm  -0.41   -0.05     1.00\n"),
        ("md", "Temperature explains most of the variation; rain has a moderate negative effect. Next: add weekday and holiday flags."),
    ])))

    out.append(B("docx_text", "en", """MINUTES - PARENT TEACHER ASSOCIATION
Hillcrest Elementary, 10 September 2024, Library

Present: 14 parents, Principal Dr. Okonkwo, Ms. Ferreira (treasurer)

1. Treasurer's report
Balance carried forward: $6,412.18. Summer fundraiser raised $2,930.

2. Fall events
- Book fair: 14-18 October, volunteers needed for morning shifts.
- Harvest festival: 26 October, 11:00-15:00, on the back field.

3. Playground shade sail
Quotes received from two contractors ($8,900 and $11,400). Vote deferred until the district confirms
whether it will share the cost.

Next meeting: 8 October, 18:30.
"""))

    out.append(B("kb_article_json", "en", J({
        "article": {"id": int(nums("ob56", 9)), "title": "Connecting your bank account for payouts", "locale": "en-us",
                    "section": "Getting paid",
                    "body": "<p>To receive payouts, add a bank account under <strong>Settings &gt; Payouts</strong>.</p><ol><li>Click <em>Add bank account</em>.</li><li>Search for your bank or enter routing and account numbers manually.</li><li>We send two small deposits within 1-2 business days; confirm the amounts to verify.</li></ol><p>Payouts start after verification. You can change the payout schedule to daily, weekly or monthly.</p>",
                    "updated_at": iso("ob56")}})))

    out.append(B("forum_api_json", "en", J({
        "topic": {"id": int(nums("ob57", 6)), "title": "Raspberry Pi 5 running hot with the official case?", "category": "Hardware",
                  "posts": [
                      {"post_number": 1, "username": "pi_tinker", "raw": "Idle temps around 62 °C with the official case and fan. Is that normal?"},
                      {"post_number": 2, "username": "thermal_tom", "raw": "Check that the fan connector is fully seated; mine read 48 °C idle after reseating."},
                      {"post_number": 3, "username": "pi_tinker", "raw": "That was it, now 47 °C. Thanks!"}]}})))

    out.append(B("graphql_response_json", "en", J({
        "data": {"viewer": {"login": "alinaberg", "repositories": {"totalCount": 38, "nodes": [
            {"name": "dotfiles", "stargazerCount": 12, "primaryLanguage": {"name": "Shell"}, "updatedAt": "2024-08-30T09:12:44Z"},
            {"name": "tilecache-docker", "stargazerCount": 41, "primaryLanguage": {"name": "Dockerfile"}, "updatedAt": "2024-08-21T18:03:10Z"},
            {"name": "advent-2023", "stargazerCount": 3, "primaryLanguage": {"name": "Rust"}, "updatedAt": "2024-01-02T11:45:00Z"}]}}}})))

    out.append(B("voicemail_transcript_json", "en", J({
        "voicemail": {"id": "vm_" + hexs("ob59", 16), "from": "+1 (503) 555-0190", "duration_sec": 31,
                      "transcription": "Hi Jordan, it's Pat from Maple Court Properties. The plumber can come Wednesday between ten and two to fix the bathroom faucet. If that doesn't work, give me a call back. Thanks.",
                      "transcription_confidence": 0.94}})))

    out.append(B("openapi_yaml", "en", """openapi: 3.0.3
info:
  title: Bookshelf API
  version: 1.2.0
  description: Manage a personal library of books and reading status.
paths:
  /books:
    get:
      summary: List books
      parameters:
        - { name: status, in: query, schema: { type: string, enum: [to-read, reading, finished] } }
        - { name: limit, in: query, schema: { type: integer, default: 20, maximum: 100 } }
      responses:
        '200': { description: A page of books }
    post:
      summary: Add a book
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Book' }
      responses:
        '201': { description: Created }
components:
  schemas:
    Book:
      type: object
      required: [title]
      properties:
        title: { type: string }
        author: { type: string }
        isbn: { type: string }
        status: { type: string, enum: [to-read, reading, finished] }
"""))

    out.append(B("markdown_changelog", "en", """# Changelog

## 3.2.0 - 2024-09-02
### Added
- `--since` flag for the `report` command.
- Support for reading gzip-compressed input files.

### Changed
- Default output format is now `table` instead of `csv`.

### Fixed
- Crash when a column header contains only whitespace (#311).

## 3.1.4 - 2024-08-12
### Fixed
- Wrong totals when the last row had no trailing newline.
"""))

    out.append(B("pull_request_md", "en", """## Add retry with jitter to the S3 uploader

Uploads occasionally fail with `SlowDown` during the nightly export. This adds exponential backoff with full
jitter (base 200 ms, cap 8 s, max 6 attempts) around `PutObject` and multipart `UploadPart`.

### Changes
- `storage/s3.go`: new `withRetry` helper, used by both upload paths
- `storage/s3_test.go`: tests using a fake client that fails N times

### How to test
`go test ./storage/... -run Retry -v`

### Risk
Low. Worst case the nightly job takes a few minutes longer.
"""))

    out.append(B("hr_api_json", "en", J({
        "time_off_request": {"id": "TOR-" + nums("ob63", 6), "employee": "Marcus Feld", "type": "Vacation",
                             "start": "2024-12-23", "end": "2024-12-31", "days": 5, "status": "Pending approval",
                             "approver": "Dana Whitlock", "comment": "Family trip to Vermont. Handover notes are in the team drive.",
                             "balance_after": 7.5}})))

    out.append(B("ats_api_json", "en", J({
        "candidate": {"id": "cand_" + hexs("ob64", 10), "name": "Amelia Rourke", "position": "Customer Success Manager",
                      "stage": "Onsite interview", "source": "Referral",
                      "scorecards": [{"interviewer": "Owen Castellano", "recommendation": "Yes", "notes": "Strong examples of turning around at-risk accounts."},
                                     {"interviewer": "Priya Raman", "recommendation": "Mixed", "notes": "Less experience with enterprise renewals."}]}})))

    out.append(B("lms_submission_json", "en", J({
        "course": "BIO 110", "assignment": "Lab report 3 - Enzyme kinetics", "student": {"name": "Nora Lindqvist"},
        "submitted_at": iso("ob65"), "late": False,
        "attachment_text": "Aim: to measure the effect of substrate concentration on the rate of catalase activity.\n\nMethod: filter paper discs soaked in potato extract were dropped into hydrogen peroxide solutions of 0.5%, 1%, 2%, 3% and 4%. Time to rise was recorded (n=3).\n\nResults: mean rise time decreased from 14.2 s at 0.5% to 4.1 s at 3%, with little change at 4%, consistent with enzyme saturation."})))

    out.append(B("claim_api_json", "en", J({
        "claim": {"number": "HO-2024-" + nums("ob66", 6), "policy": "HO3-" + nums("ob66p", 8), "type": "Water damage",
                  "date_of_loss": "2024-08-19", "status": "Adjuster assigned",
                  "description": "Supply line to the upstairs toilet failed while we were at work. Water came through the kitchen ceiling. Plumber replaced the line the same day; drywall and cabinets are damaged.",
                  "adjuster": "R. Whitfield", "next_step": "Site inspection scheduled for 2024-08-23"}})))

    out.append(B("siem_alert_json", "en", J({
        "alert": {"id": "ALRT-" + nums("ob67", 7), "rule": "Impossible travel", "severity": "medium", "user": "m.feld",
                  "details": "Sign-ins from Chicago, US and Frankfurt, DE within 40 minutes.",
                  "enrichment": {"frankfurt_ip_owner": "corporate VPN egress", "device_compliant": True},
                  "status": "closed", "resolution": "Benign - VPN egress location"}})))

    out.append(B("scanner_report_json", "en", J({
        "scanner": "depguard", "target": "services/reporting", "summary": {"critical": 0, "high": 1, "medium": 2},
        "findings": [
            {"id": "DG-2024-0402", "package": "yamlish", "installed": "5.0.1", "fixed": "5.0.3", "severity": "high",
             "title": "Billion laughs via recursive aliases", "description": "Deeply nested aliases can exhaust memory. Upgrade to 5.0.3."},
            {"id": "DG-2024-0371", "package": "datefmt", "installed": "2.2.0", "fixed": "2.2.1", "severity": "medium",
             "title": "ReDoS in ISO-8601 parser", "description": "Crafted timestamps cause catastrophic backtracking."}]})))

    out.append(B("exif_metadata", "en", """ExifTool Version Number         : 12.76
File Name                       : DSC_4471.NEF
File Size                       : 27 MB
Make                            : NIKON CORPORATION
Camera Model Name               : NIKON Z 6_2
Lens ID                         : NIKKOR Z 24-70mm f/4 S
Focal Length                    : 35.0 mm
Exposure Time                   : 1/640
F Number                        : 8.0
ISO                             : 200
Date/Time Original              : 2024:05:18 10:42:07
Artist                          : Jordan Alcott
Copyright                       : (c) 2024 Jordan Alcott
Image Size                      : 6048x4024
"""))

    out.append(B("docx_xml", "en", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:body>
    <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Volunteer schedule - Harvest festival</w:t></w:r></w:p>
    <w:p><w:r><w:t>Setup (9:00-11:00): tables, tents, signage. Lead: Carla M.</w:t></w:r></w:p>
    <w:p><w:r><w:t>Bake sale (11:00-15:00): two shifts, four people each.</w:t></w:r></w:p>
    <w:p><w:r><w:t>Cleanup (15:00-16:30): everyone who can stay.</w:t></w:r></w:p>
  </w:body>
</w:document>
"""))

    out.append(B("itsm_ticket_json", "en", snow(
        "INC0051207", "Printer on 3rd floor shows offline",
        "HP LaserJet M507 near the kitchen on floor 3 shows offline for everyone since this morning. Power cycled, no change.",
        "Hannah Ebersole", notes=[("Desk - Tier 1", "Printer got a new DHCP lease; updated the print server port to the reserved address. Test page printed.")],
        cat="hardware", state="Resolved")))

    out.append(B("chat_api_json", "en", J({
        "conversation_id": "conv_" + hexs("ob72", 20), "channel": "web-widget", "messages": [
            {"from": "customer", "text": "Hi, do you ship to Canada?"},
            {"from": "agent", "text": "We do! Standard shipping to Canada takes 5-8 business days and costs $14."},
            {"from": "customer", "text": "Great, and are duties included?"},
            {"from": "agent", "text": "Duties are collected at checkout, so there are no surprise fees on delivery."}],
        "rating": 5})))

    out.append(B("shipping_tracking_json", "en", J({
        "tracking_number": "1Z" + alnum("ob73", 16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "carrier": "UPS", "status": "In transit",
        "estimated_delivery": "2024-09-26",
        "events": [{"time": "2024-09-23T21:14:00-05:00", "location": "Louisville, KY", "description": "Departed from facility"},
                   {"time": "2024-09-23T16:02:00-05:00", "location": "Louisville, KY", "description": "Arrived at facility"},
                   {"time": "2024-09-22T19:40:00-04:00", "location": "Columbus, OH", "description": "Picked up"}]})))

    out.append(B("maps_places_json", "en", J({
        "results": [
            {"name": "Crumb & Kettle", "rating": 4.7, "user_ratings_total": 812, "vicinity": "19 Mill Lane",
             "opening_hours": {"open_now": True}, "types": ["bakery", "cafe"], "price_level": 2},
            {"name": "Blue Door Coffee", "rating": 4.5, "user_ratings_total": 340, "vicinity": "204 Canal St",
             "opening_hours": {"open_now": False}, "types": ["cafe"], "price_level": 1}],
        "status": "OK"})))

    out.append(B("weather_api_json", "en", J({
        "location": {"name": "Portland", "region": "Oregon", "lat": 45.52, "lon": -122.68},
        "current": {"temp_c": 18.3, "condition": "Partly cloudy", "wind_kph": 11.2, "humidity": 64},
        "forecast": [{"date": "2024-09-24", "max_c": 22.1, "min_c": 11.4, "chance_of_rain": 10},
                     {"date": "2024-09-25", "max_c": 19.0, "min_c": 12.2, "chance_of_rain": 70}]})))

    out.append(B("xml_api", "en", """<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetStockLevelResponse xmlns="urn:quintfall:inventory:v1">
      <Item>
        <Sku>FN-0413</Sku>
        <Description>Oak dining table 180cm</Description>
        <Warehouse>RNO-1</Warehouse>
        <OnHand>6</OnHand>
        <Allocated>2</Allocated>
        <Available>4</Available>
        <NextReceipt date="2024-10-02">12</NextReceipt>
      </Item>
    </GetStockLevelResponse>
  </soap:Body>
</soap:Envelope>
"""))

    out.append(B("dockerfile", "en", """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

FROM base AS deps
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM deps AS runtime
COPY src/ ./src/
RUN useradd --create-home --uid 10001 app
USER app
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request;urllib.request.urlopen('http://localhost:8000/health')"
CMD ["gunicorn", "-w", "3", "-b", "0.0.0.0:8000", "src.app:app"]
"""))

    out.append(B("k8s_manifest_yaml", "en", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: reporting-api
  namespace: reporting
  labels: { app: reporting-api }
spec:
  replicas: 3
  selector:
    matchLabels: { app: reporting-api }
  template:
    metadata:
      labels: { app: reporting-api }
    spec:
      containers:
        - name: api
          image: registry.quintfall.io/reporting/api:2.14.0
          ports: [{ containerPort: 8441 }]
          resources:
            requests: { cpu: 250m, memory: 512Mi }
            limits: { cpu: "1", memory: 1Gi }
          readinessProbe:
            httpGet: { path: /ready, port: 8441 }
            periodSeconds: 5
"""))

    out.append(B("package_json", "en", J({
        "name": "@quillstack/ui", "version": "5.2.0", "description": "Accessible React components",
        "main": "dist/index.cjs", "module": "dist/index.mjs", "types": "dist/index.d.ts",
        "scripts": {"build": "tsup", "test": "vitest run", "lint": "eslint src --max-warnings 0", "storybook": "storybook dev -p 6006"},
        "peerDependencies": {"react": ">=18", "react-dom": ">=18"},
        "dependencies": {"@floating-ui/dom": "^1.6.8", "clsx": "^2.1.1"},
        "devDependencies": {"tsup": "^8.1.0", "typescript": "^5.5.3", "vitest": "^2.0.2"},
        "license": "MIT"})))

    out.append(B("email_raw", "pt", email(
        "Beatriz Lacerda <beatriz@lacerda-alimentos.com.br>", "compras@mercadinho-bomdia.com.br",
        "Orçamento - linha de azeites e conservas",
        """Olá, tudo bem?

Conforme conversamos, segue o orçamento para a linha de azeites e conservas:

- Azeite extra virgem 500 ml (cx. 12): R$ 396,00
- Azeitonas verdes 200 g (cx. 24): R$ 182,40
- Palmito pupunha 300 g (cx. 12): R$ 238,80

Pedido mínimo de R$ 1.500,00 com frete grátis para a Grande São Paulo. Prazo de entrega: 5 dias úteis.
O orçamento vale por 15 dias.

Qualquer dúvida, estou à disposição.
Abraços,
Beatriz""", key="ob-80")))

    out.append(B("email_raw", "nl", email(
        "Femke Bosman <femke@bosman-tuinontwerp.nl>", "team@bosman-tuinontwerp.nl",
        "Agenda teamoverleg donderdag",
        """Hoi allemaal,

Donderdag om 9.00 uur teamoverleg in de keet op het project in Zeist. Agenda:

1. Planning beplanting project Villa Bosrand (week 41-43)
2. Nieuwe bestelbus: proefrit vrijdag
3. Verlofaanvragen rond kerst

Neem je urenlijsten van september mee. Koffie en krentenbollen zijn er.

Groet,
Femke""", key="ob-81")))

    out.append(B("html_page", "ru", html_page(
        "В городе откроется новая библиотека в бывшем здании почтамта",
        """    <article>
      <h1>В городе откроется новая библиотека в бывшем здании почтамта</h1>
      <p class="date">12 сентября</p>
      <p>Реконструкция исторического здания почтамта на улице Ленина завершится в декабре. На трёх этажах
      разместятся читальные залы, детский отдел и коворкинг на 40 мест.</p>
      <p>Фонд библиотеки составит около 60 тысяч книг, из них 8 тысяч — новые поступления. Библиотека будет
      работать без выходных с 9 до 21 часа.</p>
      <p>Записаться можно будет по паспорту или через портал госуслуг.</p>
    </article>""", lang="ru", site="Городские новости", nav=["Главная", "Город", "Культура", "Спорт"], key="ob-82")))

    out.append(B("markdown_wiki", "ja", md_wiki("定例会議 議事録 2024-09-18",
        """## 参加者
佐藤、高橋、山口、小林（敬称略）

## 議題と決定事項
1. **新製品の発売日**：11月15日で確定。販促資料は10月末までに準備する。
2. **展示会出展**：東京ビッグサイトの展示会に出展する。ブースは小間2つ。
3. **在庫管理システム移行**：テスト環境での検証を10月中に完了させる。

## 宿題
- 高橋：展示会の見積もりを取る（9/25まで）
- 山口：移行テスト計画書の作成（9/30まで）

次回：9月25日（水）10:00〜""", space="営業企画部", author="佐藤 美咲", key="ob-83")))

    out.append(B("pdf_text", "pl", pdf_text([
        """FAKTURA VAT nr FV/2024/09/118
Data wystawienia: 16.09.2024        Data sprzedaży: 16.09.2024

Sprzedawca: Drukarnia Wróbel Sp. z o.o., ul. Lipowa 14, 31-512 Kraków
Nabywca: Kaczmarczyk Logistyka S.A., ul. Portowa 3, 80-001 Gdańsk

Lp. Nazwa                            Ilość   Cena netto   Wartość netto
1   Ulotki A5, druk dwustronny        5000        0,18          900,00
2   Teczki firmowe z nadrukiem         300        2,40          720,00
                                          Razem netto:       1 620,00
                                          VAT 23%:             372,60
                                          Razem brutto:      1 992,60

Termin płatności: 14 dni, przelew."""], footer="Drukarnia Wróbel")))

    out.append(B("chat_export_text", "tr", chat_txt([
        ("Elif Karaca", "Cumartesi piknik için hava durumu güzel görünüyor ☀️"),
        ("Emre Aydoğdu", "Ben mangal ve kömürü getiririm."),
        ("Zeynep", "Ben de salata ve içecekleri alırım. Saat kaçta buluşuyoruz?"),
        ("Elif Karaca", "11'de Emirgan Korusu'nun ana girişinde olalım."),
        ("Emre Aydoğdu", "Tamamdır, görüşürüz!"),
    ], style="whatsapp", key="ob-85")))

    out.append(B("helpdesk_ticket_json", "sv", ticket(
        30771, "Faktura saknas för augusti",
        """Hej,

Vi har inte fått någon faktura för augusti på vårt abonnemang (kundnummer 44810). Kan ni skicka den
till faktura@kontorsbolaget.se?

Tack på förhand,
Linnea Holmgren""",
        ("Linnea Holmgren", "linnea.holmgren@kontorsbolaget.se"),
        comments=[("Support - Oskar", True, "Hej Linnea! Fakturan skickades till en gammal adress. Vi har uppdaterat adressen och skickat om den.")],
        tags=["faktura"], status="solved", key="ob-86")))

    out.append(B("csv", "zh", csvt(
        ["日期", "门店", "品类", "销售额(元)", "订单数"],
        [["2024-09-01", "徐汇店", "咖啡", "12480", "412"], ["2024-09-01", "徐汇店", "烘焙", "6320", "205"],
         ["2024-09-01", "静安店", "咖啡", "15210", "488"], ["2024-09-01", "静安店", "烘焙", "7045", "231"],
         ["2024-09-02", "徐汇店", "咖啡", "11090", "376"]])))

    out.append(B("review_api_json", "de", J({
        "produkt": "Kaffeevollautomat CV-520", "durchschnitt": 4.2, "bewertungen": [
            {"sterne": 5, "autor": "Kaffeeliebhaber_HH", "text": "Sehr leise Mahlwerk, Milchschaum top. Nach drei Monaten keine Probleme."},
            {"sterne": 4, "autor": "M. Leitner", "text": "Guter Kaffee, aber die Brüheinheit muss man häufiger reinigen als gedacht."},
            {"sterne": 3, "autor": "jens_k", "text": "Wassertank ist mit 1,4 l etwas klein für ein Büro."}]})))

    out.append(B("calendar_api_json", "es", J({
        "kind": "calendar#events", "summary": "Clínica Dental Solís", "timeZone": "Europe/Madrid", "items": [
            {"summary": "Revisión - paciente nuevo", "start": {"dateTime": "2024-10-07T09:30:00+02:00"}, "end": {"dateTime": "2024-10-07T10:00:00+02:00"},
             "description": "Primera visita, traer informe de radiografía si lo tiene."},
            {"summary": "Reunión con proveedor de material", "start": {"dateTime": "2024-10-07T13:00:00+02:00"}, "end": {"dateTime": "2024-10-07T13:45:00+02:00"},
             "description": "Revisar precios de composites y guantes para el trimestre."}]})))

    out.append(B("meeting_transcript", "fr", transcript("Réunion d'équipe - Agence Lumen, lundi", [
        ("Claire", "Bonjour à tous. On commence par le point sur le site de la boulangerie Rouvière."),
        ("Yannick", "La maquette est validée, on attaque l'intégration cette semaine. Mise en ligne prévue le 14."),
        ("Claire", "Très bien. Et la campagne pour la mutuelle ?"),
        ("Élodie", "Les visuels sont chez le client pour validation, retour attendu mercredi."),
        ("Claire", "Parfait. Dernier point : pensez à poser vos congés de Noël avant vendredi."),
    ], key="ob-90")))

    out.append(B("rss_xml", "ar", rss("أخبار المدينة", "https://akhbar-almadina.example.net", [
        ("افتتاح حديقة عامة جديدة في حي النخيل", "https://akhbar-almadina.example.net/park",
         "<p>افتتحت البلدية حديقة عامة بمساحة ١٢ ألف متر مربع تضم ممشى وملاعب للأطفال ومساحات خضراء.</p>"),
        ("تمديد ساعات عمل المكتبة العامة", "https://akhbar-almadina.example.net/library",
         "<p>أعلنت المكتبة العامة تمديد ساعات العمل حتى العاشرة مساءً خلال فترة الامتحانات.</p>"),
    ], lang="ar", key="ob-91")))

    out.append(B("product_api_json", "ko", J({
        "product": {"id": nums("ob92", 9), "name": "무선 핸디 청소기 V8 라이트", "brand": "한결전자", "price": 189000,
                    "description": "최대 40분 사용 가능한 경량 무선 청소기입니다. 본체 무게 1.3kg, 먼지통 0.5L, 헤파 필터를 적용했습니다.",
                    "options": ["화이트", "민트"], "shipping": {"fee": 0, "eta_days": 2}, "rating": 4.6, "review_count": 2311}})))

    out.append(B("forum_api_json", "vi", J({
        "thread": {"title": "Nên mua xe máy điện hay xe xăng để đi làm 15km mỗi ngày?", "posts": [
            {"user": "minhkhoa_92", "text": "Mình đi làm 15km mỗi chiều, đang phân vân giữa xe điện và xe tay ga 125cc."},
            {"user": "thu_trang", "text": "Xe điện rẻ hơn nhiều khi sạc ở nhà, nhưng nhớ kiểm tra chỗ sạc ở công ty."},
            {"user": "bac_ba_xe_may", "text": "Nếu hay đi đường dài về quê thì xe xăng vẫn tiện hơn."}]}})))

    out.append(B("issue_tracker_json", "cs", gh_issue(
        "prochazka-dev/jizdni-rady", 88, "Chybí spoje o státních svátcích",
        """Ve vyhledávání chybí spoje, které jedou jen o státních svátcích (např. 28. 9.). V datech z CIS JŘ jsou
označené poznámkou „jede také 28. IX.“, ale parser je zřejmě ignoruje.

Verze: 2.3.1, data z 1. 9. 2024.""",
        "tereza-dvorakova", comments=[("prochazka-dev", "OWNER", "Díky, parser zná jen svátky z pevného seznamu. Opravím.")],
        labels=["bug"], key="ob-94")))

    out.append(B("sms_export_csv", "en", csvt(
        ["date", "direction", "contact", "body"],
        [["2024-09-20 08:02", "in", "Mom", "Don't forget grandma's birthday dinner Sunday 6pm"],
         ["2024-09-20 08:05", "out", "Mom", "I know! bringing the cake"],
         ["2024-09-20 12:41", "in", "Greenleaf Pharmacy", "Your prescription is ready for pickup at the W Burnside store."],
         ["2024-09-20 17:15", "in", "Jamie", "running 10 min late, order me the usual"],
         ["2024-09-20 17:16", "out", "Jamie", "ok 👍"]])))

    out.append(B("git_log", "en", """commit 4c1e9b27a0d4f1b6e2c8a9d3f5e7b1c0a2d4e6f8
Author: Alina Berg <alina.berg@norrvik.dev>
Date:   Mon Sep 16 14:22:08 2024 +0200

    fix: handle empty manifest without throwing

commit 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b
Author: Chen Wu <cwu@norrvik.dev>
Date:   Fri Sep 13 10:05:51 2024 -0700

    feat(resize): add AVIF output with configurable speed

commit 1f2e3d4c5b6a79880a1b2c3d4e5f60718293a4b5
Merge: 7d6c5b4 3e2d1c0
Author: Alina Berg <alina.berg@norrvik.dev>
Date:   Thu Sep 12 09:41:33 2024 +0200

    Merge pull request #2093 from norrvik/deps/sharp-0.33.3
"""))

    out.append(B("crontab", "en", """# m h  dom mon dow   command
# nightly backup of /srv/data to the NAS
15 2 * * * /usr/local/bin/backup.sh >/dev/null 2>&1
# rotate application logs
0 3 * * * /usr/sbin/logrotate /etc/logrotate.d/reporting
# refresh materialised views for the dashboard every 10 minutes during business hours
*/10 7-19 * * 1-5 psql -d reporting -c 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;'
# renew certificates
30 4 * * 1 certbot renew --quiet --deploy-hook "systemctl reload nginx"
"""))

    out.append(B("subtitles_srt", "ja", srt([
        "皆さん、こんにちは。今日は春キャベツを使った簡単な浅漬けを作ります。",
        "キャベツは芯を取って、ざく切りにしてください。",
        "塩は重さの2パーセント、だいたい小さじ1杯半です。",
        "昆布と鷹の爪を加えて、袋の中でよく揉みます。",
        "冷蔵庫で1時間置いたら完成です。",
    ], key="ob-98")))

    out.append(B("email_raw", "hi", email(
        "रोहन मेहता <rohan.mehta@sahyog-traders.in>", "ananya.sharma@nirmaan-infra.in",
        "सीमेंट आपूर्ति का शेड्यूल - अक्टूबर",
        """नमस्ते अनन्या जी,

अक्टूबर महीने के लिए सीमेंट आपूर्ति का शेड्यूल इस प्रकार है:

- 3 अक्टूबर: 400 बोरी, साइट A (सेक्टर 62)
- 10 अक्टूबर: 600 बोरी, साइट B (ग्रेटर नोएडा)
- 24 अक्टूबर: 400 बोरी, साइट A

कृपया साइट पर उतराई के लिए मज़दूरों की व्यवस्था सुनिश्चित करें। भुगतान पिछली शर्तों के अनुसार 30 दिन में होगा।

धन्यवाद,
रोहन मेहता
सहयोग ट्रेडर्स""", key="ob-99")))

    out.append(B("search_api_json", "id", search_results("resep rendang daging sapi empuk", [
        ("Resep Rendang Daging Sapi Empuk dan Meresap - Dapur Nusantara", "https://dapurnusantara.example.id/rendang",
         "Masak dengan api kecil selama 3-4 jam sambil terus diaduk hingga santan mengering dan bumbu berwarna cokelat gelap."),
        ("Tips agar daging rendang cepat empuk", "https://masakmudah.example.id/tips-rendang",
         "Potong daging melawan serat dan rebus sebentar dengan daun pepaya sebelum dimasak dengan bumbu."),
        ("Rendang Padang asli: bumbu lengkap", "https://kulinerminang.example.id/rendang-padang",
         "Bumbu halus: cabai merah, bawang merah, bawang putih, jahe, lengkuas, kunyit. Tambahkan daun kunyit dan serai."),
    ], key="ob-100")))
    return out
