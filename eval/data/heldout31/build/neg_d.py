from common import NEG
ROWS = [
NEG("software_catalog_entry", "en", "software_catalog_restricted_security_tool", """
Software Catalog – Request Item
Item: Wireshark (x64)
Publisher: Wireshark Foundation   Version: 4.4.2
License: GPL (free)
Approval: RESTRICTED – requires manager approval AND Information Security approval
Deployment: Intune Win32 app "Wireshark-4.4.2-x64" (includes Npcap in WinPcap-compatible mode disabled)
Category: Network & Security Tools

Description shown to requesters:
Network protocol analyser. Can capture all traffic on your network interface, including other people's unencrypted data. Because of this, it is only approved for IT, Network Engineering and approved developers for a specific task.

Before requesting, note:
- Capturing traffic on networks or systems you are not responsible for is prohibited (Acceptable Use Policy, section 6).
- Captures containing credentials or personal data must be deleted after the task and never uploaded to external sites.
- The approval expires after 90 days; the app is then uninstalled automatically.

Approvers: your line manager; Information Security (SOC lead).
Requests last 30 days: 6 (4 approved, 2 rejected)
"""),
]
