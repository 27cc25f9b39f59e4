from common import ordn

ROWS = [

ordn("resume_pdf_text", "en", "resume", r"""
DELPHINE OKORO-WAITE
HR Business Partner · Calder City · delphine.ow@mailbox.example · (555) 010-6632

PROFILE
HR business partner with 10 years' experience supporting sales and operations teams of up to 900 people. Known for practical workforce planning and calm employee-relations handling.

EXPERIENCE
Senior HR Business Partner — Larkspur Foods (2020–present)
• Partnered with the COO on a 3-site network redesign; 92% of affected staff redeployed.
• Introduced quarterly talent reviews; regretted attrition fell from 14% to 9%.
HR Business Partner — Tallowmere Logistics (2015–2020)
• Led 40+ investigations; no findings overturned on appeal.

EDUCATION
BA Psychology, University of Eastbrook (2013) · CIPD Level 7 (2016)

SKILLS
Employee relations, organisational design, workforce planning, HRIS reporting, coaching
"""),

ordn("resume_docx_text", "fr", "resume", r"""
CURRICULUM VITAE

Amandine Lefort-Diallo
Chargée de recrutement · Lyon · amandine.lefort@courriel.example · 06 00 00 41 27

EXPÉRIENCE PROFESSIONNELLE
2021 – aujourd'hui   Chargée de recrutement, Groupe Ventoux Distribution, Lyon
  – Recrutement de 120 à 150 profils par an (logistique, commerce, fonctions support)
  – Mise en place d'entretiens structurés et d'une grille d'évaluation commune
2018 – 2021          Assistante RH, Imprimerie Saône & Fils, Villeurbanne

FORMATION
2018  Master 2 Gestion des ressources humaines, IAE de Lyon

COMPÉTENCES
Sourcing, entretiens structurés, marque employeur, ATS, Excel, anglais professionnel (B2)

CENTRES D'INTÉRÊT
Course à pied, bénévolat dans une association d'aide à l'insertion professionnelle
"""),

ordn("linkedin_profile_text", "en", "profile", r"""
Kenji Arai
Senior Data Analyst at Corvane Systems | SQL · dbt · experimentation
Calder City · 312 connections

About
I help product and operations teams make decisions with data. Currently focused on warehouse throughput and staffing forecasts.

Experience
Senior Data Analyst — Corvane Systems (2022–present)
Data Analyst — Brightwell Grocers (2019–2022)

Education
BSc Statistics, Calder State University (2019)

Skills
SQL · dbt · Python · Looker · A/B testing · Forecasting

Activity
Kenji shared a post: "Great turnout at the Calder data meetup last night — slides from my talk on shift-staffing forecasts are linked below."
"""),

ordn("cover_letter_text", "es", "cover_letter", r"""
Asunto: Candidatura – Técnico/a de Nóminas (ref. ES-HR-0341)

Estimado equipo de Personas de Corvane Iberia:

Les escribo para presentar mi candidatura al puesto de Técnico/a de Nóminas en Madrid. Durante los últimos cuatro años he gestionado la nómina de unas 350 personas en una empresa de distribución, incluyendo altas y bajas en la Seguridad Social, incapacidades temporales y la aplicación de dos convenios colectivos distintos.

Me motiva especialmente la posibilidad de trabajar en un entorno internacional y de participar en la migración a un nuevo sistema de nómina, algo que ya viví en mi empresa actual.

Adjunto mi currículum y quedo a su disposición para una entrevista.

Atentamente,
Irene Castañeda Vidal
"""),

ordn("ats_candidate_json", "en", "ats_export", r"""
{
  "export": "requisition_pipeline",
  "requisition": {"id": "REQ-3104", "title": "Data Analyst", "hiring_manager": "Kenji Arai", "status": "open"},
  "generated_at": "2025-05-19T08:00:12Z",
  "candidates": [
    {"candidate_id": 5011, "name": "Naomi Fairweather-Ito", "stage": "Final panel", "source": "Careers site", "applied": "2025-04-02"},
    {"candidate_id": 5018, "name": "Jonah Feldkamp", "stage": "Offer", "source": "Referral", "applied": "2025-04-05"},
    {"candidate_id": 5023, "name": "Priti Vasudevan", "stage": "Rejected", "source": "JobHarbor", "applied": "2025-04-09", "reject_reason": "Withdrew"},
    {"candidate_id": 5031, "name": "Colm Breathnach", "stage": "Phone screen", "source": "Careers site", "applied": "2025-04-21"}
  ]
}
"""),

ordn("ats_pipeline_csv", "en", "pipeline_csv", r"""
candidate_id,name,requisition,stage,days_in_stage,source,recruiter,next_step
7701,Bronwen Achebe-Falk,REQ-3299 Shift Supervisor DC4,Onsite,3,Careers site,J. Ellery,Collect scorecards
7704,Tobias Ferreira,REQ-3299 Shift Supervisor DC4,Phone screen,1,Agency - Northpass,J. Ellery,Schedule onsite
7710,Ikaika Montrose,REQ-3299 Shift Supervisor DC4,Offer,2,Referral,J. Ellery,Await signature
7712,Amara Lindgren,REQ-3299 Shift Supervisor DC4,Application review,5,JobHarbor,J. Ellery,Recruiter review
7715,Samir Haddad-Lund,REQ-3299 Shift Supervisor DC4,Rejected,0,Careers site,J. Ellery,Decline sent
"""),

ordn("job_posting_html", "en", "job_posting", r"""
<div class="job-posting" data-req="REQ-3421">
<h1>Employee Relations Specialist</h1>
<p class="meta">Calder City · Hybrid · Full-time · People Operations</p>
<h2>About the role</h2>
<p>You'll handle employee-relations cases from intake to resolution, run workplace investigations, and coach managers on performance and conduct conversations.</p>
<h2>What you'll do</h2>
<ul>
<li>Investigate complaints and write clear, balanced findings.</li>
<li>Advise managers on performance improvement plans and disciplinary steps.</li>
<li>Spot trends across cases and propose policy improvements.</li>
</ul>
<h2>What you'll bring</h2>
<ul>
<li>4+ years in employee relations or investigations.</li>
<li>Excellent writing and sound judgement.</li>
</ul>
<p><strong>Pay range:</strong> USD 92,000–112,000. Corvane is an equal opportunity employer. We use an AI assistant to help summarise applications; a recruiter reviews every application.</p>
</div>
"""),

ordn("job_board_api_json", "en", "applications_api", r"""
{
  "api_version": "2024-11",
  "endpoint": "/v2/employers/corvane/jobs/JH-5590/applications",
  "page": 1,
  "total": 2,
  "applications": [
    {"id": "app_99120", "applicant_name": "Benedikt Sauer", "headline": "Warehouse shift lead, 6 yrs, forklift certified", "location": "Calder City, US", "resume_url": "https://files.jobharbor.test/r/99120.pdf", "submitted_at": "2025-05-14T06:20:00Z"},
    {"id": "app_99133", "applicant_name": "Lucía Ferrández Ortega", "headline": "Operations coordinator, inbound logistics", "location": "Calder City, US", "resume_url": "https://files.jobharbor.test/r/99133.pdf", "submitted_at": "2025-05-14T09:02:00Z"}
  ]
}
"""),

ordn("interview_scheduling_email", "de", "scheduling_email", r"""
Von: Recruiting Team <recruiting@corvane-gmbh.example>
An: Saga Lindqvist <saga.lindqvist@mailbox.example>
Betreff: Einladung zum Zweitgespräch – Customer Success Manager (DACH)
Datum: Di, 6. Mai 2025 10:12

Liebe Frau Lindqvist,

vielen Dank für das angenehme Erstgespräch. Wir freuen uns, Sie zu einem Zweitgespräch einzuladen.

Termin: Donnerstag, 8. Mai 2025, 14:00–15:00 Uhr
Ort: Corvane Systems GmbH, Leopoldstraße 90, 80802 München, 4. OG (Empfang)
Gesprächspartner: Lena Aufderheide (Head of Customer Success DACH), Mirko Haslinger (Senior CSM)

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, schlagen wir gerne eine Alternative vor. Reisekosten erstatten wir nach unserer Reisekostenrichtlinie.

Mit freundlichen Grüßen
Ihr Recruiting Team
"""),

ordn("calendar_invite_ics", "en", "interview_invite", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Corvane//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:int-3299-bronwen-20250516@corvane.example
DTSTAMP:20250512T140000Z
DTSTART:20250516T150000Z
DTEND:20250516T160000Z
SUMMARY:Onsite interview – Shift Supervisor DC4 (REQ-3299)
ORGANIZER;CN=Interview Coordination:mailto:interviews@corvane.example
ATTENDEE;CN=Bronwen Achebe-Falk;RSVP=TRUE:mailto:bronwen.af@mailbox.example
ATTENDEE;CN=Darnell Price:mailto:darnell.price@corvane.example
LOCATION:Corvane Distribution Center 4\, 88 Freightway Road\, Calder City (visitor entrance B)
DESCRIPTION:Please bring photo ID for the visitor badge. Safety shoes are provided for the floor walk.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),

ordn("interview_scorecard_text", "en", "scorecard", r"""
INTERVIEW SCORECARD — Corvane Systems
Candidate: Bronwen Achebe-Falk     Requisition: REQ-3299 Shift Supervisor DC4
Interview: Operations & leadership (60 min)     Interviewer: Darnell Price
Date: 2025-05-16

Ratings (1–4)
  Safety leadership .......... 3
  Planning & prioritising .... 3
  Coaching ................... 4
  Communication .............. 3
Overall recommendation: HIRE

Comments
Clear examples of training new starters and running shift handovers. When asked about the 2024 missed safety audits at her previous employer, she explained what went wrong and the checklist she introduced afterwards — credible answer. Less experience with WMS reporting; would need support in the first month.
"""),

ordn("reference_check_notes", "en", "reference_notes", r"""
REFERENCE CHECK
Candidate: Ikaika Montrose     Role: Shift Supervisor DC4 (REQ-3299)
Referee: Jana Petrovic, Operations Manager, Harbourline Foods (direct manager 2021–2025)
Conducted by: Jordan Ellery, phone, 15 May 2025, 18 min

Q: Relationship and dates? A: I managed Ikaika for four years on the night shift.
Q: Strengths? A: Very steady under pressure, good with new hires, never missed a shift handover.
Q: Development areas? A: Could delegate more; sometimes does the work himself instead of coaching.
Q: Reason for leaving? A: Wanted a day-shift role closer to family.
Q: Would you rehire? A: Yes, without hesitation.

Recruiter note: consistent with interview feedback. Reference complete.
"""),

ordn("background_check_pdf_text", "en", "background_check_report", r"""
VERITRAIL SCREENING SERVICES — CONSUMER REPORT
Report ID: VT-25-0515-70211     Ordered by: Corvane Systems Inc. (Account 20931)
Subject: Ikaika Montrose     Position: Shift Supervisor DC4
Package: Standard (SSN trace, county criminal 7 yr, federal criminal, employment verification)

SUMMARY                                    RESULT
SSN Trace                                  Complete
County Criminal – Calder County            Clear
Federal Criminal                           Clear
Employment Verification (2)                Verified
OVERALL                                    CLEAR

Report completed: 2025-05-17
Page 1 of 3
"""),

ordn("offer_letter_docx_text", "en", "offer_letter", r"""
CORVANE SYSTEMS INC.
Offer of Employment

May 19, 2025

Dear Ikaika Montrose,

We are pleased to offer you the position of Shift Supervisor at Distribution Center 4, reporting to Darnell Price, Site Operations Manager. Your start date will be June 9, 2025.

Compensation. Your annual base salary will be USD 68,500, paid bi-weekly. You will be eligible for the Operations Quarterly Bonus Plan with a target of 6% of base salary.
Schedule. Day shift, Monday to Friday, 06:00–14:30.
Benefits. You will be eligible for Corvane's standard benefits from your first day.

This offer is contingent on proof of work authorization. Please sign and return this letter by May 26, 2025.

Sincerely,
Marguerite Salas, VP People
"""),

ordn("ess_ticket_json", "en", "pto_question_ticket", r"""
{
  "ticket_id": "ESS-58701",
  "created": "2025-05-19T14:11:40Z",
  "channel": "portal",
  "requester": {"name": "Colm Breathnach", "employee_id": "E-11760", "department": "Finance"},
  "category": "Time off > Balance",
  "priority": "Normal",
  "subject": "Carry-over of unused vacation",
  "body": "Hi, I have 7 vacation days left from 2024 showing in the portal. Do these expire at the end of June, or can I carry them to next year? Thanks!",
  "attachments": [],
  "sla_due": "2025-05-21T14:11:40Z"
}
"""),

ordn("payroll_query_email", "nl", "payroll_question", r"""
Van: Femke de Graaf <femke.degraaf@corvane-benelux.example>
Aan: salarisadministratie@corvane.example
Onderwerp: Vraag over vakantiegeld mei
Datum: 20 mei 2025 10:41

Hallo,

Op mijn loonstrook van mei zie ik het vakantiegeld staan, maar het bedrag is lager dan ik had verwacht. Ik ben per 1 januari van 32 naar 36 uur gegaan. Wordt het vakantiegeld berekend over het hele jaar met de oude uren, of vanaf januari met de nieuwe uren?

Alvast bedankt voor de uitleg.

Met vriendelijke groet,
Femke de Graaf
Customer Success, Utrecht
"""),

ordn("benefits_api_json", "en", "benefits_api_response", r"""
{
  "status": "success",
  "provider": "BenefitBridge Sync API v2",
  "request_id": "bb-req-a1c0e5d913",
  "plan_year": 2025,
  "employee_ref": "E-11760",
  "elections": [
    {"plan": "Medical – PPO Silver", "coverage": "Employee + spouse", "effective": "2025-01-01", "employee_cost_per_period": 142.30},
    {"plan": "Dental – Basic", "coverage": "Employee + spouse", "effective": "2025-01-01", "employee_cost_per_period": 18.10},
    {"plan": "Health FSA", "annual_election": 1800.00, "ytd_claims": 412.55, "effective": "2025-01-01"}
  ],
  "last_sync": "2025-05-19T02:00:00Z"
}
"""),

ordn("policy_handbook_text", "en", "travel_policy", r"""
TRAVEL & EXPENSE POLICY (EXCERPT) — Section 4: Meals and entertainment

4.1 Meals while travelling are reimbursed up to the daily limits published on the Finance intranet page for each city.
4.2 Client entertainment requires the names and companies of all attendees and the business purpose.
4.3 Itemised receipts are required for every expense above USD 25. If a receipt is lost, submit the missing-receipt affidavit; more than two affidavits per quarter require VP approval.
4.4 Alcohol is reimbursable only as part of client entertainment and within reasonable limits.
4.5 Expense reports must be submitted within 30 days of the expense. Reports over USD 5,000 are reviewed by Finance before payment.
"""),

ordn("contract_clause_text", "en", "msa_clause", r"""
11. CONFIDENTIALITY
11.1 "Confidential Information" means all non-public information disclosed by one party to the other in connection with this Agreement that is marked confidential or would reasonably be understood to be confidential, including employee and candidate personal data.
11.2 The receiving party shall use Confidential Information only to perform its obligations under this Agreement and shall disclose it only to its employees and subcontractors who need to know it and are bound by confidentiality obligations at least as protective as these.
11.3 These obligations do not apply to information that is or becomes public through no fault of the receiving party, was lawfully known to it before disclosure, or is independently developed.
11.4 On termination, the receiving party shall return or destroy Confidential Information, except as required to be retained by law.
"""),

ordn("nda_pdf_text", "en", "mutual_nda", r"""
MUTUAL NON-DISCLOSURE AGREEMENT

This Mutual Non-Disclosure Agreement is entered into as of May 5, 2025 between Corvane Systems Inc., a Delaware corporation ("Corvane"), and Tidewater Analytics B.V., a company registered in the Netherlands ("Tidewater").

1. Purpose. Evaluation of a possible engagement for workforce-planning analytics.
2. Confidential Information. Information disclosed by either party and marked or reasonably understood to be confidential.
3. Obligations. The recipient will protect Confidential Information with at least reasonable care and use it only for the Purpose.
4. Term. Two (2) years from the Effective Date; confidentiality obligations survive for three (3) years after expiry.
5. Governing law. State of Delaware.

Signed for Corvane: Rotimi Adeyemi, Associate General Counsel
Signed for Tidewater: Maarten Hoekstra, Managing Director
"""),

ordn("esign_notification_email", "en", "envelope_completed", r"""
From: Corvane Contracts via SignFlow <contracts@corvane.example>
To: Rotimi Adeyemi <rotimi.adeyemi@corvane.example>
Subject: Completed: Mutual NDA – Tidewater Analytics B.V.
Date: Tue, 6 May 2025 09:14:50 +0000

All parties have completed "Mutual_NDA_Corvane_Tidewater_2025.pdf".

Signers:
• Rotimi Adeyemi (Corvane Systems Inc.) — signed May 5, 2025 16:02 UTC
• Maarten Hoekstra (Tidewater Analytics B.V.) — signed May 6, 2025 09:14 UTC

The completed document and certificate of completion have been filed to the contract repository under "NDAs / 2025".

SignFlow · Envelope ID 7B20-11C3-2025-0505
"""),

ordn("matter_export_csv", "en", "matter_list", r"""
matter_id,matter_name,practice_area,status,responsible_attorney,opened,closed,budget_usd,spend_to_date_usd
MAT-2024-0301,Delorme v. Corvane France,Employment Litigation (FR),Open,É. Fresnel,2024-09-12,,60000,21840
MAT-2024-0355,Engagement – Ashby Quill (immigration),Immigration,Open,R. Adeyemi,2024-10-01,,120000,58210
MAT-2025-0012,Vendor contract – Ridgeline Payroll renewal,Commercial,Open,K. Lindahl,2025-01-20,,15000,4200
MAT-2025-0058,Works council – HR assistant deployment (DE),Employment Advisory,Closed,S. Brandauer,2025-02-17,2025-05-22,8000,6950
"""),

ordn("court_docket_html", "en", "docket", r"""
<html><head><title>Case 24-CV-3318 – Harrow Ridge Supply Co. v. Corvane Systems Inc. – Docket</title></head><body>
<h2>U.S. District Court, District of Calder — Civil Docket for Case #: 24-CV-3318</h2>
<table class="docket">
<tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>
<tr><td>11/04/2024</td><td>1</td><td>COMPLAINT against Corvane Systems Inc. filed by Harrow Ridge Supply Co.</td></tr>
<tr><td>12/20/2024</td><td>12</td><td>ANSWER to Complaint by Corvane Systems Inc.</td></tr>
<tr><td>02/11/2025</td><td>19</td><td>SCHEDULING ORDER: Fact discovery closes 08/29/2025. Dispositive motions due 10/31/2025.</td></tr>
<tr><td>05/09/2025</td><td>27</td><td>NOTICE of Production (Volume HPL-003) by Harrow Ridge Supply Co.</td></tr>
</table>
</body></html>
"""),

ordn("regulatory_filing_xml", "en", "workforce_report_xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<WorkforceReport xmlns="urn:example:calder-labor:workforce:v1">
  <Employer>
    <Name>Corvane Systems Inc.</Name>
    <StateEmployerId>CA-000-000</StateEmployerId>
  </Employer>
  <ReportingYear>2024</ReportingYear>
  <Establishments>
    <Establishment id="HQ"><City>Calder City</City><Headcount>612</Headcount></Establishment>
    <Establishment id="DC4"><City>Calder City</City><Headcount>418</Headcount></Establishment>
    <Establishment id="DC2"><City>Fairhaven</City><Headcount>295</Headcount></Establishment>
  </Establishments>
  <Certification><Name>Marguerite Salas</Name><Title>VP People</Title><Date>2025-03-28</Date></Certification>
</WorkforceReport>
"""),

ordn("outside_counsel_invoice_ledes", "en", "ledes_invoice", r"""
LEDES1998B[]
INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]
20250430|AQ-25-04502|CORV01|AQ-8120|3360.00|20250401|20250430|Immigration – April 2025|1|F|2.4|0|1560.00|20250409|L120||A104|TK-311|Review RFE for IMM-2025-0382 and outline response|99-0000001|650.00|Castlemaine, E.|PT|MAT-2024-0355[]
20250430|AQ-25-04502|CORV01|AQ-8120|3360.00|20250401|20250430|Immigration – April 2025|2|F|4.0|0|1800.00|20250415|L210||A103|TK-402|Draft support letter describing position duties|99-0000001|450.00|Fraser, O.|AS|MAT-2024-0355[]
"""),

ordn("board_minutes_text", "en", "board_minutes_routine", r"""
CORVANE SYSTEMS INC.
MINUTES OF A MEETING OF THE NOMINATING AND GOVERNANCE COMMITTEE
Held by video conference on February 14, 2025 at 9:00 a.m. ET

Present: Ruth Ikeda (Chair), Victor Sandoval, Helena Marsh-Adeyemi
Also present: Rotimi Adeyemi (secretary)

1. Minutes. The minutes of the meeting held November 8, 2024 were approved.
2. Board evaluation. The Committee reviewed the results of the annual board self-evaluation and agreed to add a cybersecurity briefing to the June board agenda.
3. Committee charters. The Committee recommended no changes to its charter.
4. Director education. Directors were reminded to complete the annual compliance training by March 31.

The meeting adjourned at 9:45 a.m.
"""),

ordn("slack_thread_export_json", "en", "slack_thread", r"""
{"channel": "#people-ops", "messages": [
 {"ts": "1747645201.000100", "user": "Hannah Ekwueme", "text": "Reminder: May payroll cut-off is Thursday 12:00 for timesheet corrections."},
 {"ts": "1747645389.000200", "user": "Beatriz Caldeira", "text": "Thanks! Can we also remind managers in the weekly digest?"},
 {"ts": "1747645502.000300", "user": "Hannah Ekwueme", "text": "Good idea, I'll add it to Friday's digest."},
 {"ts": "1747645788.000400", "user": "Roy Sandberg", "text": "FYI the HR portal will be down Saturday 02:00–04:00 UTC for the patch."}
]}
"""),

ordn("teams_chat_export", "it", "team_chat", r"""
Chat: HR Italia – Team
Esportato: 2025-05-20 17:00 UTC

[2025-05-20 09:02] Chiara Fabbri: Buongiorno! Oggi alle 11 c'è la riunione sul piano ferie estive.
[2025-05-20 09:05] Marco Pellegrini: Ci sono. Porto i dati sulle richieste già approvate.
[2025-05-20 09:11] Giulia Tramontano: Io arrivo alle 11:10, ho un colloquio fino alle 11.
[2025-05-20 11:48] Chiara Fabbri: Grazie a tutti. Riassunto: chiusura collettiva 11–15 agosto, il resto delle ferie da richiedere entro il 6 giugno.
"""),

ordn("web_page_html", "en", "careers_page", r"""
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Careers at Corvane</title></head>
<body>
<header><h1>Build what moves the world's goods</h1></header>
<section>
<h2>Why Corvane</h2>
<ul>
<li>16 weeks paid parental leave</li>
<li>Hybrid work for office roles</li>
<li>Annual learning budget of USD 1,500</li>
</ul>
</section>
<section>
<h2>Open roles</h2>
<p>Engineering (12) · Operations (31) · People & Legal (4) · Sales (7)</p>
<a href="/jobs">See all jobs</a>
</section>
<footer>© 2025 Corvane Systems Inc. · Privacy notice for candidates</footer>
</body></html>
"""),

ordn("hris_employee_xml", "en", "hris_record_xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Worker>
  <EmployeeID>E-11902</EmployeeID>
  <Name><First>Jordan</First><Last>Ellery</Last></Name>
  <Position>
    <Title>Recruiting Manager</Title>
    <Department>Talent Acquisition</Department>
    <Manager>E-10044</Manager>
    <Location>Calder City HQ</Location>
    <FTE>1.0</FTE>
  </Position>
  <HireDate>2022-09-12</HireDate>
  <Status>Active</Status>
</Worker>
"""),

