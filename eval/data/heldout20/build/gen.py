"""Random value generators in vendor formats + a tiny template engine.

Template tokens:  {{S:gen}}  -> secret value (recorded)
                  {{N:gen}}  -> non-secret random filler (not recorded)
                  {{S:gen#k}} / {{N:gen#k}} -> same value reused within a row under key k
For PII:          {{P:type.gen}} -> entity of `type` (recorded), {{N:gen}} filler
"""
import base64, hashlib, hmac, json, random, re, string, zlib, time, uuid

R = random.Random(4404)

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
UPPER_ALNUM = string.ascii_uppercase + string.digits


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def b62(num, width):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix, n=30):
    body = rs(ALNUM, n)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def b64bytes(n, urlsafe=False, pad=True):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def b64url_json(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt_hs256(payload, key=None):
    key = key or rs(ALNUM, 32).encode()
    h = b64url_json({"alg": "HS256", "typ": "JWT"})
    p = b64url_json(payload)
    sig = base64.urlsafe_b64encode(hmac.new(key, f"{h}.{p}".encode(), hashlib.sha256).digest()).decode().rstrip("=")
    return f"{h}.{p}.{sig}"


# ---------------- key material ----------------
_KEYS = {}


def _crypto():
    from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519
    from cryptography.hazmat.primitives import serialization as s
    return rsa, ec, ed25519, s


def pem_rsa_pkcs8():
    rsa, ec, ed, s = _crypto()
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode().strip()


def pem_rsa_trad():
    rsa, ec, ed, s = _crypto()
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.private_bytes(s.Encoding.PEM, s.PrivateFormat.TraditionalOpenSSL, s.NoEncryption()).decode().strip()


def pem_ec():
    rsa, ec, ed, s = _crypto()
    k = ec.generate_private_key(ec.SECP256R1())
    return k.private_bytes(s.Encoding.PEM, s.PrivateFormat.TraditionalOpenSSL, s.NoEncryption()).decode().strip()


def openssh_ed25519():
    rsa, ec, ed, s = _crypto()
    k = ed.Ed25519PrivateKey.generate()
    return k.private_bytes(s.Encoding.PEM, s.PrivateFormat.OpenSSH, s.NoEncryption()).decode().strip()


def ssh_pub_ed25519():
    rsa, ec, ed, s = _crypto()
    k = ed.Ed25519PrivateKey.generate()
    return k.public_key().public_bytes(s.Encoding.OpenSSH, s.PublicFormat.OpenSSH).decode()


def ssh_pub_rsa():
    rsa, ec, ed, s = _crypto()
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.public_key().public_bytes(s.Encoding.OpenSSH, s.PublicFormat.OpenSSH).decode()


def pem_pub():
    rsa, ec, ed, s = _crypto()
    k = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return k.public_key().public_bytes(s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo).decode().strip()


def pem_cert():
    rsa, ec, ed, s = _crypto()
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    from cryptography.hazmat.primitives import hashes
    import datetime
    k = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "api.staging.example.com"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Widgets Ltd")])
    now = datetime.datetime(2024, 3, 1)
    c = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(k.public_key())
         .serial_number(R.getrandbits(64)).not_valid_before(now)
         .not_valid_after(now + datetime.timedelta(days=397)).sign(k, hashes.SHA256()))
    return c.public_bytes(s.Encoding.PEM).decode().strip()


def jwk_pub():
    n = b64bytes(256, urlsafe=True, pad=False)
    return n


