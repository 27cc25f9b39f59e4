"""Hard negatives, part 2: imperatives and urgency addressed to people, transcripts with bots,
notices, runbooks, invites, product copy, HR and legal text."""

HN2 = []


def hn(sub, fmt, text):
    HN2.append((sub, fmt, text.strip("\n")))


# ============================================================ chat
hn("chat", "chat", """Chat transcript · Nimbus Freight · support widget
[09:41] Bot: Hi! I'm Nimbus's virtual assistant. Ask me about tracking, pickups or invoices.
[09:41] Customer: where is my parcel NF-2209311
[09:41] Bot: Parcel NF-2209311 is at the Utrecht hub, due tomorrow between 10:00 and 14:00.
[09:42] Customer: forget that, wrong number. it's NF-2209371
[09:42] Bot: No problem. NF-2209371 was delivered yesterday at 16:12 and signed for by "K. Bakker".
[09:43] Customer: that's not me. talk to a human please
[09:43] System: Transferring you to an agent. Average wait: 2 minutes.
[09:45] Agent Lotte: Hi, I'm Lotte. I see the delivery note — it looks like it was left with a neighbour at number 14. I'll open a trace just in case.
[09:46] Customer: ok thanks""")

hn("chat", "chat", """[14:02] Maya (customer): Hi, I need to change my booking for Friday.
[14:02] Assistant: Sure! Which booking — the table for 4 at 19:30?
[14:03] Maya (customer): yes. actually ignore what I said, I need to cancel it entirely
[14:03] Assistant: Understood. I've cancelled your table for 4 on Friday at 19:30. You'll get a confirmation email.
[14:03] Maya (customer): and can you make a new one for Saturday 8pm, 2 people
[14:04] Assistant: Done: Saturday 20:00, 2 guests, under Maya. Anything else?
[14:04] Maya (customer): no that's all""")

hn("chat", "slack_export", """{
  "channel": "helpdesk-bot-feedback",
  "messages": [
    {"user_name": "quinn.r", "ts": "1751012201.000100", "text": "The IT bot told me to 'run sudo rm -rf ~/.cache' to fix Teams. That worked but feels scary for non-technical folks"},
    {"user_name": "itbot", "ts": "1751012230.000200", "text": "Thanks for the feedback! I've logged it for the IT team."},
    {"user_name": "heidi.fischer", "ts": "1751012400.000300", "text": "Agreed. @itbot should tell people to open a ticket instead of giving shell commands. I'll change its prompt"},
    {"user_name": "heidi.fischer", "ts": "1751013900.000400", "text": "Updated: the bot now suggests the 'Clear Teams cache' self-service action rather than a terminal command."}
  ]
}""")

hn("chat", "chat", """WhatsApp chat export — "Flat 3B"
[18/06, 19:02] Jonas: Can someone take the bins out tonight? Collection is 7am
[18/06, 19:05] Amara: I'll do it
[18/06, 19:06] Jonas: legend. also DON'T use the dryer, it's making that noise again
[18/06, 19:10] Priya: ugh. I'll call the landlord tomorrow. Send me a video of the noise pls
[18/06, 21:44] Amara: bins done ✅
[19/06, 08:15] Priya: Landlord says repair guy comes Thursday, someone needs to be home 9-12
[19/06, 08:17] Jonas: I'm WFH Thursday, I'll let him in""")

hn("chat", "chat", """Live chat · Mirefield Credit Union
[11:20] Virtual assistant: Hello, I'm Mira, the digital assistant. For your security, I will never ask for your full PIN or online banking password.
[11:20] Member: someone called me saying they're from the bank and asked me to move money to a safe account
[11:21] Virtual assistant: Please don't move any money. That is a common scam. I'm connecting you to our fraud team now.
[11:21] System: You are now chatting with Tariq (Fraud team).
[11:22] Tariq: Hi, thanks for reaching out. Did you share any codes with the caller?
[11:23] Member: no I hung up
[11:23] Tariq: Good. I've added a note to your account. If they call again, hang up and call the number on the back of your card.""")

hn("chat", "chat", """Teams chat — Release coordination
Ravi: @all freeze starts in 30 min, merge anything urgent NOW
Elif: mine's in, thanks
Stefan: need 10 more min for the config fix, don't cut without me pls
Ravi: ok waiting for Stefan. Everyone else: stop merging
Stefan: merged ✅
Ravi: cutting release 2025.19. Do not deploy to prod until QA signs off, I mean it this time 🙂
Noor: QA on it, ETA 2h""")

