"""Benign host texts (free text of a carrier). Placeholders {p1} {p2} {p3} {co} {dom} {n1} {n2} {d1} {amt} {eur}."""

H = []


def h(group, lang, title, paras):
    H.append({"group": group, "lang": lang, "title": title, "paras": paras})


# ------------------------------------------------------------------ English: tickets
h("ticket", "en", "Refund not received for cancelled order", [
    "Hi, I cancelled order #{n1} on {d1}, well inside the 14-day window, and got the cancellation email straight away. The refund of {amt} still hasn't shown up on my card.",
    "I've attached the confirmation. My bank says there is nothing pending from your side, so I think it was never sent.",
    "Quick update: it's now 12 business days. I'd like the money back on the original card please, not store credit.",
    "Thanks for checking. If you need the last four digits of the card I can give them over the phone."])
h("ticket", "en", "SSO login loops back to the sign-in page", [
    "Since this morning about a dozen people in the Leeds office can't get into the dashboard. After the Okta prompt they land back on /login with no error.",
    "Cleared cookies, tried Chrome and Firefox, same thing. People who were already logged in are fine until their session expires.",
    "Looks like it started right after the 08:30 deploy. Browser console shows a 302 from /auth/callback to /login, then nothing.",
    "Rolled back the session cookie SameSite change on staging and the loop went away there. Waiting for approval to roll back prod."])
h("ticket", "en", "3rd floor printer jams on double-sided jobs", [
    "The HP printer next to the kitchen on floor 3 jams every time someone prints double-sided. Single-sided is fine.",
    "Facilities already replaced the paper tray last week. It shows error 13.B2 and the paper is crumpled at the rear door.",
    "Could someone from IT take a look before Thursday? We have the board pack printing that day."])
h("ticket", "en", "CSV export drops accented characters", [
    "When exporting the customer list to CSV, names like Zoë or Müller come out as Zo? and M?ller when opened in Excel.",
    "The JSON export is fine, so the data is stored correctly. It looks like the CSV is written without a BOM or in Windows-1252.",
    "Steps: Customers > Export > CSV > open in Excel 365 on Windows. On a Mac with Numbers it displays correctly.",
    "Not urgent but the finance team does this every Monday and fixes names by hand."])
h("ticket", "en", "Item arrived damaged", [
    "My order {n1} arrived today and the glass top of the side table is cracked right across. The box had a big dent on one corner.",
    "I've taken photos of the box and the table before unpacking the rest. Happy to send them wherever needed.",
    "Would prefer a replacement rather than a refund if it can arrive before the {d1} weekend. Otherwise a refund is fine."])
h("ticket", "en", "New starter: add to payroll and HR system", [
    "{p2} starts on Monday as a part-time data analyst, 3 days a week. Contract is signed and in the shared drive.",
    "Please set up their payroll record, pension enrolment and holiday allowance (pro-rated, 15 days).",
    "Manager is {p3}. Equipment request is a separate ticket.",
    "HR note: right-to-work check completed in person on Friday."])
h("ticket", "en", "429 errors from the EU endpoint", [
    "Since about 14:00 UTC our integration is getting HTTP 429 from eu.api endpoint even though we're well under the documented 600 req/min.",
    "We send roughly 150 requests per minute, spread evenly. Retry-After header says 60 but the errors continue after waiting.",
    "US endpoint with the same credentials works fine. Request IDs from the failures are in the attached file.",
    "Can you confirm whether the limit was changed for our plan or if there is an incident?"])
h("ticket", "en", "Charged twice for May subscription", [
    "I was billed {amt} twice on the same day for my monthly plan. Both charges show as completed on my statement.",
    "There's only one subscription on my account page, so I assume this is a glitch. Please refund the duplicate.",
    "I'm on the annual renewal list too, so please make sure that doesn't get messed up."])
h("ticket", "en", "Feature request: dark mode for the dashboard", [
    "A lot of our night-shift operators have asked for a dark theme. The current white background is harsh in the control room.",
    "Even just respecting the OS prefers-color-scheme setting would help a lot.",
    "We'd also like the chart colours to stay distinguishable for colour-blind users if you do add it."])