# ---------------- vendor formats ----------------
def aws_key_id(): return "AKIA" + rs(string.ascii_uppercase + "234567", 16)
def aws_sts_id(): return "ASIA" + rs(string.ascii_uppercase + "234567", 16)
def aws_secret(): return rs(ALNUM + "/+", 40)
def aws_session(): return "IQoJb3JpZ2luX2VjE" + rs(ALNUM + "/+", 340) + "=="
def azure_key(): return b64bytes(64)
def azure_sas_sig(): return b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
def gh_classic(): return crc_token("ghp_")
def gh_oauth(): return crc_token("gho_")
def gh_server(): return crc_token("ghs_")
def gh_user(): return crc_token("ghu_")
def gh_refresh(): return "ghr_" + rs(ALNUM, 76)
def gh_fine(): return "github_pat_11" + rs(UPPER_ALNUM, 20) + "_" + rs(ALNUM, 59)
def gitlab_pat(): return "glpat-" + rs(B64U, 20)
def gitlab_runner(): return "glrt-" + rs(B64U, 20)
def gitlab_deploy(): return "gldt-" + rs(B64U, 20)
def slack_bot(): return f"xoxb-{rs(string.digits, 12)}-{rs(string.digits, 13)}-{rs(ALNUM, 24)}"
def slack_user(): return f"xoxp-{rs(string.digits, 12)}-{rs(string.digits, 12)}-{rs(string.digits, 13)}-{rs(HEX, 32)}"
def slack_app(): return f"xapp-1-A{rs(UPPER_ALNUM, 10)}-{rs(string.digits, 13)}-{rs(HEX, 64)}"
def slack_hook_secret(): return rs(ALNUM, 24)
def slack_team(): return "T" + rs(UPPER_ALNUM, 10)
def slack_chan(): return "B" + rs(UPPER_ALNUM, 10)
def stripe_sk(): return "sk_live_51" + rs(ALNUM, 97)
def stripe_rk(): return "rk_live_51" + rs(ALNUM, 97)
def stripe_pk(): return "pk_live_51" + rs(ALNUM, 97)
def stripe_whsec(): return "whsec_" + rs(ALNUM, 32)
def twilio_sid(): return "AC" + rs(HEX, 32)
def twilio_token(): return rs(HEX, 32)
def twilio_apikey(): return "SK" + rs(HEX, 32)
def sendgrid(): return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)
def mailgun(): return "key-" + rs(HEX, 32)
def mailgun_new(): return f"{rs(HEX,32)}-{rs(HEX,8)}-{rs(HEX,8)}"
def openai_proj(): return "sk-proj-" + rs(B64U, 74) + "T3BlbkFJ" + rs(B64U, 74)
def openai_legacy(): return "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
def anthropic(): return "sk-ant-api03-" + rs(B64U, 93) + "AA"
def hf(): return "hf_" + rs(string.ascii_letters, 34)
def npm(): return crc_token("npm_")
def pypi(): return "pypi-AgEIcHlwaS5vcmcCJ" + rs(B64U, 158)
def dockerhub(): return "dckr_pat_" + rs(B64U, 27)
def shopify_at(): return "shpat_" + rs(HEX, 32)
def shopify_ss(): return "shpss_" + rs(HEX, 32)
def shopify_ca(): return "shpca_" + rs(HEX, 32)
def hex32(): return rs(HEX, 32)
def hex40(): return rs(HEX, 40)
def hex64(): return rs(HEX, 64)
def newrelic_user(): return "NRAK-" + rs(UPPER_ALNUM, 27)
def newrelic_ingest(): return rs(HEX, 36) + "NRAL"
def sentry_org(): return "sntrys_" + b64url_json({"iat": 1712000000 + R.randint(0, 9999999), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "acme-widgets"}) + "_" + rs(ALNUM, 43)
def sentry_user(): return "sntryu_" + rs(HEX, 64)
def discord_bot():
    uid = str(R.randint(10**17, 13 * 10**17))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(B64U, 6) + "." + rs(B64U, 38)
