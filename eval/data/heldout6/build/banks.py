# -*- coding: utf-8 -*-
"""Word banks and neutral filler text. Everything here was written for this
data set; the filler is shared by every label so it carries no label signal."""

FIRST = [
    "Maria", "James", "Aiko", "Wei", "Priya", "Omar", "Lena", "Carlos", "Fatima", "Noah",
    "Sofia", "Dmitri", "Chloe", "Kwame", "Ingrid", "Rahul", "Yuki", "Elena", "Tomas", "Hannah",
    "Jamal", "Mei", "Lucas", "Amara", "Ethan", "Zeynep", "Mateo", "Grace", "Arjun", "Olivia",
    "Kenji", "Nadia", "Samuel", "Leila", "Viktor", "Isabel", "Daniel", "Ana", "Hiroshi", "Chen",
    "Sarah", "Marco", "Aisha", "Felix", "Rosa", "Ben", "Julia", "Tariq", "Emma", "Diego",
    "Ines", "Oskar", "Thandiwe", "Lars", "Mariam", "Pablo", "Ewa", "Raj", "Nora", "Jonas",
]
LAST = [
    "Gonzalez", "Becker", "Tanaka", "Zhang", "Patel", "Haddad", "Novak", "Okafor", "Kim", "Larsen",
    "Ivanova", "Dubois", "Rossi", "Mensah", "Schmidt", "Nguyen", "Silva", "Kowalski", "Murphy", "Johansson",
    "Fernandes", "Yamamoto", "Ali", "Brown", "Cohen", "Garcia", "Mueller", "Khan", "Lopez", "Andersen",
    "Moreau", "Sato", "Chopra", "Wright", "Fischer", "Reyes", "OBrien", "Ahmed", "Costa", "Park",
    "Lindqvist", "Adeyemi", "Petrov", "Ferreira", "Vasquez", "Hoffmann", "Mehta", "Nakamura", "Dlamini", "Walsh",
]

COMPANIES = [
    ("Northwind Logistics", "northwind-logistics.com"),
    ("Brightline Health", "brightlinehealth.io"),
    ("Cobalt Ridge Analytics", "cobaltridge.ai"),
    ("Harborview Insurance", "harborview-ins.com"),
    ("Lumen & Pike", "lumenpike.law"),
    ("Redwood Fintech", "redwoodfin.tech"),
    ("Tessellate Design", "tessellate.design"),
    ("Kestrel Aero Supply", "kestrel-aero.com"),
    ("Meridian Foods", "meridianfoods.co"),
    ("Quarry Lane Software", "quarrylane.dev"),
    ("Bluefin Marine", "bluefinmarine.net"),
    ("Arcadia Learning", "arcadialearning.org"),
    ("Sable Point Energy", "sablepoint-energy.com"),
    ("Vireo Retail", "vireoretail.com"),
    ("Ostrava Robotics", "ostrava-robotics.eu"),
    ("Pinecrest Dental Group", "pinecrestdental.com"),
    ("Halcyon Travel", "halcyontravel.co.uk"),
    ("Granite & Oak Realty", "graniteoak.homes"),
]

SITES = [
    ("Northwind Journal", "journal.northwind-logistics.com"),
    ("The Pantry Notebook", "pantrynotebook.blog"),
    ("Wayfarer Weekly", "wayfarerweekly.net"),
    ("Quarry Lane Engineering", "engineering.quarrylane.dev"),
    ("Halcyon Travel Guides", "guides.halcyontravel.co.uk"),
    ("Arcadia Learning Hub", "hub.arcadialearning.org"),
    ("Ledger & Line", "ledgerandline.com"),
    ("Brightline Health News", "news.brightlinehealth.io"),
    ("Cobalt Ridge Blog", "blog.cobaltridge.ai"),
    ("Vireo Help Center", "help.vireoretail.com"),
]