ordn("app_log", "en", "application_log", r"""
2025-05-19T08:00:01.004Z INFO  scheduler   job=ats_export req=REQ-3104 status=started
2025-05-19T08:00:12.331Z INFO  scheduler   job=ats_export req=REQ-3104 status=done rows=4 duration_ms=11327
2025-05-19T08:05:00.010Z INFO  sync        target=benefitbridge records=612 status=ok
2025-05-19T08:15:44.902Z WARN  mailer      template=interview_confirmation retry=1 reason="SMTP 451 temporary failure"
2025-05-19T08:15:49.118Z INFO  mailer      template=interview_confirmation status=sent
2025-05-19T09:00:00.002Z INFO  retention   job=daily_purge candidates_checked=5210 deleted=0 skipped_on_hold=6
"""),

ordn("api_response_json", "pt", "payroll_api_response", r"""
{
  "status": "processado",
  "lote": "FOLHA-2025-05-BR",
  "empresa": "Corvane Brasil Tecnologia Ltda.",
  "competencia": "2025-05",
  "colaboradores_processados": 214,
  "eventos_enviados": {"remuneracao": 214, "afastamentos": 3, "desligamentos": 1},
  "retorno_orgao": {"recibos": 218, "rejeitados": 0},
  "observacao": "Todos os eventos foram aceitos. Próximo envio previsto para 2025-06-05.",
  "gerado_em": "2025-05-21T18:02:44-03:00"
}
"""),

