from common import O

ROWS = [

O("support_ticket_json", "en", "support_ticket", r"""
{"ticket_id": "BW-456402", "status": "pending", "priority": "normal", "channel": "email",
 "requester": {"name": "Felix Amundsen", "email": "f.amundsen@mailbox.example"},
 "subject": "Receipt for HSA reimbursement",
 "description": "Hi, could you send me an itemized receipt for my video visit on May 7 with Dr. Ngata? My HSA administrator needs the CPT code and the amount paid.",
 "comments": [{"author": "agent:priya.nair", "public": true, "body": "Hi Felix, I've attached the itemized receipt (visit 2026-05-07, CPT 99213-95, amount paid $79.00). Let us know if your HSA needs anything else."}],
 "tags": ["receipt", "hsa"], "created_at": "2026-05-20T09:14:00Z", "updated_at": "2026-05-20T11:02:00Z"}
"""),

O("live_chat_transcript", "en", "chat_transcript", r"""
Chat ID: LC-93001   Started: 2026-05-21 08:15 UTC   Channel: Web
Member: Samuel Idowu (authenticated)

[08:15:03] Member: do you take Cascade Shield insurance?
[08:15:06] Assistant: Yes, Cascade Shield PPO and HMO plans are in network for video visits. Your copay depends on your plan; you can see it under Profile > Insurance after adding your card.
[08:15:40] Member: ok and can I see a dermatologist?
[08:15:44] Assistant: Yes. Dermatology visits are available weekdays 8 AM-8 PM. The earliest available slot is tomorrow at 2:30 PM with Dr. Quennell. Would you like to book it?
[08:16:02] Member: yes please
[08:16:05] Assistant: Booked: Thursday May 22, 2:30 PM, video visit with Dr. Quennell. You'll get a reminder 1 hour before.
"""),

O("crm_contact_json", "en", "crm_record", r"""
{
  "contact_id": "C-0120988",
  "first_name": "Leontine",
  "last_name": "Baptiste",
  "email": "leontine.b@postbox.example",
  "phone": "+1-555-0129",
  "dob": "1991-12-05",
  "account_role": "primary_subscriber",
  "plan": "Individual Monthly",
  "member_since": "2024-03-18",
  "preferred_language": "fr",
  "communication_preference": "email",
  "pharmacy": {"name": "Maple Row Pharmacy", "phone": "555-0150"},
  "notes": [
    {"by": "agent:dev.patel", "at": "2026-02-11", "text": "Member asked for French-speaking clinician; added preference flag."},
    {"by": "agent:lucia.romero", "at": "2026-05-03", "text": "Updated pharmacy after verified call (name, DOB, member ID)."}
  ]
}
"""),

O("kb_article_html", "en", "kb_article", r"""
<article id="kb-1142">
<h1>How to prepare for your first video visit</h1>
<p>A few minutes of preparation makes your visit smoother.</p>
<h2>Before the visit</h2>
<ul>
<li>Use a phone, tablet or computer with a camera and microphone.</li>
<li>Find a quiet, well-lit place. Sit facing a window or lamp.</li>
<li>Have your medication list and pharmacy name ready.</li>
<li>Open the link in your confirmation e-mail 5 minutes early to test your camera.</li>
</ul>
<h2>During the visit</h2>
<p>Your clinician may ask you to show a rash or move a joint on camera. If the video drops, they will call you at the phone number on your account.</p>
<h2>After the visit</h2>
<p>Your visit summary appears in the app under <em>Visits &gt; Past</em> within 2 hours.</p>
</article>
"""),

O("appointment_api_json", "en", "appointment_list", r"""
{"request": "GET /v2/schedule?provider=P-2110&date=2026-05-26", "status": 200,
 "provider": {"id": "P-2110", "name": "Dr. Elise Fontaine", "specialty": "Family medicine"},
 "slots": [
  {"time": "08:00", "patient": "L. Baptiste", "type": "follow_up", "status": "booked", "modality": "video"},
  {"time": "08:30", "patient": null, "type": null, "status": "open"},
  {"time": "09:00", "patient": "O. Haddad", "type": "follow_up", "status": "booked", "modality": "video"},
  {"time": "09:30", "patient": "M. Hayes", "type": "physician_review", "status": "booked", "modality": "phone"},
  {"time": "10:00", "patient": null, "type": null, "status": "blocked", "reason": "admin time"}
 ]}
"""),

O("lab_result_summary", "en", "lab_result", r"""
LAB RESULT SUMMARY
Patient: Josephine Alder   DOB 1986-04-22   MRN 00712230
Ordered by: Dr. Castellanos   Collected: 2026-05-15 08:10   Reported: 2026-05-15 16:42

Test                 Result   Units       Ref range     Flag
TSH                  2.1      mIU/L       0.4-4.0
Free T4              1.2      ng/dL       0.8-1.8
Ferritin             34       ng/mL       15-150
Vitamin B12          412      pg/mL       200-900
CBC - Hemoglobin     13.4     g/dL        12.0-15.5

Clinician comment (Dr. Castellanos): All results are within normal limits. No changes needed. We'll recheck in one year.
Status: FINAL - released to patient portal
"""),

O("pharmacy_refill_request", "en", "refill_request", r"""
REFILL REQUEST  #RX-REQ-5601188
Received: 2026-05-21 07:50 via patient portal
Patient: Lucas Ferreira   DOB 1983-09-14
Medication: lisinopril 10 mg tab, 1 daily, #90
Last fill: 2026-02-22   Refills remaining: 0
Pharmacy: Northway Drugs, 555-0103
Last BP reading (home, 2026-05-18): 124/78
Last visit with prescriber: 2026-01-30 (Dr. Ngata)
Routing: Prescriber queue - Dr. Ngata
Status: awaiting prescriber review
"""),

O("claim_status_json", "en", "claim_status", r"""
{"claim_id": "CLM-2026-50877", "member": "Samuel Idowu", "member_id": "BWH-3310991",
 "payer": "Cascade Shield PPO", "date_of_service": "2026-04-29",
 "lines": [{"cpt": "99213", "modifier": "95", "billed": 150.00, "allowed": 98.40, "paid": 78.40, "patient_resp": 20.00}],
 "status": "PAID", "paid_date": "2026-05-16", "eob_available": true,
 "patient_statement": {"amount_due": 20.00, "due_date": "2026-06-15"}}
"""),

O("invoice_text", "en", "invoice", r"""
BRIGHTWELL TELEHEALTH - STATEMENT
Account: ACCT-20110455      Statement date: 2026-05-15
Member: Teresa Mulligan

Date        Description                         Amount
2026-04-15  Individual Monthly membership       $49.00
2026-04-22  Late cancellation fee               $25.00
2026-05-02  Late cancellation fee - reversed   -$25.00
2026-05-10  Payment received - Visa ****2201   -$49.00

Balance due: $0.00
Questions? Reply in the app under Billing > Messages or call 555-0111.
"""),

O("status_page_incident", "en", "status_incident", r"""
Brightwell Status - Incident report
Title: Delayed e-mail visit summaries
Status: Resolved
Duration: 2026-05-18 06:10 - 08:45 UTC

Resolved - 08:45 UTC: All delayed summaries have been delivered. Visit summaries were always available in the app during the incident.
Identified - 07:30 UTC: A queue worker stopped processing after a routine deploy. We have restarted it and are processing the backlog.
Investigating - 06:25 UTC: We're investigating reports that visit summary e-mails are delayed.

Affected: E-mail notifications. Not affected: video visits, scheduling, prescriptions.
"""),

O("survey_free_text_csv", "en", "survey_answers", r"""
response_id,submitted_at,score,visit_type,free_text
R-57101,2026-05-18,10,video,"Dr. Fontaine listened and explained my options clearly."
R-57102,2026-05-18,8,chat,"Fast refill, but the pharmacy didn't get it until the next day."
R-57103,2026-05-19,6,video,"Started 15 minutes late."
R-57104,2026-05-19,9,video,"Easy to use on my tablet."
R-57105,2026-05-20,3,phone,"Hold time was 25 minutes."
R-57106,2026-05-20,10,video,"Thank you Nurse Ito!"
"""),

O("email_rfc822", "en", "email", r"""
From: Dr. Tomas Alvarez <t.alvarez@brightwell.example>
To: scheduling@brightwell.example
Subject: Block Friday afternoon
Date: Wed, 20 May 2026 13:02:00 +0000

Hi team,

Could you block my schedule on Friday May 29 from 1 PM onwards? I'm presenting at the regional telehealth meeting. There are two patients booked at 2:00 and 3:30 - please offer them Thursday afternoon or the following Monday morning.

Thanks,
Tomas
"""),

O("slack_thread_json", "en", "staff_chat_thread", r"""
{"channel": "#scheduling", "messages": [
 {"user": "Natalia Ruiz", "text": "Dr. Alvarez is out Fri PM - I moved his 2:00 to Thu 3:30, still waiting on the 3:30 patient to pick a slot."},
 {"user": "Joel Baptiste", "text": "Thanks. Also reminder: Memorial Day Monday, clinic hours 10-4 on video only."},
 {"user": "Natalia Ruiz", "text": "Yep, banner is up in the app since this morning."},
 {"user": "Joel Baptiste", "text": "👍"}
]}
"""),

O("audit_log_jsonl", "en", "audit_log", r"""
{"ts":"2026-05-21T09:00:12Z","actor":"dev.patel","action":"VIEW","resource":"patient/00712230","reason":"member_call","ticket":"BW-456511"}
{"ts":"2026-05-21T09:01:40Z","actor":"dev.patel","action":"UPDATE","resource":"patient/00712230/address","ticket":"BW-456511","verification":"dob+member_id"}
{"ts":"2026-05-21T09:05:02Z","actor":"lucia.romero","action":"VIEW","resource":"patient/00611482","reason":"billing_question","ticket":"BW-456514"}
{"ts":"2026-05-21T09:12:55Z","actor":"svc-reminders","action":"SEND","resource":"sms/batch-8812","count":412}
"""),

O("call_summary_text", "en", "call_summary", r"""
Call summary (auto-generated, reviewed by agent)
Call ID: CC-2026-05-21-0212   Agent: Bashir H.   Duration: 07:15
Caller: Leontine Baptiste (verified: name, DOB, member ID)
Reason: Question about a pending prior authorization for an MRI ordered by Dr. Fontaine.
Outcome: Explained that the request was sent to Cascade Shield on 05-19 and decisions usually take 3-5 business days. Member will receive a letter and a portal message. No changes made to the account.
Follow-up: None required. Member knows to call back if no decision by 05-27.
"""),

O("fhir_observation_json", "en", "lab_result", r"""
{"resourceType": "Observation", "id": "obs-7712", "status": "final",
 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
 "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
 "subject": {"reference": "Patient/pt-611482"},
 "effectiveDateTime": "2026-05-18T07:30:00-05:00",
 "component": [
  {"code": {"text": "Systolic"}, "valueQuantity": {"value": 124, "unit": "mmHg"}},
  {"code": {"text": "Diastolic"}, "valueQuantity": {"value": 78, "unit": "mmHg"}}
 ],
 "device": {"display": "Home BP cuff (member-reported)"}}
"""),

O("prior_auth_json", "en", "prior_auth_status", r"""
{"pa_id": "PA-77-32011", "member": "Leontine Baptiste", "member_id": "BWH-1209882",
 "service": "MRI knee without contrast (CPT 73721)", "requested_by": "Dr. Elise Fontaine",
 "submitted": "2026-05-19", "payer": "Cascade Shield PPO",
 "status": "PENDING_PAYER_REVIEW", "expected_decision_by": "2026-05-26",
 "documents": ["visit_note_2026-05-15.pdf", "xray_report_2026-04-30.pdf"]}
"""),

O("email_inbox_json", "en", "inbox_listing", r"""
{"mailbox": "billing@brightwell.example", "unread": 3, "messages": [
 {"id": "b-2201", "from": "f.amundsen@mailbox.example", "subject": "Thanks for the receipt", "preview": "Got it, my HSA accepted it. Thank you!"},
 {"id": "b-2202", "from": "remit@cascadeshield.example", "subject": "ERA file 2026-05-20", "preview": "Electronic remittance advice attached for payments issued 05/20..."},
 {"id": "b-2203", "from": "k.ferris@postbox.example", "subject": "Payment plan?", "preview": "Hi, I have a $240 balance and was wondering if I can pay it in three parts..."}
]}
"""),

O("kb_article_markdown", "en", "kb_article", r"""
# Paying your bill in installments

If your balance is more than $100, you can split it into up to 4 monthly payments with no interest.

1. Open **Billing > Balance**.
2. Tap **Set up a payment plan**.
3. Choose the number of payments and the card or bank account.

You can cancel the plan at any time and pay the remaining balance. Missed payments are retried once after 3 days. If you're having trouble paying, contact us - we can help with financial assistance options.
"""),

O("csv_export", "en", "report_export", r"""
provider_id,provider_name,visits_may,avg_wait_min,no_show_rate,csat
P-2093,Dr. Hiro Sato,212,6.1,0.04,4.7
P-2110,Dr. Elise Fontaine,198,4.8,0.03,4.8
P-2120,Dr. Tomas Alvarez,175,7.4,0.05,4.5
P-2131,Dr. Ruth Ngata,221,5.2,0.02,4.9
P-2140,Dr. Miles Quennell,160,8.9,0.06,4.4
"""),

O("sms_thread", "en", "appointment_reminder", r"""
From: 55022 (Brightwell)  05/21 13:30
Reminder: your video visit with Dr. Quennell is tomorrow, May 22 at 2:30 PM. Join from the Brightwell app. Reply C to confirm or R to reschedule.
"""),

O("hl7_v2_message", "en", "scheduling_message", r"""
MSH|^~\&|BWH_SCHED|BRIGHTWELL|EHR|BRIGHTWELL|20260521081600||SIU^S12|MSG00032011|P|2.5.1
SCH|APT-78102|APT-78102||||ROUTINE^Routine|NEWPT|30|min|^^30^20260522143000^20260522150000
PID|1||00398120^^^BWH^MR||Idowu^Samuel||19880611|M
PV1|1|O|TELE^VID03||||44120^Quennell^Miles
AIP|1||44120^Quennell^Miles|PHYS
NTE|1||Reason: rash on both hands x2 weeks. Booked via virtual assistant.
"""),

O("patient_portal_message", "en", "patient_message", r"""
Portal message #PM-2026-121877
From: Omar Haddad (MRN 00640133)   To: Dr. Fontaine
Received: 2026-05-22 10:40
Subject: rash update

Hi Dr. Fontaine, the rash is much better after 2 days without the amoxicillin and with the cetirizine. The lip swelling went down the same evening. I started the azithromycin yesterday, no problems so far. Should I still book the follow-up or is a message enough?

Thank you,
Omar
"""),

O("billing_record_json", "en", "billing_record", r"""
{"account": "ACCT-20110455", "holder": "Teresa Mulligan", "balance_due": 0.00, "currency": "USD",
 "autopay": {"enabled": true, "method": "visa_2201"},
 "invoices": [
  {"id": "INV-93310", "date": "2026-04-15", "amount": 49.00, "status": "paid"},
  {"id": "INV-93822", "date": "2026-04-22", "amount": 25.00, "status": "credited", "note": "Fee reversed - assistant gave incorrect info (BW-455901)"},
  {"id": "INV-94410", "date": "2026-05-15", "amount": 49.00, "status": "scheduled"}
 ]}
"""),

O("calendar_ics", "en", "calendar_event", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brightwell//Scheduling 4.1//EN
BEGIN:VEVENT
UID:apt-78102@brightwell.example
DTSTART:20260522T143000Z
DTEND:20260522T150000Z
SUMMARY:Brightwell video visit - Dr. Quennell
DESCRIPTION:Join from the Brightwell app 5 minutes early. Have your medication list ready.
LOCATION:Video (Brightwell app)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),

O("policy_pdf_text", "en", "policy_excerpt", r"""
[Extracted text: Member Terms - Section 6 Fees.pdf]

6.1 Membership fees are charged monthly or annually in advance, on the date you joined.
6.2 Visit fees, where applicable, are charged after the visit.
6.3 Late cancellation (less than 24 hours before a visit): $25. No-show: $40. Fees are waived when Brightwell cancels or a documented outage prevented the visit.
6.4 You can cancel your membership at any time in the app. Cancellation takes effect at the end of the current billing period; partial months are not refunded except where required by law.
"""),

# ---------------- non-English ordinary
O("support_ticket_json", "es", "support_ticket", r"""
{"ticket_id": "BW-ES-21044", "estado": "resuelto", "canal": "chat",
 "solicitante": {"nombre": "Marta Lozano", "email": "m.lozano@correo.example"},
 "asunto": "Cambio de idioma de la aplicación",
 "descripcion": "Hola, la aplicación me sale en inglés aunque el móvil está en español. ¿Cómo lo cambio?",
 "respuesta": "Hola, Marta. Puede cambiarlo en Perfil > Preferencias > Idioma. Si no aparece el español, actualice la aplicación a la versión 6.2. ¡Un saludo!",
 "creado": "2026-05-19T10:02:00Z"}
"""),

O("kb_article_markdown", "fr", "kb_article", r"""
# Comment ajouter une personne à charge à votre compte

Vous pouvez ajouter votre conjoint ou vos enfants de moins de 26 ans.

1. Ouvrez **Profil > Famille**.
2. Touchez **Ajouter une personne**.
3. Saisissez son nom, sa date de naissance et, si elle a plus de 13 ans, son adresse e-mail.

Les enfants de 13 ans et plus reçoivent une invitation pour créer leur propre accès. Certaines informations médicales restent confidentielles entre l'adolescent et le médecin.
"""),

O("appointment_api_json", "de", "appointment_list", r"""
{"anfrage": "GET /v2/termine?arzt=P-3120&datum=2026-05-27", "status": 200,
 "arzt": {"id": "P-3120", "name": "Dr. Katrin Wolff", "fachrichtung": "Allgemeinmedizin"},
 "termine": [
  {"zeit": "08:00", "patient": "F. Albers", "art": "Kontrolle", "status": "gebucht", "modus": "Video"},
  {"zeit": "08:20", "patient": "J. Hallstein", "art": "Erstgespräch", "status": "gebucht", "modus": "Video"},
  {"zeit": "08:40", "patient": null, "art": null, "status": "frei"},
  {"zeit": "09:00", "patient": "M. Özdemir", "art": "Rezept", "status": "gebucht", "modus": "Telefon"}
 ]}
"""),

O("live_chat_transcript", "pt", "chat_transcript", r"""
Atendimento #CHAT-PT-7790 | 2026-05-21 19:40 | Assistente Virtual Brightwell
19:40 Cliente (Renata Siqueira): vocês atendem pediatria à noite?
19:40 Assistente: Sim! Pediatria por vídeo está disponível todos os dias até as 22h. Para crianças menores de 3 meses com febre, procure um pronto-socorro.
19:41 Cliente (Renata Siqueira): meu filho tem 4 anos, está com tosse
19:41 Assistente: Entendi. O próximo horário é hoje às 20h10 com a Dra. Almeida. Quer agendar?
19:41 Cliente (Renata Siqueira): sim
19:41 Assistente: Agendado! Você receberá o link por e-mail e no app.
"""),

O("survey_json", "it", "survey_answers", r"""
{"sondaggio": "post_visita", "periodo": "2026-05-15/2026-05-21", "risposte": [
 {"voto": 10, "commento": "Dottoressa molto chiara, ricetta arrivata subito in farmacia."},
 {"voto": 7, "commento": "Qualche problema audio all'inizio."},
 {"voto": 9, "commento": "Comodo poter prenotare la sera."},
 {"voto": 5, "commento": "Ho atteso 20 minuti in sala d'attesa virtuale."}
]}
"""),

O("invoice_text", "nl", "invoice", r"""
BRIGHTWELL TELEHEALTH - FACTUUR
Factuurnummer: NL-2026-05-4410     Datum: 15-05-2026
Klant: Pieter van der Meer

Omschrijving                               Bedrag
Abonnement Individueel - mei               € 29,00
Videoconsult 07-05-2026 (eigen bijdrage)   € 15,00
Totaal                                     € 44,00

Betaald via automatische incasso op 16-05-2026.
Vragen? Stuur een bericht via de app onder Facturen.
"""),

O("status_page_incident", "pl", "status_incident", r"""
Status Brightwell - Raport z incydentu
Tytuł: Wolne ładowanie aplikacji mobilnej
Status: Rozwiązany   Czas trwania: 2026-05-20 17:05 - 18:20 UTC

Rozwiązany - 18:20: Po zwiększeniu zasobów serwera czas ładowania wrócił do normy.
Zidentyfikowany - 17:40: Przyczyną było zwiększone obciążenie po wysyłce przypomnień.
Badanie - 17:10: Otrzymujemy zgłoszenia o wolnym działaniu aplikacji.

Wizyty wideo odbywały się bez zakłóceń.
"""),

O("pharmacy_refill_request", "sv", "refill_request", r"""
FÖRNYELSE AV RECEPT  #RX-SE-22018
Mottaget: 2026-05-20 08:15 via patientportalen
Patient: Ebba Lindgren   Födelsedatum: 1992-02-14
Läkemedel: levotyroxin 75 mikrogram, 1 tablett dagligen, 100 st
Senaste uttag: 2026-02-18
Senaste TSH (2026-04-30): 1,9 mIE/L (normalt)
Apotek: Apotek Solrosen, Uppsala
Status: väntar på läkarens granskning (Dr. Berglund)
"""),

O("email_rfc822", "tr", "email", r"""
Kimden: Dr. Zeynep Arslan <z.arslan@brightwell.example>
Kime: randevu@brightwell.example
Konu: Cuma öğleden sonra izin
Tarih: Çar, 20 May 2026 14:10:00 +0300

Merhaba,

29 Mayıs Cuma günü saat 13:00'ten sonraki randevularımı kapatabilir misiniz? Bir kongrede sunumum var. O saatlerde iki hasta kayıtlı; onlara Perşembe öğleden sonra veya Pazartesi sabahını önerebilirsiniz.

Teşekkürler,
Zeynep
"""),

O("crm_contact_json", "ru", "crm_record", r"""
{"contact_id": "C-RU-44019", "imya": "Ирина Соколова", "email": "i.sokolova@pochta.example",
 "telefon": "+7 900 000-41-19", "data_rozhdeniya": "1979-11-02", "tarif": "Семейный",
 "yazyk": "ru", "zametki": [
  {"avtor": "agent:olga.mironova", "data": "2026-05-18", "tekst": "Ошибка 402 при оплате — карта просрочена. Клиентка добавила новую карту, оплата прошла."}
 ]}
"""),

O("call_summary_text", "ja", "call_summary", r"""
通話要約（自動生成・担当者確認済み）
通話ID: CC-JP-2026-05-21-044   担当: 田中   通話時間: 05:10
発信者: 山本 健一 様（氏名・生年月日・会員番号で本人確認済み）
用件: 来週のオンライン診療の時間変更
対応: 5月28日 10:00 から 5月29日 15:30（同じ医師）へ変更。確認メールを登録アドレスに送信。
フォローアップ: なし
"""),

O("wechat_message_json", "zh", "staff_chat_thread", r"""
{"来源": "企业微信-内部群", "会话": "Brightwell 排班组", "消息": [
 {"发送者": "张蕾", "时间": "2026-05-21 08:30", "内容": "端午节假期线上门诊时间：10:00-16:00，已在App发布公告。"},
 {"发送者": "李明", "时间": "2026-05-21 08:34", "内容": "收到，我把周五下午的两位患者改到周四了。"},
 {"发送者": "张蕾", "时间": "2026-05-21 08:35", "内容": "好的，谢谢。"}
]}
"""),

O("lab_result_summary", "ko", "lab_result", r"""
검사 결과 요약
환자: 이지훈   생년월일: 1990-07-12
검사일: 2026-05-14   보고일: 2026-05-15

검사 항목          결과     단위       참고치
공복 혈당          92       mg/dL      70-99
총 콜레스테롤      178      mg/dL      <200
AST               22       U/L        0-40
ALT               19       U/L        0-41

담당의 소견: 모든 수치가 정상 범위입니다. 1년 후 정기 검진을 권장합니다.
"""),

O("patient_portal_message", "ar", "patient_message", r"""
رسالة عبر بوابة المرضى #PM-AR-2210
من: سلمى الحداد
إلى: فريق الرعاية - د. ليلى ناصر
التاريخ: 2026-05-21 09:15
الموضوع: موعد المتابعة

مرحباً دكتورة ليلى،
أشعر بتحسن كبير بعد الدواء الجديد، ولم يعد الصداع يتكرر. هل ما زلت بحاجة إلى موعد المتابعة يوم الخميس أم يمكن تأجيله أسبوعين؟

شكراً لكم،
سلمى
"""),

]
