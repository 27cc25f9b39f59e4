"""Shared banks and helpers for the held-out set builder (stdlib only)."""
import unicodedata

NAMES = [
    "Priya Raman", "Tomás Ferreira", "Aisha Bello", "Jonas Lindqvist", "Mei Chen",
    "Daniel Okafor", "Sofia Marchetti", "Kenji Watanabe", "Olivia Grant", "Mateusz Nowak",
    "Leila Haddad", "Carlos Mendoza", "Hannah Weiss", "Arjun Mehta", "Chloé Dubois",
    "Yusuf Demir", "Emma Novak", "Ravi Iyer", "Grace Kim", "Lucas Moreau",
    "Nora Eriksen", "Samuel Adeyemi", "Ingrid Holm", "Marco Rossi", "Fatima Zahra Alaoui",
    "Ben Whitaker", "Lena Hoffmann", "Diego Alvarez", "Anika Patel", "Oskar Berg",
]

COMPANIES = [
    ("Halvorsen Logistics", "halvorsenlogistics.com"),
    ("Brightpath Analytics", "brightpath-analytics.com"),
    ("Quillfeather Books", "quillfeather.co.uk"),
    ("Norrland Outdoor", "norrlandoutdoor.se"),
    ("Cobalt Ridge Software", "cobaltridge.io"),
    ("Pinecrest Dental Group", "pinecrestdental.com"),
    ("Meridian Freight", "meridianfreight.net"),
    ("Lumen & Oak Interiors", "lumenandoak.com"),
    ("Tidewater Insurance", "tidewater-ins.com"),
    ("Vireo Health", "vireohealth.org"),
    ("Kestrel Robotics", "kestrelrobotics.ai"),
    ("Bluefin Payments", "bluefinpay.com"),
    ("Saffron Table Catering", "saffrontable.com"),
    ("Northgate University Library", "library.northgate.edu"),
]

PRODUCTS = [
    "Aeris 2 noise-cancelling headphones", "TrailLite 45L backpack", "Kinetic standing desk frame",
    "Brewlab pour-over kettle", "Nimbus mesh Wi-Fi router (3-pack)", "Solace weighted blanket",
    "Orbit 4K webcam", "Fieldnote A5 dotted notebook", "Pulse smart scale", "Harbor cast-iron skillet",
    "Voyager carry-on spinner", "Lumo desk lamp with wireless charger",
]

TITLES_EN = [
    "Quarterly shipping update", "How we cut build times by 40%", "Choosing a standing desk",
    "Release notes 4.12", "Onboarding guide for new support agents", "Winter opening hours",
    "Migrating from cron to a job scheduler", "A beginner's guide to sourdough", "Annual sustainability report",
    "Vendor security questionnaire", "Team offsite planning", "Library e-book lending changes",
    "Understanding your electricity bill", "Postmortem: checkout latency spike", "Product FAQ",
]