THEMES = {
    "general": {
        "titles": ["All-hands recap: spring edition", "Office move: what you need to know", "Our Q3 priorities",
                   "Welcome to the Riverside team", "2024 holiday calendar", "Customer advisory board highlights"],
        "paras": [
            "Thanks to everyone who joined Thursday's all-hands. The recording is on the intranet under Events, and the slides are linked from the calendar invite.",
            "We passed 2,000 active customers this quarter, with most of the growth coming from mid-sized logistics firms in the Midwest and Ontario.",
            "The new office on Harbor Street has twice as many meeting rooms, a quiet floor and bike storage in the basement. Badges will be reissued the week before the move.",
            "Next quarter we will focus on three themes: faster onboarding, better reporting and a cleaner mobile experience for field staff.",
            "Questions about the schedule can go to your manager or into the all-hands thread; we will answer the most common ones at the next session.",
            "Parking validation at the 5th Street garage continues through December. From January we are switching to a monthly transit stipend.",
            "A big thank-you to the events team for organising the volunteer day. More than 140 of you planted trees along the river trail.",
        ],
    },
    "travel": {
        "titles": ["Lisbon in three days", "Packing list for a week in Iceland", "Budget hotels near Kyoto Station",
                   "From the airport to downtown Mexico City", "A long weekend in the Dolomites", "Train travel across Scandinavia"],
        "paras": [
            "Start in Alfama early, before the tour groups arrive, and walk up to the Miradouro de Santa Luzia for the view over the river.",
            "Layers matter more than anything: a thermal base layer, a fleece and a waterproof shell will cover most days, even in July.",
            "Most hotels within ten minutes of the station offer luggage storage, which is handy if you arrive before check-in.",
            "Authorised airport taxis are paid for at a kiosk inside the terminal; the fare is fixed by zone, so confirm your destination before paying.",
            "The Seceda ridge is reachable by cable car from Ortisei. Go on a weekday and bring a jacket, because the wind at the top is strong even in summer.",
            "A rail pass covers most routes, but seat reservations are mandatory on some high-speed trains and sell out during the holidays.",
            "Tap water is safe to drink nearly everywhere on this route, so a refillable bottle saves both money and plastic.",
        ],
    },
    "food": {
        "titles": ["Weeknight lemon chicken traybake", "How to keep a sourdough starter alive", "Five make-ahead lunches",
                   "The best way to cook rice", "Summer tomato salad", "Our favourite chili recipe"],
        "paras": [
            "Toss the chicken thighs with lemon zest, garlic, olive oil and a pinch of chili flakes, then roast at 220 C for 35 minutes.",
            "Feed your starter once a day if it lives on the counter, or once a week if you keep it in the fridge. A little liquid on top is normal.",
            "Grain bowls keep for four days in the fridge if you store the dressing separately and add leafy greens just before eating.",
            "Rinse the rice until the water runs clear, use 1.25 cups of water per cup of rice, and let it rest covered for ten minutes after cooking.",
            "Salt the tomatoes fifteen minutes before serving so they release their juices, then finish with basil and good olive oil.",
            "Brown the meat in batches; crowding the pan steams it instead of searing it, and you lose a lot of flavour.",
            "Leftovers freeze well for up to three months. Thaw overnight in the fridge and reheat gently with a splash of water.",
        ],
    },
    "finance": {
        "titles": ["Q2 results summary", "Updated expense policy", "Budget planning for FY25",
                   "Invoice processing changes", "Quarterly close timeline", "Vendor payment terms update"],
        "paras": [
            "Revenue grew 8% quarter over quarter, driven mainly by the mid-market segment. Gross margin held at 71%, and churn stayed flat at 2.1%.",
            "Meals during business travel are reimbursed up to $75 per day. Alcohol is not reimbursable unless it is part of an approved client event.",
            "Department heads should submit draft budgets by 15 September. Finance will consolidate them and schedule review meetings in early October.",
            "Invoices above $10,000 now require two approvals in the AP system. Smaller invoices are approved by the budget owner only.",
            "The books close on the fifth business day of the month. Accruals should be posted by day three so there is time to review them.",
            "Standard payment terms for new vendors are net 45. Existing vendors keep their current terms until their contracts renew.",
            "Corporate card statements are due in the expense tool by the 10th; unmatched transactions older than 60 days are escalated to your manager.",
        ],
    },
    "engineering": {
        "titles": ["Release notes 4.12", "Migrating the billing service to Postgres 16", "Architecture review: event pipeline",
                   "On-call handbook updates", "Deprecating API v1", "Frontend performance sprint results"],
        "paras": [
            "Version 4.12 adds bulk editing for shipments, speeds up CSV import by about 40% and fixes a bug where time zones were ignored in scheduled reports.",
            "The migration runs in two phases: a logical replica first, then a short write freeze while we switch the primary. Expected downtime is under five minutes.",
            "Events are written to Kafka, enriched by the stream processor and landed in the warehouse every fifteen minutes. Late events are handled by a nightly backfill.",
            "On-call engineers now get a 30-minute handover at the start of each rotation, and the escalation list has moved to the shared runbook.",
            "API v1 stops accepting requests on 31 March. Clients should move to v2, which uses cursor-based pagination and ISO 8601 timestamps.",
            "Largest Contentful Paint on the dashboard dropped from 3.8s to 2.1s after we split the charting library into a lazy-loaded chunk.",
            "Integration tests now run in parallel across four workers, which brings the full CI pipeline down from 22 to 9 minutes.",
        ],
    },
    "it_ops": {
        "titles": ["Scheduled maintenance this weekend", "VPN client upgrade", "New printers on floor 3",
                   "Laptop refresh program", "Wi-Fi changes at HQ", "Service desk hours over the holidays"],
        "paras": [
            "Email and calendar services will be unavailable on Saturday between 22:00 and 02:00 while we upgrade the mail servers.",
            "The new VPN client is pushed automatically on Monday. After the update you will be asked to sign in once; your settings are kept.",
            "The printers on floor 3 have been replaced. Use the Follow-Me queue and badge in at any printer to release your job.",
            "Laptops older than four years are eligible for replacement. IT will contact you to schedule a swap; please back up anything stored locally.",
            "The guest Wi-Fi network has been renamed and now requires a daily code, which reception can give to visitors.",
            "Between 24 December and 2 January the service desk is staffed from 09:00 to 13:00. Urgent outages can still be reported by phone.",
        ],
    },
    "hr": {
        "titles": ["Benefits enrollment 2025", "Parental leave policy update", "Quarterly engagement survey",
                   "Learning budget reminder", "Performance review cycle", "Hybrid work guidelines"],
        "paras": [
            "Open enrollment runs from 1 to 15 November. This year we are adding a second dental plan and increasing the HSA employer contribution.",
            "Parental leave is now 16 weeks at full pay for all parents, regardless of gender or how they became a parent.",
            "The engagement survey takes about ten minutes. Responses are anonymous and reported only for groups of five or more people.",
            "Every employee has an annual learning budget of $1,500 for courses, books and conferences. Unused budget does not roll over.",
            "Self-reviews open on 1 June. Managers hold review conversations in the last two weeks of June, and compensation changes take effect in July.",
            "Teams agree their own anchor days, but we ask everyone to be in the office at least two days a week.",
        ],
    },
    "security": {
        "titles": ["Phishing simulation results", "How we handle vulnerability reports", "MFA rollout FAQ",
                   "Security awareness month", "Device encryption requirements", "Third-party risk review process"],
        "paras": [
            "Last month's phishing simulation had a 9% click rate, down from 14% in the spring. Thank you to everyone who used the Report button.",
            "Reports sent to our security inbox are triaged within two business days. We ask researchers to give us 90 days before public disclosure.",
            "MFA is required for all accounts from 1 March. Authenticator apps and hardware keys are supported; SMS codes are being phased out.",
            "This October we are running short lunch-and-learn sessions on password managers, safe file sharing and spotting social engineering.",
            "All laptops must have full-disk encryption enabled. Devices without encryption lose access to email and the VPN after 30 days.",
            "New vendors that will handle customer data must complete our security questionnaire before the contract is signed.",
        ],
    },
    "ai": {
        "titles": ["Introducing the assistant in Workspace", "How our support copilot works", "AI feature FAQ",
                   "Building with the Agents API", "Responsible AI principles", "Copilot admin guide"],
        "paras": [
            "The assistant can draft replies, summarise long threads and find files across your drives. It only sees content you already have permission to open.",
            "The copilot suggests answers to support agents based on the knowledge base and past tickets. Agents review and edit every suggestion before it is sent.",
            "Your prompts and files are not used to train models. Conversation history is kept for 30 days and can be deleted from Settings at any time.",
            "An agent is a model plus a set of tools. You define the tools; the model decides which to call and with what arguments, and your code executes them.",
            "We test new AI features for accuracy, bias and misuse before launch, and we publish a summary of the evaluation with every major release.",
            "Admins can turn the copilot on for specific groups, restrict which data sources it can search, and export usage reports monthly.",
        ],
    },
    "sales": {
        "titles": ["Q3 pipeline review", "Pricing update for enterprise plans", "Win story: Meridian Foods",
                   "Territory changes", "Partner program launch", "Discount approval process"],
        "paras": [
            "Pipeline coverage for Q3 is 3.2x, with the biggest deals concentrated in healthcare and manufacturing. Two large renewals should close in the last week.",
            "Enterprise list prices rise 6% on 1 July. Existing customers keep their current pricing until renewal, with a cap of 5% on renewal uplifts.",
            "Meridian Foods chose us after a six-week pilot in which their planners cut route preparation time by half.",
            "From 1 August the Nordics move to the EMEA North team, and Benelux accounts will be covered by the Amsterdam office.",
            "Partners earn 20% on first-year revenue for sourced deals and 10% for influenced deals, paid quarterly.",
            "Discounts up to 15% can be approved by the regional director; anything above that needs sign-off from the VP of Sales.",
        ],
    },
    "legal": {
        "titles": ["Terms of Service", "Master subscription agreement", "Data processing addendum",
                   "Acceptable use policy", "Service level agreement", "Privacy notice"],
        "paras": [
            "These Terms apply to your use of the Service and form a binding agreement between you and the Company. Please read them carefully.",
            "Fees are billed annually in advance and are non-refundable except as expressly stated in this Agreement.",
            "Either party may terminate this Agreement for material breach if the breach is not cured within thirty days of written notice.",
            "The Company will maintain administrative, physical and technical safeguards designed to protect Customer Data.",
            "Monthly uptime of 99.9% is committed for production workspaces. Service credits are the sole remedy for missed targets.",
            "This Agreement is governed by the laws of the State of Delaware, without regard to its conflict of laws rules.",
        ],
    },
}

