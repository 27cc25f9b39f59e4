# -*- coding: utf-8 -*-
"""pii.jsonl: emails, phone numbers, SSNs, payment cards, IBANs and IPv4
addresses in realistic carriers, plus clean rows full of look-alikes.
Values are random but structurally valid (Luhn, IBAN mod-97, SSA rules,
numbering plans). Spans are recorded while the text is assembled."""
import random
import re
import string
import time

from common import (fill, rand_str, name, first, company, company_domain, luhn_checksum_digit, luhn_valid,
                    FIRST, LAST, slugify, version, HEX)
import sec  # noqa: F401  (registers extra placeholder generators such as uuid, sha64)

D = string.digits


def dg(r, n):
    return rand_str(r, n, D)


def nz(r):
    return str(r.randrange(2, 10))


# ---------------------------------------------------------------- phones
def us_phone(r):
    while True:
        npa = nz(r) + str(r.randrange(0, 9)) + dg(r, 1)
        nxx = nz(r) + dg(r, 2)
        if npa[1:] != "11" and nxx[1:] != "11" and nxx != "555":
            break
    line = dg(r, 4)
    f = r.randrange(5)
    return ["(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "+1-%s-%s-%s", "%s.%s.%s"][f] % (npa, nxx, line)


def phone(r, cc=None):
    cc = cc or r.choice(["us", "us", "uk", "de", "fr", "es", "it", "nl", "in", "jp", "br", "au", "mx", "cn", "kr",
                         "sg", "za", "pl", "se", "ch", "ie", "ca"])
    intl = r.random() < 0.55
    if cc in ("us", "ca"):
        return us_phone(r)
    if cc == "uk":
        if r.random() < 0.6:
            n = "7" + str(r.randrange(4, 10)) + dg(r, 2) + " " + dg(r, 6)
        else:
            n = "20 " + str(r.randrange(3, 9)) + dg(r, 3) + " " + dg(r, 4)
        return ("+44 " + n) if intl else ("0" + n)
    if cc == "de":
        if r.random() < 0.6:
            n = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"]) + " " + nz(r) + dg(r, 6)
        else:
            n = r.choice(["30", "40", "89", "69", "221"]) + " " + nz(r) + dg(r, 6)
        return ("+49 " + n) if intl else ("0" + n)
    if cc == "fr":
        first_d = r.choice(["6", "7", "1", "4"])
        pairs = " ".join(dg(r, 2) for _ in range(4))
        return ("+33 %s %s" % (first_d, pairs)) if intl else ("0%s %s" % (first_d, pairs))
    if cc == "es":
        n = r.choice(["6", "7", "9"]) + dg(r, 2) + " " + dg(r, 3) + " " + dg(r, 3)
        return ("+34 " + n) if intl else n
    if cc == "it":
        n = "3" + str(r.randrange(20, 94)) + " " + dg(r, 3) + " " + dg(r, 4)
        return ("+39 " + n) if intl else n
    if cc == "nl":
        n = "6" + ("" if intl else "-") + dg(r, 8)
        return ("+31 6 " + n[1:]) if intl else ("0" + n)
    if cc == "in":
        n = str(r.randrange(6, 10)) + dg(r, 4) + " " + dg(r, 5)
        return ("+91 " + n) if intl else ("0" + n)
    if cc == "jp":
        n = r.choice(["90", "80", "70"]) + "-" + nz(r) + dg(r, 3) + "-" + dg(r, 4)
        return ("+81 " + n) if intl else ("0" + n)
    if cc == "br":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
        n = "9" + dg(r, 4) + "-" + dg(r, 4)
        return ("+55 %s %s" % (ddd, n)) if intl else ("(%s) %s" % (ddd, n))
    if cc == "au":
        n = "4" + dg(r, 2) + " " + dg(r, 3) + " " + dg(r, 3)
        return ("+61 " + n) if intl else ("0" + n)
    if cc == "mx":
        return "+52 " + r.choice(["55", "33", "81"]) + " " + nz(r) + dg(r, 3) + " " + dg(r, 4)
    if cc == "cn":
        return ("+86 " if intl else "") + "1" + str(r.randrange(3, 10)) + dg(r, 1) + " " + dg(r, 4) + " " + dg(r, 4)
    if cc == "kr":
        n = "10-" + nz(r) + dg(r, 3) + "-" + dg(r, 4)
        return ("+82 " + n) if intl else ("0" + n)
    if cc == "sg":
        return "+65 " + r.choice(["8", "9"]) + dg(r, 3) + " " + dg(r, 4)
    if cc == "za":
        n = r.choice(["72", "73", "74", "76", "79", "82", "83", "84"]) + " " + dg(r, 3) + " " + dg(r, 4)
        return ("+27 " + n) if intl else ("0" + n)
    if cc == "pl":
        return ("+48 " if intl else "") + r.choice(["5", "6", "7", "8"]) + dg(r, 2) + " " + dg(r, 3) + " " + dg(r, 3)
    if cc == "se":
        n = "7" + r.choice(["0", "2", "3", "6"]) + "-" + dg(r, 3) + " " + dg(r, 2) + " " + dg(r, 2)
        return ("+46 " + n.replace("-", " ")) if intl else ("0" + n)
    if cc == "ch":
        n = r.choice(["76", "77", "78", "79"]) + " " + dg(r, 3) + " " + dg(r, 2) + " " + dg(r, 2)
        return ("+41 " + n) if intl else ("0" + n)
    if cc == "ie":
        n = "8" + r.choice(["3", "5", "6", "7", "9"]) + " " + dg(r, 3) + " " + dg(r, 4)
        return ("+353 " + n) if intl else ("0" + n)
    raise ValueError(cc)


# ---------------------------------------------------------------- SSN
def ssn(r, style=None):
    while True:
        area = r.randrange(1, 900)
        if area != 666:
            break
    group = r.randrange(1, 100)
    serial = r.randrange(1, 10000)
    style = style or r.choice(["dash", "dash", "dash", "plain", "space"])
    a, g, s = "%03d" % area, "%02d" % group, "%04d" % serial
    return {"dash": "%s-%s-%s", "plain": "%s%s%s", "space": "%s %s %s"}[style] % (a, g, s)


def not_ssn(r):
    k = r.randrange(4)
    if k == 0:
        return "000-%02d-%04d" % (r.randrange(1, 100), r.randrange(1, 10000))
    if k == 1:
        return "666-%02d-%04d" % (r.randrange(1, 100), r.randrange(1, 10000))
    if k == 2:
        return "9%02d-%02d-%04d" % (r.randrange(0, 100), r.randrange(1, 100), r.randrange(1, 10000))
    return "%03d-00-%04d" % (r.randrange(1, 666), r.randrange(1, 10000))


# ---------------------------------------------------------------- cards
NETWORKS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], 16),
            ("amex", ["34", "37"], 15), ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3540", "3566", "3589"], 16),
            ("diners", ["36"], 14), ("unionpay", ["62"], 16)]