EN_PARAS = [
    "Carrier capacity across the Rotterdam–Hamburg corridor recovered in October, and average transit times are back to 2.4 days. We expect minor delays around the holiday peak, so please book pallets at least five working days ahead.",
    "The new build cache stores compiled artifacts keyed by the hash of their inputs. In practice this means a clean checkout on CI now takes about eleven minutes instead of nineteen, and most incremental builds finish in under three.",
    "When choosing a frame, check the minimum height as well as the maximum: shorter users often find that budget frames don't go low enough for comfortable typing. A dual-motor frame is quieter and handles heavier monitor arms.",
    "This release fixes the timezone bug in recurring invoices, adds CSV export to the payments page, and improves loading time of the customer list for accounts with more than 10,000 records.",
    "New agents shadow a senior colleague for their first week. By day three you should be able to answer billing questions on your own; escalations still go through your team lead until the end of the month.",
    "From 22 December to 2 January the showroom will close at 15:00. Online orders placed after 19 December may arrive after the new year, depending on the courier.",
    "We replaced the collection of cron entries on the old utility host with scheduled jobs in the workflow engine. Each job now has retries, alerting and a visible run history, which made the 3 a.m. pages much rarer.",
    "Feed your starter twelve hours before baking. A healthy starter roughly doubles in volume and smells pleasantly sour; if it smells like nail-polish remover, it is hungry and needs another feed.",
    "Scope 2 emissions fell by 18% year over year, mostly because two warehouses switched to a renewable electricity tariff. Business travel remains the largest contributor to our scope 3 footprint.",
    "Please complete sections A through D of the questionnaire and attach your most recent SOC 2 Type II report. If a control does not apply to your service, mark it N/A and add a short explanation.",
    "The venue can host up to 45 people and includes lunch on both days. We still need a volunteer to organise the Thursday evening activity, and a rough headcount for the dinner by Friday.",
    "Starting next month, e-books can be borrowed for 21 days instead of 14, and each member can hold up to five titles at a time. Audiobooks keep the current limits.",
    "The standing charge covers the cost of keeping your home connected to the grid and is billed daily, whether or not you use any electricity. The unit rate is what you pay per kilowatt hour consumed.",
    "Between 14:05 and 14:52 UTC, p99 latency on the checkout service rose from 380 ms to 4.1 s. The root cause was a missing index on the promotions table after Tuesday's migration.",
    "The headphones charge fully in about two hours and last roughly 30 hours with noise cancelling switched on. The ear cushions are replaceable and a spare pair is sold separately.",
    "Our team reviewed 214 applications for the spring cohort. Shortlisted candidates will hear from us by the end of next week and interviews take place over video.",
    "The museum's east wing reopens on Saturday after a two-year renovation. The restored ceiling frescoes can be viewed on guided tours, which run every hour and should be booked online.",
    "To reduce noise in the on-call channel, alerts that resolve on their own within five minutes are now grouped into a daily digest instead of paging the engineer on duty.",
    "We recommend repotting the fig in early spring, moving up only one pot size at a time. Water when the top two centimetres of soil feel dry, and keep it away from cold draughts.",
    "Attendance at the community workshops grew steadily this year, with the Saturday repair café drawing more than sixty visitors a session. Volunteers fixed everything from toasters to bicycle gears.",
    "The API now returns a 429 status with a Retry-After header when you exceed the rate limit. Client libraries from version 2.8 onward handle this automatically with exponential backoff.",
    "Gross margin improved to 41.3% in the third quarter, helped by lower freight costs and fewer discounted orders. Operating expenses were flat compared with the previous quarter.",
    "The trail is well marked but gets muddy after rain; waterproof boots are a good idea. Allow about four hours for the full loop including the climb to the lookout.",
    "Returns are accepted within 30 days of delivery as long as the item is unused and in its original packaging. Refunds go back to the original payment method within five business days.",
    "Our data warehouse moved to the new cluster over the weekend. Dashboards should look the same, but saved queries that referenced the old schema name need a one-line change.",
    "The school board approved the revised calendar, which moves the spring break one week later to line up with the neighbouring districts. Parents can find the full schedule on the district website.",
    "The conference room on the fourth floor now has a ceiling microphone and a single-cable setup for laptops. If the display does not wake up, press the source button twice.",
    "Please remember that expense reports for November must be submitted by the 5th. Receipts over 25 euros need to be attached as images; the finance team cannot accept them by email.",
    "The dental practice will start offering evening appointments on Tuesdays and Thursdays from January. Existing patients can book through the portal or by calling reception.",
    "The city's bike-share scheme added 40 new docking stations this autumn, most of them in the northern districts. Annual members can now unlock e-bikes at no extra charge before 7 a.m.",
    "The committee agreed to publish meeting minutes within ten working days. Draft minutes will be circulated to members first so that corrections can be made before publication.",
    "Sales of the winter collection were ahead of plan in the first two weeks, led by insulated jackets and wool base layers. Smaller sizes are running low in the Oslo store.",
    "Version 3 of the mobile app introduces offline mode for saved articles and a simplified settings screen. Users on Android 8 or older will stay on version 2.9, which continues to receive security fixes.",
    "Our support backlog dropped below 200 open tickets for the first time since the summer. Median first-response time is now 3 hours 40 minutes on weekdays.",
]

