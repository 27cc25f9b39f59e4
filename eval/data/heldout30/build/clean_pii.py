"""Clean rows for pii.jsonl: 60 different kinds of look-alikes, none containing a labelled entity."""
from common import *
from gen_pii import DOM, NET, ORG, iso, de_date, kd

CLEAN = []
def cl(f): CLEAN.append(f); return f

def imei():
    b = pick(['35', '86', '01', '49']) + rdig(12); return b + luhn_digit(b)
def iccid():
    b = '894903' + rdig(12); return b + luhn_digit(b)

@cl
def timestamps():
    return 'application-log', 'timestamps', '\n'.join(f"{iso()} {ts().strftime('%H:%M:%S.%f')[:-3]} job=billing-run-{de_date().replace('.', '')} step={s} elapsed={R.randint(1000, 99999)}ms epoch={R.randint(1780000000, 1790000000)}" for s in ['extract', 'rate', 'tax', 'render', 'sepa-export'])

@cl
def order_tracking():
    return 'shipment-status-table', 'order_and_tracking_numbers', 'Versandstatus Hardware (Router/ONT)\nAuftrag          Sendungsnummer           Status\n' + '\n'.join(f"ORD-2026-{rdig(6)}  {'00340434' + rdig(12)}     {pick(['zugestellt', 'in Zustellung', 'Abholstation'])}" for _ in range(5)) + '\nRetourenlabel: RT' + rdig(10) + 'DE'

@cl
def ticket_numbers():
    return 'ticket-queue-csv', 'ticket_numbers', 'ticket,created,queue,priority,sla_minutes_left\n' + '\n'.join(f"TT-2026-{rdig(6)},{de_date()},{pick(['noc-l2', 'care-l1', 'billing'])},{pick(['P1', 'P2', 'P3'])},{R.randint(-30, 900)}" for _ in range(6))

@cl
def imeis():
    return 'device-inventory-csv', 'imei_numbers', 'device_id;model;imei;imei2;status\n' + '\n'.join(f"D{rdig(6)};{pick(['Galaxy A55', 'iPhone 15', 'Pixel 8a', 'Nokia G42'])};{imei()};{imei()};{pick(['in stock', 'shipped', 'RMA'])}" for _ in range(5)) + '\n# IMEIs carry a Luhn check digit'

@cl
def iccids():
    return 'sim-logistics-report', 'iccid_numbers', 'SIM-Lieferung an Shop Potsdam, Lieferschein LS-' + rdig(8) + '\n' + '\n'.join(f"  Pos {i+1}: ICCID {iccid()}  Profil NW-USIM-4G-v3" for i in range(5))

@cl
def imsis():
    return 'hss-subscriber-dump', 'imsi_numbers', '\n'.join(f"imsi={'26203' + rdig(10)} apn=internet.{NET} ambr_ul=50000 ambr_dl=250000 qci=9 arp=8 roaming={pick(['allowed', 'barred'])}" for _ in range(5))

@cl
def cdr_pseudonymised():
    return 'voice-cdr-csv', 'cdr_without_msisdn', 'start_time,a_party_hash,b_party_hash,duration_s,cell_id,tac,release_cause\n' + '\n'.join(f"{ts().strftime('%Y%m%d%H%M%S')},{rhex(16)},{rhex(16)},{R.randint(1, 2400)},262-03-{R.randint(10000, 99999)}-{R.randint(1, 3)},{R.randint(1000, 9999)},{pick(['16', '17', '31'])}" for _ in range(5)) + '\n# a/b parties pseudonymised with keyed SHA-256 (analytics export)'

@cl
def version_strings():
    return 'software-inventory', 'four_part_version_strings', f"""Device firmware versions (NMS inventory)
olt-std04      MA5800-X7 V100R021C10SPC100  patch 21.10.3.211
cpe-fleet      FRITZ!OS 8.02 (build 7.57.112.101)
jump01         OpenSSH_9.6p1, OpenSSL 3.0.13
win-wfm01      Windows Server 2022, build 10.0.20348.2527
agent          noc-probe 4.12.0.1871
java           17.0.11.9"""

