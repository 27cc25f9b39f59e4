# -*- coding: utf-8 -*-
"""Hand-written English filler content for the carriers (benign host text)."""

ISSUES = [
    dict(title="CSV export times out for workspaces with more than ~50k rows",
         body="### Describe the bug\nExporting the activity table to CSV fails with a 504 after roughly 60 seconds when the workspace has more than ~50k rows. Smaller workspaces export fine.\n\n### Steps to reproduce\n1. Open a workspace with a large activity history\n2. Go to **Reports → Activity → Export**\n3. Choose CSV, all columns\n4. Wait\n\n### Expected behaviour\nThe file downloads, or the export is queued and emailed.\n\n### Environment\n- Version: {ver}\n- Browser: Firefox 124 / Chrome 123\n- Self-hosted, Postgres 15",
         comments=["Can reproduce on {ver} with a 70k-row workspace. The request goes straight to the API pod and isn't streamed, so the ingress timeout kicks in.",
                   "I think the fix is to move this to the background job queue like the PDF export. Happy to take a stab at it if nobody else is working on it.",
                   "Linked PR #{pr} moves CSV generation to the worker and streams from a server-side cursor. Would appreciate a review."]),
    dict(title="Tooltip text unreadable in dark mode",
         body="In dark mode the chart tooltips use dark grey text on a near-black background, so the values are basically invisible.\n\n**Where:** Dashboard → Revenue widget, hover over any bar\n**Version:** {ver}\n**OS/Browser:** macOS 14.4, Safari 17\n\nScreenshot attached. Light mode is fine.",
         comments=["Confirmed, the tooltip component doesn't read the theme token, it hardcodes `#333`.",
                   "Also happens on the funnel widget.",
                   "Fixed in {ver2}: tooltips now use `--surface-fg`. Closing, please reopen if you still see it."]),
    dict(title="Crash on startup when config path contains spaces (Windows)",
         body="```\nError: ENOENT: no such file or directory, open 'C:\\Users\\Ana\\My'\n    at Object.openSync (node:fs:581:3)\n    at loadConfig (dist/config.js:44:21)\n```\nThe CLI splits the `--config` argument on spaces. Quoting the path doesn't help because the wrapper script re-splits it.\n\nWorkaround: move the config to a path without spaces.\n\nVersion {ver}, Windows 11, PowerShell 7.4.",
         comments=["The `bin/run.cmd` wrapper uses `%*` without quotes, that's the culprit.",
                   "PR incoming, also adding a test that runs the CLI with a spaced path on the Windows runner."]),
    dict(title="Feature request: configurable retry backoff for the HTTP client",
         body="Right now retries use a fixed 500 ms delay. Against rate-limited APIs this makes things worse, because all workers retry at the same moment.\n\nProposal:\n- `retry.strategy`: `fixed` | `exponential`\n- `retry.base_delay_ms`, `retry.max_delay_ms`\n- optional jitter\n\nHappy to contribute if the maintainers agree on the config shape.",
         comments=["+1, we patched this locally with full jitter and our 429s dropped by ~80%.",
                   "Sounds good. Please keep `fixed` as the default so existing users aren't surprised.",
                   "Let's also honour `Retry-After` when the server sends it."]),
    dict(title="Docs: installation page still mentions the removed --legacy flag",
         body="The install guide says to run `setup --legacy` for older databases, but the flag was removed in 3.0 and now errors out with `unknown option`. Probably just needs the paragraph deleted or replaced with a link to the migration guide.",
         comments=["Good catch, the migration guide is the right place now.",
                   "Opened a docs PR; also fixed two broken anchors on the same page."]),
    dict(title="Memory grows steadily after websocket reconnects",
         body="After the server restarts a few times, the client process memory grows by ~40 MB per reconnect and never comes back down. A heap snapshot shows listeners on the old socket objects still referenced by the `EventBus`.\n\nRepro: run `examples/reconnect.js`, restart the server every 30 s, watch RSS.\n\nNode 20.11, library {ver}.",
         comments=["I think `disconnect()` never calls `bus.off()` for the handlers registered in `subscribe()`.",
                   "Confirmed with a quick patch, memory is flat after 50 reconnects. Will open a PR with a regression test."]),
    dict(title="postinstall fails on Node 22",
         body="`npm install` fails in the postinstall step:\n\n```\nnode-gyp rebuild\ngyp ERR! find Python\n```\n\nLooks like the prebuilt binaries don't include the Node 22 ABI yet, so it falls back to building from source.",
         comments=["Prebuilds for Node 22 are on the release checklist for next week.",
                   "In the meantime `npm install --ignore-scripts` works if you don't need the native addon."]),
    dict(title="Typo in timezone validation error message",
         body="Passing an invalid timezone gives: `Invalid timzone: Europe/Berln`. Minor, but 'timzone' should be 'timezone'. It would also be nice to suggest the closest valid zone.",
         comments=["Fixed the typo. Suggestions are a nice idea but would need a fuzzy matcher; parking that as a separate issue."]),
    dict(title="Flaky test: test_scheduler_handles_dst",
         body="`test_scheduler_handles_dst` fails roughly one run in twenty on CI. It seems to depend on the runner's local time zone: when the job lands on a runner in UTC+1 around the DST switch, the expected next-run time is off by an hour.\n\nLast failure: build #{build}.",
         comments=["We should freeze time and pin TZ in that test.",
                   "Pinned `TZ=Europe/Berlin` and used a fixed clock. 200 consecutive green runs so far."]),
    dict(title="Publish ARM64 container images",
         body="Could you publish `linux/arm64` images alongside amd64? We run on Graviton nodes and currently build our own image from source, which takes ~15 minutes per release.\n\nThe Dockerfile looks architecture-independent, so buildx with QEMU should be enough.",
         comments=["We'd need to check the native dependency for image resizing, it had ARM issues in the past.",
                   "It builds fine on arm64 now. Adding a multi-arch job to the release workflow.",
                   "Released with {ver2}; pulling the image now picks the right architecture."]),
]

