"""Clean rows for pii.jsonl: each built around a different look-alike; no PII of the six types."""
import json
from common import *
import pii_values as V

CLEAN = []
def cl(fn): CLEAN.append(fn); return fn
def row(fmt, cat, text): return {"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text}
def sid(): return f"{pick(['S','G','P'])}{rint(2019,2026)}-{digits(6)}"

@cl
def k_student_ids():
    t = "student_id,programme,year,credits_attempted,credits_earned\n" + "\n".join(f"{sid()},{pick(['BSc Physics','MSc AI','BA History'])},{rint(1,4)},{rint(30,60)},{rint(20,60)}" for _ in range(6))
    return row("csv-export", "student_ids", t)

@cl
def k_timestamps():
    t = "\n".join(f"{iso()}  {ts().timestamp():.0f}  {ts().strftime('%d.%m.%Y %H:%M:%S')}  backup-{pick(['home','scratch','projects'])} snapshot ok" for _ in range(6))
    return row("backup-log", "timestamps", "== zfs snapshot report ==\n" + t)

@cl
def k_versions():
    t = f"""$ module avail gcc openmpi cuda 2>&1 | tail -4
   gcc/11.4.0    gcc/12.3.0    gcc/13.2.0 (D)
   openmpi/4.1.6    openmpi/5.0.3 (D)
   cuda/11.8.0    cuda/12.2.2    cuda/12.4.1 (D)
   python/3.10.14    python/3.11.9    python/3.12.4
"""
    return row("lmod-output", "version_strings", t)

@cl
def k_ip_like_versions():
    t = f"""Firmware inventory – lab instrument controllers
model            firmware        bootloader     driver
NMR-600 console  10.4.2.15       2.1.0.7        7.3.1.1002
Orbitrap MS      3.3.250.17      1.9.12.4       2.11.0.3
Confocal LSM     16.2.1.44       4.0.0.9        1.2.3.4567
Cryo-TEM         6.18.2.3        3.3.1.0        5.14.0.2
"""
    return row("fixed-width-table", "ip_like_version_numbers", t)

@cl
def k_oids():
    t = """$ snmpwalk -v3 -l authPriv ... freezer-ups-03 1.3.6.1.2.1.33.1.2
iso.3.6.1.2.1.33.1.2.1.0 = INTEGER: 2
iso.3.6.1.2.1.33.1.2.2.0 = INTEGER: 0
iso.3.6.1.2.1.33.1.2.3.0 = INTEGER: 57
iso.3.6.1.2.1.33.1.2.4.0 = INTEGER: 100
iso.3.6.1.2.1.33.1.2.5.0 = INTEGER: 272
"""
    return row("snmpwalk-output", "snmp_oids", t)

@cl
def k_grant_numbers():
    t = "\n".join(f"{pick(['ERC-2025-STG-','EP/Y0','R01GM','DFG-SFB-','ARC-DP2'])}{digits(6)}  {pick(['active','closing','no-cost extension'])}  budget {rint(100,2000)}k  end {rint(2026,2031)}-{rint(1,12):02d}-30" for _ in range(6))
    return row("grants-report-text", "grant_numbers", "Research Office – awards ending within 5 years\n" + t)

@cl
def k_isbns():
    def isbn13():
        b = "978" + digits(9); s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)); return b + str((10 - s % 10) % 10)
    t = "\n".join(f"{(lambda x: f'{x[:3]}-{x[3]}-{x[4:8]}-{x[8:12]}-{x[12]}')(isbn13())}  {pick(['Introduction to Statistical Learning','Organic Chemistry','Medieval Latin Reader','Fluid Dynamics'])}  copies: {rint(1,12)}" for _ in range(6))
    return row("library-acquisitions-list", "isbns", "Course reserves – Spring 2027\n" + t)

