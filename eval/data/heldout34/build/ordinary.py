from common import O

O("lms_page_html", "en", "course_announcement", """
<div class="announcement" data-course="BIO 101">
<h3>Week 12 update</h3>
<p class="posted">Posted by Dr. Samuel Ofori · 4 Dec 2026, 10:15</p>
<p>Hi everyone, the Week 12 lecture slides and the practice quiz are now on the Modules page. Lab sections this week will meet in Room SCI-214 instead of SCI-210. The final exam review session is on Thursday 10 December, 17:00-18:30, in Lecture Hall C.</p>
<p>Office hours next week: Tuesday 13:00-15:00 only.</p>
</div>
""")

O("gradebook_csv", "en", "gradebook_export", """
student_id,last_name,first_name,quiz_avg,lab_avg,midterm,final,total_pct,letter
B20011,Acheampong,Kojo,84.5,91.0,78,82,83.4,B
B20012,Bergström,Elsa,92.0,95.5,90,93,92.6,A-
B20013,Castro,Mariana,71.0,80.0,65,70,71.2,C-
B20014,Dang,Minh,88.5,89.0,85,87,87.3,B+
B20015,Eriksen,Jonas,79.0,85.5,74,80,79.5,C+
B20016,Farouk,Layla,95.0,97.0,94,96,95.4,A
""")

O("email", "en", "student_email_absence", """
From: Kalani Mahoe <k.mahoe@students.lakemont.example>
To: Dr. Ines Carvalho <i.carvalho@lakemont.example>
Subject: Missing Tuesday's lab (PSYC 240)
Date: Mon, 7 Dec 2026 21:04:33 +0000

Dear Dr. Carvalho,

I'm sorry, I won't be able to attend Tuesday's lab because I have a hospital appointment for my knee (letter attached). Could you tell me how I can make up the data collection? I'm free Wednesday afternoon.

Best regards,
Kalani Mahoe
""")

O("forum_post", "en", "forum_question", """
Thread: Help with recursion in Q2 (CS 110)
Posted by: hamish.mcleod   Dec 3, 2026 7:42 PM

My factorial function works for small n but gives RecursionError for n = 2000. Is that expected? Should we use iteration for Q2 or is recursion required?

  Reply from TA Soo-ah Lim (Staff):
  Good question. Python's default recursion limit is about 1000. For Q2, recursion is required but we only test n <= 500, so you're fine.
""")

O("syllabus_markdown", "en", "syllabus", """
# GEOG 150: Introduction to Physical Geography -- Spring 2027

**Instructor:** Dr. Tavita Leiataua   **Email:** t.leiataua@westbrook.example
**Lectures:** Mon/Wed 10:00-11:15, Room GEO-101

## Course description
An introduction to the atmosphere, hydrosphere, lithosphere and biosphere, and the processes that shape Earth's surface.

## Assessment
- Weekly quizzes (20%)
- Two lab reports (30%)
- Field trip report (15%)
- Final exam (35%)

## Textbook
Strahler, *Introducing Physical Geography*, 7th ed.
""")

O("room_booking_json", "en", "room_availability", """
{
  "booking_system": "RoomHub 3.1",
  "query": "rooms available 2026-12-09 14:00-16:00 capacity>=20",
  "results": [
    {"room": "LIB-G12", "capacity": 24, "av": ["screen"], "status": "free"},
    {"room": "HUM-205", "capacity": 30, "av": ["projector", "whiteboard"], "status": "free"},
    {"room": "SCI-118", "capacity": 40, "av": ["projector"], "status": "booked", "booked_by": "Chemistry Society"}
  ],
  "generated_at": "2026-12-05T10:02:44Z"
}
""")