EMAILS = [
    dict(subject="Invoice {inv} – question about line 3",
         paras=["Thanks for sending over invoice {inv}. Before we approve it, could you check line 3? It lists 42 hours of on-site support for March, but our timesheets show 36.",
                "If the extra six hours were for the weekend cutover, that's fine. I just need a short note so our controller can match it to the change request.",
                "Everything else looks good, and we'd like to get it paid before the end of the month."]),
    dict(subject="Moving Thursday's roadmap review",
         paras=["The roadmap review on Thursday clashes with the board prep session, so I'd like to move it to Friday at 10:00 in the same room.",
                "The agenda stays the same: Q3 priorities, the mobile rewrite, and headcount. Please bring your team's top three asks.",
                "If Friday doesn't work for you, let me know by tomorrow and I'll find another slot."]),
    dict(subject="Onboarding documents for {company}",
         paras=["Welcome aboard! To set you up as a supplier in our system we need a few documents: a completed vendor form, your tax registration certificate, and a bank letter on letterhead.",
                "You can upload them through the supplier portal link in the separate invitation email. Our team usually processes new vendors within five working days.",
                "Payment terms are net 30 from receipt of invoice."]),
    dict(subject="Q{q} regional sales summary",
         paras=["Attached is the Q{q} summary for the Northern region. Headline: revenue is up 8% quarter on quarter, mostly driven by the two new distributor accounts.",
                "Churn ticked up slightly in the SMB segment (2.1% vs 1.7%), which we think is related to the price change in April. I've added a slide with the accounts we lost and the reasons they gave.",
                "Happy to walk through it in Monday's pipeline call."]),
    dict(subject="Interview next steps – {role}",
         paras=["Thank you for taking the time to speak with us last week. The panel enjoyed the conversation, and we'd like to invite you to the final round.",
                "It will be a 90-minute session: a short presentation of a past project (20 minutes), followed by a conversation with the engineering director and a product manager.",
                "Could you send us two or three time slots that work for you next week?"]),
    dict(subject="Invitation: customer advisory board, {city}",
         paras=["We're hosting our spring customer advisory board in {city} and would be delighted if you could join us.",
                "The day includes a preview of the next release, a working session on reporting, and dinner with the product team. We cover travel and one night of accommodation.",
                "Places are limited to twelve customers, so please reply by the end of next week."]),
    dict(subject="Your order {ord} has been delayed",
         paras=["We're sorry: your order {ord} is taking longer than expected. One of the items is back-ordered at our warehouse and is now expected to ship within 5–7 business days.",
                "You don't need to do anything. As soon as the parcel leaves our warehouse you'll receive a tracking link.",
                "If you'd prefer to cancel the delayed item, you can do so from your account page at no cost."]),
    dict(subject="This month at {company}: new dashboards and a pricing update",
         paras=["We've shipped a redesigned dashboard builder with drag-and-drop widgets, saved filters and dark mode.",
                "From 1 July, the Team plan will include 10 seats instead of 5, with a small increase in the base price. Existing annual contracts keep their current pricing until renewal.",
                "As always, detailed release notes are on our changelog page."]),
    dict(subject="Office move on the 22nd – what you need to know",
         paras=["As announced, we're moving to the new office on the 22nd. Movers will pack the shared areas on Thursday evening; please clear your desk and label personal items by Thursday at 15:00.",
                "Your laptop and monitor should come with you. Docking stations and chairs will be moved by the facilities team.",
                "Access cards for the new building will be handed out at reception on Monday morning."]),
    dict(subject="Renewal of your support agreement",
         paras=["Your Premium Support agreement is due for renewal at the end of next month. The renewal quote is attached; pricing is unchanged from last year.",
                "This year we've added 24/7 phone coverage for priority-one incidents at no extra cost.",
                "If you'd like to discuss changes to the scope, I'm happy to set up a call."]),
    dict(subject="Your talk has been accepted",
         paras=["Congratulations, your talk \u201c{talk}\u201d has been accepted for the main track!",
                "Talks are 30 minutes including Q&A. Please upload your slides to the speaker portal by the Friday before the event so our AV team can test them.",
                "Speakers get a free conference pass and an invitation to the speaker dinner the evening before."]),
    dict(subject="Heating maintenance in your building",
         paras=["Our contractor will service the central heating system next Tuesday between 8:00 and 14:00. Heating and hot water will be off during that time.",
                "Technicians may need access to the radiator valves in some flats. If you won't be at home, please leave a key with the concierge.",
                "Apologies for the inconvenience, and thank you for your patience."]),
]

