# -*- coding: utf-8 -*-
"""Random values shaped like real vendor credentials, plus structurally
non-secret look-alikes. Nothing here is a real credential: every value is
drawn from a seeded PRNG."""
import base64
import json
import struct
import zlib

from common import rstr, b62, ALNUM, DIG, HEXL, HEXU, UPPER, LOWER, B62, B64URL, B32

LETTERS = UPPER + LOWER
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _crc_suffix(body):
    return b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


# ----------------------------------------------------------------- vendor formats
def github_classic(rng, prefix="ghp_"):
    body = rstr(rng, B62, 30)
    return prefix + body + _crc_suffix(body)


def github_fine_grained(rng):
    a = rstr(rng, B62, 22)
    b = rstr(rng, B62, 53)
    return "github_pat_" + a + "_" + b + _crc_suffix(a + "_" + b)


def npm_token(rng):
    body = rstr(rng, B62, 30)
    return "npm_" + body + _crc_suffix(body)


def gitlab_pat(rng):
    return "glpat-" + rstr(rng, ALNUM + "-_", 20)


def pypi_token(rng):
    # macaroon: base64url of a binary blob whose first bytes encode "pypi.org"
    blob = b"\x02\x01\x08pypi.org\x02\x25\x08\x01\x12\x20" + bytes(rng.randrange(256) for _ in range(rng.randint(100, 130)))
    return "pypi-" + base64.urlsafe_b64encode(blob).decode().rstrip("=")


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rstr(rng, DIG, rng.choice([10, 11, 12])), rstr(rng, DIG, 13), rstr(rng, ALNUM, 24))


def slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (rstr(rng, DIG, 11), rstr(rng, DIG, 11), rstr(rng, DIG, 13), rstr(rng, HEXL, 32))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(rng, UPPER + DIG, rng.choice([8, 10])),
                                                           rstr(rng, UPPER + DIG, rng.choice([9, 10])), rstr(rng, ALNUM, 24))


def stripe_key(rng, prefix="sk_live_"):
    if rng.random() < 0.5:
        return prefix + rstr(rng, ALNUM, 24)
    return prefix + "51" + rstr(rng, ALNUM, 97)


def aws_pair(rng):
    return "AKIA" + rstr(rng, B32, 16), rstr(rng, ALNUM + "/+", 40)


def google_api_key(rng):
    return "AIzaSy" + rstr(rng, ALNUM + "-_", 33)


def openai_key(rng):
    return "sk-proj-" + rstr(rng, B64URL, 74) + "T3BlbkFJ" + rstr(rng, B64URL, 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rstr(rng, B64URL, 93) + "AA"


def twilio_pair(rng):
    return "AC" + rstr(rng, HEXL, 32), rstr(rng, HEXL, 32)


def sendgrid_key(rng):
    return "SG." + rstr(rng, B64URL, 22) + "." + rstr(rng, B64URL, 43)


def azure_storage_key(rng):
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(64))).decode()


def mailgun_key(rng):
    return "key-" + rstr(rng, HEXL, 32)


def shopify_token(rng):
    return "shpat_" + rstr(rng, HEXL, 32)


def hf_token(rng):
    return "hf_" + rstr(rng, LETTERS, 34)


def discord_token(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 19 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rstr(rng, B64URL, 6) + "." + rstr(rng, B64URL, 38)


def telegram_token(rng):
    return str(rng.randint(10 ** 8, 10 ** 10 - 1)) + ":AA" + rstr(rng, B64URL, 33)


def datadog_keys(rng):
    return rstr(rng, HEXL, 32), rstr(rng, HEXL, 40)


def digitalocean_token(rng):
    return "dop_v1_" + rstr(rng, HEXL, 64)


def docker_pat(rng):
    return "dckr_pat_" + rstr(rng, B64URL, 27)


def azure_ad_secret(rng):
    return rstr(rng, ALNUM, 3) + rng.choice(DIG) + "Q~" + rstr(rng, ALNUM + "_.~-", 34)


def atlassian_token(rng):
    return "ATATT3xFfGF0" + rstr(rng, B64URL, 168) + "=" + rstr(rng, HEXU, 8)


def age_secret(rng):
    return "AGE-SECRET-KEY-1" + rstr(rng, BECH32.upper(), 58)


def newrelic_key(rng):
    return "NRAK-" + rstr(rng, UPPER + DIG, 27)


def grafana_token(rng):
    return "glsa_" + rstr(rng, ALNUM, 32) + "_" + rstr(rng, HEXL, 8)


def postman_key(rng):
    return "PMAK-" + rstr(rng, HEXL, 24) + "-" + rstr(rng, HEXL, 34)


def password(rng, n=None, special="!#%^&*-_=+"):
    n = n or rng.randint(14, 22)
    while True:
        p = rstr(rng, ALNUM + special, n)
        if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p) \
                and (not special or any(c in special for c in p)):
            return p


def url_password(rng):
    return password(rng, rng.randint(16, 28), special="-_.~")