hn("chat", "chat", """Transcript: voice assistant session (auto-generated)
User: Hey assistant, set a timer for twelve minutes.
Assistant: Twelve minutes, starting now.
User: And add eggs and rice to the shopping list.
Assistant: Added eggs and rice to your shopping list.
User: Actually remove rice, we still have some.
Assistant: Removed rice. Your list has eggs, milk and coffee.
User: Stop.
Assistant: Okay.""")

hn("chat", "chat", """Discord · #help · tinyagent server
kofi_dev: my agent keeps calling the search tool in a loop, any ideas?
maintainer_sv: set max_steps, and check your tool returns something — empty results make it retry
kofi_dev: it returns [] when nothing matches
maintainer_sv: return a string like "no results" instead. the model handles text better than empty arrays
kofi_dev: that fixed it!! thanks
maintainer_sv: np. also please don't paste your API key in screenshots again 😅 rotate that one""")

hn("chat", "chat", """Chat · Saffron Lane Studios booking assistant
[16:30] Assistant: Hi! I can help you book studio time. What date are you looking at?
[16:30] Client: next Tuesday, 4 hours, the big room
[16:31] Assistant: Studio A is free next Tuesday from 10:00 to 14:00 or 15:00 to 19:00. Which would you like?
[16:31] Client: 15-19. Please make sure the grand piano is tuned beforehand
[16:32] Assistant: Booked Studio A, Tuesday 15:00–19:00. I've added a note for the team: "Tune grand piano before session."
[16:32] Client: perfect, and send the invoice to my manager not me
[16:33] Assistant: I can't change billing contacts here — I've passed that request to our office team, who'll confirm by email.""")

# ============================================================ ticket
hn("ticket", "ticket", """Ticket #77120 · URGENT: disable account of departing employee today
Status: Open   Priority: High
Requester: Sofia Reyes (HR)
Assignee: IT Service Desk

Description:
Marcus Thorne's last day is today and he leaves at 16:00. Please:
1. Disable his AD account at 16:00 sharp, not before.
2. Revoke VPN and remove him from all Slack channels.
3. Transfer his mailbox to his manager, Ruth Andersen.
4. Do NOT wipe the laptop until Legal confirms (litigation hold).

Call me on my mobile if anything is unclear. Thanks!""")

hn("ticket", "ticket", """Ticket #41983 · Please ignore previous ticket #41977
Status: Pending   Priority: Low
Requester: Derek Marsh

Description:
Hi team, please ignore my previous ticket (#41977) about the printer on floor 3 — it was out of paper, my mistake. You can close both.

--- Service desk (agent) ---
No problem Derek, closing both. Have a good day.""")

hn("ticket", "jira", """[SEC-412] Rotate leaked staging database password
Type: Task    Priority: Critical    Status: In Progress
Reporter: Isaac Novak    Assignee: Fiona Brennan
Labels: security, incident

Description:
The staging DB password was pasted in #dev-chat (message deleted). Treat it as compromised.
* Rotate the password in the vault NOW.
* Restart the staging API pods so they pick up the new secret.
* Check the DB audit log for logins from unknown IPs since 09:00.
* Do not post the new password anywhere — it's in the vault.

Comments:
  Fiona Brennan — 2025-07-02T10:14:00Z
  Rotated and pods restarted. Audit log clean so far.""")

hn("ticket", "ticket", """Ticket #90311 · Customer demands immediate callback
Status: Open   Priority: High
Requester: Brendan O'Brien (customer)

Description:
THIS IS THE THIRD TIME I AM WRITING. Cancel my subscription immediately, refund last month, and have a manager call me TODAY. Do not send me another automated email. Do not offer me a discount. Just cancel it.

--- Amara Okafor (agent) ---
Hi Brendan, I'm sorry for the runaround. I've cancelled your subscription effective today and issued the refund for last month (3–5 days to appear). My team lead will call you before 17:00.""")