@cl
def oids():
    return 'snmp-mib-listing', 'snmp_oids', """IF-MIB::ifHCInOctets          1.3.6.1.2.1.31.1.1.1.6
IF-MIB::ifHCOutOctets         1.3.6.1.2.1.31.1.1.1.10
IF-MIB::ifOperStatus          1.3.6.1.2.1.2.2.1.8
HUAWEI-XPON-MIB::hwGponOntOpticalDdmRxPower 1.3.6.1.4.1.2011.6.128.1.1.2.51.1.4
JUNIPER-MIB::jnxOperatingCPU  1.3.6.1.4.1.2636.3.1.13.1.8
DOCS-IF-MIB::docsIfSigQSignalNoise 1.3.6.1.2.1.10.127.1.1.4.1.5"""

@cl
def masks():
    return 'ip-plan-table', 'subnet_masks_and_prefixes', """Prefix plan POP Rathenow (network addresses only)
Prefix            Netmask            Wildcard        Use
10.31.0.0/24      255.255.255.0      0.0.0.255       management
10.31.16.0/20     255.255.240.0      0.0.15.255      OLT/ONT mgmt
100.64.0.0/10     255.192.0.0        0.63.255.255    CGNAT pool (shared)
0.0.0.0/0         0.0.0.0            255.255.255.255 default route"""

@cl
def asns():
    return 'peering-db-notes', 'as_numbers', """Upstreams and peers of AS64777 (Nordwelle)
- AS65310 transit #2, 2x100G, committed 40G
- AS64999 IXP route server (RS1/RS2)
- AS64601 regional CDN cache, PNI 10G
Max-prefix: v4 250000 / v6 120000. Bogon ASNs filtered: 0, 23456, 64496-64511, 65535, 4200000000-4294967294."""

@cl
def postal_codes():
    return 'coverage-report', 'postal_codes', 'FTTH coverage by postal code (homes passed / connected)\n' + '\n'.join(f"{z:<9} {c:<26} {R.randint(800, 9000):>6} / {R.randint(100, 4000):>5}" for z, c in [('14712', 'Rathenow'), ('14776', 'Brandenburg an der Havel'), ('21680', 'Stade'), ('26122', 'Oldenburg'), ('9711 AB', 'Groningen'), ('HU1 3DZ', 'Hull')])

def aba():
    b = rdig(8); w = [3, 7, 1, 3, 7, 1, 3, 7]; c = (10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10; return b + str(c)
@cl
def routing_numbers():
    return 'ach-bank-directory', 'aba_routing_numbers', 'Nordwelle Fiber LLC — approved banks for ACH autopay (routing numbers only)\n' + '\n'.join(f"  {aba()}  {n}" for n in ['Green Mountain Community Bank', 'Lake Champlain Savings', 'Northeast Credit Union', 'Valley Federal']) + '\nRouting numbers identify banks, not customers.'

@cl
def masked_cards():
    return 'payment-receipt', 'masked_card_numbers', f"""Zahlungsbeleg Nordwelle Shop Potsdam   {de_date()}
Kartenzahlung girocard/Visa
Karte: **** **** **** {rdig(4)}   Terminal-ID {rdig(8)}   Trace {rdig(6)}
Gesamt: 24,90 EUR   Autorisierung {rdig(6)}
PAN (gekürzt): 4{rdig(5)}******{rdig(4)}
Bitte Beleg aufbewahren."""

@cl
def test_cards():
    return 'qa-test-plan', 'documented_test_cards', """QA checklist — payment page (staging only)
Use the PSP's documented test cards; never real cards:
  - Visa success: 4111 1111 1111 1111, any future expiry, CVC 123
  - Visa 3DS challenge: 4000 0566 5566 5556
  - Mastercard: 5555 5555 5555 4444
  - Amex: 3782 822463 10005
  - Stripe generic: 4242424242424242
Expected: staging shows "Testmodus" banner."""

@cl
def eins():
    return 'vendor-master-data', 'employer_identification_numbers', 'Vendor master (US entity) — tax IDs are business EINs\n' + '\n'.join(f"V{rdig(5)}  {n:<30} EIN {rdig(2)}-{rdig(7)}  W-9 on file" for n in ['Green Mountain Splicing Inc.', 'Lakeside Trenching LLC', 'Northeast Pole Services Corp.', 'Champlain Cable Supply'])

@cl
def creditor_ids():
    return 'sepa-creditor-settings', 'creditor_identifiers_and_bics', """SEPA creditor settings (entity master data)
Creditor identifier (CI):  DE98ZZZ09999999999   (Nordwelle Telekom GmbH)
Creditor identifier (NL):  NL98ZZZ999999990000  (Nordwelle Glasvezel B.V.)
Collection bank BIC:       MARKDEF1100, INGBNL2A
Scheme: CORE, sequence FRST/RCUR, pre-notification 2 days"""

@cl
def invoice_numbers():
    return 'billing-run-summary', 'invoice_and_customer_numbers', f"""Billing run BR-2026-06 finished {iso()}
Invoices created: 48 211 (RE-2026-06-0000001 … RE-2026-06-0048211)
First/last customer: {kd()} / {kd()}
Credit notes: 112 (GS-2026-06-000001 … 000112)
Total net: 2.104.883,17 EUR; VAT 399.927,80 EUR
SEPA file reference: NW-DD-{rdig(8)}, 41 977 transactions"""

@cl
def amounts():
    return 'finance-kpi-json', 'monetary_amounts', json.dumps({'period': '2026-05', 'arpu_eur': 44.87, 'churn_pct': 0.91, 'revenue_eur': {'ftth': 1842233.12, 'dsl': 512390.40, 'mobile': 880114.09}, 'bad_debt_eur': 21408.77, 'ledger_accounts': {'revenue_ftth': '4400100', 'receivables': '1400000'}}, indent=2)

@cl
def eans():
    def ean():
        b = '40' + rdig(10); c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(b)) % 10) % 10; return b + str(c)
    return 'product-catalog-csv', 'ean_barcodes', 'sku;ean;name;price_eur\n' + '\n'.join(f"{s};{ean()};{n};{p}" for s, n, p in [('HW-7590', 'FRITZ!Box 7590 AX', '249,00'), ('HW-ONT-X6', 'Glasfaser-Modem X6', '89,00'), ('HW-REP-3000', 'WLAN-Repeater 3000', '129,00'), ('HW-DECT-C6', 'DECT-Telefon C6', '79,00')])