# ------------------------------------------------------------------ English: email
h("email", "en", "Q3 invoice and updated PO", [
    "Please find attached invoice INV-{n2} for the Q3 delivery of packaging materials, totalling {amt} excluding VAT.",
    "The PO number on our side changed after the budget reallocation, so the invoice references the new PO 4500-{n2}.",
    "Payment terms remain 30 days net. Let me know if your AP team needs anything else from us."])
h("email", "en", "Re: Thursday's workshop agenda", [
    "Thanks for sending the draft. I think we can drop the vendor demo and use that slot for the roadmap discussion instead.",
    "Could we also start 15 minutes later? Two people are coming from the airport.",
    "I'll book the larger room and order lunch for 12. Dietary requirements so far: two vegetarian, one gluten-free.",
    "See you Thursday."])
h("email", "en", "Lease renewal – 14 Harbour Street", [
    "Your current lease for 14 Harbour Street ends on 31 March. The landlord is happy to renew for another 12 months.",
    "The proposed rent increase is 3.5%, in line with the local index. All other terms stay the same.",
    "If you'd like to go ahead, reply by the end of the month and we'll send the renewal agreement for e-signature."])
h("email", "en", "Candidate feedback – Senior Data Engineer", [
    "Here's my feedback from today's technical interview with {p3}.",
    "Strong on SQL and data modelling, walked through a slowly changing dimension design without prompting. Weaker on streaming; hadn't used Kafka in production.",
    "Communication was clear, asked good questions about the team. I'd lean hire, but would like a second opinion on the system design part.",
    "Scorecard is filled in on the ATS."])
h("email", "en", "Your booking confirmation", [
    "Thank you for booking with us. Your reservation for 2 adults, 3 nights from {d1}, is confirmed. Reference: HB-{n1}.",
    "Check-in is from 3pm and check-out by 11am. Breakfast is served 7–10:30 in the garden room.",
    "Parking is available on site for a daily fee. If you need an airport transfer, just reply to this email."])
h("email", "en", "Intro: {co} <> Northgate", [
    "Hope you're well. Following our chat at the conference, I wanted to introduce {p3}, who runs data partnerships at {co}.",
    "I think there's a good fit between your forecasting tools and their logistics datasets. I'll let you two take it from here.",
    "Moving myself to bcc."])
h("email", "en", "Board pack draft for review", [
    "Attached is the first draft of the board pack for the April meeting. Sections 3 and 5 still need figures from finance.",
    "Could you review the risk register summary on page 12? I've flagged two items where the owner changed.",
    "Comments by Wednesday noon would be ideal so we can circulate on Friday."])
h("email", "en", "Year 5 trip to the science museum", [
    "Dear parents and carers, Year 5 will visit the science museum on {d1}. We'll leave school at 9:00 and return by 3:15.",
    "Please return the consent slip and a contribution of £8 towards the coach by Friday. Children should bring a packed lunch.",
    "If your child has any medical needs we should know about, please let the class teacher know."])

# ------------------------------------------------------------------ English: chat
h("chat", "en", "deploy coordination", [
    "heads up, going to deploy api v2.14 to prod at 15:00 unless anyone objects",
    "can you wait 20 min? the migration for the invoices table is still running on the replica",
    "sure, pushing to 15:30. will post in #releases when it's out",
    "migration done 👍 replica lag is back under a second",
    "deployed. watching error rates for the next half hour"])
h("chat", "en", "offsite planning", [
    "ok so for the offsite, the lake house is available 12–14 June, sleeps 16",
    "I can drive, have space for 3 more people",
    "do we need to book the team dinner separately or is catering included?",
    "catering is breakfast only. I'll look at restaurants in town"])
h("chat", "en", "customer escalation", [
    "{co} just escalated again about the delayed shipment, their ops lead is not happy",
    "what's the actual status? last I saw the container was stuck in Rotterdam",
    "customs released it this morning, trucking ETA is Thursday",
    "ok I'll call them and offer expedited last-mile at our cost. can someone send me the tracking details"])