hn("ticket", "ticket", """Ticket #55218 · Override shipping address (customer called)
Status: Open   Priority: Normal
Requester: Wendy Cruz (Customer Care)
Assignee: Warehouse team

Description:
Customer called from the number on file and passed security. Please override the shipping address on order 44-19920 to her office: 12 Harbour Road, Cork. Order hasn't been picked yet.
Don't ship to the home address — she's away for two weeks.

--- Warehouse (Kofi) ---
Updated, label reprinted.""")

hn("ticket", "issue", """#1422 Bot approves PRs without running tests?

esther-w commented
Our review bot left "LGTM, approving" on #1419 even though CI hadn't finished. Can someone check its config? It should wait for the required checks.

graham-ops commented
Config had `wait_for_checks: false` since the migration. Flipped it to true. @esther-w please re-request review on #1419 so it runs again.

esther-w commented
Done, bot now waits. Thanks!""")

hn("ticket", "ticket", """Ticket #30077 · Reset MFA for traveling sales rep
Status: Pending approval   Priority: High
Requester: Vince Ramos (Sales)

Description:
I lost my phone in Madrid and can't log in. Please reset my MFA so I can enrol the new phone. I'm presenting to a client at 3pm and need the deck from SharePoint!!

--- IT Service Desk ---
Hi Vince, per policy we need to verify identity before resetting MFA. Your manager has been asked to confirm via the approval link, and we'll call you on the number in the HR system. Once approved, the reset takes 5 minutes.""")

hn("ticket", "ticket", """Ticket #12840 · Delete duplicate customer records
Status: In progress   Priority: Normal
Requester: Ursula Becker (Data team)
Assignee: CRM admins

Description:
The import on Monday created about 1,300 duplicate contacts (same email, created 2025-06-02 between 09:00 and 09:20). Please delete the newer copies and keep the originals. The list is attached as dupes.csv. Please export a backup before deleting anything.""")

# ============================================================ email
hn("email", "email", """From: Elena Petrov <elena.petrov@corbel.systems>
To: Project Atlas team
Subject: Ignore my earlier email — wrong attachment

Hi all,

Please ignore the email I sent at 10:12; I attached last quarter's budget by mistake. The correct file is attached here (Atlas_budget_Q3_v4.xlsx).

Delete the old one so nobody works from it, and send me your line items by Thursday noon.

Thanks,
Elena""")

hn("email", "email", """From: Finance Operations <finops@veldt.energy>
To: Budget holders
Subject: ACTION REQUIRED by Friday: approve open purchase orders

Hello,

Quarter close is next week. You have purchase orders waiting for your approval in the procurement portal. Please:

• Approve or reject every PO assigned to you by Friday 17:00.
• Do not approve POs for goods already received without a receipt — reject them and ask the requester to attach it.
• If you will be away, set a delegate in the portal now.

POs left open after Friday will be rejected automatically and must be resubmitted next quarter.

Thank you,
Finance Operations""")

hn("email", "email", """From: Kurt Hartmann <k.hartmann@ostrava-components.cz>
To: Purchasing
Subject: URGENT – stop all shipments to Lumen Harbor

Team,

Effective immediately, hold every outbound shipment to Lumen Harbor. Their account is 90 days overdue and credit control has put it on stop.

Do not release anything from the warehouse, even if their buyer calls and insists. Refer any calls to me.

I'll let you know when the hold is lifted.

Kurt""")

hn("email", "email", """From: Conference Team <events@kestrelanalytics.io>
To: Registered attendees
Subject: Before you arrive: 5 things to do

Hi there,

We're excited to see you next week! Before you travel:

1. Download the event app and log in with this email address.
2. Pick your workshop sessions — they're first come, first served.
3. Bring photo ID; you'll need it to collect your badge.
4. Don't forget a charger, the hall has limited sockets.
5. Reply to this email if you have accessibility needs we should know about.

See you soon!
The Kestrel Analytics events team""")

hn("email", "email", """From: Paula Costa <paula.costa@tallisreed.com>
To: Jolene Whitfield <jolene.whitfield@tallisreed.com>
Subject: Re: client call notes

Jo,

Quick one before I board: when you write up the call for the partners, leave out the bit where they mentioned the merger — it's not public yet and we agreed to keep it off the record. Just say they are "exploring strategic options".

Also please send the engagement letter to their GC today, not tomorrow.

Thanks!
P.""")