CHAT_FILLER = [
    "morning all", "did the staging deploy finish?", "yep, went out at 8:40",
    "can someone take a look at PR 2231 when you get a sec?", "lunch order closes at 11:30",
    "running ~10 min late to standup", "numbers for Tuesday look low on the dashboard, checking",
    "thanks!", "+1", "pushed a fix, CI should be green in a few", "reminder: retro at 3pm",
    "moved our sync to Thursday, hope that works", "customer call went well, they want a proposal by Friday",
    "who owns the billing alerts now?", "I think that's Marta's team", "OOO tomorrow, back Wednesday",
    "nice work on the release everyone", "can we push the demo to next week?", "sure, I'll update the invite",
    "the wifi on 4 is flaky again", "filed a ticket with IT", "anyone have the slides from the offsite?",
    "they're in the shared drive under 2024/offsite", "quick q: are we still on for the vendor review at 2?",
    "yes, room 4B", "heads up, the build is broken on main", "reverting my commit, sorry",
    "coffee machine on 2 is fixed", "does anyone know when the new laptops arrive?", "next week according to IT",
    "I'll write up the notes and share after lunch", "sounds good", "can you add me to the on-call doc?",
    "done", "reminder that timesheets are due today", "great catch, thanks", "let's discuss in the 1:1",
    "approved", "merged", "will do", "on it", "I'll take that one", "agenda for tomorrow is in the doc",
    "no blockers from me", "updated the ticket with logs", "is the 4pm still happening?",
]