REVIEWS_EN = [
    "Arrived two days early and was easy to set up. After a month of daily use I have no complaints.",
    "Good value for the price, but the instructions were confusing and one screw was missing from the box.",
    "I returned the first one because of a rattle; the replacement has been perfect so far.",
    "Feels well made and looks nicer than in the photos. The app is a bit clunky but you rarely need it.",
    "Stopped working after six weeks. Customer service replaced it quickly, so I'm keeping three stars.",
    "Exactly as described. Bought a second one for my parents.",
    "Decent, not amazing. It does the basics well but the battery drains faster than advertised.",
    "Very quiet and compact. The cable could be longer, I had to buy an extension.",
    "Packaging was damaged but the product itself was fine. Works as expected.",
    "Five stars for the design, three for the software. Updates have improved it a lot since launch.",
    "Bought this after reading a lot of reviews and I'm happy with it. Setup took ten minutes.",
    "The colour is slightly different from the pictures, more grey than green. Otherwise great.",
]

# Native-language filler banks (written directly, not translated sentence by sentence).
LANG = {
    "de": {
        "titles": ["Lieferzeiten im Dezember", "Protokoll der Teamsitzung", "Neue Öffnungszeiten", "Hinweise zur Rechnungsstellung"],
        "sents": [
            "Wegen des hohen Paketaufkommens vor Weihnachten kann sich die Zustellung um ein bis zwei Werktage verzögern.",
            "Die Umstellung auf das neue Buchhaltungssystem ist abgeschlossen; alte Belege bleiben bis Ende März im Archiv abrufbar.",
            "Im Meeting haben wir beschlossen, die Sprintlänge auf drei Wochen zu verlängern und das Review am Donnerstag abzuhalten.",
            "Der Rucksack ist leicht, gut gepolstert und hat auch nach zwei Wochen Wandern in den Alpen keine Schwächen gezeigt.",
            "Rechnungen werden ab Januar nur noch elektronisch im Format XRechnung versendet.",
            "Bitte tragen Sie Ihre Urlaubswünsche für das erste Quartal bis zum 15. Dezember in den Teamkalender ein.",
        ],
    },
    "fr": {
        "titles": ["Mise à jour du service client", "Compte rendu de réunion", "Horaires d'hiver", "Nouvelle version de l'application"],
        "sents": [
            "La migration vers le nouveau logiciel de facturation s'est déroulée sans incident majeur ce week-end.",
            "Les commandes passées avant le 18 décembre seront livrées avant Noël, sauf pour les départements d'outre-mer.",
            "Lors de la réunion, l'équipe a validé le budget prévisionnel et reporté la refonte du site au deuxième trimestre.",
            "La bouilloire chauffe vite et le bec verseur est très précis, idéal pour le café filtre.",
            "Le cabinet sera exceptionnellement fermé le lundi 29 décembre pour inventaire.",
            "Merci de renvoyer le formulaire signé avant la fin du mois afin que nous puissions traiter votre dossier.",
        ],
    },
    "es": {
        "titles": ["Actualización de envíos", "Acta de la reunión semanal", "Preguntas frecuentes", "Cambios en la política de devoluciones"],
        "sents": [
            "Los pedidos realizados antes del viernes saldrán del almacén de Zaragoza el lunes por la mañana.",
            "En la reunión se acordó contratar a dos personas más para el equipo de atención al cliente.",
            "La mochila es cómoda y los bolsillos laterales son prácticos, aunque la cremallera principal es algo dura.",
            "A partir de enero, las devoluciones se podrán tramitar directamente desde la aplicación.",
            "El informe trimestral muestra un aumento del 12 % en las ventas en línea respecto al año anterior.",
            "Recuerda que la oficina permanecerá cerrada el 8 de diciembre por ser festivo.",
        ],
    },
    "pt": {
        "titles": ["Atualização do pedido", "Notas da reunião de equipe", "Perguntas frequentes", "Novidades da versão 5.2"],
        "sents": [
            "O seu pedido foi separado no centro de distribuição de Campinas e deve ser entregue em até três dias úteis.",
            "Na reunião de hoje definimos as metas do próximo trimestre e a data do treinamento da equipe comercial.",
            "A chaleira é bonita e esquenta rápido, mas a alça fica um pouco quente depois de alguns minutos.",
            "A nova versão do aplicativo traz modo escuro e corrige o problema de sincronização no iOS.",
            "As notas fiscais de novembro já estão disponíveis no portal do cliente.",
            "Lembramos que o atendimento por telefone funciona de segunda a sexta, das 8h às 18h.",
        ],
    },
    "it": {
        "titles": ["Aggiornamento sulle spedizioni", "Verbale della riunione", "Domande frequenti", "Orari natalizi"],
        "sents": [
            "A causa dello sciopero dei trasporti di venerdì, alcune consegne nel Nord Italia potrebbero subire ritardi.",
            "Durante la riunione abbiamo deciso di spostare il lancio del nuovo catalogo a febbraio.",
            "La lampada è robusta e la base di ricarica funziona bene anche con la cover del telefono.",
            "Il negozio resterà aperto anche la domenica fino al 6 gennaio.",
            "Le fatture elettroniche vengono inviate automaticamente tramite il Sistema di Interscambio.",
            "Vi preghiamo di confermare la vostra presenza alla cena aziendale entro mercoledì.",
        ],
    },
    "nl": {
        "titles": ["Notulen teamoverleg", "Levering en retour", "Nieuwe werkwijze declaraties", "Wintertijden"],
        "sents": [
            "Tijdens het overleg is afgesproken dat de nieuwe planning vanaf maandag in gebruik wordt genomen.",
            "Bestellingen die voor 22:00 uur zijn geplaatst, worden de volgende werkdag bezorgd.",
            "Declaraties moeten voortaan binnen dertig dagen via het portaal worden ingediend.",
            "De fietsenstalling bij het station is tijdens de verbouwing tijdelijk verplaatst naar de achterzijde.",
            "De weegschaal is nauwkeurig en de app synchroniseert zonder problemen met mijn telefoon.",
            "Het kantoor is tussen kerst en oud en nieuw beperkt bereikbaar.",
        ],
    },
    "pl": {
        "titles": ["Aktualizacja zamówienia", "Notatka ze spotkania", "Zmiany w regulaminie", "Godziny pracy w grudniu"],
        "sents": [
            "Paczka została nadana w sortowni w Poznaniu i powinna dotrzeć do paczkomatu w ciągu dwóch dni.",
            "Na spotkaniu ustaliliśmy, że testy nowej wersji systemu potrwają do końca miesiąca.",
            "Plecak jest wygodny, ale boczne kieszenie mogłyby być nieco większe.",
            "Faktury za listopad są już dostępne w panelu klienta.",
            "W dniach 24–26 grudnia biuro obsługi klienta będzie nieczynne.",
            "Prosimy o uzupełnienie ankiety dotyczącej szkoleń do piątku.",
        ],
    },
    "sv": {
        "titles": ["Projektstatus november", "Mötesanteckningar", "Leveransinformation", "Nya öppettider"],
        "sents": [
            "Projektet har gått in i testfasen och pilotkunderna i Umeå har fått tillgång till den nya versionen.",
            "Leveranser till Norrland kan ta en extra dag under vintermånaderna.",
            "Vi bestämde på mötet att flytta den gemensamma planeringsdagen till januari.",
            "Lampan ger ett behagligt ljus och laddaren fungerar bra med min telefon.",
            "Budgeten för kvartal fyra följer i stort sett plan, med något högre kostnader för konsulter.",
            "Kontoret håller stängt mellan jul och nyår, men supporten är bemannad.",
        ],
    },
    "tr": {
        "titles": ["Sipariş durumu", "Toplantı notları", "Sıkça sorulan sorular", "Yılbaşı çalışma saatleri"],
        "sents": [
            "Siparişiniz İstanbul aktarma merkezinden çıkış yaptı ve iki iş günü içinde teslim edilecek.",
            "Toplantıda yeni müşteri paneli için test takviminin ocak ayına ertelenmesine karar verildi.",
            "Çanta hafif ve kullanışlı, fakat yan cepler biraz dar.",
            "Kasım ayı faturalarınız müşteri portalında görüntülenebilir.",
            "Yılbaşı nedeniyle 1 Ocak tarihinde mağazalarımız kapalı olacaktır.",
            "Eğitim anketini cuma gününe kadar doldurmanızı rica ederiz.",
        ],
    },
    "ru": {
        "titles": ["Обновление статуса заказа", "Протокол совещания", "Часто задаваемые вопросы", "График работы в праздники"],
        "sents": [
            "Заказ передан в службу доставки и будет доставлен в пункт выдачи в течение трёх рабочих дней.",
            "На совещании решили перенести запуск новой версии личного кабинета на февраль.",
            "Рюкзак удобный, спина не потеет, но лямки могли бы быть чуть шире.",
            "Счета за ноябрь уже доступны в личном кабинете.",
            "С 31 декабря по 2 января офис не работает, обращения принимаются через форму на сайте.",
            "Просим заполнить анкету по итогам обучения до пятницы.",
        ],
    },
    "zh": {
        "titles": ["订单状态更新", "周例会纪要", "常见问题解答", "春节期间服务安排"],
        "sents": [
            "您的订单已从上海仓库发出，预计两到三个工作日内送达。",
            "本周例会决定将新版客户后台的上线时间推迟到一月中旬。",
            "这款台灯光线柔和，无线充电也很稳定，就是底座稍微有点重。",
            "十一月的电子发票已上传至客户中心，可随时下载。",
            "春节期间客服热线照常开放，但物流发货将暂停至正月初六。",
            "请各部门在本周五前提交下季度的预算草案。",
        ],
    },
    "ja": {
        "titles": ["ご注文の発送について", "定例会議の議事録", "よくあるご質問", "年末年始の営業について"],
        "sents": [
            "ご注文の商品は本日、千葉の物流センターから発送いたしました。",
            "定例会議では、新しい管理画面のリリースを来年二月に延期することが決まりました。",
            "このケトルは注ぎ口が細くてお湯の量を調整しやすく、毎朝重宝しています。",
            "十一月分の請求書はマイページからダウンロードできます。",
            "年末年始は十二月二十九日から一月三日まで休業いたします。",
            "研修アンケートへのご回答を今週金曜日までにお願いいたします。",
        ],
    },
    "ko": {
        "titles": ["주문 배송 안내", "주간 회의록", "자주 묻는 질문", "연말 운영 시간 안내"],
        "sents": [
            "주문하신 상품이 이천 물류센터에서 출고되어 내일 도착할 예정입니다.",
            "이번 주 회의에서 신규 관리자 화면 출시를 다음 달로 미루기로 했습니다.",
            "가방이 가볍고 수납공간이 넉넉해서 출퇴근용으로 딱 좋아요.",
            "11월 전자세금계산서는 고객 센터 페이지에서 확인하실 수 있습니다.",
            "12월 31일은 오후 3시까지만 상담이 가능합니다.",
            "교육 만족도 설문은 이번 주 금요일까지 제출해 주세요.",
        ],
    },
    "ar": {
        "titles": ["تحديث حالة الطلب", "محضر الاجتماع الأسبوعي", "الأسئلة الشائعة", "مواعيد العمل خلال العطلة"],
        "sents": [
            "تم شحن طلبك من مستودع جدة ومن المتوقع وصوله خلال يومين إلى ثلاثة أيام عمل.",
            "اتفق الفريق في اجتماع اليوم على تأجيل إطلاق النسخة الجديدة من التطبيق إلى الشهر القادم.",
            "الحقيبة خفيفة ومريحة، لكن السحاب الجانبي يحتاج إلى بعض القوة لفتحه.",
            "فواتير شهر نوفمبر متاحة الآن في بوابة العملاء.",
            "سيكون مكتب خدمة العملاء مغلقاً يوم الخميس بمناسبة العطلة الرسمية.",
            "نرجو تعبئة استبيان التدريب قبل نهاية الأسبوع.",
        ],
    },
    "hi": {
        "titles": ["ऑर्डर की स्थिति", "साप्ताहिक बैठक का सारांश", "अक्सर पूछे जाने वाले प्रश्न", "त्योहारों के दौरान सेवा समय"],
        "sents": [
            "आपका ऑर्डर गुरुग्राम के गोदाम से भेज दिया गया है और दो से तीन कार्यदिवसों में पहुँच जाएगा।",
            "आज की बैठक में तय हुआ कि नए ग्राहक पोर्टल की लॉन्च तारीख अगले महीने तक बढ़ाई जाएगी।",
            "यह केतली जल्दी पानी गरम करती है और इसका हैंडल भी गरम नहीं होता।",
            "नवंबर के बिल अब ग्राहक पोर्टल पर उपलब्ध हैं।",
            "दिवाली के दिन हमारी हेल्पलाइन केवल दोपहर दो बजे तक खुली रहेगी।",
            "कृपया प्रशिक्षण से जुड़ा सर्वेक्षण शुक्रवार तक भर दें।",
        ],
    },
}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(name, domain, style=0):
    parts = ascii_fold(name).lower().replace("'", "").split()
    first, last = parts[0], parts[-1]
    if style == 1:
        local = first[0] + last
    elif style == 2:
        local = first + "_" + last
    else:
        local = first + "." + last
    return local + "@" + domain