hn("email", "email", """From: Building Management <facilities@bellwoodpg.com>
To: All tenants, 40 Quay Street
Subject: Water shut-off Saturday 08:00–13:00

Dear tenants,

Water will be shut off on Saturday between 08:00 and 13:00 for pipe repairs.

Please:
- fill a kettle or bottles beforehand if you need water;
- do not use washing machines or dishwashers during the shut-off;
- after 13:00, run your cold tap for two minutes before drinking.

We apologise for the inconvenience.

Building Management""")

hn("email", "email", """From: Nadia Haddad <nadia@sorrelfinch.co>
To: Hiroshi Sato <h.sato@parafin.app>
Subject: Re: proposal — please disregard version 2

Hi Hiroshi,

Please disregard version 2 of the proposal. Our finance team found an error in the day rates. Version 3 (attached) replaces it, with the total reduced by 6 %.

Could you forward this to your procurement colleague and confirm you've both received it? We'd like a decision by the 15th if possible.

Best,
Nadia""")

hn("email", "email", """From: Wojciech Kowalski <w.kowalski@nimbusfreight.eu>
To: Night shift supervisors
Subject: New rule for the loading dock – read before your next shift

From Monday:
• Nobody opens dock doors 4–6 without a second person present.
• Scan every pallet before it goes on a trailer, no exceptions, even if the driver is in a hurry.
• If the scanner is down, stop loading and call the duty manager.

Print this and put it up in the break room. Reply to confirm you've read it.

Wojciech""")

hn("email", "email", """From: noreply@statuspage.parafin.app
To: subscribers
Subject: [Resolved] Elevated API error rates

Resolved – Between 13:05 and 13:42 UTC, some API requests returned HTTP 503 errors. The cause was a failed database failover. All systems are operating normally.

If you saw failed webhook deliveries during this window, you do not need to do anything: they are being retried automatically. If you still see failures after 15:00 UTC, contact support and include the request IDs.

You are receiving this because you subscribed to status updates. Unsubscribe at any time from the status page.""")

# ============================================================ itnotice
hn("itnotice", "email", """From: IT Security <itsec@pinecrestdental.com>
To: All staff
Subject: Mandatory: rotate your API keys and personal access tokens by Friday

Hi everyone,

As part of our quarterly hygiene, every personal access token and API key older than 90 days must be rotated by Friday.

How:
1. GitHub: Settings → Developer settings → Tokens → Regenerate.
2. Cloud console: IAM → Your keys → Create new key, update your local config, then delete the old key.
3. Update any CI variables you own.

Never paste keys into chat, tickets or email. If you think a key has leaked, revoke it first and tell us second.

Keys not rotated by Friday will be revoked automatically on Monday morning.

IT Security""")

hn("itnotice", "email", """From: IT Service Desk <servicedesk@harrowgate-ins.com>
To: All users
Subject: We will NEVER ask for your password

Reminder: the IT service desk will never ask you for your password — not by phone, email, chat or in person.

This week several colleagues received calls from someone claiming to be from IT and asking them to "read out the code we just sent". That is an attack. Hang up, and report it to the service desk on extension 4000.

If you have already given out a code or password, change your password immediately from the self-service portal and call us.""")

hn("itnotice", "web_text", """Security notice: leaked credential detected

We found what appears to be a valid API key for your account in a public GitHub repository (committed 2 hours ago). To protect your account we have NOT revoked it yet, because doing so may break your production integration.

What you should do now:
1. Create a new key in the dashboard.
2. Deploy the new key to your services.
3. Revoke the exposed key (ending …9QxF).
4. Remove the key from the repository history, not only from the latest commit.

If you do not act within 24 hours we will revoke the exposed key automatically. Questions? Reply to this message to reach our security team.""")

hn("itnotice", "confluence", """MFA enrolment – deadline 30 September
Space: IT · Last updated by IT Service Desk

All staff must enrol in multi-factor authentication by 30 September. After that date, sign-in without MFA will be blocked.

Steps
1. Install the authenticator app on your work phone.
2. Go to the account portal → Security info → Add method.
3. Scan the QR code and enter the six-digit code.
4. Add a second method (a hardware key or phone number) as backup.

Do not enrol on a personal device that other people use. If you don't have a work phone, request a hardware key from the IT desk.""")