TALKS = ["Boring Postgres at scale", "What we learned from 1,000 on-call pages", "Accessible charts for everyone",
         "Feature flags without the mess", "A field guide to flaky tests", "Shipping a design system twice"]
ROLES = ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Engineering Manager", "Site Reliability Engineer"]

CHATS = [
    ["Heads up, I'm deploying api {ver} to staging in 10 min", "ok, I still have a migration running on staging-db, give me 5?", "sure, ping me",
     "done, go ahead", "deploy finished, smoke tests green :white_check_mark:", "nice. prod tomorrow morning?", "yes, after standup"],
    ["anyone up for lunch at the ramen place?", "me! 12:30?", "can we do 12:45, I have a call till half past", "12:45 works", "I'll book for 5"],
    ["Posted the new onboarding flow mockups in Figma, page 'v3'", "looks clean. the progress bar on step 2 feels redundant since there are only 3 steps",
     "agree, also the 'Skip' link is really easy to miss", "good points, I'll try a version without the progress bar and a secondary button for skip",
     "can we review again Thursday?"],
    ["Harlow Foods is asking again about the missing pallets from last week's delivery", "I checked the scan logs, 2 pallets were never loaded at the hub",
     "ugh. can we send them on tomorrow's truck?", "yes, already rebooked. I'll call their ops manager this afternoon",
     "thanks, please add a note to the account so sales knows"],
    ["Feedback for the backend candidate is due today, please submit in the ATS", "done. strong on system design, a bit weak on testing",
     "mine's in too, leaning hire", "ok, I'll schedule the debrief for tomorrow 4pm"],
    ["Handover: quiet week overall. One page on Tuesday night, disk filling up on the log shipper, I extended the volume",
     "Ticket for a permanent fix is OPS-{n}", "thanks! anything I should keep an eye on?",
     "the nightly export job has been slow, ~40 min instead of 15. not alerting yet", "noted, I'll look at it tomorrow"],
    ["does anyone know why signups dropped on the 14th in the dashboard?", "tracking outage: the consent banner update broke the event script for about 6 hours",
     "ah ok. is there a backfill?", "partial, from server logs. the dashboard has an annotation now"],
    ["draft release notes are in the doc, could someone proofread?", "'Improved perfomance' -> performance",
     "also I'd mention the API deprecation more prominently, people will miss it at the bottom",
     "good call, moved it to the top with a bold heading", "lgtm now"],
    ["who has the projector adapter from room 3?", "I think it's in the drawer under the TV", "found it, thanks", "please put it back after, we have a client demo at 2"],
]