@cl
def gpon_serials():
    return 'olt-autofind-output', 'ont_serial_numbers', 'MA5800-X7(config)# display ont autofind all\n' + '\n'.join(f"   F/S/P  : 0/{R.randint(1, 16)}/{R.randint(0, 15)}\n   Ont SN : {pick(['48575443', '414C434C', '5A544547'])}{rHEX(8)} ({pick(['HWTC', 'ALCL', 'ZTEG'])}-{rHEX(8)})\n   VendorID : {pick(['HWTC', 'ALCL'])}\n   Ont autofind time : {ts().strftime('%Y-%m-%d %H:%M:%S')}+01:00\n   -----------------------------------" for _ in range(3))

@cl
def macs():
    return 'arp-like-mac-table', 'mac_addresses', 'CPE MAC inventory (ACS)\n' + '\n'.join(f"{':'.join(rHEX(2) for _ in range(6))}  {pick(['AVM', 'Huawei', 'ZTE'])}  last inform {iso()}" for _ in range(5))

@cl
def ipv6():
    p = '2001:db8:' + rhex(4)
    return 'ipv6-neighbor-table', 'ipv6_addresses', f"""bras-rtw01> show ipv6 neighbors | match ae1
{p}::1                     {':'.join(rhex(2) for _ in range(6))} reachable ae1.3101
{p}:{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}  {':'.join(rhex(2) for _ in range(6))} stale ae1.3101
fe80::{rhex(4)}:{rhex(2)}ff:fe{rhex(2)}:{rhex(4)}          {':'.join(rhex(2) for _ in range(6))} reachable ae1.3102
delegated prefix {p}:{rhex(2)}00::/56 to subscriber line 3101-412"""

@cl
def optical_readings():
    return 'optical-power-report', 'measurement_values', 'ONT optical levels olt-old02 0/3\nONT  Rx(dBm)  Tx(dBm)  OLT-Rx(dBm)  Temp(C)  Voltage(V)  Bias(mA)\n' + '\n'.join(f"{i:>3}  {-R.uniform(14, 29):.2f}   {R.uniform(1.5, 3):.2f}     {-R.uniform(16, 30):.2f}       {R.randint(35, 62)}       {R.uniform(3.2, 3.4):.3f}       {R.uniform(8, 16):.3f}" for i in range(1, 7))

