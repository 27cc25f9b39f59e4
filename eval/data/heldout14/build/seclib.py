"""Random credential-shaped strings (fictional, generated from fixed seeds)."""
import base64
import hashlib
import json

from carriers import rng

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DI = "0123456789"
B62 = UP + LO + DI
B64 = B62 + "+/"
URL = B62 + "-_"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def rs(key, n, alphabet=B62):
    r = rng("sec|" + key)
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(key, n):
    r = rng("bytes|" + key)
    return bytes(r.randrange(256) for _ in range(n))


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pem(key, label, prefix_b64, nbytes, width=64):
    body = prefix_b64 + base64.b64encode(rbytes(key, nbytes)).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_private(key):
    return pem(key, "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1180)


def pkcs8_private(key):
    return pem(key, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1180)


def ec_private(key):
    return pem(key, "EC PRIVATE KEY", "MHcCAQEEI", 110)


def openssh_private(key):
    return pem(key, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300, width=70)


def pgp_private(key):
    body = "lQOYBG" + base64.b64encode(rbytes(key, 700)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = "=" + base64.b64encode(rbytes(key + "crc", 3)).decode()
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n%s\n%s\n-----END PGP PRIVATE KEY BLOCK-----" % ("\n".join(lines), crc)


def cert(key):
    return pem(key, "CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 820)


def pubkey_pem(key):
    return pem(key, "PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 250)


def jwt(key, payload, alg="HS256"):
    h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig_len = 43 if alg.startswith("HS") else 342
    return "%s.%s.%s" % (h, p, rs(key + "sig", sig_len, URL))


def uuid(key):
    h = hashlib.sha256(("uuid|" + key).encode()).hexdigest()
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32])


def sha256(key):
    return hashlib.sha256(("d|" + key).encode()).hexdigest()


def sha1(key):
    return hashlib.sha1(("s|" + key).encode()).hexdigest()


def md5(key):
    return hashlib.md5(("m|" + key).encode()).hexdigest()


def b64digest(key, n=48):
    return base64.b64encode(rbytes(key, n)).decode()


# ---- vendor formats -------------------------------------------------------

def aws_key_id(key, prefix="AKIA"):
    return prefix + rs(key + "akid", 16, UP + "234567")


def aws_secret(key):
    return rs(key + "awss", 40, B64)


def aws_session(key):
    return "IQoJb3JpZ2luX2VjE" + rs(key + "sess", 340, B64) + "=="


def gcp_api_key(key):
    return "AIza" + rs(key, 35, URL)


def azure_conn(key, account):
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s==;EndpointSuffix=core.windows.net"
            % (account, rs(key, 86, B64)))


def azure_client_secret(key):
    return rs(key + "a", 3, B62) + "8Q~" + rs(key + "b", 34, B62 + "_.~-")


def ghp(key):
    return "ghp_" + rs(key, 36)


def gh_fine(key):
    return "github_pat_11" + rs(key + "a", 20, UP + DI) + "_" + rs(key + "b", 59)


def gho(key):
    return "gho_" + rs(key, 36)


def ghs(key):
    return "ghs_" + rs(key, 36)


def glpat(key):
    return "glpat-" + rs(key, 20, URL)


def glrt(key):
    return "glrt-" + rs(key, 20, URL)


def atbb(key):
    return "ATBB" + rs(key, 24) + rs(key + "h", 8, HEXU)


def xoxb(key):
    return "xoxb-%s-%s-%s" % (rs(key + "1", 12, DI), rs(key + "2", 13, DI), rs(key + "3", 24))


def xoxp(key):
    return "xoxp-%s-%s-%s-%s" % (rs(key + "1", 12, DI), rs(key + "2", 12, DI), rs(key + "3", 13, DI), rs(key + "4", 32, HEX))


def slack_hook(key):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(key + "t", 8, UP + DI), rs(key + "b", 10, UP + DI), rs(key + "x", 24))


def discord_bot(key):
    uid = rs(key + "id", 18, DI).lstrip("0") or "1"
    return "%s.%s.%s" % (base64.b64encode(uid.encode()).decode().rstrip("="), rs(key + "a", 6, URL), rs(key + "b", 38, URL))


def discord_hook(key):
    return "https://discord.com/api/webhooks/%s/%s" % ("1" + rs(key + "id", 18, DI), rs(key + "t", 68, URL))


def telegram(key):
    return "%s:AA%s" % ("7" + rs(key + "id", 9, DI), rs(key + "t", 33, URL))


def teams_hook(key):
    return "https://quintfall.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        uuid(key + "a"), uuid(key + "b"), rs(key + "c", 32, HEX), uuid(key + "d"), rs(key + "e", 40, URL))


def sk_live(key, n=99):
    return "sk_live_51" + rs(key, n - 2)