def card_digits(r, net=None):
    nw = [n for n in NETWORKS if n[0] == net][0] if net else r.choice(NETWORKS + NETWORKS[:2] * 2)
    pre = r.choice(nw[1])
    body = pre + dg(r, nw[2] - len(pre) - 1)
    return nw[0], body + luhn_checksum_digit(body)


def fmt_card(r, num, style=None):
    style = style or r.choice(["space", "space", "plain", "dash"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(g)


def card(r, net=None):
    _, num = card_digits(r, net)
    assert luhn_valid(num)
    return fmt_card(r, num)


def bad_card(r):
    _, num = card_digits(r, r.choice(["visa", "mastercard"]))
    last = (int(num[-1]) + r.randrange(1, 10)) % 10
    num = num[:-1] + str(last)
    assert not luhn_valid(num)
    return fmt_card(r, num, r.choice(["space", "plain"]))


# ---------------------------------------------------------------- IBAN
IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n23", "NL": "a4n10", "ES": "n20", "IT": "a1n22", "BE": "n12",
             "CH": "n17", "AT": "n16", "PL": "n24", "IE": "a4n14", "SE": "n20", "PT": "n21", "DK": "n14",
             "FI": "n14", "NO": "n11"}
BANKS4 = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "NL": ["ABNA", "INGB", "RABO", "TRIO"], "IE": ["AIBK", "BOFI"]}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(r, cc=None, compact=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    for m in re.finditer(r"([an])(\d+)", spec):
        k, n = m.group(1), int(m.group(2))
        if k == "a":
            bban += r.choice(BANKS4[cc]) if n == 4 and cc in BANKS4 else rand_str(r, n, string.ascii_uppercase)
        else:
            bban += dg(r, n)
    full = cc + iban_check(cc, bban) + bban
    assert iban_valid(full)
    if compact is None:
        compact = r.random() < 0.4
    return full if compact else " ".join(full[i:i + 4] for i in range(0, len(full), 4))


# ---------------------------------------------------------------- IPv4 / email
def ipv4(r, kind=None):
    kind = kind or r.choice(["public", "public", "private"])
    if kind == "private":
        k = r.randrange(3)
        if k == 0:
            return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255))
        if k == 1:
            return "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))
        return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(1, 255))
    while True:
        a = r.randrange(1, 224)
        if a not in (10, 127, 172, 192, 169, 100, 0):
            return "%d.%d.%d.%d" % (a, r.randrange(256), r.randrange(256), r.randrange(1, 255))


def email(r, kind=None):
    person = r.choice(FIRST) + " " + r.choice(LAST)
    f, l = person.lower().replace("-", "").split()
    local = r.choice([f + "." + l, f[0] + l, f + "_" + l, f + str(r.randrange(1, 99)), l + "." + f[0], f])
    dom = r.choice([company_domain(r), "gmail.com", "outlook.com", "yahoo.co.uk", "web.de", "orange.fr", "icloud.com",
                    "proton.me", "hotmail.com", "gmx.net", "libero.it", "naver.com", "qq.com"])
    if kind == "role":
        local = r.choice(["billing", "support", "accounts", "hr", "info", "sales", "noreply"])
    return local + "@" + dom


ENT_GEN = {
    "email": lambda r, a: email(r, a),
    "phone": lambda r, a: phone(r, a),
    "ssn": lambda r, a: ssn(r, a),
    "credit_card": lambda r, a: card(r, a),
    "iban": lambda r, a: iban(r, a.upper() if a else None),
    "ipv4": lambda r, a: ipv4(r, a),
}
MARK = re.compile(r"<<([a-z_0-9]+)(?::([a-z]+))?>>")

