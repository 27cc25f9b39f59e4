"""Detectors for secret-like values (vendor prefixes, key blocks, credentials in URLs, keyword assignments).
Used by selfcheck to prove that every secret-like value in a row is listed, and that clean rows hold none."""
import re

ALLOW = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}

PATTERNS = [
    r"\b(?:AKIA|ASIA)[A-Z2-7]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", r"\bgithub_pat_\w{82}\b", r"\bglpat-[\w-]{20}\b", r"\bglrt-[\w-]{20}\b",
    r"\bATBB[A-Za-z0-9]{32,}\b", r"\bxox[bpas]-[\w-]{20,}", r"\bxapp-\d-[\w-]{20,}", r"https://hooks\.slack\.com/services/\S+",
    r"https://discord(?:app)?\.com/api/webhooks/\S+", r"\b\d{8,10}:AA[\w-]{33}\b", r"https://\S+\.webhook\.office\.com/webhookb2/\S+",
    r"https://chat\.googleapis\.com/v1/spaces/\S+token=\S+", r"\b[sr]k_live_\w{20,}", r"\bwhsec_\w{20,}", r"access_token\$production\$\S+",
    r"\bEAAA[\w-]{60}", r"\bsk-proj-[\w-]{40,}", r"\bsk-ant-[\w-]{40,}", r"\bhf_[A-Za-z]{34}\b", r"\br8_\w{37}\b", r"\bgsk_\w{52}\b",
    r"\bpplx-\w{48}\b", r"\bxai-\w{80}\b", r"\bSG\.[\w-]{22}\.[\w-]{43}\b", r"\bxkeysib-[0-9a-f]{64}-\w{16}\b", r"\bnpm_\w{36}\b",
    r"\bpypi-[\w-]{50,}", r"\brubygems_[0-9a-f]{48}\b", r"\boy2[a-z0-9]{43}\b", r"\bdckr_pat_[\w-]{27}", r"\bAKCp\w{69}\b", r"\bsqu_[0-9a-f]{40}\b",
    r"\bdapi[0-9a-f]{32}\b", r"\bhvs\.[\w-]{20,}", r"\b\w{14}\.atlasv1\.\w{60,}", r"\bdop_v1_[0-9a-f]{64}\b", r"\blin_api_\w{40}\b",
    r"\bntn_\w{46}\b", r"\bATATT3[\w=-]{100,}", r"\bsntryu_[0-9a-f]{64}\b", r"\bglsa_\w{32}_[0-9a-f]{8}\b", r"\bshpat_[0-9a-f]{32}\b",
    r"\bsk\.eyJ[\w-]+\.[\w-]+", r"\bLTAI\w{18,}\b", r"\bAKID\w{32}\b", r"\bdt0c01\.\w+\.\w+", r"\bfm2_[A-Za-z0-9+/=]{40,}", r"\bpat-(?:na1|eu1)-[0-9a-f-]{36}\b",
    r"\bFLWSECK-[0-9a-f]{32}-X\b", r"\bAIza[\w-]{35}\b", r"\bGOCSPX-[\w-]{28}\b", r"AccountKey=[A-Za-z0-9+/=]{80,}", r"[?&]sig=[\w%]+",
    r"\bops_eyJ\w+", r"\beyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}", r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----",
    r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b", r"PrivateKey\s*=\s*[A-Za-z0-9+/]{43}=", r"\bBasic [A-Za-z0-9+/]{12,}={0,2}", r"_authToken=\S+",
    r"\b2/\d{16}/\d{16}:[0-9a-f]{32}\b", r"\bCCIPAT_\w+", r"\bdp\.st\.\w+\.\w{20,}", r"\bpul-[0-9a-f]{40}\b", r"\bPMAK-[0-9a-f]{24}-[0-9a-f]{34}\b",
    r"\bNRAK-[A-Z0-9]{27}\b", r"\btskey-auth-\w+-\w+", r"\b\w{3}\dQ~[\w.~-]{34}", r"\bsk_live_[0-9a-f]{40}\b", r"\bpscale_pw_[\w-]{43}",
    r"\bAAAA[\w-]{7}:APA91b[\w-]{100,}", r"\bSK[0-9a-f]{32}\b", r"\bdG9rOj[A-Za-z0-9+/=]{20,}", r"\bpat\w{14}\.[0-9a-f]{64}\b",
]
PAT_RE = [re.compile(p) for p in PATTERNS]
URL_PW_RE = re.compile(r"\b[a-z][a-z0-9+.-]*://[^:\s/@]+:([^@\s/]+)@")
MISC_RE = [re.compile(r"(?i)\bpassword\s+(\S+)"),  # netrc
           re.compile(r"(?i)(?:Password|Pwd)=([^;\s\"']+)"),  # ADO.NET
           re.compile(r"^[^\s:#]+:\d+:[^:\s]+:[^:\s]+:(\S+)$", re.M),  # pgpass
           re.compile(r"\"auth\"\s*:\s*\"([A-Za-z0-9+/=]{12,})\""),  # docker config
           re.compile(r"-u\s+[^:\s]+:(\S+)"),  # curl -u
           re.compile(r"\b[\w-]+:([^@\s/]+)@tcp\(")]  # Go MySQL DSN
PLACEHOLDER = re.compile(r"X{8,}|(?i:your[-_]|[-_]here\b)")
KEYWORD_RE = re.compile(r"(?i)([\w.-]*(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|access[_-]?key|auth[_-]?key|app[_-]?key|secret[_-]?key|_pat)[\w.-]*)"
                        r"[\"']?\s*(?:[?:+]?=|:|=>)\s*[\"']?([^\s\"',;)]{8,})")
SAFE_VALUE = re.compile(r"(?i)^(?:pk[_.]|https?://[^@]*$|/|<|\$|\{\{|\*|\[|vault:|op://|arn:aws:secretsmanager|xx|your|replace|example|changeme|true$|false$|none$|null$)|\*{3}|\.\.\.|XXXX|EXAMPLE|REDACTED|FILTERED")
SAFE_NAME = re.compile(r"(?i)(?:_id|_url|_uri|_path|_file|_hash|_ttl|_seconds|_name|_type|_limit|_endpoint|_expires?)$|^(?:token_uri|password_hash)$")


def find_secrets(text):
    """Yield (value, start, end) for secret-like values."""
    for rx in PAT_RE:
        for m in rx.finditer(text):
            if m.group(0) in ALLOW or PLACEHOLDER.search(m.group(0)):
                continue
            yield (m.group(0), m.start(), m.end())
    for m in URL_PW_RE.finditer(text):
        v = m.group(1)
        if not SAFE_VALUE.search(v) and not PLACEHOLDER.search(v) and v.upper() != "PASSWORD":
            yield (v, m.start(1), m.end(1))
    for rx in MISC_RE:
        for m in rx.finditer(text):
            v = m.group(1)
            if len(v) >= 6 and not SAFE_VALUE.search(v):
                yield (v, m.start(1), m.end(1))
    if re.search(r"^kind: Secret$", text, re.M):
        sec = text.split("\ndata:\n", 1)
        if len(sec) == 2:
            for m in re.finditer(r"^  [\w.-]+: ([A-Za-z0-9+/=]{4,})$", sec[1], re.M):
                off = len(sec[0]) + len("\ndata:\n")
                yield (m.group(1), off + m.start(1), off + m.end(1))
    for m in KEYWORD_RE.finditer(text):
        name, v = m.group(1), m.group(2)
        if SAFE_NAME.search(name) or SAFE_VALUE.search(v) or PLACEHOLDER.search(v) or v in ALLOW:
            continue
        yield (v, m.start(2), m.end(2))