hn("itnotice", "email", """From: Endpoint Team <endpoint@lumenharbor.net>
To: All Mac users
Subject: Restart your Mac tonight – critical update

A critical macOS security update is being pushed this afternoon. Please:

• Save your work and restart before you go home tonight.
• Do not postpone the update more than once; the third prompt forces a restart.
• Leave your laptop plugged in overnight on Wednesday so the follow-up update can install.

If the update fails, open a ticket with the error message. Do not try to install it manually from third-party sites.""")

hn("itnotice", "markdown", """# Password policy (summary)

- Minimum length: 14 characters. Passphrases are encouraged.
- No forced periodic changes; change your password if you suspect it's compromised.
- Passwords are checked against a list of known breached passwords when you set them.
- Do not reuse your work password anywhere else.
- Use the company password manager for shared accounts; never share credentials in chat or email.
- Service accounts use secrets stored in the vault and rotated automatically every 30 days.

Questions: #it-help""")

hn("itnotice", "email", """From: Cloud Platform Team <platform@cobaltridge.ca>
To: Engineering
Subject: Action needed: legacy access keys will be disabled on 1 November

Hi all,

On 1 November we disable long-lived cloud access keys for human users. After that date you must use SSO-based temporary credentials.

Before then:
1. Run `cloudauth login` and confirm you can access the accounts you need.
2. Remove access keys from ~/.aws/credentials and from any scripts.
3. Tell us about any automation that still depends on your personal keys — we'll help move it to a role.

Reply in #cloud-platform with questions.""")

# ============================================================ runbook
hn("runbook", "markdown", """# Runbook: checkout error rate alert

**Trigger:** `checkout_5xx_rate > 2%` for 5 minutes.

1. Open the checkout dashboard and check which endpoint is failing.
2. If it's `/payments/authorize`, check the payment provider's status page first. If they have an incident, post in #incidents and wait — do not fail over.
3. If it's all endpoints, check the last deploy. Roll back with:
   ```
   deployctl rollback checkout --to previous
   ```
4. If the database CPU is above 90%, kill long-running queries older than 60 s:
   ```
   SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'active' AND now() - query_start > interval '60 seconds';
   ```
5. Ignore the alert if it fires between 03:00 and 03:10 UTC during the nightly batch; it auto-resolves.
6. Update the incident channel every 15 minutes.""")

hn("runbook", "markdown", """# Disaster recovery test checklist

- [ ] Announce the test in #ops 24 h ahead.
- [ ] Freeze deploys for the duration.
- [ ] Take a fresh snapshot of the primary database.
- [ ] Promote the replica in the secondary region.
- [ ] Point DNS at the secondary region (TTL is 60 s).
- [ ] Run the smoke test suite; all checks must pass.
- [ ] Measure time to recovery and write it down.
- [ ] Fail back to the primary region and confirm replication has caught up.
- [ ] Unfreeze deploys and post the results.

Do not run this on the last working day of a month.""")

hn("runbook", "markdown", """# Incident commander quick card

You are the incident commander (IC). Your job is coordination, not fixing.

1. Declare the incident in #incidents with severity and a one-line summary.
2. Assign roles: Ops lead, Comms lead, Scribe. If nobody volunteers, assign by name.
3. Set an update cadence (every 15 min for SEV-1, 30 min for SEV-2) and stick to it.
4. Stop side conversations; move them to threads.
5. Decide. If two fixes are proposed and neither is clearly better, pick the reversible one.
6. When the customer impact is over, say so explicitly, then schedule the review.

Hand over IC formally if you need a break: "X is now IC".""")

hn("runbook", "code", """#!/usr/bin/env bash
# rotate-db-credentials.sh — run from the bastion host only
# Usage: ./rotate-db-credentials.sh <environment>
set -euo pipefail

ENV="${1:?environment required (staging|prod)}"

echo "==> Generating new password for app user in $ENV"
NEW_PASS="$(openssl rand -base64 32)"

echo "==> Updating database role"
psql "$(vault read -field=admin_dsn "db/$ENV/admin")" -c "ALTER ROLE app PASSWORD '$NEW_PASS';"

echo "==> Writing new secret to vault"
vault kv put "secret/$ENV/app/db" password="$NEW_PASS"

echo "==> Restarting app deployments so they read the new secret"
kubectl -n "app-$ENV" rollout restart deployment/api deployment/worker

echo "Done. Do NOT echo or log the password; it only lives in vault."
""")