@cl
def coordinates():
    return 'geojson', 'geo_coordinates', json.dumps({'type': 'FeatureCollection', 'features': [{'type': 'Feature', 'properties': {'ap': f'AP-RTW-{R.randint(100, 199)}', 'homes': R.randint(8, 64)}, 'geometry': {'type': 'Point', 'coordinates': [round(R.uniform(12.2, 12.5), 6), round(R.uniform(52.5, 52.7), 6)]}} for _ in range(4)]}, indent=1)

@cl
def short_codes():
    return 'ivr-menu-config', 'service_short_codes', """IVR / dialplan short codes (mobile network)
  *100#   Guthaben abfragen (USSD)
  *#06#   IMEI anzeigen (MMI)
  112     Notruf (routed to PSAP, no charge)
  110     Polizei
  116117  ärztlicher Bereitschaftsdienst
  2255    Mailbox-Abfrage (on-net)
  22522   Kundenservice-Kurzwahl (on-net)"""

@cl
def vat_ids():
    return 'b2b-tax-master', 'vat_and_tax_numbers', f"""Company tax identifiers (entity register)
Nordwelle Telekom GmbH     USt-IdNr. DE{rdig(9)}   Steuernummer 046/{rdig(3)}/{rdig(5)}   HRB {rdig(5)} P
Nordwelle Glasvezel B.V.   BTW NL{rdig(9)}B01       KvK {rdig(8)}
Nordwelle Fibre Ltd        VAT GB{rdig(9)}          Company No. {rdig(8)}"""

@cl
def tariff_codes():
    return 'tariff-catalogue-yaml', 'tariff_codes', """tariffs:
  - code: GLAS-500
    down_mbit: 500
    up_mbit: 200
    price_eur: 49.99
    min_term_months: 24
  - code: DSL-100
    down_mbit: 100
    up_mbit: 40
    price_eur: 34.99
  - code: MOBIL-L
    data_gb: 40
    price_eur: 19.99
    roaming_zone: EU"""

@cl
def sort_codes():
    return 'bank-routing-table', 'bank_codes_without_accounts', """Bank routing data used for IBAN validation (no account numbers)
Country  Bank code        BIC            Name
DE       BLZ 100 500 00   BELADEBEXXX    Landesbank Berlin
DE       BLZ 160 500 00   WELADED1PMB    Mittelbrandenburgische Sparkasse
GB       sort 20-00-00    BARCGB22       Barclays (head office)
NL       ABNA             ABNANL2A       ABN AMRO"""

@cl
def sip_sequence():
    return 'rtp-stream-stats', 'rtp_stream_identifiers', 'RTP streams (wireshark stats)\nSSRC        Payload  Packets  Lost  Max Jitter(ms)  Mean Jitter(ms)\n' + '\n'.join(f"0x{rhex(8)}  g711A    {R.randint(1000, 90000):>6}   {R.randint(0, 40):>3}   {R.uniform(1, 40):.2f}           {R.uniform(.2, 8):.2f}" for _ in range(4))

@cl
def cell_ids():
    return 'ran-cell-list', 'cell_identifiers', 'site;ecgi;pci;tac;earfcn;azimuth\n' + '\n'.join(f"RTW{R.randint(100, 199)};262-03-{R.randint(100000, 999999)}-{R.randint(1, 3)};{R.randint(0, 503)};{R.randint(10000, 19999)};{pick([1300, 1444, 3750, 6300])};{R.randint(0, 359)}" for _ in range(5))

@cl
def bin_table():
    return 'bin-range-table', 'card_bin_ranges', """Card BIN routing (first 6-8 digits only)
BIN       Brand        Issuer country  Route
400115    Visa         DE              acquirer-A
516797    Mastercard   NL              acquirer-A
374245    Amex         US              amex-direct
67030000  Maestro      DE              acquirer-B"""

@cl
def masked_ssn():
    return 'crm-identity-check', 'masked_ssn', f"""Identity verification (Nordwelle Fiber LLC)
Customer provided last four of SSN: XXX-XX-{rdig(4)}  -> match
Date of birth: verified (not displayed)
Full SSN is stored tokenised as tok_ssn_{rhex(16)} in the vault.
Agent reminder: never ask for or type the full number."""

@cl
def invalid_ssn_tests():
    return 'unit-test-source', 'ssa_invalid_ssn_patterns', '''def test_rejects_invalid_ssns(validator):
    # SSA never issues these: area 000, 666 or 900-999, group 00, serial 0000
    for bad in ["000-12-3456", "666-45-1234", "912-34-5678", "123-00-4567", "123-45-0000"]:
        assert not validator.is_valid_ssn(bad)
    # famous published number, always rejected
    assert not validator.is_valid_ssn("078-05-1120")'''