CHANNELS = ["general", "eng-platform", "support-escalations", "sales-emea", "ops-alerts", "design-crit",
            "proj-atlas", "customer-feedback", "random", "finance-close", "it-helpdesk", "product-launch"]

TICKET_SUBJECTS = [
    "Unable to export invoices to CSV", "Refund for duplicate charge", "Question about API rate limits",
    "Driver app crashes on login", "Change billing contact", "Shipment stuck in customs", "SSO configuration help",
    "Feature request: bulk edit", "Report scheduling not working", "Wrong time zone in notifications",
    "Cannot add new team members", "Webhook deliveries failing", "Invoice shows wrong VAT rate",
    "Dashboard loads slowly", "Need copy of signed contract",
]

TICKET_DESCS = [
    "Since this morning none of our users can export invoices. The button spins and nothing downloads.",
    "We were charged twice for the May invoice. Please refund the duplicate payment.",
    "Our integration started getting 429 errors yesterday even though traffic hasn't changed.",
    "The driver app closes immediately after login on two Android phones. Reinstalling didn't help.",
    "Please change the billing contact on our account to our new finance manager.",
    "The scheduled weekly report didn't arrive on Monday, and the schedule page shows no errors.",
    "Notifications show times in UTC instead of our local time zone, which confuses the warehouse team.",
    "We need a copy of the signed order form for our auditors by Friday.",
]