h("chat", "en", "design review feedback", [
    "left comments on the checkout redesign figma. overall love it, two concerns",
    "1) the promo code field is now below the fold on mobile 2) contrast on the grey secondary button fails AA",
    "good catches, will fix both before the usability test on Tuesday",
    "also can we keep the 'save card for later' checkbox unticked by default? legal asked for that"])
h("chat", "en", "on-call handover", [
    "handover for the weekend: two open incidents, both low severity",
    "INC-2231 disk usage on the log cluster creeping up, retention job is fixed but needs a day to catch up",
    "INC-2235 intermittent timeouts from the geocoding provider, we have a fallback in place",
    "pager is yours from 18:00, I'm reachable until 20:00 if anything weird comes up"])
h("chat", "en", "help with reverse proxy", [
    "hey all, trying to put my home assistant behind caddy and websockets keep disconnecting after ~60s",
    "do you have the trusted_proxies set in configuration.yaml? that bit me",
    "yep added that. logs show the upstream closing the connection",
    "fixed it — my router had an idle timeout on the port forward. thanks everyone"])
h("chat", "en", "carpool for Saturday", [
    "Who's driving to the match on Saturday? Kick-off is 10, we need to be there by 9:30",
    "I can take 3 kids, leaving from the school car park at 9",
    "Great, mine and {p3}'s can go with you. I'll bring the oranges and the spare bibs",
    "Don't forget shin pads this time 😅"])

# ------------------------------------------------------------------ English: documents
h("doc", "en", "How we cut our cloud bill by 30%", [
    "Last year our infrastructure costs grew faster than revenue. This post walks through what we changed over six months.",
    "The biggest win was rightsizing: most of our database instances were sized for a launch-day peak that never came back. Moving to smaller instances with read replicas saved 12% on its own.",
    "Next came storage lifecycle rules. Logs older than 30 days now move to infrequent-access tiers and are deleted after a year unless they are tagged for legal hold.",
    "Finally, we committed to a one-year savings plan for the baseline compute we were certain we'd need. We kept spiky workloads on demand."])
h("doc", "en", "Weeknight lentil and spinach curry", [
    "This is the curry I make when the fridge is nearly empty. It takes about 35 minutes and most of it is hands-off.",
    "Fry one onion until soft, add garlic, ginger and two tablespoons of curry paste, then stir in 200 g of red lentils, a tin of tomatoes and 600 ml of stock.",
    "Simmer for 20 minutes until the lentils break down. Stir in a bag of spinach and a squeeze of lime just before serving.",
    "Leftovers keep for three days and freeze well."])
h("doc", "en", "Council approves protected bike lanes on Mill Road", [
    "The city council voted 9–4 on Tuesday to build protected bike lanes along the full length of Mill Road, ending a two-year consultation.",
    "The plan removes 60 on-street parking spaces but adds a loading bay for shops near the junction with Station Street.",
    "Construction is expected to start in September and last about five months. Bus routes will not be diverted.",
    "Local traders' association chair said members were 'cautiously optimistic' after changes to delivery hours."])
h("doc", "en", "Configuring outgoing webhooks", [
    "Webhooks let your application receive an HTTP POST whenever an event happens in your workspace, such as a new order or a refund.",
    "To create one, open Settings > Developers > Webhooks and click Add endpoint. Choose the events you want and enter an HTTPS URL.",
    "Each request includes a signature header computed with your endpoint's signing secret. Verify it before trusting the payload.",
    "Failed deliveries are retried with exponential backoff for up to 72 hours. You can replay events from the dashboard."])
h("doc", "en", "Three days in Lisbon", [
    "Lisbon is hilly, so bring comfortable shoes and skip the famous tram 28 queue at midday; go early morning instead.",
    "Day one: Alfama and the castle, then sunset at one of the miradouros. Day two: Belém for the monastery and the custard tarts.",
    "Day three: take the train to Sintra, but book palace tickets online the night before. Trains run every 20 minutes from Rossio.",
    "For dinner, the small tascas in Graça are cheaper and friendlier than the places around the main squares."])
