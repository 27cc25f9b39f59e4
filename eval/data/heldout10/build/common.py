"""Shared helpers: filler prose in several languages, names, invented domains."""
import random

FIRST = ["Maria", "Jonas", "Priya", "Tomasz", "Aiko", "Lucas", "Fatima", "Elena", "Kwame", "Sofia",
         "Daniel", "Mei", "Omar", "Ingrid", "Rafael", "Hannah", "Arjun", "Chloe", "Mateo", "Yuki",
         "Ben", "Zeynep", "Olga", "Liam", "Nadia", "Pedro", "Greta", "Samuel", "Leila", "Viktor"]
LAST = ["Keller", "Novak", "Ramos", "Chen", "Okafor", "Lindqvist", "Moreau", "Kowalski", "Tanaka", "Rossi",
        "Haddad", "Fischer", "Silva", "O'Brien", "Petrov", "Yilmaz", "Nair", "Jansen", "Dubois", "Park",
        "Andersen", "Costa", "Weber", "Alvarez", "Brennan", "Sato", "Mensah", "Horvat", "Laine", "Ortiz"]

COMPANIES = [("Brightfield Logistics", "brightfield-logistics.com"), ("Nordwave Analytics", "nordwave.io"),
             ("Cobalt Kitchenware", "cobaltkitchen.com"), ("Larkspur Health", "larkspurhealth.net"),
             ("Tidepool Software", "tidepool-software.com"), ("Greyfox Insurance", "greyfox-ins.com"),
             ("Meridian Outdoor", "meridian-outdoor.com"), ("Quillstone Publishing", "quillstone.net"),
             ("Hollowbrook Energy", "hollowbrook-energy.com"), ("Pinecrest Dental", "pinecrestdental.com"),
             ("Asterion Robotics", "asterion-robotics.io"), ("Velvet Fern Studio", "velvetfern.co"),
             ("Ironbark Freight", "ironbarkfreight.com"), ("Sunmill Foods", "sunmillfoods.com"),
             ("Kestrel Payments", "kestrelpay.io"), ("Oakline Realty", "oakline-realty.com")]

PRODUCTS = ["stainless kettle", "standing desk", "noise-cancelling headphones", "hiking backpack",
            "espresso grinder", "robot vacuum", "ergonomic chair", "smart thermostat", "trail shoes",
            "cast-iron skillet", "e-reader", "baby monitor", "air purifier", "camping stove"]

EN = [
    "The shipment for the Rotterdam warehouse has been moved to Thursday morning.",
    "Minutes from Monday's planning meeting are in the shared drive under /ops/2024.",
    "Online revenue grew four percent quarter over quarter, mostly from repeat customers.",
    "The new ticketing workflow rolls out to all regional teams on the first of next month.",
    "Invoice 2024-1187 has now been paid in full; no further action is needed.",
    "Our support desk is staffed weekdays from 8 am to 6 pm local time.",
    "Slides from last week's workshop were uploaded after the session ended.",
    "Please note the canteen will be closed on Friday for scheduled maintenance.",
    "The pilot with three stores went well and we expect to extend it in spring.",
    "Average handling time dropped from 7.4 to 6.1 minutes after the macro cleanup.",
    "We replaced the old label printers on the packing line with the newer model.",
    "The vendor confirmed the replacement parts will ship within ten business days.",
    "Customer satisfaction for October came in at 4.3 out of 5 across all channels.",
    "Parking on level B2 is reserved for visitors during the open-house event.",
    "The migration to the new CRM is about 70 percent complete.",
    "Two new hires join the fulfilment team next week; onboarding starts Monday.",
    "The quarterly fire drill is planned for the 14th at 10:30.",
    "Feedback from the beta users was broadly positive, with some requests for dark mode.",
    "Returns processed this month are slightly above the seasonal average.",
    "The regional office in Porto will switch to the new phone system over the weekend.",
    "Budget approval for the warehouse racking project is expected by the end of the month.",
    "We have updated the packaging to use recycled cardboard for all small orders.",
    "The data team published a refreshed dashboard with weekly cohort retention.",
    "Training sessions on the new expense tool are available on Tuesday and Thursday.",
    "The supplier audit found no major issues and two minor documentation gaps.",
    "Delivery times in the northern region improved after the carrier change.",
    "The office Wi-Fi upgrade is scheduled for the evening of the 21st.",
    "Inventory counts for aisle 12 were reconciled against the system this morning.",
    "A reminder that timesheets for the month are due by Friday noon.",
    "The product team is collecting ideas for the next roadmap review.",
    "We are still waiting for the signed purchase order from the customer.",
    "The coffee machine on the third floor has been repaired.",
    "Our booth at the trade fair will be in hall 4, stand C17.",
    "The holiday schedule for December has been posted on the intranet.",
    "Several customers asked whether the kettle lid is dishwasher safe; it is.",
    "The nightly import finished in 42 minutes, within the usual range.",
    "Please use the new cost centre codes for all purchases from November.",
    "The draft press release is ready for review by the communications team.",
    "Most of the backlog from the long weekend has been cleared.",
    "The printer on the second floor is out of toner again; a replacement is ordered.",
]