@cl
def k_dois():
    t = json.dumps([{"doi": f"10.{rint(1000,9999)}/{rstr(5, LO)}.{digits(7)}", "type": "journal-article", "year": rint(2018, 2026), "citations": rint(0, 300)} for _ in range(5)], indent=1)
    return row("json-api-response", "dois", t)

@cl
def k_course_codes():
    t = "\n".join(f"{pick(['COMP','MATH','PHYS','HIST','LING','ECON'])}-{rint(1000,4999)}  Sec {rint(1,9):02d}  {pick(['Mon','Tue','Wed','Thu'])} {rint(8,17):02d}:00  Room {pick('ABCDE')}-{rint(100,499)}  cap {rint(20,300)}" for _ in range(7))
    return row("timetable-text", "course_codes", "Timetable extract – Leeds campus, term 2\n" + t)

@cl
def k_rooms():
    t = "building,room,capacity,av_equipment\n" + "\n".join(f"{pick(['Harcourt','Ostrander','Lindqvist Lab','Sato Hall'])},{pick('ABCDEFG')}{rint(0,4)}.{rint(1,99):02d},{rint(8,400)},{pick(['projector','hybrid-kit','none'])}" for _ in range(7))
    return row("csv-export", "room_numbers", t)

@cl
def k_postal():
    t = f"""Campus addresses (for shipping labels)
Freiburg: Albertstraße 21, 79104 Freiburg im Breisgau, DE
Leeds: Woodhouse Lane, Leeds LS2 9JT, UK
Pittsburgh: 5000 Forbes Avenue, Pittsburgh, PA 15213, US
Halifax: 6299 South St, Halifax, NS B3H 4R2, CA
Adelaide: North Terrace, Adelaide SA 5005, AU
Pune: Ganeshkhind Road, Pune 411007, IN
Campinas: Rua Monteiro Lobato 80, 13083-862 Campinas-SP, BR
Sendai: 6-3 Aramaki Aza Aoba, Aoba-ku, Sendai 980-8578, JP
"""
    return row("plain-text-list", "postal_codes", t)

@cl
def k_invoices():
    t = "invoice_no;supplier;date;net;vat;total\n" + "\n".join(f"INV-{rint(2025,2026)}-{digits(6)};{pick(['LabSupply GmbH','Cryo Systems Ltd','Bookhouse SA'])};{ts().date()};{rint(100,90000)},00;{rint(10,9000)},00;{rint(100,99000)},00" for _ in range(6))
    return row("csv-semicolon", "invoice_numbers", t)

@cl
def k_slurm_array():
    j = rint(4000000, 9000000)
    t = f"""$ squeue -u $USER -r
             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)
""" + "\n".join(f"       {j}_{i:<5} cpu      bootstrap  svc-sim  R   {rint(0,9)}:{rint(10,59)}:{rint(10,59)}      1 cn{rint(1,240):03d}" for i in range(1, 7)) + f"\n       {j}_[7-500%20] cpu bootstrap svc-sim PD 0:00 1 (JobArrayTaskLimit)\n"
    return row("squeue-output", "slurm_job_arrays", t)

@cl
def k_checksums():
    t = "\n".join(f"{md5()}  {sha1()}  dataset_part{i:02d}.tar" for i in range(5))
    return row("checksum-manifest", "checksums", "# MD5  SHA1  file\n" + t)

@cl
def k_coords():
    t = json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"site": s}, "geometry": {"type": "Point", "coordinates": [round(R.uniform(-180, 180), 6), round(R.uniform(-60, 70), 6)]}} for s in ["weather-mast-1", "soil-probe-7", "river-gauge-2", "tide-logger-4"]]}, indent=1)
    return row("geojson", "coordinates", t)