from common import GEN  # noqa: E402
GEN.update({
    "notssn": not_ssn,
    "badcard": bad_card,
    "isbn": lambda r: isbn13(r),
    "postcode": lambda r: r.choice(["SW1A 2AA", "EC2R 8AH", "10115", "80331", "75008", "28013", "00184", "1012 JS",
                                    "3000", "110001", "M5V 2T6", "94107", "2000", "8001"]),
    "coord": lambda r: "%.6f, %.6f" % (r.uniform(-60, 70), r.uniform(-170, 170)),
    "badip": lambda r: r.choice(["%d.%d.%d.%d" % (r.randrange(256, 999), r.randrange(256), r.randrange(256), r.randrange(256)),
                                 "%d.%d.%d.%d" % (r.randrange(1, 224), r.randrange(256), r.randrange(256), r.randrange(256, 400)),
                                 "%d.%d.%d" % (r.randrange(1, 224), r.randrange(256), r.randrange(256))]),
    "bigver": lambda r: "%d.0.%d.%d" % (r.randrange(110, 130), r.randrange(5000, 6999), r.randrange(40, 250)),
    "oid": lambda r: "1.3.6.1.4.1.%d.%d.%d" % (r.randrange(300, 60000), r.randrange(1, 20), r.randrange(1, 99)),
    "dur": lambda r: "%02d:%02d:%02d.%03d" % (r.randrange(0, 3), r.randrange(60), r.randrange(60), r.randrange(1000)),
    "tracking": lambda r: "1Z" + rand_str(r, 6, string.ascii_uppercase + D) + dg(r, 10),
    "big": lambda r: str(r.randrange(10**9, 10**10)),
    "d4": lambda r: dg(r, 4),
    "d6": lambda r: str(r.randrange(100000, 999999)),
    "lt": lambda r: "",
})