TICKET_COMMENTS = [
    "Thanks for reaching out. I've passed this to our billing team and will update you within one business day.",
    "Could you send a screenshot of the error and roughly the time it happened?",
    "Following up: were you able to try clearing the cache and signing in again?",
    "Confirmed the issue on our side. Engineering is working on a fix and I'll keep this ticket open.",
    "The workaround helped, thanks. We can wait for the permanent fix.",
    "I checked the account and the settings look correct. Could you tell me which browser you're using?",
    "We've applied a credit to your next invoice as a goodwill gesture.",
    "The fix was deployed this morning. Please let us know if you still see the problem.",
    "Still seeing this on two of our workstations, but the others are fine now.",
    "Escalated to tier 2. They'll reach out directly if they need more details.",
    "Marking this as pending while we wait for the carrier to respond.",
    "Our admin is out this week; can we pick this up on Monday?",
    "Thanks, that answers my question. Feel free to close the ticket.",
    "I've attached the export that failed. It has about 60,000 rows.",
]

PR_COMMENTS = [
    "nit: this could be a list comprehension.",
    "Can we add a test for the empty-input case?",
    "Looks good overall. One question about the retry count: is 5 enough for the batch job?",
    "This changes the public API; please add a note to CHANGELOG.md.",
    "Suggest renaming `tmp` to something more descriptive.",
    "LGTM once CI is green.",
    "Why do we need the extra lock here? The map is only written at startup.",
    "Should this be behind a feature flag?",
    "Thanks for splitting this into smaller commits, much easier to review.",
    "Typo in the docstring: 'recieve' should be 'receive'.",
    "We already have a helper for this in utils/dates.py.",
    "Could you make the migration reversible?",
    "Minor: prefer f-strings over format() for consistency with the rest of the module.",
    "Approving. Tested locally against a copy of staging data.",
]

CODE_LINES = [
    "for item in items:", "return total / count", "if not user.is_active:", "await queue.put(job)",
    "const rows = await db.query(sql, params);", "retries = config.get('retries', 3)",
    "logger.info('processed %d records', n)", "self.cache[key] = value",
    "if err != nil { return err }", "df = df.dropna(subset=['amount'])",
]