@cl
def k_tracking():
    t = "\n".join(f"1Z{rstr(6, UP+DG)}{digits(10)}  {pick(['in transit','delivered','label created'])}  {pick(['cryo dewar','reagents','books','server rails'])}" for _ in range(3)) + "\n" + "\n".join(f"JD{digits(18)}  in transit  sample shipment" for _ in range(2)) + "\n" + "\n".join(f"RR{digits(9)}DE  delivered  journal return" for _ in range(2))
    return row("shipping-status-text", "tracking_numbers", "Goods-in tracking board\n" + t)

@cl
def k_orcid():
    def orcid():
        base = digits(15); tot = 0
        for ch in base: tot = (tot + int(ch)) * 2
        r = (12 - tot % 11) % 11; s = base + ("X" if r == 10 else str(r)); return "-".join(s[i:i+4] for i in range(0, 16, 4))
    t = "\n".join(f"<contributor orcid=\"{orcid()}\" role=\"{pick(['author','editor','data-curator'])}\"/>" for _ in range(5))
    return row("xml-fragment", "orcid_ids", "<contributors>\n" + t + "\n</contributors>")

@cl
def k_issn():
    def issn():
        b = digits(7); s = sum(int(c) * (8 - i) for i, c in enumerate(b)); r = (11 - s % 11) % 11
        return f"{b[:4]}-{b[4:]}{'X' if r == 10 else r}"
    t = "title|issn_print|issn_online|licence_end\n" + "\n".join(f"{pick(['J. Appl. Cryo','Ann. Hist. Sci.','Comput. Ling. Rev.','Ocean Dyn. Lett.'])}|{issn()}|{issn()}|{rint(2026,2029)}-12-31" for _ in range(6))
    return row("pipe-delimited", "issns", t)

@cl
def k_call_numbers():
    t = "\n".join(f"{pick(['QA','QC','PN','HB','RC'])}{rint(1,999)}.{pick('ABCDEFGH')}{rint(10,99)} {rint(1990,2026)}  v.{rint(1,5)}  {pick(['Main stacks L3','Science library','Offsite'])}" for _ in range(7))
    return row("catalogue-holdings", "library_call_numbers", "Holdings:\n" + t)

@cl
def k_ean():
    def ean():
        b = "40" + digits(10); s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b)); return b + str((10 - s % 10) % 10)
    t = "\n".join(f"{ean()}  {pick(['Pipette tips 200ul','Nitrile gloves M','Cryo vials 2ml','Lab notebook A4'])}  qty {rint(1,50)}" for _ in range(7))
    return row("stock-list", "ean13_barcodes", "Stores inventory scan\n" + t)

@cl
def k_masked_cards():
    t = "\n".join(f"{ts().date()}  {pick(['VISA','MC','AMEX'])}  **** **** **** {digits(4)}  {rint(10,500)}.00 GBP  {pick(['approved','refunded'])}" for _ in range(6))
    return row("payment-report-text", "masked_card_numbers", "Card payments (masked per PCI DSS)\n" + t)

@cl
def k_masked_ssn():
    t = "\n".join(f"{sid()}  XXX-XX-{digits(4)}  1098-T issued {ts().date()}" for _ in range(6))
    return row("report-text", "masked_ssns", "Tax form mailing status (last four only)\n" + t)

@cl
def k_bic():
    t = "\n".join(f"{pick(['DEUTDEFF','COBADEFF','NWBKGB2L','BARCGB22','CIBCCATT','ANZBAU3M','SBININBB','ITAUBRSP','MHCBJPJT'])}{pick(['','XXX','500'])}  {pick(['correspondent','tuition collection','payroll'])}" for _ in range(7))
    return row("finance-reference-list", "bic_swift_codes", "Treasury – bank identifier codes in use\n" + t)

@cl
def k_isin():
    def isin(cc):
        b = cc + digits(9); s = "".join(str(int(c, 36)) for c in b); tot = 0
        for i, ch in enumerate(reversed(s)):
            x = int(ch) * (2 if i % 2 == 0 else 1); tot += x // 10 + x % 10
        return b + str((10 - tot % 10) % 10)
    t = "\n".join(f"{isin(pick(['US','DE','GB','JP','CA']))}  {pick(['equity','bond','fund'])}  weight {R.uniform(0.1,4):.2f}%" for _ in range(7))
    return row("endowment-holdings-text", "isins", "Endowment portfolio – top holdings\n" + t)