TICKETS = [
    dict(subject="Charged twice for my subscription",
         description="Hi, my card was charged twice on the 3rd for the annual plan (two identical charges of $119). Could you refund one of them?",
         replies=["Hi {cust}, thanks for reaching out and sorry about that. I can see two charges on your account; one of them failed to link to the subscription because of a timeout. I've issued a refund for the duplicate, which should appear within 5-10 business days.",
                  "Thank you, I can see the pending refund now."]),
    dict(subject="Can't log in after changing my email",
         description="I changed my account email yesterday and now the login page says 'no account found' for both the old and the new address. I confirmed the change from the link you sent.",
         replies=["Hi {cust}, the change was saved but your login identity wasn't updated with it. I've synced it manually, so please try the new address again.",
                  "Works now, thanks!"]),
    dict(subject="Parcel arrived damaged",
         description="The box for order {ord} arrived crushed on one side and the ceramic bowl inside is cracked. I have photos of the box and the bowl. How do I get a replacement?",
         replies=["So sorry to hear that, {cust}. No need to return the broken bowl. I've created a replacement order, which ships tomorrow, and logged the damage with the courier."]),
    dict(subject="How do I export my data?",
         description="We're doing our annual audit and need a full export of all projects and time entries for last year. Is there a way to do this without going project by project?",
         replies=["Hi {cust}, yes: under Settings → Data → Export you can choose 'All projects' and a date range. The export arrives as a ZIP of CSV files by email, usually within an hour.",
                  "Perfect, exactly what we needed."]),
    dict(subject="Question about the Team plan seat limit",
         description="We're on the Team plan with 10 seats and want to add two contractors for three months. Do we need to upgrade, or can we buy extra seats temporarily?",
         replies=["Hi {cust}, you can add seats individually on the Team plan; they're billed pro rata and you can remove them at any time. Upgrading is only needed beyond 50 seats."]),
    dict(subject="App crashes when uploading photos",
         description="Since the last update the iOS app closes immediately when I try to attach a photo to a report. iPhone 13, iOS 17.4, app version {ver}. Reinstalling didn't help.",
         replies=["Thanks for the details, {cust}. This is a known issue with photos stored in iCloud that haven't been downloaded to the device yet. A fix is in review with Apple; until then, opening the photo once in the Photos app first should avoid the crash.",
                  "That workaround works, thanks."]),
    dict(subject="Change delivery address for order {ord}",
         description="I just placed order {ord} and realised it's going to my old flat. Can you change the delivery address to my new one? It hasn't shipped yet.",
         replies=["Hi {cust}, I've caught it in time: the order hasn't been picked yet. For security reasons I can't change the address over chat, but I've put the order on hold; please update the address in your account and reply here, and I'll release it."]),
    dict(subject="Invoice needs our VAT number",
         description="Our finance team can't book your invoices because our VAT number is missing. Can you reissue the last three invoices with the VAT number added?",
         replies=["Hi {cust}, I've added the VAT number to your billing profile and reissued the three invoices. You'll find them under Billing → Invoices, marked 'corrected'."]),
]

ARTICLES = [
    dict(title="A long weekend in Porto: where to eat, walk and rest",
         paras=["Porto rewards slow travel. The city is steep, so plan fewer sights per day and more time in cafés and along the river.",
                "Start in Ribeira early in the morning, before the tour groups arrive, then cross the upper deck of the Dom Luís I bridge to Vila Nova de Gaia for the view back over the old town.",
                "For lunch, skip the riverside menus with photos and walk ten minutes uphill to the small tascas around Rua do Almada, where a plate of the day still costs under twelve euros.",
                "If you have a spare afternoon, take the tram or an Uber to Foz do Douro and walk along the promenade to the lighthouse at sunset."]),
    dict(title="How we cut our CI times in half",
         paras=["Six months ago a full CI run on our main repository took 38 minutes. Today the median is 17. Nothing we did was clever; most of it was removing waste.",
                "First, we stopped rebuilding dependencies on every run. Caching the package store keyed on the lockfile hash saved about eight minutes by itself.",
                "Second, we split the test suite by historical timing rather than by file count, so the slowest shard no longer determines the whole run.",
                "Finally, we made the end-to-end tests run only when files under the web app changed. Backend-only changes now skip them entirely."]),
    dict(title="Sourdough for beginners: the starter",
         paras=["A starter is just flour and water that wild yeast and bacteria have colonised. You need patience more than equipment.",
                "Mix 50 g of wholemeal flour with 50 g of lukewarm water in a clean jar, cover loosely and leave it somewhere warm.",
                "Every 24 hours, discard about half and feed it again with equal weights of flour and water. After five to ten days it should reliably double within six hours of feeding.",
                "Once it does, you can keep it in the fridge and feed it once a week."]),
    dict(title="Understanding DNS in five minutes",
         paras=["When you type a domain name into your browser, your computer first asks a resolver, usually run by your ISP or a public provider, for the matching address.",
                "If the resolver doesn't have the answer cached, it asks a root server, which points it to the servers for the top-level domain, which in turn point to the domain's authoritative name servers.",
                "The authoritative server returns the record, the resolver caches it for as long as its TTL allows, and your browser connects.",
                "Most of the 'DNS is slow' problems people run into are really about long TTLs during migrations, not about the lookup itself."]),
    dict(title="Getting started with container gardening",
         paras=["You don't need a garden to grow food. A sunny balcony and a few large pots are enough for herbs, salad leaves and cherry tomatoes.",
                "Choose containers with drainage holes and at least 30 cm depth for tomatoes. Terracotta dries out faster than plastic, which matters in summer.",
                "Use a peat-free potting compost rather than garden soil, and feed with a liquid tomato fertiliser once the first flowers appear.",
                "Water in the morning, and water deeply rather than often."]),
    dict(title="What the new pension rules mean for freelancers",
         paras=["From next April, the annual allowance for tax-relieved pension contributions rises, and the lifetime limit is being removed.",
                "For freelancers with uneven income, the carry-forward rules matter more than the headline allowance: unused allowance from the previous three years can still be used.",
                "If you pay into a personal pension through a platform, check whether tax relief at source is applied automatically or needs to be claimed through your tax return.",
                "As always, this article is general information and not financial advice."]),
    dict(title="Trail running: choosing your first pair of shoes",
         paras=["Road shoes will get you through a gravel path, but on mud and loose rock you'll want lugs of at least 4 mm and a grippy rubber compound.",
                "Fit matters more than features. Try shoes in the afternoon, when your feet are slightly swollen, and wear the socks you run in.",
                "A rock plate is useful on technical terrain but makes the shoe stiffer; for forest trails you may not need one.",
                "Expect a pair to last 500 to 800 kilometres depending on terrain and your weight."]),
    dict(title="Museum reopening: the textile collection returns",
         paras=["After two years of conservation work, the museum's textile gallery reopens on Saturday with more than 300 pieces on display.",
                "Highlights include a seventeenth-century embroidered bed cover and a set of indigo-dyed work garments from the harbour district.",
                "Light levels in the gallery are kept low to protect the fabrics, and some pieces will be rotated every six months.",
                "Entry to the gallery is included in the standard ticket; guided tours run on Sundays at 11:00."]),
    dict(title="Release notes 4.2: saved views and faster search",
         paras=["Saved views: you can now save any combination of filters, sort order and columns as a named view and share it with your team.",
                "Search is now backed by a new index and returns results about four times faster on large workspaces.",
                "The legacy export endpoint is deprecated and will be removed in 5.0. Please switch to the asynchronous export API.",
                "Bug fixes: date pickers respect the workspace's first day of the week; CSV imports no longer drop trailing empty columns."]),
    dict(title="How to read a nutrition label",
         paras=["Start with the serving size. All the numbers on the label refer to it, and it's often smaller than what people actually eat.",
                "Per-100 g values are better for comparing two products, because serving sizes differ between brands.",
                "Sugars listed on the label include both naturally occurring and added sugars; the ingredients list tells you which is which.",
                "Ingredients are listed by weight, from most to least, so the first three items tell you most of what you are buying."]),
]