def title_for(rng, lang):
    if lang == "en":
        return rng.choice(TITLES_EN)
    return rng.choice(LANG[lang]["titles"])


def paragraph(rng, lang):
    if lang == "en":
        return rng.choice(EN_PARAS)
    s = LANG[lang]["sents"][:]
    rng.shuffle(s)
    k = rng.randint(1, 3)
    sep = "" if lang in ("zh", "ja") else " "
    return sep.join(s[:k])


def paragraphs(rng, lang, n):
    out = []
    pool = EN_PARAS[:] if lang == "en" else None
    if pool:
        rng.shuffle(pool)
    for i in range(n):
        if pool:
            out.append(pool[i % len(pool)])
        else:
            out.append(paragraph(rng, lang))
    return out


def sentence(rng, lang):
    if lang == "en":
        p = rng.choice(EN_PARAS)
        return p.split(". ")[0].rstrip(".") + "."
    return rng.choice(LANG[lang]["sents"])


def insert_mid(rng, items, core):
    """Insert core somewhere among items; avoid always first/last."""
    n = len(items)
    if n == 0:
        return [core]
    if n == 1:
        pos = rng.choice([0, 1])
    else:
        r = rng.random()
        if r < 0.15:
            pos = 0
        elif r < 0.3:
            pos = n
        else:
            pos = rng.randint(1, n - 1)
    return items[:pos] + [core] + items[pos:]


def hexstr(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def date_str(rng, year=2026, months=(9, 10, 11)):
    return "%04d-%02d-%02d" % (year, rng.choice(months), rng.randint(1, 28))


def ts_str(rng, year=2026, months=(10, 11)):
    return "%s %02d:%02d:%02d" % (date_str(rng, year, months), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def iso_ts(rng):
    return "%sT%02d:%02d:%02d.%03dZ" % (date_str(rng, 2026, (11,)), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999))
