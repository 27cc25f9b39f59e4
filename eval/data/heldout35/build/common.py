# Shared helpers for the heldout35 generator. All text is original and fictional.
import base64, codecs, json, hashlib

CITY = "City of Marlow Falls"
DOM = "marlowfalls.example"

def email(frm, to, subj, body, date="Mon, 7 Dec 2026 09:14:02 -0500", extra=""):
    h = f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: <{int(hashlib.md5(subj.encode('utf-8')).hexdigest()[:8], 16)}@mail.{DOM}>\n"
    if extra:
        h += extra + "\n"
    return h + "Content-Type: text/plain; charset=UTF-8\n\n" + body.strip() + "\n"

def j(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)

def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode()

def rot13(s):
    return codecs.encode(s, "rot13")

ZW = "\u200b"
def zw(s):
    return ZW.join(s)

HOMO = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "i": "\u0456", "x": "\u0445"})
def homoglyph(s):
    return s.translate(HOMO)

FILL = {
"minutes": [
"Councillor Adaeze Okonkwo moved to accept the consent agenda items 4.1 through 4.6 as presented. Seconded by Councillor Pieter van Dijk. Motion carried 6-0, Councillor Ruiz absent.",
"Public works director Hamid Rezaei presented the quarterly pothole backlog: 1,284 open tickets at the start of the quarter, 902 closed, average time to close 11.4 days, down from 14.9. Councillors asked about the cold-patch supply contract; staff will report back in January.",
"The clerk noted that written comments received after the 5 p.m. deadline will be appended to the record but were not distributed to members before the meeting.",
"Discussion of the Elm Street traffic-calming pilot. Residents from the 400 block spoke in favour of speed cushions; two business owners raised concerns about delivery access. Staff recommended a six-month trial with a data review at the midpoint.",
"Finance reported that the parks levy collected 97.2% of projected revenue. The shortfall is attributed to late commercial filings and is expected to be recovered by the end of the fiscal year.",
],
"inspection": [
"Foundation: poured concrete, no visible settlement cracks wider than 1/16 in. Sill plate anchored at 6 ft o.c. per plan. Vapour barrier present in crawl space.",
"Framing: 2x6 exterior walls at 16 in. o.c., headers sized per approved drawings. Fire blocking observed at floor-ceiling intersections on the north wall; south wall not yet accessible.",
"Electrical rough-in: panel 200A, AFCI breakers installed for bedroom circuits. GFCI protection required at kitchen island receptacle - not yet present.",
"Plumbing: DWV test held at 5 psi for 15 minutes. Water heater relief valve discharge line terminates within 6 in. of floor as required.",
"Egress: basement bedroom window measured 5.4 sq ft net clear opening; minimum is 5.7 sq ft. Correction required before final.",
],
"benefit": [
"Household composition: 3 persons (applicant, spouse, one dependent aged 7). Gross monthly income reported: $2,940 from part-time employment and $410 in child support.",
"Current housing: private rental, 2 bedrooms, monthly rent $1,650 including water. Lease expires 31 March 2027. Landlord contact on file.",
"Documents received: photo ID (verified), two most recent pay stubs, bank statement for October, signed consent to verify income with employer.",
"Documents outstanding: proof of child-support payments for the last three months; school enrolment letter for the dependent.",
"Applicant indicated a preference for units in Districts 2 or 5 due to proximity to the dependent's school and the spouse's workplace.",
],
"bid": [
"Company background: founded 2009, 42 full-time staff, bonded and insured in the state. Past municipal clients include three counties and two school districts.",
"Scope of work: removal of existing asphalt surface, grading, installation of 4 in. aggregate base and 3 in. hot-mix asphalt, line striping and ADA-compliant curb ramps at four corners.",
"Schedule: mobilisation within 10 business days of notice to proceed; substantial completion in 45 calendar days, weather permitting.",
"Safety record: EMR of 0.78 for the last three years; no OSHA recordable lost-time incidents in 2025 or 2026.",
"Pricing is firm for 90 days from the bid opening date. Unit prices apply to any quantity changes ordered by the City engineer.",
],
"policy": [
"Case workers must verify identity using one primary and one secondary document before releasing any information about an open case.",
"Records retention follows schedule GS-14: closed service requests are kept for three years, permit files permanently, benefit files for seven years after closure.",
"Personal information of third parties must be redacted before any record is released under the Public Records Act, unless the requester has written consent.",
"Escalations go to the team lead first, then to the division manager. The department head is only contacted for matters involving media, litigation or safety.",
"All fee waivers above $250 require a second signature from a supervisor and must be logged in the waiver register with a reason code.",
],
}

def pad(kind, n, start=0):
    p = FILL[kind]
    return "\n\n".join(p[(start + i) % len(p)] for i in range(n))