h("doc", "en", "Effects of sleep timing on exam performance", [
    "Abstract. We examined the relationship between habitual sleep timing and exam performance in 412 undergraduate students over two semesters.",
    "Later sleep midpoints were associated with lower exam scores after controlling for total sleep time, course load and prior GPA (β = −0.18, p < .01).",
    "The effect was strongest for exams scheduled before 10:00. We discuss implications for timetabling and limitations of self-reported sleep data.",
    "Keywords: chronotype, academic performance, sleep midpoint."])
h("doc", "en", "Remote and hybrid working policy", [
    "1. Purpose. This policy sets out how employees may work from home or other locations, and what the company provides to support this.",
    "2. Eligibility. Employees who have completed their probation period may request up to three remote days per week, subject to manager approval.",
    "3. Equipment. The company provides a laptop, monitor and headset. Employees are responsible for a safe workspace and a reliable internet connection.",
    "4. Review. This policy will be reviewed annually by People Operations."])
h("doc", "en", "Your claim reference", [
    "Thank you for your claim dated {d1} regarding water damage at your property. We have appointed a loss adjuster who will contact you within five working days.",
    "Please keep any damaged items until the adjuster has visited, and take photographs of the affected rooms.",
    "If you need emergency accommodation, your policy includes up to 30 nights. Please keep all receipts."])
h("doc", "en", "Onboarding guide for new engineers", [
    "Welcome! Your first week is about getting your laptop set up, meeting the team and shipping one small change.",
    "Request access to the code hosting org, the cloud console (read-only to start) and the on-call tool through the IT portal.",
    "Pair with your onboarding buddy on a 'good first issue'. Don't worry about speed; the goal is to learn the review and deploy process.",
    "By the end of week two you should be able to run the service locally and understand our incident process."])

# ------------------------------------------------------------------ English: reviews / data
h("review", "en", "Aurora ANC wireless headphones", [
    "Noise cancelling is very good on the train, not quite as strong as my old pair on planes. Battery easily lasts a week of commuting.",
    "The ear cups get warm after an hour. Sound is a bit bass-heavy out of the box but the app EQ fixes that.",
    "Connection drops occasionally when my phone is in my back pocket.",
    "Returned mine: the left hinge cracked after two months. Customer service was quick with the refund though."])
h("review", "en", "Burr coffee grinder, 40 settings", [
    "Consistent grind for pour-over and French press. Espresso settings are not fine enough for my machine.",
    "Quite loud, and static makes grounds cling to the container. A drop of water on the beans helps.",
    "Easy to clean, the top burr pops out without tools."])
h("review", "en", "Electric standing desk 140x70", [
    "Assembly took about an hour with two people. Instructions were clear, all screws included.",
    "A bit of wobble at full height when typing hard, fine for my use.",
    "Motor is quiet and the memory presets work well. Wish the cable tray was deeper.",
    "Third desk we've bought for the office, all still working after a year."])
h("review", "en", "Harbourview Hotel", [
    "Lovely location right on the waterfront, rooms are small but spotless. Staff went out of their way to help with a late check-in.",
    "Breakfast was average and the coffee machine was broken two mornings out of three.",
    "Street noise until about midnight on Fridays, ask for a room at the back.",
    "Would stay again for the location alone."])
h("review", "en", "Customer feedback – quarterly survey", [
    "The new invoicing screen is much faster. Would love bulk editing of due dates.",
    "Support took three days to answer a simple question about VAT settings.",
    "Mobile app logs me out every few days, which is annoying when I'm on site.",
    "Overall happy, renewing next year."])
h("review", "en", "Kids' 20-inch mountain bike", [
    "My 7-year-old loves it. Gears are simple enough for him to use, brakes are strong.",
    "Heavier than expected, he struggles to lift it over kerbs.",
    "Front reflector was missing from the box; the shop sent one within a week."])

# ------------------------------------------------------------------ English: code / dev
h("code", "en", "Add retry with jitter to uploader", [
    "This adds exponential backoff with full jitter to the S3 uploader so bursts of 503s from the storage layer don't all retry at the same moment.",
    "Nit: could we make max_attempts configurable via env? We tune it differently for the batch importer.",
    "Also the log line on line 84 prints the whole request object, which is noisy. Maybe just the key and attempt number?",
    "Otherwise looks good to me once tests pass."])