COMMIT_MSGS = [
    "Fix off-by-one in pagination cursor", "Bump axios from 1.6.7 to 1.6.8", "Add retry with backoff to webhook sender",
    "Refactor invoice PDF rendering", "Update README with local setup steps", "Remove unused feature flag new_nav",
    "Handle empty CSV uploads gracefully", "Add index on orders(customer_id, created_at)", "Upgrade Node to 20 LTS in CI",
    "Fix flaky test in scheduler_spec", "Log request id in error handler", "Translate settings page to German",
    "Tighten CSP for dashboard", "Split analytics worker into two queues", "Correct timezone handling for reports",
    "Add dark mode toggle", "Cache exchange rates for 10 minutes", "Drop Python 3.8 support",
    "Improve error message for expired links", "Add healthcheck endpoint", "Rename customer_type to segment",
    "Fix typo in onboarding email", "Batch inserts in importer", "Use UTC in cron schedules",
    "Add pagination to audit log API", "Pin terraform provider versions", "Add unit tests for discount rules",
    "Clean up deprecated v1 routes", "Make sidebar collapsible", "Increase upload size limit to 25 MB",
]

COMMIT_BODIES = [
    "The cursor was pointing one record past the end of the page when the page size\nwas an exact multiple of the total count.",
    "Keeps the old behaviour behind the legacy flag until all tenants are migrated.",
    "Measured on staging: p95 latency drops from 480ms to 210ms.",
    "Closes #2231.",
    "No functional change intended.",
    "Co-authored-by: build-bot",
]

EVENT_TITLES = [
    "Sprint planning", "1:1", "Design review: onboarding flow", "Quarterly business review", "Team lunch",
    "Vendor demo", "Interview: backend engineer", "Security training", "Budget review", "Customer call",
    "Retro", "All-hands", "Dentist", "Pick up kids", "Board prep", "Roadmap workshop", "Coffee chat",
    "Release go/no-go", "Offsite planning", "Focus time",
]
EVENT_DESCS = [
    "Agenda: review last sprint, estimate the top of the backlog, agree on the sprint goal.",
    "Please come with your top three risks for the quarter.",
    "Zoom link in the invite. Recording will be shared afterwards.",
    "Room 4B. Snacks provided.",
    "We'll walk through the new flow in Figma and collect feedback.",
    "Dial-in details are in the attached document.",
    "Bring your laptop; we will do a live walkthrough.",
    "",
]

CRM_NOTES = [
    "Intro call. They run 40 trucks across three depots and plan routes in spreadsheets today.",
    "Sent pricing for 120 seats on the annual plan. Waiting for procurement.",
    "Champion is the ops director; CFO wants an ROI model before signing.",
    "Demo went well. Main objection: integration with their legacy ERP.",
    "Left voicemail, will try again Thursday.",
    "Security questionnaire returned. Two follow-up questions on data residency.",
    "Contract redlines received from legal. Mostly liability caps.",
    "Pilot extended by two weeks because of their holiday freeze.",
    "Renewal risk: usage dropped 30% after their reorg.",
    "Met at the trade show; interested in the driver app.",
    "Requested a reference customer in food distribution.",
    "Budget approved for Q3. Target close end of August.",
]

REVIEW_SNIPPETS = [
    "Works as described, easy setup.", "Stopped charging after two weeks; replacement arrived quickly.",
    "Good value for the price.", "The app keeps logging me out on Android.",
    "Delivery was a day late but the driver was friendly.", "Would like more colour options.",
    "Instructions were unclear, took an hour to assemble.", "Exactly what I needed for the home office.",
    "Customer service resolved my issue in one call.", "Too loud for a bedroom.", "Battery lasts all day.",
    "Strap broke after a month.", "Love the new dashboard layout.", "Export to Excel would be great.",
    "Prices went up without notice.", "Fast shipping, well packed.", "Search is much faster now.",
    "Setup wizard crashed on step 3.", "Great support from the chat team.", "Please add dark mode.",
]

