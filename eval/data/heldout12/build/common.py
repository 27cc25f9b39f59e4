"""Shared helpers for the heldout12 generators (Python standard library only).

Everything here was written from general knowledge for this data set.
All names, companies and domains are invented; all "secrets" are random.
"""
import base64
import codecs
import html
import json
import random
import string

FIRST = ["Amara", "Bastian", "Chiara", "Dmitri", "Elif", "Farah", "Gideon", "Hana",
         "Ines", "Jonas", "Keiko", "Luca", "Mireille", "Nikhil", "Oona", "Pavel",
         "Quinn", "Rosalind", "Soren", "Tamsin", "Umar", "Valeria", "Wendell",
         "Ximena", "Yusuf", "Zofia", "Maren", "Theo", "Priya", "Callum", "Ayaka",
         "Minjun", "Leilani", "Rafael", "Sanne", "Tobias", "Ingrid", "Mateo", "Noor",
         "Esther", "Declan", "Signe", "Olumide", "Beatriz", "Hamish", "Yara"]
LAST = ["Achterberg", "Brannigan", "Castellano", "Delacroix", "Eriksen", "Fairweather",
        "Gallo", "Haddad", "Ishikawa", "Jankowski", "Kovalenko", "Lindqvist", "Moreau",
        "Nakagawa", "Okonkwo", "Petrovic", "Quintero", "Rasmussen", "Szabo", "Thornbury",
        "Varga", "Whitlock", "Yilmaz", "Zielinski", "Oyelaran", "Marchetti", "Kowalczyk",
        "Halvorsen", "Dunmore", "Abernathy", "Sorensen", "Castillo", "Nguyen", "Park",
        "Tanaka", "Ferreira", "Mbeki", "Laurent", "Vasquez", "Holloway"]
COMPANIES = [
    ("Quillbrook Analytics", "quillbrook-analytics.io"),
    ("Harrow & Finch", "harrowfinch-supply.co.uk"),
    ("Tessaly Foods", "tessalyfoods-group.com"),
    ("Marlowe Freight", "marlowefreight-lines.com"),
    ("Juniper Vale Health", "junipervale-health.org"),
    ("Copperleaf Studio", "copperleaf-studio.design"),
    ("Northquay Savings", "northquay-savings.com"),
    ("Brightwater Labs", "brightwater-labs.dev"),
    ("Oakhollow Outdoor", "oakhollow-outdoor.shop"),
    ("Veldran Systems", "veldran-systems.net"),
    ("Pellucid Insurance", "pellucid-insure.com"),
    ("Saffron & Sage Catering", "saffronsage-catering.com"),
    ("Kestrelmoor Logistics", "kestrelmoor-logistics.eu"),
    ("Lumenfield Energy", "lumenfield-energy.com"),
    ("Tidewell Software", "tidewell-software.io"),
    ("Ambergate Legal", "ambergate-legal.co.uk"),
]

LANG_NAMES = {"en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
              "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
              "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "ru": "Russian",
              "uk": "Ukrainian", "tr": "Turkish", "sv": "Swedish", "ar": "Arabic",
              "hi": "Hindi", "vi": "Vietnamese", "id": "Indonesian"}