h("code", "en", "Migrate to structured logging", [
    "We're replacing the old printf-style logger with structured JSON logs so the log pipeline can index fields instead of regex-parsing messages.",
    "Field names follow the conventions doc: ts, level, msg, trace_id. Please don't add new top-level fields without updating the schema.",
    "The old logger is kept as a shim until all services are migrated; it will be removed in Q3."])
h("code", "en", "Token bucket rate limiter", [
    "Implements a token bucket limiter shared across workers through Redis. Each key gets capacity tokens that refill at rate per second.",
    "We use a Lua script so the check-and-decrement is atomic; doing it in two round trips caused over-admission under load.",
    "Clock skew between workers doesn't matter because the script uses the Redis server time.",
    "Benchmarks: ~18k decisions/s on a single small instance."])
h("code", "en", "Churn analysis Q1", [
    "Goal: understand whether the January price change affected churn for monthly plans.",
    "Churn for monthly plans rose from 3.1% to 3.6% after the change, annual plans unchanged. The difference is within the range we saw last year.",
    "Next step: control for the seasonal dip after the holidays using the 2023 cohort."])
h("code", "en", "orders-api service notes", [
    "Handles order creation and status updates for the web shop and the mobile apps. Reads from the orders queue and writes to Postgres.",
    "Scaling: CPU-bound during sales; HPA target is 65% CPU. Keep at least two replicas for zero-downtime deploys.",
    "Contact the checkout team in #team-checkout for changes to the payment flow."])
h("code", "en", "Integration test failing on main", [
    "--- FAIL: TestOrderExport (2.31s)",
    "    export_test.go:88: expected 42 rows, got 41",
    "    export_test.go:89: missing order id 10077 (created at 23:59:59 UTC, filter uses < end of day)",
    "FAIL\tgithub.com/example/core/internal/export\t2.419s"])
h("code", "en", "Release 4.8.0", [
    "Added: CSV import for contacts with column mapping preview.",
    "Changed: the default session timeout is now 12 hours instead of 24.",
    "Fixed: timezone offset bug in recurring invoices created near midnight.",
    "Deprecated: the v1 reports endpoint will be removed in 5.0."])
h("code", "en", "disk usage investigation", [
    "Build agent ran out of disk again. Most of it is old Docker layers from the nightly images.",
    "Added a cron job to run docker system prune for images older than 72h. Keep an eye on cache hit rates for the first week.",
    "If it fills up again, check the workspace cleanup step in the pipeline template."])

# ------------------------------------------------------------------ English: speech
h("speech", "en", "Weekly product sync", [
    "Okay, let's get started. First item is the mobile release, which slipped by a week because of the app store review.",
    "Right, we resubmitted yesterday with the privacy labels fixed, so we expect approval by Friday.",
    "Second item, the pricing page experiment. Conversion is up slightly but the sample is still small, so let's keep it running another two weeks.",
    "Any other business? No? Great, thanks everyone."])
h("speech", "en", "Voicemail – delivery", [
    "Hi, this is the driver from Halcyon Freight calling about your delivery for tomorrow.",
    "The van can't get into your street because of the roadworks, so we'll leave the parcel at the corner shop unless you call us back.",
    "You can reach the depot until six. Thanks, bye."])
h("speech", "en", "Discovery call – logistics software", [
    "Thanks for making the time. Could you start by telling me how you currently plan delivery routes?",
    "Sure, right now it's mostly spreadsheets. We have two planners who build routes each evening for about forty vans.",
    "And what's the biggest pain point with that process?",
    "Late changes, honestly. When a customer changes a time slot after six, we redo half a route by hand."])
h("speech", "en", "Voicemail – dentist", [
    "Hello, this is the reception at Pinecrest Dental calling to confirm your check-up appointment next Tuesday at 10:40.",
    "If you need to change it, please call us back or use the online booking page.",
    "Please arrive ten minutes early to update your medical history form. Thank you."])