ordn("resume_text", "zh", "resume", r"""
个人简历
姓名：周雅琴　　性别：女
电话：139-0000-5678　　邮箱：yaqin.zhou@youxiang.example
求职意向：招聘专员（上海）

工作经历
2021.03—至今　上海澄川制造有限公司　招聘专员
· 负责生产线及职能岗位招聘，年均到岗约90人
· 搭建校园招聘流程，与6所院校建立合作关系
2019.07—2021.02　苏州远航物流有限公司　人事助理

教育背景
2015.09—2019.06　华东财经学院　人力资源管理　本科

专业技能
结构化面试、招聘渠道管理、Excel、英语四级
"""),

ordn("shokumu_keirekisho_text", "ja", "career_history", r"""
職務経歴書
2025年5月12日現在
氏名：佐藤 健

■職務要約
大学卒業後、物流会社の人事部にて給与計算・社会保険手続きを6年間担当。現在は従業員約600名の給与計算をリーダーとして取りまとめています。

■職務経歴
2019年4月～現在　東湾ロジスティクス株式会社　人事部 給与グループ
・月次給与計算（約600名）、賞与計算、年末調整
・勤怠システム更新プロジェクトに参加（2023年）
2017年4月～2019年3月　同社　総務部

■資格
社会保険労務士（2022年登録）、日商簿記2級
"""),