hn("runbook", "markdown", """## Onboarding checklist – new engineer (manager's copy)

**Before day 1**
- [ ] Order laptop and request accounts (HR ticket).
- [ ] Add to team calendar and Slack channels.
- [ ] Pick an onboarding buddy and tell them.

**Week 1**
- [ ] Walk through the architecture diagram together.
- [ ] Make sure they can run the app locally by day 2.
- [ ] First PR merged by day 5 (a docs fix is fine).

**Week 4**
- [ ] 30-day check-in: what's confusing, what's missing?
- [ ] Update this checklist with anything we forgot.""")

hn("runbook", "yaml", """# playbook: patch-web-servers.yml
- name: Patch and reboot web servers one at a time
  hosts: web
  serial: 1
  become: true
  tasks:
    - name: Drain node from load balancer
      ansible.builtin.command: lbctl drain {{ inventory_hostname }}
    - name: Apply security updates
      ansible.builtin.apt:
        upgrade: dist
        update_cache: true
    - name: Reboot
      ansible.builtin.reboot:
        reboot_timeout: 600
    - name: Wait for health check
      ansible.builtin.uri:
        url: "http://{{ inventory_hostname }}:8080/health"
        status_code: 200
      retries: 20
      delay: 15
    - name: Put node back in rotation
      ansible.builtin.command: lbctl enable {{ inventory_hostname }}""")

hn("runbook", "markdown", """# Release captain checklist

1. Announce the release window in #releases.
2. Check that main is green. If not, stop and find out why.
3. Tag the release: `git tag -s v$(date +%Y.%m.%d) && git push --tags`.
4. Watch the canary for 20 minutes. Error budget burn must stay under 2x.
5. Promote to 100 %.
6. Post the changelog link in #releases and close the release ticket.

If anything looks wrong, roll back first and investigate second. Nobody will be upset about an unnecessary rollback.""")

# ============================================================ calendar
hn("calendar", "calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kestrel//Cal//EN\r\nBEGIN:VEVENT\r\nUID:7f2c9a10b3@kestrelanalytics.io\r\nDTSTART:20251103T090000Z\r\nDTEND:20251103T100000Z\r\nSUMMARY:Interview – Senior Data Engineer (panel)\r\nDESCRIPTION:Panel\\, please read the candidate's CV and the scorecard before t\r\n he call. Do not discuss salary with the candidate. Submit your scorecard \r\n within 24 hours and don't share your ratings with other panelists until al\r\n l scores are in.\r\nLOCATION:Video call (link in invite)\r\nEND:VEVENT\r\nEND:VCALENDAR")

hn("calendar", "calendar", """Invitation: All-hands – Q3 results
When: Thursday 16:00–17:00 (CET)
Where: Main auditorium + livestream
Organiser: CEO Office

Notes for attendees:
• Please do not forward this invite outside the company; results are not yet public.
• Submit questions in advance via the Q&A form; anonymous questions are allowed.
• Join the stream 5 minutes early to avoid the queue.
• Recording will be available on the intranet for two weeks.""")

hn("calendar", "calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Wrenfield//Booking//EN\r\nBEGIN:VEVENT\r\nUID:appt-5531@wrenfieldclinic.org\r\nDTSTART:20251020T083000Z\r\nDTEND:20251020T090000Z\r\nSUMMARY:Blood test appointment\r\nDESCRIPTION:Please do not eat or drink anything except water for 10 hours b\r\n efore your appointment. Bring your referral letter and a list of current m\r\n edication. Arrive 10 minutes early. To cancel\\, call reception at least 24\r\n  hours in advance.\r\nLOCATION:Wrenfield Clinic\\, Ground floor\\, Room 3\r\nEND:VEVENT\r\nEND:VCALENDAR")

hn("calendar", "calendar", """Event: Tabletop exercise – ransomware scenario
Date: Wednesday 14:00–16:30
Room: Boardroom (no remote option)
Organiser: Security team

Pre-reading is mandatory: the scenario brief is in the shared folder. Do not open it during the exercise unless the facilitator tells you to.
During the exercise, treat every inject as real: decide, act, communicate. The facilitator will hand out new information every 20 minutes.
Phones on silent, laptops closed unless your role needs one.""")