LANG_PROSE = {
    "de": ["Die Lieferung für die Filiale in Leipzig verschiebt sich voraussichtlich auf Donnerstag.",
           "Bitte beachten Sie, dass die Kantine am Freitag wegen Wartungsarbeiten geschlossen bleibt.",
           "Im dritten Quartal ist der Umsatz im Onlinehandel um vier Prozent gestiegen.",
           "Das neue Ticketsystem wird ab dem 1. Oktober schrittweise für alle Teams eingeführt.",
           "Die Rechnung Nr. 2024-1187 wurde inzwischen vollständig beglichen.",
           "Für Rückfragen steht das Serviceteam werktags von 8 bis 17 Uhr zur Verfügung.",
           "Die Präsentation vom letzten Workshop liegt im gemeinsamen Ordner.",
           "Der Wasserkocher hält die Temperatur gut, nur der Deckel klemmt manchmal."],
    "fr": ["La livraison prévue pour l'entrepôt de Lyon est reportée à jeudi matin.",
           "Le compte rendu de la réunion de lundi est disponible sur l'intranet.",
           "Le chiffre d'affaires du troisième trimestre progresse de 3 % par rapport à l'an dernier.",
           "La nouvelle version de l'application mobile corrige plusieurs problèmes de synchronisation.",
           "Le service client est joignable du lundi au vendredi, de 9 h à 18 h.",
           "Les travaux dans le bâtiment B dureront environ deux semaines.",
           "Nous avons bien reçu votre commande et elle sera expédiée sous 48 heures.",
           "Le produit est solide, mais la notice de montage manque de clarté."],
    "es": ["El pedido para la tienda de Valencia saldrá del almacén el próximo martes.",
           "La reunión trimestral se celebrará en la sala grande de la segunda planta.",
           "Hemos actualizado la política de devoluciones para los productos electrónicos.",
           "El informe de ventas de septiembre muestra un crecimiento moderado en el canal online.",
           "Recuerde que el horario de verano termina el último domingo de octubre.",
           "El equipo de soporte revisará la incidencia durante la mañana.",
           "La factura correspondiente ya está disponible en el portal de clientes.",
           "La mochila es cómoda, aunque las cremalleras podrían ser más resistentes."],
    "it": ["La spedizione per il magazzino di Bologna partirà lunedì mattina.",
           "Il verbale della riunione di ieri è stato caricato nella cartella condivisa.",
           "Le vendite online sono cresciute del cinque per cento rispetto al trimestre precedente.",
           "Il nuovo orario dello sportello clienti entra in vigore dal primo novembre.",
           "Abbiamo ricevuto il suo ordine, che verrà consegnato entro tre giorni lavorativi.",
           "I lavori di manutenzione del server sono previsti per sabato notte.",
           "La sedia è comoda, ma il montaggio ha richiesto più tempo del previsto."],
    "pt": ["A entrega para a loja do Porto foi remarcada para quarta-feira.",
           "O relatório mensal de vendas já está disponível na pasta partilhada.",
           "A equipa de suporte vai analisar o pedido ainda hoje.",
           "A nova versão da aplicação melhora o desempenho em aparelhos mais antigos.",
           "Lembramos que o escritório estará fechado no feriado de sexta-feira.",
           "A fatura referente a setembro foi enviada por correio.",
           "O aspirador funciona bem, mas a bateria dura menos do que o anunciado."],
    "nl": ["De levering voor het magazijn in Utrecht is verschoven naar donderdag.",
           "Het verslag van de teamvergadering staat in de gedeelde map.",
           "De omzet in het derde kwartaal is licht gestegen ten opzichte van vorig jaar.",
           "De klantenservice is op werkdagen bereikbaar van 9.00 tot 17.00 uur.",
           "Volgende week wordt het nieuwe planningssysteem in gebruik genomen.",
           "Uw bestelling is verzonden en wordt naar verwachting morgen bezorgd.",
           "De koptelefoon klinkt goed, maar het hoofdband knelt na een uur."],
    "pl": ["Dostawa do magazynu w Poznaniu została przesunięta na czwartek.",
           "Protokół z poniedziałkowego spotkania jest dostępny w folderze zespołu.",
           "Sprzedaż internetowa w trzecim kwartale wzrosła o cztery procent.",
           "Dział obsługi klienta pracuje od poniedziałku do piątku w godzinach 8–16.",
           "Nowa wersja aplikacji poprawia synchronizację kalendarza.",
           "Faktura za wrzesień została już opłacona.",
           "Czajnik szybko gotuje wodę, ale pokrywka trochę się zacina."],
    "ru": ["Поставка на склад в Казани переносится на четверг.",
           "Протокол вчерашнего совещания загружен в общую папку.",
           "Продажи в интернет-магазине за квартал выросли на пять процентов.",
           "Служба поддержки работает по будням с девяти до шести.",
           "Новая версия приложения исправляет ошибку синхронизации.",
           "Счёт за сентябрь оплачен полностью.",
           "Рюкзак удобный, но молнии могли бы быть покрепче."],
    "tr": ["İzmir deposuna yapılacak teslimat perşembe gününe ertelendi.",
           "Dünkü toplantının tutanağı ortak klasöre yüklendi.",
           "Üçüncü çeyrekte çevrimiçi satışlar yüzde dört arttı.",
           "Müşteri hizmetleri hafta içi 09.00–18.00 saatleri arasında hizmet vermektedir.",
           "Uygulamanın yeni sürümü senkronizasyon sorununu gideriyor.",
           "Eylül ayı faturası ödenmiştir.",
           "Süpürge iyi çalışıyor ama şarjı beklediğimden kısa sürüyor."],
    "ar": ["تم تأجيل شحنة مستودع جدة إلى يوم الخميس.",
           "تم رفع محضر اجتماع أمس إلى المجلد المشترك.",
           "ارتفعت المبيعات عبر الإنترنت بنسبة أربعة في المئة خلال الربع الثالث.",
           "يعمل فريق خدمة العملاء من الأحد إلى الخميس من التاسعة صباحًا حتى الخامسة مساءً.",
           "يعالج الإصدار الجديد من التطبيق مشكلة المزامنة.",
           "تم سداد فاتورة شهر سبتمبر بالكامل.",
           "الغلاية سريعة، لكن الغطاء يعلق أحيانًا."],
    "hi": ["पुणे गोदाम की डिलीवरी अब गुरुवार को होगी।",
           "कल की बैठक का विवरण साझा फ़ोल्डर में अपलोड कर दिया गया है।",
           "तीसरी तिमाही में ऑनलाइन बिक्री चार प्रतिशत बढ़ी।",
           "ग्राहक सेवा सोमवार से शुक्रवार सुबह नौ से शाम छह बजे तक उपलब्ध है।",
           "ऐप का नया संस्करण सिंक से जुड़ी समस्या ठीक करता है।",
           "सितंबर का बिल पूरा चुका दिया गया है।",
           "कुर्सी आरामदायक है, लेकिन जोड़ने में काफ़ी समय लगा।"],
    "zh": ["发往苏州仓库的货物将推迟到周四送达。",
           "昨天会议的纪要已经上传到共享文件夹。",
           "第三季度线上销售额同比增长了百分之四。",
           "客服团队工作日上午九点至下午六点在线。",
           "新版应用修复了日历同步的问题。",
           "九月份的发票已全部结清。",
           "这款耳机音质不错,但戴久了有点夹头。"],
    "ja": ["大阪倉庫への納品は木曜日に変更になりました。",
           "昨日の会議の議事録は共有フォルダにアップロード済みです。",
           "第3四半期のオンライン売上は前年同期比で4%増加しました。",
           "カスタマーサポートの受付時間は平日9時から18時までです。",
           "アプリの新バージョンでは同期の不具合が修正されています。",
           "9月分の請求書は支払い済みです。",
           "電気ケトルはすぐにお湯が沸きますが、ふたが少し固いです。"],
    "ko": ["부산 물류센터 납품 일정이 목요일로 변경되었습니다.",
           "어제 회의록은 공유 폴더에 올려 두었습니다.",
           "3분기 온라인 매출이 전년 대비 4% 증가했습니다.",
           "고객센터는 평일 오전 9시부터 오후 6시까지 운영합니다.",
           "앱 새 버전에서 동기화 오류가 수정되었습니다.",
           "9월 청구서는 결제가 완료되었습니다.",
           "의자는 편하지만 조립하는 데 시간이 꽤 걸렸습니다."],
    "sv": ["Leveransen till lagret i Göteborg har flyttats till torsdag.",
           "Protokollet från gårdagens möte ligger i den delade mappen.",
           "Näthandelns försäljning ökade med fyra procent under tredje kvartalet.",
           "Kundtjänst har öppet vardagar mellan 9 och 17.",
           "Den nya versionen av appen åtgärdar synkroniseringsfelet.",
           "Fakturan för september är betald.",
           "Stekpannan är tung men håller värmen mycket bra."],
}