def discord_hook_tok(): return rs(B64U, 68)
def telegram(): return f"{R.randint(5000000000, 7999999999)}:AA{rs(B64U, 33)}"
def atlassian(): return "ATATT3xFfGF0" + rs(B64U, 171) + "=" + rs(HEX.upper(), 8)
def okta(): return "00" + rs(B64U, 40)
def vault_svc(): return "hvs.CAESI" + rs(B64U, 86)
def vault_batch(): return "hvb.AAAAAQ" + rs(B64U, 120)
def doppler_st(): return "dp.st.prd." + rs(ALNUM, 43)
def doppler_pt(): return "dp.pt." + rs(ALNUM, 43)
def linear(): return "lin_api_" + rs(ALNUM, 40)
def notion(): return "ntn_" + rs(string.digits, 11) + rs(ALNUM, 35)
def notion_old(): return "secret_" + rs(ALNUM, 43)
def airtable(): return "pat" + rs(ALNUM, 14) + "." + rs(HEX, 64)
def postman(): return "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)
def digitalocean(): return "dop_v1_" + rs(HEX, 64)
def heroku(): return "HRKU-AA" + rs(B64U, 58)
def heroku_uuid(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def cloudflare_token(): return rs(B64U, 40)
def cloudflare_global(): return rs(HEX, 37)
def databricks(): return "dapi" + rs(HEX, 32)
def supabase_secret(): return "sb_secret_" + rs(B64U, 22) + "_" + rs(HEX, 8)
def supabase_service_jwt():
    iat = 1700000000 + R.randint(0, 9999999)
    return jwt_hs256({"iss": "supabase", "ref": rs(string.ascii_lowercase, 20), "role": "service_role", "iat": iat, "exp": iat + 315360000})
def fcm_server(): return "AAAA" + rs(B64U, 7) + ":APA91b" + rs(B64U, 134)
def google_api(): return "AIza" + rs(B64U, 35)
def gcp_oauth_secret(): return "GOCSPX-" + rs(B64U, 28)
def password(): 
    words = ["Tangerine", "orbit", "Granite", "velvet", "Harbor", "maple", "Quartz", "ember", "Falcon", "tundra"]
    return R.choice(words) + R.choice("!#%*-_") + rs(ALNUM, R.randint(6, 10)) + str(R.randint(10, 99))
def password_rand(): return rs(ALNUM + "!#%^*_-+=", R.randint(16, 24)).replace("%", "^")
def password_url(): return rs(ALNUM, R.randint(14, 22))
def bearer_opaque(): return rs(ALNUM, 48)
def jwt_user():
    iat = 1718000000 + R.randint(0, 9999999)
    return jwt_hs256({"sub": str(R.randint(100000, 999999)), "scope": "orders:read orders:write", "iat": iat, "exp": iat + 3600, "iss": "https://auth.example.com"})
def k8s_sa_token():
    # RS256-looking token (random signature)
    h = b64url_json({"alg": "RS256", "kid": rs(B64U, 43)})
    iat = 1718000000 + R.randint(0, 9999999)
    p = b64url_json({"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": iat + 31536000, "iat": iat, "iss": "https://kubernetes.default.svc.cluster.local", "kubernetes.io": {"namespace": "ci", "serviceaccount": {"name": "deployer", "uid": str(uuid.UUID(int=R.getrandbits(128), version=4))}}, "sub": "system:serviceaccount:ci:deployer"})
    return f"{h}.{p}.{b64bytes(256, urlsafe=True, pad=False)}"
def k8s_static_token(): return rs(string.ascii_lowercase + string.digits, 6) + "." + rs(string.ascii_lowercase + string.digits, 16)
def basic_auth(user="svc-deploy"):
    return base64.b64encode(f"{user}:{password_url()}".encode()).decode()
def docker_auth(user="ci-bot"):
    return base64.b64encode(f"{user}:{dockerhub()}".encode()).decode()
def ntlm(): return rs(HEX, 32)
def generic_api(): return rs(ALNUM, 32)
def terraform(): return rs(ALNUM, 14) + ".atlasv1." + rs(ALNUM, 67)
def age_key(): return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)
def grafana(): return "glsa_" + rs(ALNUM, 32) + "_" + rs(HEX, 8)
def pulumi(): return "pul-" + rs(HEX, 40)
def planetscale(): return "pscale_pw_" + rs(B64U, 43)
def fly(): return "fo1_" + rs(B64U, 43)
def netlify(): return "nfp_" + rs(ALNUM, 36)
def vercel(): return rs(ALNUM, 24)
def mapbox_sk(): return "sk.eyJ1IjoiYWNtZS13aWRnZXRzIiwiYSI6I" + rs(ALNUM, 20) + "." + rs(B64U, 22)
def mapbox_pk(): return "pk.eyJ1IjoiYWNtZS13aWRnZXRzIiwiYSI6I" + rs(ALNUM, 20) + "." + rs(B64U, 22)
def algolia_admin(): return rs(HEX, 32)