def isbn13(r):
    body = r.choice(["978", "979"]) + dg(r, 9)
    tot = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = str((10 - tot % 10) % 10)
    s = body + chk
    return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def assemble(r, tmpl):
    base = r.randrange(1704067200, 1751328000) * 1000
    while "{lt}" in tmpl:
        base += r.randrange(50, 60000)
        tmpl = tmpl.replace("{lt}", time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(base // 1000)) + ".%03dZ" % (base % 1000), 1)
    t = fill(r, tmpl, unescape=True)
    out, ents, pos, last = [], [], 0, 0
    for m in MARK.finditer(t):
        out.append(t[last:m.start()])
        pos += m.start() - last
        typ, arg = m.group(1), m.group(2)
        val = ENT_GEN[typ](r, arg)
        ents.append({"start": pos, "end": pos + len(val), "type": typ})
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(t[last:])
    return "".join(out), ents


PII_TEMPLATES = [
    ("crm_record", "contact_record",
     "{{\n  \"Id\": \"003{sha7}QAA\",\n  \"FirstName\": \"{first}\",\n  \"LastName\": \"Okafor\",\n  \"Account\": \"{company}\",\n  \"Email\": \"<<email>>\",\n  \"Phone\": \"<<phone>>\",\n  \"MobilePhone\": \"<<phone>>\",\n  \"MailingPostalCode\": \"{postcode}\",\n  \"LeadSource\": \"Webinar\",\n  \"CreatedDate\": \"{ts}\"\n}}\n"),
    ("csv", "customer_export",
     "customer_id,full_name,email,phone,country,signup_date\nC{d6},{name},<<email>>,<<phone:us>>,US,{isodate}\nC{d62},{name2},<<email>>,<<phone:uk>>,GB,{isodate2}\nC{d63},{name3},<<email>>,<<phone:de>>,DE,{isodate3}\nC{d64},{name4},<<email>>,<<phone:jp>>,JP,{isodate4}\n"),
    ("sql_result", "employee_ssn",
     "mysql> SELECT emp_id, name, ssn, hire_date FROM payroll.employees WHERE dept = 'OPS' LIMIT 3\\G\n*************************** 1. row ***************************\n   emp_id: {d6}\n     name: {name}\n      ssn: <<ssn:dash>>\nhire_date: {isodate}\n*************************** 2. row ***************************\n   emp_id: {d62}\n     name: {name2}\n      ssn: <<ssn:plain>>\nhire_date: {isodate2}\n*************************** 3. row ***************************\n   emp_id: {d63}\n     name: {name3}\n      ssn: <<ssn:dash>>\nhire_date: {isodate3}\n3 rows in set (0.01 sec)\n"),
    ("app_log", "access_log",
     "<<ipv4:public>> - - [12/Mar/2024:09:14:22 +0000] \"GET /api/v2/orders?page=3 HTTP/1.1\" 200 5121 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15\"\n<<ipv4:public>> - - [12/Mar/2024:09:14:23 +0000] \"POST /login HTTP/1.1\" 302 0 \"https://shop.{cdomain}/cart\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{bigver}\"\n<<ipv4:private>> - - [12/Mar/2024:09:14:23 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n"),
    ("auth_log", "ssh_auth",
     "Mar 12 03:11:54 bastion-01 sshd[{d6}]: Failed password for invalid user admin from <<ipv4:public>> port {d4} ssh2\nMar 12 03:11:58 bastion-01 sshd[{d62}]: Failed password for root from <<ipv4:public>> port {d42} ssh2\nMar 12 03:12:03 bastion-01 sshd[{d63}]: Accepted publickey for deploy from <<ipv4:private>> port {d43} ssh2: ED25519 SHA256:{nonce}\nMar 12 03:12:03 bastion-01 sshd[{d63}]: pam_unix(sshd:session): session opened for user deploy(uid=1001)\n"),
    ("firewall_rules", "firewall",
     "# iptables-save -t filter (excerpt)\n*filter\n:INPUT DROP [0:0]\n-A INPUT -i lo -j ACCEPT\n-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT\n-A INPUT -p tcp --dport 22 -s <<ipv4:public>> -m comment --comment \"office VPN\" -j ACCEPT\n-A INPUT -p tcp --dport 22 -s <<ipv4:public>> -m comment --comment \"backup vendor\" -j ACCEPT\n-A INPUT -s <<ipv4:public>> -j DROP\n-A INPUT -p tcp --dport 5432 -s <<ipv4:private>> -j ACCEPT\nCOMMIT\n"),
    ("app_log", "login_event",
     "{{\"ts\":\"{lt}\",\"level\":\"info\",\"event\":\"login.success\",\"user\":\"<<email>>\",\"ip\":\"<<ipv4:public>>\",\"mfa\":true,\"session\":\"{uuid}\"}}\n{{\"ts\":\"{lt}\",\"level\":\"warn\",\"event\":\"login.failed\",\"user\":\"<<email>>\",\"ip\":\"<<ipv4:public>>\",\"reason\":\"bad_password\",\"attempt\":3}}\n{{\"ts\":\"{lt}\",\"level\":\"info\",\"event\":\"password.reset_requested\",\"user\":\"<<email>>\",\"ip\":\"<<ipv4:public>>\"}}\n"),
    ("email", "signature",
     "From: {name} <<<email>>>\nTo: Accounts Payable <<<email:role>>>\nSubject: Re: Invoice {d6} overdue\n\nHello,\n\nPayment was sent yesterday; please allow two working days. If anything is still missing, call me directly.\n\nBest regards,\n{name}\nFinance Manager, {company}\nT: <<phone>>\nM: <<phone>>\n"),
    ("ticket", "card_in_ticket",
     "Ticket #{d6}: Charged twice for annual plan\nRequester: {name} <<<email>>>\nChannel: Web form\n\nDescription:\nI was charged twice on {isodate}. The card I used is <<credit_card>> (exp 0{q}/27). Please refund the duplicate charge. You can reach me on <<phone>> during office hours.\n"),
    ("chat_transcript", "ssn_verification",
     "Chat transcript #{d6}\n[14:02] {first} (agent): To verify your identity for the tax form request, could you confirm your Social Security Number?\n[14:03] {first2}: sure it's <<ssn>>\n[14:03] {first} (agent): Thank you. And the email on file?\n[14:04] {first2}: <<email>>\n[14:05] {first} (agent): Perfect, I've sent the 1099 form to that address.\n"),
    ("pdf_text", "hr_form",
     "[PDF metadata]\nTitle: New hire information form\nProducer: Adobe PDF Library 17.0\n\n--- page 1 ---\nEMPLOYEE INFORMATION\nLegal name: {name}\nSocial security number: <<ssn:dash>>\nPersonal email: <<email>>\nMobile: <<phone:us>>\nStart date: {isodate}\n\nDIRECT DEPOSIT\nAccount holder: {name}\nIBAN: <<iban>>\nSignature: ______________   Date: {isodate2}\n"),
    ("pdf_text", "invoice",
     "--- page 1 ---\n{company}\nINVOICE {inv}\nInvoice date: {isodate}   Due date: {isodate2}\nPO number: PO-{d6}\n\nDescription                      Qty    Amount\nConsulting services (March)       12    4,800.00\nTravel expenses                    1      312.40\nTotal due (EUR)                         5,112.40\n\nPlease pay by bank transfer to IBAN <<iban>> quoting the invoice number.\nQuestions: <<email:role>> or <<phone:de>>\n"),
    ("app_log", "pan_leak",
     "{lt} DEBUG payment-gw request body={{\"amount\":4599,\"currency\":\"usd\",\"card_number\":\"<<credit_card>>\",\"exp\":\"0{q}/28\",\"email\":\"<<email>>\"}}\n{lt} INFO  payment-gw authorised id=ch_{sha7} client_ip=<<ipv4:public>>\n"),
    ("api_json", "user_profile",
     "{{\n  \"user\": {{\n    \"id\": {d6},\n    \"display_name\": \"{first}\",\n    \"email\": \"<<email>>\",\n    \"phone_e164\": \"<<phone:uk>>\",\n    \"last_login\": {{ \"at\": \"{ts}\", \"ip\": \"<<ipv4:public>>\", \"country\": \"GB\" }},\n    \"payout\": {{ \"method\": \"sepa\", \"iban\": \"<<iban>>\" }},\n    \"plan\": \"pro\"\n  }},\n  \"request_id\": \"{uuid}\"\n}}\n"),
    ("yaml_config", "infra_config",
     "smtp:\n  host: <<ipv4:private>>\n  port: 587\n  from: <<email:role>>\nadmin:\n  contact: <<email>>\n  pager: <<phone>>\nallowlist:\n  - <<ipv4:public>>\n  - <<ipv4:public>>\nresolver: <<ipv4:public>>\n"),
    ("dns_zone", "dns_records",
     "$ORIGIN {cdomain}.\n$TTL 3600\n@       IN SOA  ns1.{cdomain}. hostmaster.{cdomain}. ( 2024031201 7200 3600 1209600 3600 )\n@       IN A    <<ipv4:public>>\nwww     IN A    <<ipv4:public>>\nmail    IN A    <<ipv4:public>>\nvpn     IN A    <<ipv4:public>>\n@       IN MX 10 mail.{cdomain}.\n"),
    ("chat_export", "phone_in_chat",
     "[08:41] {name}\nlanding at 10:15, if the driver can't find me call <<phone>>\n\n[08:43] {name2}\nok! the driver is Tomas, his number is <<phone>>. he'll wait at arrivals door B\n"),
    ("calendar", "dial_in",
     "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Quarterly review\r\nDTSTART:20240912T130000Z\r\nDTEND:20240912T140000Z\r\nORGANIZER;CN={name}:mailto:<<email>>\r\nATTENDEE;CN={name2}:mailto:<<email>>\r\nDESCRIPTION:Dial-in: <<phone:us>> (conference ID {d6}#)\\nBackup line: <<phone:uk>>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    ("csv", "ssn_column",
     "applicant_id,last_name,social_security_number,dob,state\nA{d6},{first},<<ssn:plain>>,19{q}8-0{q}-1{q},TX\nA{d62},{first2},<<ssn:plain>>,197{q}-11-0{q},OH\nA{d63},{first3},<<ssn:dash>>,198{q}-0{q}-2{q},CA\n"),
    ("pdf_text", "tax_form",
     "Form W-9 (Rev. 2024) - extracted text\nName (as shown on your income tax return): {name}\nBusiness name: {company}\nPart I Taxpayer Identification Number\nSocial security number  <<ssn:space>>\nPart II Certification\nSignature of U.S. person: {name}   Date: {isodate}\n"),
    ("email", "bank_details",
     "From: {name} <<<email>>>\nTo: {name2} <<<email>>>\nSubject: Deposit for the apartment\n\nHi {first2},\n\nAs agreed, please transfer the deposit to my account:\nAccount holder: {name}\nIBAN: <<iban>>\n\nIf anything is unclear, call me on <<phone>>.\n\nThanks!\n"),
    ("app_log", "error_log",
     "[{lt}] [error] [pid {d6}] [client <<ipv4:public>>:{d4}] AH01630: client denied by server configuration: /var/www/html/.git/config\n[{lt}] [error] [pid {d6}] [client <<ipv4:public>>:{d42}] PHP Warning: Undefined array key \"email\" in /var/www/html/contact.php on line 41\n"),
    ("git_log", "author_emails",
     "commit {sha40}\nAuthor: {name} <<<email>>>\nDate:   Wed Mar 13 10:22:01 2024 +0100\n\n    Fix rounding in VAT report\n\ncommit {sha402}\nAuthor: {name2} <<<email>>>\nDate:   Tue Mar 12 16:40:55 2024 +0100\n\n    Add Polish translations\n\n    Co-authored-by: {name3} <<<email>>>\n"),
    ("csv", "mailing_list",
     "email,first_name,subscribed_at,source\n<<email>>,{first},{isodate},footer-form\n<<email>>,{first2},{isodate2},checkout\n<<email>>,{first3},{isodate3},event-{year}\n<<email>>,{first4},{isodate4},footer-form\n"),
    ("markdown", "directory",
     "# Regional contacts\n\n| Region | Contact | Email | Phone |\n|---|---|---|---|\n| DACH | {name} | <<email>> | <<phone:de>> |\n| France | {name2} | <<email>> | <<phone:fr>> |\n| Iberia | {name3} | <<email>> | <<phone:es>> |\n| APAC | {name4} | <<email>> | <<phone:sg>> |\n"),
    ("email", "login_alert",
     "From: {saas} Security <<<email:role>>>\nTo: <<email>>\nSubject: New sign-in to your account\n\nWe noticed a new sign-in to your account.\n\nWhen: {isodate}, 21:14 UTC\nIP address: <<ipv4:public>>\nApprox. location: Lisbon, Portugal\nDevice: Firefox on Windows\n\nIf this was you, you can ignore this email. If not, reset your password immediately.\n"),
    ("sql_result", "legacy_cards",
     "mysql> SELECT order_id, customer_email, card_number, total FROM legacy_orders WHERE created < '2019-01-01' LIMIT 2;\n+----------+--------------------------------+---------------------+--------+\n| order_id | customer_email                 | card_number         | total  |\n+----------+--------------------------------+---------------------+--------+\n| {d6}   | <<email>> | <<credit_card:visa>> | 129.00 |\n| {d62}   | <<email>> | <<credit_card:mastercard>> |  54.90 |\n+----------+--------------------------------+---------------------+--------+\n2 rows in set (0.02 sec)\n"),
    ("api_json", "sepa_mandate",
     "{{\n  \"type\": \"mandate.created\",\n  \"data\": {{\n    \"mandate_id\": \"MD{sha7}\",\n    \"scheme\": \"sepa_core\",\n    \"debtor\": {{ \"name\": \"{name}\", \"iban\": \"<<iban:de>>\", \"email\": \"<<email>>\" }},\n    \"creditor_id\": \"DE98ZZZ09999999999\",\n    \"signed_at\": \"{ts}\"\n  }}\n}}\n"),
    ("ticket", "shipping_contact",
     "Ticket #{d6}: Freight booking {d62}\nRequester: {name}\n\nDescription:\nPickup from our warehouse on {isodate}. Contact on site: {name2}, <<phone:nl>>. Delivery contact: {name3}, <<phone:pl>>, <<email>>. Two pallets, 640 kg total, tail-lift required.\n"),
    ("sms_log", "sms_reminders",
     "to,sent_at,status,template\n<<phone:au>>,{lt},delivered,appointment_reminder\n<<phone:in>>,{lt},delivered,appointment_reminder\n<<phone:br>>,{lt},failed,appointment_reminder\n<<phone:za>>,{lt},delivered,otp\n"),
    ("app_log", "windows_event",
     "Log Name: Security\nSource: Microsoft-Windows-Security-Auditing\nEvent ID: 4625\nTask Category: Logon\nKeywords: Audit Failure\nAccount Name: {first}.admin\nFailure Reason: Unknown user name or bad password.\nWorkstation Name: WS-{d4}\nSource Network Address: <<ipv4:public>>\nSource Port: {d4}\n"),
    ("issue_comment", "support_contact",
     "{first} commented:\n\nCustomer ({company}) says the export still fails. Their admin is {name}, <<email>>, <<phone:ch>> (prefers calls after 14:00 CET). Server they run it from: <<ipv4:private>>. Attaching logs.\n"),
    ("api_json", "card_checkout",
     "{{\n  \"checkout\": {{\n    \"id\": \"co_{sha7}\",\n    \"payer\": {{ \"email\": \"<<email>>\", \"phone\": \"<<phone:mx>>\" }},\n    \"payment_method\": {{ \"type\": \"card\", \"number\": \"<<credit_card:amex>>\", \"holder\": \"{name}\" }},\n    \"client_ip\": \"<<ipv4:public>>\"\n  }}\n}}\n"),
    ("chat_export", "intl_phones",
     "[15:10] {name}\nupdated emergency contacts for the trip: Seoul office <<phone:kr>>, Beijing hotel <<phone:cn>>, Dublin <<phone:ie>>\n\n[15:12] {name2}\nthanks, added to the travel sheet. also my backup is <<phone:se>>\n"),
]

CLEAN_TEMPLATES = [
    ("markdown", "version_numbers",
     "## Release {bigver}\n\nReleased {isodate}. Build 20{q}4.03.1{q}.{d4}.\n\n- Upgraded bundled OpenSSL to 3.0.13 and SQLite to 3.45.2.\n- Minimum Android version is now 8.0 (API 26); iOS 15.4 or later.\n- Fixed a crash on Windows 10.0.19045 when the user profile path contains spaces.\n- Startup time improved from 2.41 s to 1.87 s on reference hardware.\n"),
    ("yaml_config", "oid",
     "snmp:\n  community_ref: vault:snmp/community\n  poll_interval: 60s\n  oids:\n    sysUpTime: 1.3.6.1.2.1.1.3.0\n    ifInOctets: 1.3.6.1.2.1.2.2.1.10\n    vendorTemp: {oid}\n    vendorFan: {oid2}\n  timeout_ms: 1500\n"),
    ("csv", "isbn",
     "isbn,title,year,shelf,copies\n{isbn},Practical Data Pipelines,2021,QA76.9,3\n{isbn2},A Short History of Maps,2018,GA201,1\n{isbn3},Gardening for Small Spaces,2023,SB453,2\n{isbn4},Introduction to Statistics (4th ed.),2019,QA276,5\n"),
    ("api_json", "tracking_numbers",
     "{{\n  \"shipment\": {{\n    \"order\": \"ORD-{year}-{d6}\",\n    \"carrier\": \"UPS\",\n    \"tracking_number\": \"{tracking}\",\n    \"service\": \"EXPRESS SAVER\",\n    \"weight_kg\": 2.4,\n    \"destination_postcode\": \"{postcode}\",\n    \"events\": [\n      {{ \"at\": \"{ts}\", \"status\": \"LABEL_CREATED\", \"code\": 100 }},\n      {{ \"at\": \"{ts2}\", \"status\": \"IN_TRANSIT\", \"code\": 310 }}\n    ]\n  }}\n}}\n"),
    ("api_json", "metrics_numbers",
     "{{\n  \"service\": \"checkout\",\n  \"window\": \"5m\",\n  \"requests\": {big},\n  \"errors\": {{ \"4xx\": 1822, \"5xx\": 37 }},\n  \"latency_ms\": {{ \"p50\": 41.2, \"p95\": 188.7, \"p99\": 412.9 }},\n  \"status_codes\": {{ \"200\": 981201, \"201\": 4412, \"404\": 1799, \"503\": 37 }},\n  \"build\": {d6},\n  \"uptime_s\": {big2}\n}}\n"),
    ("api_json", "coordinates",
     "{{\n  \"station\": \"WX-{d4}\",\n  \"location\": {{ \"lat_lon\": [{coord}] }},\n  \"elevation_m\": 312,\n  \"readings\": [\n    {{ \"t\": \"{ts}\", \"temp_c\": 14.2, \"humidity\": 71, \"pressure_hpa\": 1013.6 }},\n    {{ \"t\": \"{ts2}\", \"temp_c\": 13.8, \"humidity\": 74, \"pressure_hpa\": 1013.1 }}\n  ]\n}}\n"),
    ("csv", "luhn_invalid",
     "gift_card_number,balance,currency,issued,store\n{badcard},25.00,EUR,{isodate},Store {d4}\n{badcard2},50.00,EUR,{isodate2},Store {d42}\n{badcard3},10.00,EUR,{isodate3},Online\n"),
    ("app_log", "invalid_ip",
     "{lt} WARN  config-validator rejected allowlist entry \"{badip}\": octet out of range\n{lt} WARN  config-validator rejected allowlist entry \"{badip2}\": expected four octets\n{lt} INFO  config-validator 2 entries rejected, 14 accepted, reload skipped\n"),
    ("csv", "not_ssn",
     "part_number,description,unit,price\n{notssn},Hex bolt M8x40 zinc,box/100,12.40\n{notssn2},Flat washer M8,box/200,6.10\n{notssn3},Cable gland PG11,each,0.85\nKT-{d4}-{d42},Mounting kit,each,19.90\n"),
    ("sql_result", "invoice_numbers",
     "mysql> SELECT invoice_no, issued, due, amount, status FROM invoices ORDER BY issued DESC LIMIT 3;\n+------------------+------------+------------+----------+---------+\n| invoice_no       | issued     | due        | amount   | status  |\n+------------------+------------+------------+----------+---------+\n| INV-{year}-{d6}  | {isodate}  | {isodate2}  |  4812.00 | open    |\n| INV-{year}-{d62}  | {isodate3}  | {isodate4}  |   960.50 | paid    |\n| CN-{year}-{d4}     | {isodate5}  | {isodate5}  |  -120.00 | credit  |\n+------------------+------------+------------+----------+---------+\n3 rows in set (0.00 sec)\n"),
    ("ci_log", "build_numbers",
     "Build #{d4} (pipeline {d6}) started by push to main\nCommit {sha7} - \"Bump version to {bigver}\"\nStep 1/6 : FROM python:3.12.2-slim\nStep 2/6 : RUN pip install -r requirements.txt\n ---> Running in {sha72}{d4}\nSuccessfully built {sha73}{d42}\nTests: 1,284 passed, 3 skipped ({dur})\nArtifacts: app-{bigver}-linux-x86_64.tar.gz (48.2 MB)\n"),
    ("app_log", "user_agents",
     "{lt} INFO  edge ua=\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{bigver} Safari/537.36\" status=200 bytes=18211 rt=0.042\n{lt} INFO  edge ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile/15E148 Safari/604.1\" status=304 bytes=0 rt=0.008\n{lt} INFO  edge ua=\"okhttp/4.12.0\" status=429 bytes=112 rt=0.001\n"),
    ("json_manifest", "package_versions",
     "{{\n  \"name\": \"@{team}/dashboard\",\n  \"version\": \"{ver}\",\n  \"dependencies\": {{\n    \"@types/node\": \"^20.11.30\",\n    \"react\": \"18.2.0\",\n    \"@tanstack/react-query\": \"5.28.4\",\n    \"date-fns\": \"~3.6.0\"\n  }},\n  \"engines\": {{ \"node\": \">=18.18.0\" }},\n  \"packageManager\": \"pnpm@8.15.5\"\n}}\n"),
    ("markdown", "timesheet_durations",
     "| Date | Task | Start | End | Duration |\n|---|---|---|---|---|\n| {isodate} | Site survey | 08:30 | 12:15 | 03:45 |\n| {isodate2} | Cabling | 09:00 | 17:30 | 08:30 |\n| {isodate3} | Testing | 13:00 | 15:20 | 02:20 |\n\nTotal: 14:35 h. Approved by team lead, ref TS-{year}-{d4}.\n"),
    ("pdf_text", "flight_schedule",
     "--- page 1 ---\nITINERARY  Booking ref: {sha7}\nFlight LH{d4}  {isodate}  Dep 07:25  Arr 09:40  Terminal 1  Seat 14C\nFlight LH{d42}  {isodate2}  Dep 18:05  Arr 20:30  Terminal 2  Seat 22A\nBaggage: 1 x 23 kg. Fare basis: KLWG1DE4. Ticket number: 220-{big}\n"),
    ("sql_result", "product_skus",
     "mysql> SELECT sku, name, price, stock, ean FROM products WHERE stock < 20;\n+-------------+----------------------+--------+-------+---------------+\n| sku         | name                 | price  | stock | ean           |\n+-------------+----------------------+--------+-------+---------------+\n| AB-{d4}-{d42} | Desk lamp, brass     |  49.00 |     7 | 87{big}1 |\n| AB-{d43}-{d44} | Lamp shade, linen    |  19.50 |    12 | 87{big2}7 |\n+-------------+----------------------+--------+-------+---------------+\n2 rows in set (0.00 sec)\n"),
    ("app_log", "process_numbers",
     "{lt} INFO  supervisor started worker pid={d6} port=8081 uptime=0s\n{lt} INFO  supervisor worker pid={d62} rss=412.7MB threads=24 fds=311\n{lt} WARN  supervisor restart count=3 backoff=1.5s last_exit=137\n{lt} INFO  scheduler job 2024031{q}.{d4} completed in {dur}\n"),
    ("email", "order_confirmation",
     "From: {company} Orders\nSubject: Your order ORD-{year}-{d6} has shipped\n\nGood news! Your order has shipped.\n\nOrder number: ORD-{year}-{d6}\nTracking: {tracking}\nEstimated delivery: {isodate}\nItems: 2 x Ceramic mug (SKU 40-{d4}-{d42}), 1 x Tea towel\nTotal: 38.90 EUR incl. VAT\n"),
    ("ticket", "serial_numbers",
     "Ticket #{d6}: Replacement unit for faulty router\nDescription:\nDevice serial SN{big}, firmware {ver} (build {d6}). Replacement serial SN{big2}. RMA number RMA-{year}-{d4}. Unit shipped from depot {postcode}.\n"),
    ("csv", "sensor_data",
     "timestamp,device,lat,lon,temp_c,battery_v\n{ts},node-{d4},{coord},18.4,3.71\n{ts2},node-{d42},{coord2},18.1,3.69\n{ts3},node-{d43},{coord3},17.9,3.68\n"),
    ("markdown", "sports_results",
     "## Results - 10 km road race\n\n| Pos | Bib | Time | Pace |\n|---|---|---|---|\n| 1 | {d4} | 00:31:42 | 3:10/km |\n| 2 | {d42} | 00:32:05 | 3:12/km |\n| 3 | {d43} | 00:33:51 | 3:23/km |\n\nCourse record: 00:30:58 (2019). Wind 3.4 m/s.\n"),
    ("git_log", "hash_versions",
     "commit {sha40}\nMerge: {sha7} {sha72}\nDate:   Fri Mar 15 09:02:11 2024 +0000\n\n    Release {bigver}\n\n    Bumps schema to v{q}{q} and migrates 3.2.1 configs automatically.\n"),
    ("web_page", "postal_codes",
     "<table class=\"branches\">\n<tr><th>Branch</th><th>Postcode</th><th>Opening hours</th></tr>\n<tr><td>London Bridge</td><td>SE1 9SG</td><td>08:00-18:00</td></tr>\n<tr><td>Berlin Mitte</td><td>10117</td><td>09:00-19:00</td></tr>\n<tr><td>Paris 8e</td><td>75008</td><td>09:30-18:30</td></tr>\n<tr><td>Tokyo Chiyoda</td><td>100-0005</td><td>10:00-19:00</td></tr>\n</table>\n<p>Branch codes: 20-{d4}, 30-{d42}. Updated {isodate}.</p>\n"),
    ("api_json", "ids_and_numbers",
     "{{\n  \"account_id\": {big},\n  \"external_ref\": \"{big2}\",\n  \"invoice_count\": 42,\n  \"balance_minor\": -{d6},\n  \"created\": 17{big3},\n  \"region\": \"eu-2\",\n  \"limits\": {{ \"seats\": 250, \"api_rpm\": 6000 }}\n}}\n"),
    ("ticket", "card_like_refs",
     "Ticket #{d6}: Loyalty card not recognised\nDescription:\nCustomer's loyalty card {badcard} is rejected at the till with error E-4012. The number fails the check-digit test, so it was probably mistyped when the card was registered. Store {d4}, till 3.\n"),
    ("app_log", "dates_durations",
     "{lt} INFO  backup started snapshot=snap-{sha7}{d4}\n{lt} INFO  backup copied 1,204,551 objects (412.8 GiB) in {dur}\n{lt} INFO  backup retention: kept 35, pruned 2 (older than 2024-02-01)\n"),
]


def build_pii(seed=6313):
    rows = []
    master = random.Random(seed)
    op = list(range(len(PII_TEMPLATES)))
    oc = list(range(len(CLEAN_TEMPLATES)))
    master.shuffle(op)
    master.shuffle(oc)
    plan = [("pii", PII_TEMPLATES[op[i % len(op)]]) for i in range(120)] + \
           [("clean", CLEAN_TEMPLATES[oc[i % len(oc)]]) for i in range(100)]
    for i, (label, (fmt, cat, tmpl)) in enumerate(plan):
        r = random.Random("pii-%d-%d" % (seed, i + 1))
        text, ents = assemble(r, tmpl)
        if label == "pii":
            assert ents
        else:
            assert not ents
        rows.append({"id": "pii-%04d" % (i + 1), "format": fmt, "label": label, "category": cat, "text": text, "entities": ents})
    return rows