NON_EN = sorted(LANG_PROSE.keys())

REVIEW_EN = [
    "Arrived two days early and well packed.", "Does exactly what it says, nothing more, nothing less.",
    "The build quality is better than I expected for the price.", "Setup took about ten minutes with the included guide.",
    "After three months of daily use it still works like new.", "A bit louder than my old one, but much faster.",
    "The instructions were confusing; the video on the maker's site helped.", "Customer service replaced a missing part within a week.",
    "The colour is slightly darker than in the photos.", "Battery life is closer to five hours than the advertised eight.",
    "Good value, though the cable could be longer.", "I bought a second one for my parents.",
    "The handle gets warm but never hot.", "Returned the first unit because of a rattle; the replacement is fine.",
    "Light enough to carry on longer hikes.", "Cleaning is easy, all removable parts go in the dishwasher.",
]
CHAT_CUSTOMER_EN = [
    "Hi, my order still shows as processing after five days.", "I got an email saying the delivery failed, but I was home all day.",
    "Can I change the size on my order before it ships?", "The discount code from the newsletter isn't working at checkout.",
    "One of the mugs in the set arrived cracked.", "How long does a refund usually take to show up?",
    "I'd like to cancel my subscription at the end of this month.", "Is the blue version coming back in stock?",
    "The tracking link just says label created.", "Thanks, that's really helpful.",
]
CHAT_AGENT_EN = [
    "Thanks for reaching out! Let me check that for you.", "I can see the parcel left our warehouse yesterday evening.",
    "I've applied the discount manually, you should see it on your invoice.", "Refunds usually appear within 3-5 business days.",
    "I've arranged a replacement; you don't need to send the damaged item back.", "Is there anything else I can help you with today?",
    "I've updated the order; you'll get a new confirmation email shortly.", "The blue version is expected back in stock next week.",
    "Sorry about that, I've escalated it to our courier team.", "Your subscription will end on the last day of the month.",
]
REVIEW_TITLES_EN = ["Does the job", "Better than expected", "Solid, with one flaw", "Great value", "Not bad",
                    "Would buy again", "Mixed feelings", "Exactly as described", "Good but loud", "Five stars"]


def prose_pool(lang):
    return EN if lang == "en" else LANG_PROSE[lang]


def sentences(r, lang, n):
    pool = prose_pool(lang)
    n = min(n, len(pool))
    return r.sample(pool, n)


def paragraph(r, lang, lo=2, hi=3):
    s = sentences(r, lang, r.randint(lo, hi))
    sep = "" if lang in ("zh", "ja") else " "
    return sep.join(s)


def person(r):
    return f"{r.choice(FIRST)} {r.choice(LAST)}"


def company(r):
    return r.choice(COMPANIES)


def email_of(name, domain):
    first, last = name.split(" ", 1)
    last = last.replace("'", "").lower()
    return f"{first.lower()}.{last}@{domain}"


def date_str(r, year=2024):
    return f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def time_str(r):
    return f"{r.randint(7, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def insert_at(r, blocks, item, allow_edges=0.12):
    """Insert item into blocks at a random position, usually not first/last."""
    n = len(blocks)
    if n < 2 or r.random() < allow_edges:
        pos = r.randint(0, n)
    else:
        pos = r.randint(1, n - 1)
    blocks.insert(pos, item)
    return blocks
