from common import ordi

ordi("email", "en", "email", """
From: Wendy Albright <wendy.albright@cobblestone-events.example>
To: Raj Malhotra <raj.malhotra@fernway-consulting.example>
Date: Tue, 11 Jun 2024 13:22:05 +0000
Subject: Venue options for the September partner summit

Hi Raj,

As promised, here are the three venues that can host 150 people on 18–19 September with a plenary room and four breakout rooms:

1. The Granary, Bristol — converted warehouse, great natural light, in-house catering. Day delegate rate £89.
2. Riverside Hall, Oxford — more traditional, excellent AV, 10 min walk from the station. £104.
3. Meadowbank Hotel, near Bath — residential option, 120 bedrooms on site. £97 plus rooms.

All three have held the dates until Friday 21 June. My recommendation is The Granary if most attendees are travelling by train from London, or Meadowbank if you want people to stay overnight.

Happy to arrange site visits next week — Tuesday or Wednesday works for me.

Best,
Wendy
Cobblestone Events
""")

ordi("calendar_ics", "en", "calendar_invite", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Corp//Calendar 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:4f2a91e0-aa10-4d3c-8e77-51b6f0d1c9a2@calendar.example
DTSTAMP:20240610T091200Z
DTSTART;TZID=Europe/London:20240617T103000
DTEND;TZID=Europe/London:20240617T113000
SUMMARY:Q3 marketing budget review
LOCATION:Room 4.12 (Thames) / Teams
ORGANIZER;CN=Jessica Pryor:mailto:jessica.pryor@lanternhouse.example
ATTENDEE;CN=Oscar Lindqvist;ROLE=REQ-PARTICIPANT:mailto:oscar.lindqvist@lanternhouse.example
ATTENDEE;CN=Fatima Rahim;ROLE=REQ-PARTICIPANT:mailto:fatima.rahim@lanternhouse.example
ATTENDEE;CN=Greg Hollis;ROLE=OPT-PARTICIPANT:mailto:greg.hollis@lanternhouse.example
DESCRIPTION:We'll go through the Q2 actuals vs. plan and agree the Q3 split b
 etween paid social\\, events and content. Please bring your channel forecasts
 . Pre-read is in the Marketing > Budget folder.
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")

ordi("crm_json", "en", "crm_record", """
{
  "object": "contact",
  "id": "003Hs00000LmN7QIAV",
  "first_name": "Theodora",
  "last_name": "Nakamura",
  "title": "Head of Facilities",
  "account": {"id": "001Hs00000AbC12IAF", "name": "Pinehurst Medical Group"},
  "email": "t.nakamura@pinehurst-medical.example",
  "phone": "+1 555 0166",
  "mailing_city": "Portland",
  "mailing_state": "OR",
  "lead_source": "Trade show – FacilityExpo 2023",
  "owner": "Marcus Webb",
  "opt_out_email": false,
  "last_activity_date": "2024-06-04",
  "activities": [
    {"date": "2024-06-04", "type": "Call", "subject": "Follow-up on HVAC maintenance proposal", "outcome": "Interested, wants pricing for 3 sites"},
    {"date": "2024-05-15", "type": "Email", "subject": "Sent case study – Lakeside Clinic retrofit"},
    {"date": "2024-04-22", "type": "Meeting", "subject": "Site walk – Pinehurst North campus"}
  ]
}
""")

ordi("ticket", "en", "helpdesk_ticket", """
INC0087713 — Monitor flickering on docking station
Caller: Benjamin Cole (Legal, floor 6)
Opened: 2024-06-11 10:04   Category: Hardware > Peripherals   Priority: 4 – Low
Assignment group: Desktop Support – HQ   Assigned to: Lina Haddad
State: Resolved

Description:
The second monitor flickers every few seconds when my laptop is in the dock. It's fine when I plug the monitor directly into the laptop.

Work notes:
[10:32] Lina Haddad: Remote session. Dock firmware is 1.0.7, current is 1.1.2. Display driver up to date.
[10:48] Lina Haddad: Updated dock firmware to 1.1.2 via vendor utility. Asked user to re-dock.
[10:55] Lina Haddad: User confirms flicker persists, less frequent. Swapped DisplayPort cable at desk 6.14.
[11:20] Lina Haddad: User confirms no flicker after cable swap. Old cable tagged faulty and binned.

Resolution code: Hardware replaced (cable)
Resolution notes: Faulty DP cable replaced; dock firmware updated as a precaution.
""")

ordi("wiki_page", "en", "wiki_page", """
Office Guide — Manchester (Piccadilly Place)
Space: WORKPLACE · Owner: Facilities North · Updated 2024-05-08

Getting here
Five minutes' walk from Manchester Piccadilly station. Leave by the main concourse exit, turn right down the approach and the building is on your left. Bike storage (40 spaces) and showers are on the lower ground floor; use your badge at the side gate.

Opening hours
Mon–Fri 07:00–20:00. Out-of-hours access on request via the Facilities portal.

Floors
- 3rd floor: Reception, meeting rooms Irwell, Medlock and Tib, kitchen
- 4th floor: Finance, Legal, quiet zone (phones on silent)
- 5th floor: Product & Engineering, event space (seats 80)

Desks
Book a desk in the workplace app. Desks not checked in by 10:00 are released.

Food and drink
Coffee machine and fruit on each floor. Lunch is provided on Wednesdays (team lunch day).

First aiders
Kemi Adebayo (3rd), Paul Rourke (4th), Ivy Chen (5th).

Emergency
Fire assembly point: Piccadilly Gardens, by the fountain.
""")

ordi("file_listing", "en", "file_listing", """
Directory: /Projects/2024/Oakridge-School-Extension
Owner: project-team-oakridge@tallis-build.example  ·  12 items

Name                                      Size       Modified             By
---------------------------------------------------------------------------------
00_Contract/                              —          2024-02-14 09:11     j.fairley
01_Design/                                —          2024-05-30 16:42     a.mbeki
01_Design/GA_Plans_RevD.pdf               8.4 MB     2024-05-30 16:42     a.mbeki
01_Design/Sections_RevC.pdf               5.1 MB     2024-05-12 11:20     a.mbeki
02_Programme/Master_Programme_v9.mpp      1.2 MB     2024-06-07 14:03     r.cooke
03_Cost/Cost_Report_May.xlsx              640 KB     2024-06-05 10:30     s.iqbal
04_Site/Daily_Diary_June.docx             210 KB     2024-06-11 17:55     site.manager
04_Site/Photos/                           —          2024-06-11 17:58     site.manager
05_H&S/Construction_Phase_Plan_v4.pdf     2.3 MB     2024-04-01 08:45     hs.advisor
05_H&S/RAMS_Roofing.pdf                   1.1 MB     2024-06-03 09:14     hs.advisor
06_Meetings/Progress_Meeting_07_Minutes.docx 95 KB   2024-06-06 15:10     r.cooke
README.txt                                2 KB       2024-02-14 09:15     j.fairley
""")

ordi("search_results_json", "en", "search_results", """
{
  "query": "how to calculate inventory turnover ratio",
  "results": [
    {"rank": 1, "title": "Inventory Turnover Ratio: Formula and Examples", "url": "https://accountingbasics.example/inventory-turnover",
     "snippet": "Inventory turnover = cost of goods sold ÷ average inventory. Average inventory is usually (opening + closing inventory) / 2."},
    {"rank": 2, "title": "Days Inventory Outstanding (DIO) explained", "url": "https://finance-school.example/dio",
     "snippet": "DIO converts turnover into days: 365 ÷ inventory turnover. A lower DIO means stock sells faster."},
    {"rank": 3, "title": "What is a good inventory turnover for retail?", "url": "https://retail-insights.example/benchmarks/turnover",
     "snippet": "Grocery often turns 12–20 times a year, apparel 4–6, furniture 2–4. Compare within your industry."},
    {"rank": 4, "title": "Inventory turnover in Excel (template)", "url": "https://spreadsheet-tips.example/inventory-turnover-template",
     "snippet": "Free template with monthly COGS and inventory columns that calculates rolling 12-month turnover automatically."}
  ]
}
""")

ordi("html_page", "en", "web_page", """
<html><head><title>Planning a Walk on the Coastal Path: Section 4, Porthmeor to Trevellan | Trailnotes</title></head>
<body>
<h1>Coastal Path Section 4: Porthmeor to Trevellan</h1>
<p class="stats">Distance: 11.2 km · Ascent: 420 m · Time: 4–5 hours · Grade: Moderate to strenuous</p>
<p>This is one of the quieter stretches of the coast path, with two steep valley crossings and a long clifftop section with views across to the lighthouse.</p>
<h2>Route</h2>
<ol>
<li>From Porthmeor car park, follow the acorn signs west past the old lifeboat station.</li>
<li>After 2 km descend steeply into Polgarrow Cove. The stream crossing has stepping stones; after heavy rain use the footbridge 200 m inland.</li>
<li>Climb out on the zig-zag path and stay on the clifftop for 5 km.</li>
<li>At the coastguard lookout, bear left to stay on the coast rather than the inland bridleway.</li>
<li>Descend into Trevellan harbour.</li>
</ol>
<h2>Practical information</h2>
<ul><li>No refreshments between the start and Trevellan — carry water.</li><li>Bus 33 back to Porthmeor every 2 hours (check the timetable in winter).</li><li>Dogs must be on a lead near the grazing fields after the lookout.</li></ul>
</body></html>
""")

ordi("chat_export", "en", "team_chat", """
Slack export — #design-system — 2024-06-11

09:12 Priya Sethi: Morning! Button component v3 is merged. Changelog in the thread.
09:13 Priya Sethi: ↳ new `tertiary` variant, focus ring now meets 3:1 contrast, icon-only buttons require aria-label (lint rule added)
09:20 Marco Bellini: 🎉 does the old `ghost` variant still work?
09:21 Priya Sethi: yes, deprecated but working until v4. console warning in dev mode
09:40 Hyun-woo Park: the Figma library is updated too, I published it 10 min ago
09:41 Marco Bellini: thanks! checkout team will migrate next sprint
10:05 Elena Vasquez: quick q — are we doing a design system office hour this week?
10:06 Priya Sethi: Thursday 3pm, same Zoom as usual
10:07 Elena Vasquez: 👍
""")

ordi("transcript", "en", "meeting_transcript", """
Transcript — Product Weekly — 2024-06-10 — 22 minutes
Attendees: Harriet Lowe (PM), Daniel Osei (Eng lead), Ines Ferreira (Design), Sam Kowalski (Data)

Harriet Lowe: Let's go quickly through the three items. First, the onboarding experiment.
Sam Kowalski: It's been running for 14 days. Activation in the variant is 41.2 percent versus 38.5 in control. Significant at 95 percent. Effect is bigger on mobile.
Harriet Lowe: Great. Any downside metrics?
Sam Kowalski: Support tickets per new user are flat. Time to first project is slightly longer, about 20 seconds.
Ines Ferreira: That's the extra template step. I think it's worth it.
Harriet Lowe: Agreed, let's ship the variant to everyone. Daniel, can you plan the rollout?
Daniel Osei: Yes, feature flag to 100 percent on Wednesday, remove the old flow next sprint.
Harriet Lowe: Second item — the export performance bug.
Daniel Osei: Root cause found, it's an N+1 query on attachments. Fix is in review, should land tomorrow.
Harriet Lowe: Third — roadmap review is moved to Thursday. That's it, thanks everyone.
""")

ordi("form_submission", "en", "form_submission", """
New submission: Meeting Room Catering Request
Form: facilities-catering-v2   Submission #: 30411
Submitted: 2024-06-11 15:40 UTC by olu.bakare@sandhurst-partners.example

Meeting title: Client workshop – Brightwell Foods
Date: 2024-06-18
Room: Kensington (Floor 2)
Start time: 09:30   End time: 16:00
Number of attendees: 14
Catering required:
  [x] Morning coffee & pastries (09:30)
  [x] Working lunch (12:30)
  [x] Afternoon tea & fruit (15:00)
Dietary requirements: 2 vegetarian, 1 vegan, 1 nut allergy (severe — please label all items)
Cost centre: CS-4410
Additional notes: Client arrives 09:15, please have water on the table by then. Flipchart and extra markers would be great.
""")

ordi("api_json", "en", "api_response", """
{
  "order_id": "ORD-2024-118204",
  "status": "shipped",
  "created_at": "2024-06-08T14:21:09Z",
  "customer": {"id": "cus_55120", "name": "Halden Architecture Studio"},
  "items": [
    {"sku": "PAPER-A1-90", "description": "A1 plotter paper 90gsm, roll 50m", "qty": 4, "unit_price": 32.50},
    {"sku": "INK-T54-CY", "description": "Ink cartridge T54 cyan 700ml", "qty": 2, "unit_price": 189.00},
    {"sku": "INK-T54-BK", "description": "Ink cartridge T54 photo black 700ml", "qty": 1, "unit_price": 189.00}
  ],
  "subtotal": 697.00,
  "shipping": 0.00,
  "tax": 139.40,
  "total": 836.40,
  "currency": "EUR",
  "shipment": {"carrier": "DHL", "tracking": "JD014600006281930244", "shipped_at": "2024-06-10T09:02:44Z", "eta": "2024-06-12"}
}
""")

ordi("csv", "en", "csv_export", """
date,store_id,store_name,transactions,net_sales_gbp,avg_basket_gbp,returns_gbp
2024-06-03,S014,Harrogate,1184,26410.22,22.31,412.80
2024-06-03,S021,York Micklegate,1422,30988.10,21.79,380.15
2024-06-03,S033,Leeds Briggate,2210,51472.65,23.29,1120.44
2024-06-04,S014,Harrogate,1096,24118.90,22.01,298.50
2024-06-04,S021,York Micklegate,1378,29604.35,21.48,455.00
2024-06-04,S033,Leeds Briggate,2145,49980.70,23.30,1004.12
2024-06-05,S014,Harrogate,1230,27702.45,22.52,350.25
2024-06-05,S021,York Micklegate,1455,32110.80,22.07,402.60
2024-06-05,S033,Leeds Briggate,2302,54233.15,23.56,998.75
""")

ordi("markdown_doc", "en", "document", """
# Q2 Customer Advisory Board — Summary

**Date:** 5 June 2024 · **Location:** Amsterdam · **Attendees:** 11 customers, 6 internal

## Top themes
1. **Scheduled exports.** Eight of eleven customers export dashboards manually every week. They want scheduled exports to email and SFTP.
2. **Row-level permissions.** Regional managers should only see their region. Today customers duplicate dashboards to achieve this.
3. **Admin onboarding.** New admins struggle with the permissions model; customers asked for a guided setup.

## Feedback on the 2024 roadmap
- Strong support for the API v3 timeline.
- Mixed reactions to the new pricing tiers; two customers worried about the per-viewer charge.

## Quotes
> "If I could schedule the Monday report, I'd save half a day a month." — Operations director, logistics customer

## Next steps
- Product to size scheduled exports for Q3.
- CS to follow up individually with the two customers concerned about pricing.
- Next CAB: November, virtual.
""")

ordi("pdf_text", "en", "invoice", """
INVOICE
Bramley & Holt Office Supplies Ltd
Unit 3, Kingsway Trading Estate, Derby DE22 3XX · VAT No. GB 123 4567 89

Invoice to: Arden Valley Veterinary Practice, 12 Church Street, Ashbourne
Invoice no.: BH-77412     Date: 07/06/2024     Account: ARDEN01     Terms: 30 days

Item                                        Qty   Unit     Total
Copier paper A4 80gsm (box of 5 reams)       6    21.50    129.00
Toner cartridge HP 59A                       2    78.90    157.80
Lever arch files, blue (pack of 10)          3    14.20     42.60
Label roll 62mm x 30m                        4     9.75     39.00
                                                 Net      368.40
                                                 VAT 20%   73.68
                                                 Total    442.08

Payment by BACS to the account shown on your supplier set-up form, quoting invoice number.
Thank you for your order.
""")

ordi("ticket", "en", "jira_issue", """
PAY-2214 · Story · Status: In Review · Sprint: Payments 24.12
Summary: Show remaining balance on partially refunded orders
Reporter: Anika Sorensen   Assignee: Tobias Reinholt   Story points: 3

Description
As a support agent, I want to see the remaining refundable amount on an order that has already been partially refunded, so that I don't try to refund more than was paid.

Acceptance criteria
- Order detail page shows "Refunded so far" and "Remaining refundable" below the payment summary.
- Remaining refundable = captured amount − sum of successful refunds.
- Refund dialog pre-fills the remaining amount and blocks values above it.
- Works for multi-currency orders (display in order currency).

Comments
— Tobias Reinholt: PR #3391 ready. Added unit tests for multi-currency and for failed refunds (excluded from sum).
— Anika Sorensen: Tested on staging, looks good. One nit: label should say "Remaining refundable" not "Remaining".
""")

ordi("email", "en", "email_thread", """
From: Ahmed Siddiqui <ahmed.siddiqui@corrigan-labs.example>
To: Lab Group <lab-group@corrigan-labs.example>
Date: Mon, 10 Jun 2024 17:05:00 +0000
Subject: Freezer -80 #2 maintenance on Thursday

Hi all,

The service engineer is coming on Thursday 13 June at 9am to replace the compressor fan on freezer -80 #2 (the one by the window in room B214).

The freezer will be off for up to 3 hours. We'll move everything to -80 #4 on Wednesday afternoon. Please:

- Make sure your racks are labelled with your name and project code by Wednesday 2pm.
- Don't add new samples to #2 after Tuesday.
- If you have anything particularly temperature-sensitive, let me know and we'll put it on dry ice instead.

I'll send a message once everything is back in #2 and the temperature has stabilised.

Thanks,
Ahmed
Lab Manager
""")

ordi("html_page", "en", "product_page", """
<html><head><title>Arden 2-Seater Sofa in Moss Velvet | Holloway Home</title></head>
<body>
<h1>Arden 2-Seater Sofa — Moss Velvet</h1>
<p class="price">£849 <span class="was">£999</span></p>
<p>Deep seats, slim arms and a solid beech frame. The Arden is our best-selling compact sofa, sized for flats and snugs.</p>
<h2>Dimensions</h2>
<ul><li>W 168 cm × D 88 cm × H 82 cm</li><li>Seat height 45 cm, seat depth 58 cm</li><li>Fits through doorways 70 cm wide (legs removable)</li></ul>
<h2>Materials</h2>
<p>Cotton-blend velvet (45,000 rub count), foam-wrapped pocket sprung seat cushions, feather-filled back cushions.</p>
<h2>Delivery</h2>
<p>Made to order in 6–8 weeks. Free two-person delivery to room of choice on mainland UK.</p>
<h2>Reviews (4.6 ★ from 212)</h2>
<blockquote>"Comfortable and the colour is even nicer in person. Took two of us 10 minutes to attach the legs." — Sarah, Leeds</blockquote>
<blockquote>"Cushions need plumping daily, but that's feathers for you." — Mark, Cardiff</blockquote>
</body></html>
""")

ordi("api_json", "en", "api_response", """
{
  "data": [
    {"id": "emp_0192", "name": "Clara Jensen", "department": "Finance", "leave_type": "annual", "start": "2024-06-17", "end": "2024-06-21", "status": "approved", "approver": "Mats Holm"},
    {"id": "emp_0344", "name": "Diego Ramos", "department": "Engineering", "leave_type": "annual", "start": "2024-06-24", "end": "2024-07-05", "status": "approved", "approver": "Nina Berg"},
    {"id": "emp_0410", "name": "Fiona McLeod", "department": "Marketing", "leave_type": "training", "start": "2024-06-19", "end": "2024-06-19", "status": "pending", "approver": "Oliver Grant"},
    {"id": "emp_0518", "name": "Hassan Ali", "department": "Engineering", "leave_type": "sick", "start": "2024-06-10", "end": "2024-06-11", "status": "recorded", "approver": null}
  ],
  "page": 1,
  "page_size": 25,
  "total": 4
}
""")

ordi("calendar_ics", "en", "calendar_invite", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Scheduler//EN
BEGIN:VEVENT
UID:dentist-reminder-88123@clinic.example
DTSTART;TZID=America/New_York:20240625T081500
DTEND;TZID=America/New_York:20240625T090000
SUMMARY:Dental check-up and cleaning – Dr. Alvarez
LOCATION:Brookside Dental\\, 220 Elm Street\\, Suite 3\\, Hartford CT
DESCRIPTION:Please arrive 10 minutes early. Bring your insurance card. To res
 chedule\\, call the front desk at least 24 hours in advance.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")

ordi("chat_export", "en", "team_chat", """
Microsoft Teams — Chat: Warehouse Shift Leads — 2024-06-12

06:02 Dominic Price: Morning. Inbound has 3 trailers booked before 9, the Fenmore one is 40 mins early, already on bay 4.
06:05 Agnieszka Nowak: Ok I'll put two people on bay 4. Pick is light this morning, 1,800 lines.
06:30 Dominic Price: Forklift FL-07 battery didn't charge overnight, swapped to spare.
06:31 Agnieszka Nowak: Logged it for maintenance?
06:32 Dominic Price: Yes, ticket in.
08:45 Ray Mensah: Courier cut-off moved to 16:30 today (bank holiday backlog on their side)
08:46 Agnieszka Nowak: Thanks Ray, I'll prioritise next-day orders before 15:00
11:10 Dominic Price: All 3 trailers unloaded and put away.
""")

ordi("wiki_page", "en", "how_to", """
How to submit a purchase request in the procurement portal
Space: FINANCE-HELP · Updated 2024-04-11

1. Go to the procurement portal from the intranet homepage (Apps → Procurement).
2. Click New request and choose the category. If you can't find the right one, choose "Other" and describe it.
3. Add the supplier. If the supplier is new, attach their quote and the new-supplier form; Procurement will onboard them.
4. Enter the amount excluding VAT and your cost centre.
5. Attach the quote or contract.
6. Submit. Approvals are routed automatically:
   - under £5,000: your budget holder
   - £5,000–£50,000: budget holder + Finance Business Partner
   - over £50,000: as above + CFO
7. Once approved, a purchase order number is emailed to you. Send it to the supplier and ask them to quote it on the invoice.

Tips
- Requests without a quote take longer.
- You can track status under My requests.
""")

ordi("search_results_json", "en", "search_results", """
{
  "query": "site:intranet travel booking policy hotel cap london",
  "source": "enterprise-search",
  "results": [
    {"title": "Travel policy 2024 — Hotels", "url": "https://intranet.example/policies/travel#hotels", "snippet": "Hotel caps per night: London £210, other UK cities £140, Europe €180. Breakfast included where possible.", "updated": "2024-02-01"},
    {"title": "Preferred hotels list (UK)", "url": "https://intranet.example/travel/preferred-hotels-uk", "snippet": "Negotiated rates at 14 London hotels, most below the cap. Book through the travel portal to get the rate.", "updated": "2024-03-18"},
    {"title": "Expense claims — what needs a receipt", "url": "https://intranet.example/finance/expenses-receipts", "snippet": "Itemised receipts are required for all hotel stays regardless of amount.", "updated": "2023-11-09"}
  ]
}
""")

ordi("transcript", "en", "support_call", """
Call transcript — Customer Support — Ref 2024-06-11-0917
Agent: Leon   Customer: Mrs. Agnes Whitley

Leon: Good morning, Fairfield Broadband, you're speaking with Leon.
Agnes: Hello, my internet keeps dropping in the evenings, maybe three or four times.
Leon: Sorry to hear that. Can I take the postcode on the account?
Agnes: It's BA2 4XX.
Leon: Thanks, Mrs. Whitley. I can see your router reconnected six times yesterday between seven and ten pm. Is the router in the same place as always?
Agnes: We moved it behind the television last week.
Leon: That might be it — the TV and the cabinet can block the signal and it can overheat a bit. Could you move it somewhere more open, ideally higher up?
Agnes: I can put it on the bookshelf.
Leon: Perfect. I'll also run a line test... the line itself looks healthy. If it still drops after moving it, call us back and we'll send a replacement router.
Agnes: Lovely, thank you.
""")

ordi("csv", "en", "csv_export", """
ticket_id,created,category,priority,status,first_response_min,resolution_hours,csat
T-40112,2024-06-03,Billing,Normal,Solved,14,3.2,5
T-40113,2024-06-03,Login,High,Solved,6,0.8,5
T-40117,2024-06-03,Shipping,Normal,Solved,32,26.5,3
T-40121,2024-06-04,Billing,Low,Solved,58,40.0,4
T-40125,2024-06-04,Product question,Normal,Solved,21,1.5,5
T-40129,2024-06-04,Returns,Normal,Pending,19,,
T-40133,2024-06-05,Login,Normal,Solved,9,0.4,4
T-40140,2024-06-05,Shipping,High,Open,11,,
""")

ordi("email", "en", "newsletter", """
From: Riverside Community Garden <hello@riverside-garden.example>
To: Members
Subject: June update: tomato workshop, water rota and the big plant swap
Date: Sat, 1 Jun 2024 08:00:00 +0000

Hello growers!

What a month — the beans are finally climbing and the polytunnel survived the storm.

🍅 Tomato workshop — Saturday 15 June, 10am
Jo will show how to pinch out side shoots, feed, and avoid blight. Free, bring gloves.

💧 Water rota
The summer rota is on the noticeboard and in the shared sheet. Please swap with someone rather than leaving a gap; the seedlings can't wait.

🌱 Big plant swap — Sunday 23 June, 2–4pm
Bring spare seedlings, cuttings or seeds. Tea and cake by the shed.

🧰 Tools
The new wheelbarrow has arrived. Please return tools to the shed and lock it.

See you on the plot,
The Committee
""")

ordi("markdown_doc", "en", "meeting_notes", """
# Engineering All-Hands — 6 June 2024

## Announcements
- Welcome to 4 new engineers: Mina (Payments), Jorge (Platform), Lea (Mobile), Ola (Data).
- Q2 hack week was a success: 23 projects, 5 going to production.

## Platform update (Rahul)
- Kubernetes upgrade to 1.29 completed across all clusters, zero downtime.
- Build times down 31% after caching changes.

## Reliability (Sandra)
- May availability 99.97% (target 99.95%).
- Two SEV-2 incidents; both postmortems published.

## Q&A
- Q: When will the new laptops arrive? A: Rollout starts July, by team.
- Q: Is the on-call compensation changing? A: Proposal coming in the next all-hands.

Recording available on the intranet.
""")

# ---- non-English ordinary rows ----
ordi("email", "es", "email", """
De: Laura Méndez <laura.mendez@bodegas-sierra.example>
Para: Equipo de Exportación <exportacion@bodegas-sierra.example>
Fecha: mié, 12 jun 2024 11:30
Asunto: Calendario de envíos a México – julio

Hola equipo:

Os paso el calendario de envíos a México para julio, ya confirmado con la transitaria:

- 3 de julio: contenedor 40' desde Valencia, 1.100 cajas (crianza y reserva)
- 17 de julio: contenedor 20' desde Valencia, 520 cajas (blanco y rosado)
- 31 de julio: pendiente de confirmar por el cliente

Recordad que las etiquetas con el registro sanitario mexicano deben estar colocadas antes de la carga. Jaime, ¿puedes revisar el stock de contraetiquetas?

La próxima reunión de seguimiento será el lunes a las 10:00.

Gracias,
Laura
""")

ordi("wiki_page", "de", "wiki_page", """
Confluence › PERSONAL › Arbeitszeit › Gleitzeitregelung
Zuletzt aktualisiert: 14.03.2024 von Personalabteilung

Gleitzeitregelung – Überblick

Kernarbeitszeit
Montag bis Donnerstag 9:30–15:00 Uhr, Freitag 9:30–13:00 Uhr.

Gleitzeitrahmen
6:30–20:00 Uhr. Arbeitszeit außerhalb dieses Rahmens wird nur mit vorheriger Genehmigung angerechnet.

Zeitkonto
- Das Zeitkonto darf zwischen –20 und +40 Stunden liegen.
- Überstunden über 40 Stunden verfallen am Quartalsende, sofern keine Ausnahme genehmigt wurde.
- Gleittage: bis zu 12 pro Jahr, nach Absprache im Team.

Erfassung
Die Arbeitszeit wird im Zeiterfassungssystem gebucht. Korrekturen bitte innerhalb von 7 Tagen.

Ansprechpartner
Fragen zur Gleitzeit: personal@lindenhof-gmbh.example
""")

ordi("ticket", "fr", "helpdesk_ticket", """
Ticket n° 55120 — Imprimante du 2e étage en panne
Demandeur : Sophie Marchand (Comptabilité)
Ouvert le : 11/06/2024 09:15   Catégorie : Matériel > Impression   Priorité : Basse
Statut : Résolu

Description :
L'imprimante du 2e étage affiche « Bourrage papier – bac 2 » alors qu'il n'y a pas de papier coincé.

Suivi :
[09:40] Karim Aït-Ali : Passage sur place. Capteur du bac 2 encrassé.
[09:55] Karim Aït-Ali : Nettoyage du capteur et du rouleau d'entraînement. Test d'impression OK (20 pages recto-verso).
[10:02] Karim Aït-Ali : Utilisatrice informée. Ticket résolu.

Code de résolution : Maintenance préventive
""")

ordi("chat_export", "pt", "team_chat", """
Conversa do Microsoft Teams — Canal: Marketing Digital — 10/06/2024

09:05 Beatriz Lima: Bom dia! A campanha de Dia dos Namorados fechou com 3,2% de conversão 🎉
09:07 Felipe Souza: Show! Melhor que o ano passado (2,6%)
09:10 Beatriz Lima: O criativo com vídeo curto performou bem melhor no Instagram
09:15 Carla Mendes: Vou montar o relatório final até quarta
09:20 Felipe Souza: Próxima: campanha de férias de julho. Reunião de briefing quinta às 14h?
09:21 Beatriz Lima: Fechado
09:22 Carla Mendes: 👍
""")

ordi("email", "ja", "email", """
差出人: 総務部 <soumu@hoshino-kougyou.example>
宛先: 全社員 <all@hoshino-kougyou.example>
日付: 2024年6月10日 月曜日 9:00
件名: 【お知らせ】夏季休業期間について

社員各位

お疲れさまです。総務部です。
本年度の夏季休業期間を下記のとおりお知らせいたします。

・期間：2024年8月10日（土）～8月18日（日）
・休業期間中の緊急連絡先：総務部 当番携帯（090-0000-0000）

休業期間前後の来客・出荷予定につきましては、各部署にて早めにご調整ください。
また、休業期間中は空調・照明の消し忘れのないようご協力をお願いいたします。

以上
""")

ordi("calendar_ics", "zh", "calendar_invite", """
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Example Calendar//CN
BEGIN:VEVENT
UID:20240619-xm-weekly@rili.example
DTSTART;TZID=Asia/Shanghai:20240619T100000
DTEND;TZID=Asia/Shanghai:20240619T110000
SUMMARY:华南区销售周例会
LOCATION:深圳办公室 8楼 会议室A / 腾讯会议
ORGANIZER;CN=陈晓:mailto:chen.xiao@nanfang-xiaoshou.example
DESCRIPTION:议程：\\n1. 上周销售数据回顾\\n2. 重点客户跟进情况\\n3. 六月促销活动
 安排\\n请各位提前更新CRM中的商机状态。
END:VEVENT
END:VCALENDAR
""")

ordi("api_json", "ko", "api_response", """
{
  "예약번호": "RSV-20240618-0042",
  "회의실": "본관 5층 소회의실 B",
  "예약자": "김민정 (마케팅팀)",
  "일시": "2024-06-18T14:00:00+09:00",
  "종료": "2024-06-18T15:30:00+09:00",
  "참석인원": 6,
  "용도": "하반기 브랜드 캠페인 아이디어 회의",
  "장비": ["프로젝터", "화상회의 카메라"],
  "상태": "확정"
}
""")

ordi("csv", "it", "csv_export", """
data,negozio,scontrini,incasso_eur,scontrino_medio_eur
2024-06-03,Milano Brera,412,9876.40,23.97
2024-06-03,Torino Centro,355,7802.15,21.98
2024-06-03,Bologna Ugo Bassi,298,6611.30,22.19
2024-06-04,Milano Brera,398,9540.75,23.97
2024-06-04,Torino Centro,341,7460.90,21.88
2024-06-04,Bologna Ugo Bassi,305,6788.10,22.26
2024-06-05,Milano Brera,430,10321.60,24.00
2024-06-05,Torino Centro,362,8015.45,22.14
2024-06-05,Bologna Ugo Bassi,311,6902.85,22.20
""")

ordi("form_submission", "nl", "form_submission", """
Nieuw formulier: Aanvraag thuiswerkvoorziening
Formulier-ID: hr-thuiswerk-03   Inzending #: 2291
Ingediend: 2024-06-11 14:12 door joost.vermeulen@dijkstra-advies.example

Naam: Joost Vermeulen
Afdeling: Advies Infrastructuur
Leidinggevende: Marloes de Groot
Aangevraagd:
  [x] Bureaustoel (ergonomisch)
  [x] Tweede beeldscherm 27 inch
  [ ] Bureau
Toelichting: Ik werk drie dagen per week thuis en heb rugklachten met mijn huidige stoel. Advies van de bedrijfsarts is bijgevoegd.
Bezorgadres: thuisadres zoals bekend in AFAS
""")

ordi("transcript", "sv", "meeting_transcript", """
Transkription — Veckomöte Kundtjänst — 2024-06-10

Maria Ek: Välkomna. Vi börjar med siffrorna från förra veckan.
Johan Berg: Vi hade 1 240 ärenden, snittid för första svar var 2 timmar och 10 minuter. Målet är 2 timmar.
Maria Ek: Nästan där. Vad drog upp tiden?
Johan Berg: Måndagen, efter kampanjutskicket. Många frågor om rabattkoder.
Lina Sjöberg: Jag har skrivit en ny makro för rabattkoder, den är klar för granskning.
Maria Ek: Bra, jag tittar på den i eftermiddag. Semesterschemat — alla har väl lagt in sina veckor?
Johan Berg: Två saknas fortfarande.
Maria Ek: Jag påminner dem. Tack allihop, vi ses nästa måndag.
""")

ordi("html_page", "de", "web_page", """
<html lang="de"><head><title>Öffnungszeiten und Anfahrt | Stadtbibliothek Lindenau</title></head>
<body>
<h1>Stadtbibliothek Lindenau</h1>
<h2>Öffnungszeiten</h2>
<table>
<tr><td>Montag</td><td>geschlossen</td></tr>
<tr><td>Dienstag – Freitag</td><td>10:00 – 19:00 Uhr</td></tr>
<tr><td>Samstag</td><td>10:00 – 14:00 Uhr</td></tr>
</table>
<p>In den Sommerferien (22. Juli – 30. August) gelten verkürzte Öffnungszeiten: Dienstag bis Freitag 10:00 – 16:00 Uhr.</p>
<h2>Anfahrt</h2>
<p>Straßenbahnlinien 3 und 7, Haltestelle Marktplatz. Fahrradständer vor dem Haupteingang. Parkhaus „Am Rathaus" in 200 m Entfernung.</p>
<h2>Ausleihe</h2>
<p>Bücher können bis zu vier Wochen ausgeliehen und zweimal online verlängert werden, sofern keine Vormerkung vorliegt.</p>
</body></html>
""")

ordi("crm_json", "fr", "crm_record", """
{
  "type": "opportunite",
  "id": "OPP-FR-2024-0458",
  "nom": "Mairie de Saint-Aubin – Renouvellement parc informatique",
  "compte": "Commune de Saint-Aubin",
  "etape": "Proposition envoyée",
  "montant_eur": 64500,
  "probabilite": 60,
  "date_cloture_prevue": "2024-09-15",
  "responsable": "Élodie Fontaine",
  "prochaine_etape": "Présentation au conseil municipal le 2 juillet",
  "notes": "Appel d'offres MAPA. 45 postes + 8 portables. Le DGS souhaite une option de maintenance sur 4 ans.",
  "derniere_modification": "2024-06-07T10:12:00+02:00"
}
""")

ordi("email", "en", "shipping_notice", """
From: Keystone Lab Supplies <orders@keystone-labsupplies.example>
To: Purchasing <purchasing@marlin-biosciences.example>
Date: Wed, 12 Jun 2024 15:18:40 +0000
Subject: Your order KLS-302118 has been dispatched

Hello,

Good news — part of your order KLS-302118 (PO MB-24-0771) left our Reading warehouse today.

Dispatched today
  2 x  Nitrile gloves, size M, box of 200
  5 x  Serological pipettes 10 ml, case of 200
  1 x  Benchtop centrifuge rotor, 24 x 1.5/2.0 ml

Still to follow (expected week 26)
  3 x  Filter tips 200 µl, racked, case of 960

Carrier: Parcelink Next Day, tracking PLK77120934GB. Delivery is expected tomorrow before 12:00 to Goods In, Building C.

The remaining items will ship at no extra delivery cost. Your invoice will be issued once the full order has been delivered.

Kind regards,
Customer Service Team
Keystone Lab Supplies · 0118 555 0140
""")