ordn("cover_letter_text", "ko", "cover_letter", r"""
자기소개서
지원자: 이도윤 | 지원 직무: 급여 담당(인사팀) | 공고번호 KR-HR-0071

1. 지원 동기
급여 업무는 직원들의 신뢰와 직결된다고 생각합니다. 정확하고 투명한 급여 운영으로 코르베인 코리아 구성원들이 안심하고 일할 수 있도록 기여하고 싶습니다.

2. 경력 사항
- 서해물산 인사팀 (2020~현재): 약 450명 월 급여 및 연말정산, 4대 보험 신고
- 급여 시스템 전환 프로젝트 참여, 검증 체크리스트 작성

3. 입사 후 포부
급여 마감 절차를 표준화하고 직원 문의 응대 시간을 줄이겠습니다.
"""),

ordn("ess_ticket_text", "pl", "ess_ticket", r"""
Zgłoszenie #HR-PL-7802 | Kanał: portal pracownika | Status: Nowe | Priorytet: Normalny
Zgłaszający: Tomasz Grabowski (nr 30418), Dział Płac
Temat: Zaświadczenie o zatrudnieniu do banku

Dzień dobry,

proszę o wystawienie zaświadczenia o zatrudnieniu i wysokości wynagrodzenia (średnia z ostatnich 3 miesięcy) na potrzeby wniosku kredytowego. Wystarczy wersja PDF przesłana przez portal.

Z góry dziękuję,
Tomasz Grabowski
"""),

