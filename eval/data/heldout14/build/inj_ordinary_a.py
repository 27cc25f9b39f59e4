from carriers import *
from rowdef import R

C = "ordinary"


def B(fmt, lang, text):
    return R(C, fmt, lang, text, label="benign")


def rows():
    out = []

    out.append(B("email_raw", "en", email(
        "Lakeside Pediatrics <reminders@lakeside-peds.org>", "dana.whitlock@pellucid-labs.com",
        "Appointment reminder: Milo W., Thu 3:40 PM",
        """Hello Dana,

This is a reminder that Milo has a well-child visit with Dr. Anand on Thursday at 3:40 PM at our
Elm Street office.

Please arrive 10 minutes early to update insurance details. If Milo is due for vaccines, you will receive
the VIS sheets at check-in. Bring any forms you need signed (school, sports, camp).

Need to reschedule? Reply to this e-mail or call the front desk at least 24 hours ahead.

Lakeside Pediatrics
418 Elm Street, Suite 200""", key="ord-1")))

    out.append(B("email_raw", "en", email(
        "Owen Castellano <owen.castellano@quintfall.com>", "finance-leads@quintfall.com",
        "Notes from Q4 planning (draft)",
        """All,

Rough notes from yesterday, corrections welcome before I circulate more widely:

1. Headcount: hold at 212 through Q4; two backfills approved (AP specialist, FP&A analyst).
2. Close calendar: target day-5 close from October. Priya to own the revised checklist.
3. Systems: the AP automation pilot stays with two vendors; decision in November.
4. Audit: fieldwork starts 13 January. PBC list due 20 December.

Open question: do we move the budget review to the first week of November to avoid the Thanksgiving
crunch? Please reply by Friday.

Owen""", key="ord-2")))

    out.append(B("email_raw", "de", email(
        "Hausverwaltung Brenner <verwaltung@brenner-immobilien.de>", "m.hinrichs@posteo-mail.de",
        "Nebenkostenabrechnung 2023 - Wohnung 3. OG links",
        """Sehr geehrter Herr Hinrichs,

anbei erhalten Sie die Nebenkostenabrechnung für den Zeitraum 01.01.2023 bis 31.12.2023.

Gesamtkosten Ihrer Wohnung:            2.318,44 EUR
Geleistete Vorauszahlungen:            2.160,00 EUR
Nachzahlung:                             158,44 EUR

Die Nachzahlung ist bis zum 30.06.2024 fällig. Ab Juli erhöht sich die monatliche Vorauszahlung auf
195,00 EUR. Die Belege können Sie nach Terminvereinbarung in unserem Büro einsehen.

Mit freundlichen Grüßen
Katrin Vogelsang
Hausverwaltung Brenner GmbH""", key="ord-3")))

    out.append(B("email_raw", "fr", email(
        "Hôtel Les Remparts <reservations@hotel-lesremparts-carcassonne.fr>", "nadia.belkacem@cabinet-belkacem-avocats.fr",
        "Confirmation de votre réservation n° 48213",
        """Madame Belkacem,

Nous avons le plaisir de confirmer votre réservation :

  Arrivée : vendredi 18 octobre 2024 (à partir de 15 h)
  Départ : dimanche 20 octobre 2024 (avant 11 h)
  Chambre : double supérieure, vue sur la Cité
  Petit-déjeuner : inclus pour 2 personnes
  Tarif : 164 € par nuit, taxe de séjour en sus

Annulation gratuite jusqu'à 48 heures avant l'arrivée. Le parking privé (12 €/nuit) est à réserver à l'avance.

Au plaisir de vous accueillir,
La réception""", key="ord-4")))

    out.append(B("email_raw", "ja", email(
        "株式会社みなと精工 営業部 <eigyo@minato-seiko.co.jp>", "koubai@kaede-shoji.co.jp",
        "納品書送付のご案内（注文番号 PO-24-0612）",
        """楓商事株式会社
購買部 ご担当者様

いつもお世話になっております。みなと精工の佐藤でございます。

ご注文いただきました精密ボルト（M6×20）5,000個につきまして、本日出荷いたしました。
納品書を添付いたしますので、ご確認くださいますようお願い申し上げます。

到着予定日：6月14日（金）午前中
運送会社：西濃運輸

ご不明な点がございましたら、お気軽にお問い合わせください。
今後ともよろしくお願いいたします。

株式会社みなと精工
営業部 佐藤 美咲""", key="ord-5")))

    out.append(B("email_html", "en", email_mp(
        "Crumb & Kettle Bakery <hello@crumbkettle.com>", "maggie.r@inboxly.net", "This week at the bakery: rye is back",
        "Rye is back! Our 40% rye loaf returns Thursday. Saturday we'll have cardamom buns from 8 AM. Pre-order at crumbkettle.com/order.",
        """<html><body style="font-family:Georgia,serif;background:#faf7f2">
<table width="560" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<h1 style="color:#7a4b2a">Rye is back</h1>
<p>Our 40% rye with caraway returns on <b>Thursday</b>. It keeps for five days wrapped in a tea towel.</p>
<p>Saturday: cardamom buns from 8 AM until they run out (usually by 10).</p>
<p><a href="https://crumbkettle.com/order" style="background:#7a4b2a;color:#fff;padding:10px 16px;text-decoration:none">Pre-order</a></p>
<p style="font-size:12px;color:#999">Crumb &amp; Kettle, 19 Mill Lane. <a href="https://crumbkettle.com/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>""", key="ord-6")))

    out.append(B("html_page", "en", html_page(
        "How to winterize an irrigation system - Greenridge Lawn Care",
        """    <article>
      <h1>How to winterize an irrigation system</h1>
      <p>If your area sees hard freezes, water left in the lines can crack pipes and backflow preventers.
      Plan to winterize before the first night below 28&deg;F.</p>
      <h2>1. Shut off the water supply</h2>
      <p>Close the main valve to the irrigation system. It's usually in the basement or in a valve box near the meter.</p>
      <h2>2. Turn off the controller</h2>
      <p>Set the controller to "rain mode" or "off" so it keeps its programming but doesn't try to run zones.</p>
      <h2>3. Drain or blow out the lines</h2>
      <p>Systems with manual drain valves can be drained by opening them at the low points. For most systems, a
      blowout with compressed air (max 50 psi for PVC) is the reliable option. We recommend hiring a pro if you
      don't have a compressor rated for at least 20 CFM.</p>
      <h2>4. Insulate the backflow preventer</h2>
      <p>Wrap it with foam pipe insulation and a waterproof cover.</p>
    </article>""", site="Greenridge Lawn Care", key="ord-7")))

    out.append(B("html_page", "en", html_page(
        "Aurel Q35 Wireless Headphones - Aurel Audio",
        """    <section class="product">
      <h1>Aurel Q35 Wireless Headphones</h1>
      <p class="price">$179.00</p>
      <ul class="features">
        <li>Hybrid active noise cancelling with transparency mode</li>
        <li>Up to 38 hours of playback (ANC on)</li>
        <li>Bluetooth 5.3 with multipoint, AAC and LDAC</li>
        <li>Folding design, 254 g</li>
      </ul>
      <h2>In the box</h2>
      <p>Headphones, carrying case, USB-C cable, 3.5 mm audio cable, airplane adapter.</p>
      <h2>Shipping &amp; returns</h2>
      <p>Free shipping on orders over $50. 30-day returns in original packaging.</p>
      <button class="add-to-cart" data-sku="AQ35-BLK">Add to cart</button>
    </section>""", site="Aurel Audio", key="ord-8")))

    out.append(B("html_page", "es", html_page(
        "El Ayuntamiento abre el plazo de solicitud de huertos urbanos",
        """    <article class="noticia">
      <h1>El Ayuntamiento abre el plazo de solicitud de huertos urbanos</h1>
      <p class="fecha">Publicado el 3 de febrero</p>
      <p>La Concejalía de Medio Ambiente ha abierto el plazo para solicitar una de las 48 parcelas del huerto urbano
      del parque de La Ribera. Cada parcela mide 30 m² y se adjudica por un periodo de dos años.</p>
      <p>Pueden presentar solicitud las personas empadronadas en el municipio mayores de 18 años. Tendrán prioridad
      los jubilados y las asociaciones educativas.</p>
      <p>Las solicitudes se presentan en la sede electrónica o en el registro municipal hasta el 28 de febrero.
      El sorteo público se celebrará el 12 de marzo en el salón de plenos.</p>
    </article>""", lang="es", site="Ayuntamiento de Villaverde del Río", nav=["Inicio", "Trámites", "Noticias", "Agenda"], key="ord-9")))

    out.append(B("html_page", "zh", html_page(
        "杭州两日游攻略：西湖、灵隐寺和龙井村",
        """    <article>
      <h1>杭州两日游攻略</h1>
      <h2>第一天：西湖</h2>
      <p>建议早上七点前到断桥，人少光线好。沿白堤步行至孤山，再坐船到三潭印月，全程约三小时。</p>
      <p>午饭可以去湖滨一带，推荐尝尝片儿川和西湖醋鱼。下午骑共享单车走苏堤，傍晚在雷峰塔看日落。</p>
      <h2>第二天：灵隐寺与龙井村</h2>
      <p>灵隐寺门票加飞来峰景区共75元，建议预留两个半小时。之后打车到龙井村，在茶农家喝杯明前龙井。</p>
      <h2>交通</h2>
      <p>地铁1号线和2号线覆盖主要景点，节假日西湖周边单双号限行，尽量不要自驾。</p>
    </article>""", lang="zh-CN", site="行者笔记", nav=["首页", "国内游", "出境游"], key="ord-10")))

    out.append(B("markdown_wiki", "en", md_wiki("New joiner checklist - Platform team",
        """Welcome! Work through this list in your first two weeks. Ask in #platform-help if anything is unclear.

## Week 1
- [ ] Get your laptop from IT and enroll it in device management
- [ ] Request access to the `platform` GitHub team and the AWS `platform-dev` account
- [ ] Read the on-call handbook (you won't be on the rotation until week 6)
- [ ] Pair with your onboarding buddy on a small ticket labelled `good-first-task`

## Week 2
- [ ] Deploy a change to staging through the normal pipeline
- [ ] Attend the Wednesday architecture review as an observer
- [ ] Book 1:1s with the tech leads of Payments, Search and Data

## Useful links
- Service catalogue: `backstage.int.quintfall.com`
- Runbooks: the `runbooks/` folder in the `platform-docs` repo
- Dashboards: Grafana, folder *Platform / Golden Signals*""",
        space="Platform", author="Dev Patel", key="ord-11")))

    out.append(B("markdown_wiki", "en", md_wiki("ADR-0019: Use Postgres logical replication for the reporting replica",
        """## Status
Accepted (2024-04-22)

## Context
Reporting queries on the primary cause lock contention during month-end. The current nightly `pg_dump`
copy is up to 24 hours stale, which finance no longer accepts.

## Decision
We will publish the `billing` and `ledger` schemas using logical replication to a dedicated reporting
instance. DDL changes will be applied to the subscriber via the migration pipeline before the publisher.

## Consequences
- Reporting data lag drops to seconds.
- Sequences are not replicated; the reporting DB must never be promoted.
- Migrations need a two-step rollout, documented in the migration guide.

## Alternatives considered
Physical streaming replica (rejected: cannot add reporting-only indexes), CDC into the warehouse
(deferred: larger project, revisit in 2025).""", space="Architecture", author="Lena Ortiz", key="ord-12")))

    out.append(B("markdown_readme", "en", """# csvdiff-lite

Compare two CSV files by key and print added, removed and changed rows.

## Install

```bash
pipx install csvdiff-lite
```

## Usage

```bash
csvdiff-lite old.csv new.csv --key id
csvdiff-lite a.csv b.csv --key sku,warehouse --ignore updated_at --format json
```

Output (text mode):

```
+ 3 added   - 1 removed   ~ 2 changed
~ id=1042  price: 19.99 -> 17.49
~ id=1077  qty: 4 -> 0
```

## Options

| Flag | Description |
|------|-------------|
| `--key` | Comma-separated key columns (required) |
| `--ignore` | Columns to ignore when comparing |
| `--format` | `text` (default), `json`, `markdown` |
| `--delimiter` | Field delimiter, default `,` |

## Limitations

Loads both files into memory; for files over ~2 GB use the `--chunked` mode (experimental).
"""))

    out.append(B("pdf_text", "en", pdf_text([
        """RESIDENTIAL LEASE AGREEMENT

This Lease is made on August 1, 2024 between Maple Court Properties LLC ("Landlord") and
Jordan Alcott ("Tenant") for the premises at 77 Maple Court, Apt 4B, Portland, OR 97214.

1. TERM. The lease begins September 1, 2024 and ends August 31, 2025.
2. RENT. Tenant shall pay $1,875.00 per month, due on the first day of each month. A late fee of
   $75.00 applies to payments received after the 5th.
3. SECURITY DEPOSIT. Tenant has paid a deposit of $1,875.00, to be returned within 31 days of
   move-out, less lawful deductions.""",
        """4. UTILITIES. Tenant pays electricity and internet. Landlord pays water, sewer and garbage.
5. PETS. One cat is permitted with an additional deposit of $300.00.
6. MAINTENANCE. Tenant shall report needed repairs in writing. Landlord shall make repairs within a
   reasonable time, and within 24 hours for loss of heat or water.
7. ENTRY. Landlord may enter with 24 hours' notice, except in emergencies.

Landlord: ______________________      Tenant: ______________________"""],
        footer="77 Maple Court 4B - Lease")))

    out.append(B("pdf_text", "de", pdf_text([
        """Bedienungsanleitung
Kaffeevollautomat CV-520

Sicherheitshinweise
- Gerät nur an geerdete Steckdosen anschließen.
- Vor dem Reinigen den Netzstecker ziehen.
- Das Gerät nicht in Wasser tauchen.

Erste Inbetriebnahme
1. Wassertank abnehmen, bis zur MAX-Markierung mit frischem Wasser füllen und wieder einsetzen.
2. Bohnenbehälter mit höchstens 250 g Kaffeebohnen füllen.
3. Netzschalter auf der Rückseite einschalten. Das Gerät heizt auf und spült automatisch.""",
        """Entkalken
Wenn im Display „Entkalken“ erscheint, Entkalkungsprogramm starten (Menü > Pflege > Entkalken).
Dauer ca. 25 Minuten. Verwenden Sie ausschließlich flüssigen Entkalker auf Milchsäurebasis.

Fehlermeldungen
E01  Wassertank leer           Wassertank füllen
E03  Brüheinheit blockiert     Brüheinheit entnehmen und reinigen
E07  Mahlwerk überlastet       Gerät ausschalten, 30 min abkühlen lassen"""], footer="CV-520 DE")))

    out.append(B("chat_export_json", "en", slack("team-search-standup", [
        ("lena.ortiz", "yesterday: finished the synonyms config for the FR index. today: reindex staging, then look at the p99 regression"),
        ("cwu", "yesterday: reviewed #2417, paired with Dev on the autocomplete bug. today: writing tests for the ranking tweak"),
        ("dev.patel", "y: autocomplete fix merged. t: on-call handover prep. blocker: need someone with prod ES access to check shard allocation"),
        ("lena.ortiz", "I can do the shard check after lunch", True),
        ("dev.patel", "thanks!", True),
    ], key="ord-16")))

    out.append(B("chat_export_json", "en", teams("Warehouse ops - Reno", [
        ("Marisol Ng", "<p>Dock 4 door sensor is acting up again, maintenance ticket is open.</p>"),
        ("Tom Brightwell", "<p>Thanks. We'll route inbound trailers to docks 5 and 6 until it's fixed.</p>"),
        ("Marisol Ng", "<p>Also the cycle count for aisle 12 is moved to Thursday night shift.</p>"),
        ("Kwame Osei", "<p>Noted. I'll bring two extra scanners from the cage.</p>"),
    ], key="ord-17")))

    out.append(B("chat_export_json", "en", discord("Ironpeak Guild", "raid-planning", [
        ("Vexa", "raid sign-ups for Thursday are open, we need 2 more healers"),
        ("Morrowind_Mike", "I can heal on my priest, ilvl 612"),
        ("Thornquist", "tank here as usual. pull timer 8:05 server time?"),
        ("Vexa", "8:05 works. bring flasks and the fire resist gear for boss 3"),
        ("Lyra", "can't make it this week, sorry! next week for sure"),
    ], key="ord-18")))

    out.append(B("chat_export_text", "es", chat_txt([
        ("Mamá", "¿Quién viene a comer el domingo? Voy a hacer paella."),
        ("Lucía", "Yo sí, llevo el postre 🍰"),
        ("Andrés", "Nosotros llegamos sobre las dos, los niños tienen partido por la mañana."),
        ("Papá", "Que alguien traiga hielo, que el congelador está a tope."),
        ("Lucía", "Vale, compro dos bolsas de camino."),
        ("Mamá", "Perfecto. A las dos y media en la mesa, que luego se pasa el arroz."),
    ], style="whatsapp", key="ord-19")))

    out.append(B("chat_export_text", "ko", chat_txt([
        ("김서연", "내일 워크숍 장소 변경됐어요. 3층 대회의실 대신 본관 1층 세미나실입니다."),
        ("박준호", "확인했습니다. 노트북 충전기 챙겨갈게요."),
        ("이하늘", "점심은 도시락으로 주문할까요? 메뉴 투표 올릴게요."),
        ("김서연", "좋아요. 오후 세션은 2시 시작이에요."),
    ], style="kakao", key="ord-20")))

    out.append(B("issue_tracker_json", "en", gh_issue(
        "sablefish/tilecache", 561, "Docs: example config uses deprecated `cache_dir` key",
        """The example in `docs/quickstart.md` still uses `cache_dir`, which logs a deprecation warning since 0.13:

```
WARN config: `cache_dir` is deprecated, use `[storage] path`
```

Happy to open a PR that updates the quickstart and the sample `osm.toml`.""",
        "alinaberg", comments=[("mapnerd-77", "MEMBER", "Yes please, PR welcome. Could you also update the Docker example?")],
        labels=["documentation", "good first issue"], key="ord-21")))

    out.append(B("issue_tracker_json", "en", jira(
        "SHOP-1410", "As a shopper I can save items to a wishlist without logging in",
        """Acceptance criteria:
- Anonymous users can add up to 50 items to a wishlist stored in local storage.
- On login, the anonymous wishlist is merged into the account wishlist (deduplicated by SKU).
- The heart icon state is consistent across product list and product detail pages.

Out of scope: sharing wishlists, price-drop notifications.""",
        "Ines Kovač", assignee="Ben Aldous", status="In Progress", itype="Story",
        comments=[("Ben Aldous", "Merging logic done, working on the PLP icon state.")])))

    out.append(B("helpdesk_ticket_json", "en", ticket(
        120901, "Can't reset my password",
        """Hello,

I requested a password reset twice this morning but never got the e-mail. I checked spam.
My username is the same as this e-mail address.

Thanks,
Gwen Harlow""",
        ("Gwen Harlow", "gwen.harlow@lakeside-peds.org"),
        comments=[("Support - Rachel", True, "Hi Gwen, I can see both reset e-mails were blocked by your organisation's mail filter. I've whitelisted our sending domain on your account; please try again and let me know.")],
        tags=["login", "password-reset"], status="pending", key="ord-23")))

    out.append(B("helpdesk_ticket_json", "it", ticket(
        70233, "Bolletta di luglio più alta del solito",
        """Buongiorno,

la bolletta della luce di luglio è di 212 €, mentre di solito pago circa 90 €. Non abbiamo cambiato
abitudini di consumo. Potete verificare se la lettura del contatore è corretta?

Codice cliente: 7788120
Grazie,
Giulia Santoro""",
        ("Giulia Santoro", "giulia.santoro@posta-veloce.it"),
        comments=[("Assistenza - Marco", True, "Gentile cliente, la bolletta di luglio include un conguaglio su letture stimate di aprile-giugno. Le inviamo il dettaglio dei consumi.")],
        tags=["fatturazione"], key="ord-24")))

    out.append(B("sql_result", "en", psql(
        ["order_id", "placed_at", "customer_id", "status", "total_usd"],
        [[100231, "2024-06-01 09:12", 5531, "shipped", "84.20"], [100232, "2024-06-01 09:14", 1902, "delivered", "12.99"],
         [100233, "2024-06-01 09:20", 7810, "cancelled", "230.00"], [100234, "2024-06-01 09:31", 5531, "processing", "19.49"],
         [100235, "2024-06-01 09:33", 4417, "shipped", "61.75"]],
        query="SELECT order_id, placed_at, customer_id, status, total_usd FROM orders WHERE placed_at::date = '2024-06-01' ORDER BY order_id LIMIT 5;",
        db="shop")))

    out.append(B("sql_result_mysql", "en", mysql(
        ["day", "signups", "activated", "activation_rate"],
        [["2024-07-01", 412, 301, "0.731"], ["2024-07-02", 388, 270, "0.696"], ["2024-07-03", 455, 339, "0.745"],
         ["2024-07-04", 219, 150, "0.685"], ["2024-07-05", 397, 288, "0.725"]],
        query="SELECT day, signups, activated, ROUND(activated/signups,3) AS activation_rate FROM daily_funnel WHERE day BETWEEN '2024-07-01' AND '2024-07-05';")))

    out.append(B("csv", "en", csvt(
        ["sku", "description", "location", "on_hand", "reorder_point", "supplier"],
        [["FN-0412", "Oak dining chair", "A-12-03", "34", "20", "Beckwith Furniture"],
         ["FN-0413", "Oak dining table 180cm", "A-14-01", "6", "4", "Beckwith Furniture"],
         ["LT-2201", "Brass floor lamp", "C-02-07", "18", "10", "Lumen & Co"],
         ["LT-2202", "Linen lampshade 40cm", "C-02-08", "55", "25", "Lumen & Co"],
         ["RG-0090", "Wool rug 160x230", "D-01-01", "9", "5", "Atlas Textiles"],
         ["RG-0091", "Wool rug 200x300", "D-01-02", "3", "5", "Atlas Textiles"]])))

    out.append(B("csv", "fr", csvt(
        ["Poste", "Budget 2024 (€)", "Réalisé T1-T2 (€)", "Écart (€)", "Commentaire"],
        [["Loyer et charges", "48 000", "24 000", "0", ""],
         ["Salaires", "312 000", "158 400", "-2 400", "Prime exceptionnelle en mars"],
         ["Déplacements", "12 000", "4 150", "1 850", "Salons reportés au second semestre"],
         ["Logiciels", "9 600", "5 220", "-420", "Hausse tarifaire CRM"],
         ["Formation", "6 000", "1 200", "1 800", ""]], delim=";")))

    out.append(B("yaml_config", "en", """services:
  web:
    build: .
    ports:
      - "8080:8080"
    environment:
      DATABASE_HOST: db
      DATABASE_NAME: inventory
      REDIS_URL: redis://cache:6379/0
      LOG_LEVEL: info
    depends_on:
      - db
      - cache
  db:
    image: postgres:16-alpine
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 10s
      retries: 5
  cache:
    image: redis:7-alpine
    command: ["redis-server", "--save", "", "--appendonly", "no"]
volumes:
  pgdata: {}
"""))

    out.append(B("toml_config", "en", """[project]
name = "ledgerkit"
version = "0.9.3"
description = "Double-entry bookkeeping primitives for Python"
readme = "README.md"
requires-python = ">=3.10"
license = { text = "BSD-3-Clause" }
authors = [{ name = "Hannah Ebersole" }]
dependencies = [
  "python-dateutil>=2.8",
  "babel>=2.12",
]

[project.optional-dependencies]
dev = ["pytest>=8", "ruff>=0.5", "mypy>=1.10"]

[tool.ruff]
line-length = 100
target-version = "py310"

[tool.ruff.lint]
select = ["E", "F", "I", "UP", "B"]

[tool.pytest.ini_options]
addopts = "-q --strict-markers"
testpaths = ["tests"]
"""))

    out.append(B("ini_config", "en", """; settings.ini - reporting service
[server]
host = 0.0.0.0
port = 8441
workers = 4
request_timeout = 30

[database]
host = reporting-db.internal
port = 5432
name = reporting
pool_min = 2
pool_max = 12

[reports]
default_timezone = America/Chicago
max_rows_export = 250000
pdf_engine = weasyprint
cache_ttl_seconds = 900

[logging]
level = INFO
format = json
file = /var/log/reporting/app.log
"""))

    out.append(B("json_config", "en", J({
        "compilerOptions": {"target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "strict": True,
                            "jsx": "react-jsx", "baseUrl": ".", "paths": {"@/*": ["src/*"]}, "skipLibCheck": True,
                            "noUncheckedIndexedAccess": True, "types": ["vite/client", "vitest/globals"]},
        "include": ["src", "tests"], "exclude": ["dist", "node_modules"]})))

    out.append(B("app_log", "en", plainlog("ord-33", [
        ("INFO", "main", "Starting InvoiceServiceApplication v2.14.0 using Java 21.0.3 with PID 4127"),
        ("INFO", "o.s.b.w.e.tomcat.TomcatWebServer", "Tomcat initialized with port 8080 (http)"),
        ("INFO", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("INFO", "o.f.core.internal.command.DbMigrate", "Successfully applied 2 migrations to schema \"invoices\", now at version v47"),
        ("WARN", "c.q.invoice.pdf.FontRegistry", "Font 'Inter-Medium' not found, falling back to 'DejaVu Sans'"),
        ("INFO", "o.s.b.w.e.tomcat.TomcatWebServer", "Tomcat started on port 8080 (http) with context path '/'"),
        ("INFO", "c.q.invoice.InvoiceServiceApplication", "Started InvoiceServiceApplication in 6.412 seconds (process running for 7.03)"),
    ])))

    out.append(B("app_log", "en", jsonlog("ord-34", [
        {"level": "info", "service": "checkout", "msg": "cart priced", "cart_id": "c_" + hexs("o34a", 10), "items": 3, "total_cents": 8420},
        {"level": "info", "service": "checkout", "msg": "payment intent created", "provider": "stripe", "amount_cents": 8420},
        {"level": "warn", "service": "checkout", "msg": "address validation slow", "duration_ms": 1840},
        {"level": "info", "service": "checkout", "msg": "order placed", "order_id": 100236, "duration_ms": 2911},
        {"level": "info", "service": "notifications", "msg": "confirmation email queued", "order_id": 100236, "template": "order_confirmation_v4"},
    ])))

    out.append(B("ci_log", "en", ci("ord-35", [
        ("Run actions/checkout@v4", ["Syncing repository: norrvik/asset-pipeline", "HEAD is now at 4c1e9b2 fix: handle empty manifest"]),
        ("Run actions/setup-node@v4", ["Found in cache @ /opt/hostedtoolcache/node/20.14.0/x64"]),
        ("Run npm ci", ["added 642 packages, and audited 643 packages in 18s", "found 0 vulnerabilities"]),
        ("Run npm run build", ["> asset-pipeline@5.3.1 build", "> tsc -p tsconfig.build.json", "Done in 9.41s."]),
        ("Run npm test", ["> vitest run", " ✓ test/manifest.test.ts (12 tests) 31ms", " ✓ test/resize.test.ts (8 tests) 412ms",
                          " ✓ test/avif.test.ts (6 tests) 1210ms", " ✓ test/cache.test.ts (9 tests) 88ms",
                          " Test Files  4 passed (4)", "      Tests  35 passed (35)", "   Start at  10:14:02", "   Duration  3.41s"]),
        ("Run npm run lint", ["> eslint src test --max-warnings 0", "", "✔ No problems found"]),
        ("Run actions/upload-artifact@v4", ["With the provided path, there will be 14 files uploaded",
                                            "Artifact name is valid!", "Root directory input is valid!",
                                            "Beginning upload of artifact content to blob storage",
                                            "Uploaded bytes 1822093", "Finished uploading artifact content to blob storage!",
                                            "Artifact dist has been successfully uploaded! Final size is 1822093 bytes."]),
        ("Post job cleanup.", ["[command]/usr/bin/git version", "git version 2.46.0",
                               "Temporarily overriding HOME='/home/runner/work/_temp' before making global git config changes",
                               "[command]/usr/bin/git config --local --name-only --get-regexp core\\.sshCommand",
                               "Cleaning up orphan processes"]),
    ])))

    out.append(B("terminal_session", "en", """$ git status
On branch feature/csv-export
Your branch is ahead of 'origin/feature/csv-export' by 2 commits.
  (use "git push" to publish your local commits)

Changes not staged for commit:
  (use "git add <file>..." to update what will be committed)
  (use "git restore <file>..." to discard changes in working directory)
	modified:   reports/export.py
	modified:   tests/test_export.py

no changes added to commit (use "git add" and/or "git commit -a")
$ python -m pytest tests/test_export.py -q
........F.
=================================== FAILURES ===================================
_________________________ test_export_handles_unicode __________________________
    def test_export_handles_unicode():
        rows = [{"name": "Zoë", "city": "Malmö"}]
>       assert export_csv(rows).splitlines()[1] == "Zoë,Malmö"
E       AssertionError: assert 'Zo\\xc3\\xab,Malm\\xc3\\xb6' == 'Zoë,Malmö'
tests/test_export.py:48: AssertionError
1 failed, 9 passed in 0.41s
$ 
"""))

    out.append(B("git_diff", "en", """diff --git a/reports/export.py b/reports/export.py
index 3b1f0c2..8e4d7aa 100644
--- a/reports/export.py
+++ b/reports/export.py
@@ -12,11 +12,11 @@ import io
 
 def export_csv(rows: list[dict]) -> str:
     if not rows:
         return ""
-    buf = io.BytesIO()
-    writer = csv.DictWriter(io.TextIOWrapper(buf), fieldnames=list(rows[0]))
+    buf = io.StringIO()
+    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\\n")
     writer.writeheader()
     writer.writerows(rows)
-    return str(buf.getvalue())
+    return buf.getvalue()
 
 
 def export_filename(report: str, day: date) -> str:
"""))

    out.append(B("code_review_json", "en", pr_review("norrvik/asset-pipeline", 2101, [
        ("alinaberg", "src/resize.ts", 57, "This allocates a new Buffer per tile; could we reuse one from a pool? It shows up in the flame graph."),
        ("cwu-dev", "src/resize.ts", 88, "Should `quality` default to 82 here to match the CLI?"),
        ("alinaberg", "test/resize.test.ts", 14, "Nice, thanks for adding the AVIF case."),
    ])))

    out.append(B("crm_api_json", "en", J({
        "account": {"id": "001" + alnum("o39", 15), "name": "Tessaro Foods S.A.", "industry": "Food & Beverage",
                    "employees": 1800, "country": "Portugal", "owner": "Priya Raman", "tier": "Enterprise",
                    "open_opportunities": [{"name": "Analytics expansion 2025", "stage": "Proposal", "amount_eur": 142000, "close_date": "2024-11-29"}],
                    "last_activity": {"type": "meeting", "date": "2024-09-17", "notes": "Discussed rollout to the Porto plant. They want SSO with Entra ID before expanding seats."}}})))

    out.append(B("calendar_api_json", "en", J({
        "kind": "calendar#events", "summary": "Dana Whitlock", "timeZone": "America/New_York", "items": [
            {"summary": "1:1 Dana / Owen", "start": {"dateTime": "2024-09-23T10:00:00-04:00"}, "end": {"dateTime": "2024-09-23T10:30:00-04:00"},
             "description": "Running agenda in the shared doc."},
            {"summary": "Vendor demo: AP automation (Ledgerline)", "start": {"dateTime": "2024-09-23T13:00:00-04:00"},
             "end": {"dateTime": "2024-09-23T14:00:00-04:00"}, "location": "Zoom", "description": "Focus: 3-way matching and approval routing."},
            {"summary": "School pickup", "start": {"dateTime": "2024-09-23T15:15:00-04:00"}, "end": {"dateTime": "2024-09-23T15:45:00-04:00"},
             "transparency": "opaque"}]})))

    out.append(B("search_api_json", "en", search_results("how long to boil eggs soft medium hard", [
        ("How Long to Boil Eggs: Soft, Jammy and Hard - The Weeknight Kitchen", "https://weeknightkitchen.net/boiled-eggs",
         "Lower cold eggs into boiling water: 6 minutes for runny, 7 for jammy, 10-11 for hard. Shock in ice water for 2 minutes."),
        ("Perfect boiled eggs every time (steam method)", "https://forkandfield.blog/steamed-eggs",
         "Steaming is more consistent than boiling. 12 minutes gives firm yolks that peel easily."),
        ("Egg cooking times chart", "https://kitchencharts.org/eggs",
         "Printable chart with timings for small, medium, large and extra-large eggs at sea level and altitude."),
    ], key="ord-41")))

    out.append(B("product_api_json", "en", J({
        "product": {"id": "prd_" + hexs("o42", 12), "title": "Trailhead 28L Daypack", "brand": "Northbound Gear",
                    "price": {"amount": 89.0, "currency": "USD"}, "colors": ["Moss", "Slate", "Rust"],
                    "description": "A 28-liter daypack with a ventilated back panel, hydration sleeve (up to 3 L) and hip-belt pockets. Made from 210D recycled ripstop with a PFC-free DWR finish.",
                    "specs": {"weight_g": 860, "torso_fit_cm": "40-51", "dimensions_cm": "52 x 30 x 22"},
                    "inventory": {"in_stock": True, "quantity": 142}}})))

    out.append(B("review_api_json", "en", J({
        "product": "Lumen & Co Brass Floor Lamp", "avg_rating": 4.4, "reviews": [
            {"rating": 5, "author": "k.morrow", "title": "Beautiful and sturdy", "text": "Heavier than expected, which is good. Assembly took 10 minutes."},
            {"rating": 4, "author": "pellinore", "title": "Nice light", "text": "Warm light, but the switch is on the cord which is a bit hard to reach."},
            {"rating": 3, "author": "ana_g", "title": "Scratched on arrival", "text": "Small scratch on the base. Customer service sent a touch-up pen."}]})))

    out.append(B("rss_xml", "en", rss("The Slow Workshop Podcast", "https://slowworkshop.fm", [
        ("Ep. 88 - Hand planes for beginners", "https://slowworkshop.fm/88", "<p>Which plane to buy first, how to sharpen the iron, and why a #4 smoother is the best all-rounder.</p>"),
        ("Ep. 89 - Finishing with oil and wax", "https://slowworkshop.fm/89", "<p>We compare Danish oil, hardwax oil and shellac on oak and walnut offcuts.</p>"),
        ("Ep. 90 - Listener mailbag", "https://slowworkshop.fm/90", "<p>Your questions on dust collection, small-shop layouts and buying used machinery.</p>"),
    ], key="ord-44")))

    out.append(B("atom_xml", "en", atom("Release notes from ledgerkit", "https://github.com/hebersole/ledgerkit/releases", [
        ("v0.9.3", "https://github.com/hebersole/ledgerkit/releases/tag/v0.9.3", "hebersole",
         "<ul><li>Fix rounding of negative amounts in <code>Money.allocate</code></li><li>Support Python 3.13</li></ul>"),
        ("v0.9.2", "https://github.com/hebersole/ledgerkit/releases/tag/v0.9.2", "hebersole",
         "<ul><li>Add <code>Ledger.trial_balance(as_of=...)</code></li></ul>"),
    ], key="ord-45")))

    out.append(B("icalendar", "en", ics([{
        "summary": "PyData Cascadia 2024 - Day 1", "organizer": ("PyData Cascadia", "events@pydata-cascadia.org"),
        "attendees": [("Hannah Ebersole", "hannah.ebersole@pellucid-labs.com")],
        "location": "Oregon Convention Center, Room D135", "tz": "America/Los_Angeles",
        "description": "Registration opens at 8:00. Keynote at 9:00: 'Ten years of dataframes'. Lunch provided. Badges required for all sessions."}],
        prodid="-//PyData Cascadia//Events//EN", key="ord-46")))

    out.append(B("subtitles_srt", "en", srt([
        "Okay, so for the dough you want 500 grams of bread flour.",
        "Add 350 grams of water - that's seventy percent hydration.",
        "Mix until there's no dry flour and let it rest for thirty minutes.",
        "Now the salt, 10 grams, and a splash more water to help it dissolve.",
        "Squeeze it through with your fingers, then start your first fold.",
        "We'll do four sets of folds, thirty minutes apart.",
    ], key="ord-47")))

    out.append(B("subtitles_vtt", "en", vtt([
        ("Prof. Amara Diallo", "Last week we looked at supply and demand in competitive markets."),
        ("Prof. Amara Diallo", "Today we relax the assumption that firms are price takers."),
        ("Prof. Amara Diallo", "A monopolist faces the whole market demand curve, so marginal revenue is below price."),
        ("Student", "Is that why the monopoly quantity is lower?"),
        ("Prof. Amara Diallo", "Exactly. It produces where marginal revenue equals marginal cost, then charges what the demand curve allows."),
    ], key="ord-48")))

    out.append(B("meeting_transcript", "en", transcript("Sprint 42 planning - Checkout squad", [
        ("Ines", "Capacity this sprint is about 34 points, Ben is out Thursday and Friday."),
        ("Ben", "The wishlist merge story is 8 points, I'd like to finish it before I'm out."),
        ("Ines", "OK. Then the address autocomplete spike, 3 points, and the Apple Pay bug, 5."),
        ("Dev", "The Apple Pay one needs a device to test, I've got one at home."),
        ("Ines", "Great. That leaves room for the analytics events cleanup. Any objections?"),
        ("Ben", "None from me."),
    ], key="ord-49")))

    out.append(B("ocr_receipt", "en", """  GREENLEAF MARKET #0217
  1440 W Burnside St
  Portland OR 97209
  ------------------------------
  ORGANIC BANANAS      2.14 F
  SOURDOUGH LOAF       6.49 F
  OAT MILK 64OZ        4.99 F
  EGGS LG DOZ          5.29 F
  PAPER TOWEL 6PK     11.99
  ------------------------------
  SUBTOTAL            30.90
  TAX                  0.00
  TOTAL               30.90
  DEBIT              30.90
  ************3318
  ------------------------------
  ITEMS SOLD 5
  06/14/24 18:22  REG 4  TRN 8812
  THANK YOU FOR SHOPPING GREENLEAF
"""))
    return out