REVIEWS_BY_PRODUCT = {
    "Aurora ANC Wireless Headphones": [
        (5, "Great for the commute", "Noise cancelling is excellent on the train and the battery easily lasts a week of commuting."),
        (4, "Comfortable, slightly tight", "Very comfortable for the first two hours, a bit tight after that if you wear glasses."),
        (2, "Battery life disappointing", "Advertised 30 hours, I get about 18 with ANC on. Sound is good though."),
        (1, "Left side died", "Left earcup went silent after five weeks. Waiting on the warranty replacement."),
        (3, "Decent, but the app is clunky", "Hardware is solid. The companion app keeps asking me to log in again."),
    ],
    "Trailhead 28L Daypack": [
        (5, "Perfect size", "Fits a laptop, a jacket and lunch. The hip belt is surprisingly useful on longer walks."),
        (4, "Good value", "Not the best in class, but for the price I'm very happy. Side pockets are a bit shallow."),
        (3, "Zip feels cheap", "Comfortable to carry, but the main zip already catches after two months."),
        (5, "Survived a rainy week in Scotland", "Contents stayed dry with the rain cover, and the back panel really does breathe."),
    ],
    "Kettlebrew Gooseneck Kettle": [
        (4, "Pours nicely", "Very precise pour for pour-over coffee. The lid gets hot, so be careful."),
        (5, "Exactly as described", "Arrived two days early, well packed, and the temperature presets are spot on."),
        (2, "Limescale after a month", "We have hard water and the inside looked bad after four weeks. Descaling helps."),
        (5, "Would buy again", "Second one I've bought; the first is still going at my office after three years."),
    ],
    "Lumi Desk Lamp Pro": [
        (3, "Nice light, weak clamp", "The light quality is lovely, but the clamp doesn't hold on my thick desk."),
        (5, "Easy on the eyes", "Warm setting in the evening and cool white for work. USB-C port is handy."),
        (4, "Solid build", "Feels sturdy, the touch controls respond well. Wish the arm were a bit longer."),
        (2, "Flickers on low", "On the lowest brightness there is a faint flicker I can see in photos."),
    ],
    "Stride Merino Running Socks (3-pack)": [
        (5, "Warm and no blisters", "Did a half marathon in these and no blisters at all. Washed them ten times, still fine."),
        (4, "Comfy, run small", "Very comfortable, but order a size up if you're between sizes."),
        (3, "OK for the price", "They do the job. One pair got a hole at the heel after two months."),
    ],
    "PixelFrame 10\" Digital Photo Frame": [
        (4, "My parents love it", "Set it up for my parents so I can send them photos. Setup took five minutes."),
        (2, "Colours look off", "Photos look washed out compared to my phone. Customer service was helpful though."),
        (5, "Great gift", "Bought three for the grandparents. Sharing from the app works every time."),
        (3, "Instructions could be clearer", "Works fine once set up, but the quick-start guide skips the Wi-Fi step."),
    ],
}
REVIEW_PRODUCTS = list(REVIEWS_BY_PRODUCT)