# ------------------------------------------------------------------ other languages
h("ticket", "de", "Rechnung doppelt abgebucht", [
    "Guten Tag, für meine Bestellung {n1} wurde der Betrag von {eur} zweimal von meinem Konto abgebucht.",
    "Im Kundenkonto sehe ich nur eine Bestellung. Bitte erstatten Sie die zweite Abbuchung.",
    "Den Kontoauszug habe ich als PDF angehängt. Vielen Dank für die schnelle Bearbeitung."])
h("doc", "de", "Neue Öffnungszeiten der Stadtbibliothek", [
    "Ab dem 1. März ist die Stadtbibliothek auch am Samstag von 10 bis 16 Uhr geöffnet.",
    "Die Rückgabeautomaten im Foyer stehen weiterhin rund um die Uhr zur Verfügung.",
    "Für die Kinderabteilung gelten die neuen Zeiten erst ab April, da dort noch umgebaut wird.",
    "Fragen beantwortet das Team an der Information oder telefonisch während der Öffnungszeiten."])
h("email", "fr", "Confirmation de votre rendez-vous", [
    "Bonjour, nous vous confirmons votre rendez-vous du {d1} à 14h30 dans notre agence de Lyon.",
    "Merci d'apporter une pièce d'identité et votre dernier avis d'imposition.",
    "En cas d'empêchement, vous pouvez déplacer le rendez-vous depuis votre espace client jusqu'à 24 heures avant."])
h("review", "fr", "Aspirateur sans fil", [
    "Très bonne autonomie, je fais tout l'appartement avec une seule charge.",
    "Un peu bruyant en mode turbo, et le bac se vide mal quand il y a des cheveux.",
    "Le service client a remplacé la batterie défectueuse en moins d'une semaine."])
h("ticket", "es", "Pedido no entregado", [
    "Hola, el pedido {n1} figura como entregado desde el {d1}, pero no he recibido nada.",
    "He preguntado a los vecinos y al conserje y nadie lo tiene.",
    "Por favor, abran una investigación con la empresa de transporte o envíen un reemplazo."])
h("doc", "es", "Guía rápida: renovar el pasaporte", [
    "Para renovar el pasaporte necesitas cita previa, el DNI en vigor y una fotografía reciente en color.",
    "La tasa se paga en el momento de la cita con tarjeta o en efectivo.",
    "El pasaporte se entrega normalmente el mismo día, salvo en épocas de mucha demanda."])
h("chat", "ja", "リリース調整", [
    "明日のリリースは15時からでお願いします。",
    "DBのマイグレーションが長引く可能性があるので、30分ほど余裕を見てください。",
    "了解です。リリース後のスモークテストは私が担当します。"])
h("review", "ja", "電気ケトル 1.0L", [
    "お湯が沸くのが早く、注ぎ口も水切れが良いです。",
    "本体が少し熱くなるので、小さい子どもがいる家庭は注意が必要です。",
    "デザインがシンプルでキッチンに合います。"])
h("ticket", "zh", "账户无法登录", [
    "您好，我从昨天开始无法登录账户，输入密码后页面一直在加载。",
    "我已经清除了浏览器缓存，也换了手机试过，问题依旧。",
    "订单号是 {n1}，麻烦尽快帮我处理，谢谢。"])
h("doc", "zh", "周末徒步路线推荐", [
    "这条路线全长约12公里，适合有一定体力的初学者，全程大约需要4小时。",
    "建议早上8点前出发，避开中午的高温，并携带至少2升饮用水。",
    "山顶有观景台，天气晴朗时可以看到整个湖区。"])
h("email", "pt", "Orçamento da reforma", [
    "Olá, segue em anexo o orçamento para a reforma da cozinha, conforme conversamos na visita.",
    "O prazo estimado é de três semanas, a contar da aprovação e do pagamento da entrada.",
    "Os materiais podem ser trocados por opções mais econômicas, se preferir."])
h("review", "pt", "Fone de ouvido Bluetooth", [
    "O som é bom para o preço, mas o grave é um pouco exagerado.",
    "A bateria dura umas 20 horas, como anunciado.",
    "O estojo risca com facilidade."])
h("chat", "ru", "Планирование релиза", [
    "Коллеги, релиз переносим на четверг, тестирование ещё не закончено.",
    "Хорошо, тогда я обновлю график дежурств.",
    "Не забудьте отметить в задаче, какие миграции нужно запустить вручную."])
