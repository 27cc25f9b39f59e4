"""Clean look-alike templates for pii.jsonl: each returns (format, category, text) and contains none of the six types."""
import json
from common import *
from pii_values import person, d, dn

def nm(cc=None): return " ".join(person(cc)[1:])
def nino(): return R.choice("ABCEGHJKLMNOPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + d(6) + R.choice("ABCD")
def bsn():
    while True:
        x = dn(8); s = sum(int(c) * w for c, w in zip(x, range(9, 1, -1)))
        for last in range(10):
            if (s - last) % 11 == 0: return x + str(last)
def pesel():
    b = f"{R.randrange(50, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + d(4)
    s = sum(int(c) * w for c, w in zip(b, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return b + str((10 - s % 10) % 10)
def personnummer():
    b = f"{R.randrange(50, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + d(3)
    full = luhn_complete(b)
    return f"{full[:6]}-{full[6:]}"
def ahv():
    b = "756" + d(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    full = b + str((10 - s % 10) % 10)
    return f"{full[:3]}.{full[3:7]}.{full[7:11]}.{full[11:]}"
def cpf():
    b = [int(c) for c in d(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(b, range(n, 1, -1))); r = (s * 10) % 11; b.append(0 if r == 10 else r)
    s = "".join(map(str, b)); return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
def za_id():
    b = f"{R.randrange(60, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + d(4) + "08"
    return luhn_complete(b)
def tfn():
    while True:
        x = d(9)
        if sum(int(c) * w for c, w in zip(x, [1, 4, 3, 7, 5, 8, 6, 9, 10])) % 11 == 0: return f"{x[:3]} {x[3:6]} {x[6:]}"
def dni():
    n = R.randrange(10**7, 10**8); return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
def nir():
    b = f"{R.choice('12')}{R.randrange(60, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 96):02d}{d(3)}{d(3)}"
    k = 97 - int(b) % 97
    return f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {k:02d}"
def ppsn():
    x = d(7); s = sum(int(c) * w for c, w in zip(x, range(8, 1, -1))) + 9 * 1  # second letter 'A' = 1
    return x + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + "A"
def nric():
    x = d(7); s = sum(int(c) * w for c, w in zip(x, [2, 7, 6, 5, 4, 3, 2]))
    return "S" + x + "JZIHGFEDCBA"[s % 11]
def be_nrn():
    b = f"{R.randrange(60, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}{R.randrange(1, 998):03d}"
    k = 97 - int(b) % 97
    return f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{k:02d}"
def pan(): return rs(3, string.ascii_uppercase) + "P" + R.choice(string.ascii_uppercase) + d(4) + R.choice(string.ascii_uppercase)
def steuer_id(): return dn(2) + " " + d(3) + " " + d(3) + " " + d(3)
def cf(): return rs(6, "BCDFGLMNPRSTVZ") + d(2) + R.choice("ABCDEHLMPRST") + f"{R.randrange(1, 72):02d}" + R.choice("ABCDEFGHLMZ") + d(3) + R.choice(string.ascii_uppercase)
def curp(): return rs(4, string.ascii_uppercase) + f"{R.randrange(60, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + R.choice("HM") + R.choice(["DF", "JC", "NL", "MC"]) + rs(3, "BCDFGHJKLMNPRSTVXZ") + R.choice("0A") + d(1)
def rfc(): return rs(4, string.ascii_uppercase) + f"{R.randrange(60, 99)}{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}" + rs(3, string.ascii_uppercase + string.digits)
def ird(): return f"{R.randrange(10, 150)}-{d(3)}-{d(3)}"
def ph_tin(): return f"{d(3)}-{d(3)}-{d(3)}-{'000'}"
def imei(): return luhn_complete("35" + d(12))
def iccid(): return luhn_complete("8935" + d(14))
def aba():
    while True:
        x = R.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "21", "22", "26", "31"]) + d(6)
        for c in "0123456789":
            y = x + c
            if (3 * (int(y[0]) + int(y[3]) + int(y[6])) + 7 * (int(y[1]) + int(y[4]) + int(y[7])) + (int(y[2]) + int(y[5]) + int(y[8]))) % 10 == 0:
                return y
def rf_ref():
    ref = rs(R.randrange(8, 15), string.ascii_uppercase + string.digits)
    num = "".join(str(int(c, 36)) for c in ref + "RF00")
    return f"RF{98 - int(num) % 97:02d}{ref}"
def lei():
    b = rs(4, string.digits + string.ascii_uppercase) + "00" + rs(12, string.ascii_uppercase + string.digits)
    num = "".join(str(int(c, 36)) for c in b + "00")
    return b + f"{98 - int(num) % 97:02d}"
def isbn13():
    b = "978" + d(9); s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b)); return b + str((10 - s % 10) % 10)
def ean13():
    b = dn(12); s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b)); return b + str((10 - s % 10) % 10)