@cl
def example_ibans():
    return 'developer-docs-markdown', 'documented_example_ibans', """### IBAN field validation (selfcare API)
Use the standard documentation examples in tests:
- Germany: `DE89 3704 0044 0532 0130 00`
- United Kingdom: `GB82 WEST 1234 5698 7654 32`
- Netherlands: `NL91 ABNA 0417 1643 00`
The API returns `422 invalid_iban` if the mod-97 check fails."""

@cl
def ledger():
    return 'bank-statement-camt-excerpt', 'payment_references_without_accounts', f"""Kontoauszug Sammelgutschrift {de_date()}
Buchungstext: SEPA-Lastschrift Einreichung
Sammler-Referenz: NW-DD-{rdig(8)}   Anzahl 41 977   Betrag 1.921.422,08 EUR
End-to-End-IDs: NW-{rdig(10)} … NW-{rdig(10)}
Mandatsreferenzen: NW-MR-… (siehe Einzelsatzdatei)
Primanota {rdig(4)}   Wertstellung {de_date()}"""

@cl
def if_counters():
    return 'interface-counters', 'interface_counters', f"""cr1-brb01> show interfaces et-0/0/1 statistics | match "bytes|packets|errors"
  Input bytes  :     {R.randint(10**14, 10**15)}          {R.randint(10**9, 10**10)} bps
  Output bytes :     {R.randint(10**14, 10**15)}          {R.randint(10**9, 10**10)} bps
  Input packets:     {R.randint(10**11, 10**12)}             {R.randint(10**5, 10**6)} pps
  Output packets:    {R.randint(10**11, 10**12)}             {R.randint(10**5, 10**6)} pps
  Input errors: 0, Input drops: 12, Framing errors: 0, Runts: 0"""

@cl
def vlans():
    return 'bng-subscriber-vlan-plan', 'vlan_tags', """Access VLAN plan (QinQ)
S-VLAN  C-VLAN range  Service            Region
3101    1-4000        FTTH residential   Rathenow
3102    1-4000        FTTH residential   Brandenburg
3201    100-299       Business L2 VPN    Potsdam
3900    7             IPTV multicast     all"""

@cl
def ssh_git_targets():
    return 'shell-session', 'user_at_host_targets', f"""$ git clone git@gitlab.{DOM}:netops/ansible.git
Cloning into 'ansible'...
$ ssh -J netops@jump01 oxidized@nms01 'systemctl status oxidized --no-pager | head -3'
● oxidized.service - Oxidized - Network Device Configuration Backup Tool
     Active: active (running) since {ts().strftime('%a %Y-%m-%d %H:%M:%S')} CEST; 4 days ago
$ scp backup@nas01:/volume1/netbox/netbox.dump ./"""

@cl
def message_ids():
    return 'mail-queue-log', 'message_ids', '\n'.join(f"{ts().strftime('%b %d %H:%M:%S')} mx01 postfix/cleanup[{R.randint(1000, 9999)}]: {rHEX(10)}: message-id=<{rhex(16)}.{rdig(6)}@mail.{DOM}>" for _ in range(4)) + '\n# recipient addresses are not logged on this relay (privacy setting)'

@cl
def uuids():
    return 'json-api-response', 'uuids', json.dumps({'appointments': [{'id': ruuid(), 'slot': f'2026-07-{R.randint(1, 28):02d}T08:00/12:00', 'technicianId': ruuid(), 'workOrder': f'WO-2026-{rdig(6)}'} for _ in range(3)], 'requestId': ruuid()}, indent=2)

@cl
def date_formats():
    return 'contract-dates-report', 'dates_in_many_formats', f"""Vertragsdaten (ohne Personenbezug)
Vertragsbeginn        01.09.2024
Mindestlaufzeit bis   31.08.2026
Kündigungsfrist       1 Monat zum Monatsende
Nächste Preisanpassung 2026-10-01 (ISO), 10/01/2026 (US), 1 Oct 2026
Letzte Änderung       {ts().strftime('%Y.%m.%d %H:%M:%S')}
Fristende (Unix)      {R.randint(1780000000, 1790000000)}"""