NOTE_SNIPPETS = [
    "Customer asked for an invoice copy; sent via portal.", "Called back, no answer.",
    "Escalated to tier 2 for refund approval.", "Shipment delayed at customs; ETA Friday.",
    "Confirmed address change.", "Duplicate of an older ticket, closing.", "Requested logs from customer.",
    "Applied 10% goodwill credit per policy.", "Password reset link resent at customer request.",
    "Upgraded plan to Business.", "Waiting on carrier response.", "Walked customer through report builder.",
]

TASK_SNIPPETS = [
    "Draft Q3 OKRs", "Review vendor contract", "Update onboarding deck", "Fix broken links on pricing page",
    "Prepare board slides", "Migrate wiki to new space", "Order swag for conference", "Clean up CRM duplicates",
    "Renew SSL certificate for status page", "Plan team offsite", "Write blog post on release 4.12",
]

FILE_NAMES = [
    ("Q3-planning.xlsx", "spreadsheet", "48 KB"), ("offsite-agenda.docx", "document", "31 KB"),
    ("brand-guidelines-v3.pdf", "pdf", "4.2 MB"), ("team-photo.jpg", "image", "2.8 MB"),
    ("vendor-list.csv", "csv", "12 KB"), ("release-notes-4.12.md", "markdown", "9 KB"),
    ("budget-FY25-draft.xlsx", "spreadsheet", "88 KB"), ("customer-interviews.docx", "document", "64 KB"),
    ("architecture-diagram.png", "image", "540 KB"), ("meeting-notes-0514.txt", "text", "3 KB"),
    ("contract-template.docx", "document", "45 KB"), ("roadmap-2025.pptx", "presentation", "6.1 MB"),
]
FILE_DESCS = [
    "Working draft, comments welcome.", "Final version approved by legal.", "Photos from the spring offsite.",
    "Exported from the CRM on Monday.", "Numbers still need review by finance.", "", "", "",
    "Template for new vendor contracts.", "Shared with the agency for feedback.",
]

SPREADSHEET_SETS = [
    ("Vendor_Tracker.xlsx", "Vendors", ["Vendor", "Category", "Owner", "Status", "Annual spend", "Comments"]),
    ("Event_Budget_2024.xlsx", "Budget", ["Item", "Supplier", "Quote", "Approved", "Due", "Notes"]),
    ("Hiring_Pipeline.xlsx", "Pipeline", ["Role", "Stage", "Recruiter", "Openings", "Target date", "Notes"]),
    ("Content_Calendar.xlsx", "Q3", ["Week", "Channel", "Topic", "Owner", "Status", "Remarks"]),
]