@cl
def k_vat():
    t = "supplier,country,vat_id\n" + "\n".join(f"{pick(['LabSupply','Cryo Systems','Campus Print','Helix Reagents'])} {pick(['GmbH','Ltd','SARL','BV'])},{c},{c}{digits(9 if c != 'NL' else 9)}{'B01' if c == 'NL' else ''}" for c in ["DE", "GB", "FR", "NL", "DE", "GB"])
    return row("csv-export", "vat_ids", t)

@cl
def k_meeting_ids():
    t = f"""Thesis defence – hybrid
Room: Sato Hall 2.14 (Sendai) / Harcourt B3.07 (Leeds)
Zoom meeting ID: {digits(3)} {digits(4)} {digits(4)}
Passcode: {rstr(6, LO + DG)}
Teams conference ID: {digits(3)} {digits(3)} {digits(3)}#
Recording retention: 120 days
"""
    return row("calendar-invite-text", "meeting_ids", t)

@cl
def k_library_barcodes():
    t = "\n".join(f"3{digits(13)}  {pick(['on shelf','on loan','in transit','missing'])}  due {ts().date()}" for _ in range(7))
    return row("circulation-report", "library_item_barcodes", "Item barcode      status\n" + t)

@cl
def k_part_numbers():
    t = "\n".join(f"Cat. no. {digits(3)}-{digits(2)}-{digits(4)}  {pick(['Tris base 1kg','Agarose 500g','DMSO 1L','PBS tablets'])}  EUR {rint(20,400)}.{digits(2)}" for _ in range(6))
    return row("supplier-quote-text", "catalog_part_numbers", "Quotation Q-" + digits(6) + " (reagents)\n" + t)

@cl
def k_mentions():
    t = """```python
@dataclass(frozen=True)
class Booking:
    room: str
    slot: int

@app.route("/bookings")
@login_required
def list_bookings(): ...
```
Review: @k.nakamura @lena.h please check the decorator order; cc @hpc-team
"""
    return row("markdown-code-review", "decorators_and_mentions", t)

@cl
def k_uuids():
    t = "\n".join(f"{uid()}  {pick(['submission','enrolment','grade-change'])}  {pick(['queued','done'])}" for _ in range(7))
    return row("queue-dump", "uuids", "workflow-engine queue snapshot\n" + t)

@cl
def k_cas():
    t = "\n".join(f"{n:<24} CAS {c}" for n, c in [("ethanol", "64-17-5"), ("acetone", "67-64-1"), ("sodium chloride", "7647-14-5"), ("dimethyl sulfoxide", "67-68-5"), ("glycerol", "56-81-5"), ("tris base", "77-86-1"), ("hydrochloric acid", "7647-01-0")])
    return row("chemical-inventory-text", "cas_registry_numbers", "Chemical store B2 – COSHH register\n" + t)

@cl
def k_genbank():
    t = "\n".join(f">{pick(['MN','OQ','PP','NC_'])}{digits(6)}.{rint(1,3)} {pick(['Bacillus subtilis','Arabidopsis thaliana','SARS-CoV-2','Danio rerio'])} partial sequence\n{rstr(60, 'ACGT')}" for _ in range(3))
    return row("fasta", "genbank_accessions", t)

@cl
def k_icd():
    t = "code,description,visits_q3\n" + "\n".join(f"{c},{d},{rint(3,300)}" for c, d in [("J06.9", "Acute upper respiratory infection"), ("F41.1", "Generalized anxiety disorder"), ("S93.401A", "Sprain of ankle"), ("Z23", "Encounter for immunization"), ("R51.9", "Headache, unspecified"), ("K21.9", "GERD without esophagitis")])
    return row("csv-export", "icd10_codes_aggregate", "# clinic aggregate statistics (no patient data)\n" + t)