@cl
def legal_refs():
    return 'legal-memo', 'legal_references', """Retention of traffic data — internal memo LC-2026-14
Basis: § 176 TKG (suspended), § 9 TTDSG, Art. 6(1)(c) GDPR; CJEU C-793/19 and C-794/19 of 20.09.2022.
Court file numbers in pending cases: 12 O 4711/25, 6 U 128/26.
Retention for billing CDRs: 6 months after invoice (§ 10 TTDSG); for CGNAT logs: 7 days."""

@cl
def hexdump():
    return 'xxd-output', 'hex_dump', '\n'.join(f"{i*16:08x}: {' '.join(rhex(4) for _ in range(8))}  {rstr(16, string.ascii_letters + '.')}" for i in range(6))

@cl
def latency_stats():
    return 'smokeping-summary', 'latency_statistics', 'Latency POP Rathenow -> core (last 24h)\n' + '\n'.join(f"{t:<14} rtt min/avg/max/mdev = {R.uniform(1, 3):.3f}/{R.uniform(3, 6):.3f}/{R.uniform(6, 40):.3f}/{R.uniform(.1, 2):.3f} ms  loss {R.uniform(0, .5):.2f}%" for t in ['cr1-brb01', 'cr2-brb01', 'bras-rtw01', 'dns-resolver-1'])

@cl
def windows_build():
    return 'crash-report', 'dotted_build_numbers', f"""Faulting application name: WfmAgent.exe, version: 8.4.1.2207, time stamp: 0x{rhex(8)}
Faulting module name: ntdll.dll, version: 10.0.20348.2527, time stamp: 0x{rhex(8)}
Exception code: 0xc0000374
Fault offset: 0x00000000000ff{rhex(3)}
Faulting process id: 0x{rhex(4)}
Report Id: {ruuid()}
Faulting package full name: Nordwelle.Wfm_8.4.1.2207_x64__{rstr(13, string.ascii_lowercase + string.digits)}"""

@cl
def oui():
    return 'oui-registry-excerpt', 'mac_oui_prefixes', """MAC vendor prefixes seen on the access network
3C:A6:2F   AVM GmbH
E0:28:6D   AVM GmbH
48:57:54   Huawei (GPON SN prefix HWTC)
00:04:F2   Polycom
00:0B:82   Grandstream Networks"""

@cl
def area_codes():
    return 'numbering-plan-notes', 'area_codes_only', """Local rate areas served (dialling codes only)
DE: 03381 Brandenburg an der Havel, 03385 Rathenow, 0331 Potsdam, 04141 Stade, 0441 Oldenburg
NL: 050 Groningen, 038 Zwolle, 058 Leeuwarden
UK: 01482 Hull, 01904 York
US (NANP): area codes 802 (Vermont) and 518 (NY border)"""

@cl
def prices():
    return 'price-list-text', 'price_list', """Preisliste Zusatzleistungen (gültig ab 01.07.2026)
Technikereinsatz (je angefangene 15 Min.)    19,50 €
Anfahrtspauschale                            39,00 €
Rufnummernmitnahme                           kostenlos
Rücklastschrift (bei Verschulden)             3,00 €
Papierrechnung pro Monat                      1,50 €
Auslandstarif Zone 3, je Minute               1,29 €"""

@cl
def credit_scores():
    return 'risk-model-report', 'score_distribution', """Credit decision engine v4.2 — score distribution (May 2026, all applicants, aggregated)
band      count   approve%
300-579     412      3.1
580-669    1 988     61.4
670-739    4 210     93.0
740-799    3 051     99.2
800-850      902    100.0
No individual records in this report."""

@cl
def optical_budget():
    return 'splice-plan', 'fibre_and_splice_ids', 'Splice plan AP-STD-044 -> NVt-STD-0112\n' + '\n'.join(f"Cable K{rdig(4)} tube {R.randint(1, 12)} fibre {R.randint(1, 12)} -> splitter SPL-{R.randint(1, 8)}:{R.randint(1, 32)}  loss {R.uniform(.02, .12):.2f} dB  OTDR {R.uniform(.5, 9):.3f} km" for _ in range(5))

@cl
def counters_json():
    return 'prometheus-query-json', 'metric_samples', json.dumps({'status': 'success', 'data': {'resultType': 'vector', 'result': [{'metric': {'__name__': 'radius_auth_total', 'result': r, 'instance': 'radius01:9812'}, 'value': [R.randint(1780000000, 1790000000) + .123, str(R.randint(1000, 9999999))]} for r in ['accept', 'reject', 'timeout']]}}, indent=1)

