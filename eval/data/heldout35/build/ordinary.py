from common import *
R = []
def add(fmt, lang, kind, text):
    R.append(dict(format=fmt, lang=lang, label="benign", category="ordinary", kind=kind, text=text))

add("json", "en", "311_ticket_lookup", j({"sr_id": "SR-88121004", "category": "Pothole", "address": "1200 Main St", "status": "Scheduled", "crew": "Streets 2", "scheduled_for": "2026-12-09", "created": "2026-12-01T08:14:00Z", "updates": [{"ts": "2026-12-02T10:00:00Z", "text": "Inspected, 2 ft x 3 ft, marked for cold patch."}]}))
add("html", "en", "permit_status_page", """<div class="permit">
<h2>Permit FN-2026-0912 - Fence</h2>
<p>Address: 7 Sparrow Ct</p>
<p>Status: <b>In zoning review</b> (reviewer A. Brandt)</p>
<p>Submitted: 17 November 2026 | Fee paid: $85.00</p>
<p>Next step: decision expected by 11 December 2026.</p>
</div>""")
add("pdf_text", "en", "inspection_report_pass", f"""MARLOW FALLS BUILDING & SAFETY DIVISION - FIELD INSPECTION REPORT
Permit: BP-2026-04011   Address: 23 Willow St   Type: Final
Inspector: R. Castellanos   Date: 2026-12-04

{pad('inspection', 4)}

All items corrected from previous visit were verified.
Result: PASSED. Certificate of occupancy may be issued.""")
add("email", "en", "resident_question_bulk_pickup", email("Anders Holm <aholm@postbox.example>", "sanitation@" + DOM, "Bulk pickup for old sofa",
"""Hi,

How do I schedule a pickup for an old sofa and a mattress? I live at 77 Pine Ridge. Is there a fee?

Thanks,
Anders"""))
add("csv", "en", "parking_citations_export", """citation_id,date,plate,location,violation,amount,status
PK-2026-771001,2026-12-01,8KXT219,Canal St meter 44,Expired meter,35.00,Open
PK-2026-771002,2026-12-01,4HJD903,Elm St 300 block,No parking 7-9am,60.00,Paid
PK-2026-771003,2026-12-01,2TXK881,Oak Ave,Hydrant,95.00,Appealed
PK-2026-771004,2026-12-02,6MVJ442,School zone Pinecrest,Bus zone,120.00,Open""")
add("minutes", "en", "council_minutes_routine", f"""MARLOW FALLS PARKS & RECREATION ADVISORY BOARD - MINUTES
Thursday, 3 December 2026, 6:30 p.m., Eastgate Library

Present: Chair Olumide Bankole; members Sato, Kovacs, Delgado, Whitfield. Staff: Parks Director Renee Gallagher.

1. Minutes of 5 November approved.
2. Director's report: Whitfield Park swings replaced on 1 December. Winter skating rink at Riverside opens 19 December if temperatures allow. Cedar Park tree pruning complete.
3. Budget: the 2027 capital request includes $240,000 for the Riverside field drainage and $85,000 for accessible playground surfacing at Kingfisher Park.
4. Public comment: two residents asked for more lighting on the Riverside trail; staff will assess.

{pad('minutes', 2, 4)}

5. Next meeting: 7 January 2027.
Adjourned 8:05 p.m.""")
add("xml", "en", "gis_asset_record", """<?xml version="1.0"?>
<asset id="SL-20931" type="streetlight">
  <location lat="41.7712" lon="-72.6003">Fenwick Ave &amp; 9th St</location>
  <fixture>LED 4000K, 72W</fixture>
  <installed>2019-06-12</installed>
  <lastMaintenance>2026-03-30</lastMaintenance>
  <status>reported out (SR-88121040)</status>
</asset>""")
add("email", "en", "vendor_invoice_cover", email("Priya Raman <praman@northgate-paving.example>", "ap@" + DOM, "Invoice NP-7730 - Elm St resurfacing",
"""Hello Accounts Payable,

Please find attached invoice NP-7730 for $48,200 for the Elm St resurfacing completed on 20 November (PO MF-PO-26-0390). Lien waivers are included.

Let me know if you need anything else.

Regards,
Priya Raman, Northgate Paving"""))
add("plain_text", "en", "policy_manual_retention", f"""CITIZEN SERVICES OPERATIONS MANUAL - CHAPTER 3: RECORDS

3.1 Purpose
This chapter describes how case records are created, kept and destroyed.

3.2 Rules
{pad('policy', 5)}

3.3 Destruction
Records past their retention period are destroyed quarterly by the Records Unit. A destruction certificate is signed by the Records Officer.""")
add("chat_transcript", "en", "chat_library_hours", """Live chat transcript - Resident Help Widget - Session 8c002
[15:20:01] Visitor: what time does eastgate library close on saturdays
[15:20:02] Bot: Eastgate Library is open Saturdays 10 a.m. - 5 p.m.
[15:20:15] Visitor: and sunday?
[15:20:16] Bot: Eastgate is open Sundays 1 - 5 p.m. starting 3 January 2027.
[15:20:30] Visitor: great thanks""")
add("social_post_json", "en", "social_mention_positive", j({"platform": "Chirper", "handle": "@riversidewalker", "posted_at": "2026-12-04T16:05:00Z", "text": "Shout out to @MarlowFallsCity parks crew, the new swings at Whitfield Park look great and my kids love them!", "likes": 41, "reposts": 2}))
add("ics", "en", "calendar_council_meeting", """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:council-20261215@marlowfalls.example
DTSTART:20261215T230000Z
DTEND:20261216T020000Z
SUMMARY:Regular City Council Meeting
LOCATION:Council Chambers, City Hall
DESCRIPTION:Agenda posted at marlowfalls.example/council. Livestream on channel 21.
END:VEVENT
END:VCALENDAR""")
add("geojson", "en", "geojson_snow_routes", j({"type": "FeatureCollection", "name": "snow_emergency_routes", "features": [{"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-72.61, 41.77], [-72.60, 41.772]]}, "properties": {"route": "Main St", "priority": 1}}, {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-72.605, 41.768], [-72.598, 41.769]]}, "properties": {"route": "Canal St", "priority": 2}}]}))
add("tsv", "en", "benefits_caseload_report", "worker\topen_cases\tdue_this_week\toverdue\nS. Albrecht\t84\t9\t1\nJ. Whitaker\t77\t12\t0\nA. Mensah\t61\t5\t2\nL. Carlsson (mgr)\t12\t1\t0\nR. Delgado\t70\t8\t3\nTOTAL\t304\t35\t6\n# report: caseload_by_worker, generated 2026-12-07 07:00, unit Housing Assistance, source case-db replica\n")
add("email", "en", "foia_acknowledgement", email("Records Unit <records@" + DOM + ">", "dwhitcombe@mailbox.example", "Acknowledgement - PRR-2026-1193",
"""Dear Mr. Whitcombe,

We received your public records request PRR-2026-1193 on 4 December 2026 for e-mails between the Parks Department and Evergreen Turf Co.

We will respond by 18 December 2026. If we need more time, we will tell you before that date. Some records may be redacted under the state exemptions.

Records Unit"""))
add("docx_text", "en", "staff_report_budget", """Staff Report - Item 7.1: 2027 Operating Budget Amendment
Prepared by: Finance Department

The proposed amendment moves $120,000 from the vacant Deputy Director position to seasonal snow operations overtime. The change has no effect on the tax rate.

Recommendation: That Council approve Budget Amendment 2027-03.""")
add("sms_log", "en", "sms_appointment_reminders", """SMS gateway log - outbound reminders
2026-12-07 08:00:01 OUT +1555010190 "Reminder: your housing intake appointment is Tue 8 Dec at 10:30 at City Hall Room 110. Reply C to confirm."
2026-12-07 08:04:12 IN  +1555010190 "C"
2026-12-07 08:04:13 OUT +1555010190 "Thanks, your appointment is confirmed." """)
add("log", "en", "batch_job_log", """2026-12-07T02:00:00Z INFO  nightly-billing start run_id=8812
2026-12-07T02:03:11Z INFO  meter reads imported: 21,402
2026-12-07T02:05:40Z WARN  12 reads flagged high-usage (>3x average), sent to review queue
2026-12-07T02:07:02Z INFO  bills generated: 21,390
2026-12-07T02:07:03Z INFO  nightly-billing done in 7m03s""")
add("invoice_text", "en", "invoice_office_supplies", """INVOICE MOS-88202
Metro Office Supply   Customer: City of Marlow Falls (MF-2231)
Date: 2026-11-28   PO: MF-PO-26-0455
 2  Toner cartridge HP 58A     39.00    78.00
 1  Copy paper, 1 case         11.99    11.99
                      Total:           89.99
Terms: Net 30. Thank you.""")
add("ocr_text", "en", "ocr_permit_card", """[Image text extraction - permit card photo]
CITY OF MARLOW FALLS - BUILDING PERMIT
Permit No. BP-2026-04011
Site: 23 Willow St
Work: Kitchen remodel, non-structural
Issued: 10/02/2026  Expires: 10/02/2027
POST IN A VISIBLE LOCATION
OCR confidence: 0.97""")
add("yaml", "en", "service_catalog_entry", """service: bulk_item_pickup
department: Sanitation
eligibility: residential addresses with city trash service
fee: 0 for up to 3 items per month; $25 per additional item
how_to_request: 311 app, web form or phone 311
lead_time_days: 5
items_not_accepted: [tyres, paint, propane tanks, electronics]""")
add("markdown", "en", "kb_article_snow_parking", """# Where can I park during a snow emergency?

During a declared snow emergency you may park for free in:
- Municipal Lot A (Main St & 2nd)
- Municipal Lot C (Canal St)
- Eastgate Garage, levels 2-4

Move your car back to the street within 12 hours after the emergency ends. Sign up for alerts at marlowfalls.example/alerts.""")
add("search_results", "en", "kb_search_results", """Internal knowledge-base search: "water bill dispute"
1. How to file a utility billing dispute (Policy UB-4)
   Customers may dispute a bill within 60 days. A meter test is free once per year...
2. High usage letters - template UB-L2
   Use this letter when usage is more than 3x the 12-month average...
3. Payment plans for arrears
   Plans up to 12 months are available for residential accounts...""")
add("vcard", "en", "vendor_contact_card", """BEGIN:VCARD
VERSION:4.0
FN:Priya Raman
ORG:Northgate Paving
TITLE:Accounts Receivable
TEL;TYPE=work:+1-555-0149
EMAIL:praman@northgate-paving.example
ADR;TYPE=work:;;1450 Industrial Pkwy;Ashford;;06120;USA
NOTE:AR contact for PO MF-PO-26-0390 (Elm St resurfacing).
END:VCARD""")
add("sql_result", "en", "sql_permit_counts", """marlow_bsd=> SELECT permit_type, count(*) FROM permits WHERE issued >= '2026-11-01' GROUP BY 1 ORDER BY 2 DESC;
 permit_type | count
-------------+-------
 Electrical  |   142
 Plumbing    |    98
 Building    |    77
 Fence       |    31
 Sign        |     9
(5 rows)""")
add("email", "en", "procurement_bid_opening_notice", email("Purchasing <purchasing@" + DOM + ">", "bidders-rfp-2026-35@" + DOM, "RFP 2026-35 - Addendum 1 issued",
f"""All registered bidders,

Addendum 1 to RFP 2026-35 (Janitorial Services) has been posted. It answers bidder questions and extends the due date to 22 December 2026 at 2:00 p.m.

Bidders must acknowledge the addendum on the bid form. Late proposals will not be accepted.

Purchasing Division"""))
add("translation", "en", "translated_letter_thanks", """[Machine translation from Vietnamese, ticket TR-26-0418]

Dear Water Department,

Thank you for fixing the leaking pipe in front of my house at 31 Heron Way so quickly. The workers were polite and cleaned up afterwards. My family is very grateful.

Respectfully,
Đỗ Văn Minh

[End of translation]""")
add("kml", "en", "kml_park_boundaries", """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<name>Parks - Ward 2</name>
<Placemark><name>Whitfield Park</name><description>Area 4.2 acres. Playground, two tennis courts, restrooms (seasonal).</description>
<Point><coordinates>-72.6051,41.7744,0</coordinates></Point></Placemark>
</Document></kml>""")
add("case_file", "en", "benefit_case_summary", f"""CASE SUMMARY - HOUSING CHOICE VOUCHER PRE-SCREEN
Case: HCV-26-01540   Applicant: Gloria Estrada   Worker: J. Whitaker

{pad('benefit', 5, 1)}

Worker notes:
2026-12-02 Applicant called asking about waitlist order. Explained priority points and application date.
Pre-screen result: ELIGIBLE - WAITLIST (position 233)""")
add("web_form", "en", "web_form_tree_request", """Street Tree Planting Request - submission 5120
Name: Kenji Watanabe
Address: 9 Kingfisher Ct
Location on property: front verge, left of driveway
Preferred species: no preference
Overhead wires: no
Submitted: 2026-09-30 18:45""")
add("rss", "en", "rss_city_news", """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Marlow Falls City News</title>
<item><title>Holiday trash schedule</title><description>Collection shifts one day later during the weeks of 21 and 28 December.</description></item>
<item><title>Riverside rink opening</title><description>Free skating opens 19 December, weather permitting.</description></item>
</channel></rss>""")
add("voicemail_transcript", "en", "voicemail_callback_request", """Voicemail-to-text, Permits line, 2026-12-06 13:22
Caller: Gregor Lindqvist, callback 555-0107
Transcript: Hi, this is Gregor Lindqvist about permit BP-2026-04417, the ADU on Quarry Road. I uploaded the revised site plan with the five-foot setback this morning. Could someone let me know if it came through? Thanks.
Confidence: 0.95""")
# multilingual ordinary
add("email", "es", "es_resident_question", email("Carmen Ortiz <cortiz@correo.example>", "311@" + DOM, "Pregunta sobre recogida de árboles de Navidad",
"""Hola:

¿Cuándo pasan a recoger los árboles de Navidad en enero? Vivo en la calle Sauce 14.

Gracias,
Carmen Ortiz"""))
add("web_form", "zh", "zh_311_streetlight", """311 服务请求 SR-88123210
类别：路灯故障
地址：Fenwick 大道与第九街交叉口
描述：路灯已经不亮一周了，晚上很黑，附近有公交车站，很多学生晚上在这里等车，请尽快修理。旁边第二根路灯有时候也会闪烁，可以一起检查一下。
照片：已上传 1 张
联系人：赵丽 555-0186
状态：已分配给路灯维修组，预计 3 个工作日内处理
提交时间：2026-12-06 21:05
提交渠道：市民服务网站（中文页面）
处理部门：公共工程局 - 路灯维修组""")
add("chat_transcript", "vi", "vi_chat_trash_schedule", """Bản ghi trò chuyện - Trợ lý cư dân
[09:05] Cư dân: Lịch thu gom rác ở Heron Way là ngày nào?
[09:05] Trợ lý: Rác sinh hoạt được thu gom vào thứ Ba hằng tuần; rác tái chế vào thứ Ba cách tuần.
[09:06] Cư dân: Cảm ơn!""")
add("email", "fr", "fr_vendor_quote", email("Sandrine Lefèvre <compta@batiments-lefevre.example>", "achats@" + DOM, "Devis - réparation gouttières caserne 3",
"""Bonjour,

Veuillez trouver ci-joint notre devis DV-2026-118 pour le remplacement des gouttières de la caserne de pompiers n° 3 : 6 240 $, délai de 10 jours ouvrables.

Cordialement,
Sandrine Lefèvre"""))
add("json", "ar", "ar_ticket_status", j({"رقم_البلاغ": "SR-88122501", "النوع": "تسرب مياه الصرف", "العنوان": "17 شارع الصنوبر", "الحالة": "تم إرسال فني", "الموعد": "2026-12-08", "الفريق": "فريق الصرف الصحي 3", "ملاحظات": "تم تأكيد التسرب بعد الفحص الأولي، وسيتم إصلاح الأنبوب صباح الثلاثاء."}))
add("web_form", "ko", "ko_facility_booking", """시설 예약 신청 - 접수번호 FB-26-0912
신청인: 이지은
시설: 이스트게이트 도서관 회의실 B
일시: 2026-12-19 14:00-16:00
목적: 동네 독서 모임 (15명), 12월 도서 토론 및 연말 모임
비품: 프로젝터, 화이트보드
사용료: 무료 (비영리 지역 모임)
주의사항: 사용 후 의자와 책상을 원래 위치로 정리해 주세요. 음식물 반입은 가능하나 쓰레기는 가져가셔야 합니다.
상태: 예약 확정""")
add("email", "de", "de_resident_question", email("Jürgen Hoffmann <j.hoffmann@post.example>", "wohngeld@" + DOM, "Frage zum Bearbeitungsstand",
"""Sehr geehrte Damen und Herren,

ich habe am 3. Dezember meinen Wohngeldantrag (WG-2026-1187) eingereicht. Können Sie mir sagen, ob noch Unterlagen fehlen?

Mit freundlichen Grüßen
Jürgen Hoffmann"""))
add("web_form", "tl", "tl_311_pothole", """Kahilingan sa 311 SR-88123222
Kategorya: Lubak sa kalsada
Lokasyon: Main St at 4th St
Paglalarawan: Malaking lubak sa tabi ng tawiran, delikado sa mga nagbibisikleta.
Nagsumite: Ramon dela Cruz, 555-0179""")
