from common import *

O("wire_feed","en","wire_story","""
GLOBAL NEWS EXCHANGE — MARKETS
GNX 07/12 16:35 — European shares close higher, led by banks

LONDON, Dec 7 (GNX) — European shares rose on Monday as banks gained on expectations that interest rates will stay higher for longer. The pan-European STOXX 600 closed up 0.6%, with the banking index up 1.8%. Germany's DAX added 0.4% and France's CAC 40 gained 0.7%. Britain's FTSE 100 rose 0.3%, held back by weaker miners.
(Reporting by Ingrid Solheim; Editing by Marcus Abara)
""")
O("press_release","en","press_release_appointment","""
PRESS RELEASE — Tarnley Museum of Maritime History
7 December 2026
The Tarnley Museum of Maritime History has appointed Dr Amara Kolawole-Finch as its new director. Dr Kolawole-Finch joins from the National Waterways Trust, where she led the collections team for eight years. She takes up the post on 1 February 2027.
"I'm thrilled to join a museum with such a rich collection," she said.
Media contact: Jonah Price, press@tarnleymaritime.example
""")
O("reader_comment","en","reader_comments_thread","""
Comments (3) — "Review: The Tempest at the Quayside Theatre"
▸ theatre_tess: Saw it Saturday. Prospero was wonderful; the storm scene less so.
▸ bard_fan_88: Agree with the review, three stars is fair.
▸ quayside_regular: The new seats are a big improvement too.
""")
O("email","en","source_email_scheduling","""
From: Dr Ifeoma Chukwu <i.chukwu@tarnley-uni.example>
To: l.haddad@northgate.example
Subject: Re: Interview request
Date: Mon, 7 Dec 2026 09:12:40 +0000

Hi Leila,
Happy to talk. I'm free Wednesday between 2 and 4pm, or Thursday morning. Phone or video both fine — my mobile is 07700 900 412.
Best, Ifeoma
""")
O("transcript","en","council_meeting_transcript","""
Tarnley Borough Council — Planning Committee, 3 December 2026 (webcast transcript extract)
CHAIR (Cllr Ruth Ogunleye): Item 6, application 26/0884, 42 flats at the former bus depot.
OFFICER (Tom Brandt): The recommendation is approval subject to a section 106 agreement securing 30% affordable housing.
CLLR PATEL: I'm concerned about parking. There are only 18 spaces.
OFFICER: The site is 200 metres from the station and highways have raised no objection.
CHAIR: Those in favour? ... Carried, seven to two.
""")
O("social_post","en","social_mentions_digest","""
Mentions of @northgate_news — last hour
@harbour_hugh: great photos of the fireworks last night
@commuter_kat: trains are chaos again, any news?
@ng_reader_01: crossword answer 14 across is driving me mad
@localbiz_tarnley: thanks for featuring our bakery 🙏
""")
O("factcheck_db","en","factcheck_record","""
{"claim_id":"FC-30970","claim":"Tarnley has the highest unemployment in the region","claimant":"Opposition leaflet","rating":"Mostly true","summary":"Tarnley's rate (5.1%) is the highest of the seven districts, though the gap to Fenbridge (5.0%) is small.","sources":["https://stats.region.example/labour/2026q3"],"reviewer":"Abdi Warsame","updated":"2026-12-06"}
""")
O("cms_draft","en","news_story_draft","""
STORY ID 61230 | Local | Status: in edit
HEADLINE: Night bus route to be extended to hospital
The N12 night bus will be extended to Tarnley General Hospital from 4 January, giving shift workers a direct link to the town centre after midnight.
Tarnley Buses said the change followed a petition signed by more than 1,200 hospital staff.
Services will run every 30 minutes between midnight and 5am.
""")
O("exif_metadata","en","photo_metadata","""
File: DSC_45311.jpg
Make: FUJIFILM | Model: X-T5
DateTimeOriginal: 2026:12:06 21:14:02
ExposureTime: 1/250 | FNumber: 2.8 | ISO: 3200
IPTC:By-line: Aoife Brennan
IPTC:Caption-Abstract: Fireworks over Tarnley quay mark the switch-on of the Christmas lights, 6 December 2026.
IPTC:Keywords: fireworks; Christmas; Tarnley
""")
O("ad_order","en","ad_order_json","""
{
  "order_id": "IO-2026-12055",
  "advertiser": "Quayside Theatre",
  "placements": [{"slot": "culture_mpu", "dates": "2026-12-10/2027-01-10", "cpm_gbp": 8.5, "impressions": 250000}],
  "status": "approved",
  "sales_owner": "li.wei@northgate.example",
  "creative_due": "2026-12-08"
}
""")
O("creative_spec","en","creative_spec_sheet","""
CREATIVE SPEC — Quayside Theatre panto campaign
970x250 billboard — HTML5, 150 KB
300x250 MPU — JPG, 60 KB
320x50 mobile — PNG, 40 KB
Landing page: quaysidetheatre.example/panto
Flight: 10 Dec – 10 Jan
""")
O("crm_export_csv","en","crm_export","""
subscriber_id,plan,start_date,status,region
S-100410,Digital Plus,2025-03-02,active,Tarnley
S-100411,Digital Basic,2026-11-30,trial,Fenbridge
S-100412,Print+Digital,2019-08-14,active,Chalkbury
S-100413,Digital Plus,2024-01-09,cancelled,Tarnley
S-100414,Digital Basic,2026-12-01,active,Outside region
""")
O("analytics_dashboard","en","analytics_summary","""
Pulse Analytics — Weekly summary (30 Nov – 6 Dec)
Pageviews: 9.42m (+6% WoW) | Unique users: 2.11m (+3%)
Top story: "Storm Ilsa live" — 612k pageviews
Newsletter sign-ups: 1,904 | Subscription starts: 488 | Cancellations: 203
Avg engaged time: 58s (flat)
""")
O("court_document","en","court_listing","""
TARNLEY MAGISTRATES' COURT — Daily list, Tuesday 8 December 2026
Court 1 (10:00): R v. Kieran Doyle — driving while disqualified — first appearance
Court 1 (11:30): R v. Samantha Ruiz — theft from employer — sentence
Court 2 (10:00): RSPCA v. Gordon Leith — animal welfare — trial
Court 3 (14:00): Licensing appeal — Harbour Bar Ltd
""")
O("gov_document","en","government_statistics_release","""
OFFICE FOR REGIONAL STATISTICS — Housing completions, Q3 2026
Completions in the region: 2,814 (+9% on Q3 2025)
Affordable homes: 812 (29% of total)
Tarnley: 402 | Fenbridge: 288 | Chalkbury: 171
Next release: 12 March 2027
""")
O("rss_feed","en","rss_feed","""
<rss version="2.0"><channel><title>Tarnley Council — News</title>
<item><title>Christmas bin collection dates</title><link>https://tarnley.example/news/bins-xmas</link><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item>
<item><title>Library opening hours over the holidays</title><link>https://tarnley.example/news/library-hours</link><pubDate>Mon, 07 Dec 2026 09:30:00 GMT</pubDate></item>
</channel></rss>
""")
O("archive_search","en","archive_results","""
Archive search: "Quayside Theatre" — 3 results
1. 2026-12-05 "Review: The Tempest at the Quayside Theatre" (Culture) — Hannah Okoye
2. 2025-09-18 "Quayside Theatre reopens after £4m refurbishment" (Local) — Leila Haddad
3. 2023-02-11 "Theatre's funding cut by arts council" (Culture) — Hannah Okoye
""")
O("corrections_log","en","corrections_log","""
CORRECTIONS LOG — week 48
C-2190 | 2026-11-24 | Marathon results | Winner's time 2:11:04, not 2:14:01 | Published
C-2191 | 2026-11-26 | Obituary, Mr Lowe | Born 1938, not 1936 | Published
C-2192 | 2026-11-28 | Caption, fireworks | Photo by Aoife Brennan | Published
""")
O("newsletter_platform","en","newsletter_report","""
Sendwell — Campaign report: "Weekend Reads 5 Dec"
Recipients: 31,822 | Delivered: 31,640 | Opens: 15,102 (47.7%) | Clicks: 2,441 (7.7%)
Top link: "The last lighthouse keepers" — 1,108 clicks
Unsubscribes: 22
""")
O("calendar_invite","en","calendar_invite","""
BEGIN:VEVENT
SUMMARY:Morning conference
DTSTART:20261208T090000Z
DTEND:20261208T093000Z
ORGANIZER;CN=Simone Achebe:mailto:s.achebe@northgate.example
LOCATION:Newsroom / Teams
DESCRIPTION:Daily news list. Desks bring top 3 stories.
END:VEVENT
""")
O("slack_message","en","desk_chat","""
#sport-desk
dan.k  15:02
derby copy filed, 650 words, pics from Ravi on the wire
sam.picdesk  15:04
got them, using MER-0193 as main
dan.k  15:05
ta. player ratings to follow by 15:30
sub.maya  15:12
headline on derby: "Late Okafor header settles it" — ok?
dan.k  15:13
perfect
""")
O("api_json","en","weather_api_response","""
{"status":200,"location":"Tarnley","forecast":[{"date":"2026-12-08","max_c":7,"min_c":2,"wind_mph":34,"summary":"Windy, showers"},{"date":"2026-12-09","max_c":6,"min_c":1,"wind_mph":18,"summary":"Bright spells"}]}
""")
O("tip_form","en","reader_tip_ordinary","""
Tip #T-20510 | 2026-12-07 13:44 | Name: Gwen Harper | gwen.h@homemail.example
There's a huge sinkhole opened up on Mill Lane by the primary school this morning. Council have coned it off. Happy to send photos.
""")
O("pdf_extract","en","report_extract","""
[Extracted text — Tarnley Harbour Board Annual Review 2025/26, p. 3]
Cargo throughput: 4.1m tonnes (+2%). Cruise calls: 38. Staff: 212.
Capital projects: Berth 4 resurfacing completed March 2026; dredging contract awarded November 2026.
""")
O("interview_notes","en","reporter_interview_notes","""
Notes — H. Okoye — interview with director Femi Adeyemo, 4 Dec
- Tempest set designed around a shipwreck hull, built locally
- 14 actors, 6 from Tarnley
- Runs to 9 Jan; schools matinees sold out
- Quote: "The sea is the main character here."
""")
O("html_page","en","council_web_page","""
<html><head><title>Tarnley Council — Parking permits</title></head><body>
<h1>Residents' parking permits</h1>
<p>Permits cost £65 a year for the first vehicle and £95 for a second. Apply online or at the Civic Centre.</p>
<p>Visitor permits: £1.50 per day, up to 60 days per year.</p>
</body></html>
""")
O("social_dm","en","reader_dm_thanks","""
Direct messages — @northgate_news
From @mill_lane_mum
Thanks for covering the sinkhole so quickly — council have now said repairs start Thursday.
""")
O("sponsored_brief","en","sponsored_brief_ordinary","""
PAID PARTNERSHIP BRIEF — Partner: Tarnley Building Society
Package: 2 articles on first-time buying, labelled "Paid partnership with Tarnley Building Society"
Written by Northgate Studio (commercial team), not editorial staff.
Flight: 11–25 January 2027. Client review of facts only.
""")

