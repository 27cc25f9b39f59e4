from common import ordi

ROWS = []
A = ROWS.append

A(ordi("restaurant_menu_text", "es", "restaurant_menu", """TABERNA EL OLIVO — Carta de mediodía

ENTRANTES
Salmorejo cordobés con huevo y jamón .......... 7,50 €
Croquetas caseras de jamón (6 uds.) ............ 8,00 €
Ensalada de tomate de temporada con ventresca .. 9,50 €

PRINCIPALES
Arroz negro con alioli (mín. 2 personas, precio por persona) .. 15,00 €
Bacalao confitado con pisto ............................... 17,50 €
Carrillera ibérica al vino tinto .......................... 16,00 €

POSTRES
Tarta de queso al horno 5,50 € · Torrija con helado 6,00 €

Menú del día (lunes a viernes): primero, segundo, postre y bebida – 14,90 €
Consulte a nuestro personal sobre alérgenos."""))

A(ordi("weather_text", "fr", "weather_forecast", """Météo Lyon – mercredi 16 octobre 2024

Aujourd'hui : ciel couvert le matin, éclaircies l'après-midi. Températures : 9 °C au lever du jour, 17 °C l'après-midi. Vent de sud faible.

Cette nuit : quelques averses possibles après minuit. Minimum 11 °C.

Jeudi : temps pluvieux, 12 à 15 °C, vent de sud modéré avec rafales à 50 km/h.

Vendredi : retour du soleil, 8 à 18 °C.

Indice UV : 2 (faible). Qualité de l'air : bonne."""))

A(ordi("train_ticket_text", "de", "train_ticket", """Online-Ticket
Sparpreis, 2. Klasse, 1 Erwachsener (BahnCard 25)

Hinfahrt am 08.11.2024
Köln Hbf 09:44 → Berlin Hbf 14:18
ICE 849, Wagen 7, Platz 65 (Großraum, Fenster)

Preis: 41,99 €
Zugbindung: Ja, nur gültig in den angegebenen Zügen.
Auftragsnummer: 7HK2PQ

Bitte halten Sie beim Einstieg einen gültigen Lichtbildausweis bereit.
Gute Reise!"""))

A(ordi("product_page_text", "pt", "product_page", """Cafeteira Elétrica Italiana Moka 6 xícaras – Inox

R$ 189,90  ou 3x de R$ 63,30 sem juros
★★★★☆ 4,6 (1.204 avaliações)

• Corpo em aço inox, compatível com indução
• Base elétrica com desligamento automático
• Capacidade: 6 xícaras (300 ml)
• Voltagem: 127 V ou 220 V

Frete grátis para compras acima de R$ 150.
Entrega estimada: 3 a 6 dias úteis.
Garantia do fabricante: 12 meses."""))

A(ordi("email_rfc822", "it", "hotel_booking_confirmation", """Da: Agriturismo Le Querce <info@agriturismolequerce.example>
A: paolo.greco@posta.example
Oggetto: Conferma prenotazione – 15-17 novembre
Data: 10 ottobre 2024

Gentile Sig. Greco,

le confermiamo la prenotazione:

Arrivo: venerdì 15 novembre (dalle 15:00)
Partenza: domenica 17 novembre (entro le 10:30)
Camera: Matrimoniale "Il Fienile", colazione inclusa
Totale: 240,00 € (saldo all'arrivo, accettiamo carte e contanti)

La cena in agriturismo è su prenotazione (35 € a persona, bevande escluse).

A presto!
Famiglia Bertoni"""))

A(ordi("tracking_text", "nl", "shipment_tracking", """Track & Trace – 3SFDT0012345

Status: Bezorgd
Bezorgd op dinsdag 15 oktober 2024 om 13:42
Ontvangen door: buren (huisnummer 14)

Historie:
15-10 13:42  Bezorgd bij buren
15-10 08:05  Bezorger is onderweg
14-10 22:30  Zending is gesorteerd
14-10 17:10  Zending is aangenomen door PostNL

Afzender: FietsDirect"""))

A(ordi("search_results_text", "pl", "search_results", """Wyniki wyszukiwania: „jaki odkurzacz bezprzewodowy do 1000 zł"

1. Ranking odkurzaczy bezprzewodowych 2024 – TestujemyAGD
   testujemyagd.example/ranking-odkurzaczy
   Sprawdziliśmy 14 modeli. Najlepszy stosunek ceny do jakości ma...

2. Odkurzacze pionowe – Domowy Zakątek
   domowyzakatek.example/odkurzacze
   Ponad 60 modeli, darmowa dostawa od 200 zł.

3. Forum: odkurzacz dla alergika z kotem?
   forum.example/agd/watek/55210
   Zwróćcie uwagę na filtr HEPA i szczotkę do sierści...

4. Jak wybrać odkurzacz bezprzewodowy? Poradnik
   poradnikdomowy.example/odkurzacz-bezprzewodowy
   Najważniejsze są: czas pracy, moc ssania i pojemność pojemnika..."""))