# ---------------- non-secret fillers ----------------
def uuid4(): return str(uuid.UUID(int=R.getrandbits(128), version=4))
def sha1(): return rs(HEX, 40)
def sha256(): return rs(HEX, 64)
def sha512(): return rs(HEX, 128)
def short_sha(): return rs(HEX, 7)
def sri384(): return "sha384-" + b64bytes(48)
def sri512(): return "sha512-" + b64bytes(64)
def ulid(): return rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26)
def ksuid(): return rs(ALNUM, 27)
def trace_id(): return rs(HEX, 32)
def span_id(): return rs(HEX, 16)
def b64blob(): return b64bytes(R.randint(120, 220))
def acct(): return str(R.randint(100000000000, 999999999999))
def digits6(): return str(R.randint(100000, 999999))
def stripe_obj(): return rs(ALNUM, 24)
def ipfs_cid(): return "bafybei" + rs("abcdefghijklmnopqrstuvwxyz234567", 52)


def render(tpl, gens, secret_tag="S", collect=None):
    """Replace {{TAG:gen#k}} tokens. Returns (text, recorded list of (tag, gen, value))."""
    cache = {}
    recorded = []

    def sub(m):
        tag, gen, key = m.group(1), m.group(2), m.group(3)
        ck = (gen, key) if key else None
        if ck and ck in cache:
            val = cache[ck]
        else:
            val = gens[gen]()
            if ck:
                cache[ck] = val
        if tag != "N":
            recorded.append((tag, gen, val))
        return val

    text = re.sub(r"\{\{([A-Z]):([A-Za-z0-9_.]+)(?:#(\w+))?\}\}", sub, tpl)
    return text, recorded

# ---- extra generators ----
BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
def gcp_pk_json(): return pem_rsa_pkcs8().replace("\n", "\\n") + "\\n"
def azure_client_secret(): return rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "._~-", 34)
def smtp_plain(): return base64.b64encode(b"\x00billing@example.com\x00" + password_url().encode()).decode()
def wp_salt(): return rs(string.ascii_letters + string.digits + "!@#%^&*()-_[]{}<>~+=,.;:/?|", 64).replace("'", "").replace("\\", "")
def b64key32(): return b64bytes(32)
def django_key(): return "django-insecure-" + rs(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50) if False else rs(string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)", 50)
def jwt_secret(): return rs(ALNUM, 48)
def klaviyo(): return "pk_" + rs(HEX, 34)
def crates(): return "cio" + rs(ALNUM, 32)
def alnum32(): return rs(ALNUM, 32)
def cf_id(): return rs(B64U, 40) + "=="
def hex24(): return rs(HEX, 24)
def hex20(): return rs(HEX, 20)
def hex17(): return rs(HEX, 17)
def hex13(): return rs(ALNUM, 13)
def upper16(): return rs(UPPER_ALNUM, 16)
def upper8(): return rs(UPPER_ALNUM, 8)
def cursor(): return base64.b64encode(json.dumps({"id": R.randint(10000, 99999), "ts": "2024-07-0%dT10:00:00Z" % R.randint(1, 9)}).encode()).decode()
def bcrypt(): return "$2b$12$" + rs(BCRYPT_ALPHA, 53)
def salt8(): return rs(BCRYPT_ALPHA, 8)
def apr_hash(): return rs(BCRYPT_ALPHA, 22)
def b64salt(): return b64bytes(16, pad=False)
def b64hash(): return b64bytes(32, pad=False)
def b64nonce(): return b64bytes(16)
def b64sig(): return b64bytes(60)
def fp(): return ":".join(rs(HEX.upper(), 2) for _ in range(32))
def fp1(): return ":".join(rs(HEX.upper(), 2) for _ in range(20))
def bech(): return rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)
def nix(): return rs("0123456789abcdfghijklmnpqrsvwxyz", 32)
def hexdump():
    return " ".join(rs(HEX, 4) for _ in range(8))
def jwk_n(): return b64bytes(256, urlsafe=True, pad=False)
