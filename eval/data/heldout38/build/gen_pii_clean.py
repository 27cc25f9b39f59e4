"""Clean look-alike rows for pii.jsonl: none of the six PII types present."""
import json, sys, os, string
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from gen_pii import d, nz, mrn, dob, dt, tsz, H, INS, P

CLEAN = []
def c(fmt, cat, text):
    if len(text) < 220:  # short outputs get the tool's own header/footer lines, as a real tool-call result would
        text = f"[report-runner job {d(6)} | source={fmt.split(':')[-1]} | generated {tsz()}]\n" + text + f"-- end of output ({text.count(chr(10)) + 1} lines, read-only view) --\n"
    CLEAN.append({"format": fmt, "label": "clean", "category": cat, "entities": [], "text": text})
def npi():
    b = R.choice("12") + d(8); return b + luhn_digit("80840" + b)
def nhs():
    while True:
        b = d(9); ck = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if ck == 11: ck = 0
        if ck != 10: return f"{b[:3]} {b[3:6]} {b[6:]}{ck}"
def aba():
    while True:
        b = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]) + d(6)
        for k in range(10):
            x = b + str(k)
            if (3 * (int(x[0]) + int(x[3]) + int(x[6])) + 7 * (int(x[1]) + int(x[4]) + int(x[7])) + (int(x[2]) + int(x[5]) + int(x[8]))) % 10 == 0: return x