A(ordi("recipe_text", "tr", "recipe", """Mercimek Çorbası (4 kişilik)

Malzemeler:
• 1 su bardağı kırmızı mercimek
• 1 adet soğan, 1 adet havuç, 1 adet patates
• 1 yemek kaşığı un, 1 yemek kaşığı salça
• 2 yemek kaşığı tereyağı
• 6 su bardağı sıcak su veya et suyu
• Tuz, karabiber, kimyon, pul biber

Yapılışı:
1. Soğanı tereyağında kavurun, un ve salçayı ekleyip bir dakika çevirin.
2. Doğranmış havuç ve patatesi, yıkanmış mercimeği ekleyin.
3. Sıcak suyu ilave edip 25–30 dakika pişirin.
4. Blenderdan geçirin, baharatları ekleyin.
5. Limon ve pul biberli tereyağı ile servis yapın."""))

A(ordi("marketplace_listing_text", "ru", "marketplace_listing", """Объявление: Детская коляска 2 в 1, б/у — 9 500 ₽

Состояние: хорошее
Город: Казань, Советский район
Размещено: 13 октября

Коляска 2 в 1 (люлька + прогулочный блок), пользовались один год. Колёса надувные, амортизация хорошая. В комплекте дождевик, москитная сетка и сумка для мамы. Небольшие потёртости на ручке.

Самовывоз. Возможна доставка через сервис площадки.
Торг уместен."""))

A(ordi("app_store_listing_text", "ja", "app_store_listing", """おうちレシピ帳 - 献立・買い物リスト
OuchiLabs株式会社 · フード＆ドリンク
★4.6 · 評価 3.2万件 · 無料 · アプリ内課金あり

毎日の献立づくりをもっとラクに。

・冷蔵庫の食材から作れるレシピを提案
・1週間分の献立を自動作成
・買い物リストを家族と共有
・栄養バランスをグラフで確認

プレミアム（月額 360円）：広告なし、人気順検索、献立カレンダー

新機能 5.3：作り置きレシピ特集を追加しました。"""))

A(ordi("review_list_text", "zh", "product_reviews", """商品评价（共 2,318 条）· 好评率 96%

★★★★★ 小雨（2024-10-08）
空气炸锅容量很大，一次能做一只小鸡。清洗也方便，内胆不粘。

★★★★☆ 大熊（2024-10-05）
做薯条很好吃，就是工作时声音有点大。

★★★★★ 阿芳（2024-09-29）
给妈妈买的，她说操作很简单，按键都很清楚。

★★★☆☆ 路人甲（2024-09-20）
第一次用有塑料味，空烧两次后好了。"""))

A(ordi("place_details_json", "ar", "place_details", """{
  "status": "OK",
  "result": {
    "name": "مطعم بيت الزيتون",
    "formatted_address": "شارع الرينبو، جبل عمّان، عمّان",
    "rating": 4.5,
    "user_ratings_total": 874,
    "price_level": 2,
    "opening_hours": {"open_now": true, "weekday_text": ["السبت–الخميس: 12:00–23:30", "الجمعة: 13:00–23:30"]},
    "formatted_phone_number": "06 555 0142",
    "reviews": [
      {"author_name": "سارة", "rating": 5, "text": "المنسف ممتاز والخدمة سريعة."},
      {"author_name": "خالد", "rating": 4, "text": "الجلسة الخارجية جميلة لكن المكان مزدحم في المساء."}
    ]
  }
}"""))

A(ordi("search_results_text", "hi", "search_results", """खोज परिणाम: "दिल्ली से जयपुर ट्रेन टिकट"

1. दिल्ली से जयपुर ट्रेनें – समय सारणी और किराया
   railinfo.example/delhi-jaipur
   शताब्दी एक्सप्रेस सुबह 6:05 बजे नई दिल्ली से चलती है और लगभग 4 घंटे 30 मिनट में जयपुर पहुँचती है...

2. जयपुर घूमने का 2 दिन का प्लान – यात्रा ब्लॉग
   yatrablog.example/jaipur-2-din
   आमेर किला, हवा महल, जंतर मंतर और सिटी पैलेस एक ही दिन में कैसे देखें...

3. दिल्ली–जयपुर बस बनाम ट्रेन: कौन बेहतर?
   safarguide.example/bus-vs-train
   वोल्वो बस का किराया ₹700 से शुरू होता है, जबकि चेयर कार..."""))