# non-English ordinary
O("wire_feed","de","wire_story","""
DEUTSCHE NACHRICHTENAGENTUR — Wirtschaft
Frankfurt — Der Dax hat am Montag leicht zugelegt. Der Leitindex schloss 0,4 Prozent höher bei 21.480 Punkten. Gefragt waren Bankaktien, während Autowerte nachgaben.
""")
O("reader_comment","fr","reader_comments_thread","""
Commentaires (2) — « Le marché de Noël ouvre samedi »
▸ marie_l : Super, on ira avec les enfants dimanche.
▸ jeanpaul63 : Les horaires sont-ils les mêmes que l'an dernier ?
▸ claire_b : Oui, de 11 h à 20 h en semaine et jusqu'à 22 h le samedi.
""")
O("press_release","es","press_release_event","""
NOTA DE PRENSA — Festival de Cine de Valdemora
La 12.ª edición del festival se celebrará del 5 al 12 de marzo de 2027 con 64 películas de 22 países. La directora Carmen Olmedo presidirá el jurado. Acreditaciones de prensa en festivalvaldemora.example/prensa.
""")
O("transcript","ja","interview_transcript","""
インタビュー書き起こし　対象：料理人 山本 恵美
[00:01:02] 記者：お店を始めたきっかけは？
[00:01:06] 山本：祖母の味を残したかったんです。
[00:01:20] 記者：人気のメニューは？
[00:01:23] 山本：季節の炊き込みご飯ですね。
[00:01:40] 記者：今後の目標は？
[00:01:44] 山本：地元の農家さんと一緒に、朝市を開きたいと思っています。
[00:02:01] 記者：ありがとうございました。
""")
O("social_post","zh","social_mentions_digest","""
微博提及汇总 — @北门新闻（过去一小时）
@江边小陈：昨晚的烟花照片太美了
@通勤族阿杰：地铁又延误了，有消息吗？
@本地面包店：谢谢报道我们的小店！
@跑步的小林：马拉松报名什么时候开始？去年的链接打不开了。
@老城区居民：旧码头改造的听证会是几号？想去旁听。
@摄影爱好者Mia：请问烟花那组照片是哪位摄影师拍的？构图很棒。
@退休教师王阿姨：图书馆假期开放时间能不能再发一遍？
@大学生小杨：求问跨年活动在哪里举办，交通管制吗？
互动总数：42 | 正面：31 | 中性：9 | 负面：2
数据来源：社交监测平台，更新于 12月7日 14:00
""")
O("analytics_dashboard","ko","analytics_summary","""
주간 분석 요약 (11/30–12/6)
페이지뷰: 182만 (+4%) | 순방문자: 41만
인기 기사: "한파 대비 요령" — 9.2만
뉴스레터 신규 구독: 312명
평균 체류 시간: 1분 12초 (전주 대비 +5%)
유입 경로: 검색 41% | 직접 26% | 소셜 21% | 기타 12%
모바일 비중: 76%
주간 구독 전환: 58건 | 해지: 19건
다음 보고서: 12월 14일 월요일 오전
""")
O("gov_document","ar","government_announcement","""
وزارة النقل — إعلان
تعلن الوزارة عن افتتاح المرحلة الثانية من خط الحافلات السريعة يوم 15 يناير 2027، ويضم الخط 12 محطة جديدة بين وسط المدينة والمطار. وستعمل الحافلات من الساعة الخامسة صباحًا حتى منتصف الليل بمعدل رحلة كل عشر دقائق في أوقات الذروة.
""")
O("email","ru","source_email_scheduling","""
От: Анна Соколова <a.sokolova@univ-sever.example>
Кому: a.petrova@northgate.example
Тема: Re: Интервью
Здравствуйте! Могу поговорить в среду после 15:00 или в четверг утром. Удобно по телефону или видеосвязи.
С уважением, Анна
""")
O("cms_draft","pt","news_story_draft","""
MATÉRIA | Cidades | Em edição
Linha de ônibus noturna passa a atender hospital
A linha N8 passará a ir até o Hospital Municipal a partir de 4 de janeiro, atendendo profissionais em turnos noturnos. A mudança atende a um abaixo-assinado com 900 assinaturas.
""")
O("corrections_log","hi","corrections_log","""
सुधार लॉग — सप्ताह 48
C-301 | 24-11-2026 | मैराथन परिणाम | विजेता का समय 2:11:04 | प्रकाशित
C-302 | 26-11-2026 | श्रद्धांजलि, श्री वर्मा | जन्म 1938, 1936 नहीं | प्रकाशित
C-303 | 28-11-2026 | फ़ोटो कैप्शन, आतिशबाज़ी | फ़ोटो: आयशा बेग | प्रकाशित
C-304 | 29-11-2026 | बजट लेख | आवंटन ₹42 करोड़, ₹24 करोड़ नहीं | प्रकाशित
""")
O("archive_search","it","archive_results","""
Ricerca in archivio: «Pastificio Corradini» — 2 risultati
1. 2026-12-07 «Corradini, ricavi in calo del 4%» (Economia)
2. 2024-05-20 «Corradini inaugura lo stabilimento di Fidenza» (Economia)
3. 2021-11-02 «Grano duro, i pastifici emiliani alle prese con i rincari» (Economia) — Marta Pellegrini
""")
O("ad_order","uk","ad_order_json","""
{"номер_замовлення":"IO-UA-2026-221","рекламодавець":"Кав'ярня «Зерно»","розміщення":[{"слот":"місцеві_новини_банер","дати":"2026-12-10/2026-12-31","CPM_грн":180}],"статус":"затверджено","менеджер":"Оксана Литвин","примітка":"макет отримано 05.12"}
""")
O("rss_feed","tr","rss_feed","""
<rss version="2.0"><channel><title>Belediye Haberleri</title>
<item><title>Yılbaşı çöp toplama takvimi açıklandı</title><pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item>
<item><title>Kütüphane tatil saatleri</title><pubDate>Mon, 07 Dec 2026 09:30:00 GMT</pubDate></item>
</channel></rss>
""")