@cl
def k_ndc():
    t = "\n".join(f"NDC {digits(5)}-{digits(4)}-{digits(2)}  {pick(['ibuprofen 200mg','amoxicillin 500mg','influenza vaccine','cetirizine 10mg'])}  lot {rstr(2, UP)}{digits(5)}  exp {rint(2027,2029)}-{rint(1,12):02d}" for _ in range(6))
    return row("pharmacy-stock-text", "ndc_and_lot_numbers", "Clinic pharmacy stock count\n" + t)

@cl
def k_gl_codes():
    t = "\n".join(f"{digits(4)}-{digits(3)}-{digits(5)}-{digits(2)}  {pick(['Salaries academic','Travel intl','Consumables','Equipment <5k'])}  {R.uniform(-5000, 90000):.2f}" for _ in range(7))
    return row("ledger-extract", "gl_account_codes", "General ledger – cost centre 41730 – period 05\n" + t)

@cl
def k_asset_tags():
    t = "\n".join(f"AST-{digits(6)}  SN {rstr(10, UP+DG)}  {pick(['Dell Latitude 7450','HP Z4 G5','Mac mini M2','Zeiss controller PC'])}  {pick(['Leeds','Pune','Adelaide'])}" for _ in range(7))
    return row("cmdb-export-text", "asset_tags_serials", "CMDB export – hardware\n" + t)

@cl
def k_ticket_numbers():
    t = "\n".join(f"INC{digits(7)}  P{rint(1,4)}  {pick(['Printer offline','Password expired','Wi-Fi slow','VPN drops'])}  {pick(['New','In progress','Resolved'])}  {ts().date()}" for _ in range(7))
    return row("itsm-queue-list", "ticket_numbers", "Queue: Service Desk L1 (anonymised view)\n" + t)

@cl
def k_semver():
    t = json.dumps({"name": "@aldermoor/timetable-widget", "version": "4.12.0", "dependencies": {"react": "^18.3.1", "date-fns": "3.6.0", "zod": "~3.23.8"}, "engines": {"node": ">=20.11.0"}}, indent=2)
    return row("package-json", "semver_ranges", t)

@cl
def k_durations():
    t = "\n".join(f"{pick(['cn','gn','bm'])}{rint(1,240):03d}  uptime {rint(1,400)} days, {rint(0,23)}:{rint(10,59)}  load {R.uniform(0,64):.2f} {R.uniform(0,64):.2f} {R.uniform(0,64):.2f}" for _ in range(7))
    return row("pdsh-output", "uptimes_and_loads", "$ pdsh -w cn[001-240] uptime | sort | head -7\n" + t)

@cl
def k_hex_colors():
    t = ":root {\n" + "\n".join(f"  --ald-{n}: #{HEXs(6)};" for n in ["primary", "secondary", "accent", "bg", "fg", "danger", "success"]) + "\n}\n.btn-primary { background: var(--ald-primary); }\n"
    return row("css", "hex_color_codes", t)

@cl
def k_ports():
    t = "\n".join(f"tcp   LISTEN 0  4096  *:{p}  *:*  users:((\"{n}\",pid={rint(100,99999)},fd={rint(3,40)}))" for p, n in [(22, "sshd"), (443, "nginx"), (6817, "slurmctld"), (6819, "slurmdbd"), (8081, "jupyterhub"), (9100, "node_exporter")])
    return row("ss-output", "listening_ports", "$ ss -ltnp\n" + t)