ordn("arbeitszeugnis_text", "de", "reference_certificate", r"""
ARBEITSZEUGNIS

Frau Sabine Oettl, geboren am 03.07.1988, war vom 01.02.2017 bis zum 30.04.2025 in unserem Unternehmen als Personalreferentin tätig.

Frau Oettl betreute eigenverantwortlich rund 400 Mitarbeitende in allen personalrelevanten Fragen und wirkte maßgeblich an der Einführung unseres digitalen Bewerbermanagements mit.

Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie externen Partnern war stets vorbildlich.

Frau Oettl verlässt unser Unternehmen auf eigenen Wunsch. Wir bedauern ihr Ausscheiden sehr, danken ihr für die stets hervorragende Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute und weiterhin viel Erfolg.

Augsburg, 30.04.2025
Brunnhuber Bau AG
i. A. Georg Zellner, Leitung Personal
"""),

ordn("timesheet_csv", "en", "timesheet", r"""
employee_id,name,week_ending,regular_hours,overtime_hours,pto_hours,approved_by,approved_at
E-10377,Bernadette Quayle,2025-04-11,40,6,0,R. Menon,2025-04-12T09:14:00Z
E-10377,Bernadette Quayle,2025-04-18,40,8,0,R. Menon,2025-04-19T08:55:00Z
E-10377,Bernadette Quayle,2025-04-25,32,0,8,R. Menon,2025-04-26T10:02:00Z
E-10412,Karim Okonjo,2025-04-11,40,2,0,R. Menon,2025-04-12T09:15:00Z
E-10412,Karim Okonjo,2025-04-18,40,0,0,R. Menon,2025-04-19T08:56:00Z
"""),