CATALOG = [
    ("Aurora ANC Wireless Headphones", "Over-ear headphones with adaptive noise cancelling, 30-hour battery life and multipoint Bluetooth 5.3. Folds flat into the included hard case."),
    ("Trailhead 28L Daypack", "Lightweight daypack with a ventilated back panel, hydration sleeve and removable hip belt. Made from 70% recycled nylon."),
    ("Kettlebrew Gooseneck Kettle", "1.0 L electric kettle with a precision spout and temperature presets from 60 to 100 °C. Keeps water warm for up to 60 minutes."),
    ("Lumi Desk Lamp Pro", "LED desk lamp with adjustable colour temperature (2700–6500 K), USB-C charging port and a clamp base for desks up to 5 cm thick."),
    ("Stride Merino Running Socks (3-pack)", "Cushioned running socks made from 60% merino wool. Seamless toe, arch support, machine washable at 40 °C."),
    ("PixelFrame 10\" Digital Photo Frame", "10-inch IPS display with Wi-Fi photo sharing via app or email. 16 GB internal storage, auto-brightness and portrait/landscape stand."),
    ("Harbor Cast Iron Skillet 26 cm", "Pre-seasoned cast iron skillet suitable for all hobs including induction, and for oven use up to 260 °C."),
    ("Nimbus Travel Pillow", "Memory foam neck pillow with a washable cover and a compact carry bag that clips onto luggage."),
    ("Fieldnote A5 Dot Grid Notebook", "A5 notebook with 160 numbered pages of 100 gsm paper, lay-flat binding and an elastic closure."),
    ("Breeze Tower Fan", "Quiet tower fan with three speeds, oscillation and a 12-hour timer. 38 dB on the lowest setting."),
    ("Summit Insulated Bottle 750 ml", "Double-walled stainless steel bottle that keeps drinks cold for 24 hours or hot for 12. Leak-proof lid."),
    ("Orbit Smart Plug (2-pack)", "Wi-Fi smart plugs with energy monitoring and schedules. Works with the major voice assistants."),
]

