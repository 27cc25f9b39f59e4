"""Builds secrets.jsonl rows: vendor credentials in many carriers, and clean look-alikes."""
import base64
import hashlib
import json
from .common import DRBG, R, ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, full_name, person, iso_ts, rfc2822, git_sha, DOMAINS
from . import sec_render as SR
from . import sec_vendors as SV
from . import crypto as K

CARRIER_ORDER = ["env", "yaml_cfg", "k8s_secret", "compose", "json_cfg", "py", "js", "go", "java", "php", "ruby", "csharp", "shell",
                 "ci_log", "log", "chat", "ticket", "email", "markdown", "ini", "toml", "hcl", "properties", "xml", "git_diff",
                 "dockerfile", "sql_table", "html", "api_json"]


def _label(pairs):
    out = []
    for n, v, s in pairs:
        if s is True:
            out.append(v)
        elif s == "AccountKey":
            out.append(v.split("AccountKey=")[1].split(";")[0])
        elif s == "sig":
            out.append(v.split("sig=")[1].split("&")[0])
        elif s == "blob":
            out.append(v.split("Basic ")[1])
    return out


def secret_rows(d, r):
    rows = []
    usage = {k: 0 for k in CARRIER_ORDER}

    def pick(exclude=()):
        pool = [k for k in CARRIER_ORDER if k not in exclude]
        lo = min(usage[k] for k in pool)
        k = r.choice([k for k in pool if usage[k] == lo])
        usage[k] += 1
        return k

    for fn, cnt in SV.VENDORS:
        for _ in range(cnt):
            spec = fn(d, r)
            if spec["cat"] == "basic_auth":
                rows.append(basic_auth_row(d, r, spec))
                continue
            if spec["cat"] == "npm" and r.random() < 0.5:
                tok = spec["pairs"][0][1]
                txt = f"; ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken={tok}\n@corbel:registry=https://npm.pkg.github.com\nfund=false\naudit-level=high"
                rows.append(dict(format="ini", category="npm", text=txt, secrets=[tok]))
                continue
            if spec["cat"] == "github" and r.random() < 0.3:
                tok = spec["pairs"][0][1]
                url = f"https://x-access-token:{tok}@github.com/corbel-systems/billing.git"
                txt = f"$ git remote -v\norigin\t{url} (fetch)\norigin\t{url} (push)\n$ git push origin HEAD\nEverything up-to-date"
                rows.append(dict(format="shell", category="github", text=txt, secrets=[tok]))
                continue
            if spec["cat"] == "heroku" and r.random() < 0.5:
                tok = spec["pairs"][0][1]
                txt = f"# ~/.netrc\nmachine api.heroku.com\n  login deploy@parafin.app\n  password {tok}\nmachine git.heroku.com\n  login deploy@parafin.app\n  password {tok}"
                rows.append(dict(format="netrc", category="heroku", text=txt, secrets=[tok]))
                continue
            single_bearer = len([p for p in spec["pairs"] if p[2] is True]) == 1 and spec["cat"] in (
                "openai", "anthropic", "huggingface", "linear", "figma", "notion", "digitalocean", "cloudflare", "jwt", "generic_api_key", "atlassian")
            k = "curl" if (single_bearer and r.random() < 0.25) else pick()
            pairs = [(n, v) for n, v, s in spec["pairs"]]
            if k == "curl":
                pairs = [p for p, s in zip(pairs, spec["pairs"]) if s[2] is True]
            fmt, txt = SR.ALL[k](r, pairs)
            rows.append(dict(format=fmt, category=spec["cat"], text=txt, secrets=_label(spec["pairs"] if k != "curl" else [s for s in spec["pairs"] if s[2] is True])))
    rows += private_key_rows(d, r)
    rows += gcp_rows(d, r)
    rows += multiple_rows(d, r, pick)
    rows.append(age_row(d, r))
    rows.append(docker_row(d, r))
    return rows