def nhs():
    while True:
        b = dn(9); s = sum(int(c) * w for c, w in zip(b, range(10, 1, -1))); k = 11 - s % 11
        if k == 11: k = 0
        if k != 10: x = b + str(k); return f"{x[:3]} {x[3:6]} {x[6:]}"

def C(fmt, cat, text): return fmt, cat, text

CLEAN_FNS = [
 lambda: C("psql_table_output", "uk_nino", "paye=> SELECT emp_ref, surname, nino, tax_code FROM p11d_staging LIMIT 4;\n emp_ref  | surname    |   nino    | tax_code\n----------+------------+-----------+----------\n" + "\n".join(f" {d(3)}/{rs(5, string.ascii_uppercase + string.digits)} | {person('GB')[2]:<10} | {nino()} | {R.randrange(1000, 1300)}L" for _ in range(4)) + "\n(4 rows)\n"),
 lambda: C("elster_xml_fragment", "german_steuer_id", f"<Nutzdaten>\n  <Anmeldungssteuern art=\"LStA\" version=\"2026\">\n    <Steuerfall><Unternehmer><Bezeichnung>Schäfer Logistik GmbH</Bezeichnung></Unternehmer>\n      <Arbeitnehmer><Name>{nm('DE')}</Name><IdNr>{steuer_id().replace(' ', '')}</IdNr><Steuerklasse>1</Steuerklasse></Arbeitnehmer>\n      <Arbeitnehmer><Name>{nm('DE')}</Name><IdNr>{steuer_id().replace(' ', '')}</IdNr><Steuerklasse>4</Steuerklasse></Arbeitnehmer>\n    </Steuerfall>\n  </Anmeldungssteuern>\n</Nutzdaten>\n"),
 lambda: C("csv_export", "indian_pan", "claimant,pan,assessment_year,tds_claimed_inr\n" + "\n".join(f"\"{nm('IN')}\",{pan()},2025-26,{R.randrange(10000, 400000)}" for _ in range(4)) + "\n"),
 lambda: C("case_note_text", "french_nir", f"Note dossier {R.randrange(10**6, 10**7)} - travailleur frontalier\nL'intéressé(e) {nm('FR')} a fourni une attestation de la CPAM. Numéro de sécurité sociale (NIR) : {nir()}.\nVérification croisée avec l'attestation A1 n° A1-FR-{R.randrange(10**7, 10**8)} : conforme. Aucun contact supplémentaire requis.\n"),
 lambda: C("json_api_response", "spanish_dni_nie", json.dumps({"solicitante": nm("ES"), "dni": dni(), "conyuge": {"nombre": nm("ES"), "nie": R.choice("XYZ") + d(7) + R.choice("TRWAGMYFPDXBNJZSQVHLCKE")}, "provincia": "Madrid", "ejercicio": 2025, "modelo": "Modelo 100 - declaración conjunta"}, ensure_ascii=False, indent=2)),
 lambda: C("xml_case_export", "italian_codice_fiscale", f"<lavoratore>\n  <nominativo>{nm('IT')}</nominativo>\n  <codiceFiscale>{cf()}</codiceFiscale>\n  <datoreDiLavoro>Marchetti Costruzioni S.r.l.</datoreDiLavoro>\n  <periodo dal=\"2025-01-01\" al=\"2025-12-31\"/>\n  <reddito valuta=\"EUR\">{R.randrange(20000, 80000)}.00</reddito>\n</lavoratore>\n"),
 lambda: C("log_lines", "dutch_bsn", "\n".join(f"{rts().strftime('%Y-%m-%d %H:%M:%S')} INFO  BsnMatcher - matched frontier worker bsn={bsn()} to employer loonheffingennummer {d(9)}L0{R.randrange(1, 9)}" for _ in range(3)) + "\n"),
 lambda: C("pdf_text_extract", "belgian_national_number", f"ATTESTATION DE RÉSIDENCE FISCALE / FISCAAL WOONPLAATSATTEST\nNom / Naam: {nm('BE')}\nNuméro de registre national / Rijksregisternummer: {be_nrn()}\nAdresse: Rue de la Loi 87, 1040 Etterbeek\nExercice d'imposition 2026 - revenus 2025\nDélivré le {rdate().strftime('%d/%m/%Y')} - Service public fédéral Finances (document fictif)\n"),
 lambda: C("csv_export", "polish_pesel", "imie_nazwisko;pesel;nip_pracodawcy;okres\n" + "\n".join(f"{nm('PL')};{pesel()};{d(3)}-{d(3)}-{d(2)}-{d(2)};2025-{R.randrange(1, 13):02d}" for _ in range(4)) + "\n"),
 lambda: C("yaml_record", "swedish_personnummer", f"taxpayer:\n  name: {nm('SE')}\n  personnummer: \"{personnummer()}\"\n  kommun: Malmö\n  commuter_route: Malmö-København\n  a1_certificate: A1-SE-{R.randrange(10**6, 10**7)}\n  decision: approved\n"),
 lambda: C("sql_result_text", "swiss_ahv_number", "SELECT name, ahv_nr, kanton FROM grenzgaenger WHERE kanton IN ('BS','GE');\n" + "\n".join(f"{nm('CH'):<28} {ahv()}  {R.choice(['BS', 'GE'])}" for _ in range(4)) + "\n4 rows selected.\n"),
 lambda: C("json_api_response", "mexican_curp_rfc", json.dumps({"contribuyente": nm("MX"), "curp": curp(), "rfc": rfc(), "regimen": "Sueldos y salarios", "ejercicio": 2025, "domicilioFiscal": "Av. Insurgentes Sur 1602, Benito Juárez", "observaciones": "Constancia de situación fiscal adjunta; sin adeudos registrados."}, ensure_ascii=False, indent=2)),
 lambda: C("case_note_text", "brazilian_cpf", f"Anotação do caso {R.randrange(10**6, 10**7)}: o requerente {nm('BR')} (CPF {cpf()}) apresentou comprovante de rendimentos da empresa. Dependente: {nm('BR')}, CPF {cpf()}. Acordo previdenciário Brasil-Portugal aplicável.\n"),
 lambda: C("ocr_form_text", "south_african_id_number", f"--- OCR (confidence 0.88) ---\nSARS TAX CLEARANCE (fictional copy)\nTaxpayer: {nm('ZA')}\nIdentity number: {za_id()}\nIncome tax reference: {R.choice('0123')}{d(9)}\nStatus: COMPLIANT   Valid until {rdate(2026, 2027).strftime('%d %B %Y')}\n"),
 lambda: C("helpdesk_ticket_text", "aadhaar_number", f"Ticket INC-{R.randrange(10**6, 10**7)}\nUser uploaded an identity document for the treaty claim. OCR picked up Aadhaar {R.choice('23456789')}{d(3)} {d(4)} {d(4)} which must NOT be stored - masked in DMS as XXXX XXXX {d(4)}.\nAction: purge original upload, keep masked copy. Assigned to Records Management.\n"),
 lambda: C("csv_export", "philippine_tin", "payee,tin,rdo,category\n" + "\n".join(f"\"{nm('PH')}\",{ph_tin()},{R.randrange(1, 130):03d},OFW remittance" for _ in range(4)) + "\n"),
 lambda: C("form_field_dump", "australian_tfn", f"field[applicant_name] = {nm('AU')}\nfield[tfn] = {tfn()}\nfield[abn] = {d(2)} {d(3)} {d(3)} {d(3)}\nfield[residency] = foreign resident\nfield[medicare_card] = {R.choice('23456')}{d(3)} {d(5)} {R.randrange(1, 9)}\nvalidation: OK (TFN checksum passed)\n"),
 lambda: C("log_lines", "nz_ird_number", "\n".join(f"{rts().strftime('%Y-%m-%dT%H:%M:%S')} treaty-svc ird={ird()} status=VERIFIED source=myIR-export" for _ in range(4)) + "\n"),
 lambda: C("json_api_response", "singapore_nric", json.dumps({"employee": nm("SG"), "nric": nric(), "cpfAccountType": "Ordinary", "remarks": "Tax residency certificate requested for treaty relief; employer confirmed secondment dates.", "employerUen": d(9) + R.choice("ABCDEKMNZ"), "assessmentYear": 2026}, indent=2)),
 lambda: C("crm_note", "irish_ppsn", f"Contact note - caller identity verified using PPSN {ppsn()} and date of birth. No change of details requested. Caller asked about Frontier Worker Relief for {R.randrange(2023, 2026)}; pointed to form FWR-1. Case {R.randrange(10**6, 10**7)} closed.\n"),
 lambda: C("w9_text_extract", "us_ein", f"Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number\nName: Kowalski Machine Works Inc.\nFederal tax classification: C Corporation\nAddress: 1800 Industrial Pkwy, Cleveland, OH 44135\nPart I - Employer identification number: {d(2)}-{d(7)}\nPart II - Certification: signed {rdate().strftime('%m/%d/%Y')}\n"),
 lambda: C("sql_result_text", "us_itin", "SELECT filer, itin, filing_status FROM us_1040nr_copies;\n" + "\n".join(f"{nm():<30} 9{d(2)}-{R.choice(['70', '71', '78', '83', '88', '92'])}-{d(4)}  {R.choice(['single', 'MFS'])}" for _ in range(4)) + "\n-- ITINs (9XX-7X/8X/9X-XXXX) are issued by the IRS, not SSA\n"),
 lambda: C("case_management_csv", "case_numbers", "case_ref,opened,team,status\n" + "\n".join(f"{R.choice(['FRD', 'CB', 'XB', 'DEBT'])}-{R.randrange(2024, 2027)}-{d(6)},{rdate().isoformat()},{R.choice(['Fraud', 'Child Benefit', 'Cross-border', 'Debt'])},{R.choice(['Open', 'Closed', 'Referred'])}" for _ in range(6)) + "\n"),
 lambda: C("batch_log", "timestamps_and_epochs", "\n".join(f"{rts().strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3]}Z epoch_ms={R.randrange(1700000000000, 1800000000000)} step={s} elapsed={R.randrange(100, 90000)}ms" for s in ["extract", "transform", "validate", "load", "archive"]) + "\n"),
 lambda: C("pip_freeze", "version_strings", "$ pip list --format=freeze | grep -iE 'boto|crypto|psycopg|kafka|lxml|requests'\nboto3==1.35.36\nbotocore==1.35.36\ncryptography==43.0.1\nconfluent-kafka==2.5.3\nlxml==5.3.0\npsycopg==3.2.3\nrequests==2.32.3\n$ java -version 2>&1 | head -1\nopenjdk version \"17.0.12\" 2024-07-16\n"),
 lambda: C("openssl_asn1parse", "asn1_oids", "$ openssl asn1parse -in partner.crt | grep OBJECT\n    8:d=2  hl=2 l=   9 prim: OBJECT            :sha256WithRSAEncryption (1.2.840.113549.1.1.11)\n   55:d=4  hl=2 l=   3 prim: OBJECT            :countryName (2.5.4.6)\n   69:d=4  hl=2 l=   3 prim: OBJECT            :organizationName (2.5.4.10)\n  312:d=5  hl=2 l=   8 prim: OBJECT            :id-kp-serverAuth (1.3.6.1.5.5.7.3.1)\n  330:d=5  hl=2 l=  10 prim: OBJECT            :1.3.6.1.4.1.311.21.10\n"),
 lambda: C("invoice_text", "invoice_numbers", f"INVOICE NGIT-{R.randrange(2025, 2027)}-{d(6)}\nNorthgate IT Services Ltd -> Revenue and Benefits Agency\nPO number: PO-{d(8)}   Contract: RBA/ICT/{d(3)}/{R.randrange(2022, 2026)}\nLine 1  Mainframe batch support (Sept)       {R.randrange(20000, 90000)}.00\nLine 2  Jenkins/GHE platform run             {R.randrange(5000, 20000)}.00\nVAT 23%                                       {R.randrange(5000, 20000)}.{d(2)}\nPayment terms 30 days. Quote invoice number on remittance.\n"),
 lambda: C("address_list", "postal_codes", "Regional offices (postcodes for courier bookings)\n- Dublin: D02 X285\n- Cork: T12 K8AF\n- Newry liaison: BT35 6PH\n- Aachen liaison: 52062\n- Lille liaison: 59000\n- Maastricht liaison: 6211 LE\n- Toronto (diaspora desk): M5V 3L9\n- Sydney (diaspora desk): NSW 2000\n"),
 lambda: C("swift_bic_directory", "bic_codes", "BIC         INSTITUTION (fictionalised labels)       COUNTRY\nAIBKIE2DXXX Allied Irish Banks                        IE\nBOFIIE2D    Bank of Ireland                           IE\nDEUTDEFFXXX Deutsche Bank                             DE\nBNPAFRPPXXX BNP Paribas                               FR\nINGBNL2A    ING Bank                                  NL\nNWBKGB2L    NatWest                                   GB\nCOBADEFFXXX Commerzbank                               DE\n"),
 lambda: C("remittance_advice", "rf_creditor_references", "Remittance advice - pay by bank transfer quoting the structured reference exactly:\n" + "\n".join(f"  Demand {R.randrange(10**6, 10**7)}: reference {rf_ref()}  amount EUR {R.randrange(50, 3000)}.00" for _ in range(3)) + "\nReferences follow ISO 11649 (RF + check digits).\n"),
 lambda: C("nacha_batch_header", "aba_routing_numbers", "ODFI/RDFI routing table used by ACH returns job\nrouting     bank (fictional label)        state\n" + "\n".join(f"{aba()}   Partner Bank {i}              {R.choice(['MA', 'TX', 'NY', 'CA', 'IL'])}" for i in range(1, 6)) + "\nValid ABA check digit: 3-7-1 weighting.\n"),
 lambda: C("bacs_standard18_record", "uk_sort_codes_and_accounts", "VOL1" + d(6) + "                               " + d(6) + "                                1\nHDR1A" + d(6) + "S  1" + d(6) + "00020001       " + rdate().strftime('%y%j') + " " + rdate().strftime('%y%j') + "\n" + "\n".join(f"{d(6)}{d(8)}099{d(6)}{d(8)}    {d(11)}RBA CHILD BEN     {person('GB')[2].upper()[:18]:<18}" for _ in range(3)) + "\n"),
 lambda: C("geojson", "geo_coordinates", json.dumps({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"office": o}, "geometry": {"type": "Point", "coordinates": [round(x + R.uniform(-0.01, 0.01), 6), round(y + R.uniform(-0.01, 0.01), 6)]}} for o, x, y in [("Dublin HQ", -6.2603, 53.3498), ("Cork", -8.4756, 51.8985), ("Limerick", -8.6305, 52.6638)]]}, indent=1)),
 lambda: C("courier_tracking_csv", "parcel_tracking_numbers", "letter_batch,carrier,tracking\n" + "\n".join(f"XB-{d(5)},UPS,1Z{rs(6, string.ascii_uppercase + string.digits)}{d(10)}" for _ in range(2)) + "\n" + "\n".join(f"XB-{d(5)},An Post,{rs(2, string.ascii_uppercase)}{d(9)}IE" for _ in range(2)) + f"\nXB-{d(5)},USPS,9400{d(18)}\n"),
 lambda: C("release_notes_markdown", "ip_like_version_numbers", "## Mainframe connector release notes\n- CICS Transaction Gateway 9.3.0.7 -> 10.1.0.2\n- IBM MQ client 9.4.0.5 (LTS)\n- DB2 Connect driver 11.5.9.0\n- Firmware on the tape library upgraded to 4.20.1.16\nNo configuration change required; rollback image kept for 30 days.\n"),
 lambda: C("isbn_list", "isbn_numbers", "Library of the Tax Law Unit - new acquisitions\n" + "\n".join(f"ISBN {isbn13()}  {t}" for t in ["International Tax Treaties (4th ed.)", "Cross-border Social Security Coordination", "EU VAT Handbook 2026", "Transfer Pricing Practice"]) + "\n"),
 lambda: C("mdm_device_export", "imei_numbers", "device_id,model,imei,assigned_team,os\n" + "\n".join(f"MDM-{d(5)},{R.choice(['Galaxy A55', 'iPhone 15', 'Pixel 8a'])},{imei()},{R.choice(['Field Fraud', 'Debt Visits', 'Compliance'])},{R.choice(['Android 15', 'iOS 18.1'])}" for _ in range(4)) + "\n"),
 lambda: C("sim_inventory_csv", "sim_iccid_numbers", "iccid,tariff,status,activated\n" + "\n".join(f"{iccid()},Corporate 20GB,{R.choice(['active', 'suspended'])},{rdate().isoformat()}" for _ in range(4)) + "\n"),
 lambda: C("receipt_text", "masked_card_numbers", f"PAYMENT RECEIPT - Debt Management\nReceipt no: RCP-{d(9)}\nAmount: EUR {R.randrange(20, 999)}.00\nCard: VISA **** **** **** {d(4)}\nAuth code: {d(6)}   Terminal: IVR-{d(3)}\nPrevious card (expired): MASTERCARD {R.choice(['51', '53', '55'])}{d(4)}******{d(4)}\nKeep this receipt for your records.\n"),
 lambda: C("crm_screen_text", "masked_ssn_and_accounts", f"Customer 360 - {nm('US')}\nSSN: ***-**-{d(4)}\nIBAN on file: IE** **** **** **** **{d(2)} {d(2)}\nPhone: on file (hidden - click to reveal, audited)\nE-mail: on file (hidden)\nLast contact: {rdate().isoformat()} via webchat\n"),
 lambda: C("arp_table_output", "mac_addresses", "Switch#show mac address-table dynamic vlan 40\n          Mac Address Table\n-------------------------------------------\nVlan    Mac Address       Type        Ports\n" + "\n".join(f"  40    {hx(4)}.{hx(4)}.{hx(4)}    DYNAMIC     Gi1/0/{R.randrange(1, 48)}" for _ in range(5)) + "\nTotal Mac Addresses for this criterion: 5\n"),
 lambda: C("ipv6_route_table", "ipv6_addresses", f"$ ip -6 addr show dev eth0\n2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    inet6 2001:db8:{hx(4)}:{hx(4)}::{hx(3)}/64 scope global\n       valid_lft forever preferred_lft forever\n    inet6 fe80::{hx(4)}:{hx(2)}ff:fe{hx(2)}:{hx(4)}/64 scope link\n       valid_lft forever preferred_lft forever\n"),
 lambda: C("gleif_json", "lei_codes", json.dumps({"data": [{"lei": lei(), "entity": {"legalName": n, "jurisdiction": j}} for n, j in [("Northgate IT Services Ltd", "IE"), ("Schäfer Logistik GmbH", "DE"), ("Bouwbedrijf Vos B.V.", "NL")]]}, ensure_ascii=False, indent=1)),
 lambda: C("securities_holding_csv", "isin_codes", "fund,isin,units,valuation_date\n" + "\n".join(f"Pension reserve {i},{cc}{d(9)}{d(1)},{R.randrange(1000, 90000)},{rdate().isoformat()}" for i, cc in enumerate(["IE00", "DE000", "US"], 1)) + "\n"),
 lambda: C("vies_check_log", "eu_vat_numbers", "\n".join(f"{rts().strftime('%Y-%m-%d %H:%M:%S')} VIES check {v} -> valid=true" for v in [f"DE{d(9)}", f"NL{d(9)}B0{R.randrange(1, 9)}", f"FR{d(2)}{d(9)}", f"IE{d(7)}{R.choice('ABCDW')}", f"PL{d(10)}"]) + "\n"),
 lambda: C("fleet_register_csv", "vehicle_vins", "reg,vin,make,team\n" + "\n".join(f"{R.randrange(20, 26)}-D-{d(5)},{rs(3, 'WVBSAJTK')}{rs(14, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')},{R.choice(['Skoda', 'Toyota', 'Renault'])},Field Compliance" for _ in range(4)) + "\n"),
 lambda: C("swift_mt103", "swift_message_references", f"{{1:F01TAXAIE2DAXXX{d(10)}}}{{2:O1031200{rdate().strftime('%y%m%d')}DEUTDEFFAXXX{d(10)}{rdate().strftime('%y%m%d')}1200N}}{{3:{{121:{uid()}}}}}{{4:\n:20:XB{d(10)}\n:21:NONREF\n:32A:{rdate().strftime('%y%m%d')}EUR{R.randrange(100, 9000)},00\n:50K:/ACCOUNT ON FILE\nREVENUE AND BENEFITS AGENCY\n:70:RFB {d(8)}\n-}}\n"),
 lambda: C("nhs_extract_text", "uk_nhs_numbers", "Linked-benefit check (Carer's Allowance) - health identifier cross-reference\n" + "\n".join(f"{nm('GB'):<28} NHS no. {nhs()}  match=YES" for _ in range(3)) + "\n"),
 lambda: C("passport_scan_meta", "passport_numbers", f"Document check result\ntype: passport  issuing_state: {R.choice(['IRL', 'DEU', 'POL', 'IND', 'PHL'])}\nnumber: {rs(2, string.ascii_uppercase)}{d(7)}\nexpiry: {rdate(2027, 2034).isoformat()}\nMRZ line 2: {rs(2, string.ascii_uppercase)}{d(7)}<{d(1)}IRL{d(6)}{d(1)}M{d(6)}{d(1)}<<<<<<<<<<<<<<{d(2)}\nresult: GENUINE (score 0.97)\n"),
 lambda: C("driving_licence_check", "driving_licence_numbers", "DVLA-style check (fictional): licence " + rs(5, string.ascii_uppercase) + d(6) + rs(2, string.ascii_uppercase) + d(1) + rs(2, string.ascii_uppercase) + " valid, categories B, AM\nIrish licence " + d(9) + " - counterpart not required\nGerman Führerschein " + rs(1, string.ascii_uppercase) + d(2) + rs(1, string.ascii_uppercase) + d(6) + d(1) + d(1) + " - recognised\n"),
 lambda: C("product_catalogue_csv", "ean_barcodes", "sku,ean13,description,unit_price\n" + "\n".join(f"STAT-{d(4)},{ean13()},{t},{R.randrange(1, 40)}.{d(2)}" for t in ["Window envelopes C5 (500)", "Franking labels (1000)", "Toner cartridge 59X", "A4 paper 80gsm (5 reams)"]) + "\n"),
 lambda: C("legal_citation_text", "statute_references", "Legal basis for the decision:\n- Art. 13(1)(a) Regulation (EC) No 883/2004\n- Art. 14(5b) Regulation (EC) No 987/2009\n- § 1 Abs. 3 EStG; § 50 Abs. 1 Satz 2 EStG\n- s. 472 Taxes Consolidation Act 1997, s. 825A TCA 1997\n- Article 15(1) of the Ireland-Germany Double Taxation Convention of 30 March 2011\n"),
 lambda: C("fx_rates_table", "currency_amounts", "ECB reference rates used for cross-border benefits (fictional run)\nEUR/PLN 4.2815   EUR/SEK 11.4930   EUR/CHF 0.9382   EUR/GBP 0.8431\nTotals: 1.234.567,89 EUR | 2,345,678.90 GBP | 10 452 331,05 PLN | CHF 1'204'553.40\n"),
 lambda: C("dotnet_exception_text", "correlation_guids", f"System.TimeoutException: The operation has timed out.\n   at CaseHub.Integrations.CrmClient.GetPartyAsync(Guid partyId)\n   CorrelationId: {uid()}\n   PartyId: {uid()}\n   ActivityId: {uid()}\n   Elapsed: 30004 ms\n"),
 lambda: C("kubectl_get_yaml", "kubernetes_resource_versions", f"metadata:\n  name: claims-api\n  namespace: benefits-prd\n  resourceVersion: \"{d(9)}\"\n  generation: {R.randrange(2, 90)}\n  uid: {uid()}\nstatus:\n  observedGeneration: {R.randrange(2, 90)}\n  replicas: 3\n  readyReplicas: 3\n"),
 lambda: C("mainframe_listcat", "dataset_names", "LISTCAT LEVEL(TAX.PAYE) NAME\nNONVSAM ------- TAX.PAYE.DAILY.G" + d(4) + "V00\nNONVSAM ------- TAX.PAYE.DAILY.G" + d(4) + "V00\nCLUSTER ------- TAX.PAYE.EMPLOYER.KSDS\n   DATA ------- TAX.PAYE.EMPLOYER.KSDS.DATA\n   INDEX ------ TAX.PAYE.EMPLOYER.KSDS.INDEX\nNONVSAM ------- TAX.PAYE.RECON.OUT\n"),
 lambda: C("bank_details_form", "australian_bsb_and_accounts", f"Overseas pension payment - bank details (Australia)\nAccount name: {nm('AU')}\nBSB: {R.choice(['062', '083', '033', '012'])}-{d(3)}\nAccount number: {d(8)}\nSWIFT: CTBAAU2S\nPayment reference: PEN-XB-{d(7)}\n"),
 lambda: C("bank_details_form", "indian_ifsc_codes", f"NRI refund - beneficiary bank details\nBeneficiary: {nm('IN')}\nBank: State Bank (fictional branch label)\nIFSC: SBIN0{d(6)}\nMICR: {d(9)}\nAccount type: NRO savings (account no. supplied separately via secure upload)\n"),
 lambda: C("mx_spei_record", "mexican_clabe", "SPEI payment instruction (pension export)\nbeneficiario: " + nm("MX") + "\nclabe: " + R.choice(["002", "012", "014", "072"]) + d(15) + "\nconcepto: PENSION XB " + d(6) + "\nreferencia_numerica: " + d(7) + "\n"),
 lambda: C("boleto_line", "brazilian_boleto", f"Linha digitável (boleto de cobrança - dívida previdenciária):\n{d(5)}.{d(5)} {d(5)}.{d(6)} {d(5)}.{d(6)} {d(1)} {d(14)}\nVencimento: {rdate().strftime('%d/%m/%Y')}   Valor: R$ {R.randrange(100, 5000)},00\nNosso número: {d(11)}-{d(1)}\n"),
 lambda: C("employee_directory_export", "employee_ids_and_extensions", "emp_id,name,team,desk_extension,badge\n" + "\n".join(f"E{d(6)},{nm()},{R.choice(['Fraud', 'Payments', 'XB Unit', 'HR'])},x{d(4)},B-{d(5)}" for _ in range(5)) + "\n"),
 lambda: C("npm_ls_output", "ssh_user_at_host_and_scoped_packages", "$ npm ls --depth=0\ncase-hub-ui@5.12.0 /srv/case-hub-ui\n├── @taxagency/design-system@3.4.1\n├── @taxagency/forms@2.0.7\n├── react@18.3.1\n└── zod@3.23.8\n$ scp dist.tgz deploy@web01:/srv/releases/\n$ ssh ops@jump01 'sudo systemctl restart nginx'\n"),
]