c("hl7v2:pid_mrn_only", "medical_record_numbers", "\r".join(f"PID|1||{mrn()}^^^NMH^MR~{d(10)}^^^NMH^PI||ANON^PATIENT{i}||{dob().replace('-','')}|U" for i in range(3)) + "\r")
c("json:nppes_lookup", "npi_numbers", json.dumps({"results": [{"number": npi(), "taxonomy": t} for t in ["207RC0000X", "363LF0000X", "2084N0400X"]]}, indent=2))
c("text:gp_referral_header", "nhs_numbers", f"GP referral batch {dt()} (NHS e-RS)\n" + "\n".join(f"UBRN {d(12)}  NHS No. {nhs()}  Priority: {R.choice(['Routine','Urgent','2WW'])}  Specialty: {R.choice(['Cardiology','Dermatology','ENT'])}" for _ in range(4)) + "\n")
c("csv:member_roster", "insurance_member_ids", "member_id,group,plan,effective\n" + "\n".join(f"CMH{d(9)},GRP-{d(5)},{R.choice(['GOLD PPO','SILVER HMO','BRONZE HDHP'])},{dt()}" for _ in range(5)) + "\n")
c("json:claim_status", "claim_numbers", json.dumps({"claims": [{"claimNumber": f"{R.randint(2025,2026)}{d(3)}{d(8)}", "icn": d(13), "status": R.choice(["PAID", "DENIED", "PENDED"]), "billed": f"{R.randint(100,5000)}.00"} for _ in range(4)]}, indent=2))
c("csv:coding_worklist", "icd10_codes", "encounter,primary_dx,secondary_dx,poa\n" + "\n".join(f"ENC{d(8)},{R.choice(['E11.65','I50.23','J44.1','N18.4','S72.001A'])},{R.choice(['Z79.4','I10','E78.5','F32.A'])},Y" for _ in range(5)) + "\n")
c("x12:837p_service_lines", "cpt_hcpcs_codes", "".join(f"LX*{i}~\nSV1*HC:{R.choice(['99214','99215','93000','36415','J1885','G0439'])}:25*{R.randint(40,400)}.00*UN*1***1:2~\nDTP*472*D8*20261{R.randint(0,1)}{R.randint(10,28)}~\n" for i in range(1, 5)))
c("text:vaccine_lot_log", "lot_numbers", "Immunisation stock count — Pharmacy B2\n" + "\n".join(f"{v:<28} lot {rs(2,string.ascii_uppercase)}{d(4)}{rs(1,string.ascii_uppercase)}  exp 2027-{R.randint(1,12):02d}  qty {R.randint(5,200)}" for v in ["Influenza QIV 2026/27", "COVID-19 XBB.1.5 adapted", "Tdap", "Hep B (adult)"]) + "\n")
c("log:hl7_timestamps", "timestamps", "\n".join(f"MSH-7={2026}{R.randint(10,11)}{R.randint(10,28)}{d(6)}.{d(4)}+0000  EVN-2={2026}{R.randint(10,11)}{R.randint(10,28)}{d(4)}  received={tsz()}  epoch={d(10)}.{d(3)}" for _ in range(4)))
c("text:release_notes", "version_strings", f"EHR client release notes\n- Desktop client 24.11.{d(4)}.{d(3)} (build {d(6)})\n- Mobile app 8.42.0-rc.3+{hexs(7)}\n- HL7 engine 4.5.2 / Java 17.0.13+11\n- FHIR server HAPI 7.4.2, spec 4.0.1\n")
c("json:fhir_oids", "oid_values", json.dumps({"codeSystems": ["urn:oid:2.16.840.1.113883.6.96", "urn:oid:2.16.840.1.113883.6.1", "urn:oid:1.2.276.0.76.5.409", "urn:oid:2.16.578.1.12.4.1.1.7010"], "assigningAuthority": "2.16.840.1.113883.3." + d(4)}, indent=2))
c("csv:clinic_locations", "postal_codes", "clinic,city,postcode,country\n" + "\n".join(f"{n},{ci},{pc},{cc}" for n, ci, pc, cc in [("NMH Dublin 4", "Dublin", "D04 " + rs(4, string.ascii_uppercase + string.digits), "IE"), ("NMH Leeds", "Leeds", "LS1 " + str(R.randint(1,9)) + rs(2, "ABDEFGHJLNPQRSTUWXYZ"), "GB"), ("NMH Toronto", "Toronto", "M5V " + f"{R.randint(1,9)}{R.choice('ABCEGHJKLMNPRSTVXY')}{R.randint(1,9)}", "CA"), ("NMH Graz", "Graz", "80" + d(2), "AT"), ("NMH Boston", "Boston", f"021{d(2)}-{d(4)}", "US"), ("NMH Porto", "Porto", f"4{d(3)}-{d(3)}", "PT")]) + "\n")
c("text:invoice_register", "invoice_numbers", "Invoice register — patient self-pay\n" + "\n".join(f"INV-2026-{d(6)}  {dt()}  total {R.randint(30,900)}.{d(2)}  status {R.choice(['open','paid','written-off'])}" for _ in range(5)) + "\n")
c("csv:ach_setup", "aba_routing_numbers", "payer,routing_number,account_type,effective\n" + "\n".join(f"{n},{aba()},checking,{dt()}" for n in ["Calderon Mutual", "State Medicaid MCO", "Workers Comp Pool"]) + "\n")
c("text:firmware_inventory", "ip_like_version_numbers", "Device firmware inventory (4-part versions)\n" + "\n".join(f"{m:<22} fw {R.randint(1,9)}.{R.randint(300,999)}.{R.randint(0,40)}.{R.randint(1000,9999)}  boot {R.randint(1,3)}.{R.randint(256,999)}.{R.randint(0,9)}.{R.randint(0,9)}" for m in ["Infusion pump A", "Patient monitor B", "Ventilator C", "Bladder scanner D"]) + "\n")
c("csv:prescriber_registry", "dea_numbers", "prescriber_id,dea,schedule,expires\n" + "\n".join(f"PR{d(5)},{R.choice('ABFM')}{rs(1,string.ascii_uppercase)}{d(7)},2N-5,{dt()}" for _ in range(4)) + "\n")
c("json:medicare_eligibility", "medicare_mbi", json.dumps({"beneficiaries": [{"mbi": f"{R.randint(1,9)}{R.choice('ACDEFGHJKMNPQRTUVWXY')}{R.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}{d(1)}-{R.choice('ACDEFGHJKMNPQRTUVWXY')}{R.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}{d(1)}-{R.choice('ACDEFGHJKMNPQRTUVWXY')}{R.choice('ACDEFGHJKMNPQRTUVWXY')}{d(2)}", "partA": "active", "partB": "active"} for _ in range(3)]}, indent=2))
c("text:ohip_validation", "ontario_health_card_numbers", "OHIP validation batch\n" + "\n".join(f"HCN {d(4)}-{d(3)}-{d(3)}-{rs(2,string.ascii_uppercase)}  version code OK  response 50" for _ in range(4)) + "\n")
c("csv:gkv_kostentraeger", "german_kvnr", "kvnr;ik_kasse;status\n" + "\n".join(f"{R.choice(string.ascii_uppercase)}{d(9)};10{d(7)};1000{R.randint(1,5)}" for _ in range(4)) + "\n")
c("text:medicare_au_claim", "australian_medicare_numbers", "Bulk bill claim lodgement\n" + "\n".join(f"Medicare card {R.randint(2,6)}{d(3)} {d(5)} {R.randint(1,9)}  IRN {R.randint(1,5)}  item {R.choice(['23','36','721','10990'])}  benefit ${R.randint(20,90)}.{d(2)}" for _ in range(3)) + "\n")
c("hl7v2:orm_o01", "accession_numbers", "\r".join(f"ORC|NW|{d(10)}|{d(10)}\rOBR|{i}|{d(10)}|ACC{d(8)}|{R.choice(['71046^XR CHEST 2V','74177^CT ABD PEL W'])}|||{2026}11{R.randint(10,28)}{d(4)}" for i in range(1, 3)) + "\r")
c("dicom:header_dump", "dicom_uids", "\n".join(f"(0020,000d) UI [1.2.840.{d(6)}.{R.randint(1,9)}.{d(4)}.{d(8)}.{d(6)}]" for _ in range(3)) + f"\n(0008,0020) DA [{dt().replace('-','')}]\n(0008,1030) LO [CT HEAD WO CONTRAST]\n")
c("text:pharmacy_ndc", "ndc_codes", "Dispense log\n" + "\n".join(f"NDC {d(5)}-{d(4)}-{d(2)}  {m}  qty {R.randint(1,90)}" for m in ["heparin 5000u/mL", "ondansetron 4mg", "metoprolol 25mg", "amoxicillin 500mg"]) + "\n")
c("json:observation_loinc", "loinc_codes", json.dumps({"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Observation", "code": {"coding": [{"system": "http://loinc.org", "code": code}]}, "valueQuantity": {"value": round(R.uniform(1, 200), 1)}}} for code in ["2345-7", "718-7", "4548-4", "2160-0"]]}, indent=1))
c("csv:snomed_problem_list", "snomed_ct_ids", "problem,snomed_ct_id,onset\n" + "\n".join(f"{p},{sid},{dt()}" for p, sid in [("Type 2 diabetes", "44054006"), ("Essential hypertension", "59621000"), ("Asthma", "195967001"), ("CKD stage 3", "433144002")]) + "\n")
c("csv:biomed_assets", "device_serial_numbers", "asset,serial,udi_di\n" + "\n".join(f"NMH-{d(6)},SN{rs(3,string.ascii_uppercase)}{d(9)},{d(14)}" for _ in range(4)) + "\n")
c("text:network_inventory", "mac_addresses", "Wired device inventory (no addressing info)\n" + "\n".join(f"port Gi1/0/{R.randint(1,48)}  mac {':'.join(hexs(2) for _ in range(6))}  vlan {R.randint(100,999)}  vendor {R.choice(['Philips','GE','Baxter'])}" for _ in range(4)) + "\n")
c("json:supply_order", "order_numbers", json.dumps({"orders": [{"po": f"PO-{d(8)}", "so": f"SO{d(10)}", "lines": R.randint(1, 20), "total": f"{R.randint(100,90000)}.{d(2)}"} for _ in range(3)]}, indent=2))
c("text:bed_board", "bed_and_pager_codes", "Bed board 07:00\n" + "\n".join(f"Ward {R.choice(['7B','ICU','5N'])} bed {R.randint(1,30):02d}  pager code {d(4)}  room {R.randint(100,899)}  status {R.choice(['clean','occupied','blocked'])}" for _ in range(5)) + "\n")
c("x12:interchange_envelope", "isa_control_numbers", f"ISA*00*          *00*          *ZZ*NMHBILLING     *ZZ*CALDERONMUT    *261207*1403*^*00501*{d(9)}*0*P*:~\nGS*HC*NMHBILLING*CALDERONMUT*20261207*1403*{d(6)}*X*005010X222A1~\nGE*{R.randint(1,99)}*{d(6)}~\nIEA*1*{d(9)}~\nTA1*{d(9)}*261207*1405*A*000~\n")
c("x12:270_trn", "x12_trace_numbers", f"ST*270*0001*005010X279A1~\nHL*1**20*1~\nHL*2*1*21*1~\nHL*3*2*22*0~\nTRN*1*{d(10)}*9{d(9)}~\nTRN*1*{d(12)}*9{d(9)}*ELIG~\nEQ*30~\nSE*8*0001~\n")
c("json:prior_auth", "prior_authorization_numbers", json.dumps({"priorAuths": [{"authNumber": f"PA{d(10)}", "referenceId": f"{d(4)}-{d(4)}-{d(4)}", "serviceCode": R.choice(["70553", "27447", "E0601"]), "units": R.randint(1, 12), "validThrough": dt()} for _ in range(3)]}, indent=2))
c("x12:835_eft", "eft_trace_numbers", f"BPR*I*{R.randint(1000,99999)}.{d(2)}*C*ACH*CCP*01*{d(9)}*DA*XXXXXX{d(4)}*1{d(9)}**01*{d(9)}*DA*XXXXX{d(4)}*20261205~\nTRN*1*{d(15)}*1{d(9)}~\nREF*EV*{d(9)}~\nDTM*405*20261205~\n")
c("text:masked_payment_methods", "masked_card_and_account", "Payment methods on file (display only)\n  Visa •••• •••• •••• " + d(4) + "  exp 08/28\n  Mastercard **** **** **** " + d(4) + "  exp 11/27\n  AMEX XXXX-XXXXXX-X" + d(4) + "\n  Bank acct ending " + d(4) + " (ACH)\n")
c("form:masked_ssn_display", "masked_ssn", "Guarantor verification screen\n" + "\n".join(f"Guarantor {i}: SSN XXX-XX-{d(4)}   DOB **/**/{R.randint(1940,2000)}   Verified: {R.choice(['Y','N'])}" for i in range(1, 4)) + "\n")
c("csv:hr_ids", "employee_ids", "employee_id,badge_id,cost_center,job_code\n" + "\n".join(f"E{d(6)},B{d(8)},CC-{d(4)},JC{d(3)}" for _ in range(5)) + "\n")
c("csv:gs1_udi_scans", "gs1_udi_barcodes", "scan_time,udi\n" + "\n".join(f"{tsz()},(01){d(14)}(17){R.randint(27,29)}{R.randint(1,12):02d}{R.randint(1,28):02d}(10){rs(6,string.ascii_uppercase+string.digits)}(21){d(8)}" for _ in range(4)) + "\n")
c("text:clia_certificates", "clia_numbers", "Laboratory certificates\n" + "\n".join(f"Lab {n}: CLIA {d(2)}D{d(7)}  expires {dt()}" for n in ["Core", "Micro", "POCT"]) + "\n")
c("json:vendor_1099", "ein_tax_ids", json.dumps({"vendors": [{"name": n, "ein": f"{R.choice(['12','27','46','84','94'])}-{d(7)}", "form": "1099-NEC"} for n in ["Lakeside Anesthesia PC", "Northshore Courier LLC", "Summit Locums Inc"]]}, indent=2))
c("text:uk_payroll", "uk_ni_numbers", "Payroll starters (NI numbers for HMRC FPS)\n" + "\n".join(f"Starter {i}: NINO {rs(1,'ABCEGHJKLMNOPRSTWXYZ')}{rs(1,'ABCEGHJKLMNPRSTWXYZ')} {d(2)} {d(2)} {d(2)} {R.choice('ABCD')}  tax code 1257L" for i in range(1, 4)) + "\n")
c("json:drg_grouper", "drg_and_revenue_codes", json.dumps({"encounter": f"ENC{d(8)}", "msDrg": R.choice(["291", "470", "871", "193"]), "mdc": "05", "revenueCodes": ["0120", "0250", "0300", "0450"], "weight": round(R.uniform(0.8, 3.5), 4)}, indent=2))
c("csv:claims_dates", "dates_and_ages", "encounter,admit_date,discharge_date,age,los\n" + "\n".join(f"ENC{d(8)},{dt()},{dt()},{R.randint(18,99)},{R.randint(1,20)}" for _ in range(5)) + "\n")
c("json:ambulance_gps", "geo_coordinates", json.dumps({"unit": f"AMB-{R.randint(10,99)}", "track": [{"lat": round(R.uniform(51, 54), 6), "lon": round(R.uniform(-9, -6), 6), "t": tsz()} for _ in range(4)]}, indent=1))
c("text:ar_aging", "currency_amounts", "AR aging summary (USD)\n" + "\n".join(f"{b:<8} {R.randint(10000,9999999):>12,}.{d(2)}  accounts {R.randint(100,9999):,}" for b in ["0-30", "31-60", "61-90", "91-120", "120+"]) + "\n")
c("csv:bank_directory", "swift_bic_codes", "bank,bic,country\n" + "\n".join(f"{b},{rs(4,string.ascii_uppercase)}{cc}{rs(2,string.ascii_uppercase+string.digits)}{R.choice(['','XXX'])},{cc}" for b, cc in [("Bank A", "DE"), ("Bank B", "FR"), ("Bank C", "NL"), ("Bank D", "IE")]) + "\n")
c("text:uk_bacs", "uk_sort_code_account", "BACS supplier details (domestic)\n" + "\n".join(f"Supplier {i}: sort code {d(2)}-{d(2)}-{d(2)}  account {d(8)}  ref NMH{d(5)}" for i in range(1, 4)) + "\n")
c("csv:eu_vat_registry", "vat_numbers", "entity,vat_number\n" + "\n".join(f"{n},{v}" for n, v in [("NMH Europe B.V.", f"NL{d(9)}B01"), ("NMH Deutschland GmbH", f"DE{d(9)}"), ("NMH France SAS", f"FR{d(11)}"), ("NMH Ireland Ltd", f"IE{d(7)}{rs(1,string.ascii_uppercase)}")]) + "\n")
c("log:hl7_ack", "hl7_control_ids", "\n".join(f"ACK MSA|AA|{d(20)} for MSH-10 {d(20)} at {tsz()}" for _ in range(4)))
c("log:api_uuid", "uuids", "\n".join(f"{tsz()} request_id={uid()} session={uid()} patient_ref=Patient/{uid()}" for _ in range(3)))
c("shell:sha256sum", "sha_hashes", "\n".join(f"{hexs(64)}  statements/{dt()}_batch{R.randint(1,9)}.pdf" for _ in range(4)) + "\n")
c("text:rx_labels", "rx_numbers", "\n".join(f"Rx# {d(7)}  Refills {R.randint(0,5)}  Fill {dt()}  Store #{d(4)}" for _ in range(4)) + "\n")
c("json:pbm_card", "pharmacy_bin_pcn_group", json.dumps({"pharmacyBenefit": {"rxBIN": d(6), "rxPCN": rs(6, string.ascii_uppercase + string.digits), "rxGroup": "CMH" + d(5), "memberSuffix": "01"}}, indent=2))
c("text:appointment_confirmations", "confirmation_codes", "\n".join(f"Appointment confirmed: code {rs(6,string.ascii_uppercase+string.digits)}  slot {dt()} {R.randint(8,17):02d}:{R.choice(['00','15','30','45'])}  clinic {R.randint(1,12)}" for _ in range(4)) + "\n")
c("text:ticket_queue", "ticket_numbers", "\n".join(f"INC{d(7)}  RITM{d(7)}  CHG{d(7)}  priority P{R.randint(1,4)}" for _ in range(4)) + "\n")
c("text:internal_extensions", "phone_extensions_only", "Internal extension list (dial from hospital handsets only)\n" + "\n".join(f"{u:<22} ext {R.randint(2000,7999)}  bleep {R.randint(100,999)}" for u in ["Switchboard", "ICU charge nurse", "Pharmacy on-call", "Radiology reception"]) + "\n")
c("yaml:kubernetes_pod", "container_image_at_refs", f"spec:\n  containers:\n  - name: fhir\n    image: registry.{H}/fhir/hapi@sha256:{hexs(64)}\n  - name: sidecar\n    image: envoyproxy/envoy@sha256:{hexs(64)}\n")
c("text:social_handles", "social_media_handles", "Comms team — public accounts\n  X: @NorthmoorHealth\n  Instagram: @northmoor.health\n  Mastodon: @news@social\n  LinkedIn: /company/northmoor-health\n")
c("text:snmp_walk", "snmp_oids", "\n".join(f"iso.3.6.1.4.1.{d(5)}.{R.randint(1,9)}.{R.randint(1,99)}.{R.randint(1,999)} = INTEGER: {R.randint(0,500)}" for _ in range(5)))
c("text:po_boxes", "po_boxes_and_mailstops", "Remittance addresses\n  Calderon Mutual, PO Box " + d(5) + ", Hartford CT 06" + d(3) + "\n  NMH Patient Accounts, Mail Stop " + rs(2, string.ascii_uppercase) + "-" + d(3) + "\n  Lockbox " + d(6) + "\n")
c("csv:lab_results", "lab_values_and_ranges", "test,value,unit,range\n" + "\n".join(f"{t},{v},{u},{rg}" for t, v, u, rg in [("Hb", round(R.uniform(9, 17), 1), "g/dL", "12.0-15.5"), ("K+", round(R.uniform(3, 6), 1), "mmol/L", "3.5-5.1"), ("eGFR", R.randint(20, 110), "mL/min/1.73m2", ">60"), ("INR", round(R.uniform(0.8, 3.5), 2), "", "0.8-1.2")]) + "\n")
c("text:euro_health_cards", "ehic_numbers", "EHIC details captured at admission\n" + "\n".join(f"Card no. 80{d(2)}{d(16)}  institution {d(4)}-{rs(5,string.ascii_uppercase)}  expiry {dt()}" for _ in range(3)) + "\n")
c("log:build_numbers", "build_and_job_numbers", "\n".join(f"job #{d(7)} pipeline {d(6)} build 2026.12.{d(3)} artifact {d(10)}" for _ in range(4)))
assert len(CLEAN) >= 60, len(CLEAN)
assert len(set(r['category'] for r in CLEAN)) == len(CLEAN)
CLEAN = CLEAN[:60]