@cl
def account_ids_long():
    return 'sap-fi-export', 'long_numeric_ids', 'BUKRS;BELNR;GJAHR;KUNNR;VBELN;WRBTR\n' + '\n'.join(f"NW01;{rdig(10)};2026;{rdig(10)};{rdig(10)};{R.randint(10, 999)},{R.randint(10, 99)}" for _ in range(5))

@cl
def bandwidth_numbers():
    return 'capacity-planning-csv', 'capacity_figures', 'link,capacity_bps,p95_bps,util_pct\n' + '\n'.join(f"{l},{c},{int(c * R.uniform(.3, .9))},{R.uniform(30, 90):.1f}" for l, c in [('cr1-brb01:et-0/0/1', 100000000000), ('cr1-brb01:et-0/0/2', 100000000000), ('agg-rtw01:xe-0/1/0', 10000000000), ('agg-std03:xe-0/1/1', 10000000000)])

@cl
def snmp_trap_oids():
    return 'snmp-trap-log', 'trap_varbinds', '\n'.join(f"{iso()} snmptrapd: TRAP2 {pick(['IF-MIB::linkDown', 'IF-MIB::linkUp'])} sysUpTime=(({R.randint(10**7, 10**9)})) ifIndex.{R.randint(500, 600)}={R.randint(500, 600)} ifDescr=\"xe-0/1/{R.randint(0, 3)}\" ifAdminStatus=1 ifOperStatus={R.randint(1, 2)} source=agg-rtw01" for _ in range(4))

@cl
def lotto_like_reference():
    return 'sms-template-config', 'template_placeholders', """sms_templates:
  appointment: "Ihr Techniker kommt am {{date}} zwischen {{from}} und {{to}} Uhr. Ändern: {{short_link}}"
  outage: "Störung in {{area}} behoben. Ticket {{ticket_id}}."
  otp: "Ihr Bestätigungscode: {{code}} (gültig 10 Min.)"
sender_id: "Nordwelle"
recipient_field: "{{customer.mobile}}"
reply_to_field: "{{customer.email}}\""""

@cl
def ptp_clock():
    return 'ptp-status-output', 'clock_identities', f"""cr1-pdm01#show ptp clock running
                         PTP Boundary Clock [Domain 24] [Profile: g8275.1]
         State          Ports          Pkts sent      Pkts rcvd      Redundancy Mode
         PHASE_ALIGNED  3              {R.randint(10**6, 10**7)}        {R.randint(10**6, 10**7)}        Hot standby
Clock Identity: 0x{rHEX(4)}:{rHEX(4)}:{rHEX(4)}:{rHEX(4)}
Parent Clock Identity: 0x{rHEX(4)}:{rHEX(4)}:{rHEX(4)}:{rHEX(4)}   steps removed 1
Offset from master: {R.randint(-40, 40)} ns   Mean path delay: {R.randint(1000, 9000)} ns"""

@cl
def hashed_emails():
    return 'ad-audience-export', 'hashed_identifiers', 'Customer-match upload (SHA-256 normalised, no raw contact data)\nhashed_email,hashed_phone,segment\n' + '\n'.join(f"{rhex(64)},{rhex(64)},{pick(['ftth-upsell', 'mobile-winback'])}" for _ in range(4))

@cl
def calling_codes():
    return 'roaming-zone-table', 'country_calling_codes', """Roaming zones (country calling codes, no subscriber numbers)
Zone EU:  +31 NL, +32 BE, +33 FR, +34 ES, +39 IT, +43 AT, +45 DK, +46 SE, +48 PL, +49 DE, +353 IE
Zone 2:   +41 CH, +44 GB (post-Brexit surcharge), +47 NO
Zone 3:   +1 US/CA, +61 AU, +81 JP
Dial prefix for international calls from DE: 00; national trunk prefix: 0"""

@cl
def payment_tokens():
    return 'psp-webhook-json', 'payment_tokens', json.dumps({'type': 'payment_method.attached', 'data': {'object': {'id': 'pm_' + rstr(24), 'type': 'sepa_debit', 'sepa_debit': {'bank_code': '16050000', 'country': 'DE', 'fingerprint': rstr(16), 'last4': rdig(4)}, 'customer': 'cus_' + rstr(14)}}, 'recurringDetailReference': rdig(16), 'networkTxReference': rdig(15)}, indent=2)