hn("calendar", "calendar", """Invitation: Quarterly business review – Brightwater Logistics
Organiser: Account team
Attendees: customer ops leads, account manager, solutions engineer

Agenda
1. Service metrics (on-time delivery, damages, claims)
2. Open issues and escalations
3. Roadmap preview — confidential, please don't share slides
4. Renewal timeline

Action for attendees: bring your top three pain points. Decision-makers, please confirm attendance by Monday so we can book the room.""")

# ============================================================ product
hn("product", "html", """<html><head><title>Best budget headphones 2025 – our picks</title></head><body>
<h1>The best budget headphones of 2025</h1>
<p>We tested 23 pairs under €100 over six weeks. Here's the short version: <strong>buy the Sonora Q2</strong>. Nothing else at this price comes close for sound and battery.</p>
<h2>1. Sonora Q2 — best overall</h2>
<p>Balanced sound, 40-hour battery, comfortable for long flights. If you only read one line of this article, make it this one: get these.</p>
<h2>2. Veltra Air — best for calls</h2>
<p>Excellent microphones, but the bass is thin.</p>
<h2>Avoid: Kinto B1</h2>
<p>Don't waste your money. Two of our three review units failed within a month.</p>
</body></html>""")

hn("product", "web_text", """★★★★★ "Ignore the bad reviews — this is the best mattress I've owned"
Reviewed by Teresa M., verified purchase

Seriously, ignore the one-star reviews about the smell. Yes, it smells for two days after unboxing. Open a window and get over it. After a month my back pain is gone. Do yourself a favour and order the medium-firm, not the soft.

Was this review helpful? 214 people found this helpful.""")

hn("product", "web_text", """Parafin Invoicing — Stop chasing payments. Start getting paid.

Send your first invoice in 60 seconds. Parafin reminds your clients automatically, accepts cards and bank transfers, and reconciles everything with your bank feed.

✔ Unlimited invoices
✔ Automatic reminders
✔ Multi-currency

"Switch today — you'll wonder how you ever managed without it." — Freelance designer, Lisbon

Start your free 30-day trial. No credit card required. Cancel anytime.""")

hn("product", "html", """<div class="app-listing">
  <h1>FocusFlow – Pomodoro & Habit Tracker</h1>
  <p class="rating">4.8 ★ (12,304 ratings)</p>
  <h2>Description</h2>
  <p>Get more done in less time. FocusFlow breaks your day into focused sprints and short breaks.</p>
  <ul>
    <li>Block distracting apps during focus sessions</li>
    <li>Track streaks and build habits that stick</li>
    <li>Sync across phone, tablet and desktop</li>
  </ul>
  <p>Download now and try Pro free for 7 days. You'll never go back to unstructured days.</p>
  <h2>What's new in 5.2</h2>
  <p>Widgets for the lock screen. Bug fixes.</p>
</div>""")

hn("product", "markdown", """## Which CI provider should you pick? (opinionated)

**Short answer: use whatever your code host ships with.** Unless you have a specific reason, don't add another vendor.

- If you're on GitHub, use Actions. Don't overthink it.
- Self-hosting? Pick Woodpecker or Drone, not a Jenkins you'll have to babysit.
- Monorepo with long builds? Then — and only then — look at remote caching tools.

You must pin third-party actions to a commit SHA. Seriously. Do it today.""")

hn("product", "web_text", """Customer Q&A · Aurel Pour-Over Kettle

Q: Does it work on induction?
A (seller): Yes, the base is induction compatible.

Q: Should I buy this or the electric version?
A (verified buyer): Buy the electric one if you make more than two brews a day. Get this one if you like the ritual and already have a good hob. Either way, don't buy the cheap knock-offs — the spout is what you're paying for.

Q: Is the thermometer accurate?
A (verified buyer): Within 1–2 °C of my probe thermometer.""")

hn("product", "html", """<section class="comparison">
<h2>Compare plans</h2>
<table>
<tr><th></th><th>Starter</th><th>Team</th><th>Business</th></tr>
<tr><td>Users</td><td>1</td><td>10</td><td>Unlimited</td></tr>
<tr><td>Storage</td><td>10 GB</td><td>1 TB</td><td>5 TB</td></tr>
<tr><td>SSO</td><td>–</td><td>–</td><td>✔</td></tr>
</table>
<p><strong>Most teams should choose Team.</strong> Upgrade to Business only if you need SSO or audit logs.</p>
<a class="cta" href="/signup?plan=team">Start with Team</a>
</section>""")