ordn("org_chart_yaml", "en", "org_chart", r"""
# people-ops org chart, generated 2025-05-19 from HRIS
vp_people:
  name: Marguerite Salas
  reports:
    - name: Aoife Garrahy
      title: Head of Recruiting
      reports:
        - {name: Jordan Ellery, title: Recruiting Manager}
        - {name: Priya Natarajan, title: Senior Recruiter}
    - name: Hannah Ekwueme
      title: Payroll Lead
      reports:
        - {name: Tomasz Grabowski, title: Payroll Specialist}
    - name: Roy Sandberg
      title: HR Systems Manager
      reports:
        - {name: Ama Boateng, title: HRIS Administrator}
"""),

ordn("ediscovery_review_json", "en", "review_batch", r"""
{
  "collection": "Harrow Ridge v. Corvane",
  "custodian": "Kjell Lindahl (Procurement)",
  "batch": "REV-0107",
  "documents": [
    {"doc_id": "CORV-0031102", "type": "email", "date": "2023-02-14", "subject": "Q2 pricing proposal – Harrow Ridge", "review_tag": "Responsive", "privilege": "None"},
    {"doc_id": "CORV-0031103", "type": "email", "date": "2023-02-15", "subject": "RE: Q2 pricing proposal – Harrow Ridge", "review_tag": "Responsive", "privilege": "None"},
    {"doc_id": "CORV-0031107", "type": "pdf", "date": "2023-03-01", "filename": "HarrowRidge_SupplyAgreement_2021.pdf", "review_tag": "Responsive", "privilege": "None"},
    {"doc_id": "CORV-0031110", "type": "email", "date": "2023-03-03", "subject": "Legal view on price adjustment clause", "review_tag": "Responsive", "privilege": "Attorney-Client"}
  ]
}
"""),

]