LANG_FILLER = {
    "es": {"greet": "Hola {n}:", "close": "Un saludo,",
           "titles": ["Novedades del equipo", "Actualización del proyecto", "Aviso para la oficina"],
           "lines": ["Te escribo para darte una actualización rápida.", "Quedo atento a tus comentarios.",
                     "La reunión del jueves sigue en pie a las 10:00.", "Adjunto el documento con los cambios de esta semana.",
                     "Gracias por tu ayuda con el cliente de Valencia.", "El informe mensual ya está en la carpeta compartida."]},
    "de": {"greet": "Hallo {n},", "close": "Viele Grüße",
           "titles": ["Neuigkeiten aus dem Team", "Projektstatus", "Hinweis für das Büro"],
           "lines": ["kurzes Update von meiner Seite.", "Das Protokoll der letzten Sitzung liegt im Teamordner.",
                     "Bitte gib mir bis Freitag Bescheid.", "Danke für die schnelle Rückmeldung!",
                     "Der Termin am Donnerstag bleibt bestehen.", "Die Zahlen für Mai sind inzwischen freigegeben."]},
    "fr": {"greet": "Bonjour {n},", "close": "Bien cordialement,",
           "titles": ["Nouvelles de l'équipe", "Point sur le projet", "Information pour les bureaux"],
           "lines": ["Petit point rapide sur le projet.", "Le compte rendu de la réunion est disponible sur le drive.",
                     "N'hésite pas si tu as des questions.", "Merci pour ton retour rapide.",
                     "La réunion de jeudi est maintenue à 10 h.", "Les chiffres de mai ont été validés hier."]},
    "pt": {"greet": "Olá {n},", "close": "Abraços,",
           "titles": ["Novidades da equipe", "Atualização do projeto", "Aviso ao escritório"],
           "lines": ["Segue uma atualização rápida.", "A ata da reunião está na pasta compartilhada.",
                     "Qualquer dúvida, estou à disposição.", "Obrigado pelo retorno.",
                     "A reunião de quinta continua às 10h.", "O relatório mensal já foi enviado ao financeiro."]},
    "zh": {"greet": "{n}，你好：", "close": "谢谢！",
           "titles": ["团队动态", "项目进展", "办公室通知"],
           "lines": ["简单同步一下进展。", "会议纪要已经上传到共享盘。", "如有问题请随时联系我。",
                     "感谢大家的配合。", "周四上午十点的会议照常进行。", "五月份的数据已经核对完毕。"]},
    "ja": {"greet": "{n}さん\nお疲れ様です。", "close": "よろしくお願いいたします。",
           "titles": ["チームからのお知らせ", "プロジェクト進捗", "オフィスからのご案内"],
           "lines": ["進捗を簡単に共有します。", "議事録は共有フォルダに置いてあります。", "ご不明点があればお知らせください。",
                     "迅速なご対応ありがとうございます。", "木曜10時の打ち合わせは予定通りです。", "5月分の数字は確認済みです。"]},
    "ko": {"greet": "{n}님 안녕하세요.", "close": "감사합니다.",
           "titles": ["팀 소식", "프로젝트 진행 상황", "사무실 안내"],
           "lines": ["진행 상황을 간단히 공유드립니다.", "회의록은 공유 폴더에 올려 두었습니다.", "궁금한 점이 있으시면 말씀해 주세요.",
                     "빠른 회신 감사합니다.", "목요일 10시 회의는 예정대로 진행됩니다.", "5월 실적 자료는 검토를 마쳤습니다."]},
    "ru": {"greet": "Здравствуйте, {n}!", "close": "С уважением,",
           "titles": ["Новости команды", "Статус проекта", "Объявление для офиса"],
           "lines": ["Коротко о текущем статусе.", "Протокол встречи лежит в общей папке.", "Если будут вопросы, пишите.",
                     "Спасибо за быстрый ответ.", "Встреча в четверг в 10:00 остаётся в силе.", "Цифры за май уже согласованы."]},
    "ar": {"greet": "مرحبًا {n}،", "close": "مع خالص التحية،",
           "titles": ["أخبار الفريق", "تحديث المشروع", "إشعار للمكتب"],
           "lines": ["أود مشاركة تحديث سريع حول المشروع.", "محضر الاجتماع موجود في المجلد المشترك.",
                     "لا تتردد في التواصل إذا كانت لديك أي أسئلة.", "شكرًا على ردك السريع.",
                     "اجتماع الخميس في الساعة العاشرة ما زال قائمًا.", "تمت مراجعة أرقام شهر مايو."]},
    "hi": {"greet": "नमस्ते {n},", "close": "धन्यवाद,",
           "titles": ["टीम की खबरें", "प्रोजेक्ट अपडेट", "दफ़्तर के लिए सूचना"],
           "lines": ["प्रोजेक्ट की एक छोटी-सी अपडेट साझा कर रहा हूँ।", "मीटिंग के नोट्स साझा फ़ोल्डर में हैं।",
                     "कोई सवाल हो तो बताइए।", "जल्दी जवाब देने के लिए धन्यवाद।",
                     "गुरुवार सुबह 10 बजे की मीटिंग तय समय पर होगी।", "मई के आँकड़ों की जाँच पूरी हो गई है।"]},
}