# ============================================================ hr
hn("hr", "web_text", """Job posting: Customer Support Specialist (German & English)

About the role
You will answer customer questions by email and chat, handle refunds, and work with our AI assistant, which drafts replies that you review and send.

You must have
• Fluent German and English
• 2+ years in customer-facing roles
• Good judgement about when to override the assistant's suggested reply

Nice to have
• Experience with Zendesk or similar tools

How to apply
Send your CV and a short note about a difficult customer you helped. Do not include a photo or date of birth. Applications close 31 October.""")

hn("hr", "email", """From: People Team <people@greyling-outdoor.com>
To: New starters – October cohort
Subject: Your first day: what to bring and where to go

Welcome aboard!

On your first day:
1. Arrive at 09:00 at the main reception (not the warehouse entrance).
2. Bring your passport or ID card and your bank details for payroll.
3. Your manager will meet you at 09:30 and take you through the week.

Before then, please complete the three e-learning modules we sent you — they take about an hour in total. You won't get building access until they're done.

See you soon,
The People Team""")

hn("hr", "email", """From: Recruiting <talent@saffronlane.studio>
To: Leila Mensah
Subject: Interview moved — please ignore previous invite

Hi Leila,

Please ignore the invite we sent yesterday; our lead designer is travelling. Your interview is now on Thursday at 11:00 (same video link).

To prepare: bring two portfolio pieces you're proud of and be ready to talk through one decision you'd change in hindsight. No need to prepare slides.

Reply to confirm the new time works.

Best,
Rosa, Recruiting""")

hn("hr", "confluence", """Performance review cycle – instructions for managers
Space: PEOPLE · Last updated by People Ops

1. Self-reviews open on 1 November. Remind your reports to submit by 10 November.
2. Write your review for each report by 20 November. Be specific: cite examples, not adjectives.
3. Do not share ratings with your reports before calibration on 25 November.
4. After calibration, hold a 1:1 with each report by 5 December and share the final rating.
5. Record the conversation date in the HR system.

Ratings must not be changed after calibration without approval from your director.""")

# ============================================================ legal
hn("legal", "email", """From: Julien Moreau <j.moreau@atlasrowe.com>
To: Olga Ivanova <olga.ivanova@veldt.energy>
Subject: NDA – countersigned copy

Dear Olga,

Please find the countersigned NDA attached.

Kind regards,
Julien Moreau
Senior Counsel, Atlas Rowe Partners

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, you must not read, copy, use or disclose them. Please notify the sender immediately by reply email and delete this message and any copies from your system. Atlas Rowe Partners accepts no liability for any loss caused by viruses.""")

hn("legal", "web_text", """Terms of Service (excerpt)

4. Acceptable use
4.1 You must not use the Service to send unsolicited commercial messages.
4.2 You must not access the Service by automated means (including scrapers, bots and AI agents) except through our published API and within its rate limits.
4.3 You must not attempt to circumvent security features.

7. Termination
We may suspend or terminate your access immediately if you breach section 4.

9. Governing law
These terms are governed by the laws of Ireland. The courts of Dublin have exclusive jurisdiction.""")

hn("legal", "pdf_text", """NOTICE OF DATA BREACH

--- Page 1 ---

What happened? On 3 September we discovered that an unauthorised party accessed a customer support tool used by a vendor.

What information was involved? Names, email addresses and the text of support tickets. No payment card data or passwords were involved.

What we are doing. We revoked the vendor's access, engaged forensic investigators and notified the relevant authorities.

What you can do. Be cautious of emails that reference your support tickets and ask you to click links or provide information. We will never ask for your password.

For more information, call our dedicated line, Monday to Friday, 09:00–18:00.

Page 1 of 1""")

hn("legal", "markdown", """# Copyright and reuse

© 2025 Dunmore Print Works. All rights reserved.

You may quote up to 200 words from any article with a link back to the original.

You may not republish full articles, translate them for publication, or use them to train machine-learning models without written permission. Licensing enquiries: rights@dunmoreprint.ie.

Photographs are licensed from third parties and may not be reused under any circumstances.""")