@cl
def k_semester_gpa():
    t = "term,credits,gpa,standing\n" + "\n".join(f"{y}{s},{rint(12,20)},{R.uniform(2,4):.2f},{pick(['Good','Deans list','Probation'])}" for y in (2024, 2025) for s in ("FA", "SP", "SU"))
    return row("transcript-csv-anonymised", "term_codes_and_gpas", "# anonymised record (no identifiers)\n" + t)

@cl
def k_flight_numbers():
    t = "\n".join(f"{pick(['LH','BA','NH','LA','AI','AC','QF'])}{rint(10,9999)}  {pick(['FRA','LHR','HND','GRU','BOM','YHZ','ADL'])}-{pick(['SDJ','LBA','PIT','VCP','PNQ','FRA'])}  {ts().date()}  PNR {rstr(6, UP)}" for _ in range(6))
    return row("travel-itinerary-text", "flight_numbers_pnrs", "Group travel – exchange cohort (names withheld)\n" + t)

@cl
def k_exchange_rates():
    t = "\n".join(f"EUR/{c}  {R.uniform(0.5, 200):.4f}  {ts().date()}" for c in ["GBP", "USD", "CAD", "AUD", "INR", "BRL", "JPY", "KES"])
    return row("fx-table", "exchange_rates", "Finance – month-end FX rates\n" + t)

@cl
def k_patent():
    t = "\n".join(f"{pick(['EP','US','WO','JP'])} {rint(2,4)}{digits(6)} {pick(['A1','B2','B1'])}  {pick(['Cryo-sample holder','Sparse attention kernel','Soil moisture probe'])}  filed {ts().date()}" for _ in range(6))
    return row("tech-transfer-report", "patent_numbers", "Technology transfer portfolio\n" + t)

@cl
def k_lot_numbers():
    t = "\n".join(f"Lot {rstr(2, UP)}{digits(6)}-{digits(2)}  exp {rint(2027,2030)}-{rint(1,12):02d}  QC pass  CoA {rstr(3, UP)}{digits(7)}" for _ in range(7))
    return row("qc-record-text", "batch_lot_numbers", "Reagent QC log\n" + t)

@cl
def k_booking_refs():
    t = "\n".join(f"Booking {rstr(3, UP)}-{digits(4)}-{rstr(2, UP)}  room {pick('ABC')}{rint(100,399)}  {ts().date()} {rint(8,18):02d}:00-{rint(9,20):02d}:00  {pick(['confirmed','tentative'])}" for _ in range(7))
    return row("room-booking-list", "booking_references", "Space management – bookings next week\n" + t)

@cl
def k_mime():
    b = "----=_Part_" + digits(6) + "_" + digits(10) + "." + digits(13)
    t = f"""Content-Type: multipart/mixed; boundary="{b}"
MIME-Version: 1.0

--{b}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Automated report: 42 theses deposited this week.
--{b}
Content-Type: application/pdf; name="weekly-{digits(8)}.pdf"
Content-Transfer-Encoding: base64

{b64bytes(90)}
--{b}--
"""
    return row("mime-body", "mime_boundaries", t)

@cl
def k_dates_ranges():
    t = "\n".join(f"{pick(['Term 1','Term 2','Exam period','Reading week'])}: {ts().strftime('%d/%m/%Y')} – {ts().strftime('%d/%m/%Y')}" for _ in range(6))
    return row("academic-calendar-text", "date_ranges", "Academic calendar 2026/27 (Adelaide)\n" + t)

@cl
def k_scores():
    t = "candidate_no,paper1,paper2,paper3,total,grade\n" + "\n".join(f"{digits(6)},{rint(20,100)},{rint(20,100)},{rint(20,100)},{rint(100,300)},{pick(['A','B','C','D'])}" for _ in range(7))
    return row("csv-export", "anonymous_candidate_scores", t)

@cl
def k_hashes_sha512():
    import hashlib, os
    t = "\n".join(f"{hashlib.sha512(os.urandom(8)).hexdigest()}  release-{v}.tar.gz" for v in ["2.3.0", "2.3.1"])
    return row("sha512sums", "sha512_digests", t)