def rk_live(key):
    return "rk_live_51" + rs(key, 97)


def whsec(key):
    return "whsec_" + rs(key, 32)


def square(key):
    return "EAAA" + rs(key, 60, URL)


def braintree(key):
    return "access_token$production$%s$%s" % (rs(key + "a", 16, LO + DI), rs(key + "b", 32, HEX))


def paypal_secret(key):
    return "E" + rs(key, 79, URL)


def openai(key):
    return "sk-proj-" + rs(key + "a", 64, URL) + "T3BlbkFJ" + rs(key + "b", 64, URL)


def anthropic(key):
    return "sk-ant-api03-" + rs(key, 93, URL) + "AA"


def hf(key):
    return "hf_" + rs(key, 34, UP + LO)


def groq(key):
    return "gsk_" + rs(key, 52)


def replicate(key):
    return "r8_" + rs(key, 37)


def npm(key):
    return "npm_" + rs(key, 36)


def pypi(key):
    return "pypi-AgEIcHlwaS5vcmc" + rs(key, 160, URL)


def rubygems(key):
    return "rubygems_" + rs(key, 48, HEX)


def nuget(key):
    return "oy2" + rs(key, 43, LO + DI)


def dckr(key):
    return "dckr_pat_" + rs(key, 27, URL)


def hex32(key):
    return rs(key, 32, HEX)


def sendgrid(key):
    return "SG." + rs(key + "a", 22, URL) + "." + rs(key + "b", 43, URL)


def mailgun(key):
    return "key-" + rs(key, 32, HEX)


def mailchimp(key):
    return rs(key, 32, HEX) + "-us14"


def datadog_api(key):
    return rs(key, 32, HEX)


def nrak(key):
    return "NRAK-" + rs(key, 27, UP + DI)


def sentry_user(key):
    return "sntryu_" + rs(key, 64, HEX)


def shpat(key):
    return "shpat_" + rs(key, 32, HEX)


def atlassian(key):
    return "ATATT3xFfGF0" + rs(key, 170, URL) + "=" + rs(key + "h", 8, HEXU)


def linear(key):
    return "lin_api_" + rs(key, 40)


def notion(key):
    return "ntn_" + rs(key + "d", 11, DI) + rs(key, 35)


def dop(key):
    return "dop_v1_" + rs(key, 64, HEX)


def hvs(key):
    return "hvs.CAESI" + rs(key, 86, URL)


def tfc(key):
    return rs(key + "a", 14) + ".atlasv1." + rs(key + "b", 67)


def pulumi(key):
    return "pul-" + rs(key, 40, HEX)


def doppler(key):
    return "dp.st.prd." + rs(key, 40)


def okta(key):
    return "00" + rs(key, 40, URL)


def fcm(key):
    return "AAAA" + rs(key + "a", 7, URL) + ":APA91b" + rs(key + "b", 134, URL)


def tw_bearer(key):
    return "AAAAAAAAAAAAAAAAAAAAA" + rs(key + "a", 25) + "%3D" + rs(key + "b", 50)


def fb_token(key):
    return "EAA" + rs(key, 180)


def gocspx(key):
    return "GOCSPX-" + rs(key, 28, URL)


def g_refresh(key):
    return "1//0" + rs(key, 99, URL)


def postman(key):
    return "PMAK-" + rs(key + "a", 24, HEX) + "-" + rs(key + "b", 34, HEX)


def glsa(key):
    return "glsa_" + rs(key, 32) + "_" + rs(key + "h", 8, HEX)


def mapbox_sk(key):
    return "sk.eyJ1IjoicXVpbnRmYWxsIiwiYSI6ImNs" + rs(key + "a", 24) + "In0." + rs(key + "b", 22, URL)


def mapbox_pk(key):
    return "pk.eyJ1IjoicXVpbnRmYWxsIiwiYSI6ImNs" + rs(key + "a", 24) + "In0." + rs(key + "b", 22, URL)


def ado_pat(key):
    return rs(key, 52, B32L)


def dapi(key):
    return "dapi" + rs(key, 32, HEX)


def cf_token(key):
    return rs(key, 40, URL)


def pscale(key):
    return "pscale_pw_" + rs(key, 43, URL)


def nfp(key):
    return "nfp_" + rs(key, 36)


def age_key(key):
    return "AGE-SECRET-KEY-1" + rs(key, 58, BECH)


def wg_key(key):
    return base64.b64encode(rbytes(key, 32)).decode()


def django_key(key):
    return rs(key, 50, LO + DI + "!@^&*(-_=+)")


def rails_kb(key):
    return rs(key, 128, HEX)


def password(key, n=16):
    return rs(key, n, B62 + "!&*-_.+")


def pw_url(key, n=20):
    return rs(key, n, B62)