SEARCHES = [
    ("python asyncio wait_for timeout cancel task", [
        ("asyncio.wait_for — Python documentation", "docs.python.org/3/library/asyncio-task.html", "Wait for the aw awaitable to complete with a timeout. If a timeout occurs, it cancels the task and raises TimeoutError."),
        ("How to cancel an asyncio task after a timeout? - Stack Overflow", "stackoverflow.com/questions/5611", "Use asyncio.wait_for(task, timeout=...). Note that in 3.11+ you can also use the asyncio.timeout() context manager."),
        ("Timeouts in asyncio: a practical guide", "blog.pyladies-hub.dev/asyncio-timeouts", "We compare wait_for, timeout() and shield(), and explain what happens to the underlying task in each case."),
        ("asyncio.timeout() context manager explained", "realpython-notes.net/asyncio-timeout", "Python 3.11 added asyncio.timeout(), which is easier to compose than wait_for for groups of awaits."),
    ]),
    ("how to descale espresso machine vinegar or citric acid", [
        ("Descaling your espresso machine: citric acid vs vinegar", "homebarista-guide.com/descaling", "Most manufacturers recommend citric acid over vinegar, which can leave a smell and may damage rubber seals."),
        ("How often should you descale? | Coffee Q&A", "coffeeqa.org/descale-frequency", "With hard water, every 4-6 weeks; with soft or filtered water, every 3 months is usually enough."),
        ("Descaling instructions (PDF) — user manual", "support.kaffeewerk.de/manuals/ek-200.pdf", "Dissolve 30 g of citric acid in 1 litre of water, fill the tank and run the descaling programme. Rinse twice with clean water."),
    ]),
    ("best lightweight hiking boots 2024 wide feet", [
        ("The 9 best hiking boots for wide feet (tested)", "outdoorgearlab-review.com/wide-boots", "We tested 22 pairs over 600 km. Our top pick for wide feet has a roomy toe box and a wide-fit option in every size."),
        ("Lightweight boots vs trail runners for day hikes", "trailtalk.net/boots-vs-runners", "Trail runners are lighter and dry faster; boots give more ankle support with a heavy pack."),
        ("r/hiking - Wide feet, which boots actually fit?", "reddit.com/r/hiking/comments/1b7x2q", "Several commenters recommend trying brands that publish last widths, and sizing up half a size for long descents."),
        ("Boot fitting guide | Tundra Outdoor Gear", "tundragear.ca/guides/boot-fitting", "Measure both feet in the evening; fit to the larger foot and leave a thumb's width in front of the toes."),
    ]),
    ("postgres vacuum full vs vacuum analyze", [
        ("PostgreSQL: Documentation: VACUUM", "postgresql.org/docs/current/sql-vacuum.html", "VACUUM FULL rewrites the entire contents of the table into a new disk file with no extra space, but requires an ACCESS EXCLUSIVE lock."),
        ("When should I run VACUUM FULL? - DBA Stack Exchange", "dba.stackexchange.com/questions/2113", "Almost never in routine operation; regular autovacuum plus VACUUM ANALYZE after bulk loads is usually enough."),
        ("Understanding table bloat in Postgres", "pgnotes.dev/table-bloat", "Bloat happens when dead tuples aren't reclaimed fast enough. pg_repack can remove it without long locks."),
    ]),
    ("train strike schedule next week", [
        ("Planned rail strikes: what you need to know", "newsdesk-today.com/travel/rail-strikes", "Services will be severely reduced on Tuesday and Thursday. Operators advise travelling only if necessary."),
        ("Live: strike timetable and replacement buses", "transitinfo-live.net/strike", "Check the journey planner on the day; replacement buses run on selected regional lines."),
        ("Ticket refunds during strike days", "railpassenger-rights.org/refunds", "Tickets for affected days can be refunded in full or used on the day before or after."),
    ]),
    ("cheap flights lisbon may", [
        ("Flights to Lisbon from £39 | compare fares", "skyfare-compare.com/lisbon", "Compare fares from 60 airlines. Cheapest month to fly to Lisbon is usually February."),
        ("Lisbon in May: weather, crowds and prices", "travelnotes-europe.com/lisbon-may", "May brings 22 °C days and fewer crowds than summer; book accommodation early for the Santo António festival in June."),
        ("Getting from Lisbon airport to the city", "lisbon-transport-guide.com/airport", "The metro red line connects the airport to the centre in about 20 minutes for under 2 euros."),
    ]),
]

SQL_NOTES = [
    "Customer called about delayed shipment, promised update by Friday.",
    "Renewal discussed; wants quote for 25 seats instead of 20.",
    "Requested invoice copies for Jan-Mar, sent via portal.",
    "Complained about onboarding emails going to spam. Forwarded to deliverability team.",
    "Asked whether API rate limits can be raised for batch imports. Escalated to solutions engineering.",
    "Happy with the new dashboard, mentioned possible expansion to EU team in Q3.",
    "Payment failed twice, card expired. Customer will update billing details.",
    "Wants to move their annual review meeting to June.",
    "Reported that SSO login loops on Safari; ticket opened with support.",
    "Asked for a training session for new hires, proposed two dates.",
    "Contract signed, kickoff scheduled for the 14th.",
    "No response to the last two follow-ups; set reminder for next month.",
    "Confirmed data retention settings (24 months).",
    "Interested in the analytics add-on, sent pricing sheet.",
    "Requested a copy of our SOC 2 report, NDA in progress.",
    "Warehouse contact changed; new contact is the logistics lead.",
]

CSV_COMMENTS = [
    "Setup was quick, but I couldn't find where to change the notification settings.",
    "Love the mobile app. Please add a widget for the home screen!",
    "Support answered within an hour, very helpful.",
    "The price increase was not communicated clearly.",
    "Reports take a long time to load when I pick a full year.",
    "",
    "Would recommend to colleagues.",
    "Export to Excel loses the formatting of dates.",
    "Onboarding videos were too long; a short checklist would be better.",
    "Great product, but SSO should be included in the Team plan.",
    "",
    "Dark mode please.",
    "The calendar sync sometimes duplicates events.",
    "Everything works, no complaints.",
    "Hard to find the invoice download.",
    "Search is much faster since the last update.",
]