def basic_auth_row(d, r, spec):
    hdr = spec["pairs"][0][1]
    blob = hdr.split("Basic ")[1]
    k = r.choice(["curl", "nginx", "har"])
    if k == "curl":
        txt = f"$ curl -v https://metrics.internal/api/v1/query?query=up\n> GET /api/v1/query?query=up HTTP/1.1\n> Host: metrics.internal\n> Authorization: {hdr}\n> User-Agent: curl/8.5.0\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n{{\"status\":\"success\",\"data\":{{\"resultType\":\"vector\",\"result\":[]}}}}"
        return dict(format="shell", category="basic_auth", text=txt, secrets=[blob])
    if k == "nginx":
        txt = f"location /upstream-reports/ {{\n    proxy_pass https://reports.partner-hub.io/;\n    proxy_set_header Host reports.partner-hub.io;\n    proxy_set_header Authorization \"{hdr}\";\n    proxy_read_timeout 60s;\n}}"
        return dict(format="nginx", category="basic_auth", text=txt, secrets=[blob])
    user = base64.b64decode(blob).decode().split(":", 1)
    url = f"https://{user[0]}:{user[1]}@repo.internal/artifactory/api/pypi/simple"
    txt = f"# pip.conf\n[global]\nindex-url = {url}\ntimeout = 60\ntrusted-host = repo.internal"
    return dict(format="ini", category="basic_auth", text=txt, secrets=[url])


def _block_indent(pemtxt, ind):
    return "\n".join(ind + ln for ln in pemtxt.split("\n"))


def _find_pem(text, kind):
    s = text.index(f"-----BEGIN {kind}-----")
    e = text.index(f"-----END {kind}-----", s) + len(f"-----END {kind}-----")
    return text[s:e]


def private_key_rows(d, r):
    out = []
    k1 = K.RSAKey(d)
    t = k1.pkcs1_pem()
    out.append(dict(format="pem", category="private_key", text="$ cat deploy/keys/jenkins_rsa\n" + t + "\n$ ls -l deploy/keys\n-rw------- 1 ci ci 1679 Mar  3 10:12 jenkins_rsa", secrets=[t]))
    k2 = K.RSAKey(d)
    t = k2.pkcs8_pem()
    txt = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: saml-signing\n  namespace: auth\ntype: Opaque\nstringData:\n  saml.key: |\n" + _block_indent(t, "    ") + "\n  saml.entityId: https://sso.corbel.systems/saml"
    out.append(dict(format="yaml", category="private_key", text=txt, secrets=[_find_pem(txt, "PRIVATE KEY")]))
    t = K.ec_p256_pem(d)
    msgs = [{"user_name": "ivan.petrov", "text": "the push notification signing key, for the staging config:\n```\n" + t + "\n```"},
            {"user_name": "aoife.murphy", "text": "got it, thanks"}]
    txt = json.dumps({"channel": "mobile-dev", "messages": msgs}, indent=2)
    out.append(dict(format="chat", category="private_key", text=txt, secrets=[_find_pem(txt, "EC PRIVATE KEY").replace("\n", "\\n") if False else json.dumps(t)[1:-1]]))
    priv, pub = K.openssh_ed25519_private(d, "deploy@build-07")
    txt = f"Ticket #{r.randint(10000, 99999)} · Deploy key not accepted\nRequester: {full_name(r)}\n\nDescription:\nThe deploy job fails with 'Permission denied (publickey)'. This is the key the runner uses:\n\n{priv}\n\nPublic part: {pub}\n\nCan you check it's added to the repo?"
    out.append(dict(format="ticket", category="private_key", text=txt, secrets=[priv]))
    k3 = K.RSAKey(d)
    sec, pubblk = K.pgp_blocks(k3, "Release Signing <release@parafin.app>", 1735000000 + d.randbelow(10000000))
    txt = "# Release signing\n\nImport the signing key on the release machine:\n\n```\ngpg --import <<'EOF'\n" + sec + "\nEOF\n```\n\nThen run `make sign`."
    out.append(dict(format="markdown", category="private_key", text=txt, secrets=[sec]))
    k4 = K.RSAKey(d)
    t = k4.pkcs1_pem()
    txt = 'import jwt\n\n# TODO move to secrets manager\nPRIVATE_KEY = """' + t + '"""\n\n\ndef sign(claims):\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")'
    out.append(dict(format="code", category="private_key", text=txt, secrets=[t]))
    priv, pub = K.openssh_ed25519_private(d, "ansible@bastion")
    txt = "# group_vars/bastion.yml\nansible_user: ops\nbastion_host: 10.40.0.5\nbastion_ssh_private_key: |\n" + _block_indent(priv, "  ") + "\nbastion_known_hosts_file: /etc/ssh/ssh_known_hosts"
    out.append(dict(format="yaml", category="private_key", text=txt, secrets=[_find_pem(txt, "OPENSSH PRIVATE KEY")]))
    return out