def _wrap64(b, width=64):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def _rand(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def pem_rsa(rng, pkcs8=None):
    pkcs8 = rng.random() < 0.5 if pkcs8 is None else pkcs8
    core = bytes.fromhex("308204a40201000282010100") + _rand(rng, 1180)
    if pkcs8:
        der = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8") + core
        return "-----BEGIN PRIVATE KEY-----\n" + _wrap64(der) + "\n-----END PRIVATE KEY-----"
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap64(core) + "\n-----END RSA PRIVATE KEY-----"


def pem_ec(rng):
    der = bytes.fromhex("30770201010420") + _rand(rng, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + _rand(rng, 64)
    return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap64(der) + "\n-----END EC PRIVATE KEY-----"


def _sstr(b):
    return struct.pack(">I", len(b)) + b


def pem_openssh(rng, comment):
    pub = _rand(rng, 32)
    pubblob = _sstr(b"ssh-ed25519") + _sstr(pub)
    chk = _rand(rng, 4)
    priv = chk + chk + _sstr(b"ssh-ed25519") + _sstr(pub) + _sstr(_rand(rng, 32) + pub) + _sstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + _sstr(b"none") + _sstr(b"none") + _sstr(b"") + struct.pack(">I", 1) + _sstr(pubblob) + _sstr(priv)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap64(blob, 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def _b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng, iss, ts):
    alg = rng.choice(["HS256", "RS256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg == "RS256":
        hdr["kid"] = rstr(rng, B64URL, 22)
    body = {"sub": str(rng.randint(10000, 9999999)), "iss": iss, "aud": rng.choice(["api", "orders-api", "internal"]),
            "iat": ts, "exp": ts + rng.choice([900, 3600, 86400]), "scope": rng.choice(["read:orders write:orders", "admin", "user"])}
    sig = _rand(rng, 32 if alg == "HS256" else 256)
    return ".".join([_b64u(json.dumps(hdr, separators=(",", ":")).encode()), _b64u(json.dumps(body, separators=(",", ":")).encode()), _b64u(sig)])


def gcp_service_account(rng, project):
    pk = pem_rsa(rng, pkcs8=True) + "\n"
    email = "%s@%s.iam.gserviceaccount.com" % (rng.choice(["etl-runner", "ci-deployer", "bq-reader", "storage-sync"]), project)
    doc = {"type": "service_account", "project_id": project, "private_key_id": rstr(rng, HEXL, 40), "private_key": pk,
           "client_email": email, "client_id": rstr(rng, DIG, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + email.replace("@", "%40"),
           "universe_domain": "googleapis.com"}
    return doc, pk


# ----------------------------------------------------------------- look-alikes (not secrets)
def sha1hex(rng):
    return rstr(rng, HEXL, 40)


def sha256hex(rng):
    return rstr(rng, HEXL, 64)


def uuid4(rng):
    h = rstr(rng, HEXL, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def sri512(rng):
    return "sha512-" + base64.b64encode(_rand(rng, 64)).decode()


def sri384(rng):
    return "sha384-" + base64.b64encode(_rand(rng, 48)).decode()


def traceparent(rng):
    return "00-%s-%s-01" % (rstr(rng, HEXL, 32), rstr(rng, HEXL, 16))


def png_data_uri(rng, n=None):
    n = n or rng.randint(120, 360)
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", rng.choice([16, 24, 32, 48]), rng.choice([16, 24, 32, 48])) + b"\x08\x06\x00\x00\x00" + _rand(rng, n)
    return "data:image/png;base64," + base64.b64encode(raw).decode()


def pem_cert(rng):
    der = (bytes.fromhex("308203") + bytes([rng.randint(0x40, 0x9f)]) + bytes.fromhex("308202") + bytes([rng.randint(0x20, 0xff)])
           + bytes.fromhex("a0030201020214") + _rand(rng, 20) + bytes.fromhex("300d06092a864886f70d01010b0500")
           + _rand(rng, rng.randint(700, 860)))
    return "-----BEGIN CERTIFICATE-----\n" + _wrap64(der) + "\n-----END CERTIFICATE-----"


def ssh_pub(rng, comment):
    if rng.random() < 0.6:
        blob = _sstr(b"ssh-ed25519") + _sstr(_rand(rng, 32))
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment
    blob = _sstr(b"ssh-rsa") + _sstr(b"\x01\x00\x01") + _sstr(b"\x00" + _rand(rng, 384))
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def age_public(rng):
    return "age1" + rstr(rng, BECH32, 58)


def go_sum_hash(rng):
    return "h1:" + base64.b64encode(_rand(rng, 32)).decode()


def aws_account(rng):
    return str(rng.randint(10 ** 11, 10 ** 12 - 1))


def jwks(rng):
    return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rstr(rng, B64URL, 22),
                      "n": _b64u(b"\xc0" + _rand(rng, 255)), "e": "AQAB"} for _ in range(rng.choice([1, 2]))]}