LOG_MESSAGES = [
    "Started OrdersService in 4.812 seconds (process running for 5.33)",
    "GET /api/v1/orders?page=2 200 38ms",
    "POST /api/v1/orders 201 112ms",
    "Cache miss for key product:4471:pricing, loading from DB",
    "Scheduled job 'nightly-export' started",
    "Connection pool stats: active=7 idle=13 waiting=0",
    "Retrying request to payments-gateway (attempt 2/3) after 503",
    "Slow query detected (1243 ms): SELECT * FROM invoices WHERE account_id = $1 ORDER BY created_at DESC",
    "User session expired, redirecting to /login",
    "Feature flag 'new-checkout' evaluated to false for tenant t_8841",
    "Webhook delivery succeeded: event=invoice.paid attempt=1",
    "Health check OK (db=up, cache=up, queue=up)",
    "Rate limit exceeded for client ci-runner-07, responding 429",
    "Scheduled job 'nightly-export' finished in 912s, 48211 rows",
    "Email queued: template=order_confirmation locale=en-GB",
    "GET /healthz 200 2ms",
    "Deprecated endpoint /api/v1/legacy-export called by client reporting-tool",
    "Consumer lag on topic order-events: 0",
]

EVENTS = [
    dict(title="Quarterly business review – {company}", location="Meeting room Atlas / video link in invite",
         paras=["Agenda:", "1. Usage and adoption since last quarter", "2. Open support tickets and roadmap items", "3. Renewal timeline", "Please review the shared deck beforehand."]),
    dict(title="Dentist – check-up", location="Pinecrest Dental, 2nd floor",
         paras=["Routine check-up and cleaning.", "Bring insurance card. Arrive 10 minutes early."]),
    dict(title="Sprint planning", location="Online",
         paras=["Sprint goal draft is in the board description.", "Estimates for the top 10 tickets please, before the meeting if possible."]),
    dict(title="Team offsite – day 1", location="Driftwood Hotel, conference room B",
         paras=["09:00 breakfast", "10:00 strategy session", "13:00 lunch", "14:30 workshops in small groups", "19:00 dinner at the harbour"]),
    dict(title="1:1 {name}", location="Coffee corner",
         paras=["Topics: feedback on the migration project, conference budget, next quarter goals."]),
    dict(title="Vendor demo: warehouse scanning app", location="Video call",
         paras=["Demo of the handheld scanning workflow and the integration with our ERP.", "Attendees from ops and IT. Questions list in the shared doc."]),
    dict(title="Parents' evening", location="School hall",
         paras=["Slots are 10 minutes per teacher.", "Maths 18:10, English 18:25, Science 18:40."]),
    dict(title="Interview: {role}", location="Room 4.12",
         paras=["Panel: hiring manager + one engineer.", "Focus on system design; CV and take-home notes are attached to the candidate profile."]),
]

PY_MODULES = [
    dict(name="billing/proration.py",
         doc="Helpers for prorating subscription charges when seats change mid-cycle.",
         body='''from datetime import date
from decimal import Decimal, ROUND_HALF_UP


def days_in_cycle(start: date, end: date) -> int:
    return (end - start).days


def prorate(amount: Decimal, start: date, end: date, change: date) -> Decimal:
    """Return the share of `amount` for the days from `change` to `end`."""
    total = days_in_cycle(start, end)
    if total <= 0:
        raise ValueError("empty billing cycle")
    remaining = (end - change).days
    share = amount * Decimal(remaining) / Decimal(total)
    return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
'''),
    dict(name="etl/normalize_addresses.py",
         doc="Normalise free-text postal addresses before geocoding.",
         body='''import re

_ABBREV = {
    "st": "street",
    "rd": "road",
    "ave": "avenue",
}


def normalise(line: str) -> str:
    line = line.strip().lower()
    line = re.sub(r"\\s+", " ", line)
    words = [_ABBREV.get(w.rstrip("."), w) for w in line.split(" ")]
    return " ".join(words)


def batch(lines):
    for line in lines:
        if line:
            yield normalise(line)
'''),
    dict(name="tools/retry.py",
         doc="Small retry decorator with exponential backoff and jitter.",
         body='''import functools
import random
import time


def retry(times=3, base=0.5, cap=8.0, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except exceptions:
                    if attempt == times - 1:
                        raise
                    delay = min(cap, base * 2 ** attempt)
                    time.sleep(random.uniform(0, delay))
        return wrapper
    return deco
'''),
]

HTTP_NOTIFICATIONS = [
    "Your export 'Q2 revenue by region' is ready to download.",
    "Anna Kowalska commented on 'Warehouse layout v2'.",
    "Scheduled maintenance on Sunday 02:00-04:00 UTC. The API may be briefly unavailable.",
    "Your trial ends in 3 days. Add a payment method to keep your workspace.",
    "Two new members joined the workspace 'Ops EMEA'.",
    "The report 'Weekly churn' failed to refresh: data source timed out.",
    "Invoice for March is available in Billing.",
    "You were mentioned in 'Launch checklist'.",
]
