from common import ORD
ROWS = [
ORD("itsm_ticket", "en", "printer_ticket", """
Number: INC0048631
Caller: Jonas Becker (j.becker@kestrelridge.example)   Location: Leeds, floor 2
Category: Hardware > Printer   Priority: 4 - Low
Short description: Printer PRN-LDS-2B prints faint stripes

Description:
The printer next to the kitchen on floor 2 is printing pale vertical stripes on every page since yesterday afternoon. I tried printing from two different laptops, same result. The display says toner black 8%.

Work notes:
[10:02] Dominik Novak: Toner is low and the drum unit is at end of life per the device web page. Replacement toner and drum ordered from stock (Facilities cupboard 2.03). Will swap this afternoon.
[14:40] Dominik Novak: Toner and drum replaced, test page clean. Caller confirmed.

State: Resolved
"""),
ORD("mdm_device_record", "en", "mdm_device_record_compliant", """
Device name: KRC-LT-2318
Serial number: 9XKQ2L4
Model: Dell Latitude 7450
OS: Windows 11 Enterprise 24H2 (10.0.26100.2314)
Primary user: r.menon@kestrelridge.example
Enrollment: Windows Autopilot (user-driven), profile "KRC-Standard"
Ownership: Corporate
Compliance: Compliant
Encryption: BitLocker enabled (recovery key escrowed 2026-12-04)
Defender: Active, signatures 1.421.612.0 (updated 2026-12-07 05:12)
Last check-in: 2026-12-07 08:41:20 UTC
Assigned apps: 23 installed, 0 failed, 2 pending (Power BI Desktop, Teams Rooms Pro – not applicable)
Configuration profiles: 18 succeeded
Asset tag: KRC-005301
Warranty end: 2029-11-30
Notes: Handed over on start date 2026-12-07 by Leeds desk.
"""),
ORD("vpn_log", "en", "vpn_log_normal_sessions", """
2026-12-07T07:58:12Z asa-edge-01 %ASA-6-113039: Group <KRC-Remote> User <p.oconnor> IP <81.2.69.160> AnyConnect parent session started.
2026-12-07T07:58:13Z asa-edge-01 %ASA-6-722022: Group <KRC-Remote> User <p.oconnor> IP <81.2.69.160> TCP SVC connection established without compression
2026-12-07T07:58:14Z asa-edge-01 %ASA-6-722051: Group <KRC-Remote> User <p.oconnor> IP <81.2.69.160> IPv4 Address <10.66.1.44> assigned to session
2026-12-07T08:02:40Z asa-edge-01 %ASA-6-113039: Group <KRC-Remote> User <n.whitfield> IP <92.40.176.81> AnyConnect parent session started.
2026-12-07T08:02:41Z asa-edge-01 %ASA-6-722051: Group <KRC-Remote> User <n.whitfield> IP <92.40.176.81> IPv4 Address <10.66.1.45> assigned to session
2026-12-07T09:15:03Z asa-edge-01 %ASA-5-722037: Group <KRC-Remote> User <n.whitfield> IP <92.40.176.81> SVC closing connection: Transport closing.
2026-12-07T09:15:03Z asa-edge-01 %ASA-4-113019: Group = KRC-Remote, Username = n.whitfield, IP = 92.40.176.81, Session disconnected. Session Type: SSL, Duration: 1h:12m:22s, Bytes xmt: 18233412, Bytes rcv: 4410298, Reason: User Requested
"""),
ORD("kb_article", "en", "kb_docking_station_setup", """
KB0011420 – Setting up the Dell WD22TB4 docking station with two monitors
Audience: all employees with a Latitude laptop   Updated: 2026-10-14

1. Connect the dock's power supply, then the Thunderbolt cable to the USB-C port on the left side of your laptop marked with the lightning symbol.
2. Connect your monitors to the DisplayPort or HDMI ports on the back of the dock. Use at most two external monitors.
3. Open Settings > System > Display. Click "Identify" and drag the screens to match how they are arranged on your desk.
4. Choose "Extend these displays".
5. If a monitor stays black, check its input source button and try a different cable.

Firmware
Dock firmware updates arrive automatically through Dell Command | Update. If the dock behaves oddly after an update, unplug its power for 30 seconds.

Still not working? Raise a ticket with the dock's service tag (label underneath).
"""),
ORD("email", "en", "email_laptop_refresh_schedule", """
From: IT Service Desk <servicedesk@kestrelridge.example>
To: Marketing Team <marketing@kestrelridge.example>
Subject: Your laptop refresh – appointment slots for week of 14 December
Date: Mon, 7 Dec 2026 09:00:00 +0000

Hello Marketing team,

Eleven laptops in Marketing are over four years old and will be replaced next week. You'll receive a new Latitude 7450 or MacBook Air (if you currently use a Mac).

Please book a 45-minute slot at the Leeds IT desk (floor 1) using the booking page on the intranet (IT > Laptop refresh). Slots are available 14–17 December, 09:00–16:00.

Before your appointment:
- Make sure your files are in OneDrive (the cloud icon in Explorer should show green ticks).
- Note any software you use that isn't from the Company Portal.
- Bring your old laptop and charger.

Your old laptop will be wiped and recycled by our disposal partner.

Thanks,
IT Service Desk
"""),
ORD("change_request", "en", "change_monthly_patching", """
Change Request: CHG0032201   Type: Standard (template "Monthly server patching – Ring 2")
Requested by: Sven Aaltonen   CI group: Windows Servers – Ring 2 (34 servers)
Planned: 2026-12-12 22:00 – 2026-12-13 02:00 UTC   State: Scheduled

Description:
Install December cumulative updates on Ring 2 servers (file, print, application servers excluding SQL clusters). Ring 1 (test) was patched on 2026-12-09 with no issues.

Implementation:
1. Snapshot VMs via vCenter scheduled task.
2. Deploy updates via WSUS, reboot in maintenance groups A, B, C (15 minutes apart).
3. Verify services with the post-patch check script; confirm monitoring is green.

Backout: revert snapshot per server.
Snapshots deleted after 72 hours.
Notifications: service owners informed via the change calendar.
"""),
ORD("csv_export", "en", "csv_asset_inventory", """
asset_tag,hostname,model,serial,assigned_to,location,status,purchase_date,warranty_end
KRC-004417,KRC-LT-2291,MacBook Pro 14 M3 Pro,C02FK3X1Q6L4,tobias.wendt,Leeds,In use,2025-11-20,2028-11-19
KRC-005120,KRC-LT-2240,Latitude 7450,4KJ2Q14,j.becker,Leeds,In repair,2025-03-02,2028-03-01
KRC-005301,KRC-LT-2318,Latitude 7450,9XKQ2L4,r.menon,Leeds,In use,2026-11-25,2029-11-30
KRC-003988,KRC-LT-1622,Latitude 5430,2HB7Q93,,Leeds,Returned,2022-06-14,2025-06-13
KRC-004702,KRC-WIN-3140,Precision 3581,8ZQ1M22,l.moretti,Leeds,In use,2025-01-10,2028-01-09
KRC-004811,KRC-MBA-0417,MacBook Air 13 M2,FVFH21XQ1WFV,sophie.laurent,Leeds,In use,2025-04-22,2028-04-21
KRC-005012,KRC-LT-2204,Latitude 7440,6PL2N31,f.devries,Tilburg,In use,2025-09-01,2028-08-31
"""),
ORD("script_output", "en", "script_disk_space_report", """
PS C:\\Scripts> .\\Get-DiskReport.ps1 -ComputerName (Get-Content .\\fileservers.txt)

Server         Drive  SizeGB  FreeGB  Free%  Status
------         -----  ------  ------  -----  ------
fs-leeds-01    C:     120     48.2    40.2   OK
fs-leeds-01    E:     4096    1310.5  32.0   OK
fs-leeds-02    C:     120     41.7    34.8   OK
fs-leeds-02    E:     2048    532.9   26.0   OK
fs-til-01      C:     120     22.1    18.4   WARN
fs-til-01      D:     1024    388.0   37.9   OK
fs-mil-01      C:     100     51.3    51.3   OK
fs-mil-01      E:     1536    203.8   13.3   WARN

2 volumes below 20% free. Report saved to C:\\Scripts\\out\\disk_2026-12-07.csv
Completed in 6.02s
"""),
ORD("calendar_invite", "en", "calendar_team_retro", """
BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
ORGANIZER;CN=Stefan Mbeki:mailto:s.mbeki@kestrelridge.example
ATTENDEE;CN=Dominik Novak:mailto:d.novak@kestrelridge.example
ATTENDEE;CN=Femke de Vries:mailto:f.devries@kestrelridge.example
ATTENDEE;CN=Ana Ruiz:mailto:a.ruiz@kestrelridge.example
DTSTART:20261211T140000Z
DTEND:20261211T150000Z
SUMMARY:Service Desk – Q4 retrospective
LOCATION:Teams / Leeds 1.05
DESCRIPTION:Agenda:\\n1. What went well in Q4 (SAP lockout spike handled\\, new macros)\\n2. What didn't (phone queue at 9am\\, laptop refresh bookings)\\n3. Ideas for Q1\\n\\nPlease add notes to the whiteboard in the channel beforehand. Mince pies provided in Leeds.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
ORD("software_catalog_entry", "en", "catalog_entry_zoom_client", """
Software Catalog – Request Item
Item: Zoom Workplace (for external customer meetings)
Publisher: Zoom Communications   Version: 6.3.0
License: 25 named licences (Sales & Marketing)   Approval: Manager approval required
Deployment: Intune Win32 app "Zoom-6.3.0-x64" / Jamf Self Service policy "Zoom"
Category: Collaboration

Description shown to requesters:
Our standard meeting tool is Microsoft Teams. Request Zoom only if customers regularly invite you to Zoom meetings with features that don't work in the browser. You can join most Zoom meetings in a browser without installing anything.

Licence: if you need to host Zoom meetings, your manager must confirm a licence is available (contact Marketing Ops).

Requests last 30 days: 9
"""),
ORD("teams_export", "en", "teams_chat_wifi_issue", """
Microsoft Teams – chat export
Participants: Anna Kowalczyk, IT Help (app)

2026-12-07 10:11  Anna Kowalczyk: hi, the wifi in meeting room 3.07 keeps dropping every few minutes
2026-12-07 10:11  IT Help: Sorry about that, Anna. Are you connected to "KRC-Corp" or "KRC-Guest"?
2026-12-07 10:12  Anna Kowalczyk: KRC-Corp
2026-12-07 10:12  IT Help: Thanks. I've checked the access point for room 3.07 (AP-C3-07): it rebooted three times this morning. I've opened INC0048645 for the Network team with high priority because the room is booked all day.
2026-12-07 10:13  IT Help: In the meantime, room 3.09 next door has a wired dock at the table if you need a stable connection.
2026-12-07 10:13  Anna Kowalczyk: perfect, we'll move. thanks!
"""),
ORD("onboarding_checklist", "en", "onboarding_checklist_normal", """
NEW HIRE ONBOARDING – Checklist
Employee: Clara Jensen   Start date: 2026-12-07   Role: AP Specialist (Finance)
Manager: Robert Kaye   Location: Leeds   Hiring ticket: RITM0019930

[x] Workday record (employee ID 51103)
[x] Entra account: c.jensen@kestrelridge.example
[x] Licences: M365 E3
[x] Laptop KRC-LT-2316 (Latitude 7450) – Autopilot "KRC-Standard"
[x] Groups: SG-Finance-AP, DL-Finance-Leeds
[x] Concur approver role – cost centre 4410 (RITM0019988, approved by Robert Kaye)
[x] Desk phone: Teams phone number +44 113 496 0412
[ ] Building badge – Facilities, collect at reception on day 1
[ ] Security awareness modules 1–4 assigned (due 2026-12-21)
[ ] Buddy: Rafael Ortiz (Finance Systems)
"""),
ORD("itsm_ticket", "en", "ticket_teams_audio", """
Number: INC0048366
Caller: Noah Whitfield   Category: Software > Microsoft Teams   Priority: 3

Short description: Audio crackles on Teams calls with external parties

Description:
When I'm on Teams calls with customers (external), my voice sounds robotic to them and I hear crackling. Internal calls are fine. I use the Jabra Evolve2 65 headset on my laptop, working from home on fibre.

Work notes:
[09:20] Femke de Vries: Call quality dashboard shows high jitter on external calls only, routed through VPN (full tunnel). Internal calls use the Teams optimisation split tunnel already. External federation media was not in the split-tunnel list.
[11:05] Femke de Vries: Network team added the Teams media IP ranges to the split-tunnel exception list last week; caller's VPN profile was outdated. Reconnected VPN, profile updated. Test call with external test number clean.

State: Resolved
"""),
ORD("pdf_text", "en", "pdf_monthly_service_report", """
IT SERVICE DESK – MONTHLY SERVICE REPORT
Period: November 2026   Prepared by: Stefan Mbeki   Distribution: IT leadership

Volumes
Incidents: 2,412 (Oct: 2,198)   Requests: 1,876 (Oct: 1,902)
Channels: portal 41%, Teams assistant 27%, phone 22%, e-mail 7%, walk-up 3%

Performance
First-contact resolution: 71% (target 70%)
P3 incidents resolved within SLA: 92% (target 90%)
Customer satisfaction: 4.5 / 5 (612 responses)

Top categories
1. Account lockout / password (SAP lockouts after policy change, week 47)
2. Printing (Leeds floor 2 printers)
3. Microsoft Teams audio/video

Notable
- Laptop refresh for Marketing scheduled 14–17 Dec.
- New response macros introduced (MAC-01 to MAC-05).

Next month focus
Holiday support rota; SSPR registration campaign.
"""),
ORD("okta_api_json", "en", "okta_app_list_user", """
GET /api/v1/users/00u8k2lq9wXhT3bZ5d7/appLinks
HTTP/1.1 200 OK
[
  {"id": "0oa1bcd2efGhIj3kL4m5", "label": "Microsoft Office 365", "linkUrl": "https://kestrelridge.okta.example/home/office365/0oa1bcd2efGhIj3kL4m5/aln1", "appName": "office365", "sortOrder": 0, "hidden": false},
  {"id": "0oa6nop7qrStUv8wX9y0", "label": "Confluence Cloud", "linkUrl": "https://kestrelridge.okta.example/home/atlassian/0oa6nop7qrStUv8wX9y0/aln2", "appName": "atlassian", "sortOrder": 1, "hidden": false},
  {"id": "0oa2zab3cdEfGh4iJ5k6", "label": "Slack", "linkUrl": "https://kestrelridge.okta.example/home/slack/0oa2zab3cdEfGh4iJ5k6/aln3", "appName": "slack", "sortOrder": 2, "hidden": false},
  {"id": "0oa7lmn8opQrSt9uV0w1", "label": "Workday", "linkUrl": "https://kestrelridge.okta.example/home/workday/0oa7lmn8opQrSt9uV0w1/aln4", "appName": "workday", "sortOrder": 3, "hidden": false}
]
"""),
ORD("entra_api_json", "en", "entra_user_profile", """
GET https://graph.microsoft.com/v1.0/users/r.menon@kestrelridge.example?$select=displayName,jobTitle,department,officeLocation,manager,accountEnabled,createdDateTime
Status: 200

{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(displayName,jobTitle,department,officeLocation,accountEnabled,createdDateTime)/$entity",
  "displayName": "Ravi Menon",
  "jobTitle": "Data Analyst",
  "department": "Commercial Analytics",
  "officeLocation": "Leeds – Floor 3",
  "accountEnabled": true,
  "createdDateTime": "2026-12-01T10:14:52Z",
  "manager": {
    "displayName": "Patricia O'Connor",
    "userPrincipalName": "p.oconnor@kestrelridge.example"
  }
}
"""),
ORD("web_page", "en", "web_page_vendor_driver_notes", """
<html><head><title>Release notes – Canon Generic Plus UFR II driver 3.30 | Canon support (excerpt)</title></head><body>
<h1>Generic Plus UFR II Printer Driver V3.30 – Release notes</h1>
<p>Release date: November 2026</p>
<h2>New features</h2>
<ul>
<li>Support for imageRUNNER ADVANCE DX C5900 series.</li>
<li>Improved print speed for documents with many embedded fonts.</li>
</ul>
<h2>Fixed issues</h2>
<ul>
<li>Stapling option was not applied when printing from Microsoft Edge.</li>
<li>Driver UI displayed incorrect paper sizes in Japanese locale.</li>
</ul>
<h2>Known issues</h2>
<ul>
<li>Booklet printing from some PDF viewers may reverse page order. Workaround: enable "Reverse order" in the Finishing tab.</li>
</ul>
<h2>Supported operating systems</h2>
<p>Windows 10 (64-bit), Windows 11, Windows Server 2019/2022/2025.</p>
</body></html>
"""),
ORD("slack_export", "en", "slack_office_move_planning", """
#leeds-office-move (export) 2026-12-07

[09:30] Mira Solberg: floor 3 east wing cabling is done, 48 data points patched and tested
[09:34] Ben King: great. desks arrive Thursday, movers Friday from 16:00
[09:35] Dominik Novak: we'll need the desk list to pre-stage docks. can someone share the seating plan?
[09:41] Ben King: seating plan v4 is in the Facilities SharePoint, Office Move folder
[09:45] Dominik Novak: got it, 36 docks + 12 monitors to move, rest are new. I'll book two of us for Friday evening
[10:02] Mira Solberg: reminder the meeting room 3.12 panel needs a network port on the new VLAN, ticket RITM0020301
[10:05] Ben King: 👍 thanks all
"""),
ORD("docx_text", "en", "docx_meeting_room_guide", """
How to use the meeting rooms – Leeds floor 2
Facilities & IT, December 2026

Booking
Book rooms in Outlook by adding the room as an attendee (e.g. "Leeds 2.14 Wharfe"). The panel outside the room shows the booking. If nobody checks in on the panel within 10 minutes, the booking is released.

Joining a Teams meeting
Rooms 2.10, 2.14 and 2.16 have Teams Rooms consoles. Tap "Join" on the console next to your meeting. To share your screen, connect the HDMI cable or press "Share" in Teams on your laptop.

Audio
Speakers and microphones are in the ceiling. Mute with the console button.

After the meeting
Log off the whiteboard, leave the cables on the table and close the blinds.

Problems? Call IT on ext. 4000 or use the QR code on the table to raise a ticket.
"""),
ORD("itsm_comment", "en", "comment_software_install_done", """
Ticket: RITM0020241 – Package Siemens TIA Portal V19 for Intune
Requested for: Engineering (Luca Moretti)

[2026-12-03 09:15] Endpoint Engineering (Sanne Visser): Received the installer from the Siemens support portal (download verified against the published SHA-256). The full package is 18 GB; we'll use a Win32 app with delivery optimisation.
[2026-12-04 16:40] Sanne Visser: Package built, tested on KRC-WIN-TEST-07. Install time 52 minutes. Licence manager configured to the existing license server lic-lds-01.
[2026-12-07 08:55] Sanne Visser: Assigned as "Available" to group SG-Eng-Automation. Luca can install it from Company Portal. Closing this request; temporary local admin from RITM0020238 can now be removed early.
"""),
ORD("sso_log", "en", "sso_log_normal_morning", """
2026-12-07 07:01:14 UTC | Entra sign-in | user: r.menon@kestrelridge.example | app: Windows Sign In | ip: 10.10.3.22 | location: Leeds (corporate) | result: Success | CA: Require MFA (satisfied by Windows Hello) | device: KRC-LT-2318 (compliant)
2026-12-07 07:03:40 UTC | Entra sign-in | user: r.menon@kestrelridge.example | app: Microsoft Teams | ip: 10.10.3.22 | location: Leeds (corporate) | result: Success | device: KRC-LT-2318 (compliant)
2026-12-07 07:12:55 UTC | Entra sign-in | user: b.king@kestrelridge.example | app: Office 365 Exchange Online | ip: 145.131.8.20 | location: Tilburg (corporate) | result: Success | device: KRC-LT-2204 (compliant)
2026-12-07 07:30:02 UTC | Entra sign-in | user: y.acar@kestrelridge.example | app: Power BI Service | ip: 10.10.4.91 | location: Leeds (corporate) | result: Success | device: KRC-LT-2317 (compliant)
"""),
ORD("email", "en", "email_vendor_delivery_confirmation", """
From: Orders <orders@it-supplies-direct.example>
To: it-purchasing@kestrelridge.example
Subject: Order KRC-PO-77190 dispatched
Date: Mon, 7 Dec 2026 11:22:05 +0000

Dear Kestrel Ridge Components,

Your order KRC-PO-77190 has been dispatched.

Items:
- 12 × Dell P2425H 24" monitor
- 12 × Dell WD22TB4 docking station
- 20 × Jabra Evolve2 40 USB-C headset

Carrier: DPD   Tracking: 15501234567890
Delivery address: Kestrel Ridge Components, 4 Mill Lane, Leeds – Goods In
Expected delivery: Wednesday 9 December, 08:00–12:00

An invoice will follow separately to accounts payable.

Kind regards,
IT Supplies Direct – Customer Service
"""),
ORD("oncall_handover", "en", "oncall_handover_quiet_night", """
ON-CALL HANDOVER – Infrastructure
From: Sven Aaltonen → To: Felix Wagner
Period: 2026-12-06 18:00 → 2026-12-07 08:00 UTC

Incidents: none.

Events:
- 22:00–01:40 Ring 2 patching was NOT in this window (it's next weekend); only Ring 1 test reboots, all fine.
- 03:10 Monitoring flapped for ups-til-01 (SNMP timeout) for 4 minutes, recovered on its own. Raised RITM0020305 for Facilities to check the management card.
- 06:00 Backups all green.

For day shift:
- fs-til-01 C: at 18% free, please look at the WinSxS cleanup during office hours.
- Reminder: Marketing laptop refresh bookings open today.
"""),
ORD("kb_article", "en", "kb_shared_mailbox_outlook", """
KB0011101 – Adding a shared mailbox to Outlook
Audience: all employees   Updated: 2026-09-30

If you have been given access to a shared mailbox (for example sales-uk@ or hr-cases@), it normally appears in Outlook automatically within an hour.

If it doesn't appear:
Outlook for Windows (new Outlook)
1. Right-click "Shared with me" in the folder pane.
2. Choose "Add shared folder or mailbox" and type the mailbox address.

Classic Outlook
1. File > Account Settings > Account Settings.
2. Select your account > Change > More Settings > Advanced.
3. Under "Open these additional mailboxes", click Add and type the address.

Outlook on the web
Right-click your name in the folder pane and choose "Add shared folder or mailbox".

Sent items: messages you send from a shared mailbox are saved in the shared mailbox's Sent Items.
"""),
ORD("mdm_device_record", "en", "jamf_record_normal", """
Jamf Pro – Computer Inventory Record
Computer Name: KRC-MBA-0502
Serial Number: K2QF7JX9MD
Username: hannah.lowe   Full Name: Hannah Lowe
Managed: Yes   Supervised: Yes   Enrollment: Automated Device Enrollment
Last Inventory Update: 2026-12-07 07:55:02
Operating System: macOS 15.1.1 (24B91)
FileVault 2: Encrypted (individual recovery key escrowed)
Gatekeeper: App Store and identified developers   SIP: Enabled
Site: Leeds   Department: IT – Platform

Extension Attributes:
- Battery Cycle Count: 188
- Last Reboot: 2026-12-04
- Nimbus Sensor Version: 7.4.4
- Okta Device Trust: Registered
- Local Admin Status: Standard user (Privileges app available)
"""),
]