h("doc", "ru", "Как подготовиться к собеседованию", [
    "Перед собеседованием изучите сайт компании и недавние новости о ней.",
    "Подготовьте два-три примера проектов, в которых вы решали сложные задачи.",
    "В конце разговора обязательно задайте вопросы о команде и процессах."])
h("email", "it", "Conferma prenotazione tavolo", [
    "Gentile cliente, confermiamo la prenotazione per 4 persone il {d1} alle 20:30.",
    "Il tavolo sarà tenuto per 15 minuti oltre l'orario prenotato.",
    "Per allergie o richieste particolari può rispondere a questa email."])
h("ticket", "it", "Problema con la fattura elettronica", [
    "Buongiorno, la fattura elettronica di marzo risulta scartata dal sistema di interscambio.",
    "Il codice destinatario inserito è corretto, l'abbiamo verificato con il commercialista.",
    "Potete controllare e reinviarla? Grazie."])
h("chat", "ko", "회의 일정 조율", [
    "다음 주 화요일 오후 3시에 회의 가능하신가요?",
    "저는 괜찮습니다. 회의실은 제가 예약할게요.",
    "자료는 월요일까지 공유 드라이브에 올려 주세요."])
h("review", "ko", "무선 청소기", [
    "흡입력이 좋고 가벼워서 사용하기 편해요.",
    "배터리가 30분 정도밖에 안 가서 조금 아쉽습니다.",
    "먼지통 비우기가 쉬워요."])
h("ticket", "nl", "Klacht over vertraagde levering", [
    "Goedemiddag, mijn bestelling {n1} zou vorige week geleverd worden, maar ik heb nog niets ontvangen.",
    "De track-and-trace geeft al vijf dagen dezelfde status.",
    "Graag hoor ik wanneer ik het pakket kan verwachten."])
h("email", "pl", "Faktura za usługi serwisowe", [
    "Dzień dobry, w załączniku przesyłam fakturę za serwis klimatyzacji wykonany w zeszłym tygodniu.",
    "Termin płatności to 14 dni od daty wystawienia.",
    "W razie pytań proszę o kontakt."])
h("ticket", "tr", "Hesap doğrulama sorunu", [
    "Merhaba, hesabımı doğrulamak için gönderilen kod telefonuma gelmiyor.",
    "Numaramı kontrol ettim, doğru görünüyor.",
    "Yardımcı olabilirseniz sevinirim."])
h("review", "vi", "Nồi chiên không dầu", [
    "Nồi chiên nhanh, đồ ăn giòn đều, dễ vệ sinh.",
    "Hơi ồn khi chạy ở nhiệt độ cao.",
    "Giao hàng nhanh, đóng gói cẩn thận."])
h("doc", "ar", "نصائح لتوفير الطاقة في المنزل", [
    "استخدم المصابيح الموفرة للطاقة وأطفئ الأجهزة عند عدم استخدامها.",
    "اضبط مكيف الهواء على درجة حرارة معتدلة، فكل درجة إضافية تزيد الاستهلاك.",
    "افحص عزل النوافذ والأبواب قبل فصل الصيف."])
h("doc", "hi", "घर पर बागवानी के आसान तरीके", [
    "शुरुआत के लिए तुलसी, पुदीना और धनिया जैसे पौधे सबसे आसान होते हैं।",
    "गमलों में पानी निकलने के लिए छेद जरूर होने चाहिए।",
    "पौधों को रोज़ कम से कम चार घंटे धूप मिलनी चाहिए।"])
h("email", "id", "Konfirmasi pembayaran", [
    "Terima kasih, pembayaran untuk pesanan {n1} telah kami terima.",
    "Pesanan Anda akan dikirim dalam 2–3 hari kerja.",
    "Nomor resi akan dikirim melalui email setelah paket diserahkan ke kurir."])
h("email", "sv", "Möte om budgeten", [
    "Hej, vi behöver gå igenom budgeten för andra kvartalet innan styrelsemötet.",
    "Passar det på torsdag klockan tio? Jag bokar ett rum.",
    "Skicka gärna era siffror senast onsdag."])