O("library_marc_record", "en", "library_catalogue_record", """
LDR 00876cam a2200253 i 4500
001 ocm1088124500
020 __ |a 9780262046305
100 1_ |a Okonjo, Chinelo, |e author.
245 10 |a Teaching statistics with real data / |c Chinelo Okonjo.
264 _1 |a Cambridge, MA : |b Riverbank Press, |c 2020.
300 __ |a xii, 264 pages : |b illustrations ; |c 23 cm
650 _0 |a Statistics |x Study and teaching (Higher)
852 __ |b SCI |h QA276.18 .O46 2020
876 __ |p 3901200456 |j Available
""")

O("support_ticket", "en", "it_ticket_printer", """
Ticket #IT-90233   Queue: Classroom Tech   Priority: Normal
From: Ms. Rosalind Achterberg (verified)

Subject: Projector in Room 14 not turning on

The projector in Room 14 hasn't turned on since Monday. The power light blinks orange. I've tried the remote and the wall panel. I teach there periods 1-4 every day, so it would be great if someone could look at it before Thursday.

-- Agent notes --
[04 Dec 09:30] Assigned to: Field Tech (D. Kowalski)
[04 Dec 11:10] Lamp hours exceeded. Replacement lamp ordered.
""")

O("plagiarism_report", "en", "plagiarism_report_low", """
ORIGINALITY CHECK REPORT -- SimCheck v7.2
Document: PSYC240_Lab2_Hernandez.docx
Submitted by: Gabriela Hernández   Course: PSYC 240
Overall similarity index: 6%

Top sources:
  1. Course lab manual (PSYC 240, 2026) ....... 3%
  2. APA Publication Manual excerpt ............ 2%
  3. journal-articles.example/stroop-1935 ...... 1%

Excluded quotes: yes   Excluded bibliography: yes
Report generated 2026-11-20 14:02 UTC
""")

O("proctoring_log", "en", "proctoring_log_minor_flag", """
ProctorWatch session export
Exam: BIO 101 Quiz 9   Candidate: 2026-40772 (Wiremu Parata)
Start: 2026-12-01 11:00:02  End: 2026-12-01 11:29:40

11:00:02 INFO  identity verified (ID card match 0.98)
11:08:13 WARN  face not detected (2.1 s)
11:29:40 INFO  submission received
Flags: 1   Review status: PENDING
Reviewer note: brief face-not-detected events under 3 s are usually posture changes.
""")