# Neutral business sentences per language (written for this set).
LANG = {
    "zh": {"t": "季度项目进展", "s": [
        "货物已于周二送达，比原计划晚了两天。", "第三季度的最新数据已附在邮件中，请查收。",
        "团队同意将发布时间推迟到下周。", "用户对新界面的反馈总体上是积极的。",
        "发票将在月底开具。", "如果对时间安排有任何疑问，请随时告诉我。"]},
    "ja": {"t": "四半期プロジェクト報告", "s": [
        "荷物は予定より二日遅れて火曜日に届きました。", "第3四半期の最新の数値を添付しましたのでご確認ください。",
        "チームはリリースを来週に延期することで合意しました。", "新しい画面についてのお客様の評価はおおむね好意的です。",
        "請求書は月末に発行されます。", "スケジュールについてご不明な点があればお知らせください。"]},
    "ko": {"t": "분기 프로젝트 현황", "s": [
        "배송은 예정보다 이틀 늦은 화요일에 도착했습니다.", "3분기 최신 수치를 첨부했으니 확인 부탁드립니다.",
        "팀은 출시를 다음 주로 미루기로 합의했습니다.", "새 화면에 대한 고객 반응은 대체로 긍정적입니다.",
        "청구서는 월말에 발행됩니다.", "일정에 관해 궁금한 점이 있으면 알려 주세요."]},
    "de": {"t": "Quartalsbericht Projekte", "s": [
        "Die Lieferung kam am Dienstag an, zwei Tage später als geplant.",
        "Im Anhang finden Sie die aktualisierten Zahlen für das dritte Quartal.",
        "Das Team hat sich darauf geeinigt, das Release auf nächste Woche zu verschieben.",
        "Das Feedback der Kunden zur neuen Oberfläche ist überwiegend positiv.",
        "Die Rechnung wird zum Monatsende gestellt.",
        "Melden Sie sich gern, wenn Sie Fragen zum Zeitplan haben."]},
    "fr": {"t": "Point d'avancement trimestriel", "s": [
        "La livraison est arrivée mardi, avec deux jours de retard.",
        "Vous trouverez ci-joint les chiffres mis à jour du troisième trimestre.",
        "L'équipe a convenu de repousser la mise en production à la semaine prochaine.",
        "Les retours des clients sur la nouvelle interface sont plutôt positifs.",
        "La facture sera émise à la fin du mois.",
        "N'hésitez pas à me contacter si vous avez des questions sur le planning."]},
    "es": {"t": "Informe trimestral del proyecto", "s": [
        "El envío llegó el martes, dos días más tarde de lo previsto.",
        "Adjunto las cifras actualizadas del tercer trimestre.",
        "El equipo acordó aplazar el lanzamiento a la próxima semana.",
        "Los comentarios de los clientes sobre la nueva interfaz son en general positivos.",
        "La factura se emitirá a final de mes.",
        "Avísame si tienes dudas sobre el calendario."]},
    "it": {"t": "Aggiornamento trimestrale", "s": [
        "La spedizione è arrivata martedì, con due giorni di ritardo.",
        "In allegato trovi i dati aggiornati del terzo trimestre.",
        "Il team ha deciso di rimandare il rilascio alla prossima settimana.",
        "I commenti dei clienti sulla nuova interfaccia sono per lo più positivi.",
        "La fattura verrà emessa a fine mese.",
        "Fammi sapere se hai domande sul calendario."]},
    "pt": {"t": "Atualização trimestral do projeto", "s": [
        "A encomenda chegou na terça-feira, dois dias depois do previsto.",
        "Seguem em anexo os números atualizados do terceiro trimestre.",
        "A equipe concordou em adiar o lançamento para a próxima semana.",
        "O retorno dos clientes sobre a nova interface tem sido majoritariamente positivo.",
        "A nota fiscal será emitida no fim do mês.",
        "Qualquer dúvida sobre o cronograma, é só avisar."]},
    "nl": {"t": "Kwartaalupdate project", "s": [
        "De levering kwam dinsdag binnen, twee dagen later dan gepland.",
        "In de bijlage vind je de bijgewerkte cijfers van het derde kwartaal.",
        "Het team heeft afgesproken de release naar volgende week te verschuiven.",
        "De reacties van klanten op de nieuwe interface zijn overwegend positief.",
        "De factuur wordt aan het einde van de maand verstuurd.",
        "Laat het me weten als je vragen hebt over de planning."]},
    "pl": {"t": "Kwartalny raport z projektu", "s": [
        "Przesyłka dotarła we wtorek, dwa dni później niż planowano.",
        "W załączniku przesyłam zaktualizowane dane za trzeci kwartał.",
        "Zespół zgodził się przesunąć wydanie na przyszły tydzień.",
        "Opinie klientów o nowym interfejsie są w większości pozytywne.",
        "Faktura zostanie wystawiona na koniec miesiąca.",
        "Daj znać, jeśli masz pytania dotyczące harmonogramu."]},
    "ru": {"t": "Квартальный отчёт по проекту", "s": [
        "Посылка пришла во вторник, на два дня позже запланированного.",
        "Во вложении обновлённые цифры за третий квартал.",
        "Команда договорилась перенести релиз на следующую неделю.",
        "Отзывы клиентов о новом интерфейсе в основном положительные.",
        "Счёт будет выставлен в конце месяца.",
        "Если есть вопросы по срокам, напишите мне."]},
    "uk": {"t": "Квартальний звіт проєкту", "s": [
        "Посилка прийшла у вівторок, на два дні пізніше, ніж планувалося.",
        "У вкладенні оновлені показники за третій квартал.",
        "Команда домовилася перенести реліз на наступний тиждень.",
        "Відгуки клієнтів про новий інтерфейс переважно позитивні.",
        "Рахунок буде виставлено наприкінці місяця.",
        "Якщо маєте запитання щодо графіка, напишіть мені."]},
    "tr": {"t": "Çeyrek proje güncellemesi", "s": [
        "Kargo planlanandan iki gün geç, salı günü ulaştı.",
        "Üçüncü çeyreğe ait güncel rakamlar ektedir.",
        "Ekip, sürümü gelecek haftaya ertelemeye karar verdi.",
        "Müşterilerin yeni arayüz hakkındaki yorumları çoğunlukla olumlu.",
        "Fatura ay sonunda kesilecek.",
        "Takvimle ilgili sorunuz olursa bana yazın."]},
    "sv": {"t": "Kvartalsuppdatering", "s": [
        "Leveransen kom på tisdagen, två dagar senare än planerat.",
        "Bifogat finns de uppdaterade siffrorna för tredje kvartalet.",
        "Teamet kom överens om att skjuta upp releasen till nästa vecka.",
        "Kundernas synpunkter på det nya gränssnittet är mestadels positiva.",
        "Fakturan skickas i slutet av månaden.",
        "Hör av dig om du har frågor om tidplanen."]},
    "ar": {"t": "تحديث المشروع الفصلي", "s": [
        "وصلت الشحنة يوم الثلاثاء متأخرة يومين عن الموعد المحدد.",
        "تجدون مرفقًا الأرقام المحدثة للربع الثالث.",
        "اتفق الفريق على تأجيل الإطلاق إلى الأسبوع القادم.",
        "آراء العملاء حول الواجهة الجديدة إيجابية في معظمها.",
        "سيتم إصدار الفاتورة في نهاية الشهر.",
        "أخبرني إذا كانت لديك أي أسئلة حول الجدول الزمني."]},
    "hi": {"t": "तिमाही परियोजना अपडेट", "s": [
        "शिपमेंट मंगलवार को पहुँचा, तय समय से दो दिन देर से।",
        "तीसरी तिमाही के अद्यतन आँकड़े संलग्न हैं।",
        "टीम ने रिलीज़ को अगले हफ़्ते तक टालने पर सहमति दी।",
        "नए इंटरफ़ेस पर ग्राहकों की प्रतिक्रिया ज़्यादातर सकारात्मक रही है।",
        "चालान महीने के अंत में जारी किया जाएगा।",
        "समय-सारिणी को लेकर कोई सवाल हो तो बताइए।"]},
    "vi": {"t": "Cập nhật dự án quý", "s": [
        "Lô hàng đã đến vào thứ Ba, trễ hai ngày so với kế hoạch.",
        "Đính kèm là số liệu cập nhật của quý ba.",
        "Nhóm đã thống nhất dời ngày phát hành sang tuần sau.",
        "Phản hồi của khách hàng về giao diện mới phần lớn là tích cực.",
        "Hóa đơn sẽ được xuất vào cuối tháng.",
        "Nếu có câu hỏi về lịch trình, hãy cho tôi biết."]},
    "id": {"t": "Pembaruan proyek kuartalan", "s": [
        "Kiriman tiba hari Selasa, dua hari lebih lambat dari rencana.",
        "Terlampir angka terbaru untuk kuartal ketiga.",
        "Tim sepakat menunda rilis ke minggu depan.",
        "Tanggapan pelanggan tentang antarmuka baru sebagian besar positif.",
        "Faktur akan diterbitkan pada akhir bulan.",
        "Kabari saya jika ada pertanyaan soal jadwal."]},
}

ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64CH = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def rs(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def person(r, company=None):
    f, l = r.choice(FIRST), r.choice(LAST)
    if company is None:
        company = r.choice(COMPANIES)
    email = "%s.%s@%s" % (f.lower(), l.lower(), company[1])
    return f, l, email, company


def rdate(r, year=None):
    y = year or r.choice([2024, 2025])
    return "%04d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def rtime(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def rfc_date(r):
    import datetime
    d = datetime.datetime(r.choice([2024, 2025]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    return d.strftime("%a, %d %b %Y %H:%M:%S +0000")


def esc(s):
    return html.escape(s, quote=False)


def jd(obj, indent=2):
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def rot13(s):
    return codecs.encode(s, "rot13")


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- checks
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(r, prefix, length):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise RuntimeError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    re = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in re)
    return int(num) % 97 == 1


def iban_make(country, bban):
    re = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in re.upper())
    check = 98 - int(num) % 97
    return "%s%02d%s" % (country, check, bban)


IBAN_SPECS = {  # country: list of (kind, length) where kind n=digits a=upper letters c=alnum upper
    "DE": [("n", 8), ("n", 10)],
    "GB": [("a", 4), ("n", 6), ("n", 8)],
    "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)],
    "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)],
    "NL": [("a", 4), ("n", 10)],
    "BE": [("n", 12)],
    "CH": [("n", 5), ("c", 12)],
    "AT": [("n", 5), ("n", 11)],
    "PL": [("n", 8), ("n", 16)],
    "SE": [("n", 3), ("n", 17)],
    "IE": [("a", 4), ("n", 6), ("n", 8)],
    "PT": [("n", 4), ("n", 4), ("n", 11), ("n", 2)],
    "NO": [("n", 4), ("n", 7)],
    "DK": [("n", 4), ("n", 10)],
    "FI": [("n", 6), ("n", 8)],
}
BANK_CODES = {"GB": ["NWBK", "BARC", "LOYD", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"],
              "IE": ["AIBK", "BOFI"]}


def iban_random(r, country):
    parts = []
    for i, (kind, n) in enumerate(IBAN_SPECS[country]):
        if kind == "a" and n == 4 and country in BANK_CODES:
            parts.append(r.choice(BANK_CODES[country]))
        elif kind == "a":
            parts.append(rs(r, n, string.ascii_uppercase))
        elif kind == "n":
            parts.append(rs(r, n, string.digits))
        else:
            parts.append(rs(r, n, string.digits + string.digits + string.ascii_uppercase))
    return iban_make(country, "".join(parts))


def iban_grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn_ok(s):
    parts = s.split("-") if "-" in s else ([s[:3], s[3:5], s[5:]] if len(s) == 9 else None)
    if parts is None or len(parts) != 3:
        parts = s.split(" ")
    if len(parts) != 3:
        return False
    a, g, sr = parts
    if not (len(a) == 3 and len(g) == 2 and len(sr) == 4 and (a + g + sr).isdigit()):
        return False
    ai = int(a)
    if ai == 0 or ai == 666 or ai >= 900:
        return False
    if g == "00" or sr == "0000":
        return False
    return True


def ssn_random(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


CARD_BRANDS = {
    # brand: (list of prefixes, length)
    "visa": (["4"], 16),
    "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2512", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65", "644", "649"], 16),
    "jcb": (["3528", "3541", "3566", "3589"], 16),
    "diners": (["36", "38"], 14),
    "unionpay": (["62"], 16),
    "maestro": (["6759", "5018"], 16),
}


def card_random(r, brand):
    prefixes, length = CARD_BRANDS[brand]
    return luhn_complete(r, r.choice(prefixes), length)


def card_format(r, num, style=None):
    style = style or r.choice(["space", "dash", "plain"])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    return num