def gcp_rows(d, r):
    out = []
    for i in range(3):
        k = K.RSAKey(d)
        proj = r.choice(["corbel-prod-4821", "kestrel-analytics-dw", "parafin-billing-77"])
        sa = r.choice(["bq-loader", "gcs-sync", "pubsub-worker"])
        obj = {"type": "service_account", "project_id": proj, "private_key_id": d.string(HEX, 40), "private_key": k.pkcs8_pem() + "\n",
               "client_email": f"{sa}@{proj}.iam.gserviceaccount.com", "client_id": d.string(DIGITS, 21),
               "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
               "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
               "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{sa}%40{proj}.iam.gserviceaccount.com",
               "universe_domain": "googleapis.com"}
        js = json.dumps(obj, indent=2)
        lab = json.dumps(obj["private_key"])[1:-1]
        if i == 0:
            txt = "$ cat credentials/" + sa + ".json\n" + js
            fmt = "json_config"
        elif i == 1:
            txt = "resource \"google_secret_manager_secret_version\" \"sa\" {\n  secret      = google_secret_manager_secret.sa.id\n  secret_data = <<EOT\n" + js + "\nEOT\n}"
            fmt = "hcl"
        else:
            txt = js
            fmt = "json_config"
        assert lab in txt
        out.append(dict(format=fmt, category="gcp", text=txt, secrets=[lab]))
    return out


def multiple_rows(d, r, pick):
    out = []
    combos = [(SV.stripe, SV.sendgrid, SV.db_url), (SV.aws, SV.datadog), (SV.openai, SV.slack, SV.generic_password), (SV.twilio, SV.sentry, SV.github)]
    for combo in combos:
        specs = [f(d, r) for f in combo]
        pairs = [(n, v) for s in specs for n, v, _ in s["pairs"]]
        lab = [x for s in specs for x in _label(s["pairs"])]
        k = r.choice(["env", "k8s_secret", "compose", "json_cfg", "log"])
        fmt, txt = SR.ALL[k](r, pairs)
        out.append(dict(format=fmt, category="multiple", text=txt, secrets=lab))
    return out


def age_row(d, r):
    sk, pk = K.age_identity(d)
    txt = f"$ cat ~/.config/sops/age/keys.txt\n# created: 2025-04-02T10:41:07+02:00\n# public key: {pk}\n{sk}"
    return dict(format="shell", category="age", text=txt, secrets=[sk])


def docker_row(d, r):
    blob = base64.b64encode(f"ci-robot:{SV.gh_token(d, 'ghp_')}".encode()).decode()
    obj = {"auths": {"ghcr.io": {"auth": blob}, "registry.internal:5000": {}}, "credsStore": "", "currentContext": "default"}
    txt = "$ cat ~/.docker/config.json\n" + json.dumps(obj, indent=2)
    return dict(format="json_config", category="docker_auth", text=txt, secrets=[blob])