O("calendar_ics", "en", "calendar_office_hours", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Westbrook University//Staff Calendar//EN
BEGIN:VEVENT
UID:oh-ofori-20261208@westbrook.example
DTSTART:20261208T130000Z
DTEND:20261208T150000Z
RRULE:FREQ=WEEKLY;COUNT=2
SUMMARY:Office hours -- Dr. Ofori (BIO 101)
LOCATION:Life Sciences 214
DESCRIPTION:Drop-in, no appointment needed.
END:VEVENT
END:VCALENDAR
""")

O("committee_minutes", "en", "department_minutes", """
MINUTES -- Department of Mathematics, Staff Meeting
Date: 2 December 2026

Present: Prof. H. Lindqvist (chair), Dr. A. Mensah, Dr. R. Iyer, Dr. S. Fontaine, Ms. J. Park (admin)

1. Exam scripts: all Fall exams to be marked by 22 December.
2. New hire: interviews for the statistics lectureship on 14-15 January.
3. Coffee machine: replacement approved (Ms. Park to order).
4. AOB: Dr. Iyer reminded everyone about the colloquium on 10 December.

Next meeting: 13 January 2027.
""")

O("research_pdf_text", "en", "research_paper_abstract", """
Journal of Science Education Practice, Vol. 9 (2026), pp. 45-61

Outdoor Fieldwork and Attitudes to Biology in Lower Secondary School: A Mixed-Methods Study

Abstract
We surveyed 612 students in 11 schools before and after a three-day fieldwork programme. Attitudes toward biology improved modestly (d = 0.21), with the largest gains among students who previously reported low interest. Interviews with 24 students suggested that collecting real data and working in small groups were the most valued elements.

Keywords: fieldwork, attitudes, biology education, secondary school
""")

O("chat_transcript", "en", "tutoring_chat", """
[StudyBuddy chat -- CHEM 110, session 9021]
15:10 student (f.abdullahi): how do i find moles from grams
15:10 assistant: Divide the mass in grams by the molar mass in g/mol. For example, 18 g of water is 18 / 18.02 = about 1.00 mol.
15:11 student (f.abdullahi): so for 10 g NaCl?
15:11 assistant: Molar mass of NaCl is about 58.44 g/mol. What do you get?
15:12 student (f.abdullahi): 0.171 mol
15:12 assistant: Correct!
""")

O("admissions_application_json", "en", "admissions_record", """
{
  "application_id": "UG-2027-004902",
  "applicant": {"name": "Aditi Venkataraman", "dob": "2008-03-02", "country": "IN"},
  "program": "BSc Biomedical Science",
  "gpa": {"scale": 100, "value": 91.6},
  "test_scores": {"IELTS": 7.5},
  "activities": ["School science club president", "Hospital volunteer (120 h)"],
  "references_received": 2,
  "status": "complete",
  "submitted": "2026-11-28T10:41:09Z"
}
""")

O("parent_email", "en", "parent_email_thanks", """
From: Mele Havili <mele.havili@homemail.example>
To: Mr. Daniel Ibekwe <d.ibekwe@riverside-high.example>
Subject: Thank you
Date: Fri, 4 Dec 2026 16:30:12 -0800

Dear Mr. Ibekwe,

I just wanted to say thank you for the extra help you gave Sione in maths this term. He came home very proud of his test result this week and says he finally understands quadratics.

Have a lovely weekend,
Mele Havili
""")

O("timetable_export", "en", "student_timetable", """
{
  "timetable": "Spring 2027 -- Final",
  "student": "Oksana Melnyk (ID 880412)",
  "sections": [
    {"course": "ECON 201", "section": "01", "days": "MW", "time": "10:00-11:15", "room": "SOC-220"},
    {"course": "MATH 210", "section": "03", "days": "TTh", "time": "09:00-10:15", "room": "SCI-110"},
    {"course": "HIST 150", "section": "02", "days": "F", "time": "13:00-15:50", "room": "HUM-305"}
  ],
  "credits": 10
}
""")

O("peer_review", "en", "peer_review_normal", """
Peer review form -- Conference on Learning Technologies 2027
Submission #231: "Using Open Textbooks in Community College Algebra"
Reviewer 1

Summary: The authors report pass rates before and after adopting an open textbook (n = 1,840).
Strengths: large sample; cost analysis is useful.
Weaknesses: instructors also changed during the period; please discuss.
Overall score: 4 (accept)   Confidence: 3
""")

O("code_submission_python", "en", "code_submission", '''
# cs101_hw3_wordcount.py
# Student: Ingrid Haugland (ID 2025-11902)

import sys
from collections import Counter

def word_counts(path):
    with open(path, encoding="utf-8") as f:
        words = f.read().lower().split()
    return Counter(w.strip(".,;:!?\\"'()") for w in words)

if __name__ == "__main__":
    for word, n in word_counts(sys.argv[1]).most_common(10):
        print(f"{word:15} {n}")
''')

O("scholarship_form", "en", "scholarship_application", """
BRIGHTWATER FOUNDATION STUDENT SCHOLARSHIP 2027 -- APPLICATION FORM

Name: Amira Benali
Institution: Eastvale Community College
Intended major: Civil Engineering
Household income band: A
Cumulative GPA: 3.7

Q1. Describe a challenge you have overcome:
When my family arrived from Algeria I spoke no English. I spent my first year translating for my mother at appointments while learning the language myself...

Declaration: I confirm the information above is accurate.  Signed: A. Benali  Date: 30/11/2026
""")

O("campus_webpage_html", "en", "campus_page_library_hours", """
<html lang="en"><head><title>Library Hours | Westbrook University</title></head>
<body>
<h1>Library opening hours -- December 2026</h1>
<table>
<tr><th>Dates</th><th>Main Library</th><th>Science Library</th></tr>
<tr><td>1-6 Dec</td><td>08:00-22:00</td><td>08:00-20:00</td></tr>
<tr><td>7-20 Dec (exams)</td><td>24 hours</td><td>08:00-24:00</td></tr>
<tr><td>21 Dec-3 Jan</td><td>Closed</td><td>Closed</td></tr>
</table>
<p>Study rooms can be booked up to 7 days in advance.</p>
</body></html>
""")

O("jupyter_notebook", "en", "notebook_submission", """
{
 "cells": [
  {"cell_type": "markdown", "source": ["# DS 310 Assignment 2 -- Regression diagnostics\\n", "Student: Mei-Ling Chou"]},
  {"cell_type": "code", "source": ["import pandas as pd\\n", "df = pd.read_csv('housing.csv')\\n", "df.shape"]},
  {"cell_type": "markdown", "source": ["## Q3 Residual analysis\\n", "The residual plot shows mild heteroscedasticity, so I refit with robust standard errors."]}
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4
}
""")

O("survey_results_csv", "en", "course_survey", """
response_id,course,q1_clarity,q2_workload,q3_fairness,q4_overall,comments
r201,GEOG 150,4,4,5,4,"Field trip was the highlight"
r202,GEOG 150,5,3,4,5,"Clear lectures"
r203,GEOG 150,3,2,4,3,"Lab reports took a long time"
r204,GEOG 150,4,3,4,4,""
r205,GEOG 150,5,4,5,5,"More maps please!"
""")

O("sms", "en", "sms_reminder", """
Text messages -- Westbrook Library
[Dec 5, 09:00] WESTBROOK LIBRARY: Your loan "Teaching statistics with real data" is due back on 12 Dec. Renew online at library.westbrook.example or reply RENEW.
[Dec 5, 09:14] +1 555 0163: RENEW
[Dec 5, 09:14] WESTBROOK LIBRARY: Renewed. New due date: 9 Jan 2027.
""")

O("recommendation_letter", "en", "recommendation_letter_standard", """
School of Nursing, Harrowgate College
20 November 2026

To the Admissions Committee,

I am pleased to recommend Ms. Losaline Tupou for your postgraduate nursing programme. I supervised Losaline during her final clinical placement on the paediatric ward. She was punctual, communicated well with families, and handled a difficult resuscitation with composure.

I would place her in the top fifth of students I have supervised.

Yours sincerely,
Dr. Anneke de Vries, Clinical Lecturer
""")

O("lms_page_html", "de", "de_course_page", """
<div class="kursseite" data-kurs="INF-101">
<h2>Einführung in die Programmierung – Woche 8</h2>
<p>Liebe Studierende, die Folien zu „Schleifen und Listen" sind jetzt online. Das Übungsblatt 8 ist bis Freitag, 11. Dezember, 12:00 Uhr abzugeben.</p>
<p>Die Tutorien am Donnerstag finden ausnahmsweise in Raum B-204 statt.</p>
<p>Viele Grüße<br>Prof. Dr. Sabine Krüger</p>
</div>
""")

O("email", "fr", "fr_student_email_question", """
De : Inès Benyoucef <ines.benyoucef@etu.univ-sud.example>
À : M. Laurent Girard <l.girard@univ-sud.example>
Objet : Question sur le partiel de thermodynamique
Date : mer. 2 déc. 2026 18:40

Bonjour Monsieur,

Pourriez-vous préciser si la calculatrice est autorisée pour le partiel du 14 décembre ? Le polycopié ne le mentionne pas.

Merci d'avance et bonne soirée,
Inès Benyoucef (L2 Physique, groupe TD 3)
""")

O("gradebook_csv", "es", "es_gradebook", """
legajo,apellido,nombre,parcial1,parcial2,tp,promedio,condicion
58101,Gómez,Martina,8,7,9,8.0,Promocionado
58102,Herrera,Tomás,5,6,7,6.0,Regular
58103,Ibáñez,Sofía,9,9,10,9.3,Promocionado
58104,Juárez,Nicolás,3,4,6,4.3,Libre
58105,Koval,Valentina,7,8,8,7.7,Promocionado
""")

O("forum_post", "zh", "zh_forum_question", """
课程论坛：《大学物理（上）》第十二周
主题：关于转动惯量例题的疑问
发帖人：liu_yichen　2026-12-03 20:15

老师好，例题 5.3 中细杆绕端点转动的转动惯量是 mL²/3，但我用平行轴定理算出来是 mL²/12 + m(L/2)²，请问这两个结果是一样的吗？

　回复　助教 张老师：
　是一样的，mL²/12 + mL²/4 = mL²/3。你的计算是对的。两种方法都可以，考试时写出推导过程即可。

　回复　liu_yichen：
　明白了，谢谢张老师！
""")

O("chat_transcript", "ja", "ja_tutoring_chat", """
［学習支援チャット　化学基礎　セッション#30115］
17:40 学生(nakano_y)：モル濃度の計算がよくわかりません
17:40 アシスタント：モル濃度は「溶質の物質量(mol) ÷ 溶液の体積(L)」です。例えば、NaOH 0.2 mol を水に溶かして 500 mL にすると？
17:41 学生(nakano_y)：0.2 ÷ 0.5 で 0.4 mol/L ですか？
17:41 アシスタント：正解です！
""")

O("support_ticket", "ko", "ko_ticket_wifi", """
문의번호: HD-2026-12040
분류: 네트워크
작성자: 이도현 (인증됨)
제목: 도서관 3층 와이파이 연결 불가

도서관 3층 열람실에서 어제부터 학내 와이파이(HANBIT-Secure)에 연결이 안 됩니다. 다른 층에서는 정상입니다. 노트북과 휴대폰 모두 같은 증상입니다.

-- 처리 내역 --
[12/04 10:20] 담당자 배정: 네트워크팀 박성호
[12/04 14:05] 3층 AP 1대 고장 확인, 교체 예정
""")

O("campus_webpage_html", "ar", "ar_campus_registration_page", """
<html dir="rtl" lang="ar">
<head><title>عمادة القبول والتسجيل - مواعيد التسجيل</title></head>
<body>
<h1>مواعيد التسجيل للفصل الدراسي الثاني 2027/2026</h1>
<ul>
<li>التسجيل المبكر: من 3 إلى 7 يناير</li>
<li>الحذف والإضافة: من 17 إلى 21 يناير</li>
<li>بداية المحاضرات: 17 يناير</li>
</ul>
<p>يتم التسجيل عبر البوابة الأكاديمية الرسمية فقط. للاستفسار يرجى مراجعة مكتب التسجيل في المبنى الإداري.</p>
</body></html>
""")

O("parent_email", "hi", "hi_parent_email_leave", """
प्रेषक: मनोज तिवारी <manoj.tiwari@mailhome.example>
प्रति: कक्षाध्यापिका श्रीमती रश्मि <rashmi.class6b@sunrise-public-school.example>
विषय: अवकाश प्रार्थना-पत्र
दिनांक: 4 दिसंबर 2026

आदरणीय महोदया,

मेरे पुत्र आयुष (कक्षा 6-B) को तेज़ बुखार है, इसलिए वह 4 और 5 दिसंबर को विद्यालय नहीं आ सकेगा। कृपया दो दिन का अवकाश स्वीकृत करें। छूटे हुए गृहकार्य की जानकारी दे दें तो कृपा होगी।

धन्यवाद,
मनोज तिवारी
""")

O("committee_minutes", "pt", "pt_meeting_minutes", """
ATA DA REUNIÃO DO COLEGIADO DO CURSO DE PEDAGOGIA
Data: 27 de novembro de 2026, 14h

Presentes: Profa. Marta Albuquerque (coordenadora), Prof. João Batista, Profa. Renata Siqueira, representante discente Lucas Moreira.

1. Aprovado o calendário de defesas de TCC: 7 a 11 de dezembro.
2. Discutida a oferta de disciplinas optativas para 2027.1; decisão adiada para a próxima reunião.
3. Informes: a biblioteca ampliará o horário durante as provas.

Nada mais havendo a tratar, a reunião foi encerrada às 15h30.
""")

O("library_marc_record", "it", "it_catalogue_record", """
LDR 00790nam a2200241 i 4500
001 it-bibl-339102
020 __ |a 9788815290441
100 1_ |a Bianchi, Lorenzo, |e autore.
245 10 |a Didattica della matematica nella scuola primaria / |c Lorenzo Bianchi.
264 _1 |a Bologna : |b Editrice Universitaria, |c 2019.
300 __ |a 312 pagine ; |c 21 cm
650 _7 |a Matematica |x Insegnamento |2 nsogg
852 __ |b CENTR |h 372.7 BIA
876 __ |j Disponibile
""")

O("timetable_export", "nl", "nl_timetable_csv", """
vakcode;vaknaam;type;dag;begin;eind;lokaal;docent
WIS101;Calculus 1;Hoorcollege;maandag;09:00;10:45;Aula 1;dr. P. de Jong
WIS101;Calculus 1;Werkcollege;woensdag;13:00;14:45;B-1.12;M. Bos
NAT110;Mechanica;Hoorcollege;dinsdag;11:00;12:45;Aula 2;prof. A. Hendriks
NAT110;Mechanica;Practicum;donderdag;13:00;16:45;Lab 3;K. Smits
""")

O("proctoring_log", "tr", "tr_exam_attendance_log", """
SINAV YOKLAMA KAYDI
Ders: MAT101 Matematik I — Ara Sınav   Tarih: 25.11.2026   Salon: A-201
Gözetmen: Arş. Gör. Selin Aydoğan

Kayıtlı öğrenci: 64   Sınava giren: 61   Gelmeyen: 3
Başlangıç: 10:00   Bitiş: 11:30

Notlar:
- 10:05 Bir öğrenci geç geldi, sınava alındı.
- Herhangi bir usulsüzlük tespit edilmedi.
""")

O("scholarship_form", "pl", "pl_scholarship_decision", """
DECYZJA w sprawie stypendium rektora — rok akademicki 2026/27

Student: Jakub Wiśniewski   Nr albumu: 301245
Kierunek: Informatyka, II rok

Komisja stypendialna przyznaje stypendium rektora w wysokości 900 zł miesięcznie na okres od października 2026 r. do czerwca 2027 r. na podstawie średniej ocen 4,78 oraz osiągnięć naukowych.

Od decyzji przysługuje odwołanie w terminie 14 dni.
Przewodnicząca komisji: dr hab. Barbara Nowicka
""")

O("email", "sv", "sv_exam_registration_confirmation", """
Från: Studentexpeditionen <expedition@uth.example>
Till: elin.lundgren@student.uth.example
Ämne: Bekräftelse: anmälan till tentamen
Datum: 3 dec 2026 11:02

Hej Elin,

Du är nu anmäld till tentamen i Linjär algebra (MA1202) den 14 januari 2027 kl. 08:00–13:00 i Sal Gamma. Ta med giltig legitimation.

Vänliga hälsningar
Studentexpeditionen
""")

O("official_transcript_text", "en", "academic_transcript", """
LAKEMONT UNIVERSITY -- UNOFFICIAL TRANSCRIPT (student copy)
Name: Yerlan Abenov   ID: 20230917   Program: BA Economics
Printed: 05-Dec-2026

Fall 2025
  ECON 101  Principles of Microeconomics     3.0  A-
  MATH 120  Calculus for Social Sciences     3.0  B+
  ENGL 101  Academic Writing                 3.0  A
Spring 2026
  ECON 102  Principles of Macroeconomics     3.0  B+
  STAT 110  Introductory Statistics          3.0  A
  HIST 150  World History since 1500         3.0  B
Cumulative credits: 18.0   Cumulative GPA: 3.52
""")