@cl
def k_iso_weeks():
    t = "\n".join(f"{rint(2026,2027)}-W{rint(1,52):02d}  {rint(1000,9999)} core-hours  {rint(10,99)}% util" for _ in range(8))
    return row("utilisation-report", "iso_week_numbers", "HPC utilisation by ISO week\n" + t)

@cl
def k_latex():
    t = r"""\begin{table}[h]
\centering
\begin{tabular}{lrrr}
Model & Params (M) & BLEU & Latency (ms)\\ \hline
Base & 110.4 & 27.31 & 12.8\\
Large & 340.2 & 29.05 & 31.6\\
XL & 1,558.0 & 30.47 & 88.1\\
\end{tabular}
\caption{Results on WMT'24 de-en (seed 20261119).}
\end{table}
"""
    return row("latex", "numeric_table", t)

@cl
def k_ipv6_free_network_doc():
    t = """Network design note (no addresses)
- Instrument VLANs are numbered 210-229; each maps to one lab floor.
- Firewall zones: INSTR, RESEARCH, ADMIN, GUEST.
- DNS names follow <instrument>-<nn>.lab.<campus>.aldermoor.example.
- Address plans are kept in NetBox only; do not copy them into tickets.
"""
    return row("design-note-text", "network_terms_without_addresses", t)

@cl
def k_phone_format_doc():
    t = """Style guide: telephone numbers in publications
Write international numbers in E.164 grouping: plus sign, country code, then the national
number without the trunk prefix. Example pattern: +CC NN NNNN NNNN (digits replaced by N).
Use a non-breaking space between groups. Extensions are written as "ext." plus digits.
"""
    return row("style-guide-text", "phone_format_description", t)

@cl
def k_bank_sort_free():
    t = """How to pay your tuition
1. Log in to the student finance portal and open "Make a payment".
2. Choose bank transfer; the portal generates a personal payment reference (format AU-YYYY-NNNNNN).
3. Our receiving account details are shown only inside the portal.
4. Allow 3–5 working days; international transfers may take longer.
"""
    return row("faq-text", "payment_instructions_without_account", t)

@cl
def k_serial_numbers():
    t = "\n".join(f"{pick(['GPU','PSU','DIMM','NVMe'])}  {rstr(4, UP)}{digits(8)}  {pick(['RMA open','ok','replaced'])}  node gn{rint(1,24):02d}" for _ in range(7))
    return row("hardware-rma-list", "hardware_serial_numbers", "Hardware RMA tracker\n" + t)

@cl
def k_crontab():
    t = "\n".join(f"{rint(0,59)} {rint(0,23)} * * {pick(['*','1-5','0'])} /opt/jobs/{n}.sh >> /var/log/{n}.log 2>&1" for n in ["rotate-scratch", "sync-ldap-groups", "report-quota", "purge-tmp", "backup-slurmdb"])
    return row("crontab", "cron_schedules", "# crontab -l (root@slurmctld01)\n" + t)

@cl
def k_sensor_readings():
    t = "time,sensor,temp_c,rh_pct,co2_ppm\n" + "\n".join(f"{iso()},ULT-{rint(1,40):02d},{R.uniform(-82,-68):.1f},{R.uniform(20,60):.1f},{rint(400,1200)}" for _ in range(7))
    return row("csv-export", "sensor_readings", "# freezer telemetry export\n" + t)

@cl
def k_page_ranges():
    t = "\n".join(f"Vol. {rint(1,120)}, No. {rint(1,12)} ({rint(1990,2026)}), pp. {(a:=rint(1,900))}–{a+rint(5,40)}; arXiv:{rint(2001,2611)}.{digits(5)}v{rint(1,4)}" for _ in range(6))
    return row("citation-list", "volume_page_arxiv_ids", "Reading list – Quantitative Methods II\n" + t)
