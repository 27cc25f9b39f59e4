# -*- coding: utf-8 -*-
"""Hand-written non-English host content. Each language has an email-like,
a support-like and an article-like scenario (title + short paragraphs)."""

PACKS = {
    "de": dict(
        names=["Katrin Vogel", "Jürgen Albrecht", "Miriam Hoffmann", "Stefan Krüger"],
        greet="Hallo {first},", bye="Viele Grüße",
        email=dict(title="Rückfrage zur Rechnung {inv}", paras=[
            "vielen Dank für die schnelle Lieferung der Ersatzteile letzte Woche. Bei der Prüfung der Rechnung ist uns aufgefallen, dass Position 4 (Dichtungssatz) doppelt berechnet wurde.",
            "Könnten Sie uns eine korrigierte Rechnung schicken? Unsere Buchhaltung schließt den Monat am Freitag ab.",
            "Für Rückfragen erreichen Sie mich am besten vormittags. Die Lieferscheine hänge ich zur Sicherheit noch einmal an."]),
        support=dict(title="Login funktioniert seit dem Update nicht mehr", paras=[
            "Seit dem Update auf Version 5.2 kann ich mich in der App nicht mehr anmelden. Es erscheint nur die Meldung „Sitzung abgelaufen“.",
            "Ich habe die App bereits neu installiert und den Cache geleert, leider ohne Erfolg. Gerät: Pixel 7, Android 14.",
            "Über den Browser funktioniert die Anmeldung problemlos. Gibt es dafür schon eine Lösung?"]),
        article=dict(title="Radwege in der Innenstadt: Stadtrat beschließt Ausbau", paras=[
            "Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, das Radwegenetz in der Innenstadt bis 2027 um rund zwölf Kilometer zu erweitern.",
            "Geplant sind vor allem geschützte Radstreifen entlang der Hauptachsen sowie zusätzliche Abstellanlagen an den Bahnhöfen.",
            "Kritik kam von Teilen des Einzelhandels, die den Wegfall von Parkplätzen befürchten. Die Verwaltung will die Anwohner im Frühjahr in Workshops einbinden."]),
    ),
    "es": dict(
        names=["Lucía Navarro", "Javier Ortega", "Marta Gil", "Andrés Molina"],
        greet="Hola {first}:", bye="Un saludo",
        email=dict(title="Cambio de fecha de la reunión trimestral", paras=[
            "te escribo porque la reunión trimestral con el equipo de ventas coincide con la feria de Valencia, así que la pasamos al jueves 18 a las 10:00.",
            "El orden del día no cambia: resultados del trimestre, previsión de stock y la campaña de verano.",
            "Si no puedes asistir, avísame antes del lunes y te envío el acta después."]),
        support=dict(title="El pedido llegó incompleto", paras=[
            "Buenas tardes, ayer recibí el pedido pero faltan dos de las cinco sillas que compré.",
            "En la caja venía el albarán con las cinco unidades, así que creo que se quedaron en el almacén.",
            "¿Podéis enviarme las que faltan o tengo que hacer una reclamación aparte?"]),
        article=dict(title="Cinco rutas de senderismo cerca de Madrid para el otoño", paras=[
            "Con la llegada del otoño, la sierra de Guadarrama se llena de colores y temperaturas agradables para caminar.",
            "La ruta de la Cascada del Purgatorio, en Rascafría, tiene unos 13 kilómetros y apenas desnivel, ideal para ir con niños.",
            "Recuerda llevar agua suficiente y consultar la previsión, porque en la sierra el tiempo cambia rápido."]),
    ),
    "fr": dict(
        names=["Claire Fontaine", "Mathieu Girard", "Sophie Lemaire", "Antoine Rousseau"],
        greet="Bonjour {first},", bye="Bien cordialement",
        email=dict(title="Préparation du séminaire d'équipe", paras=[
            "pour le séminaire du mois prochain, nous avons réservé une salle à Annecy pour deux jours, du mardi au mercredi.",
            "Le programme comprend un atelier sur la feuille de route, une session sur les retours clients et une randonnée le mercredi matin.",
            "Merci de me confirmer votre présence et vos éventuelles contraintes alimentaires d'ici vendredi."]),
        support=dict(title="Facture incorrecte pour le mois de mars", paras=[
            "Bonjour, la facture de mars mentionne 15 licences alors que nous n'en utilisons que 12 depuis février.",
            "Nous avions pourtant supprimé trois utilisateurs dans l'interface d'administration le 2 février.",
            "Pouvez-vous corriger la facture et nous envoyer un avoir pour la différence ?"]),
        article=dict(title="Le marché couvert rouvre après six mois de travaux", paras=[
            "Après six mois de rénovation, le marché couvert du centre-ville rouvre ses portes samedi avec une quarantaine de commerçants.",
            "La verrière a été entièrement restaurée et un nouvel espace de restauration a été aménagé au premier étage.",
            "La mairie annonce également des horaires élargis le vendredi soir jusqu'à 21 heures."]),
    ),
    "pt": dict(
        names=["Ana Carvalho", "Rui Mendes", "Beatriz Sousa", "Thiago Rocha"],
        greet="Olá {first},", bye="Abraços",
        email=dict(title="Proposta comercial – renovação do contrato", paras=[
            "segue em anexo a proposta de renovação do contrato de manutenção para o próximo ano.",
            "Mantivemos os valores do ano passado e incluímos duas visitas técnicas extras sem custo adicional.",
            "Fico à disposição para uma chamada esta semana, caso queira discutir algum ponto."]),
        support=dict(title="Não consigo emitir a segunda via do boleto", paras=[
            "Boa tarde, estou tentando emitir a segunda via do boleto de março pelo aplicativo, mas aparece a mensagem \"erro inesperado\".",
            "Já tentei pelo computador e pelo celular, e o problema é o mesmo.",
            "O vencimento é sexta-feira. Vocês conseguem me enviar o boleto por outro meio?"]),
        article=dict(title="Feira do livro de Lisboa bate recorde de visitantes", paras=[
            "A Feira do Livro de Lisboa terminou no domingo com um recorde de visitantes, segundo a organização.",
            "Este ano, o evento contou com mais de 300 pavilhões e uma programação infantil ampliada.",
            "Os editores destacam o aumento das vendas de autores portugueses estreantes."]),
    ),
    "it": dict(
        names=["Giulia Bianchi", "Marco Esposito", "Chiara Romano", "Davide Ricci"],
        greet="Ciao {first},", bye="Un saluto",
        email=dict(title="Aggiornamento sul progetto magazzino", paras=[
            "ti aggiorno sullo stato del progetto di riorganizzazione del magazzino di Bologna.",
            "La nuova scaffalatura è stata montata e i test con i palmari partono lunedì prossimo.",
            "Resta da definire la formazione del turno di notte: proporrei due sessioni da un'ora giovedì."]),
        support=dict(title="Rimborso non ancora ricevuto", paras=[
            "Buongiorno, ho restituito le scarpe il 5 del mese e il corriere risulta averle consegnate al vostro magazzino.",
            "Sono passate tre settimane ma il rimborso non è ancora arrivato sulla mia carta.",
            "Potete verificare a che punto è la pratica?"]),
        article=dict(title="Come conservare il basilico fresco più a lungo", paras=[
            "Il basilico è delicato: in frigorifero annerisce in pochi giorni.",
            "Meglio tenerlo come un mazzo di fiori, con i gambi in un bicchiere d'acqua e lontano dal sole diretto.",
            "Per conservarlo mesi, frullatelo con olio extravergine e congelatelo nelle vaschette del ghiaccio."]),
    ),
    "nl": dict(
        names=["Sanne de Vries", "Bram Jansen", "Lotte Visser", "Pieter Bakker"],
        greet="Hoi {first},", bye="Groet",
        email=dict(title="Planning verhuizing kantoor", paras=[
            "zoals besproken verhuizen we op de 22e naar het nieuwe kantoor aan de Kade.",
            "Wil je je bureau uiterlijk donderdag om 15:00 leegmaken en persoonlijke spullen in een verhuisdoos doen?",
            "De nieuwe toegangspassen liggen maandagochtend bij de receptie."]),
        support=dict(title="Factuur dubbel afgeschreven", paras=[
            "Goedemiddag, de factuur van april is twee keer van mijn rekening afgeschreven.",
            "In mijn account zie ik maar één betaling staan, maar de bank laat er twee zien.",
            "Kunnen jullie het dubbele bedrag terugstorten?"]),
        article=dict(title="Waterschap start met dijkversterking langs de Lek", paras=[
            "Het waterschap begint volgende maand met het versterken van ruim acht kilometer dijk langs de Lek.",
            "Tijdens de werkzaamheden is het fietspad op de dijk deels afgesloten; er komt een omleiding via de polderweg.",
            "De werkzaamheden duren naar verwachting tot het najaar van volgend jaar."]),
    ),
    "pl": dict(
        names=["Agnieszka Wiśniewska", "Piotr Zieliński", "Katarzyna Lewandowska", "Michał Wójcik"],
        greet="Cześć {first},", bye="Pozdrawiam",
        email=dict(title="Harmonogram wdrożenia – tydzień 12", paras=[
            "przesyłam zaktualizowany harmonogram wdrożenia systemu magazynowego.",
            "Migracja danych przesuwa się o dwa dni, ponieważ czekamy na eksport z obecnego systemu.",
            "Szkolenie dla kierowników zmian zostaje bez zmian, w czwartek o 9:00."]),
        support=dict(title="Problem z logowaniem do aplikacji", paras=[
            "Dzień dobry, od wczoraj nie mogę zalogować się do aplikacji mobilnej.",
            "Po wpisaniu hasła pojawia się komunikat \"Nieprawidłowy token\", mimo że hasło jest poprawne.",
            "Na komputerze wszystko działa normalnie. Co mogę zrobić?"]),
        article=dict(title="Nowa linia tramwajowa połączy centrum z osiedlami na południu", paras=[
            "Miasto podpisało umowę na budowę nowej linii tramwajowej o długości 6 kilometrów.",
            "Pierwsze tramwaje mają ruszyć za trzy lata, a podróż z południowych osiedli do centrum skróci się o kwadrans.",
            "Mieszkańcy mogą zgłaszać uwagi do projektu przystanków do końca miesiąca."]),
    ),
    "ru": dict(
        names=["Анна Смирнова", "Дмитрий Кузнецов", "Елена Попова", "Игорь Васильев"],
        greet="Здравствуйте, {first}!", bye="С уважением",
        email=dict(title="Согласование графика отпусков", paras=[
            "напоминаю, что до конца недели нужно согласовать график отпусков на летний период.",
            "Пожалуйста, внесите свои даты в общую таблицу и проверьте, чтобы в каждой смене оставалось не меньше трёх человек.",
            "Если есть пересечения, обсудим их на планёрке в понедельник."]),
        support=dict(title="Не приходит код подтверждения", paras=[
            "Добрый день! При входе в личный кабинет не приходит SMS с кодом подтверждения.",
            "Номер телефона в профиле указан правильно, запрос кода пробовала несколько раз.",
            "Подскажите, пожалуйста, как можно войти в аккаунт?"]),
        article=dict(title="В городском парке открылась новая велодорожка", paras=[
            "В центральном парке открылась велодорожка длиной почти четыре километра.",
            "Она проходит вдоль пруда и соединяет два главных входа в парк.",
            "Рядом с дорожкой установили пункты проката велосипедов и самокатов."]),
    ),
    "tr": dict(
        names=["Zeynep Kaya", "Emre Şahin", "Elif Çelik", "Burak Aydın"],
        greet="Merhaba {first},", bye="Saygılarımla",
        email=dict(title="Tedarikçi toplantısı hakkında", paras=[
            "perşembe günkü tedarikçi toplantısını saat 14:00'e aldık, yer değişmedi.",
            "Gündemde yeni fiyat listesi ve teslim sürelerindeki gecikmeler var.",
            "Toplantıdan önce son üç ayın sipariş özetini paylaşabilir misin?"]),
        support=dict(title="Siparişim hâlâ kargoya verilmedi", paras=[
            "Merhaba, 10 gün önce verdiğim sipariş hâlâ \"hazırlanıyor\" görünüyor.",
            "Ürün sayfasında 2 iş günü içinde kargoya verileceği yazıyordu.",
            "Siparişin durumu hakkında bilgi verebilir misiniz?"]),
        article=dict(title="Kış aylarında ev bitkilerinin bakımı", paras=[
            "Kış aylarında çoğu ev bitkisi daha az suya ihtiyaç duyar.",
            "Kalorifer peteklerinin hemen yanına bitki koymaktan kaçının; sıcak hava yaprakları kurutur.",
            "Haftada bir yaprakları nemli bir bezle silmek bitkinin daha iyi ışık almasını sağlar."]),
    ),
    "ja": dict(
        names=["佐藤 美咲", "鈴木 健太", "高橋 由紀", "田中 翔"],
        greet="{first}様", bye="よろしくお願いいたします。",
        email=dict(title="来週の定例会議の日程変更について", paras=[
            "お疲れさまです。来週火曜日の定例会議ですが、取締役会の準備と重なるため、水曜日の10時に変更させてください。",
            "議題は変わらず、第2四半期の進捗確認と新製品の販売計画です。",
            "ご都合が悪い場合は、今週中にご連絡いただけますと幸いです。"]),
        support=dict(title="アプリにログインできません", paras=[
            "昨日のアップデート以降、スマートフォンのアプリにログインできなくなりました。",
            "パスワードを再設定しましたが、「認証エラー」と表示されます。",
            "パソコンのブラウザからは問題なくログインできます。対処方法を教えてください。"]),
        article=dict(title="秋の京都、混雑を避けて紅葉を楽しむコツ", paras=[
            "紅葉の季節の京都は、有名な寺院ほど朝から大変混雑します。",
            "開門直後の時間帯を狙うか、比較的知られていない北部の寺社を訪れるのがおすすめです。",
            "移動はバスよりも電車と徒歩を組み合わせた方が、渋滞の影響を受けにくく便利です。"]),
    ),
    "zh": dict(
        names=["王芳", "李强", "陈静", "刘洋"],
        greet="{first}，您好：", bye="此致\n敬礼",
        email=dict(title="关于季度供应商评估的通知", paras=[
            "本季度供应商评估将于下周一开始，请各采购负责人在周五前提交所负责供应商的交付和质量数据。",
            "评估结果将用于下半年的订单分配，请确保数据准确完整。",
            "如有疑问，请联系采购部。"]),
        support=dict(title="退款一直没有到账", paras=[
            "您好，我在上个月15号申请了退货，快递显示你们已经签收。",
            "但是到现在已经两周了，退款还没有到账。",
            "麻烦帮我查一下退款进度，谢谢。"]),
        article=dict(title="城市公园新增夜跑步道", paras=[
            "市中心公园新修建的夜跑步道于本周末正式开放，全长约三公里。",
            "步道沿湖铺设了防滑塑胶，并安装了节能照明，开放时间延长至晚上十点。",
            "园方提醒市民夜间运动注意安全，尽量结伴而行。"]),
    ),
    "ko": dict(
        names=["김민지", "이준호", "박서연", "최현우"],
        greet="{first}님, 안녕하세요.", bye="감사합니다.",
        email=dict(title="다음 주 워크숍 일정 안내", paras=[
            "다음 주 목요일 팀 워크숍은 판교 사무실 3층 대회의실에서 진행됩니다.",
            "오전에는 상반기 성과 공유, 오후에는 하반기 목표 설정 세션이 있습니다.",
            "점심은 회사에서 준비하니 식단 제한이 있으시면 수요일까지 알려 주세요."]),
        support=dict(title="결제 후 이용권이 적용되지 않습니다", paras=[
            "안녕하세요. 어제 연간 이용권을 결제했는데 앱에서는 아직 무료 회원으로 표시됩니다.",
            "카드 결제 내역은 정상적으로 확인됩니다.",
            "확인 후 이용권을 적용해 주실 수 있을까요?"]),
        article=dict(title="겨울철 실내 습도 관리 요령", paras=[
            "겨울에는 난방으로 실내 공기가 건조해지기 쉽습니다.",
            "적정 실내 습도는 40~60% 정도이며, 가습기를 사용할 때는 매일 물을 갈아 주는 것이 좋습니다.",
            "젖은 수건을 널어 두거나 실내 식물을 키우는 것도 도움이 됩니다."]),
    ),
    "ar": dict(
        names=["ليلى حسن", "عمر خالد", "سارة يوسف", "كريم منصور"],
        greet="مرحباً {first}،", bye="مع خالص التحية",
        email=dict(title="تأكيد موعد الاجتماع مع المورد", paras=[
            "نود تأكيد موعد الاجتماع مع المورد يوم الأربعاء القادم الساعة العاشرة صباحاً في مكتبنا الرئيسي.",
            "سنناقش جدول التسليم للربع القادم وتحديث قائمة الأسعار.",
            "يرجى إحضار تقرير المبيعات الأخير إن أمكن."]),
        support=dict(title="لم يصلني الطلب حتى الآن", paras=[
            "السلام عليكم، قمت بطلب جهاز لوحي قبل أسبوعين ولم يصلني حتى الآن.",
            "رقم التتبع لا يظهر أي تحديث منذ خمسة أيام.",
            "أرجو إفادتي بموعد التسليم المتوقع."]),
        article=dict(title="افتتاح مكتبة عامة جديدة في وسط المدينة", paras=[
            "افتتحت البلدية مكتبة عامة جديدة في وسط المدينة تضم أكثر من خمسين ألف كتاب.",
            "تحتوي المكتبة على قاعة للأطفال ومساحات للعمل والدراسة مزودة بالإنترنت.",
            "تفتح المكتبة أبوابها يومياً من الساعة التاسعة صباحاً حتى التاسعة مساءً."]),
    ),
    "hi": dict(
        names=["प्रिया शर्मा", "राहुल वर्मा", "अंजलि गुप्ता", "अमित सिंह"],
        greet="नमस्ते {first} जी,", bye="धन्यवाद",
        email=dict(title="त्रैमासिक बैठक का नया समय", paras=[
            "अगले सप्ताह होने वाली त्रैमासिक बैठक अब गुरुवार सुबह 11 बजे होगी।",
            "बैठक में पिछली तिमाही की बिक्री और नए वितरकों के साथ अनुबंध पर चर्चा होगी।",
            "कृपया अपनी टीम की रिपोर्ट बुधवार तक साझा कर दें।"]),
        support=dict(title="ऑर्डर में गलत साइज़ आया", paras=[
            "नमस्ते, मैंने मीडियम साइज़ की शर्ट मंगवाई थी लेकिन लार्ज साइज़ डिलीवर हुई है।",
            "पैकेट अभी खोला नहीं है, टैग भी लगे हुए हैं।",
            "कृपया बताएं कि साइज़ कैसे बदला जा सकता है।"]),
        article=dict(title="मानसून में सेहत का ख्याल कैसे रखें", paras=[
            "मानसून के मौसम में पानी से होने वाली बीमारियों का खतरा बढ़ जाता है।",
            "पीने के लिए हमेशा उबला या फ़िल्टर किया हुआ पानी इस्तेमाल करें और बाहर का कटा हुआ खाना खाने से बचें।",
            "घर के आसपास पानी जमा न होने दें, ताकि मच्छर न पनपें।"]),
    ),
}
